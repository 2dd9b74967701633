"""Charts for the briefings: one restrained style, readable in print and in greyscale.

Every chart function returns a PNG (SVG text with fmt="svg"); `figure_html` wraps it as a
numbered figure («Рис. 1» / "Figure 1") with its title above and a source line below, so the same
fragment shows in JupyterLab and in the rendered HTML/PDF.

Design rules:
- series are told apart by hatching (and markers for lines), never by colour alone;
- titles and source lines live in HTML (selectable, translatable, linkable citations);
  axis labels carry the units; tick labels use Russian number formatting in `ru`;
- output is deterministic: no 'Software' or time in the PNG metadata (for SVG: a fixed
  `svg.hashsalt` and no date), so re-rendering gives byte-identical images;
- matplotlib's object API (Figure, no pyplot): nothing global, no GUI backend, no
  figures leaking into the notebook's own display.
"""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from analysis.briefing.formatting import Html, esc, fmt_number
from analysis.briefing.labels import t

# Dark-to-light greys with one ink-blue; each paired with a hatch so that series survive
# greyscale printing and colour-blind readers.
FILLS = ("#1f3a5f", "#8a96a3", "#d5dae0", "#4d4d4d", "#ffffff", "#b0b0b0")
HATCHES = ("", "//", "..", "xx", "\\\\", "++")
EDGE = "#1a1a1a"
WIDTH_IN = 6.3  # the A4 text column (170 mm) at 100 %
# A phone's drawing (`figure_html`'s `phone`): at 320–400 px its 8.5 pt text shows at 10–12 px,
# as the column's drawing does on a desktop.
PHONE_WIDTH_IN = 3.6
# the screen width below which the phone's drawing is shown (the phone layout of the tables)
PHONE_MEDIA = "(max-width: 560px)"
DPI = 200  # print resolution for the PNG charts
FONT = "DejaVu Sans"

RC = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "font.size": 8.5,
    "axes.titlesize": 9,
    "axes.labelsize": 8.5,
    "axes.edgecolor": "#4d4d4d",
    "axes.linewidth": 0.6,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.axisbelow": True,
    "axes.grid": False,
    "grid.color": "#d9d9d9",
    "grid.linewidth": 0.5,
    "xtick.color": "#333333",
    "ytick.color": "#333333",
    "xtick.major.width": 0.6,
    "ytick.major.width": 0.6,
    "hatch.linewidth": 0.6,
    "hatch.color": EDGE,
    "legend.frameon": False,
    "legend.fontsize": 8,
    "svg.fonttype": "none",  # text stays text: small, selectable, searchable in the PDF
    "svg.hashsalt": "analysis-briefing",  # fixed ids → byte-identical re-renders
    "svg.image_inline": True,
}


def _bars(ax: Any, horizontal: bool, pos: Sequence[float], size: Sequence[float],
          fill: str | Sequence[str], hatch: str | Sequence[str], **kw: Any) -> Any:
    """Bars filled with a flat colour, hatching drawn as a separate transparent layer on top.

    A hatched patch is written to SVG as a tiled <pattern> whose tiles carry the face colour;
    PDF renderers leave hairline seams between tiles, which show as white lines across a
    bar. With the colour underneath and a transparent pattern above, seams are invisible.
    Returns the container of the filled bars (for value labels)."""
    draw = ax.barh if horizontal else ax.bar
    filled = draw(pos, size, color=fill, edgecolor=EDGE, linewidth=0.6, **kw)
    hatches = hatch if isinstance(hatch, list | tuple) else [hatch] * len(filled)
    if any(hatches):
        for bar, h in zip(filled.patches, hatches, strict=True):
            if h:
                over = bar.__class__(bar.get_xy(), bar.get_width(), bar.get_height(),
                                     facecolor="none", edgecolor=EDGE, linewidth=0, hatch=h)
                ax.add_patch(over)
    return filled


def _handles(names: Sequence[str], fills: Sequence[str] = FILLS,
             hatches: Sequence[str] = HATCHES) -> list[Any]:
    from matplotlib.patches import Patch

    return [Patch(facecolor=fills[i % len(fills)], hatch=hatches[i % len(hatches)],
                  edgecolor=EDGE, linewidth=0.6, label=n) for i, n in enumerate(names)]


