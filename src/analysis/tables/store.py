"""Writing and reading a `Dataset`: CSV (UTF-8) for people, Parquet for the briefings.

Every file is written atomically (`analysis.atomic`), so a reader never sees half a table.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from analysis import atomic
from analysis.tables.record import TABLES, Dataset

FORMATS = ("csv", "parquet")


def write(ds: Dataset, out_dir: str | Path, formats: Iterable[str] = FORMATS) -> list[Path]:
    """Write every table as CSV (UTF-8) and Parquet; returns the paths written."""
    out = Path(out_dir)
    written: list[Path] = []
    for name, frame in ds.tables().items():
        for fmt in formats:
            path = out / f"{name}.{fmt}"
            if fmt == "csv":
                atomic.write_with(path, lambda p, f=frame: f.to_csv(p, index=False, encoding="utf-8"))
            elif fmt == "parquet":
                atomic.write_with(path, lambda p, f=frame: to_parquet(f, p))
            else:
                raise ValueError(f"unknown table format {fmt!r}: use csv or parquet")
            written.append(path)
    meta = {"corpus_dir": ds.corpus_dir, **ds.meta}
    meta_text = json.dumps(meta, ensure_ascii=False, indent=1)
    atomic.write_with(out / "meta.json", lambda p: Path(p).write_text(meta_text, encoding="utf-8"))
    return written


def to_parquet(frame: pd.DataFrame, path: str | Path) -> None:
    """Write one table as Parquet with a schema that does not depend on the corpus."""
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
