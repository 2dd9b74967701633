"""A word-list pattern that tries, at each word start, only the words that begin there.

The context word lists (`data/money_context_ru.json`) are compiled into one alternation each,
``\\b(?:w1|w2|…)(?![\\w-])``. sre tries such a pattern at every position, and at every word
boundary it walks the whole branch, testing the first letter of each alternative in turn.
`first_letter_union` compiles the same list as a branch of one alternative per first letter,
that letter written once before the rests of its words:
``\\b(?:п(?:ланир…|редполаг…)|с(?:оставит|…)|…)``. At a word start sre then tests each
first letter once instead of each word (a look-ahead per group instead, ``(?=п)(?:…)``, cost
twice the plain alternation: sre skips a literal-led alternative fast, an assertion not).

For a list of few first letters, a word start ``\\b`` before the branch is said after
each first letter instead
(``п(?<!\\w.)(?:…)``): every alternative then opens with a literal, and sre looks for the set
of first letters in C before it tries anything (the leading ``\\b`` made it try the pattern
at every position).

Same matches, same spans. An alternative led by a group, ``(?:в|на)\\s+будущ…``, is first
spread over the group's alternatives (``в\\s+будущ…|на\\s+будущ…``: the same order of
trials). Then at a position holding letter c only the alternatives led by c can match, and
the group of c holds exactly those, in list order, so the first that matches is the one the
plain alternation would pick. When the source does not plainly start with a letter (an
escape, a class, a quantified first letter or group, a capturing group), the plain
alternation is compiled instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern

__all__ = ["first_letter_union", "letter_led"]

_QUANTIFIER = "?*+{"  # after a first letter or group: it binds that atom
# a look-around before the first letter, as said after it
_AFTER_FIRST_LETTER = {r"\b": r"(?<!\w.)"}
# sre tests a character against a set of Cyrillic first letters one by one: past this many
# the set costs more than the word-start test it saves (the aside list, 3 letters, reads
# 2.1x faster; the national words, 19 letters, 1.7x slower; 7 letters already slower)
_FEW_LETTERS = 6
_CAPTURING = lazy_compile(r"(?<!\\)\((?!\?)|\(\?P<")  # «(…)», «(?P<name>…)»


def _skip(source: str, i: int) -> int:
    """Index after the escape or character class at `i` (after the character otherwise)."""
    if source[i] == "\\":
        return i + 2
    if source[i] != "[":
        return i + 1
    j = i + 1
    j += source[j:j + 1] == "^"
    j += source[j:j + 1] == "]"  # «[]…]»: a first «]» is a member
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1


def _at_depth(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each item of `source` from `start` (a character, an escape or a character class: those
    two never open or close a group) with its index and the group depth after it."""
    depth, i = 0, start
    while i < len(source):
        ch = source[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        yield i, ch, depth
        i = _skip(source, i)


def _closing(source: str, start: int) -> int | None:
    """Index of the ``)`` closing the group opened at `start`, or None."""
    return next((i for i, ch, depth in _at_depth(source, start) if ch == ")" and depth == 0), None)


def _top_level_alternatives(source: str) -> list[str]:
    """`source` split at its top-level ``|``."""
    parts, last = [], 0
    for i, ch, depth in _at_depth(source):
        if ch == "|" and depth == 0:
            parts.append(source[last:i])
            last = i + 1
    parts.append(source[last:])
    return parts


def letter_led(fragment: str) -> list[str] | None:
    """`fragment` as alternatives that each start with a plain letter (a leading ``(?:…|…)``
    group and top-level bars spread out, trial order kept); None when it does not plainly
    start so."""
    alternatives = _top_level_alternatives(fragment)
    if len(alternatives) > 1:  # «ан|ба»: each alternative on its own
        return _all_letter_led(alternatives)
    if not fragment:
        return None
    if fragment[0].isalpha():
        if fragment[1:2] and fragment[1] in _QUANTIFIER:
            return None  # «а?…», «а+…»: the quantifier binds the first letter
        return [fragment]
    if not fragment.startswith("(?:"):
        return None  # an escape, a class, a capturing group, a look-around…
    end = _closing(fragment, 0)
    if end is None or fragment[end + 1:end + 2] in tuple(_QUANTIFIER):
        return None  # «(?:в|на)?…»: the group binds a quantifier
    rest = fragment[end + 1:]
    return _all_letter_led([alt + rest for alt in _top_level_alternatives(fragment[3:end])])


def _all_letter_led(alternatives: list[str]) -> list[str] | None:
    out: list[str] = []
    for alt in alternatives:
        got = letter_led(alt)
        if got is None:
            return None
        out.extend(got)
    return out


def first_letter_union(fragments: list[str], before: str = "",
                       after: str = "") -> re.Pattern[str]:
    """``before(?:f1|f2|…)after`` (case-sensitive: the lists are matched in lower-cased
    text) compiled as one alternative per first letter (see the module docstring); the
    plain alternation when a fragment does not plainly start with a letter or has a
    capturing group (spreading it would copy the group)."""
    led = None if any(_CAPTURING.search(f) for f in fragments) else _all_letter_led(fragments)
    if led is None:
        return compile_pattern(before + "(?:" + "|".join(fragments) + ")" + after)
    groups: dict[str, list[str]] = {}
    for alt in led:
        groups.setdefault(alt[0], []).append(alt[1:])
    # A word start ``\b`` before a letter is «no word character before that letter»: said
    # after the letter (``а(?<!\w.)``) it leaves every alternative led by a literal, and sre
    # then finds candidate positions by that set of first letters in C instead of trying
    # the whole pattern at every position (same matches: the letter is a word character).
    lead = _AFTER_FIRST_LETTER.get(before) if len(groups) <= _FEW_LETTERS else None
    if lead is not None:
        before = ""
    branch = "|".join(f"{letter}{lead or ''}(?:{'|'.join(rests)})"
                      for letter, rests in groups.items())
    return compile_pattern(before + "(?:" + branch + ")" + after)


# one negative look-behind of fixed width, as the data's patterns open a word with: «(?<![а-яё])»,
# «(?<![\w-])», «(?<!ещё )» (no group inside)
_LOOKBEHIND = lazy_compile(r"\(\?<!(?:[^()\[\\]|\\.|\[(?:[^\]\\]|\\.)*\])+\)")


def _behind_first_letter(alternative: str) -> list[tuple[str, str]] | None:
    """(first letter, the rest) of each alternative an alternative that opens with negative
    look-behinds and then a letter-led fragment spreads into (`letter_led`), the look-behinds
    said after that letter (each one character wider: ``(?<!ещё )о…`` is ``о(?<!ещё .)…``);
    None otherwise."""
    behind, pos = [], 0
    while (m := _LOOKBEHIND.match(alternative, pos)) is not None:
        behind.append(m.group()[:-1] + ".)")
        pos = m.end()
    led = _optional_led(alternative[pos:]) if behind else None
    if led is None:
        return None
    return [(alt[0], "".join(behind) + alt[1:]) for alt in led]


def _optional_led(fragment: str) -> list[str] | None:
    """`letter_led` of `fragment`, a leading optional group spread first: ``(?:не )?R`` tries
    the group, then R without it, as ``(?:не )R|R`` does (greedy ``?`` only; a lazy
    ``??`` or possessive ``?+`` is left to `letter_led`, which refuses it)."""
    end = _closing(fragment, 0) if fragment.startswith("(?:") else None
    if end is None or fragment[end + 1:end + 2] != "?" or fragment[end + 2:end + 3] in ("?", "+"):
        return letter_led(fragment)
    rest = fragment[end + 2:]
    with_group, without = letter_led(fragment[:end + 1] + rest), letter_led(rest)
    return None if with_group is None or without is None else with_group + without


def lookbehind_led(source: str) -> str:
    """`source` (a top-level alternation whose every alternative opens with negative
    look-behinds, then a letter) with each alternative's look-behinds said after its first
    letter, the alternatives grouped by that letter in their order: the same matches, and sre
    then finds candidate positions by the set of first letters in C instead of trying the
    look-behinds at every position (``(?<![а-яё])соответственно`` → ``с(?<![а-яё].)оответственно``;
    the letter is consumed, so the wider look-behind sees the same characters before it).
    `source` as it is when an alternative does not so open, or holds a capturing group."""
    if _CAPTURING.search(source):
        return source
    groups: dict[str, list[str]] = {}
    for alternative in _top_level_alternatives(source):
        led = _behind_first_letter(alternative)
        if led is None:
            return source
        for letter, rest in led:
            groups.setdefault(letter, []).append(rest)
    if len(groups) > _FEW_LETTERS:
        return source
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())
