"""Compiled regular expressions kept between processes: a pattern's compiled program read
from disk instead of compiled again.

Compiling a pattern is two steps in Python's `re`: parsing the source and generating the
matching program (pure Python, ~0.09 s of CPU for the ~230 patterns a run that adds one
article to a corpus compiles: the amount grammar alone, 20,000 characters, ~0.03 s), then
handing the program to the C engine (`_sre.compile`, microseconds). `compile_pattern` keeps
each program it generated — the engine's inputs: flags, code (packed machine words), group
count and names — in an `analysis.exitstore` store keyed on the pattern's source and flags;
a later process hands the stored program to the engine. The pattern object is the one
`re.compile` makes (`re._compiler.compile` runs these same two steps: equal patterns compare
equal, program included), or one with the same matches (below); a program the engine
rejects, or a store that cannot be read, only means compiling as usual.

The store's key is the Python version, the engine's `MAGIC` (a program is only ever read
by the engine that wrote it) and the version of the program's making. A program is the
compiler's own, but for a pattern whose matches can only start with a few characters the
compiler did not find (it opens with a look-behind, ``\\b`` or an optional item): then the
info block holds those characters, so sre looks for them in C instead of trying the pattern
at every position (`analysis.firstchars`: the same matches). Without stores in use
(`exitstore.keep_between_processes`, called by `briefing extract`) `compile_pattern`
compiles the same program (kept for the process, as `re.compile` keeps its own). The
package's patterns compile through it (`analysis.lazypattern`).
"""

from __future__ import annotations

import _sre
import re
import sys
from array import array
from functools import lru_cache

from analysis.exitstore import ExitStore, exit_store
from analysis.firstchars import with_first_chars

__all__ = ["compile_pattern", "compile_through", "engine_key"]

STORE = "patterns"
# a store grown past this (patterns made from changing data) keeps only what a process used
MAX_ENTRIES = 3000
# the version of the programs' making: 2 adds the first characters (`analysis.firstchars`)
_MAKING = 2
_CODE_TYPE = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), "")

Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def engine_key() -> str:
    """What a stored program is valid for: the Python version and the engine's format."""
    version = "".join(map(str, sys.version_info[:3]))
    return f"{sys.implementation.name}{version}-{_sre.MAGIC}-{_sre.CODESIZE}-{_MAKING}"


_ENGINE = engine_key()


def _program(pattern: str, flags: int) -> Program:
    """What `re._compiler.compile` hands the engine for `pattern`, the code packed."""
    from re import _compiler, _parser  # Python's own compiler, the steps re.compile runs

    parsed = _parser.parse(pattern, flags)
    code = with_first_chars(parsed, flags) or _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array(_CODE_TYPE, code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _engine(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, array(_CODE_TYPE, code).tolist(), groups,
                        groupindex, indexgroup)


def compile_through(store: ExitStore, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, its program read from `store` when it holds it (and
    kept there when it did not)."""
    flags = int(flags)
    if not _CODE_TYPE or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    program = store.get(key)
    if program is not None:
        try:
            return _engine(pattern, program)
        except Exception:  # damaged: compiled as usual below
            store.drop(key)
    try:
        program = _program(pattern, flags)
        compiled = _engine(pattern, program)
    except Exception:  # whatever the steps raise, re.compile raises (or says) best
        return re.compile(pattern, flags)
    store.add(key, program)
    return compiled


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, through the patterns' store when stores are in use."""
    store = exit_store(STORE, _ENGINE, MAX_ENTRIES)
    if store is None:
        return _compiled(pattern, int(flags))
    return compile_through(store, pattern, flags)


@lru_cache(maxsize=4096)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` with `_program`'s program, kept for the process."""
    if not _CODE_TYPE or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    try:
        return _engine(pattern, _program(pattern, flags))
    except Exception:  # whatever the steps raise, re.compile raises (or says) best
        return re.compile(pattern, flags)
