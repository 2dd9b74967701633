"""Which rubles a bare «рублей» is, read from the named rubles and the harder money beside it.

A ruble named by its own pre-2016 word («неденоминированных рублей») is a Belarusian one, so a
bare figure after it (its restatement in new money) does not go on in Russian rubles; and a
dollar or euro figure alone in a bracket right after a bare ruble figure restates it, so the
ratio of the two says which rubles they are. Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_bare_figure_after_old_rubles_named_by_their_word(tmp_path: Path) -> None:
    text = ("Итоги молочного комбината\n"
            "Выручка за 2015 год составила 31 млрд неденоминированных рублей (3,1 млн рублей в "
            "новом исчислении).\n")
    got = facts_by_surface(tmp_path, text, published="2016-09-12", source="Могилевские ведомости",
                           url="https://mogved.by/2016/09/12/itogi")
    assert got["31 млрд неденоминированных рублей"].amount.currency == "BYR"
    assert got["3,1 млн рублей"].amount.currency == "BYN"


def test_a_bracketed_dollar_restatement_tells_old_belarusian_rubles(tmp_path: Path) -> None:
    text = ("Справка о предприятии\n"
            "Совместное общество открыто в 2005 году. Уставный фонд при создании — 6,3 млрд "
            "рублей (около $2,9 млн).\n")
    got = facts_by_surface(tmp_path, text, published="2019-02-01", source="Справочник Гродненщины",
                           url="https://spravka-grodno.by/firms/42")
    assert got["6,3 млрд рублей"].amount.currency == "BYR"


def test_a_bracketed_dollar_restatement_tells_russian_rubles(tmp_path: Path) -> None:
    text = ("Справка о предприятии\n"
            "Дилер вложил в склад под Смоленском 180 млн рублей (около $2,4 млн).\n")
    got = facts_by_surface(tmp_path, text, published="2023-02-01", source="Справочник Гродненщины",
                           url="https://spravka-grodno.by/firms/43")
    assert got["180 млн рублей"].amount.currency == "RUB"
