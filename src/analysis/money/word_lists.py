"""One loader for the money word lists: a record (a NamedTuple or a frozen dataclass) whose
fields are each compiled from one entry of the data, by a kind said once per field.

The entries are data (`data/money_context_ru.json`, or one of the small files beside it); a
module declares its record and how each field is compiled (`whole_words`, `joined(...)`,
`lemmas`, …), and `word_patterns` reads its section once a process. Adding a word list is then
one line of data and one field: no module writes its own reading and compiling again.

- An entry the data lacks gives the field's default (None, an empty set…) when the record has
  one, and a KeyError when it has none: a word list the rules cannot do without is required.
- A section the data lacks gives None (`word_patterns`): the rule stays silent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, field, fields, is_dataclass
from functools import cache
from typing import Any, TypeVar

from analysis.datafiles import data_json
from analysis.money.alternation import first_letter_union, lookbehind_led
from analysis.patternstore import compile_pattern

__all__ = ["Kind", "context_data", "entry", "joined", "lemmas", "lookbehind_led_pattern", "pattern",
           "read_words", "whole_words", "word_patterns"]

R = TypeVar("R")
Kind = Callable[[Any], Any]  # an entry of the data (a list of words, a pattern) → its field


@cache
def context_data() -> dict[str, Any]:
    """`data/money_context_ru.json` as it is, read and parsed once per process (the same
    object `data_json` gives every reader of the file): every money module that compiles some
    of its word lists takes them from here."""
    return data_json("money_context_ru.json")


def whole_words(words: list[str]) -> re.Pattern[str]:
    """One pattern of whole words, matched in lower-cased text (case-sensitive is faster),
    its words grouped by first letter (same matches; sre tries fewer at each word start)."""
    return first_letter_union(words, before=r"\b", after=r"(?![\w-])")


def joined(before: str = "", after: str = "", flags: int = 0) -> Kind:
    """The kind that compiles an entry's alternatives (a list of them, or one pattern as a
    string) joined by «|», between `before` (inline flags, a look-behind…) and `after`."""
    def compile_joined(entry: str | list[str]) -> re.Pattern[str]:
        source = entry if isinstance(entry, str) else "|".join(entry)
        return compile_pattern(before + source + after, flags)
    return compile_joined


pattern: Kind = joined()  # the entry as it is: one pattern, or a plain alternation of a list


def lemmas(words: list[str]) -> frozenset[str]:
    """The entry as a set of lemmas, looked a word's lemma up in."""
    return frozenset(words)


def lookbehind_led_pattern(source: str) -> re.Pattern[str]:
    """A pattern whose alternatives each open with a look-behind, compiled with the
    look-behind said after each first letter (`lookbehind_led`: the same matches, faster)."""
    return compile_pattern(lookbehind_led(source))


def entry(kind: Kind, *, key: str | None = None, default: Any = MISSING) -> Any:
    """A dataclass record's field read from the data's entry `key` (the field's own name by
    default) by `kind`; `default` where the data lacks the entry (required without one)."""
    return field(default=default, metadata={"kind": kind, "key": key})


def _fields(record: type) -> list[tuple[str, Kind | None, str | None, bool]]:
    """Each field of `record`: its name, its declared kind and key (`entry`), whether it has
    a default."""
    if is_dataclass(record):
        return [(f.name, f.metadata.get("kind"), f.metadata.get("key"),
                 f.default is not MISSING or f.default_factory is not MISSING)
                for f in fields(record)]
    defaults = record._field_defaults  # type: ignore[attr-defined]
    return [(name, None, None, name in defaults)
            for name in record._fields]  # type: ignore[attr-defined]


def read_words(entries: Mapping[str, Any], record: type[R],
               kinds: Kind | Mapping[str, Kind] | None = None, **given: Any) -> R:
    """`record` built from `entries`: each field from its entry, compiled by its kind — the
    one of `kinds` (one kind for every field, or one per field), else the one the field
    declares (`entry`). A field with no kind is the caller's to give (`given`) or keeps its
    default; an entry the data lacks gives the field's default, or a KeyError without one."""
    values: dict[str, Any] = {}
    for name, declared, key, has_default in _fields(record):
        if name in given:
            continue
        kind = (kinds.get(name) if isinstance(kinds, Mapping) else kinds) or declared
        if kind is None:
            continue
        key = key or name
        if key in entries:
            values[name] = kind(entries[key])
        elif not has_default:
            raise KeyError(key)
    return record(**values, **given)


def word_patterns(section: str, record: type[R], kinds: Kind | Mapping[str, Kind] | None = pattern,
                  data: Mapping[str, Any] | None = None) -> R | None:
    """The section `section` of the data (`data/money_context_ru.json` unless `data` is
    given) as `record` (`read_words`; every field a `pattern` unless `kinds` says otherwise);
    None when the data lacks the section."""
    part = (context_data() if data is None else data).get(section)
    return None if part is None else read_words(part, record, kinds)
