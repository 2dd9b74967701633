"""The headline and lead are read to their end when a line closes with blanks.

`ArticleText.lead_sentences` walks the lead a paragraph at a time. A sentence ends before the
blanks that close its line, and the walk used to step to the character after the sentence:
still a blank of the same line, so the same paragraph came back and the walk never ended
(found by speed38's generated texts; the loader strips such blanks, text handed to `describe`
directly keeps them).
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from itertools import pairwise
from types import FrameType, SimpleNamespace

import pytest

from analysis.money import describe
from analysis.money.region import ArticleText


@pytest.fixture(autouse=True)
def _stop_a_hang() -> Iterator[None]:
    """A walk that does not end fails the test in 20 s instead of stopping the suite."""
    def _hung(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError("the lead's walk did not end")
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


TEXTS = [
    "Экспорт вырос до 5 млн долларов \nТоварооборот составил 1,2 млрд долларов.",
    "Заголовок новости.   \n\nЛид: товарооборот за год — 610 млн долларов.  \nДалее текст.",
    "7р. млн 1,5 США Кроме на экспорт 12% откроет . 12% в \n по до \n планирует 1500р на \n"
    " получит \n июля млн",
    "Первая строка\t\nВторая строка с суммой 40 млн рублей\u00a0\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_lead_walk_ends_on_lines_closed_by_blanks(text: str) -> None:
    sents = ArticleText(text).lead_sentences()
    assert sents, "the lead has sentences"
    assert all(a.end <= b.start for a, b in pairwise(sents)), "each sentence once, in order"


@pytest.mark.parametrize("text", TEXTS[:2])
def test_blanks_closing_a_line_change_no_fact(text: str) -> None:
    """The same article with the blanks stripped reads the same facts (values and metrics)."""
    stripped = "\n".join(line.rstrip(" \t\u00a0") for line in text.split("\n"))

    def read(t: str) -> list[tuple[float, str, str]]:
        article = SimpleNamespace(text=t, published=None, url=None, source=None,
                                  original_span=lambda s, e: (s, e))
        return [(f.amount.value, f.amount.currency, f.metric) for f in describe(article)]

    assert read(text) == read(stripped) != []
