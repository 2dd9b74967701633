"""In an interview, the time of the question an answer follows: «— Как завод закрыл прошлый
год?», «— Какие планы на 2027 год?» set it for the answers after it (split from `carry.py`,
session 44)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.money.carried_time import CarriedTime, stated_time
from analysis.money.time_words import has_time_words

if TYPE_CHECKING:
    from datetime import date

    from analysis.money.region import ArticleText, SentenceSpan

__all__ = ["question_time"]

_QUESTION_LOOKBACK = 8  # paragraphs an answer may stand after its question


def question_time(ctx: ArticleText, sents: list[SentenceSpan], published: date | None,
                  series: bool) -> CarriedTime | None:
    """In an interview, the time of the question the answer in `sents` follows. For a
    trade figure (`series`), questions with no time of their own are passed over: «—
    Какие регионы самые крупные?» still speaks of the year the question before asked
    about; any other figure takes only the time of its own question («— Как область
    поддерживает бизнес?» opens a new subject)."""
    text = ctx.text
    pos = sents[0].start - 1
    if text.find("?", 0, max(pos, 0)) < 0:
        return None  # no question before: not an interview (most articles)
    for _ in range(_QUESTION_LOOKBACK):
        if pos <= 0:
            return None
        paragraph, _ = ctx.sentence_index(pos - 1)
        pos = paragraph[0].start - 1
        for k in range(len(paragraph) - 1, -1, -1):
            span = paragraph[k]
            if not text[span.start:span.end].rstrip().endswith("?"):
                continue
            # («— В прошлом году завод получил крупный кредит. На что пошли деньги?»: the
            # question's own preamble, the interviewer's turn, states the time it asks about)
            for said in (span, *reversed(paragraph[:k])):
                if has_time_words(text[said.start:said.end].lower()):
                    got = stated_time(text, said, published)
                    if got is not None:
                        return got
            if not series:
                return None
    return None
