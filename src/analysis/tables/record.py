"""The tables of one corpus as every briefing reads them: the `Dataset` record.

`analysis.tables.dataset.extract` builds it, `analysis.tables.store` writes and loads it,
`analysis.tables.cache` keeps one per corpus and code version on disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from analysis.plaintable import PlainTable

if TYPE_CHECKING:
    import pandas as pd

TABLES = ("articles", "problems", "amounts", "entities", "projects", "figures", "duplicates")


def _empty_figures() -> pd.DataFrame:
    import pandas as pd

    from analysis.figures import FIGURE_COLUMNS

    return pd.DataFrame(columns=FIGURE_COLUMNS)


def _empty_duplicates() -> pd.DataFrame:
    import pandas as pd

    from analysis.figures import DUPLICATE_COLUMNS

    return pd.DataFrame(columns=DUPLICATE_COLUMNS)


@dataclass
class Dataset:
    """The tables of a corpus (`TABLES`), where they came from and how they were made.

    `figures` (one consolidated number per fact) and `duplicates` (copies of a story) come
    from `analysis.figures`; `corrected_figures` counts the figures the analyst's
    `corrections.csv` changed (for a briefing's method note), `correction_problems` lists
    its lines that matched nothing or could not be read (for the build's warnings)."""

    articles: pd.DataFrame
    problems: pd.DataFrame
    amounts: pd.DataFrame
    entities: pd.DataFrame
    projects: pd.DataFrame
    figures: pd.DataFrame = field(default_factory=_empty_figures)
    duplicates: pd.DataFrame = field(default_factory=_empty_duplicates)
    corpus_dir: str = ""
    meta: dict = field(default_factory=dict)
    # `analysis.tables.csvrows.CsvRows`: the CSV tables written by rows from the last run's
    # files (set by `extract` with a per-article cache; None: written whole)
    by_rows: Any = field(default=None, repr=False, compare=False)

    def __getattribute__(self, name: str) -> Any:
        # A table a stage made without pandas (`analysis.plaintable`) becomes its DataFrame
        # when first read: `briefing extract` writes it as it is (`stored_tables`), a
        # notebook or a test reads the frame.
        value = object.__getattribute__(self, name)
        if name in TABLES and isinstance(value, PlainTable):
            value = value.frame()
            object.__setattr__(self, name, value)
        return value

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name, in `TABLES` order."""
        return {name: getattr(self, name) for name in TABLES}

    def stored_tables(self) -> dict[str, pd.DataFrame | PlainTable]:
        """The tables by name as the stages made them: a `PlainTable` not made a frame."""
        return {name: object.__getattribute__(self, name) for name in TABLES}

    @property
    def corrected_figures(self) -> int:
        """How many figures rest on at least one mention the analyst corrected."""
        stored = object.__getattribute__(self, "figures")
        if isinstance(stored, PlainTable):  # counted without making the frame
            return sum(1 for c in stored.data.get("corrected", []) if c is True)
        if "corrected" not in self.figures:
            return 0
        return int(self.figures["corrected"].fillna(False).astype(bool).sum())

    @property
    def correction_problems(self) -> list[str]:
        """`corrections.csv` lines that were not applied, one message each."""
        from analysis.figures import CORRECTIONS_FILE

        problems = object.__getattribute__(self, "problems")
        if isinstance(problems, PlainTable):  # read without making the frame
            return [f"{CORRECTIONS_FILE}: {reason}" for file, reason in problems.rows()
                    if file == CORRECTIONS_FILE]
        if problems.empty:
            return []
        rows = problems[problems["file"] == CORRECTIONS_FILE]
        return [f"{CORRECTIONS_FILE}: {reason}" for reason in rows["reason"]]

    @property
    def coverage(self) -> dict:
        """Articles and publication date range (with each end's precision: day, month or
        year, as the loader could establish it, and whether it was guessed from the text,
        with the loader's evidence): what the briefing's numbers rest on."""
        stored = object.__getattribute__(self, "articles")
        if isinstance(stored, PlainTable) and all(
                isinstance(d, date) or d is None for d in stored.data["published"]):
            return _plain_coverage(stored)
        import pandas as pd

        arts = self.articles.assign(_d=pd.to_datetime(self.articles["published"], errors="coerce"))
        arts = arts.dropna(subset=["_d"]).sort_values("_d", kind="stable")
        precision = arts["published_precision"] if "published_precision" in arts else None
        cov: dict = {"articles": len(self.articles), "date_from": None, "date_to": None,
                     "date_from_precision": None, "date_to_precision": None}
        if len(arts):
            for end, pos in (("date_from", 0), ("date_to", -1)):
                cov[end] = arts["_d"].iloc[pos].date().isoformat()
                cov[f"{end}_precision"] = precision.iloc[pos] if precision is not None else "day"
                row = arts.iloc[pos]
                # a bool, numpy's or a csv's «True»
                cov[f"{end}_inferred"] = str(row.get("published_inferred")) == "True"
                evidence = row.get("published_evidence")
                cov[f"{end}_evidence"] = evidence if isinstance(evidence, str) else ""
        return cov

    @property
    def data_as_of(self) -> str | None:
        """The latest publication date in the corpus (never the wall clock)."""
        return self.coverage["date_to"]


def _plain_coverage(articles: PlainTable) -> dict:
    """`Dataset.coverage` of an articles table of dates (the loader's): the first article
    of the earliest date and the last of the latest, as a stable sort by date puts them."""
    n = len(articles)
    dated = [(d, p, i, e) for d, p, i, e in zip(
        articles.data["published"], articles.data.get("published_precision") or ["day"] * n,
        articles.data.get("published_inferred") or [False] * n,
        articles.data.get("published_evidence") or [""] * n, strict=True) if d is not None]
    cov: dict = {"articles": n, "date_from": None, "date_to": None,
                 "date_from_precision": None, "date_to_precision": None}
    if dated:
        first = min(dated, key=lambda dp: dp[0])  # min and max keep the first of equals
        last = max(reversed(dated), key=lambda dp: dp[0])
        for end, (day, precision, inferred, evidence) in (("date_from", first), ("date_to", last)):
            cov.update({end: day.isoformat(), f"{end}_precision": precision,
                        f"{end}_inferred": bool(inferred),
                        f"{end}_evidence": evidence if isinstance(evidence, str) else ""})
    return cov
