"""A bid's or contract's security is read from one word list (`contract_security` of
data/money_context_ru.json, session 34): its contract word is no cue of a figure anywhere in
the sentence, and a figure right after it is the deposit, `other`."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_security_told_as_a_share_then_a_sum_is_no_contract_value(tmp_path: Path) -> None:
    text = ("Область закупит белорусские тракторы\n\n"
            "Объявлен аукцион на поставку девяти тракторов. Обеспечение исполнения договора – "
            "10%, или 2 700 000 руб.\n")
    got = facts_by_surface(tmp_path, text, published="2024-05-14")
    assert got["2 700 000 руб."].metric == "other"


def test_a_security_after_a_signed_contract_lends_no_contract_value(tmp_path: Path) -> None:
    text = ("Итоги аукциона на поставку тракторов\n"
            "Договор на поставку тракторов МТЗ заключён по цене 27 000 000 руб.\n\n"
            "Обеспечение исполнения договора — 1 350 000 руб.\n")
    got = facts_by_surface(tmp_path, text, published="2024-05-14")
    assert got["27 000 000 руб."].metric == "agreements"
    assert got["1 350 000 руб."].metric == "other"
