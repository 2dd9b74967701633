"""The learned check on the rules' metric (issue 10, `money.metric_model`).

The runtime scorer (plain Python over a weights file) must give what scikit-learn's model
gives; the training script must write the same bytes from the same rows; an override must
show in the fact (`metric_source`). The model is off on main (no weights file is shipped:
the leave-one-round-out experiment did not pass its bar, docs/quality.md), so the rules'
metric stands. Texts and feature rows written for this test.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from conftest import load_gold_style

from analysis.money import describe
from analysis.money.metric_model import (
    MetricModel,
    fact_features,
    headline_cues,
    load_model,
    model_from_json,
    overridden,
)

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Минский завод нарастил поставки\n"
        "Экспорт продукции завода в Россию за девять месяцев составил 120 млн долларов. "
        "Кроме того, предприятие получило кредит на 15 млн долларов на обновление линии.\n")


def _trainer():
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location(
        "bench_train_metric_model", ROOT / "benchmarks" / "train_metric_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def _rows(trainer):
    """Feature rows in the shape `fact_features` makes, a few of each kind."""
    Row = trainer.Row
    rows = []
    for i in range(6):
        rows += [
            Row(("rules:export", "src:own", "L:экспорт", f"L:w{i % 3}"), "export", "export"),
            Row(("rules:other", "src:own", "L:выручка", "T:export"), "other",
                "export" if i % 2 else "other"),
            Row(("rules:credit", "src:own", "L:кредит", "cueL:credit"), "credit", "credit"),
            Row(("rules:investment", "src:inherited", "L:вложить", f"R:w{i % 2}"), "investment",
                "investment" if i % 3 else "financing"),
        ]
    return rows


def test_runtime_scorer_gives_what_scikit_learn_gives() -> None:
    trainer = _trainer()
    rows = _rows(trainer)
    fitted = trainer.Model(rows)
    runtime = model_from_json(fitted.to_json(threshold=0.6, enabled=True))
    for row, (metric, prob) in zip(rows, fitted.predict(rows), strict=True):
        got_metric, got_prob = runtime.predict([*list(row.features), "never:seen"])
        assert got_metric == metric
        assert got_prob == pytest.approx(prob, abs=2e-3)  # weights kept to 4 decimals


def test_training_writes_the_same_bytes_twice() -> None:
    trainer = _trainer()
    first = json.dumps(trainer.Model(_rows(trainer)).to_json(0.7, False), sort_keys=True)
    second = json.dumps(trainer.Model(_rows(trainer)).to_json(0.7, False), sort_keys=True)
    assert first == second


def _forcing(metric: str, threshold: float) -> MetricModel:
    """A model that says `metric` for every fact the rules call `export`."""
    classes = ("credit", "export", "investment")
    row = tuple(8.0 if c == metric else 0.0 for c in classes)
    return MetricModel(classes=classes, intercept=(0.0, 0.0, 0.0),
                       weights={"rules:export": row}, threshold=threshold)


def test_an_override_shows_in_the_fact(tmp_path: Path) -> None:
    article = load_gold_style(tmp_path, TEXT, published="2023-10-20")
    facts = describe(article)
    assert [f.metric for f in facts] == ["export", "credit"]
    changed = overridden(facts, article.text, _forcing("investment", threshold=0.9))
    assert [(f.metric, f.metric_source) for f in changed] == [
        ("investment", "model"), ("credit", "rules")]
    # below its threshold the model leaves the rules' metric alone
    kept = overridden(facts, article.text, _forcing("investment", threshold=1.01))
    assert [(f.metric, f.metric_source) for f in kept] == [("export", "rules"), ("credit", "rules")]


def test_features_name_the_rules_answer_and_the_words_around(tmp_path: Path) -> None:
    article = load_gold_style(tmp_path, TEXT, published="2023-10-20")
    export, credit = describe(article)
    feats = fact_features(export, article.text, headline_cues(article.text))
    assert {"rules:export", "src:own", "L:составить", "cueL:export", "cueLw:экспорт",
            "cur:USD", "period"} <= set(feats)
    feats = fact_features(credit, article.text, headline_cues(article.text))
    assert {"rules:credit", "L:кредит", "L1:на", "R:обновление", "cueL:credit"} <= set(feats)


def test_the_model_is_off_on_main(tmp_path: Path) -> None:
    model = load_model()
    assert model is None or not model.enabled
    article = load_gold_style(tmp_path, TEXT, published="2023-10-20")
    assert {f.metric_source for f in describe(article)} == {"rules"}


def test_trade_off_never_changes_the_rules_at_the_never_threshold(
        capsys: pytest.CaptureFixture[str]) -> None:
    trainer = _trainer()
    rows = _rows(trainer)
    by_set = {"a": rows[:8], "b": rows[8:16], "c": rows[16:]}
    trainer.trade_off(by_set)
    out = capsys.readouterr().out
    base = sum(r.rules == r.gold for r in rows)
    assert f"rules alone {base} of {len(rows)}" in out
    assert "threshold 1.01: +0/-0" in out  # 1.01: no probability reaches it
    assert len([line for line in out.splitlines() if line.startswith("threshold")]) == len(
        trainer.THRESHOLDS)


def test_training_reads_every_dev_part_and_no_held_third() -> None:
    sets = _trainer().DEV_SETS
    assert {"money_in_articles", "money_in_articles_round9", "money_in_articles_round41"} <= set(sets)
    assert not any(name.endswith("_heldout") for name in sets)
