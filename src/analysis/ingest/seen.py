"""What the loader remembers of a file between processes, so that a run need not read it.

Before a file's articles can be built, the loader reads every file: for its bytes' sha256
(the key of the articles built from it, `analysis.ingest.memo`) and for its first two
paragraphs (what `chrome.TaglineFinder` reads). A `SeenFile` keeps exactly these two of a
file, under the file's path, size and stat stamp (mtime, ctime in ns, inode: ctime
moves on any write, and no tool sets it back; `walk.CorpusFile.stamp`). A later run (a new
process: `briefing extract` after one article was added) finds an unchanged file there and
reads it only if its articles are not in the memo either (`UnreadFile`).

Text files, HTML pages and feeds alike (an unchanged page was parsed by trafilatura again on
every run before newuser41: «4 read, 10 from the cache» for its four pages); a file without
an inode number (some network file systems) has no stamp to trust.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from analysis.ingest.segments import Para
from analysis.ingest.walk import CorpusFile

__all__ = ["SeenFile", "SeenFiles", "UnreadFile", "seen_before", "seen_key"]


@dataclass(frozen=True)
class SeenFile:
    """What the loader needs of a file before its articles are built."""

    raw_sha: str  # sha256 of the file's bytes
    head: tuple[str, ...]  # its first two paragraphs' texts (fewer when it has fewer)

    def paragraphs(self) -> list[Para]:
        """The first two paragraphs as the tagline finder reads them (their texts)."""
        return [Para(text, ()) for text in self.head]


@dataclass(frozen=True)
class UnreadFile:
    """A file a run did not read (its `SeenFile` matched): read only if its articles must
    be built again."""

    file: CorpusFile
    raw_sha: str

    @property
    def rel(self) -> str:
        return self.file.rel


class SeenFiles(Protocol):
    """Where `SeenFile`s are kept (`analysis.tables` keeps them in the cache folder)."""

    def get_many(self, keys: list[str]) -> dict:
        """The values stored under `keys` (missing or unreadable ones left out)."""

    def put(self, key: str, value: SeenFile) -> None:
        """Remember `value` under `key`."""


def seen_key(f: CorpusFile) -> str | None:
    """The key of a file as it is on disk now, None when it has no stamp to trust."""
    if not f.stamp[2]:
        return None
    return "seen:" + "\0".join((f.rel, str(f.size), *map(str, f.stamp)))


def seen_before(files: Iterable[CorpusFile], seen: SeenFiles | None) -> dict[str, SeenFile]:
    """The `SeenFile` of each of `files` unchanged since a run remembered it, by path."""
    if seen is None:
        return {}
    keys = {key: f.rel for f in files if (key := seen_key(f)) is not None}
    found = seen.get_many(list(keys))
    return {keys[k]: v for k, v in found.items() if isinstance(v, SeenFile)}
