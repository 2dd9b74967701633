"""Memory that does not grow with the corpus: frames built a part at a time, and the memory a
finished step freed handed back to the system.

A table built from a list of dicts (a row each) holds every row's Python objects three times
over while it is made, and what is left of them afterwards (a sentence here, a surface
there) pins the allocator's arenas, so the process keeps them all: measured on 10,000
articles, the amounts table is 17 MB of data and grew the process by 84 MB. `frame_in_parts`
builds a table `PART_ARTICLES` articles at a time and keeps each part as Arrow columns (one
buffer a column, outside Python's heap) until the end, when one conversion makes the whole
frame; the rows of a part never outlive it. The frame is the one the builder makes in one go
(same columns, types and values: Arrow keeps pandas' types in its metadata).

`release_memory` hands freed memory back (Python's collector, the C allocator's free lists,
Arrow's pool): called between the steps of a large extraction.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


__all__ = ["PART_ARTICLES", "arrow_in_parts", "frame_in_parts", "release_memory", "releaser",
           "restore_arrow_pool", "system_arrow_pool"]

PART_ARTICLES = 2000  # a part's rows are a few megabytes: the peak stays small, parts few


def frame_in_parts(build: Callable[[Sequence[Any]], pd.DataFrame], articles: Sequence[Any],
                   part: int | None = None) -> pd.DataFrame:
    """`build(articles)`, made `part` articles at a time (default `PART_ARTICLES`; see the
    module docstring)."""
    part = part or PART_ARTICLES
    if len(articles) <= part:
        return build(articles)
    # one Python object per distinct value (a file name, a currency, a note): the default
    return arrow_in_parts(build, articles, part).to_pandas()


def arrow_in_parts(build: Callable[[Sequence[Any]], pd.DataFrame], articles: Sequence[Any],
                   part: int) -> Any:
    """The Arrow table of `build(articles)` made `part` articles at a time, the one
    `frame_in_parts` converts (its ``to_pandas()`` is that frame)."""
    import pyarrow as pa

    parts: list[pa.Table] = []
    for start in range(0, len(articles), part):
        frame = build(articles[start:start + part])
        parts.append(pa.Table.from_pandas(frame, preserve_index=False))
        del frame
    # a column empty in one part (all None) is typed null there: promoted to the others' type
    whole = pa.concat_tables(parts, promote_options="default")
    del parts
    return whole


def system_arrow_pool() -> Any:
    """Arrow's buffers from the C library's allocator from now on (a large corpus's tables
    and figures); the pool used before, for `restore_arrow_pool`. The default pool
    (mimalloc) kept the pages of the frames freed between those steps, `release_unused` or
    not: measured at 20,000 articles, the figures step began 55 MB higher. glibc maps a
    large buffer of its own and unmaps it when it is freed, and `release_memory` trims the
    rest; the tables' values are the same."""
    import pyarrow as pa

    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    return before


def restore_arrow_pool(pool: Any) -> None:
    """Arrow's pool back to `pool` (before writing: the Parquet writer's scratch, ~5 times
    a large string column, is handed back by mimalloc's `release_unused`; glibc kept ~75 MB
    of it after the register of 20,000 articles was written)."""
    import pyarrow as pa

    pa.set_memory_pool(pool)


@cache
def _libc() -> Any | None:
    """The C library, when it can trim its free lists (glibc); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def release_memory(collect: bool = True) -> None:
    """Give the memory freed since back to the system (`collect`: Python's cycles first, a
    pass over every object, so not after each table written)."""
    if collect:
        gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
    if "pyarrow" in sys.modules:  # its pool keeps freed buffers for reuse otherwise
        sys.modules["pyarrow"].default_memory_pool().release_unused()


def releaser(articles: int) -> Callable[[], None]:
    """`release_memory` for a corpus of more than `PART_ARTICLES` articles, else nothing: a
    collection pass costs ~0.15 s a call, more than a small corpus's leftovers are worth
    (adding one article to 1,000 would pay it five times)."""
    return release_memory if articles > PART_ARTICLES else _keep


def _keep() -> None:
    """Nothing to hand back (a small corpus)."""
