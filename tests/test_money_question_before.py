"""One finder of an interview's question (money/asked.py `question_before`), read two ways:
`asked` passes over blank lines between question and answer, `topic` takes the line right
before the answer only."""

from __future__ import annotations

from analysis.money.asked import asked_metric, question_before

_ONE_BREAK = "— Каков товарооборот с Витебской областью?\n— За полгода вышли на 90 млн долларов."
_BLANK_LINE = "— Сколько получают операторы на заводе?\n\n— В среднем 1 400 рублей."


def _answer(text: str) -> int:
    return text.rindex("\n") + 1


def test_question_right_before_the_answer_is_found_both_ways() -> None:
    for over in (True, False):
        span = question_before(_ONE_BREAK, _answer(_ONE_BREAK), over_blank_lines=over)
        assert span is not None
        assert _ONE_BREAK[span.start:span.end] == "— Каков товарооборот с Витебской областью?"


def test_blank_line_is_passed_over_only_when_asked_to() -> None:
    span = question_before(_BLANK_LINE, _answer(_BLANK_LINE), over_blank_lines=True)
    assert span is not None
    assert _BLANK_LINE[span.start:span.end] == "— Сколько получают операторы на заводе?"
    empty = question_before(_BLANK_LINE, _answer(_BLANK_LINE), over_blank_lines=False)
    assert empty is not None and empty.start == empty.end  # the blank line: no topic in it


def test_a_statement_before_the_answer_is_no_question() -> None:
    text = "Завод выпустил 300 тракторов.\n— Продали их за 12 млн рублей."
    assert question_before(text, _answer(text), over_blank_lines=True) is None
    assert question_before(text, _answer(text), over_blank_lines=False) is None
    assert question_before(text, 0, over_blank_lines=False) is None


def test_asked_metric_reads_the_question_over_a_blank_line() -> None:
    assert asked_metric(_BLANK_LINE, _answer(_BLANK_LINE)) == "other"
