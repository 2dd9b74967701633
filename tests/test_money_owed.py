"""Money owed («задолжало поставщикам 23,6 млн рублей») is a debt, `other`, as «долг» and
«задолженность» are (session 11 convention); money paid to settle it keeps its own kind.
Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_money_owed_is_a_debt(tmp_path: Path) -> None:
    text = ("Депутаты обсудили бюджет\n"
            "В этом году город выделил на обновление парка 300 млн рублей. Муниципальное "
            "автопредприятие задолжало теплоснабжающей организации 41,5 млн рублей; на погашение долга "
            "выделено 15 млн рублей из резервного фонда.\n")
    got = facts_by_surface(tmp_path, text, published="2021-11-25")
    assert got["41,5 млн рублей"].metric == "other"
    assert got["15 млн рублей"].metric == "financing"