def _figure(height: float, width: float = WIDTH_IN) -> Figure:
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig


def to_png(fig: Figure) -> bytes:
    """PNG at print resolution with no run-specific metadata (no 'Software', no time).

    PNG rather than SVG in the briefings: matplotlib writes hatching as SVG <pattern>s
    that make a small chart ~150 KB, and WeasyPrint re-parses them for every bar (a
    quarter of a second per briefing). At 200 dpi a chart is ~20 KB and prints sharply."""
    buf = io.BytesIO()
    with matplotlib.rc_context(RC):
        fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def render(fig: Figure, fmt: str = "png") -> bytes | str:
    """The figure as PNG bytes (default) or SVG text (handy to inspect labels in tests)."""
    return to_svg(fig) if fmt == "svg" else to_png(fig)


def to_svg(fig: Figure) -> str:
    """SVG text with no run-specific metadata."""
    buf = io.StringIO()
    with matplotlib.rc_context(RC):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    svg = buf.getvalue()
    # drop the XML prolog and DOCTYPE: the SVG goes into a data URI or inline
    start = svg.find("<svg")
    return svg[start:] if start > 0 else svg


def fmt_label(v: float, lang: str) -> str:
    """Bar labels with two to three significant digits: 50, 1,5, 0,014."""
    if v == 0:
        return "0"
    decimals = min(3, max(0, 1 - math.floor(math.log10(abs(v)))))
    return fmt_number(v, lang, decimals=decimals)


def _formatter(lang: str, integer: bool = False) -> FuncFormatter:
    def fmt(x: float, _pos: int) -> str:
        if integer:
            return str(round(x))
        return fmt_number(x, lang, decimals=1)

    return FuncFormatter(fmt)


def bar_chart(categories: Sequence[str], series: Mapping[str, Sequence[float | None]],
              ylabel: str, xlabel: str = "", marks: Mapping[str, Sequence[str]] | None = None,
              lang: str = "ru", height: float = 2.8, fmt: str = "png",
              positions: Sequence[float] | None = None,
              numbers: Mapping[str, Sequence[str]] | None = None,
              width: float = WIDTH_IN) -> bytes | str:
    """Grouped vertical bars (categories on x, one hatched bar per series), value labels on
    top (with a mark such as ">" when the source says "over"). `positions`: where each
    category stands on the x axis (years: 2019, 2023, 2024 leave the gap of the years no
    source gives); evenly spaced by default. `numbers`: each bar's number as the caller
    writes it (as precise as its table), else two to three significant digits. `width`:
    inches (`PHONE_WIDTH_IN` for a phone's drawing)."""
    at = list(positions) if positions is not None else list(range(len(categories)))
    with matplotlib.rc_context(RC):
        fig = _figure(height, width)
        ax = fig.add_subplot()
        names = list(series)
        # (a phone's narrow bars of several series: labels stand upright, never overlap)
        crowded = width < WIDTH_IN and len(names) > 1
        bar = 0.7 / max(1, max(sum(1 for nm in names if j < len(series[nm]) and
                                   series[nm][j] is not None) for j in range(len(categories))))
        bar = min(bar, 0.45)
        top = max((v for vals in series.values() for v in vals if v is not None), default=1.0)
        # per category, the series that have a value there sit side by side, centred
        present = {j: [nm for nm in names if j < len(series[nm]) and series[nm][j] is not None]
                   for j in range(len(categories))}
        for i, name in enumerate(names):
            xs, hs, labels = [], [], []
            mk = (marks or {}).get(name, [""] * len(categories))
            for j, v in enumerate(series[name]):
                if v is None:
                    continue
                here = present[j]
                k = here.index(name)
                xs.append(at[j] + (k - (len(here) - 1) / 2) * bar)
                hs.append(v)
                text = numbers[name][j] if numbers else fmt_label(v, lang)
                labels.append(f"{mk[j] if j < len(mk) else ''}{text}")
            bars = _bars(ax, False, xs, hs, FILLS[i % len(FILLS)], HATCHES[i % len(HATCHES)],
                         width=bar * 0.92)
            ax.bar_label(bars, labels=labels, padding=2, fontsize=7.5,
                         rotation=90 if crowded else 0)
        ax.set_xticks(at, list(categories))
        if _ticks_collide(list(categories), at, width):
            ax.tick_params(axis="x", labelrotation=90)  # a phone's many years stand upright
        ax.set_ylabel(ylabel)
        if xlabel:
            ax.set_xlabel(xlabel)
        ax.set_ylim(0, top * (1.3 if crowded else 1.18) if top > 0 else 1)
        ax.yaxis.set_major_formatter(_formatter(lang))
        ax.yaxis.set_major_locator(MaxNLocator(5))
        ax.grid(axis="y")
        if len(names) > 1:
            fig.legend(handles=_handles(names), loc="outside upper left",
                       ncols=min(len(names), 4 if width >= WIDTH_IN else 1))
        ax.set_xlim(min(at, default=0) - 0.6, max(at, default=0) + 0.6)
        return render(fig, fmt)


