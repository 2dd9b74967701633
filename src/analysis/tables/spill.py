"""A table no step reads for a while, kept in a temporary file meanwhile.

A large corpus's entities table (1.3 million rows, ~190 MB of Arrow buffers at 100,000
articles) is made before the project register and the figures and read by neither: only
written at the end. Through the figures step, the peak of a cold run, the process held it
for nothing. `set_aside` writes the table's Arrow form (`compact.arrow_in_parts`) to an
anonymous temporary file as Arrow IPC and lets it go; `read_back` reads it and makes the
frame `frame_in_parts` makes (IPC keeps every column, chunk and the schema's pandas
metadata as they were: the same frame, the same bytes written). A file that cannot be
written (a full disk) costs only the memory: the table is then kept.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from typing import IO, TYPE_CHECKING, Any

from analysis.tables.compact import PART_ARTICLES, arrow_in_parts

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Aside", "read_back", "set_aside"]


class Aside:
    """A table set aside: in `file` (Arrow IPC), else kept as `table`."""

    def __init__(self, file: IO[bytes] | None, table: Any) -> None:
        self.file = file
        self.table = table


def set_aside(build: Callable[[Sequence[Any]], pd.DataFrame], articles: Sequence[Any],
              folder: str | None = None, part: int = PART_ARTICLES) -> Aside | pd.DataFrame:
    """`frame_in_parts(build, articles, part)`, set aside in a temporary file in `folder`
    (default: the system's) for `read_back`; a corpus of one part is built as a frame.
    A `part` of 0 is `PART_ARTICLES`, as in `frame_in_parts`."""
    part = part or PART_ARTICLES
    if len(articles) <= part:
        return build(articles)
    import pyarrow as pa

    table = arrow_in_parts(build, articles, part)
    try:
        file = tempfile.TemporaryFile(prefix="briefing-aside-", dir=folder)
        try:
            with pa.ipc.new_file(pa.PythonFile(file, mode="w"), table.schema) as writer:
                writer.write_table(table)
        except (OSError, pa.ArrowIOError):
            file.close()
            raise
    except (OSError, pa.ArrowIOError):
        return Aside(None, table)
    return Aside(file, None)


def read_back(table: Aside | pd.DataFrame) -> pd.DataFrame:
    """The frame of a table `set_aside` (the frame itself when it was not)."""
    if not isinstance(table, Aside):
        return table
    if table.file is None:
        return table.table.to_pandas()
    import pyarrow as pa

    with table.file as file:
        file.seek(0)
        whole = pa.ipc.open_file(pa.PythonFile(file, mode="r")).read_all()
    # one Python object per distinct value, as `frame_in_parts` converts it
    return whole.to_pandas()
