"""What each money amount measures, when and where.

`describe(article)` turns the amounts of an article into `Fact`s:

- **metric** — the nearest metric word around the amount in its sentence
  (`analysis.money.metric`);
- **year** and **period** — the nearest year expression and partial period of the sentence
  (`analysis.money.year`, `analysis.money.period`);
- **continuation** — a sentence with no time (or no cue) of its own that goes on about the
  previous one («Годом ранее он был …», «Экспорт — $1,1 млрд.», «при этом», «за этот период»,
  a borrowed currency, the next amount of the same sentence) takes the previous figure's year,
  period (and metric); coordinated amounts («кредит на €40 млн и $25 млн») share a cue;
- **region** — the Russian region named in the sentence (via `analysis.entities`); for
  investment, production, financing, agreement and other figures with no region in their
  sentence, the region of the previous sentence of the paragraph, else the only Russian region
  of the headline/lead, with lower confidence. Trade, export, import and credit figures are
  national unless their own sentence names a region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from analysis.entities import RegionMention, russian_regions_in
from analysis.lang import split_sentences
from analysis.money.amounts import Amount, find_amounts
from analysis.money.metric import NO_CUE, metric_of, nearest_cue
from analysis.money.period import period_of
from analysis.money.scope import AmountScope
from analysis.money.year import YEAR_DIGITS, year_of
from analysis.vocab import LOCAL_METRICS, METRICS

if TYPE_CHECKING:
    from analysis.ingest import Article

__all__ = ["METRICS", "Fact", "FactSentence", "describe"]


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


class _RegionChoice(NamedTuple):
    region: str | None
    penalty: float  # subtracted from the confidence: a region borrowed from elsewhere


_NO_REGION = _RegionChoice(region=None, penalty=0.0)
_INHERITED_SCORE = 8  # counts as a weak cue for the confidence
_CHANGE_FROM = re.compile(r"(?i)(?<!\w)(?:с|со)[ \u00a0]+\Z")
_CHANGE_TO = re.compile(r"(?i)[ \u00a0]+до[ \u00a0]+")
_COORDINATED = re.compile(r"[ \u00a0]*(?:и|или)[ \u00a0]+")
# A sentence that goes on about the previous one: a subject pronoun, «при этом», «за этот
# период»… (before the amount), or an elliptic «Экспорт — $1,1 млрд».
_CONTINUATION = re.compile(
    r"(?i)(?<![\w-])(?:он|она|оно|они|его(?=[ \u00a0]+(?:до|на|в|к)[ \u00a0])"
    r"|(?:этот|данный|указанный)[ \u00a0]+показатель|эта[ \u00a0]+сумма|при[ \u00a0]+этом"
    r"|из[ \u00a0]+них|из[ \u00a0]+которых|в[ \u00a0]+том[ \u00a0]+числе"
    r"|(?:за|в)[ \u00a0]+(?:этот|тот[ \u00a0]+же|этот[ \u00a0]+же|указанный|данный)"
    r"[ \u00a0]+период\w*)(?![\w-])")
_ELLIPTIC = re.compile(r"[^\d,;.!?—–:]{1,40}?[ \u00a0]*[—–:][ \u00a0]*")
# Any time expression of the sentence's own: then nothing is inherited.
_TIME_STEMS = ("год", "месяц", "квартал", "полугод", "полгода")
# «Из них …», «В том числе …»: a sentence that continues the previous figure.
_ANAPHORIC_OPENER = re.compile(
    r"(?i)(?:из\s+них|из\s+которых|в\s+том\s+числе|из\s+этой\s+суммы|из\s+этого\s+объема"
    r"|при\s+этом|а\s|еще\s|ещё\s|для\s+сравнения)")


# --------------------------------------------------------------------------- facts
def describe(article: Article, amounts: list[Amount] | None = None) -> list[Fact]:
    """A `Fact` for each amount of the article (found with `find_amounts` if not given)."""
    text = article.text
    if amounts is None:
        amounts = find_amounts(text)
    if not amounts:
        return []
    ctx = _Context(text)
    facts: list[Fact] = []
    for amount in amounts:
        sents, si = ctx.sentence_index(amount.start)
        s_start, s_end = sents[si]
        others = [o for o in amounts if o.end > s_start and o.start < s_end]
        scope = AmountScope(text=text, start=s_start, end=s_end, amount=amount, others=others)
        metric, score, _ = metric_of(scope)
        prev = facts[-1] if facts else None
        same_sentence = prev is not None and prev.sentence.start == s_start
        prev_sentence = prev is not None and si > 0 and prev.sentence.start == sents[si - 1][0]
        if score == NO_CUE:
            on = _goes_on(text, s_start, amount, si)
            if prev is not None and (same_sentence or (prev_sentence and on)
                                     or _continues(text, amount, prev, s_start, sents, si)):
                # «Экспорт составил $5 млрд. А в 2023 году — около 4 миллиардов.», «Годом
                # ранее он был …»: a sentence with no cue of its own continues the previous
                # figure's metric.
                metric, score = prev.metric, _INHERITED_SCORE
            elif on:  # «… внешнеторгового оборота. За шесть месяцев он составил …»
                cue = nearest_cue(_end_of(text, sents[si - 1]))
                if cue.score != NO_CUE:
                    metric, score = cue.metric, _INHERITED_SCORE
        if (prev is not None and same_sentence
                and _COORDINATED.fullmatch(text, prev.amount.end, amount.start)):
            metric, score = prev.metric, min(score, _INHERITED_SCORE)
            # «кредит на €40 млн и $25 млн»: coordinated amounts share their cue
        period = period_of(scope)
        # «Годом ранее …» counts back from the figure just reported, if there is one
        base_year = prev.year if prev is not None and (same_sentence or prev_sentence) else None
        year = year_of(scope, published=article.published, period=period, base_year=base_year)
        if (year is None and period is None and (same_sentence or si > 0)
                and not _has_time_words(scope)):
            # No time of its own: «экспорт — …, импорт — …», «Экспорт — $1,1 млрд.»,
            # «Взаимная торговля за этот период …» take the time of what came just before.
            if prev is not None and same_sentence:
                year, period = prev.year, prev.period
            elif _goes_on(text, s_start, amount, si):
                if prev is not None and prev_sentence:
                    year, period = prev.year, prev.period
                else:
                    before = _end_of(text, sents[si - 1])
                    period = period_of(before)
                    year = year_of(before, published=article.published, period=period)
        if year is not None and _CHANGE_FROM.search(text, max(s_start, amount.start - 4),
                                                    amount.start) and any(
                _CHANGE_TO.fullmatch(text, amount.end, o.start) for o in others):
            year -= 1  # «в 2022 году вырос с 390 млн до 520 млн»: the level it grew from
        region = _region(ctx, sents, si, amount=amount, metric=metric)
        confidence = _confidence(amount, metric=metric, score=score,
                                 region_penalty=region.penalty)
        facts.append(Fact(amount=amount, metric=metric, year=year, period=period,
                          region=region.region,
                          sentence=FactSentence(start=s_start, end=s_end,
                                                text=text[s_start:s_end]),
                          confidence=confidence))
    return facts


def _end_of(text: str, sentence: tuple[int, int]) -> AmountScope:
    """A sentence seen from its end, with no amount of its own: what a sentence that goes
    on about it inherits (its last cue, its period, its year)."""
    start, end = sentence
    here = Amount(start=end, end=end, surface="", value=0.0, currency="", qualifier="exact")
    return AmountScope(text=text, start=start, end=end, amount=here, others=[])


def _goes_on(text: str, s_start: int, amount: Amount, si: int) -> bool:
    """Does the amount's sentence go on about the previous one («он», «при этом», «за этот
    период», an elliptic «Экспорт — $1,1 млрд», a borrowed currency)?"""
    return si > 0 and (amount.implied_currency or bool(
        _CONTINUATION.search(text, s_start, amount.end)
        or _ELLIPTIC.fullmatch(text, s_start, amount.start)))


def _has_time_words(scope: AmountScope) -> bool:
    """Does the sentence have any time expression of its own?"""
    low = scope.lowered
    return any(w in low for w in _TIME_STEMS) or bool(YEAR_DIGITS.search(low))


def _continues(text: str, amount: Amount, prev: Fact, s_start: int,
               sents: list[tuple[int, int]], si: int) -> bool:
    """Does this amount continue the previous one: same sentence, or the next sentence of the
    paragraph when it is elliptic (a borrowed currency) or opens with «Из них», «А», …?"""
    if prev.sentence.start == s_start:
        return True
    if si == 0 or prev.sentence.start != sents[si - 1][0]:
        return False
    return amount.implied_currency or bool(_ANAPHORIC_OPENER.match(text, s_start))


class _Context:
    """Per-article caches: sentences of each paragraph, regions of each sentence, the lead."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._paragraphs: dict[int, list[tuple[int, int]]] = {}
        self._regions: dict[tuple[int, int], list[RegionMention]] = {}
        self._lead: list[str] | None = None

    def sentence_index(self, pos: int) -> tuple[list[tuple[int, int]], int]:
        """Sentences of the paragraph holding `pos`, and the index of the one holding it."""
        text = self.text
        p_start = text.rfind("\n", 0, pos) + 1
        sents = self._paragraphs.get(p_start)
        if sents is None:
            p_end = _line_end(text, pos)
            sents = [(p_start + a, p_start + b) for a, b in split_sentences(text[p_start:p_end])]
            sents = sents or [(p_start, p_end)]
            self._paragraphs[p_start] = sents
        for i, (_, e) in enumerate(sents):
            if pos < e:
                return sents, i
        return sents, len(sents) - 1

    def regions(self, start: int, end: int) -> list[RegionMention]:
        """The Russian regions named in text[start:end] (asked once per sentence)."""
        key = (start, end)
        found = self._regions.get(key)
        if found is None:
            found = self._regions[key] = russian_regions_in(self.text, start, end)
        return found

    @property
    def lead(self) -> list[str]:
        """The Russian regions of the headline and the lead, by name."""
        if self._lead is None:
            self._lead = sorted({r.normal for r in self.regions(0, _lead_end(self.text))})
        return self._lead


