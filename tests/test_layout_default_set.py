"""The default report set as a reader gets it: in a real browser at phone and desktop width,
and on the PDF's pages.

The set (reports.toml) is built once into a temporary folder. The browser checks drive the
system's headless Chromium through its chromedriver (selenium, no browser download) with
device emulation, since below 500 px a headless window is not really that narrow; they skip
with the reason when Chromium or its driver is missing (`.ci/run` installs both). Screenshots
(phone and desktop) stay in the pytest temporary folder `layout-artifacts/`.

The PDF checks read every character's position from the PDF itself (pdfplumber): nothing
may sit outside the page box minus the margins, and no key-figure value may leave its card.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import headless_chrome

from analysis import build

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
PHONE, DESKTOP = 400, 1280
# A4 in points, and the margins of templates/briefing/briefing.css (20mm 18mm 20mm 20mm).
MM = 72 / 25.4
PAGE_W, PAGE_H = 595.28, 841.89
LEFT, RIGHT, TOP, BOTTOM = 20 * MM, 18 * MM, 20 * MM, 20 * MM
# Running headers and page numbers sit in the margin boxes, by design; a glyph's box may
# poke half a point past its line.
SLACK = 1.0


@pytest.fixture(scope="module")
def default_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("default-set")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_CACHE", str(tmp_path_factory.getbasetemp() / "extract-cache"))
        mp.chdir(ROOT)
        code = build.run_build(jobs=2, config=ROOT / "reports.toml", out=out)
    assert code == 0
    return out


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("layout-artifacts")


@pytest.fixture(scope="module")
def browser():
    yield from headless_chrome()


def open_at(driver, path: Path, width: int) -> None:
    """Load `path` as a device `width` CSS pixels wide (a phone below 500)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500})
    driver.get(path.resolve().as_uri())
    driver.execute_script("return document.fonts ? document.fonts.ready : null")


def screenshot(driver, out: Path) -> None:
    height = driver.execute_script("return document.documentElement.scrollHeight")
    width = driver.execute_script("return window.innerWidth")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": min(int(height), 8000), "deviceScaleFactor": 1,
        "mobile": width < 500})
    driver.save_screenshot(str(out))


def html_pages(folder: Path) -> list[Path]:
    pages = sorted(folder.glob("*.html"))
    assert len(pages) >= 6  # the briefings and the index
    return pages


# --- the browser ---------------------------------------------------------------------------


def test_no_page_of_the_default_set_scrolls_sideways_at_400_px(default_set, browser, artifacts):
    wide = {}
    for page in html_pages(default_set):
        open_at(browser, page, PHONE)
        # a page wider than the phone widens the emulated viewport: either shows it
        width = browser.execute_script("return Math.max(window.innerWidth, "
                                       "document.documentElement.scrollWidth)")
        if width > PHONE:
            wide[page.name] = width
        screenshot(browser, artifacts / f"phone-{page.stem}.png")
    print(f"screenshots in {artifacts}")
    assert not wide, wide


def test_at_400_px_cards_wrap_and_table_rows_become_labelled_cards(default_set, browser):
    open_at(browser, default_set / "briefing.html", PHONE)
    rows = browser.execute_script("""
        const cards = [...document.querySelectorAll('.card')].map(c => c.getBoundingClientRect());
        const tops = new Set(cards.map(r => Math.round(r.top)));
        const td = document.querySelector('table.data tbody td');
        return {cards: cards.length, rows: tops.size,
                right: Math.max(...cards.map(r => r.right)),
                display: getComputedStyle(td).display,
                label: getComputedStyle(td, '::before').content,
                thead: document.querySelector('table.data thead').getBoundingClientRect().width};
    """)
    assert rows["cards"] >= 3 and rows["rows"] >= 2  # more than one row of cards
    assert rows["right"] <= PHONE
    assert rows["display"] in ("block", "flow-root") and rows["label"] not in ("none", "normal", '""')
    assert rows["thead"] <= 1  # the header row is hidden: each cell names its column


