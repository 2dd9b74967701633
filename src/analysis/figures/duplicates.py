"""Articles that are one story: identical files, identical texts, reprints.

A figure's `n_sources` counts independent articles, so every copy of a story counts once:

- **identical file** — the loader reads byte-identical files once and lists the copies as
  problems («identical to X: counted once»); they are listed here too;
- **identical text** — two articles whose texts are the same once case, punctuation and
  spacing are set aside (one story saved as HTML and as text, or in two encodings);
- **reprint** — two articles that share most of their wording: at least
  `min_share` of the shorter article's runs of `shingle_words` consecutive words (numbers
  but years read as one mark and hedges left out, `compared_words`: a reprint that rounds
  the wire's figures is still a reprint, when its figures agree with the story's as rounding
  allows, `figures_agree`) (and at
  least `min_shared_shingles` of them) are found in the other — a syndicated story with
  its own headline, a dateline and a few words changed, or a regional reprint that rewrote
  the lead (37 %, new user 40). A run of words found in more than
  `max_articles_per_shingle` articles (a stock phrase, or a story reprinted very widely) is
  counted only between its first holder and each other one, which keeps the pair count
  linear and still joins every wide reprint to its original. On the studied messy corpus,
  reprint pairs share 57–92 % of their 5-word runs and other pairs at most 20 % (hence
  `min_share` 0.35); whole
  sentences (the first rule tried) gave 57 % for a reprint with two reworded sentences,
  too close to unrelated stories.

The runs are kept as hashes (Python's hash of the word tuple, as before): each article's as
a sorted int64 array, all of them as one array sorted by hash with its holders, and the
pair counts folded in batches, so memory grows by 8–24 bytes a run, not by sets and a dict
of lists. Identical texts are keyed by a 16-byte digest and confirmed on the texts.

In each group the original is the earliest published article (undated ones last, then file
order); the others are listed with the original they repeat and their similarity (the
share of the shorter article's word runs found in the other; 1.0 for identical texts).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Any

import numpy as np

from analysis.figures.reprint_resume import ReprintPairs, new_pairs
from analysis.figures.reprint_words import NUMBER_MARK, compared_words, figures_agree, stated_figures
from analysis.figures.rules import FigureRules, figure_rules
from analysis.figures.signature import TextSignature, normal_text, text_key, text_signature, word_runs
from analysis.lazypattern import lazy_compile
from analysis.plaintable import PlainTable, is_missing

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DUPLICATE_COLUMNS",
    "NUMBER_MARK",
    "Duplicates",
    "TextSignature",
    "compared_words",
    "duplicate_rows",
    "find_duplicates",
    "latest_possible_dates",
    "text_signature",
]

DUPLICATE_COLUMNS = ["article_id", "file", "duplicate_of", "duplicate_of_file", "kind", "similarity"]
# The loader's problem for a byte-identical copy (analysis.ingest.duplicates).
_IDENTICAL_FILE = lazy_compile(r"^identical to (?P<kept>.+?): counted once")
_WORD = lazy_compile(r"\w+")


@dataclass
class Duplicates:
    """The `duplicates` table and, for every article, the original it counts as."""

    table: pd.DataFrame | PlainTable
    original: dict[str, str]  # article id → its group's original (itself when unique)

    def independent(self, article_ids: list[str]) -> int:
        """How many independent stories a list of articles holds."""
        return len({self.original.get(a, a) for a in article_ids})


def latest_possible_dates(articles: pd.DataFrame) -> list[pd.Timestamp]:
    """Each article's publication date, at the end of its precision («2023», year precision,
    counts as 31 December 2023): a vague date never wins «earliest» or «latest» by vagueness."""
    import pandas as pd

    if "published" not in articles:
        return [pd.NaT] * len(articles)
    dates = pd.to_datetime(articles["published"], errors="coerce")
    precision = (articles["published_precision"].tolist() if "published_precision" in articles
                 else ["day"] * len(articles))  # a list: `.iloc` a row cost more than the rest
    out = []
    for d, p in zip(dates.tolist(), precision, strict=True):
        if not pd.isna(d) and p == "year":
            d = d + pd.offsets.YearEnd(0)
        elif not pd.isna(d) and p == "month":
            d = d + pd.offsets.MonthEnd(0)
        out.append(d)
    return out


@dataclass(frozen=True)
class _SharedRuns:
    """How many word runs each pair of articles shares (pairs by position, earlier first)."""

    first: np.ndarray  # int64 positions
    second: np.ndarray
    shared: np.ndarray  # int64 counts


# Run hashes sorted at once (32 MB; the sort's order and holders as much again): a larger
# corpus is counted in parts of the hash space, each run in one part (`_shared_runs`).
PART_RUNS = 4_000_000


def _shared_runs(runs: list[np.ndarray], max_holders: int, part_runs: int | None = None) -> _SharedRuns:
    """Count the runs each pair of articles shares, the way the module docstring says: a run
    held by more than `max_holders` articles counts only between its first holder and each
    other one. All runs sit in one sorted array (with their article) rather than a dict of
    lists, so a corpus of 100,000 articles costs a few hundred megabytes, not gigabytes.
    Past `part_runs` runs (default `PART_RUNS`) the hashes are taken a part of the hash
    space at a time (hash modulo the parts): a run's holders all fall in its part, so each
    part adds its own pairs, and the counts, summed, are the same."""
    total = sum(len(r) for r in runs)
    parts = max(1, -(-total // (part_runs or PART_RUNS)))
    counter = _PairCounter(len(runs))
    for part in range(parts):
        chosen = runs if parts == 1 else [r[r.view(np.uint64) % np.uint64(parts) == part] for r in runs]
        _count_shared(chosen, max_holders, counter)
        del chosen
    return counter.result()


def _count_shared(runs: list[np.ndarray], max_holders: int, counter: _PairCounter) -> None:
    """Tell `counter` the pairs of articles (by position) that share each of `runs`' hashes."""
    n = len(runs)
    lengths = np.fromiter((len(r) for r in runs), dtype=np.int64, count=n)
    hashes = np.concatenate(runs) if n else np.empty(0, dtype=np.int64)
    order = np.argsort(hashes, kind="stable")  # stable: each run's holders stay in corpus order
    hashes = hashes[order]
    # each sorted run's article, from its place in the concatenation: one array at a time,
    # never the unsorted holders beside the sorted ones (at 100,000 articles each is ~100 MB)
    holder = np.searchsorted(np.cumsum(lengths), order, side="right")
    del order
    repeat = hashes[1:] == hashes[:-1]
    kept = np.zeros(len(hashes), dtype=bool)
    kept[1:] |= repeat
    kept[:-1] |= repeat
    del repeat
    hashes = hashes[kept]  # only runs held by two articles or more
    holder = holder[kept]
    del kept
    if not len(hashes):
        return
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    sizes = np.diff(np.r_[starts, len(hashes)])
    del hashes
    wide = sizes > max_holders
    if wide.any():  # common wording: the first holder against each other one
        _first_against_others(counter, holder, starts[wide], sizes[wide])
    for size in np.unique(sizes[~wide]).tolist():  # every pair within a narrow group
        group = holder[starts[sizes == size][:, None] + np.arange(size)]
        for p, q in combinations(range(size), 2):
            counter.add(group[:, p], group[:, q])


