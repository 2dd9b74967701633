"""Two readers of the money stages asked less, with the same answers (session 41, speed41a;
issue 10, speed):

- `ingest.datelines.date_lines` looks at a line's first letters (`_may_open_date`) before trying
  the date-line pattern there: a line opening with a word of one letter, a longer word that
  is no label, or a short one with no digit after it, opens no date line. The same matches
  as trying the pattern at every line start (the former reading);
- `then_time.then_time` scans a sentence for «тогда же» only when it holds «огда».

Checked on pages and sentences written here and on generated strings, with letters that
ignoring case reads as others («ſ» as «s», «İ» as «i», the old Cyrillic «ᲁ» as «д»).
"""

from __future__ import annotations

from collections.abc import Iterator
from re import Match

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.datelines import DATE_LINE as _DATE_LINE
from analysis.ingest.datelines import _may_open_date, date_lines
from analysis.money import then_time as then_module
from analysis.money.carried_time import stated_time
from analysis.money.item_dates import ItemDates
from analysis.money.region import SentenceSpan


def _former_date_lines(text: str) -> Iterator[Match[str]]:
    match, pos, end = _DATE_LINE.match, 0, 0
    while pos >= 0:
        if pos >= end and (m := match(text, pos)) is not None:
            end = m.end()
            yield m
        nxt = text.find("\n", pos)
        pos = nxt + 1 if nxt >= 0 else -1


def _spans(matches: Iterator[Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _same(text: str) -> None:
    assert _spans(date_lines(text)) == _spans(_former_date_lines(text)), text


_PAGES = [
    "",
    "\n\n",
    "В 2016 году экспорт вырос.\nПо итогам года — 1,2 млрд рублей.\nЭкспорт вырос.",
    "Дата: 12 октября 2016 г., 10:41\nТема: счёт\nТекст письма.\n> Дата: 11.10.2016\n> Ответ.",
    "Tue, 14 Feb 2017 09:30:00 +0300\nМинпром сообщил.\nMon, 06 Mar 2017 10:00:00 GMT\nЛид.",
    "Пн, 12 октября 2016 г.\nСр 3.05.2017\nВт.\n12.05.2017\nОт 12 мая",
    "Дата:\n12 октября 2016 г.\n\n\nЭкспорт",
    "ſent: 12 Feb 2017\nİst, 14 Feb 2017\nᲁата: 12.10.2016\nSENT: 3 Jan 2017\nPubDate: 2017-02-15",
    "«Будем плавно наращивать», — сказал он.\n12 мая\nоколо 1,5 млрд рублей\n1 июня 2016\n",
    "Да́та: 12.10.2016\nДатами: 12.10.2016\nОпубликовано 2017-02-15\nUpdated:\t2017-02-15T10:00Z",
]
_PIECES = ["12 октября 2016 г.", "3 Jan 2017", "2017-02-15", "15.02.2017", "31.02.2017",
           "Дата:", "Дата: ", "ДАТА: ", "date:", "Sent: ", "ſent: ", "ᲁата: ", "> ", "\n",
           "\n\n", " ", "\t", "Пн, ", "Вт. ", "Ср ", "Mon, ", "İst, ", "В ", "По ", "От ",
           "Экспорт вырос.", "Опубликовано: ", "12 мая", "г.", "«", "— ", "А", "Пн", ","]


@pytest.mark.parametrize("text", _PAGES)
def test_date_lines_are_the_former_ones_on_written_pages(text: str) -> None:
    _same(text)


def test_the_look_skips_the_lines_of_plain_news() -> None:
    text = "В Кемеровской области открылся центр.\nСоглашение подписали в мае.\nПо словам"
    starts = [0, text.index("Соглашение"), text.index("По словам")]
    assert not any(_may_open_date(text, p) for p in starts)
    # a date line, a label, a day's name before its date: left to the pattern
    dated = "Дата: 12.10.2016\nПн, 12 октября 2016 г.\n12.05.2017\nſent: 3 Jan 2017"
    assert all(_may_open_date(dated, p) for p in (0, 17, dated.index("12.05"), dated.index("ſ")))
    assert str(ItemDates(dated).at(len(dated))) == "2017-01-03"


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_date_lines_are_the_former_ones_on_generated_pages(pieces: list[str]) -> None:
    _same("".join(pieces))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ДдᲁаАтТsSſeEnNtTİiIпПнН:,. \n0123456789>", max_size=30))
def test_date_lines_are_the_former_ones_on_generated_characters(text: str) -> None:
    _same(text)


# ------------------------------------------------------------------ «тогда же», gated
def _former_then_time(text: str, sents: list[SentenceSpan], si: int) -> object:
    while si > 0 and (then_module._THEN.match(text, sents[si].start)
                      or then_module._THEN_SAME.search(text, sents[si].start, sents[si].end)
                      or then_module._THEN_SECOND.match(text, sents[si].start)):
        got = stated_time(text, sents[si - 1], None)
        if got is not None:
            return got
        si -= 1
    return None


_THEN_TEXTS = [
    "В 2019 году товарооборот составил $452 млн. Тогда же в Уфе открылся центр стоимостью 40 млн.",
    "Салон открыли в 2016 году. Для расширения цеха тогда же взяли кредит на 1,2 млн рублей.",
    "Контракт подписали в 2018 году. Контракт тогда был на 46 млн рублей.",
    "В 2020 году завод вырос. Если цены вырастут, тогда кредит обойдётся в 5 млн.",
    "Экспорт в 2021 году составил 3 млрд. Импорт — 1 млрд долларов.",
    "Экспорт в 2021 году составил 3 млрд. Когда же рынок вырастет до 5 млрд?",
]


def _sentences(text: str) -> list[SentenceSpan]:
    out, start = [], 0
    for part in text.split(". "):
        out.append(SentenceSpan(start, start + len(part)))
        start += len(part) + 2
    return out


@pytest.mark.parametrize("text", _THEN_TEXTS)
def test_then_time_is_the_former_reading(text: str) -> None:
    sents = _sentences(text)
    for si in range(len(sents)):
        assert then_module.then_time(text, sents, si, None) == _former_then_time(text, sents, si)


def test_then_time_reads_the_sentence_before() -> None:
    sents = _sentences(_THEN_TEXTS[1])
    assert then_module.then_time(_THEN_TEXTS[1], sents, 1, None).year == 2016
    assert then_module.then_time(_THEN_TEXTS[4], _sentences(_THEN_TEXTS[4]), 1, None) is None
