"""The project register with its «Локализация» column, as a reader gets it (new user 32): on
paper every column inside the margins and no header or figure printed over its neighbour; in
a browser at 1280 px every column in view (the table grows past the text column), at 700 px a
shadow saying the table scrolls, at 400 px labelled cards and no sideways scroll.

The page is the briefing's own stylesheet around the scoped fragments, as the nbconvert
template writes it. The PDF is read with pdfplumber; the browser is the system's headless
Chromium through its chromedriver (selenium); each skips with the reason when missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import dataset_of, headless_chrome

from analysis.briefing import Briefing
from analysis.briefing.styles import styled

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
PAGE_CSS = ROOT / "src" / "analysis" / "templates" / "briefing" / "briefing.css"
# A4 in points, and the margins of briefing.css (20mm 18mm 20mm 20mm)
MM = 72 / 25.4
PAGE_W = 595.28
LEFT, RIGHT = 20 * MM, 18 * MM
SLACK = 1.0

TEXTS = {
    "kaluga.txt": (
        "В Калуге собирают комбайны «Гомсельмаш»\n"
        "В Калужской области совместное предприятие холдинга «Гомсельмаш» и местной компании "
        "«Калугаагромаш» начало сборку кормоуборочных комбайнов. Уровень локализации техники уже "
        "достиг 42%. Объём инвестиций в проект составил 900 млн рублей.\n"
        "Стороны намерены довести локализацию до 60% к 2028 году.\n"),
    "nnov.txt": (
        "Погрузчики «Амкодор» обслуживают в Дзержинске\n"
        "В Нижегородской области работает сервисный центр белорусского холдинга «Амкодор» и "
        "компании «Волгаспецтехника». Там ремонтируют погрузчики и дорожную технику.\n"),
    "smolensk.txt": (
        "Тракторы МТЗ собирают в Рославле\n"
        "На заводе «Рославльагромаш» в Смоленской области с 2018 года идёт сборка тракторов МТЗ "
        "из машинокомплектов Минского тракторного завода.\n"),
}


@pytest.fixture(scope="module", params=["ru", "en"])
def page(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp(f"register-{request.param}") / "c"
    b = Briefing.load(dataset=dataset_of(folder, TEXTS), lang=request.param)
    table = str(b.project_table())
    assert "localised" in table  # the register shows the depth column
    lead = "<p>" + "Текст абзаца, чтобы видеть ширину колонки текста. " * 8 + "</p>"
    return (f'<!DOCTYPE html><html lang="{request.param}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<style>{PAGE_CSS.read_text(encoding='utf-8')}</style></head><body>"
            f'<main class="briefing">{styled(lead)}{styled(table)}</main></body></html>')


# --- paper ---------------------------------------------------------------------------------


def test_the_printed_register_keeps_every_column_inside_the_margins_and_apart(
        page: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    from analysis.render.export import to_pdf

    pdf = tmp_path / "register.pdf"
    pdf.write_bytes(to_pdf(page))
    with pdfplumber.open(pdf) as doc:
        words = [w for p in doc.pages for w in p.extract_words()]
        chars = [c for p in doc.pages for c in p.chars]
    outside = [(c["text"], round(c["x1"], 1)) for c in chars
               if not LEFT - SLACK <= c["x0"] <= c["x1"] <= PAGE_W - RIGHT + SLACK]
    assert chars and not outside, outside[:10]
    header = {w["text"]: w for w in words if w["text"] in ("Локализация", "Localisation",
                                                           "Ист.", "Src.")}
    depth = header.get("Локализация") or header.get("Localisation")
    src = header.get("Ист.") or header.get("Src.")
    assert depth and src and depth["x1"] < src["x0"]  # «Локализация» not over «Ист.»
    # no word is printed over another on its line («42%» over its citation)
    clashes = [(a["text"], b["text"]) for i, a in enumerate(words) for b in words[i + 1:]
               if a["top"] < b["bottom"] and b["top"] < a["bottom"]
               and a["x0"] < b["x1"] - SLACK and b["x0"] < a["x1"] - SLACK]
    assert not clashes, clashes[:5]
    assert any(w["text"].startswith("42%") for w in words)


# --- the browser ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Any:
    yield from headless_chrome()


def _open(driver: Any, html: Path, width: int) -> dict[str, Any]:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500})
    driver.get(html.resolve().as_uri())
    return driver.execute_script("""
        const box = document.querySelector('table.projects').parentElement;
        const text = document.querySelector('main .bf p').getBoundingClientRect();
        const r = box.getBoundingClientRect();
        return {client: box.clientWidth, scroll: box.scrollWidth, left: r.left, right: r.right,
                text: text.width, page: document.documentElement.scrollWidth,
                background: getComputedStyle(box).backgroundImage,
                display: getComputedStyle(document.querySelector('table.projects td')).display};
    """)


def test_a_wide_window_shows_every_column_of_the_register(page: str, browser: Any,
                                                          tmp_path: Path) -> None:
    html = tmp_path / "register.html"
    html.write_text(page, encoding="utf-8")
    wide = _open(browser, html, 1280)
    assert wide["scroll"] <= wide["client"], wide  # nothing hidden behind a sideways scroll
    assert wide["client"] > wide["text"]  # the table is wider than the text column
    assert wide["left"] >= 0 and wide["right"] <= 1280 and wide["page"] <= 1280
    narrow = _open(browser, html, 700)
    assert narrow["page"] <= 700
    if narrow["scroll"] > narrow["client"]:  # it scrolls: a shadow says so
        assert "radial-gradient" in narrow["background"], narrow
    phone = _open(browser, html, 400)
    # (a cell is a block of its own: a flow root, which grows to hold its label; newuser 33)
    assert phone["page"] <= 400 and phone["display"] in ("block", "flow-root"), phone