def _first_against_others(counter: _PairCounter, holder: np.ndarray, starts: np.ndarray,
                          sizes: np.ndarray) -> None:
    """The pairs (first holder, each other holder) of every group ``holder[start:start +
    size]``, told to `counter` a slice of groups at a time (about `_PairCounter.BATCH`
    members): the index arrays stay a few megabytes, not several times the corpus's runs."""
    ends = np.cumsum(sizes)
    begin = 0
    while begin < len(starts):
        before = ends[begin] - sizes[begin]  # members of the groups already told
        stop = max(begin + 1, int(np.searchsorted(ends, before + _PairCounter.BATCH, side="right")))
        first, size = starts[begin:stop], sizes[begin:stop] - 1  # the others of each group
        offset = np.arange(int(size.sum())) - np.repeat(np.cumsum(size) - size, size)
        counter.add(np.repeat(holder[first], size), holder[np.repeat(first + 1, size) + offset])
        begin = stop


class _PairCounter:
    """Counts of pairs of positions, kept as sorted (code, count) arrays and folded in
    batches: a run shared by k articles adds k(k-1)/2 pairs, far more than there are
    distinct pairs, so the pairs are never all held at once."""

    BATCH = 500_000  # pair codes waiting to be folded in (4 MB)

    def __init__(self, n: int) -> None:
        self.n = n
        self.codes = np.empty(0, dtype=np.int64)
        self.counts = np.empty(0, dtype=np.int64)
        self.pending: list[np.ndarray] = []
        self.waiting = 0

    def add(self, first: np.ndarray, second: np.ndarray) -> None:
        self.pending.append(first * self.n + second)
        self.waiting += len(first)
        if self.waiting >= self.BATCH:
            self._fold()

    def _fold(self) -> None:
        new, new_counts = np.unique(np.concatenate(self.pending), return_counts=True)
        self.pending, self.waiting = [], 0
        codes = np.concatenate([self.codes, new])
        counts = np.concatenate([self.counts, new_counts])
        self.codes, where = np.unique(codes, return_inverse=True)
        self.counts = np.bincount(where, weights=counts, minlength=len(self.codes)).astype(np.int64)

    def result(self) -> _SharedRuns:
        if self.pending:
            self._fold()
        return _SharedRuns(first=self.codes // self.n, second=self.codes % self.n, shared=self.counts)


class _Groups:
    """Union–find over article ids (groups of copies of one story)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, a: str) -> str:
        self.parent.setdefault(a, a)
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def find_duplicates(articles: pd.DataFrame, problems: pd.DataFrame | None = None,
                    rules: FigureRules | None = None,
                    signatures: Sequence[TextSignature] | None = None) -> Duplicates:
    """The duplicates of a corpus (see the module docstring) from its `articles` and
    `problems` tables. `signatures`: each article's `text_signature`, in the table's order,
    when they were kept (an extraction's per-article cache); made here otherwise."""
    import pandas as pd

    ids = articles["article_id"].astype(str).tolist()
    # The texts themselves, not copies (`astype(str)` would copy every one).
    texts = [t if isinstance(t, str) else "" if pd.isna(t) else str(t) for t in articles["text"].tolist()]
    files = articles["file"].astype(str).tolist()
    copies = ([] if problems is None or problems.empty else
              list(zip(problems["file"].astype(str), problems["reason"].astype(str), strict=True)))
    rows, original = duplicate_rows(ids, texts, files, latest_possible_dates(articles), copies,
                                    rules, signatures)
    table = pd.DataFrame(rows, columns=DUPLICATE_COLUMNS)
    table["similarity"] = pd.to_numeric(table["similarity"]).astype("float64")
    return Duplicates(table=table, original=original)


def duplicate_rows(ids: list[str], texts: list[str], files: list[str], dates: Sequence[Any],
                   copies: list[tuple[str, str]], rules: FigureRules | None = None,
                   signatures: Sequence[TextSignature] | None = None,
                   kept: ReprintPairs | None = None) -> tuple[list[dict], dict[str, str]]:
    """`find_duplicates` of plain columns: the articles' ids, texts, files and latest
    possible dates (`latest_possible_dates`), the loader's problems as (file, reason); the
    duplicates table's rows and each article's original. `kept`: the last run's reprint
    pairs in the per-article cache folder (with `signatures`: only the new articles' pairs
    are counted when they can be, `figures.reprint_resume`), and this run's kept there."""
    rules = rules or figure_rules()
    if signatures is not None and len(signatures) != len(ids):
        raise ValueError(f"{len(signatures)} text signatures for {len(ids)} articles")
    order = {a: i for i, a in enumerate(ids)}
    when = dict(zip(ids, dates, strict=True))
    file_of = dict(zip(ids, files, strict=True))

    groups = _Groups()
    similarity: dict[tuple[str, str], float] = {}
    kind: dict[tuple[str, str], str] = {}
    by_text: dict[bytes, list[int]] = {}  # key of a normalised text → the first article of each text
    for i, text in enumerate(texts):
        key = signatures[i].text_key if signatures is not None else None
        norm = normal_text(text) if key is None else None
        seen = by_text.setdefault(key if key is not None else text_key(norm), [])
        if seen and norm is None:
            norm = normal_text(text)
        # The key is a digest: a match is confirmed on the texts, so a collision cannot join.
        same = next((j for j in seen if normal_text(texts[j]) == norm), None)
        if norm and same is not None:
            pair = (ids[same], ids[i])
            groups.join(*pair)
            similarity[pair], kind[pair] = 1.0, "identical_text"
        elif same is None:
            seen.append(i)
    del by_text

    runs = ([s.runs for s in signatures] if signatures is not None
            else [word_runs(t, rules) for t in texts])
    figures = ([s.figures for s in signatures] if signatures is not None
               else [stated_figures(t) for t in texts])
    reprints = _resumed(kept, ids, runs, figures, rules) if signatures is not None else None
    if reprints is None:
        reprints = _reprint_pairs(runs, figures, rules)
    del runs
    if kept is not None:
        kept.keep(ids, reprints, rules)
    for i, j, share in reprints:  # the pairs by position, as counted
        pair = (ids[i], ids[j])
        if pair not in kind:  # (an identical text is no reprint)
            groups.join(*pair)
            similarity[pair], kind[pair] = share, "reprint"

    links: dict[str, list[tuple[str, str]]] = defaultdict(list)  # each article's pairs, in order
    for pair in kind:
        links[pair[0]].append(pair)
        links[pair[1]].append(pair)
    members: dict[str, list[str]] = defaultdict(list)
    for a in ids:
        members[groups.find(a)].append(a)
    original: dict[str, str] = {}
    rows: list[dict] = []
    for group in members.values():
        first = min(group, key=lambda a: (is_missing(when[a]), when[a] if not is_missing(when[a]) else 0,
                                          order[a]))
        for a in group:
            original[a] = first
            if a == first:
                continue
            pair = (first, a) if (first, a) in kind else (a, first)
            if pair not in kind:  # joined through a third copy: name the closest link
                pair = max(links[a], key=lambda p: similarity[p])
            rows.append({"article_id": a, "file": file_of[a], "duplicate_of": first,
                         "duplicate_of_file": file_of[first], "kind": kind[pair],
                         "similarity": similarity[pair]})
    rows += _identical_files(copies, ids, file_of)
    rows.sort(key=lambda r: (r["duplicate_of_file"], r["file"]))
    return rows, original


def _reprint_pairs(runs: list[np.ndarray], figures: list[tuple[float, ...]],
                   rules: FigureRules) -> list[tuple[int, int, float]]:
    """Every pair of articles (positions, earlier first, in that order) that the reprint rule
    holds for, with its similarity (the share of the shorter one's runs it shares)."""
    sizes = [len(r) for r in runs]
    pairs = _shared_runs(runs, rules.max_articles_per_shingle)
    out = []
    for i, j, n in zip(pairs.first.tolist(), pairs.second.tolist(), pairs.shared.tolist(), strict=True):
        share = n / min(sizes[i], sizes[j])
        if (n >= rules.min_shared_shingles and share >= rules.min_share
                and figures_agree(figures[i], figures[j], rules)):
            out.append((i, j, round(share, 3)))
    return out


def _resumed(kept: ReprintPairs | None, ids: list[str], runs: list[np.ndarray],
             figures: list[tuple[float, ...]], rules: FigureRules) -> list[tuple[int, int, float]] | None:
    """The reprint pairs from the last run's and the new articles' own (None: count all)."""
    resumed = kept.resume(ids, rules) if kept is not None else None
    if resumed is None:
        return None
    new, pairs = resumed
    added = new_pairs(runs, figures, new, rules)
    return None if added is None else sorted([*pairs, *added])


def _identical_files(copies: list[tuple[str, str]], ids: list[str], file_of: dict[str, str]) -> list[dict]:
    """The byte-identical copies the loader read once (from its problems: file, reason)."""
    if not copies:
        return []
    first_of_file: dict[str, str] = {}
    for a in ids:
        first_of_file.setdefault(file_of[a], a)
    rows = []
    for file, reason in copies:
        if m := _IDENTICAL_FILE.match(reason):
            kept = m.group("kept")
            rows.append({"article_id": "", "file": file, "duplicate_of": first_of_file.get(kept, ""),
                         "duplicate_of_file": kept, "kind": "identical_file", "similarity": 1.0})
    return rows
