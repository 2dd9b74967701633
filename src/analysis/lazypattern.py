"""Regular expressions compiled when first used, not when their module is imported.

The stage packages hold ~330 module-level patterns; compiling all of them cost ~0.09 s of
CPU in every process that imports the packages, and a run that adds one article to a corpus
uses fewer than half of them (the rest serve texts it does not hold: tables, leasing, old
rubles…). `lazy_compile(source, flags)` stands for `re.compile(source, flags)`: the same
methods and attributes, the pattern compiled by the first call (`patternstore.compile_pattern`:
its program read from disk when a store is in use).
After that its methods are the compiled pattern's own, bound once: a call costs what a
compiled pattern's does.

It is meant for module-level constants that the package's code calls methods on
(``_WORD.finditer(text)``); a value that leaves the package, or is handed to `re`'s
functions (``re.sub(PATTERN, …)``), should be a compiled pattern (`compiled`).

Each stand-in is module-level state assigned later (its compiled pattern), on purpose one
per process: its source and flags are constants, so compiling is a pure function done once
(as `re`'s own cache would), and nothing a caller could own would live longer or share it
with the code that reads the constant. A worker process gets the source (`__reduce__`) and
compiles its own.
"""

from __future__ import annotations

import re
from typing import Any, cast

from analysis.patternstore import compile_pattern

__all__ = ["LazyPattern", "compiled", "lazy_compile"]

# the compiled pattern's methods, copied onto the stand-in when it compiles
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner")


class LazyPattern:
    """A pattern compiled on first use (see the module docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern  # the source, as `re.Pattern.pattern` (no compiling needed)
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compile(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, once, if it was not yet)."""
        if self._compiled is None:
            compiled = compile_pattern(self.pattern, self._flags)
            for name in _METHODS:
                # instance attributes: later lookups find them before `__getattr__`
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # only reached for what the instance does not hold yet: a method before the first
        # compile, or an attribute such as `flags`, `groups`, `groupindex`
        if name.startswith("__") or name in ("_compiled", "_flags"):
            raise AttributeError(name)
        return getattr(self.compile(), name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            return (self.pattern, self._flags) == (other.pattern, other._flags)
        return self.compile() == other

    def __hash__(self) -> int:
        return hash(self.compile())

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        # pickled as its source (a worker compiles it when it uses it)
        return (LazyPattern, (self.pattern, self._flags))


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used (see the module docstring);
    typed as the pattern it stands for."""
    return cast("re.Pattern[str]", LazyPattern(pattern, int(flags)))


def compiled(pattern: re.Pattern[str] | LazyPattern) -> re.Pattern[str]:
    """The compiled pattern itself, for `re`'s functions and for code outside the package."""
    return pattern.compile() if isinstance(pattern, LazyPattern) else pattern
