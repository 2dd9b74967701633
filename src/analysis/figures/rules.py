"""The rules of consolidation as data: `data/figure_rules.json`, loaded once and indexed.

What is read from the file: the rank of each qualifier (exact beats approximate), the kinds
of source a sentence names and their rank (final data > statistics office > an official >
the press), the hedges that lower a statement (an estimate, a forecast, «напомним»), the cues
of a partial period in a full-year sentence, the plausibility parameters and hard bounds,
the reprint thresholds, and the money metrics whose plan and result are one deal.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.lang import calendar
from analysis.patternstore import compile_pattern

__all__ = ["Bound", "FigureRules", "SourceKind", "figure_rules"]

RULES_FILE = Path(__file__).resolve().parent.parent / "data" / "figure_rules.json"


@dataclass(frozen=True)
class SourceKind:
    """A kind of source a sentence can name, with its rank and the stems that name it."""

    kind: str
    rank: int
    cues: tuple[str, ...]
    body: bool = False  # a body that publishes data (a statistics office, a ministry), not a person


@dataclass(frozen=True)
class Bound:
    """Hard sanity bounds (in USD) for a metric and scope ("*" matches any)."""

    metric: str
    scope: str  # one of `analysis.vocab.FIGURE_SCOPES`, or "*"
    low: float
    high: float


@dataclass(frozen=True)
class FigureRules:
    """Everything `data/figure_rules.json` says, ready to use."""

    qualifier_rank: dict[str, int]
    source_kinds: tuple[SourceKind, ...]  # highest rank first
    body_kinds: frozenset[str]  # the kinds of bodies that publish data (`SourceKind.body`)
    media_rank: int
    hedged: SourceKind
    partial_period: re.Pattern[str]
    change_before: re.Pattern[str]  # a comparative after «на» («на 50 млн больше»)
    change_after: re.Pattern[str]
    change_verb: re.Pattern[str]  # «вырос на», «сокращение на»
    contrast_not: re.Pattern[str]  # «не» right before a value corrected away …
    contrast_but: re.Pattern[str]  # … and «, а» and a number right after it
    contrast_but_not: re.Pattern[str]  # «…, а не» right before it
    mad_k: float
    series_metrics: frozenset[str]
    min_log10_spread: float
    min_articles: int
    bounds: tuple[Bound, ...]
    shingle_words: int
    min_shared_shingles: int
    min_share: float  # of the shorter text's word runs found in the other
    max_articles_per_shingle: int
    hedge_words: frozenset[str]  # left out of the compared words (a reprint's «около 187 млн»)
    rounding: float  # how far a reprint's rounded figure may be from the story's, of the larger
    min_figure_share: float  # of the fewer figures that find their match in the other text
    # the money metrics whose plan and result of one sum are one deal (`plan_or_done`)
    plan_or_done: frozenset[str] = frozenset()

    def source_kind(self, sentence: str) -> SourceKind:
        """The kind of source a sentence names: a hedge wins, else the highest ranked cue."""
        low = sentence.lower()
        if any(cue in low for cue in self.hedged.cues):
            return self.hedged
        for kind in self.source_kinds:
            if any(cue in low for cue in kind.cues):
                return kind
        return SourceKind(kind="press", rank=self.media_rank, cues=())

    def partial_period_in(self, sentence: str) -> str | None:
        """The words of a partial period a sentence names («за январь–ноябрь»), if any."""
        found = self.partial_period.search(sentence.lower())
        return found.group(0) if found else None

    def partial_periods_in(self, sentence: str) -> list[re.Match[str]]:
        """Every partial period a sentence names, with its offsets in the sentence."""
        return list(self.partial_period.finditer(sentence.lower()))

    def is_change(self, before: str, after: str) -> bool:
        """Whether an amount between `before` and `after` (its sentence's text on either
        side) is a change from another figure, not a level (`change` in the rules)."""
        low = before.lower()[-80:]
        if self.change_verb.search(low):
            return True
        return bool(self.change_before.search(low) and self.change_after.search(after.lower()[:40]))

    def is_contrasted(self, before: str, after: str) -> bool:
        """Whether an amount between `before` and `after` is the value a «не X, а Y» (or «Y,
        а не X») contrast corrects away (`contrast` in the rules)."""
        low = before.lower()[-80:]
        if self.contrast_but_not.search(low):
            return True
        return bool(self.contrast_not.search(low) and self.contrast_but.search(after.lower()[:100]))

    def bounds_for(self, metric: str, scope: str) -> tuple[float, float]:
        """The tightest hard bounds that apply to a metric in a scope."""
        low, high = 0.0, float("inf")
        for b in self.bounds:
            if b.metric in ("*", metric) and b.scope in ("*", scope):
                low, high = max(low, b.low), min(high, b.high)
        return low, high


def _partial_pattern(spec: dict) -> re.Pattern[str]:
    # longest first; equal lengths in a fixed order, so every process builds the same source
    months = "(?:" + "|".join(sorted({f for m in calendar().months for f in m.forms},
                                     key=lambda f: (-len(f), f))) + ")"
    counts = "(?:" + "|".join(sorted(calendar().month_counts, key=len, reverse=True)) + ")"
    parts = [re.escape(c) for c in spec["cues"]]
    parts.append(spec["month_range"].format(month=months))
    parts.append(spec["month_count"].format(count=counts))
    return compile_pattern("|".join(parts))


@lru_cache(maxsize=1)
def figure_rules(path: Path = RULES_FILE) -> FigureRules:
    """The rules in `path` (the package's `data/figure_rules.json` by default)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    kinds = tuple(sorted((SourceKind(kind=k["kind"], rank=k["rank"], cues=tuple(k["cues"]),
                                     body=bool(k.get("body", False)))
                          for k in data["authority"]), key=lambda k: -k.rank))
    hedged = data["hedged"]
    plaus = data["plausibility"]
    reprint = data["reprint"]
    return FigureRules(
        qualifier_rank=dict(data["qualifier_rank"]),
        source_kinds=kinds,
        body_kinds=frozenset(k.kind for k in kinds if k.body),
        media_rank=int(data["media_rank"]),
        hedged=SourceKind(kind=hedged["kind"], rank=hedged["rank"], cues=tuple(hedged["cues"])),
        partial_period=_partial_pattern(data["partial_period"]),
        change_before=compile_pattern(data["change"]["before"]),
        change_after=compile_pattern(data["change"]["after"]),
        change_verb=compile_pattern(data["change"]["before_verb"]),
        contrast_not=compile_pattern(data["contrast"]["before_not"]),
        contrast_but=compile_pattern(data["contrast"]["after_but"]),
        contrast_but_not=compile_pattern(data["contrast"]["before_but_not"]),
        mad_k=float(plaus["mad_k"]),
        series_metrics=frozenset(plaus["series_metrics"]),
        min_log10_spread=float(plaus["min_log10_spread"]),
        min_articles=int(plaus["min_articles"]),
        bounds=tuple(Bound(metric=b["metric"], scope=b["scope"], low=float(b["min"]), high=float(b["max"]))
                     for b in plaus["bounds_usd"]),
        shingle_words=int(reprint["shingle_words"]),
        min_shared_shingles=int(reprint["min_shared_shingles"]),
        min_share=float(reprint["min_share"]),
        max_articles_per_shingle=int(reprint["max_articles_per_shingle"]),
        hedge_words=frozenset(reprint["hedge_words"]),
        rounding=float(reprint["rounding"]),
        min_figure_share=float(reprint["min_figure_share"]),
        plan_or_done=frozenset(data.get("plan_or_done", {}).get("metrics", ())),
    )
