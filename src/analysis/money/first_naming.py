"""Does an article name a pattern's words before a place? The article searched once.

Readers asked once an amount (`bonds`, `credit_line`, `shipped_after`) look for words anywhere
in the article before the amount («bonds named earlier», «a credit line named before», «a
supply told before»): a search from the text's start for each amount. `named_before` answers
the same, the whole text read once an article: where the pattern first matches in the folded
text is kept by an lru_cache of the text (the per-article mechanism `republic_side` and
`past_date_lines` use), and each amount searches only from there up to itself.

Exact where no match can depend on what follows the place asked about: a search that stops at
`at` sees the text as if it ended there, so a look-ahead, a word boundary or an end anchor may
match at `at` where the whole text does not (or the reverse). Such a pattern (read off its
parse) keeps instead where its literals first stand (`literal_gate`): no literal ending before
`at`, no match; else the search from the start, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from analysis.money.literal_gate import literal_gate, required_literals

__all__ = ["named_before", "reads_ahead"]

# zero-width items that read what follows their place: a look-ahead, a boundary, an end
_AHEAD_ANCHORS = frozenset({sre_constants.AT_BOUNDARY, sre_constants.AT_NON_BOUNDARY,
                            sre_constants.AT_END, sre_constants.AT_END_LINE,
                            sre_constants.AT_END_STRING})


# each pattern's reading, keyed by the object (a pattern's own hash reads its whole program
# each time, as `literal_gate.list_gate` notes): the pattern kept beside it, so its id stays its
# own; whether it reads ahead, and its proved literals if so
_PLANS: dict[int, tuple[re.Pattern[str], bool, tuple[str, ...] | None]] = {}


def _plan(rx: re.Pattern[str]) -> tuple[re.Pattern[str], bool, tuple[str, ...] | None]:
    kept = _PLANS.get(id(rx))
    if kept is None or kept[0] is not rx:
        ahead = _ahead(sre_parse.parse(rx.pattern, rx.flags))
        literals = required_literals(rx) if ahead else None
        kept = _PLANS[id(rx)] = (rx, ahead, None if literals is None else literal_gate(rx, literals))
    return kept


def _ahead(items: object) -> bool:
    """Does an item of the parse (or of a group, branch or repeat in it) read ahead?"""
    for op, av in items:  # type: ignore[attr-defined]
        if op is sre_constants.AT:
            if av in _AHEAD_ANCHORS:
                return True
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            direction, sub = av
            if direction > 0 or _ahead(sub):
                return True
        elif op is sre_constants.BRANCH:
            if any(_ahead(alt) for alt in av[1]):
                return True
        elif op is sre_constants.SUBPATTERN:
            if _ahead(av[-1]):
                return True
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
                    sre_constants.POSSESSIVE_REPEAT):
            if _ahead(av[2]):
                return True
        elif op is sre_constants.GROUPREF_EXISTS:
            if _ahead(av[1]) or (av[2] is not None and _ahead(av[2])):
                return True
        elif op is sre_constants.ATOMIC_GROUP and _ahead(av):
            return True
    return False


@lru_cache(maxsize=16)  # (every amount of an article asks it of the same folded text)
def _first(key: int, text: str) -> int:
    """Where the pattern `key` (its id, `_PLANS`) first matches in `text` (-1: nowhere); for
    a pattern that reads ahead, where the first of its literals ends (-1: none stands in the
    text; 0 when it has no proved literals, and every search is made)."""
    rx, ahead, gate = _PLANS[key]
    if not ahead:
        found = rx.search(text)
        return -1 if found is None else found.start()
    if gate is None:
        return 0  # (nothing proved: every search is made)
    ends = [at + len(w) for w in gate if (at := text.find(w)) >= 0]
    return min(ends, default=-1)


def reads_ahead(rx: re.Pattern[str]) -> bool:
    """Does some item of the pattern read the text after its place (a look-ahead, a word
    boundary, an end anchor)? If not, a search that stops at a place finds the matches of the
    whole text that end by it (a look-behind sees only the text before)."""
    return _plan(rx)[1]


def named_before(rx: re.Pattern[str], text: str, at: int, lo: int = 0) -> bool:
    """Is `rx.search(text, lo, at)` not None? The same answer, the whole text searched once an
    article (`_first`)."""
    ahead = _plan(rx)[1]
    first = _first(id(rx), text)
    if first < 0:
        return False
    if not ahead:
        # no match starts before the first: the search from there finds what the search from
        # `lo` would (a look-behind still sees the text before where a search starts)
        return first < at and rx.search(text, max(lo, first), at) is not None
    if first > at:
        return False  # no literal of a match ends before `at`
    return rx.search(text, lo, at) is not None
