"""A small learned check on the rules' metric (issue 10): features of a fact, and a linear
model over them that may override the rules' metric when it is confident.

The model is a multinomial logistic regression trained offline on the dev gold sets
(`benchmarks/train_metric_model.py`); its weights are a data file
(`data/metric_model.json`: one weight per class for each feature, an intercept per class,
the override threshold). At run time a fact's score for each class is the sum of the
weights of its active features — plain Python, no learning library.

Features (binary, named): the rules' metric and how it was reached (own cue or inherited),
the lemmas in a window around the amount in its sentence, the nearest cue words on each side
and the cues of the sentence and the headline, the currency and qualifier, whether a year,
period and forecast were found.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.cuewords import cue_of

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["MetricModel", "fact_features", "headline_cues", "load_model", "overridden"]

_WORD = lazy_compile(r"[А-Яа-яЁёA-Za-z][А-Яа-яЁёA-Za-z]*(?:-[А-Яа-яЁё]+)*")
_LEFT, _RIGHT = 6, 4  # words of the window on each side of the amount
_HEADLINE_CHARS = 300  # the headline and the start of the lead


@dataclass(frozen=True)
class MetricModel:
    """Weights of a linear model: `weights[feature][k]` for class `classes[k]`."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float  # the least probability at which the model overrides the rules
    enabled: bool = True

    def probabilities(self, features: list[str]) -> list[float]:
        """Softmax over the classes of the summed weights of the active features."""
        scores = list(self.intercept)
        for name in features:
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def predict(self, features: list[str]) -> tuple[str, float]:
        """The most likely class and its probability."""
        probs = self.probabilities(features)
        k = max(range(len(probs)), key=probs.__getitem__)
        return self.classes[k], probs[k]


def model_from_json(data: dict) -> MetricModel:
    return MetricModel(classes=tuple(data["classes"]), intercept=tuple(data["intercept"]),
                       weights={f: tuple(w) for f, w in data["weights"].items()},
                       threshold=float(data["threshold"]), enabled=bool(data.get("enabled", True)))


@cache
def load_model() -> MetricModel | None:
    """The shipped model (`data/metric_model.json`), or None when there is none."""
    path = resources.files("analysis") / "data" / "metric_model.json"
    if not path.is_file():
        return None
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))


def _cue_metric(word: str) -> str | None:
    cue = cue_of(word)
    return cue.metric if cue is not None else None


def headline_cues(text: str) -> list[str]:
    """Features of the headline and lead: the metrics of their cue words, once each."""
    head = text[:_HEADLINE_CHARS]
    found = {m for w in _WORD.findall(head) if (m := _cue_metric(w.lower())) is not None}
    return sorted(f"T:{m}" for m in found)


def fact_features(fact: Fact, text: str, headline: list[str]) -> list[str]:
    """The named binary features of a fact read in its article's `text`."""
    a, s = fact.amount, fact.sentence
    left = [w.lower() for w in _WORD.findall(text, s.start, a.start)]
    right = [w.lower() for w in _WORD.findall(text, a.end, s.end)]
    rules = fact.metric
    own = "inherited" if fact.context is not None else "own"
    feats = [f"rules:{rules}", f"src:{own}", f"rules:{rules}|{own}", f"cur:{a.currency}",
             f"q:{a.qualifier}"]
    if a.implied_currency:
        feats.append("implied")
    feats.append("year" if fact.year is not None else "noyear")
    if fact.period is not None:
        feats.append("period")
    if fact.forecast:
        feats.append("forecast")
    feats += [f"L:{lemma(w)}" for w in left[-_LEFT:]]
    feats += [f"R:{lemma(w)}" for w in right[:_RIGHT]]
    if left:
        feats.append(f"L1:{lemma(left[-1])}")
    if right:
        feats.append(f"R1:{lemma(right[0])}")
    # the nearest cue word on each side, and every cue metric of the sentence
    for side, words in (("cueL", left[::-1]), ("cueR", right)):
        for w in words:
            if (m := _cue_metric(w)) is not None:
                feats += [f"{side}:{m}", f"{side}w:{lemma(w)}", f"{side}:{m}|rules:{rules}"]
                break
    sentence = {m for w in left + right if (m := _cue_metric(w)) is not None}
    feats += [f"S:{m}" for m in sorted(sentence)]
    if not sentence:
        feats.append("S:none")
    feats += headline
    return feats


def overridden(facts: list[Fact], text: str, model: MetricModel | None = None) -> list[Fact]:
    """The facts with the model's metric where it disagrees with the rules with at least
    the model's threshold of confidence (the rules' reading otherwise)."""
    model = model or load_model()
    if model is None or not model.enabled or not facts:
        return facts
    from dataclasses import replace

    headline = headline_cues(text)
    out = []
    for fact in facts:
        metric, prob = model.predict(fact_features(fact, text, headline))
        if metric != fact.metric and prob >= model.threshold:
            fact = replace(fact, metric=metric, metric_source="model")
        out.append(fact)
    return out
