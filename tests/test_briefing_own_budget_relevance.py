"""Is a figure linked to Belarus (new user 29)? A city's own budget for its streets is not,
though the title names a Belarusian town and the lead a Belarusian supplier; a Belarusian
firm's contract is, though only the firm — no gazetteer name — says whose it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import briefing_of, tag_free

from analysis.briefing import Briefing
from analysis.entities import belarusian_firms, names_belarusian_side

UNRELATED = "Беларусь рядом не названа"

PAVING = (
    "Камень из Лунинца ляжет на казанские тротуары\n"
    "Подрядчики Казани закупят у белорусского ОАО «Кварцит» плитки и бордюров на 1,1 млрд "
    "рублей, сообщили в мэрии.\n"
    "На городскую программу ремонта тротуаров в 2026 году предусмотрено 40 млрд рублей. "
    "Камень в ней сменит асфальт на центральных улицах.\n"
    "Кроме того, казанская фирма «КамСтрой» договорилась с «Кварцитом» о совместном цехе "
    "распиловки под Казанью; вложения в него составят 700 млн рублей.\n"
)

INTERVIEW = (
    "«Своих дилеров в России мы выбираем сами»\n"
    "Директор ООО «Белкомпрессор» Олег Сидорович — о насосах, тендерах и дилерах\n"
    "— Где в России работают ваши насосы?\n"
    "— На водоканале Пскова: контракт на 52 млн российских рублей подписали весной. А наш "
    "дилер в Твери с начала года продал оборудования на 14 млн рублей.\n"
)


def row_of(table: str, amount: str) -> str:
    at = table.index(amount)
    return table[at:at + 140]


@pytest.fixture(scope="module")
def paving(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return briefing_of(tmp_path_factory.mktemp("paving"), {"paving.txt": PAVING}, lang="ru")


def test_a_citys_own_budget_is_not_linked_by_the_title_and_the_lead(paving: Briefing) -> None:
    row = paving.largest("financing")
    assert row is None or row["value"] != pytest.approx(40e9)
    assert "40 млрд" not in tag_free(paving.lead())
    table = tag_free(paving.money_table())
    assert UNRELATED in row_of(table, "40 млрд руб.")


def test_a_firm_the_article_introduced_as_belarusian_links_its_venture(paving: Briefing) -> None:
    assert "Кварцит" in belarusian_firms(PAVING)
    table = tag_free(paving.money_table())
    assert UNRELATED not in row_of(table, "700 млн руб.")


def test_a_belarusian_firms_contract_and_its_dealers_sales_are_linked(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"interview.txt": INTERVIEW}, lang="ru")
    deals = tag_free(b.deals_table()) + tag_free(b.money_table())
    assert "52 млн" in deals
    assert UNRELATED not in deals


@pytest.mark.parametrize(("text", "named"), [
    ("директор ООО «Белкомпрессор» рассказал", True),
    ("ОАО «Белгородстрой» закупило", False),
    ("компания «Белуга» открыла склад", False),
])
def test_a_bel_compound_name_is_the_belarusian_side(text: str, named: bool) -> None:
    assert names_belarusian_side(text) is named
