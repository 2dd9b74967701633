"""The record of a money fact (`Fact`, the `FactSentence` it cites) and how `describe` reads
one back: its sentence's span, where its meaning came from, the figure a topic continues.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.money.amounts import Amount
from analysis.money.region import SentenceSpan
from analysis.money.topic import PreviousFigure

__all__ = ["YEAR_SOURCES", "Fact", "FactSentence", "as_previous", "context_sentence", "origin_of",
           "span_of"]


@dataclass(frozen=True)
class FactSentence:
    """The sentence an amount came from (clean-text offsets)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Fact:
    """An amount with what it measures, its year, period and region, and how sure that is."""

    amount: Amount
    metric: str
    year: int | None
    period: str | None
    region: str | None
    sentence: FactSentence
    confidence: float
    forecast: bool = False
    year_source: str | None = None  # one of YEAR_SOURCES
    context: FactSentence | None = None  # the sentence an inherited metric/region/year came from
    metric_source: str = "rules"  # "model" when the learned check overrode the rules' metric
    goods: str | None = None  # the goods a trade figure's clause names (`money.goods`): None, the total
    flow: str | None = None  # which way an export or import figure's goods go (`money.flow`)
    # the whole this figure is a part of («850 млн, из них 320 млн»: the 850's clean-text
    # span, `money.part_of`), None for a figure told as a sum of its own
    part_of: tuple[int, int] | None = None
    # the figure this one restates in another currency («6,4 млрд рублей (около $79 млн по
    # текущему курсу)»: the 6,4's clean-text span, `money.converted`), None for a sum of its own
    converts: tuple[int, int] | None = None
    # the regions a figure with no one region is spread over, told together («в Смоленскую,
    # Брянскую и Псковскую области», the sites of «в оба объекта»: `money.together`)
    regions: tuple[str, ...] = ()


# How a figure's year was read: written in its sentence, a relative year resolved against the
# publication date, the publication date itself (by where that date came from), or inherited;
# «earlier»: no year, and the figure is recalled as earlier news (`money.recalled`), so no
# table dates it by the publication; «span»: no year, the money of a multi-year programme or
# plan («на 2026–2029 годы», «до 2030 года»: `money.forecast.plans_over`), which a
# briefing shows as such, not as of the publication year.
YEAR_SOURCES = ("stated", "relative", "url", "metadata", "text date", "inferred", "earlier", "span")


def as_previous(prev: Fact | None) -> PreviousFigure | None:
    """The previous figure as a topic reads it."""
    if prev is None:
        return None
    return PreviousFigure(metric=prev.metric, sentence=SentenceSpan(prev.sentence.start, prev.sentence.end))


def span_of(fact: Fact) -> tuple[int, int]:
    return fact.sentence.start, fact.sentence.end


def origin_of(fact: Fact) -> SentenceSpan:
    """Where a fact's meaning came from: its own context, else its sentence."""
    src = fact.context or fact.sentence
    return SentenceSpan(src.start, src.end)


def context_sentence(text: str, span: SentenceSpan | None, own: int) -> FactSentence | None:
    if span is None or span.start == own:
        return None
    return FactSentence(start=span.start, end=span.end, text=text[span.start:span.end])
