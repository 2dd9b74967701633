"""A briefing on a phone 390 px wide and on paper, as new user 33 read it.

At 390 px a table row is a card of labelled cells: a label of two lines («Сумма в источнике»)
must push the next cell down, not run into its label; a chart is drawn for the phone and fits
its box, so no bar hides behind a sideways scroll. On paper a source's address starts whole
on its line («h / ttps://» was printed). The page is the briefing's stylesheet around the
scoped fragments; the browser is the system's headless Chromium (skips when missing), the
PDF is read with pdfplumber."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import dataset_of, headless_chrome

from analysis.briefing import Briefing
from analysis.briefing.charts import DPI
from analysis.briefing.styles import styled

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
PAGE_CSS = ROOT / "src" / "analysis" / "templates" / "briefing" / "briefing.css"
PHONE = 390
URL = "https://vestnik-oblasti.example.ru/ekonomika/2024/11/05/tovarooborot-s-belarusyu-vyros"

TEXTS = {
    "a.txt": ("Товарооборот области с Беларусью вырос\n"
              "БРЯНСК, 5 ноября 2024 г. Товарооборот Брянской области с Республикой Беларусь в "
              "2023 году составил 48 млрд рублей, в 2022 году — 41 млрд рублей, сообщили в "
              "областном департаменте экономики.\n"),
    "b.txt": ("Торговля двух стран выросла\n"
              "МОСКВА, 20 февраля 2024 г. Товарооборот России и Белоруссии в 2023 году составил "
              "50,2 млрд долларов, в 2021 году — 38,5 млрд долларов.\n"),
    "metadata.csv": ("file,title,source,url,published\n"
                     f"a.txt,Товарооборот области с Беларусью вырос,Вестник области,{URL},2024-11-05\n"
                     "b.txt,Торговля двух стран выросла,Союзный вестник,,2024-02-20\n"),
}


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("newuser33-layout") / "c"
    b = Briefing.load(dataset=dataset_of(folder, TEXTS))
    body = "".join(str(x) for x in (b.trade_by_year_chart(), b.trade_table(), b.sources()))
    assert "<picture" in body  # the chart carries its phone drawing
    return ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<style>{PAGE_CSS.read_text(encoding='utf-8')}</style></head><body>"
            f'<main class="briefing">{styled(body)}</main></body></html>')


@pytest.fixture(scope="module")
def browser() -> Any:
    yield from headless_chrome()


def _open_phone(browser: Any, page: str, tmp_path: Path) -> None:
    html = tmp_path / "page.html"
    html.write_text(page, encoding="utf-8")
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": PHONE, "height": 900, "deviceScaleFactor": 1, "mobile": True})
    browser.get(html.as_uri())


def test_a_label_of_two_lines_stays_inside_its_own_cell(browser: Any, page: str,
                                                         tmp_path: Path) -> None:
    _open_phone(browser, page, tmp_path)
    cells = browser.execute_script("""
        const out = [];
        for (const td of document.querySelectorAll('table.data tbody td[data-label]')) {
            if (getComputedStyle(td).display === 'none') continue;
            const label = getComputedStyle(td, '::before');
            const probe = document.createElement('div');  // the label, laid out alone
            for (const p of ['font-size', 'font-family', 'line-height', 'width', 'padding-top'])
                probe.style.setProperty(p, label.getPropertyValue(p));
            probe.style.position = 'absolute';
            probe.textContent = td.dataset.label;
            td.appendChild(probe);
            const need = probe.getBoundingClientRect().height;
            probe.remove();
            out.push({label: td.dataset.label, need: need,
                      has: td.getBoundingClientRect().height});
        }
        return out;
    """)
    assert any(c["label"] == "Сумма в источнике" for c in cells)
    tall = [c for c in cells if c["need"] > 20]
    assert tall, cells  # at this width some label takes two lines
    assert all(c["has"] + 0.5 >= c["need"] for c in cells), [c for c in cells
                                                              if c["has"] + 0.5 < c["need"]]


def test_a_chart_fits_the_phone_and_stays_legible(browser: Any, page: str,
                                                  tmp_path: Path) -> None:
    _open_phone(browser, page, tmp_path)
    charts = browser.execute_script("""
        return [...document.querySelectorAll('figure.chart img')].map(i => {
            const box = i.closest('.chart-box');
            return {shown: i.getBoundingClientRect().width, natural: i.naturalWidth,
                    scroll: box.scrollWidth, width: box.clientWidth,
                    page: document.documentElement.scrollWidth};
        });
    """)
    assert charts
    for c in charts:
        assert c["scroll"] <= c["width"] + 1 and c["page"] <= PHONE, c  # nothing hidden
        drawn_px = c["natural"] / DPI * 96  # the drawing's width at 100 %
        assert 8.5 * 96 / 72 * c["shown"] / drawn_px >= 9, c  # its 8.5 pt text


def test_a_printed_address_is_never_split_after_its_first_letter(page: str,
                                                                 tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    from analysis.render.export import to_pdf

    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(to_pdf(page))
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
    assert "https://vestnik-oblasti.example.ru/" in text
    cut = tuple(" " + "https://"[:n] for n in range(1, 9))  # « h» … « https://» at a line's end
    assert not any(line.rstrip().endswith(cut) for line in text.splitlines())
