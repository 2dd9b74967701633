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


def test_owing_almost_a_sum_is_no_plan(tmp_path: Path) -> None:
    # «должен заводу почти …»: «должен» with a dative is a debt; «почти» ends like an
    # infinitive («должен вырасти») but is an adverb of the amount
    text = ("Брянский перевозчик должен автозаводу почти 7 млн рублей\n"
            "Арбитраж взыскал долг по договору поставки автобусов.\n")
    got = facts_by_surface(tmp_path, text, published="2022-03-02")
    assert got["почти 7 млн рублей"].forecast is False


def test_an_obligation_with_an_infinitive_stays_a_plan(tmp_path: Path) -> None:
    text = "Экспорт предприятия в этом году должен составить 40 млн долларов.\n"
    got = facts_by_surface(tmp_path, text, published="2022-03-02")
    assert got["40 млн долларов"].forecast is True
