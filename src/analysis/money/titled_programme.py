"""A programme's money told under the title of the programme's own document: a passport's
«ПАСПОРТ / областной государственной программы «…» на 2019–2024 годы» over «общий объём
финансирования программы составляет 186 450,3 тыс. рублей». The span is the title's, not the
sentence's: the money is a multi-year plan as when the sentence names the span
(`money.forecast.plans_over`; the session-26 row: a multi-year programme's total told
while it runs is a plan; round 62).
"""

from __future__ import annotations

from datetime import date

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.money.scope import AmountScope
from analysis.money.year_mentions import YearMention, year_mentions

__all__ = ["titled_programme_plan"]

_TITLE_LINES = 2  # a document's kind and its name
_TITLE_MAX = 400  # a title longer than this is a text, not a document's title


def _programme_stems() -> tuple[str, ...]:
    # («программа», «подпрограмма», «госпрограмма»: the heads `programme_heads` names, by
    # their stem «программ»; «нацпроект» by «нацпроект»)
    return tuple(head[:-1] for head in context_data()["programme_heads"])


def titled_programme_plan(scope: AmountScope, metric: str, published: date | None) -> bool:
    """Is the amount a programme's money («финансирования программы», no year of its own in
    its sentence) on a page whose title (its first two lines) names a
    programme over a span of years not over at publication («… программы … на 2019–2024
    годы»)?"""
    if metric != "financing" or scope.start == 0:
        return False
    stems = _programme_stems()
    if not any(stem in scope.lowered for stem in stems):
        return False
    if year_mentions(scope.text, scope.start, scope.end):
        return False
    title_end = _title_end(scope.text)
    if title_end >= scope.start:
        return False
    if not any(stem in scope.text[:title_end].lower() for stem in stems):
        return False
    return any(m.is_span and m.preposition == "на" and (
        published is None or _last_year(scope.text, m) >= published.year)
        for m in year_mentions(scope.text, 0, title_end))


def _title_end(text: str) -> int:
    """Where a document's title ends: its first lines (a kind word «ПАСПОРТ» over the name
    «областной государственной программы «…» на 2019–2024 годы»), `_TITLE_LINES` at most and
    no further than `_TITLE_MAX` characters."""
    end = 0
    for _ in range(_TITLE_LINES):
        nxt = text.find("\n", end + 1 if end else 0)
        if nxt < 0 or nxt > _TITLE_MAX:
            break
        end = nxt
    return end


def _last_year(text: str, mention: YearMention) -> int:
    """The last year of a span «2019–2024» (its first year when the second is cut short)."""
    return max([mention.year] + [int(y) for y in _YEARS.findall(
        text, mention.digits_start, mention.end)])


_YEARS = lazy_compile(r"(?:19|20)\d\d")