def _region(ctx: _Context, sents: list[tuple[int, int]], idx: int, *, amount: Amount,
            metric: str) -> _RegionChoice:
    """The region of the amount of sentence `idx` of the paragraph `sents`."""
    s_start, s_end = sents[idx]
    own = ctx.regions(s_start, s_end)
    if own:
        nearest = min(own, key=lambda r: abs(r.start - amount.start))
        return _RegionChoice(region=nearest.normal, penalty=0.0)
    if metric not in LOCAL_METRICS:
        return _NO_REGION
    if idx > 0:  # `sents` is one paragraph: the previous sentence is in the same one
        prev = {r.normal for r in ctx.regions(*sents[idx - 1])}
        if len(prev) == 1:
            return _RegionChoice(region=prev.pop(), penalty=0.1)
    lead = ctx.lead
    if len(lead) == 1:
        return _RegionChoice(region=lead[0], penalty=0.2)
    return _NO_REGION


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _lead_end(text: str) -> int:
    """End of the headline plus the first paragraph (the lead)."""
    first = text.find("\n")
    if first < 0:
        return len(text)
    second = text.find("\n", first + 1)
    return len(text) if second < 0 else second


def _confidence(amount: Amount, *, metric: str, score: int, region_penalty: float) -> float:
    """How far a briefing can trust the row: explicit currency, a strong nearby metric cue."""
    conf = 0.95
    if amount.implied_currency:
        conf -= 0.25
    if metric == "other" and score == NO_CUE:
        conf -= 0.15  # no cue at all
    elif score > 6:
        conf -= 0.1  # a weak or distant cue
    conf -= region_penalty
    return round(max(conf, 0.1), 2)
