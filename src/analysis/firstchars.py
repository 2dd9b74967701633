"""The characters a pattern's match can start with, told to sre so that it looks for them in C.

`re.search` (and `finditer`, `findall`, `sub`) either scans for a literal prefix or a set of
first characters in C, or, when Python's compiler found neither, runs the whole pattern at
every position of the text. The compiler looks only at the pattern's first item: a pattern
that opens with a look-behind (``(?<![а-яё])кредит…``), a word boundary (``\\b(?:в|на)…``)
or an optional group gets the slow loop, though the characters its matches can start with
are few.

`with_first_chars` reads the parsed pattern past such zero-width openings (look-arounds,
``\\b``, ``^``) and optional items, and, when every match must start with one of a small set
of characters, writes that set into the program's info block, as the compiler does itself
for a pattern that opens with a class. sre then tries the pattern only where the text holds
one of them. The program after the info block is the compiler's own, so every match is the
same, found at the same place (the set is a superset of the characters a match can start
with: a look-around is not read, it only ever narrows). A letter matched case-insensitively
stands for every character whose lower case is its own (and for the few sre counts as the
same letter: «в» and «ᲀ»). Patterns the reading cannot be sure of (a class with a
category such as ``\\w``, a negated class, ``.``, a back-reference, a locale's or ASCII
case) keep the compiler's program.
"""

from __future__ import annotations

import _sre
from functools import cache
from typing import Any

__all__ = ["MAX_FIRST_CHARS", "first_chars", "with_first_chars"]

MAX_FIRST_CHARS = 32  # more is no filter worth having (a whole alphabet, 33 letters)


class _Unsure(Exception):
    """The first characters cannot be told (or are too many to be worth telling)."""


def first_chars(items: Any, flags: int) -> set[int] | None:
    """The code points every match of the parsed items (`re._parser.SubPattern`) can start
    with, or None when they cannot be told or are more than `MAX_FIRST_CHARS`."""
    from re import _constants as c

    found: set[int] = set()
    try:
        if _first(list(items), found, c, flags):
            return None  # the items can match the empty string
    except _Unsure:
        return None
    return found or None


def _first(items: list[tuple[Any, Any]], found: set[int], c: Any, flags: int) -> bool:
    """Add to `found` the characters a match of the sequence `items` (under `flags`) can
    start with; True when the whole sequence can match the empty string."""
    for op, av in items:
        if op is c.LITERAL:
            _add(found, _cases((av,), flags, c))
            return False
        if op is c.IN:
            _add(found, _cases(_class_chars(av, c), flags, c))
            return False
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # zero-width: the match starts with what comes after it
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not _first(list(sub), found, c, (flags | add_flags) & ~del_flags):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _first(list(av), found, c, flags):
                return False
        elif op is c.BRANCH:
            empty = False
            for alternative in av[1]:
                empty = _first(list(alternative), found, c, flags) or empty
            if not empty:
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            if high == 0:
                continue
            if not _first(list(sub), found, c, flags) and low > 0:
                return False
        else:  # ANY, NOT_LITERAL, a back-reference, a conditional group…
            raise _Unsure
    return True


def _class_chars(items: list[tuple[Any, Any]], c: Any) -> list[int]:
    out: list[int] = []
    for op, av in items:
        if op is c.LITERAL:
            out.append(av)
        elif op is c.RANGE:
            low, high = av
            if high - low >= MAX_FIRST_CHARS:
                raise _Unsure
            out.extend(range(low, high + 1))
        else:  # a category (\w, \d, \s), a negated class
            raise _Unsure
    return out


def _cases(chars: Any, flags: int, c: Any) -> Any:
    """`chars` and, matched case-insensitively, every character sre takes for one of them:
    sre compares a character's lower case with the letter's (or with the few it counts as
    the same letter)."""
    if flags & (c.SRE_FLAG_LOCALE | c.SRE_FLAG_ASCII):
        raise _Unsure  # (other case tables)
    if not flags & c.SRE_FLAG_IGNORECASE:
        return chars
    from re._compiler import _EXTRA_CASES

    lower_of = _lower_of()
    out: set[int] = set()
    for ch in chars:
        if ch > 0xFFFF:
            raise _Unsure  # (the table is the Basic Multilingual Plane's)
        low = _sre.unicode_tolower(ch)
        out.add(ch)
        for same in (low, *_EXTRA_CASES.get(low, ())):
            out.add(same)
            out.update(lower_of.get(same, ()))
    return out


@cache
def _lower_of() -> dict[int, list[int]]:
    """{a lower case: the characters of the Basic Multilingual Plane with that lower case}
    (no character beyond it has its lower case inside it)."""
    table: dict[int, list[int]] = {}
    for ch, low in enumerate(map(_sre.unicode_tolower, range(0x10000))):
        table.setdefault(low, []).append(ch)
    return table


def _add(found: set[int], chars: Any) -> None:
    found.update(chars)
    if len(found) > MAX_FIRST_CHARS:
        raise _Unsure


def with_first_chars(parsed: Any, flags: int) -> list[int] | None:
    """The compiler's program for `parsed` (``re._parser.parse(source, flags)``) with the set
    of its first characters in the info block, or None when the compiler finds a prefix or
    a first-character set itself, the pattern can match the empty string, or the set cannot
    be told (then `re._compiler._code` is the program)."""
    from re import _compiler
    from re import _constants as c

    flags = parsed.state.flags | flags
    low, high = parsed.getwidth()
    if low == 0 or flags & c.SRE_FLAG_LOCALE:
        return None
    prefix, _skip, _all = _compiler._get_literal_prefix(parsed, flags)
    if prefix or _compiler._get_charset_prefix(parsed, flags):
        return None  # the compiler's own info block already scans in C
    chars = first_chars(parsed.data, flags)
    if not chars:
        return None
    charset, cased = _compiler._optimize_charset([(c.LITERAL, ch) for ch in sorted(chars)])
    if cased:
        return None
    code: list[int] = [c.INFO, 0, c.SRE_INFO_CHARSET, min(low, _compiler.MAXCODE),
                      min(high, _compiler.MAXCODE)]
    _compiler._compile_charset(charset, flags, code)
    code[1] = len(code) - 1  # the info block's skip: from its own slot to its end
    _compiler._compile(code, parsed.data, flags)
    code.append(c.SUCCESS)
    return code
