"""An item of a list of signed deals («Подписано 30 соглашений. … ¶ 4. ОАО «БелАЗ» — АО
«СУЭК»: поставка 12 самосвалов, 2,2 млрд рублей») is a contract's value, `agreements`; a
strong cue of its own (investment, trade) keeps its reading, and a dashed line with no
signing lead stays what it delivers. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

ITEMS = ("1. ОАО «БелАЗ» — АО «СУЭК»: поставка 12 самосвалов, 2,2 млрд рублей.\n"
         "2. СЗАО «Белджи» — ООО «Автомир»: дилерский договор, ориентировочная сумма поставок "
         "в 2025 году — 1,9 млрд RUB.\n"
         "3. ОАО «Амкодор» — правительство Псковской области: соглашение о создании сборочного "
         "производства, инвестиции — 700 млн рублей.\n")


def test_items_under_a_signing_lead_are_contracts(tmp_path: Path) -> None:
    text = ("Подписано на Форуме регионов\n"
            "В рамках форума подписано 30 соглашений. Приводим основные из них; рубли — "
            "российские.\n" + ITEMS)
    got = facts_by_surface(tmp_path, text, published="2024-06-29")
    assert got["2,2 млрд рублей"].metric == "agreements"
    assert got["1,9 млрд RUB"].metric == "agreements"
    assert got["700 млн рублей"].metric == "investment"


def test_items_without_a_signing_lead_keep_their_reading(tmp_path: Path) -> None:
    text = ("Что везут в Россию\n"
            "Крупнейшие отгрузки полугодия по данным предприятий.\n" + ITEMS)
    got = facts_by_surface(tmp_path, text, published="2024-06-29")
    assert got["2,2 млрд рублей"].metric != "agreements"
