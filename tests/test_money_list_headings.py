"""A list's heading gives its items the metric they do not name themselves.

Infographic captions and digests set their sections under short headings with no final stop
(«ЭКСПОРТ», «РЕГИОНЫ (товарооборот с РБ, …)», «Цены») over bullet or dash items; an item
with no metric word of its own measures what the heading names, and a line of totals
(«Итого: …») closing the items is one of them (rounds 12 and 14). Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

from analysis.money.lists import list_heading

_CAPTION = ("Инфографика: Брянск и Беларусь, 2024 год\n"
            "Главные цифры сотрудничества — в нашей подборке.\n"
            "ОБЛАСТИ-ПАРТНЁРЫ (товарооборот за год)\n"
            "• Гомельская — 412 млн $\n"
            "• Могилёвская — 268 млн $\n"
            "ПОСТАВКИ ИЗ БЕЛАРУСИ\n"
            "— Тракторы и комбайны: 3,1 млрд ₽\n"
            "— Молочная продукция: 2,2 млрд ₽\n"
            "Итого: 5,3 млрд ₽\n"
            "ЦЕНЫ\n"
            "— Трактор «Беларус-82.1»: от 3,4 млн ₽\n"
            "Источник: областное правительство.\n")


def test_items_under_a_heading_take_its_metric(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _CAPTION, published="2025-02-10",
                           source="Брянские новости")
    assert got["412 млн $"].metric == "trade_turnover"
    assert got["268 млн $"].metric == "trade_turnover"
    assert got["от 3,4 млн ₽"].metric == "other"  # a price, not a delivery


def test_a_totals_line_closing_the_items_is_one_of_them(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _CAPTION, published="2025-02-10",
                           source="Брянские новости")
    assert got["2,2 млрд ₽"].metric == got["5,3 млрд ₽"].metric != "other"


def test_an_item_naming_its_own_metric_keeps_it(tmp_path: Path) -> None:
    text = ("Дайджест недели\n"
            "Кредиты и деньги\n"
            "• Минпромторг одобрил субсидии двум совместным проектам на 540 млн рублей.\n"
            "• Белагропромбанк выдал заводу кредит на 12 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2024-06-03")
    assert got["540 млн рублей"].metric == "financing"
    assert got["12 млн долларов"].metric == "credit"


def test_what_is_no_heading() -> None:
    # a sentence with its stop, a lead with a colon, the title, a totals line with no list above
    sentence = "Губернатор рассказал о торговле.\n• С Гомелем — 412 млн $\n"
    lead = "Товарооборот по областям:\n• С Гомелем — 412 млн $\n"
    title = "ТОВАРООБОРОТ\n• С Гомелем — 412 млн $\n"
    total = "ТОВАРООБОРОТ\nИтого: 412 млн $\n"
    for text in (sentence, lead, title):
        assert list_heading(text, text.index("412")) is None
    assert list_heading("Подборка\n" + total, len("Подборка\n") + total.index("412")) is None
    text = "Подборка\n" + title
    assert list_heading(text, text.index("412")) == (9, 21)
