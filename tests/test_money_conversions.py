"""A figure converted into another currency measures what the figure it converts measures,
for the same time («… 2,1 млрд белорусских рублей. В пересчёте по курсу это около 700 млн
долларов»); a figure in another currency with no conversion words between is a figure of its
own. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_conversion_after_a_full_stop_takes_the_figure_s_meaning(tmp_path: Path) -> None:
    text = ("Гродненский комбинат считает в трёх валютах\n"
            "Выручка комбината от продаж в Россию за 2022 год составила 2,1 млрд белорусских "
            "рублей. В пересчёте по среднегодовому курсу это около 800 млн долларов, а в "
            "российских рублях — примерно 55 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2023-02-14")
    src = got["2,1 млрд белорусских рублей"]
    assert (src.metric, src.year) == ("export", 2022)
    for surface in ("около 800 млн долларов", "примерно 55 млрд"):
        assert (got[surface].metric, got[surface].year) == ("export", 2022), surface


def test_or_and_equivalent_join_a_conversion(tmp_path: Path) -> None:
    text = ("Торговля за полугодие\n"
            "Импорт из Беларуси за январь–июнь 2024 года составил 3,4 млрд долларов, или около "
            "300 млрд российских рублей. Бюджет программы — 40 млн белорусских рублей, что по "
            "курсу Нацбанка соответствует примерно 1,1 млрд российских рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-08-01")
    conv = got["около 300 млрд российских рублей"]
    assert conv.metric == "import"
    assert conv.year == 2024
    assert conv.period == got["3,4 млрд долларов"].period
    assert got["примерно 1,1 млрд российских рублей"].metric == \
        got["40 млн белорусских рублей"].metric


def test_a_figure_in_another_currency_without_conversion_words_is_its_own(
        tmp_path: Path) -> None:
    text = ("Итоги года\n"
            "Экспорт области в Беларусь в 2023 году составил 410 млн долларов, а кредит "
            "Белагропромбанка — 2 млрд российских рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-01-20")
    assert got["410 млн долларов"].metric == "export"
    assert got["2 млрд российских рублей"].metric == "credit"


def test_a_sentence_opening_with_its_currency_gives_it_to_a_bare_figure() -> None:
    from analysis.money import find_amounts

    text = ("Экспорт в Россию за год составил 21,4 млрд долларов. В белорусских рублях — около "
            "60 млрд. В российских рублях, по оценке банка, это порядка 1,8 трлн.")
    got = {a.surface: a.currency for a in find_amounts(text)}
    assert got["около 60 млрд"] == "BYN"
    assert got["порядка 1,8 трлн"] == "RUB"


def test_a_bare_figure_after_a_dollar_sum_keeps_dollars() -> None:
    from analysis.money import find_amounts

    text = "Экспорт в Россию за год составил 21,4 млрд долларов. Год назад — около 19 млрд."
    got = {a.surface: a.currency for a in find_amounts(text)}
    assert got["около 19 млрд"] == "USD"
