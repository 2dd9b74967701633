"""The date lines of a page read only at the starts of its lines (`item_dates.date_lines`,
session 40) are the matches the former search over every character found
(`_DATE_LINE.finditer`), in order, with the same groups (issue 10, speed): a match that runs
over a line break (a label on a line of its own, blank lines after the date) leaves the line
starts inside it untried, as the search did.

Checked on page pieces written here, generated strings and (slow) the seeds and every gold
text studied so far (held-aside sets are not read).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import NEWS_WORDS, studied_texts

from analysis.money.item_dates import _DATE_LINE, ItemDates, date_lines

WRITTEN = [
    "",
    "\n",
    "Минский завод отчитался за год.\n12 октября 2016 г.\nЭкспорт вырос до 1,2 млрд рублей.",
    "Tue, 14 Feb 2017 09:30:00 +0300\nМинпром: поставки в Смоленскую область выросли.\n"
    "Mon, 06 Mar 2017 10:00:00 GMT\nЗавод отгрузил технику на $12 млн.",
    "> Дата: 12 октября 2016 г., 10:41\n> Тема: поставки\nДата:\n3 ноября 2016 года\n\nТекст.",
    "2017-02-15\n\n\n15.02.2017 г.\n31.02.2017\nВерсия 1.02.2017 вышла в срок.",
    "Ср, 1 мая 2020 года МСК\n  \t\n2020-05-01T10:00Z\nДоговор подписан 12 октября 2016 г.",
    "В 2016 году\n12 мая\nоколо 1,5 млрд рублей\n1 июня 2016\n",
]
_PIECES = ["12 октября 2016 г.", "3 Jan 2017", "2017-02-15", "15.02.2017", "31.02.2017",
           "1 мая 2020 года", "Mon, 06 Feb 2017 10:41:00 +0300", "12 октября 2016 г., 10:41",
           "2016-01-01T10:00Z", "> ", "Дата: ", "Дата:", "Пн, ", "Вт. ", ">> Date: ", " MSK",
           " GMT", "\n", "\n\n", " ", "\t", "Экспорт вырос.", "В 2016 году", "12 мая", "г."]


def _spans(matches) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _same(text: str) -> None:
    assert _spans(date_lines(text)) == _spans(_DATE_LINE.finditer(text))


@pytest.mark.parametrize("text", WRITTEN)
def test_written_pages(text: str) -> None:
    _same(text)


def test_written_pages_find_their_dates() -> None:
    # (the test above would pass with no match at all: these pages hold date lines)
    dates = ItemDates(WRITTEN[2])
    assert dates and dates.at(len(WRITTEN[2])).isoformat() == "2016-10-12"
    assert len(list(date_lines(WRITTEN[3]))) == 2  # a feed's two items
    assert len(list(date_lines(WRITTEN[4]))) == 2  # a quoted one; a label over its date


def test_a_match_over_line_breaks_skips_the_lines_inside() -> None:
    text = "Дата:\n12 октября 2016 г.\n\n\nЭкспорт"
    found = list(date_lines(text))
    assert len(found) == 1 and found[0].start() == 0 and "\n" in found[0].group()
    _same(text)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_generated_pages(pieces: list[str]) -> None:
    _same("".join(pieces))


@settings(max_examples=500, deadline=None)
@given(st.lists(NEWS_WORDS | st.sampled_from(_PIECES), max_size=40))
def test_generated_news(words: list[str]) -> None:
    _same(" ".join(words))


@pytest.mark.slow
def test_studied_texts() -> None:
    for text in studied_texts():
        _same(text)
