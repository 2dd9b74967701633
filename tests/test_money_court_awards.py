"""Money a court awards or a claimant seeks is a claim, `other`, though a «компенсация» or a
«возмещение» elsewhere is state support (`financing`): issue 10, session 27. Texts written
for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_compensation_a_court_awards_is_other(tmp_path: Path) -> None:
    text = ("Спор о товарном знаке\n"
            "Арбитраж присудил истцу 3,2 млн рублей компенсации и 95 тыс. рублей судебных "
            "расходов.\n")
    got = facts_by_surface(tmp_path, text, published="2023-04-11")
    assert got["3,2 млн рублей"].metric == "other"
    assert got["95 тыс. рублей"].metric == "other"


def test_money_a_claimant_seeks_is_other(tmp_path: Path) -> None:
    text = ("Спор поставщиков\n"
            "Смоленская фирма требует взыскать с минского завода 12 млн рублей компенсации "
            "за сорванные поставки.\n")
    got = facts_by_surface(tmp_path, text, published="2023-04-11")
    assert got["12 млн рублей"].metric == "other"


def test_state_compensation_stays_financing(tmp_path: Path) -> None:
    text = ("Поддержка аграриев\n"
            "Хозяйства области получили 140 млн рублей компенсации части стоимости "
            "белорусских тракторов.\n")
    got = facts_by_surface(tmp_path, text, published="2023-04-11")
    assert got["140 млн рублей"].metric == "financing"