def test_charts_stay_legible_at_400_px(default_set, browser):
    open_at(browser, default_set / "briefing.html", PHONE)
    sizes = browser.execute_script("""
        return [...document.querySelectorAll('figure.chart img')].map(i => ({
            shown: i.getBoundingClientRect().width, natural: i.naturalWidth,
            box: i.parentElement.getBoundingClientRect().right}));
    """)
    assert sizes
    for s in sizes:
        # charts have 8.5 pt text, drawn 3.6 in wide for a phone (6.3 in for the column), at
        # 200 dpi: at this width the text is >= 9 px
        assert 8.5 * 96 / 72 * s["shown"] / (s["natural"] / 200 * 96) >= 9, s
        assert s["box"] <= PHONE  # the chart fits its box (newuser 33), never the page


def test_desktop_width_keeps_tables_as_tables(default_set, browser, artifacts):
    open_at(browser, default_set / "briefing.html", DESKTOP)
    display = browser.execute_script(
        "return getComputedStyle(document.querySelector('table.data')).display")
    assert display == "table"
    assert browser.execute_script("return document.documentElement.scrollWidth") <= DESKTOP
    screenshot(browser, artifacts / "desktop-briefing.png")


# --- the PDF -------------------------------------------------------------------------------


def pdfs(folder: Path) -> list[Path]:
    found = sorted(folder.glob("*.pdf"))
    assert len(found) >= 5
    return found


def test_every_character_of_every_pdf_lies_inside_the_margins(default_set):
    pdfplumber = pytest.importorskip("pdfplumber")
    outside = []
    for pdf in pdfs(default_set):
        with pdfplumber.open(pdf) as doc:
            for number, page in enumerate(doc.pages, start=1):
                assert (round(page.width), round(page.height)) == (595, 842)
                for ch in page.chars:
                    in_body = TOP - SLACK <= ch["top"] and ch["bottom"] <= PAGE_H - BOTTOM + SLACK
                    if in_body and not (LEFT - SLACK <= ch["x0"] and
                                        ch["x1"] <= PAGE_W - RIGHT + SLACK):
                        outside.append((pdf.name, number, ch["text"], round(ch["x1"], 1)))
    assert not outside, outside[:10]


def test_no_card_value_spills_out_of_its_card(default_set):
    pdfplumber = pytest.importorskip("pdfplumber")
    checked = 0
    for pdf in pdfs(default_set):
        with pdfplumber.open(pdf) as doc:
            page = doc.pages[0]
            # the cards are the light grey boxes (#f3f3f3) on page 1
            cards = [r for r in page.rects if _is_card_fill(r.get("non_stroking_color"))]
            for card in cards:
                inside = [c for c in page.chars if c["top"] >= card["top"] - SLACK
                          and c["bottom"] <= card["bottom"] + SLACK
                          and c["x0"] < card["x1"] and c["x1"] > card["x0"]]
                for ch in inside:
                    assert card["x0"] - SLACK <= ch["x0"] and ch["x1"] <= card["x1"] + SLACK, \
                        (pdf.name, ch["text"])
                checked += len(inside)
    assert checked > 0


def _is_card_fill(colour) -> bool:
    if not colour:
        return False
    values = tuple(colour) if isinstance(colour, list | tuple) else (colour,)
    return all(abs(v - 0xF3 / 255) < 0.01 for v in values)


def test_the_project_register_wraps_inside_its_columns(default_set):
    pdfplumber = pytest.importorskip("pdfplumber")
    pdf = default_set / "localization_projects.pdf"
    with pdfplumber.open(pdf) as doc:
        words = [w for p in doc.pages for w in p.extract_words()]
    assert words and max(w["x1"] for w in words) <= PAGE_W - RIGHT + SLACK
    text = " ".join(w["text"] for w in words)
    assert re.search(r"Реестр|Таблица", text)
    os.environ.get("CI") or print(f"register: {len(words)} words inside the margins")
