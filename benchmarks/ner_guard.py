"""Identical-output guard for the NER path: dump the entities (NER on) and the register built
from them for every gold set of articles, the seeds and the fixture corpora, and compare.

    PYTHONPATH=OLD_SRC .venv/bin/python benchmarks/ner_guard.py dump BEFORE_DIR
    .venv/bin/python benchmarks/ner_guard.py dump AFTER_DIR [--one-by-one]
    .venv/bin/python benchmarks/ner_guard.py diff BEFORE_DIR AFTER_DIR

The entities are read as `briefing extract` reads them: in chunks of the per-article step
(`find_entities_many`, the NER of a chunk tagged together) when the package has it, else one
article at a time (`--one-by-one` forces that). A change in how the NER is loaded, batched or
scoped must leave every dump byte-identical. `diff` names only the files that differ and how
many rows (held-out sets are never printed row by row).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from register_guard import TODAY, corpora, run_guard, sorted_csv

from analysis import entities
from analysis.ingest import load_corpus
from analysis.projects import build_register

CHUNK = 64  # as the per-article step (`analysis.tables.perarticle.NER_CHUNK`)


def read_entities(articles: list[Any], one_by_one: bool) -> dict[str, list[Any]]:
    """Every article's entities (NER on), by article id."""
    many = getattr(entities, "find_entities_many", None)
    if many is None or one_by_one:
        return {a.article_id: entities.find_entities(a) for a in articles}
    found: dict[str, list[Any]] = {}
    for k in range(0, len(articles), CHUNK):
        chunk = articles[k:k + CHUNK]
        found.update(zip((a.article_id for a in chunk), many(chunk), strict=True))
    return found


def dump(out_dir: Path, one_by_one: bool = False) -> None:
    """Write `<name>.entities.csv` and `<name>.register.csv` for each corpus into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in corpora(Path(tmp)).items():
            articles = load_corpus(folder, today=TODAY).articles
            found = read_entities(articles, one_by_one)
            table = entities.entities_frame(articles, found=found)
            register = build_register(articles, entities=found)
            (out_dir / f"{name}.entities.csv").write_text(sorted_csv(table), encoding="utf-8")
            (out_dir / f"{name}.register.csv").write_text(sorted_csv(register), encoding="utf-8")
            print(f"{name}: {len(articles)} articles, {len(table)} entities, "
                  f"{len(register)} projects")


if __name__ == "__main__":
    run_guard(__doc__, lambda out, flag: dump(out, one_by_one=flag), "entity and register table",
              "--one-by-one", "one article at a time")
