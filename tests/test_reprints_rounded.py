"""A wire story reprinted by an outlet that rounds or hedges its figures is still a reprint
(new user, session 24, finding 1): the reprint rule compares words with every number but a
year read as one mark and the hedging words left out (`figures.reprint_words`)."""

from __future__ import annotations

import pytest

from analysis.figures.duplicates import duplicate_rows
from analysis.figures.reprint_words import NUMBER_MARK, compared_words, figures_agree
from analysis.figures.rules import figure_rules

WIRE = ("СМОЛЕНСК, 4 марта. Правительство Смоленской области и делегация Витебского облисполкома "
        "подписали четыре соглашения на общую сумму 2,35 млрд рублей, сообщили в региональном "
        "департаменте экономического развития. Крупнейшее из них — договор о поставках кормовой "
        "техники между смоленским агрохолдингом и Оршанским заводом на 1,18 млрд рублей. "
        "Ещё три документа, на 540 млн, 410 млн и 220 млн рублей, касаются поставок молочной "
        "продукции, льноволокна и кирпича. "
        "По итогам 2025 года товарооборот Смоленской области с Беларусью составил 1,274 млрд "
        "долларов, что на 6,3% больше, чем годом ранее. Экспорт области в республику вырос до "
        "481,6 млн долларов, импорт составил 792,4 млн долларов.")
ROUNDED = ("СМОЛЕНСК, 4 марта. Правительство Смоленской области и делегация Витебского облисполкома "
           "подписали четыре соглашения на общую сумму около 2,4 млрд рублей, сообщает региональный "
           "департамент экономического развития. Самый крупный — договор о поставках кормовой "
           "техники между смоленским агрохолдингом и Оршанским заводом примерно на 1,2 млрд рублей. "
           "Ещё три документа, примерно на 550 млн, 400 млн и 220 млн рублей, касаются поставок молочной "
           "продукции, льноволокна и кирпича. "
           "По итогам 2025 года товарооборот Смоленской области с Беларусью составил почти 1,3 млрд "
           "долларов, что на 6% больше, чем годом ранее. Экспорт области в республику вырос до "
           "482 млн долларов, импорт составил порядка 790 млн долларов.")
# The same outlet's note on another year: its figures and its year differ, and it is news of its own.
NEXT_YEAR = ("СМОЛЕНСК, 4 марта. По итогам 2026 года товарооборот Смоленской области с Беларусью "
             "составил 1,41 млрд долларов, что на 10,7% больше, чем годом ранее. Экспорт области в "
             "республику вырос до 530,2 млн долларов, импорт составил 879,8 млн долларов.")
# Another story on the same visit, with its own wording: not a copy.
OTHER = ("В Смоленске побывали представители витебских машиностроителей. Они осмотрели площадку "
         "индустриального парка «Феникс» и обсудили с инвесторами выпуск прицепной техники. По словам "
         "директора парка, первые контракты на 310 млн рублей могут быть подписаны летом, а сборка "
         "прицепов начнётся в 2027 году. Переговоры продолжатся в Витебске в апреле.")


def rows_of(texts: list[str]) -> tuple[list[dict], dict[str, str]]:
    ids = [f"a{i}" for i in range(len(texts))]
    return duplicate_rows(ids, texts, [f"{a}.txt" for a in ids], [None] * len(texts), [])


@pytest.mark.parametrize("hedged", ["около", "примерно", "почти", "порядка"])
def test_a_rounded_figure_reads_as_the_exact_one_and_a_year_stays_a_year(hedged: str) -> None:
    rules = figure_rules()
    assert compared_words(f"составил {hedged} 187 млн", rules) == compared_words("составил 187,3 млн", rules)
    assert compared_words("на 14,2% больше", rules) == ["на", NUMBER_MARK, "больше"]
    assert compared_words("за 2025 год", rules) != compared_words("за 2026 год", rules)


def test_a_reprint_that_rounds_the_wires_figures_is_a_copy_of_it() -> None:
    rows, original = rows_of([WIRE, ROUNDED])
    assert original["a1"] == "a0"
    assert [(r["article_id"], r["kind"]) for r in rows] == [("a1", "reprint")]
    assert rows[0]["similarity"] >= figure_rules().min_share


def test_a_reprint_that_drops_a_sentence_and_rounds_is_still_a_copy() -> None:
    shorter = ROUNDED.replace(" Ещё три документа, примерно на 550 млн, 400 млн и 220 млн рублей, касаются "
                              "поставок молочной продукции, льноволокна и кирпича.", "")
    _, original = rows_of([WIRE, shorter])
    assert original["a1"] == "a0"


def test_figures_agree_as_rounding_allows_and_not_beyond() -> None:
    rules = figure_rules()
    assert figures_agree((860.0, 187.3, 14.2), (900.0, 187.0, 14.0), rules)
    assert figures_agree((), (5.0,), rules)
    assert not figures_agree((1.274, 6.3, 481.6), (1.41, 10.7, 530.2), rules)


def test_another_years_note_and_another_story_of_the_visit_are_no_copies() -> None:
    # the note shares most of its runs with the story once numbers are masked: its figures tell it apart
    rules = figure_rules()
    runs = [{tuple(w[k:k + 5]) for k in range(len(w) - 4)} for w in
            (compared_words(WIRE, rules), compared_words(NEXT_YEAR, rules))]
    assert len(runs[0] & runs[1]) / len(runs[1]) >= rules.min_share
    rows, original = rows_of([WIRE, NEXT_YEAR, OTHER])
    assert rows == []
    assert original == {"a0": "a0", "a1": "a1", "a2": "a2"}


def _agree_searched_from_the_start(first: tuple[float, ...], second: tuple[float, ...]) -> bool:
    """`figures_agree` as first written: every figure searched from the smallest."""
    rules = figure_rules()
    fewer, more = sorted((first, second), key=len)
    if not fewer:
        return True
    left = sorted(more)
    found = 0
    for value in fewer:
        match = next((k for k, other in enumerate(left)
                      if abs(value - other) <= rules.rounding * max(abs(value), abs(other))), None)
        if match is not None:
            found += 1
            del left[match]
    return found >= rules.min_figure_share * len(fewer)


def test_figures_agree_finds_what_a_search_from_the_smallest_figure_finds() -> None:
    # the search starts at the rounding bound (bisect) and stops past it: figures at the
    # bounds, zeros, repeats and each figure used once give the same answer
    r = figure_rules().rounding
    bounds = [860 * (1 - r), 860 / (1 - r), 860 * (1 - r) * (1 - 1e-12), 860 / (1 - r) * (1 + 1e-12)]
    cases = [((860.0,), tuple(bounds)), ((0.0, 0.0, 5.0), (0.0, 5.2, 5.3)),
             ((100.0, 100.0, 100.0), (95.0, 105.0, 200.0)), ((14.2, 14.0), (14.0,)),
             ((187.3, 2025.0, 1e301), (187.0, 1e301, 3.0)), ((1.0,) * 5, (1.04, 0.96, 7.0, 1.0, 2.0))]
    for first, second in cases:
        assert figures_agree(first, second, figure_rules()) == _agree_searched_from_the_start(first, second)
        assert figures_agree(second, first, figure_rules()) == _agree_searched_from_the_start(second, first)
