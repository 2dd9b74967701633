"""Throughput of the figures stage, side by side with the money stage it follows.

    .venv/bin/python benchmarks/figures.py [--copies 50]

The corpus is the messy trade folder (tests/fixtures/corpora/messy_trade) loaded once, then
every article repeated `--copies` times under new ids, with one sentence of its own: the
hard case for the reprint finder (every story has `copies` near-identical reprints) and for
consolidation (every figure has `copies` times the sources). Times are CPU seconds of this
process; the ratio figures / (amounts + facts) is the number to watch. Measured when
written: 0.7 for the corpus as it is, 1.1 with 20 and with 50 copies (every copy found).
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

import pandas as pd

from analysis import ingest, money
from analysis.figures import build_figures

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpora" / "messy_trade"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=50)
    args = ap.parse_args(argv)
    loaded = ingest.load_corpus(CORPUS)
    articles = [replace(a, article_id=f"{a.article_id}~{k}")
                for k in range(args.copies) for a in loaded.articles]
    money.describe(articles[0])  # warm-up: vocabularies, morphology

    start = time.process_time()
    amounts = money.amounts_frame(articles)
    money_s = time.process_time() - start

    frame = ingest.articles_frame(articles)
    frame["text"] = [f"{t}\nВыпуск {i}: номер копии для проверки." for i, t in enumerate(frame["text"])]
    start = time.process_time()
    built = build_figures(amounts, frame, pd.DataFrame(columns=["file", "reason"]))
    figures_s = time.process_time() - start

    n = len(articles)
    print(f"{n} articles, {len(amounts)} amounts → {len(built.figures)} figures, "
          f"{len(built.duplicates)} copies found")
    print(f"amounts + facts: {n / money_s:8.0f} articles/s ({money_s:.2f} s)")
    print(f"figures:         {n / figures_s:8.0f} articles/s ({figures_s:.2f} s)")
    print(f"figures / (amounts + facts) time: {figures_s / money_s:.2f}")


if __name__ == "__main__":
    main()
