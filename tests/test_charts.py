"""analysis.charts: deterministic SVG, greyscale-readable series, numbered figures."""

from __future__ import annotations

import base64
import re

from analysis.briefing import charts


def test_png_is_byte_identical_across_calls_and_carries_no_metadata():
    a = charts.bar_chart(["2023", "2024"], {"товарооборот": [45.0, 50.0]}, ylabel="млрд $")
    b = charts.bar_chart(["2023", "2024"], {"товарооборот": [45.0, 50.0]}, ylabel="млрд $")
    assert isinstance(a, bytes) and a == b
    assert a.startswith(b"\x89PNG")
    assert b"Software" not in a and b"Creation Time" not in a and b"matplotlib" not in a
    # print resolution: the A4 column at 200 dpi
    width = int.from_bytes(a[16:20], "big")
    assert width == round(charts.WIDTH_IN * charts.DPI)


def test_svg_variant_is_deterministic_too():
    a = charts.bar_chart(["2024"], {"x": [1.0]}, ylabel="y", fmt="svg")
    assert a == charts.bar_chart(["2024"], {"x": [1.0]}, ylabel="y", fmt="svg")
    assert a.startswith("<svg") and "<dc:date>" not in a


def test_text_stays_text_with_russian_number_format():
    svg = charts.bar_chart(["2021", "2024"], {"импорт": [19.0, None], "товарооборот": [None, 50.0]},
                           ylabel="млрд долл. США", xlabel="Год",
                           marks={"импорт": [">", ""], "товарооборот": ["", ">"]}, lang="ru",
                           fmt="svg")
    assert "млрд долл. США" in svg and "Год" in svg  # axis labels with units
    assert "&gt;19" in svg and "&gt;50" in svg  # the "over" mark on the bar labels
    svg2 = charts.barh_chart(["a", "b"], [1.5, 0.25], xlabel="млрд руб.", lang="ru", fmt="svg")
    assert "1,5" in svg2 and "0,25" in svg2
    svg3 = charts.barh_chart(["a", "b"], [1.5, 0.25], xlabel="RUB bn", lang="en", fmt="svg")
    assert "1.5" in svg3


def test_series_differ_by_hatch_not_colour_alone():
    assert len(set(charts.HATCHES)) == len(charts.HATCHES)
    svg = charts.stacked_barh(["Кемеровская область", "Смоленская область"],
                              {"действует": [1, 0], "в работе": [1, 1], "планируется": [2, 3]},
                              xlabel="Число проектов", fmt="svg")
    # matplotlib writes hatches as <pattern> fills: two hatched series → two patterns
    assert len(set(re.findall(r'<pattern id="([^"]+)"', svg))) >= 2
    assert "действует" in svg and "планируется" in svg  # the legend


def test_grouped_bars_legend_and_labels():
    svg = charts.barh_chart(["[1] Инвестиции", "[2] Кредит"], [1.2, 1.23], xlabel="млрд $",
                            groups=["инвестиции", "кредит"], fmt="svg")
    assert "инвестиции" in svg and "кредит" in svg
    assert charts.fmt_label(0.0144, "ru") == "0,014"
    assert charts.fmt_label(50, "ru") == "50"
    assert charts.fmt_label(1.23, "en") == "1.2"


def test_figure_html_is_numbered_self_contained_and_sourced():
    png = charts.bar_chart(["2024"], {"x": [1.0]}, ylabel="y")
    html = charts.figure_html(png, 3, "Торговля <по> годам", 'Источник: <a href="#ref-1">[1]</a>',
                              lang="ru")
    assert "<figcaption>Рис. 3. Торговля &lt;по&gt; годам</figcaption>" in html
    assert 'class="source-line"' in html and 'href="#ref-1"' in html
    m = re.search(r'src="data:image/png;base64,([^"]+)"', html)
    assert m and base64.b64decode(m.group(1)) == png
    assert 'alt="Торговля &lt;по&gt; годам"' in html
    svg = charts.bar_chart(["2024"], {"x": [1.0]}, ylabel="y", fmt="svg")
    en = charts.figure_html(svg, 1, "Trade", "", lang="en")
    assert "Figure 1." in en and "source-line" not in en
    assert "data:image/svg+xml;base64," in en


def test_long_labels_wrap():
    assert "\n" in charts._wrap("торгово-производственная компания, хаб реализации белорусской продукции")
    assert charts._wrap("короткая") == "короткая"
