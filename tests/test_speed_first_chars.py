"""Patterns compiled with their first characters told to sre (`analysis.firstchars`, through
`patternstore.compile_pattern`) find what `re.compile`'s program finds.

The program after the info block is the compiler's own; only the set of characters a match
may start with is added, for patterns the compiler found none for. If that set missed a
character a match can start with, the match would be lost: so every package pattern that
gets a set is run beside `re.compile`'s on studied texts, from several start and end
positions, and the reading of the set is checked on small patterns by hand and on random
strings.
"""

from __future__ import annotations

import importlib
import re
import sys
from re import _parser

from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_texts

from analysis import patternstore
from analysis.firstchars import first_chars, with_first_chars
from analysis.lazypattern import LazyPattern


def _told(source: str, flags: int = 0) -> set[str] | None:
    parsed = _parser.parse(source, flags)
    found = first_chars(parsed.data, parsed.state.flags | flags)
    return None if found is None else {chr(c) for c in found}


def test_the_first_characters_are_read_past_what_takes_no_text() -> None:
    assert _told(r"(?<![а-яё])(?:хозяйств|аграри)\w*") == {"х", "а"}
    assert _told(r"\b(?:в|во|на)\s+(?:оба|обе)") == {"в", "н"}
    assert _told(r"(?<!\w)(?:(?:в|во|на|для)\s+оба)") == {"в", "н", "д"}
    assert _told(r"(?:до\s+)?(?:ab)*[xy]z") == {"д", "a", "x", "y"}
    assert _told(r"(?=к)ш+") == {"ш"}  # a look-ahead is not read: it only narrows


def test_a_letter_matched_in_any_case_stands_for_each_of_its_cases() -> None:
    assert _told(r"(?i)(?<!\w)кредит") == {"к", "К"}
    assert _told(r"(?<!\w)(?i:в)ыпуск") == {"в", "В", "\u1c80"}  # «ᲀ»: sre's same letter
    assert _told(r"(?i)(?-i:[сС])[ \u00a0]+\d") == {"с", "С"}
    assert _told(r"(?i)[i-k]") >= {"i", "I", "\u0130", "\u0131", "k", "K", "\u212a"}


def test_no_character_beyond_the_basic_plane_has_its_case_inside_it() -> None:
    # (the case tables of `firstchars` are the Basic Multilingual Plane's)
    import _sre

    assert not [ch for ch in range(0x10000, 0x110000) if _sre.unicode_tolower(ch) < 0x10000]


def test_what_cannot_be_told_is_not_told() -> None:
    assert _told(r"(?a:x)") is None and _told(r"(?a)x") is None  # ASCII case rules
    assert _told(r"\w+банк") is None  # a category
    assert _told(r"[^,]+,") is None and _told(r".x") is None
    assert _told(r"x?") is None  # can match nothing
    assert _told(r"[а-яё]+") is None  # a whole alphabet: no filter worth having
    # the compiler's own prefix or set stays the program
    for source in (r"млн", r"[$€]\d", r"(?:млн|млрд)\b"):
        assert with_first_chars(_parser.parse(source, 0), 0) is None


def _package_patterns() -> list[re.Pattern[str]]:
    """Every module-level pattern of the package and the money context words."""
    from analysis.money.context import context_words

    for name in ("analysis.money", "analysis.entities", "analysis.projects", "analysis.ingest",
                 "analysis.figures", "analysis.lang"):
        importlib.import_module(name)
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    values = [v for name, module in list(sys.modules.items()) if name.startswith("analysis.")
              for v in vars(module).values()]
    values += list(vars(context_words()).values()) if hasattr(context_words(), "__dict__") else [
        getattr(context_words(), f) for f in context_words().__dataclass_fields__]
    for value in values:
        if isinstance(value, LazyPattern):
            value = value.compile()
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found[(value.pattern, value.flags)] = value
    return list(found.values())


def _matches(p: re.Pattern[str], text: str, pos: int, end: int) -> list[tuple]:
    return [(m.span(), m.groups()) for m in p.finditer(text, pos, end)]


def test_the_package_patterns_with_first_characters_find_what_re_finds() -> None:
    texts = studied_texts()[::8]
    told = 0
    for pattern in _package_patterns():
        flags = pattern.flags
        if with_first_chars(_parser.parse(pattern.pattern, flags), flags) is None:
            continue
        told += 1
        ours = patternstore._engine(pattern.pattern, patternstore._program(pattern.pattern, flags))
        real = re.compile(pattern.pattern, flags)
        assert ours != real  # (the info block differs)
        for text in texts:
            n = len(text)
            for pos, end in ((0, n), (n // 3, n), (1, 2 * n // 3)):
                assert _matches(ours, text, pos, end) == _matches(real, text, pos, end), (
                    pattern.pattern)
            assert ours.match(text, n // 2) == real.match(text, n // 2) or (
                ours.match(text, n // 2).span() == real.match(text, n // 2).span())
    assert told > 20  # the look-behind-led word lists among them


_ALPHABET = "ав нд,.-\nкушАВНiIKk\u0130\u0131\u212a\u1c80"
_PIECES = st.sampled_from([r"\b", r"(?<!\w)", r"(?<![а-я])", r"(?=в)", r"в", r"на", r"(?:в|на)",
                           r"\s+", r"[ку]", r"ш?", r"(?:д\s)?", r"[а-я]*", r"(?:ку)*", r"\w",
                           r"(?:а|)", r",", r"x{0}", r"(?:н|ш)+", r"(?i:в)", r"(?-i:А)", r"[i-k]",
                           r"(?i:[а-в])", r"I"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=5), st.text(alphabet=_ALPHABET, max_size=40),
       st.sampled_from([0, re.IGNORECASE]))
def test_random_patterns_find_the_same_matches(pieces: list[str], text: str, flags: int) -> None:
    source = "".join(pieces)
    ours = patternstore._engine(source, patternstore._program(source, flags))
    real = re.compile(source, flags)
    for pos in range(0, len(text) + 1, 3):
        assert _matches(ours, text, pos, len(text)) == _matches(real, text, pos, len(text))
