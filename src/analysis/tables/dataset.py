"""The tables every briefing reads: extraction once per corpus, cached on disk.

`extract` runs the whole pipeline (corpus → amounts/facts → entities → projects)
and returns a `Dataset` of DataFrames. `cached` does the same through an on-disk
cache keyed by the corpus content and the package code version, so a build
extracts once and every notebook it launches reads the same tables.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import atomic, ingest
from analysis.config import cache_root, resolve_corpus
from analysis.tables.fingerprints import code_version, corpus_fingerprint

TABLES = ("articles", "problems", "amounts", "entities", "projects")


@dataclass
class Dataset:
    articles: pd.DataFrame
    problems: pd.DataFrame
    amounts: pd.DataFrame
    entities: pd.DataFrame
    projects: pd.DataFrame
    corpus_dir: str = ""
    meta: dict = field(default_factory=dict)

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

    @property
    def coverage(self) -> dict:
        """Articles and publication date range (with each end's precision: day, month or
        year, as the loader could establish it): what the briefing's numbers rest on."""
        arts = self.articles.assign(_d=pd.to_datetime(self.articles["published"], errors="coerce"))
        arts = arts.dropna(subset=["_d"]).sort_values("_d", kind="stable")
        precision = arts["published_precision"] if "published_precision" in arts else None
        cov: dict = {"articles": len(self.articles), "date_from": None, "date_to": None,
                     "date_from_precision": None, "date_to_precision": None}
        if len(arts):
            for end, pos in (("date_from", 0), ("date_to", -1)):
                cov[end] = arts["_d"].iloc[pos].date().isoformat()
                cov[f"{end}_precision"] = precision.iloc[pos] if precision is not None else "day"
        return cov

    @property
    def data_as_of(self) -> str | None:
        """The latest publication date in the corpus (never the wall clock)."""
        return self.coverage["date_to"]


def extract(corpus_dir: str | Path, currency: str = "USD", ner: bool = True) -> Dataset:
    """Run every extraction step over a corpus folder."""
    # Imported here so that `briefing build` can decide a no-op build without
    # paying for the extraction modules' start-up (morphology dictionaries, NER).
    from analysis import entities, money, projects

    loaded = ingest.load_corpus(corpus_dir)
    articles = loaded.articles
    amounts = money.amounts_frame(articles, currency=currency)
    entity_table = entities.entities_frame(articles, ner=ner)
    register = projects.build_register(articles, entities=entity_table, facts=amounts)
    return Dataset(
        articles=loaded.articles_frame(),
        problems=loaded.problems_frame(),
        amounts=amounts,
        entities=entity_table,
        projects=register,
        corpus_dir=str(corpus_dir),
        meta={"currency": currency, "ner": ner},
    )


# --- writing and reading tables ------------------------------------------------------------


def write(ds: Dataset, out_dir: str | Path, formats: Iterable[str] = ("csv", "parquet")) -> list[Path]:
    """Write every table as CSV (UTF-8) and Parquet; returns the paths written."""
    out = Path(out_dir)
    written: list[Path] = []
    for name, frame in ds.tables().items():
        for fmt in formats:
            path = out / f"{name}.{fmt}"
            if fmt == "csv":
                atomic.write_with(path, lambda p, f=frame: f.to_csv(p, index=False, encoding="utf-8"))
            elif fmt == "parquet":
                atomic.write_with(path, lambda p, f=frame: _to_parquet(f, p))
            else:
                raise ValueError(f"unknown table format {fmt!r}: use csv or parquet")
            written.append(path)
    meta = {"corpus_dir": ds.corpus_dir, **ds.meta}
    meta_text = json.dumps(meta, ensure_ascii=False, indent=1)
    atomic.write_with(out / "meta.json", lambda p: Path(p).write_text(meta_text, encoding="utf-8"))
    return written


def _to_parquet(frame: pd.DataFrame, path: str) -> None:
    # Columns that are entirely empty have no type pandas can infer; store them as
    # strings so the schema is stable whatever the corpus holds.
    fixed = frame.copy()
    for col in fixed.columns:
        if fixed[col].isna().all():
            fixed[col] = fixed[col].astype("string")
    fixed.to_parquet(path, index=False)


def load(out_dir: str | Path) -> Dataset:
    """Read tables written by `write` (Parquet)."""
    out = Path(out_dir)
    missing = [n for n in TABLES if not (out / f"{n}.parquet").exists()]
    if missing:
        raise FileNotFoundError(
            f"{out} lacks {', '.join(m + '.parquet' for m in missing)}: "
            f"run `briefing extract CORPUS --out {out}` first"
        )
    frames = {n: pd.read_parquet(out / f"{n}.parquet") for n in TABLES}
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    return Dataset(**frames, corpus_dir=meta.pop("corpus_dir", ""), meta=meta)


# --- the cache ---------------------------------------------------------------------------------


def cache_key(corpus_dir: str | Path, currency: str = "USD", ner: bool = True) -> str:
    return f"{corpus_fingerprint(corpus_dir)}-{code_version()}-{currency}-{'ner' if ner else 'fast'}"


def cached(corpus: str | Path, currency: str = "USD", ner: bool = True) -> Dataset:
    """The corpus's tables, from the cache when its content and the code are unchanged."""
    corpus_dir = resolve_corpus(corpus)
    target = cache_root() / cache_key(corpus_dir, currency, ner)
    if not (target / "meta.json").exists():
        ds = extract(corpus_dir, currency=currency, ner=ner)
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=target.parent))
        try:
            write(ds, staging, formats=("parquet",))
            try:
                os.rename(staging, target)  # atomic; loses harmlessly to a concurrent writer
            except OSError:
                pass
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    ds = load(target)
    ds.corpus_dir = str(corpus_dir)
    return ds