def barh_chart(labels: Sequence[str], values: Sequence[float], xlabel: str,
               integer: bool = False, groups: Sequence[str] | None = None,
               lang: str = "ru", fmt: str = "png",
               value_labels: Sequence[str] | None = None, width: float = WIDTH_IN) -> bytes | str:
    """Horizontal bars, largest first as given, value labels at the bar ends (`value_labels`
    in place of the plain numbers: «>1,2», «1,2–1,5»); `groups` (one per bar) picks the hatch
    and adds a legend."""
    with matplotlib.rc_context(RC):
        group_names_ = list(dict.fromkeys(groups)) if groups else []
        fig = _figure(_height_for(len(labels)) + (0.35 if len(group_names_) > 1 else 0), width)
        ax = fig.add_subplot()
        ys = list(range(len(labels)))[::-1]
        group_names = list(dict.fromkeys(groups)) if groups else []
        fills = [FILLS[group_names.index(g) % len(FILLS)] for g in groups] if groups else \
            [FILLS[0]] * len(labels)
        hatches = [HATCHES[group_names.index(g) % len(HATCHES)] for g in groups] if groups \
            else [""] * len(labels)
        bars = _bars(ax, True, ys, values, fills, hatches, height=0.62)
        ax.bar_label(bars, labels=list(value_labels) if value_labels is not None else
                     [str(int(v)) if integer else fmt_label(v, lang) for v in values],
                     padding=3, fontsize=7.5)
        ax.set_yticks(ys, [_wrap(lab, _label_chars(width)) for lab in labels])
        ax.set_xlabel(xlabel)
        top = max(values, default=1)
        ax.set_xlim(0, top * 1.15 if top > 0 else 1)
        ax.xaxis.set_major_formatter(_formatter(lang, integer))
        ax.xaxis.set_major_locator(MaxNLocator(5, integer=integer))
        ax.grid(axis="x")
        if len(group_names) > 1:
            fig.legend(handles=_handles(group_names), loc="outside lower center",
                       ncols=min(len(group_names), 4))
        return render(fig, fmt)


def stacked_barh(labels: Sequence[str], stacks: Mapping[str, Sequence[int]], xlabel: str,
                 lang: str = "ru", fmt: str = "png", width: float = WIDTH_IN) -> bytes | str:
    """Horizontal stacked bars (e.g. projects per region split by status)."""
    with matplotlib.rc_context(RC):
        fig = _figure(_height_for(len(labels)) + 0.35 + (0.2 if width < WIDTH_IN else 0), width)
        ax = fig.add_subplot()
        ys = list(range(len(labels)))[::-1]
        left = [0.0] * len(labels)
        for i, vals in enumerate(stacks.values()):
            _bars(ax, True, ys, vals, FILLS[i % len(FILLS)], HATCHES[i % len(HATCHES)],
                  left=left, height=0.62)
            left = [a + b for a, b in zip(left, vals, strict=True)]
        for y, total in zip(ys, left, strict=True):
            ax.annotate(str(int(total)), (total, y), xytext=(3, 0), textcoords="offset points",
                        va="center", fontsize=7.5)
        ax.set_yticks(ys, [_wrap(lab, _label_chars(width)) for lab in labels])
        ax.set_xlabel(xlabel)
        ax.set_xlim(0, max(left, default=1) * 1.15 + 0.5)
        ax.xaxis.set_major_locator(MaxNLocator(5, integer=True))
        ax.xaxis.set_major_formatter(_formatter(lang, integer=True))
        ax.grid(axis="x")
        fig.legend(handles=_handles(list(stacks)), loc="outside lower center",
                   ncols=min(len(stacks), 5 if width >= WIDTH_IN else 3))
        return render(fig, fmt)


