"""Article ids, unique by construction.

A file's articles are numbered ``base``, ``base#2``, ``base#3`` … (a glued file holds
several). The ``base`` of a file is the shortest of three forms of its path relative to the
corpus folder that no other file of the corpus shares:

1. the file name without extension (``2024/minsk.txt`` → ``minsk``): what tables and
   citations have always shown for a seed file;
2. the relative path without extension (``2024/minsk``), when another file has that name
   in another folder;
3. the relative path itself (``a.txt`` next to ``a.html`` → ``a.txt`` and ``a.html``).

A form that holds ``#`` is skipped (``x#2.txt`` → ``x#2.txt``, which can never be read as
the second article of ``x.txt``).

Why the ids are unique: relative paths (form 3) are unique; a file keeps a shorter form
only when no other file's base equals it (a clash pushes every file of the clash that is
not at form 3 up a form, until none is left); forms 1 and 2 never hold ``#``; so a
``base#N`` (a base, ``#``, digits) differs from every base — a base that holds ``#`` is a
form 3 and ends with its file's extension, never with digits — and from every other
file's ``base#N``.
"""

from __future__ import annotations

from collections import Counter

__all__ = ["article_bases", "article_id"]


def _forms(rel: str) -> tuple[str, str, str]:
    """The three forms of a relative path, shortest first (see the module docstring)."""
    folder, _, name = rel.rpartition("/")
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return stem, f"{folder}/{stem}" if folder else stem, rel


def article_bases(rels: list[str]) -> dict[str, str]:
    """The id base of every file (relative paths with "/", unique), as the module says."""
    forms = {rel: _forms(rel) for rel in rels}
    level = {rel: 0 for rel in rels}
    for rel in rels:
        while level[rel] < 2 and "#" in forms[rel][level[rel]]:
            level[rel] += 1
    while True:
        counts = Counter(forms[rel][level[rel]] for rel in rels)
        clashing = [rel for rel in rels if level[rel] < 2 and counts[forms[rel][level[rel]]] > 1]
        if not clashing:  # full paths never clash with each other: only shorter forms move
            return {rel: forms[rel][level[rel]] for rel in rels}
        for rel in clashing:
            level[rel] += 1
            while level[rel] < 2 and "#" in forms[rel][level[rel]]:
                level[rel] += 1


def article_id(base: str, index: int) -> str:
    """The id of the `index`-th article (0-based) of the file whose base is `base`."""
    return base if index == 0 else f"{base}#{index + 1}"
