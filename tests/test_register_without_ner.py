"""The register reads the same entities with NER on or off (session 19).

Measured on every gold round: organisations that only natasha's tagger found added no project
the gazetteer and the partner rules miss, and cost precision in five rounds' dev parts and two
held-aside thirds (docs/quality.md, «Session 19 reg23» and the session overview). So the
register leaves them out; the entities table keeps them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.quality.gold import read_cases, write_corpus
from analysis.tables.dataset import extract

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("folder", ["seeds", "tests/gold/projects_in_articles_round23.jsonl"])
def test_the_register_is_the_same_with_ner_on_and_off(tmp_path: Path, folder: str) -> None:
    source = ROOT / folder
    corpus = source if source.is_dir() else write_corpus(read_cases(source), tmp_path / "c")
    with_ner, without = extract(corpus, ner=True), extract(corpus, ner=False)
    assert (with_ner.entities["type"] == "organization").sum() > (
        without.entities["type"] == "organization").sum()  # the tagger did find more
    columns = ["region", "enterprises", "product", "kind", "status", "evidence"]
    assert with_ner.projects[columns].equals(without.projects[columns])