def _height_for(n: int) -> float:
    return max(1.3, 0.55 + 0.27 * n)


def _label_chars(width: float) -> int:
    """How many characters a bar's label may take on a line: 38 in the text column's
    drawing, 22 in a phone's (the bars keep half the width)."""
    return 38 if width >= WIDTH_IN else 22


def _wrap(label: str, width: int = 38) -> str:
    """Wrap long tick labels onto two lines (region names, products)."""
    if len(label) <= width:
        return label
    words, lines, cur = label.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])[: width - 1] + "…"]
    return "\n".join(lines)


def _ticks_collide(labels: Sequence[str], at: Sequence[float], width: float) -> bool:
    """Whether the category labels, set flat, would run into each other («20152016 2017» on
    a phone's 390 pixels, newuser37): the widest label against the narrowest step between
    two categories, on an axis of about `width` less the value axis's inch."""
    if len(at) < 2:
        return False
    steps = [b - a for a, b in zip(sorted(at), sorted(at)[1:], strict=False) if b > a]
    span = max(at) - min(at) + 1.2  # the axis runs 0.6 beyond each end
    inch_per_unit = max(width - 1.0, 0.5) / span
    widest = max(len(lab) for lab in labels) * RC["font.size"] * 0.62 / 72
    return widest > 0.9 * min(steps, default=1.0) * inch_per_unit


def _data_uri(image: bytes | str) -> str:
    """A chart as a data URI (PNG bytes or SVG text)."""
    if isinstance(image, str):
        return "data:image/svg+xml;base64," + base64.b64encode(image.encode("utf-8")).decode("ascii")
    return "data:image/png;base64," + base64.b64encode(image).decode("ascii")


def drawings(draw: Callable[..., bytes | str]) -> tuple[bytes | str, bytes | str]:
    """A chart drawn for the text column and for a phone (`draw(width=…)`): `figure_html`'s
    `image` and `phone`."""
    return draw(), draw(width=PHONE_WIDTH_IN)


def figure_html(image: bytes | str, number: int, title: str, source_html: str,
                lang: str = "ru", alt: str = "", phone: bytes | str | None = None) -> Html:
    """A numbered figure: «Рис. 1. Title», the chart as a data URI (PNG bytes or SVG text:
    the HTML stays self-contained, and ids of several SVGs could never collide), and the
    source line with its citation links. `phone`: the chart drawn narrower
    (`PHONE_WIDTH_IN`), shown on a screen under `PHONE_MEDIA` wide in place of `image`
    (a <picture>; paper and JupyterLab's wide cells show `image`)."""
    label = f"{t('fig', lang)} {number}."
    src = f'<p class="source-line">{source_html}</p>' if source_html else ""
    img = f'<img alt="{esc(alt or title)}" src="{_data_uri(image)}">'
    if phone is not None:
        img = (f'<picture class="fits"><source media="screen and {PHONE_MEDIA}" '
               f'srcset="{_data_uri(phone)}">{img}</picture>')
    return Html(
        f'<figure class="chart" id="fig-{number}">'
        f"<figcaption>{esc(label)} {esc(title)}</figcaption>"
        f'<div class="chart-box">{img}</div>{src}</figure>'
    )


def nice_ceiling(x: float) -> float:
    """Round up to 1, 2 or 5 × 10^k (axis limits)."""
    if x <= 0:
        return 1.0
    exp = math.floor(math.log10(x))
    for m in (1, 2, 5, 10):
        if x <= m * 10**exp:
            return float(m * 10**exp)
    return float(10 ** (exp + 1))
