"""Train the learned check on the rules' metric (issue 10) and measure it leave-one-round-out.

    python benchmarks/train_metric_model.py [--out src/analysis/data/metric_model.json]
                                            [--no-loro | --trade-off] [--enabled]

Training rows: every gold amount of the dev sets (never a `*_heldout` file) that the rules'
pipeline finds (matched as `analysis.quality.money.score_money` does), with the features of
`analysis.money.metric_model.fact_features` and the gold metric as label.

Leave-one-round-out: for each dev set, a model trained on the others predicts it — a genre
never seen. The override threshold is chosen inside the training folds (an inner
leave-one-round-out over the training sets), never on the set left out. Printed per set and
pooled: metric right with the rules alone, with rules + model.

The weights file is a deterministic function of the gold files and the rules: a run on the
same code writes the same bytes. Needs scikit-learn (the `dev` extra); the package reads
the file with plain Python (`money.metric_model`).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from analysis import ingest
from analysis.money import Rates, amount_rows, describe
from analysis.money.metric_model import fact_features, headline_cues
from analysis.quality.gold import case_file, read_cases, span_of, write_corpus
from analysis.quality.money import matching_row
from analysis.vocab import METRICS

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
OUT = ROOT / "src" / "analysis" / "data" / "metric_model.json"
# every dev part of the blind rounds (session 15 had rounds 9-17; session 28, 38 sets)
DEV_SETS = tuple(sorted((p.stem for p in GOLD.glob("money_in_articles*.jsonl")
                         if not p.stem.endswith("_heldout")),
                        key=lambda s: (len(s), s)))
CLASSES = tuple(sorted(METRICS))
MIN_COUNT = 2  # a feature seen fewer times in the training rows is left out
C = 0.5  # inverse regularisation strength
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)  # 1.01: never
DECIMALS = 4


@dataclass(frozen=True)
class Row:
    features: tuple[str, ...]
    rules: str  # the rules' metric
    gold: str


def set_rows(name: str) -> list[Row]:
    """The training rows of one gold set: its found amounts."""
    assert not name.endswith("_heldout"), "held-aside sets are never trained on"
    cases = {case_file(c): c for c in read_cases(GOLD / f"{name}.jsonl")}
    rates = Rates.load()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = ingest.load_corpus(write_corpus(list(cases.values()), tmp))
    for article in sorted(corpus.articles, key=lambda a: a.file):
        case = cases[article.file]
        facts = describe(article)
        table = amount_rows(article, facts, "USD", rates)
        headline = headline_cues(article.text)
        free = set(range(len(table)))
        for g in case["amounts"]:
            span = span_of(case["text"], g["surface"], g.get("occurrence", 1))
            i = matching_row(g, span, table, free)
            if i is None:
                continue
            free.discard(i)
            rows.append(Row(tuple(fact_features(facts[i], article.text, headline)),
                            facts[i].metric, g["metric"]))
    return rows


class Model:
    """A logistic regression over the features seen at least `MIN_COUNT` times."""

    def __init__(self, rows: list[Row]) -> None:
        counts = Counter(f for r in rows for f in set(r.features))
        self.vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items()
                                                        if n >= MIN_COUNT))}
        y = np.array([CLASSES.index(r.gold) for r in rows])
        self.lr = LogisticRegression(C=C, max_iter=1000)
        self.lr.fit(self.matrix(rows), y)

    def matrix(self, rows: list[Row]) -> csr_matrix:
        data, cols, ptr = [], [], [0]
        for r in rows:
            idx = sorted({self.vocab[f] for f in r.features if f in self.vocab})
            cols += idx
            data += [1.0] * len(idx)
            ptr.append(len(cols))
        return csr_matrix((data, cols, ptr), shape=(len(rows), len(self.vocab)))

    def predict(self, rows: list[Row]) -> list[tuple[str, float]]:
        probs = np.zeros((len(rows), len(CLASSES)))
        probs[:, self.lr.classes_] = self.lr.predict_proba(self.matrix(rows))
        return [(CLASSES[int(k)], float(p[k])) for p in probs for k in [int(np.argmax(p))]]

    def to_json(self, threshold: float, enabled: bool) -> dict:
        coef = np.zeros((len(CLASSES), len(self.vocab)))
        coef[self.lr.classes_] = self.lr.coef_
        icpt = np.full(len(CLASSES), -30.0)  # a class never seen in training is never chosen
        icpt[self.lr.classes_] = self.lr.intercept_
        weights = {f: [round(float(w), DECIMALS) for w in coef[:, i]]
                   for f, i in self.vocab.items()}
        return {"about": "money.metric_model: written by benchmarks/train_metric_model.py",
                "enabled": enabled, "threshold": threshold, "classes": list(CLASSES),
                "intercept": [round(float(b), DECIMALS) for b in icpt],
                "weights": {f: w for f, w in weights.items() if any(w)}}


def final_metric(row: Row, pred: tuple[str, float], threshold: float) -> str:
    metric, prob = pred
    return metric if metric != row.rules and prob >= threshold else row.rules


def right(rows: list[Row], preds: list[tuple[str, float]], threshold: float) -> int:
    return sum(final_metric(r, p, threshold) == r.gold for r, p in zip(rows, preds, strict=True))


def out_of_fold(by_set: dict[str, list[Row]]) -> tuple[list[Row], list[tuple[str, float]]]:
    """Each set's rows predicted by a model trained on the other sets."""
    rows, preds = [], []
    for name in by_set:
        train = [r for other, rs in by_set.items() if other != name for r in rs]
        rows += by_set[name]
        preds += Model(train).predict(by_set[name])
    return rows, preds


