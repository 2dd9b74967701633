"""The reprint pairs of the last run, kept in the per-article cache folder, so that a run that
adds a few articles counts only the word runs those share with the others
(`figures.duplicates`).

Two articles are a reprint pair by their own word runs and figures and by how many articles
hold each run they share (a run held by more than `max_articles_per_shingle` counts only
between its first holder and each other one). A new article leaves every pair of the others
as it was unless it makes a run wide that was not (its holders pass the bound) or comes
before a wide run's first holder: then, or on any failed precondition (no file, a damaged
or foreign one, another context, an article of the last run changed or removed, more than
`MAX_NEW` new articles), every pair is counted again. Otherwise the pairs found last time
are kept and the new articles' pairs counted from the holders of their own runs.

The state is each article's (id, result key) in the run's order and the pairs that passed
the reprint rule, by id, with their similarity. A cache: written to a temporary file and
renamed, not synced; its digest is checked before it is read.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations
from pathlib import Path

import numpy as np

from analysis.figures.reprint_words import figures_agree
from analysis.figures.rules import FigureRules

__all__ = ["MAX_NEW", "REPRINT_FILE", "ReprintPairs", "new_pairs"]

REPRINT_FILE = "reprint-pairs.pickle"
_FORMAT = 1
# more new articles than this: every pair counted again (their holders' loop is Python)
MAX_NEW = 64

Pair = tuple[int, int, float]  # (earlier position, later position, similarity)


class ReprintPairs:
    """The kept reprint pairs of the cache folder `folder`, for a run of `context` whose
    articles have the result keys `keys` (by article id)."""

    def __init__(self, folder: Path, context: str, keys: Mapping[str, str]) -> None:
        self.path = folder / REPRINT_FILE
        self.context = context
        self.keys = keys

    def _context(self, rules: FigureRules) -> str:
        return (f"{self.context}|{rules.shingle_words}|{rules.min_shared_shingles}|"
                f"{rules.min_share}|{rules.max_articles_per_shingle}|{rules.rounding}|{rules.min_figure_share}")

    def resume(self, ids: Sequence[str], rules: FigureRules) -> tuple[list[int], list[Pair]] | None:
        """(the positions of the articles new since the kept run, the kept pairs by position)
        when the kept run's articles are this run's others, unchanged and in the same order;
        else None (every pair is counted)."""
        try:
            fmt, context, entries, digest, data = pickle.loads(self.path.read_bytes())
            if fmt != _FORMAT or context != self._context(rules) \
                    or hashlib.sha256(data).digest() != digest:
                return None
            kept = dict(entries)
            new = [i for i, a in enumerate(ids) if a not in kept]
            if len(new) > MAX_NEW or len(kept) != len(entries) \
                    or [(a, self.keys[a]) for a in ids if a in kept] != entries:
                return None
            place = {a: i for i, a in enumerate(ids)}
            pairs = [(place[a], place[b], similarity) for a, b, similarity in pickle.loads(data)]
        except Exception:  # missing, damaged, another layout, an article without a key: none
            return None
        return new, pairs

    def keep(self, ids: Sequence[str], pairs: Sequence[Pair], rules: FigureRules) -> None:
        """Keep this run's reprint pairs (by position in `ids`) for the next run; on an
        OSError, or an article without a key, nothing is kept."""
        try:
            entries = [(a, self.keys[a]) for a in ids]
            data = pickle.dumps([(ids[i], ids[j], similarity) for i, j, similarity in pairs],
                                protocol=5)
            temp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
            temp.write_bytes(pickle.dumps((_FORMAT, self._context(rules), entries,
                                           hashlib.sha256(data).digest(), data), protocol=5))
            os.replace(temp, self.path)
        except (OSError, KeyError):
            pass


def new_pairs(runs: Sequence[np.ndarray], figures: Sequence[tuple[float, ...]], new: list[int],
              rules: FigureRules) -> list[Pair] | None:
    """The reprint pairs (`figures.duplicates`' rule) that hold an article at a position of
    `new`, from the holders of those articles' runs; None when a new article makes a run wide
    that was not, or comes before a wide run's first holder (the others' pairs change)."""
    if not new:
        return []
    limit = rules.max_articles_per_shingle
    fresh = np.zeros(len(runs), dtype=bool)
    fresh[new] = True
    wanted = np.unique(np.concatenate([runs[i] for i in new]))
    sizes = [len(r) for r in runs]
    hashes = np.concatenate(runs)
    holder = np.repeat(np.arange(len(runs)), sizes)
    if not len(wanted) or not len(hashes):
        return []
    found = np.minimum(np.searchsorted(wanted, hashes), len(wanted) - 1)
    hit = wanted[found] == hashes
    hashes, holder = hashes[hit], holder[hit]
    order = np.argsort(hashes, kind="stable")  # each run's holders stay in corpus order
    hashes, holder = hashes[order], holder[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]]).tolist()
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for start, end in zip(starts, [*starts[1:], len(hashes)], strict=True):
        group = holder[start:end].tolist()
        if len(group) > limit:
            old = [g for g in group if not fresh[g]]
            if len(old) <= limit or old[0] != group[0]:
                return None
            for other in group[1:]:
                if fresh[other]:
                    counts[group[0], other] += 1
        else:
            for a, b in combinations(group, 2):
                if fresh[a] or fresh[b]:
                    counts[a, b] += 1
    out = []
    for (a, b), shared in counts.items():
        share = shared / min(sizes[a], sizes[b])
        if (shared >= rules.min_shared_shingles and share >= rules.min_share
                and figures_agree(figures[a], figures[b], rules)):
            out.append((a, b, round(share, 3)))
    return out
