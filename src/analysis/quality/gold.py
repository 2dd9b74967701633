"""Gold sets: JSON-lines files of annotated articles, and how to turn them into a corpus.

A case is one article: ``{"id", "text", "published"?, "url"?, "source"?, ...}`` plus its
annotations (``amounts`` or ``projects``). `write_corpus` writes the cases as ``<id>.txt``
files with a ``metadata.csv``, so that they are read exactly as an analyst's folder is: the
loader, its date inference and its chrome rules all take part in the score.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

METADATA_FIELDS = ("file", "title", "source", "url", "published")


def read_cases(path: str | Path) -> list[dict[str, Any]]:
    """The cases of a gold file, in file order."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def case_file(case: dict[str, Any]) -> str:
    return f"{case['id']}.txt"


def write_corpus(cases: list[dict[str, Any]], folder: str | Path) -> Path:
    """Write the cases as a corpus folder (one UTF-8 .txt per case, plus metadata.csv)."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    with (root / "metadata.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=METADATA_FIELDS)
        writer.writeheader()
        for case in cases:
            (root / case_file(case)).write_text(case["text"], encoding="utf-8")
            writer.writerow({"file": case_file(case), "title": "",
                             "source": case.get("source") or "", "url": case.get("url") or "",
                             "published": case.get("published") or ""})
    return root


def span_of(text: str, surface: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the `occurrence`-th (1-based) `surface` in `text`."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(surface, pos + 1)
        if pos < 0:
            raise ValueError(f"{surface!r} occurs fewer than {occurrence} time(s)")
    return pos, pos + len(surface)


@dataclass
class Counts:
    """Gold items, predicted items, and predictions that match a gold item."""

    gold: int = 0
    predicted: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.found / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Counts) -> Counts:
        """Pool another slice's counts into this one (counts add; per-aspect dicts add by key)."""
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, dict):
                for key, n in theirs.items():
                    mine[key] = mine.get(key, 0) + n
            else:
                setattr(self, f.name, mine + theirs)
        return self