def choose_threshold(by_set: dict[str, list[Row]]) -> float:
    """The threshold with the most metrics right out of fold (the highest, on a tie)."""
    rows, preds = out_of_fold(by_set)
    return max(THRESHOLDS, key=lambda t: (right(rows, preds, t), t))


def loro(by_set: dict[str, list[Row]]) -> None:
    total = Counter()
    print(f"{'set':38} {'n':>4} {'rules':>6} {'+model':>7}  threshold  changed (won/lost)")
    for name, rows in by_set.items():
        train = {other: rs for other, rs in by_set.items() if other != name}
        threshold = choose_threshold(train)
        preds = Model([r for rs in train.values() for r in rs]).predict(rows)
        finals = [final_metric(r, p, threshold) for r, p in zip(rows, preds, strict=True)]
        won = sum(f == r.gold != r.rules for r, f in zip(rows, finals, strict=True))
        lost = sum(r.rules == r.gold != f for r, f in zip(rows, finals, strict=True))
        base = sum(r.rules == r.gold for r in rows)
        total.update(n=len(rows), base=base, won=won, lost=lost)
        print(f"{name:38} {len(rows):4} {base / len(rows):6.3f} {(base + won - lost) / len(rows):7.3f}"
              f"  {threshold:9.2f}  +{won}/-{lost}")
    n = total["n"]
    print(f"{'pooled':38} {n:4} {total['base'] / n:6.3f} "
          f"{(total['base'] + total['won'] - total['lost']) / n:7.3f}"
          f"             +{total['won']}/-{total['lost']}")


def trade_off(by_set: dict[str, list[Row]]) -> None:
    """Out of fold, every threshold: what overrides would win and lose. An upper bound (a
    threshold picked here is picked on the answers), for when the nested leave-one-round-out
    (sets × sets fits) takes too long."""
    rows, preds = out_of_fold(by_set)
    base = sum(r.rules == r.gold for r in rows)
    alone = sum(p[0] == r.gold for r, p in zip(rows, preds, strict=True))
    print(f"rules alone {base} of {len(rows)}; model alone {alone}")
    for t in THRESHOLDS:
        finals = [final_metric(r, p, t) for r, p in zip(rows, preds, strict=True)]
        won = sum(f == r.gold != r.rules for r, f in zip(rows, finals, strict=True))
        lost = sum(r.rules == r.gold != f for r, f in zip(rows, finals, strict=True))
        print(f"threshold {t:4.2f}: +{won}/-{lost}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-loro", action="store_true", help="only write the weights file")
    ap.add_argument("--trade-off", action="store_true",
                    help="instead of the nested leave-one-round-out: out-of-fold wins and losses "
                         "at every threshold (an upper bound; one fit per set)")
    ap.add_argument("--rows", type=Path,
                    help="keep the training rows here (read back when present: for trying models)")
    ap.add_argument("--enabled", action="store_true",
                    help="mark the model on in its file (for `overridden`; the pipeline does not call it)")
    args = ap.parse_args(argv)
    if args.rows is not None and args.rows.is_file():
        by_set = {name: [Row(tuple(r[0]), r[1], r[2]) for r in rows]
                  for name, rows in json.loads(args.rows.read_text(encoding="utf-8")).items()}
    else:
        by_set = {}
        for name in DEV_SETS:
            by_set[name] = set_rows(name)
            print(f"{name}: {len(by_set[name])} rows", file=sys.stderr, flush=True)
        if args.rows is not None:
            args.rows.write_text(json.dumps({n: [[list(r.features), r.rules, r.gold] for r in rs]
                                             for n, rs in by_set.items()}, ensure_ascii=False),
                                 encoding="utf-8")
    if args.trade_off:
        trade_off(by_set)
    elif not args.no_loro:
        loro(by_set)
    threshold = choose_threshold(by_set)
    model = Model([r for rs in by_set.values() for r in rs])
    data = model.to_json(threshold, args.enabled)
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({len(data['weights'])} features, threshold {threshold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
