"""The year of the event a one-off sum told in the past belongs to.

An investment or a credit is a one-off sum: it takes no year from a yearly series before it.
But told in the past with no time of its own, right after the sentence of its paragraph that
dates the event («Первую линию запустили весной 2021-го. Вложили около 350 млн рублей»; «В
марте 2024 года завод взял кредит. Банк выдал 300 млн»), it is that event's money, not the
publication year's: a history told step by step (an interview's answer, a plant's chronicle)
dates each step once. A plan or a sentence with a year of its own is left as it is, and only
the sentences of the same paragraph count (a new paragraph opens a new step).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.money.carried_time import CarriedTime, end_of
from analysis.money.forecast import is_forecast, says_in_past, told_in_past
from analysis.money.list_time import line_time
from analysis.money.time_words import has_time_words

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from analysis.money.fact_record import Fact
    from analysis.money.region import SentenceSpan
    from analysis.money.scope import AmountScope

__all__ = ["event_time", "year_told_before"]

# one-off sums whose year is the event's (trade and budgets are series, read elsewhere), and
# a production value told right after the sentence that dates the output («В 2025 году
# собрано 150 комбайнов. Объём произведённой продукции составил 2 млрд рублей»: that
# year's output, session 25's new user)
_ONE_OFF = frozenset(("investment", "credit", "production"))


def event_time(scope: AmountScope, metric: str, text: str, sents: list[SentenceSpan], si: int,
               published: date | None, facts: Sequence[Fact]) -> CarriedTime | None:
    """The time of the nearest earlier sentence of the paragraph that states one, for a
    one-off sum told in the past with none of its own, when that sentence tells an event
    (no figure of its own: a figure's sentence dates that figure, «Выручка за прошлый год
    …. Вложено 4,7 млн» is no step of a story) and names its year in digits (a year counted
    from the publication, «в этом году», dates the news, not a step); else None."""
    if metric not in _ONE_OFF or si == 0 or is_forecast(scope) or not told_in_past(scope):
        return None
    span = next((s for s in reversed(sents[:si]) if has_time_words(text[s.start:s.end].lower())),
                None)
    if span is None or any(f.sentence.start == span.start for f in facts):
        return None
    when = line_time(text, (span.start, span.end), published)
    if when is None or when.source != "stated":
        return None
    return when._replace(period=None)  # a one-off sum: the event's year, no period


def year_told_before(scope: AmountScope, text: str, sents: list[SentenceSpan], si: int,
                     when: CarriedTime, date_source: str) -> bool:
    """May a result told in the past take the whole year (`when`) the sentence just before
    it told in the past («Завод в прошлом году поставил российским заказчикам 412 автобусов.
    Выручка от российских контрактов составила около 3,1 млрд»)? The two go on about one
    year of one firm; a year with a part of it named (a period) or a plan is not that, nor a
    «прошлый год» counted from a guessed publication date."""
    if when.source == "relative" and date_source == "inferred":
        return False
    if si == 0 or when.sentence != sents[si - 1] or when.period is not None or is_forecast(scope):
        return False
    before = end_of(text, (when.sentence.start, when.sentence.end))
    return told_in_past(scope) and says_in_past(before.folded, before.start, before.end) and (
        not is_forecast(before))
