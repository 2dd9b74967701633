"""Tables to take away: a briefing's figures and projects, and a corpus's fact tables, as CSV
and XLSX files that open in a spreadsheet.

`briefing build` writes them next to the rendered briefings (``<out>/tables/``) and the
index links them. A briefing's "figures" are its consolidated figures (one row per figure,
`analysis.figures`), its own selection (its region and years, its subject's measures, its
currency), so a reader gets the numbers behind the page, each with the article and sentence
it cites and every source's title and URL. A corpus's "figures" are every mention (the
`amounts` table, one row per amount in a sentence, with its `mention_id` and `forecast`), for
checking the consolidation.

Article text is untrusted: a cell that starts like a spreadsheet formula (``=``, ``+``,
``-``, ``@``) is stored as text in XLSX and prefixed with ``'`` in CSV, so a spreadsheet never
evaluates it. XLSX cells hold at most 32,767 characters (Excel's limit): a longer cell is
cut there and ends with «…»; the CSV keeps it whole.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import atomic
from analysis.vocab import DEAL_METRICS, MONEY_METRICS, TRADE_METRICS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CELL_LIMIT = 32_767
# The figures a briefing kind is about (kinds not listed: every figure of the selection).
KIND_METRICS = {"trade_volumes": tuple(TRADE_METRICS),
                "investments": (*MONEY_METRICS, *DEAL_METRICS)}
FOLDER = "tables"

# What a reader needs of a figure: the value as stated, as converted, what it measures and
# where it comes from (article columns are joined in by article id).
# `mention_id` links a row to the consolidated figures' `mention_ids`; `forecast` tells a
# forecast, plan or pledge from a result, as the briefings mark it; `goods`, the goods a
# trade figure covers (empty: the measure's total); `flow`, which way an export or import
# figure's goods go (BY→RU, RU→BY, other; empty: not told); `part_of`, the mention of the sum
# a part is inside («850 млн, из них 320 млн»), and `converts`, the mention a source's own
# conversion restates («$50 млн, или около 4,5 млрд рублей»): rows an analyst summing a column
# leaves out, as the README says (session 23's second new user found them missing);
# `regions`, the regions a figure of several regions is spread over («; »-joined).
FIGURE_COLUMNS = ("mention_id", "metric", "goods", "flow", "value", "currency", "qualifier", "value_low",
                  "value_high", "converted_value", "converted_currency", "fx_year", "fx_note",
                  "year", "period", "forecast", "region", "scope", "regions", "part_of", "converts",
                  "surface", "sentence",
                  "title", "source", "published", "published_precision", "url", "file",
                  "article_id", "start", "end")
# `published` is the first day of its period when only the month or year is known:
# `published_precision` (day, month, year) says which.
# A briefing's consolidated figures: one row per figure, what it measures, its value and
# conversion, how many independent articles give it and what each says, whether it is a
# forecast or flagged (and why), and the article and sentence its value cites, then every
# source's title and URL. `scope` (national, regional, pair_abroad: `analysis.figures.scope`)
# tells what the two countries together traded abroad from their trade with each other;
# `goods` one kind of goods' trade from the total (empty); `flow` one direction from the other.
CONSOLIDATED_COLUMNS = ("figure_id", "metric", "goods", "flow", "region", "scope", "year", "period",
                        "forecast", "value", "currency", "qualifier", "value_min", "value_max",
                        "converted_value",
                        "converted_currency", "fx_year", "fx_note", "n_sources", "conflict",
                        "values", "plausible", "reason", "corrected", "surface", "sentence", "title",
                        "source", "published", "published_precision", "url", "file",
                        "article_id", "start", "end", "article_ids", "mention_ids", "source_titles",
                        "source_urls")
# Separator of the per-source lists (titles, URLs) in a consolidated row.
SOURCES_SEPARATOR = " | "
# `location`: the town or site in the region the register read («Брянск»), as the briefing's
# register table shows it (newuser36 looked for it in the download)
PROJECT_COLUMNS = ("project_id", "region", "location", "enterprises", "product", "kind", "status",
                   "halted", "timeline", "investment_value", "investment_currency", "first_seen",
                   "last_seen", "article_ids", "evidence", "localisation_pct",
                   "localisation_target_pct", "localisation_target_year", "localisation_evidence",
                   "timeline_evidence")
ARTICLE_COLUMNS = ("article_id", "file", "title", "source", "url", "published",
                   "published_inferred", "published_precision", "sha256")


@dataclass(frozen=True)
class Download:
    """One table written as CSV and XLSX."""

    name: str  # "figures", "projects", …
    csv: Path
    xlsx: Path


# what a figure row takes from the article it cites
ARTICLE_ABOUT = ("article_id", "title", "source", "published", "published_precision", "url")


def _columns(frame: pd.DataFrame, wanted: Sequence[str]) -> pd.DataFrame:
    return frame[[c for c in wanted if c in frame.columns]].reset_index(drop=True)


def figures_table(amounts: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The figures with the title, outlet, date and URL of the article each cites."""
    about = _columns(articles, ARTICLE_ABOUT)
    if len(amounts) and "article_id" in about.columns:
        amounts = amounts.merge(about, on="article_id", how="left", suffixes=("", "_article"))
    return _whole_years(_columns(amounts, FIGURE_COLUMNS))


