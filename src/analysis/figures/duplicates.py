"""Articles that are one story: identical files, identical texts, reprints.

A figure's `n_sources` counts independent articles, so every copy of a story counts once:

- **identical file** — the loader reads byte-identical files once and lists the copies as
  problems («identical to X: counted once»); they are listed here too;
- **identical text** — two articles whose texts are the same once case, punctuation and
  spacing are set aside (one story saved as HTML and as text, or in two encodings);
- **reprint** — two articles that share most of their wording: at least
  `min_share` of the shorter article's runs of `shingle_words` consecutive words (and at
  least `min_shared_shingles` of them) are found in the other — a syndicated story with
  its own headline, a dateline and a few words changed. A run of words found in more than
  `max_articles_per_shingle` articles (a stock phrase, or a story reprinted very widely) is
  counted only between its first holder and each other one, which keeps the pair count
  linear and still joins every wide reprint to its original. On the studied messy corpus,
  reprint pairs share 72–92 % of their 5-word runs and other pairs at most 14 %; whole
  sentences (the first rule tried) gave 57 % for a reprint with two reworded sentences,
  too close to unrelated stories.

In each group the original is the earliest published article (undated ones last, then file
order); the others are listed with the original they repeat and their similarity (the
share of the shorter article's word runs found in the other; 1.0 for identical texts).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

import pandas as pd

from analysis.figures.rules import FigureRules, figure_rules

__all__ = ["DUPLICATE_COLUMNS", "Duplicates", "find_duplicates", "latest_possible_dates"]

DUPLICATE_COLUMNS = ["article_id", "file", "duplicate_of", "duplicate_of_file", "kind", "similarity"]
# The loader's problem for a byte-identical copy (analysis.ingest.duplicates).
_IDENTICAL_FILE = re.compile(r"^identical to (?P<kept>.+?): counted once")
_NOT_WORD = re.compile(r"[^\w]+")
_WORD = re.compile(r"\w+")


@dataclass
class Duplicates:
    """The `duplicates` table and, for every article, the original it counts as."""

    table: pd.DataFrame
    original: dict[str, str]  # article id → its group's original (itself when unique)

    def independent(self, article_ids: list[str]) -> int:
        """How many independent stories a list of articles holds."""
        return len({self.original.get(a, a) for a in article_ids})


def latest_possible_dates(articles: pd.DataFrame) -> list[pd.Timestamp]:
    """Each article's publication date, at the end of its precision («2023», year precision,
    counts as 31 December 2023): a vague date never wins «earliest» or «latest» by vagueness."""
    if "published" not in articles:
        return [pd.NaT] * len(articles)
    dates = pd.to_datetime(articles["published"], errors="coerce")
    precision = articles["published_precision"] if "published_precision" in articles else None
    out = []
    for i, d in enumerate(dates.tolist()):
        p = precision.iloc[i] if precision is not None else "day"
        if not pd.isna(d) and p == "year":
            d = d + pd.offsets.YearEnd(0)
        elif not pd.isna(d) and p == "month":
            d = d + pd.offsets.MonthEnd(0)
        out.append(d)
    return out


def _normal(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip()


def _shingles(text: str, size: int) -> set[int]:
    """The hashes of the runs of `size` consecutive words of a text (case set aside)."""
    words = _WORD.findall(text.lower())
    return {hash(tuple(words[i:i + size])) for i in range(len(words) - size + 1)}


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
                    rules: FigureRules | None = None) -> Duplicates:
    """The duplicates of a corpus (see the module docstring) from its `articles` and
    `problems` tables."""
    rules = rules or figure_rules()
    ids = articles["article_id"].astype(str).tolist()
    texts = articles["text"].fillna("").astype(str).tolist()
    order = {a: i for i, a in enumerate(ids)}
    when = dict(zip(ids, latest_possible_dates(articles), strict=True))
    file_of = dict(zip(ids, articles["file"].astype(str), strict=True))

    groups = _Groups()
    similarity: dict[tuple[str, str], float] = {}
    kind: dict[tuple[str, str], str] = {}
    by_text: dict[str, str] = {}
    for a, text in zip(ids, texts, strict=True):
        norm = _normal(text)
        if norm and norm in by_text:
            pair = (by_text[norm], a)
            groups.join(*pair)
            similarity[pair], kind[pair] = 1.0, "identical_text"
        by_text.setdefault(norm, a)

    runs = {a: _shingles(t, rules.shingle_words) for a, t in zip(ids, texts, strict=True)}
    holders: dict[int, list[str]] = defaultdict(list)
    for a in ids:
        for run in runs[a]:
            holders[run].append(a)
    shared: Counter[tuple[str, str]] = Counter()
    for arts in holders.values():
        if len(arts) > rules.max_articles_per_shingle:
            # Common wording (a stock phrase, or a story syndicated very widely): count it
            # only against its first holder, so the count stays linear and a wide reprint
            # still joins its original.
            shared.update((arts[0], other) for other in arts[1:])
        elif len(arts) > 1:
            shared.update(combinations(arts, 2))
    for pair, n in shared.items():
        share = n / min(len(runs[pair[0]]), len(runs[pair[1]]))
        if n >= rules.min_shared_shingles and share >= rules.min_share and pair not in kind:
            groups.join(*pair)
            similarity[pair], kind[pair] = round(share, 3), "reprint"

    members: dict[str, list[str]] = defaultdict(list)
    for a in ids:
        members[groups.find(a)].append(a)
    original: dict[str, str] = {}
    rows: list[dict] = []
    for group in members.values():
        first = min(group, key=lambda a: (pd.isna(when[a]), when[a] if not pd.isna(when[a]) else 0, order[a]))
        for a in group:
            original[a] = first
            if a == first:
                continue
            pair = (first, a) if (first, a) in kind else (a, first)
            if pair not in kind:  # joined through a third copy: name the closest link
                pair = max((p for p in kind if a in p), key=lambda p: similarity[p])
            rows.append({"article_id": a, "file": file_of[a], "duplicate_of": first,
                         "duplicate_of_file": file_of[first], "kind": kind[pair],
                         "similarity": similarity[pair]})
    rows += _identical_files(problems, ids, file_of)
    rows.sort(key=lambda r: (r["duplicate_of_file"], r["file"]))
    table = pd.DataFrame(rows, columns=DUPLICATE_COLUMNS)
    table["similarity"] = pd.to_numeric(table["similarity"]).astype("float64")
    return Duplicates(table=table, original=original)


def _identical_files(problems: pd.DataFrame | None, ids: list[str], file_of: dict[str, str]) -> list[dict]:
    """The byte-identical copies the loader read once (from its problems)."""
    if problems is None or problems.empty:
        return []
    first_of_file: dict[str, str] = {}
    for a in ids:
        first_of_file.setdefault(file_of[a], a)
    rows = []
    for file, reason in zip(problems["file"].astype(str), problems["reason"].astype(str), strict=True):
        if m := _IDENTICAL_FILE.match(reason):
            kept = m.group("kept")
            rows.append({"article_id": "", "file": file, "duplicate_of": first_of_file.get(kept, ""),
                         "duplicate_of_file": kept, "kind": "identical_file", "similarity": 1.0})
    return rows
