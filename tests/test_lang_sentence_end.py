"""The one sentence end the money readers look for between two places
(`lang.sentences.stop_before_capital`), the rough opening of a sentence (`sentence_opening`)
and the one «ё» fold (`lang.fold_yo`), on small sentences written here."""

from __future__ import annotations

from analysis.lang import fold_yo
from analysis.lang.sentences import (
    STOP_THEN_CAPITAL,
    sentence_opening,
    stop_before_capital,
    stop_before_space,
)

TWO = "Экспорт вырос до 3,1 млрд долларов. Импорт составил 1,2 млрд."


def test_a_stop_before_a_capital_ends_a_sentence_and_is_the_match() -> None:
    end = stop_before_capital().search(TWO)
    assert end is not None
    assert end.group() == "." and TWO[end.start() - 8:end.start()] == "долларов"


def test_a_stop_inside_a_figure_or_before_a_small_letter_ends_nothing() -> None:
    text = "Поставки на 2,5 млн руб. в месяц идут с весны"
    assert stop_before_capital().search(text) is None


def test_the_capital_must_stand_within_the_bounds_searched() -> None:
    # (the end of the first sentence: bounded before the capital «И», no end is found)
    cut = TWO.index("Импорт")
    assert stop_before_capital().search(TWO, 0, cut) is None
    assert stop_before_capital().search(TWO, 0, cut + 1) is not None


def test_which_marks_open_a_sentence_is_the_readers_choice() -> None:
    quoted = 'Сделку закрыли в мае. "Гродно Азот" получил 40 млн.'
    dashed = "Курс пересчитан по 1 000 рублей. — Это много, сказал он."
    assert stop_before_capital().search(quoted) is not None
    assert stop_before_capital("«").search(quoted) is None
    assert stop_before_capital("«").search("Итог года. «Белшина» продала на 9 млн.") is not None
    assert stop_before_capital().search(dashed) is None
    assert stop_before_capital("«\"—–-").search(dashed) is not None


def test_a_stop_at_the_lines_end_counts_only_when_asked() -> None:
    text = "Товарооборот достиг 724 млн долларов.\nЭкспорт — 231 млн."
    first_line = text.index("\n")
    assert stop_before_capital().search(text, 0, first_line) is None
    found = stop_before_capital(line_end=True).search(text, 0, first_line)
    assert found is not None and found.start() == first_line - 1


def test_a_line_break_is_an_end_only_when_asked() -> None:
    text = "Основные покупатели\nСмоленская область — 96 млн"
    assert stop_before_capital().search(text) is None
    found = stop_before_capital(line_break=True).search(text)
    assert found is not None and found.group() == "\n"


def test_spaces_across_a_line_break_only_when_asked() -> None:
    text = "Выручка — 8,6 млрд руб.\nИз них 2,1 млрд — экспорт"
    assert stop_before_capital("«").search(text) is None
    assert stop_before_capital("«", across_lines=True).search(text) is not None


def test_one_pattern_per_choice_of_parameters() -> None:
    assert stop_before_capital("«") is stop_before_capital("«")
    assert stop_before_capital(line_break=True) is not stop_before_capital()


def test_the_rough_end_is_a_stop_before_white_space_not_a_decimal_point() -> None:
    text = "Выручка — 2,5 млн руб. за год… Прибыль выросла"
    ends = [m.start() for m in stop_before_space().finditer(text)]
    assert [text[e] for e in ends] == [".", "…"]  # «2,5» has no stop, «руб.» has one
    assert [text[m.start()] for m in stop_before_space(ellipsis=False).finditer(text)] == ["."]


def test_the_rough_end_takes_a_line_break_only_when_asked() -> None:
    text = "Цены на выставке\nТрактор стоит 90 тыс. долларов"
    assert [m.group() for m in stop_before_space().finditer(text)] == ["\n", "."]
    assert [m.group() for m in stop_before_space(line_break=False).finditer(text)] == ["."]


def test_a_stop_at_the_texts_end_is_an_end_only_when_asked() -> None:
    text = "Сделка закрыта."
    assert stop_before_space().search(text) is None
    assert stop_before_space(text_end=True).search(text) is not None
    assert stop_before_space(text_end=True).search("Итог: 5 млн руб. в год", 0, 16) is not None


def test_a_stop_with_its_closing_quote_then_a_capital_the_capital_matched_too() -> None:
    text = "Он сказал: «Цена выросла до 5 200 долларов.» (Для сравнения, в 2015 году — 3 900.)"
    found = STOP_THEN_CAPITAL.search(text)
    assert found is not None and found.group() == ".» (Д"
    assert STOP_THEN_CAPITAL.search("Стоит 5 200 руб. за штуку") is None
    assert STOP_THEN_CAPITAL.search("Прайс\nТрактор — 90 тыс.").group() == "\n"


def test_the_opening_of_a_sentence_is_after_the_last_stop_or_line_break() -> None:
    text = "Экспорт вырос. Крупнейший покупатель — Москва: 2,1 млрд"
    assert text[sentence_opening(text, text.index("Москва")):].startswith(" Крупнейший")
    lines = "Итоги года\nКрупнейший покупатель — Москва"
    assert lines[sentence_opening(lines, lines.index("Москва")):].startswith("Крупнейший")
    assert sentence_opening(text, 5) == 0  # the text's first sentence opens at its start


def test_the_opening_is_not_looked_for_before_its_bound() -> None:
    text = "Рост продолжился. Далее следуют Московская область — 0,97 млрд"
    later = text.index("Далее")
    assert sentence_opening(text, text.index("Московская"), later) == later


def test_yo_folds_to_e_offset_for_offset() -> None:
    said = "объём поставок вырос, ещё 300 млн придётся на технику"
    folded = fold_yo(said)
    assert folded == "объем поставок вырос, еще 300 млн придется на технику"
    assert len(folded) == len(said)