def consolidated_table(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """A briefing's figure rows (`BriefingState.figures`) with the title, outlet, date and URL
    of the article each value cites, and the titles and URLs of all its sources."""
    if not len(figures):
        return pd.DataFrame(columns=list(CONSOLIDATED_COLUMNS))
    about = _columns(articles, ARTICLE_ABOUT)
    by_id = {str(r["article_id"]): r for r in about.to_dict("records")} \
        if "article_id" in about else {}
    rows = figures.drop(columns=[c for c in ARTICLE_ABOUT[1:] if c in figures.columns])
    if "article_id" in about.columns:
        rows = rows.merge(about, on="article_id", how="left")

    def joined(cell: Any, field: str) -> str:
        found = (by_id.get(a, {}).get(field) for a in str(cell or "").split(";") if a)
        return SOURCES_SEPARATOR.join(str(v) for v in found if isinstance(v, str) and v)

    rows["source_titles"] = [joined(c, "title") for c in rows.get("article_ids", [])]
    rows["source_urls"] = [joined(c, "url") for c in rows.get("article_ids", [])]
    return _whole_years(_columns(rows, CONSOLIDATED_COLUMNS))


def _whole_years(frame: pd.DataFrame) -> pd.DataFrame:
    """Years as whole numbers («2024», not «2024.0» of a float column with gaps)."""
    for column in ("year", "fx_year"):
        if column in frame.columns:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").round().astype("Int64")
    return frame


def briefing_tables(state: Any) -> dict[str, pd.DataFrame]:
    """A briefing's own rows (`BriefingState`): the consolidated figures of its subject
    (trade for the trade briefing, investment and credit for the money one, all for the
    others), within its region and years, and its projects."""
    figures = state.figures
    metrics = KIND_METRICS.get(state.kind)
    if metrics is not None and len(figures):
        figures = figures[figures["metric"].isin(metrics)]
    return {"figures": consolidated_table(figures, state.articles),
            "projects": _columns(state.projects, PROJECT_COLUMNS)}


def corpus_tables(dataset: Any) -> dict[str, pd.DataFrame]:
    """A corpus's fact tables: every figure, every project and the articles (without text)."""
    return {"figures": figures_table(dataset.amounts, dataset.articles),
            "projects": _columns(dataset.projects, PROJECT_COLUMNS),
            "articles": _columns(dataset.articles, ARTICLE_COLUMNS)}


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark (spreadsheets then read Cyrillic right); formula-like
    text prefixed with ``'``."""
    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(lambda v: f"'{v}" if is_formula_like(v) else v)
    return safe.to_csv(index=False).encode("utf-8-sig")


def _cell(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, str) and len(value) > XLSX_CELL_LIMIT:
        value = value[:XLSX_CELL_LIMIT - 1] + "…"
    return value


def xlsx_bytes(frame: pd.DataFrame, sheet: str) -> bytes:
    """One sheet with a bold, frozen header; every text cell stored as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]
    ws.append([str(c) for c in frame.columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for row in frame.itertuples(index=False):
        ws.append([_cell(v) for v in row])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if is_formula_like(cell.value):
                cell.data_type = "s"  # openpyxl reads a leading "=" as a formula
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_tables(tables: Mapping[str, pd.DataFrame], folder: Path, stem: str) -> list[Download]:
    """Write every table as ``<stem>--<name>.csv`` and ``.xlsx`` into `folder`, all or
    nothing (earlier files stay when a write fails)."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[Path, bytes] = {}
    written: list[Download] = []
    for name, frame in tables.items():
        done = Download(name=name, csv=folder / f"{stem}--{name}.csv",
                        xlsx=folder / f"{stem}--{name}.xlsx")
        files[done.csv] = csv_bytes(frame)
        files[done.xlsx] = xlsx_bytes(frame, name)
        written.append(done)
    atomic.write_all(files)
    return written


def as_outputs(downloads: Sequence[Download]) -> dict[str, Path]:
    """The downloads as build outputs: ``figures-csv``, ``figures-xlsx``, …"""
    outputs: dict[str, Path] = {}
    for d in downloads:
        outputs[f"{d.name}-csv"] = d.csv
        outputs[f"{d.name}-xlsx"] = d.xlsx
    return outputs


def write_briefing_downloads(params: Mapping[str, Any], kind: str, out_dir: Path,
                             stem: str) -> list[Download]:
    """A briefing's figures and projects, selected as the notebook selects them (`params` are
    the checked notebook parameters), written to ``<out_dir>/tables/<stem>--*.csv|xlsx``."""
    from analysis.briefing.state import BriefingState

    state = BriefingState.load(**params, kind=kind)
    return write_tables(briefing_tables(state), out_dir / FOLDER, stem)


def write_corpus_downloads(dataset: Any, out_dir: Path, name: str) -> list[Download]:
    """A corpus's fact tables, written to ``<out_dir>/tables/corpus-<name>--*.csv|xlsx``."""
    return write_tables(corpus_tables(dataset), out_dir / FOLDER, f"corpus-{name}")
