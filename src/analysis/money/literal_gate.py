"""A few plain strings one of which every match of a pattern holds: a check in C before a search.

A rule that searches a stretch of every amount's sentence with a long pattern («один … обходится
… в», `unit_cost`) finds nothing in most sentences, yet sre walks the pattern at every
candidate position to learn it. `literal_gate(pattern, literals)` returns `literals` when the
pattern's parse shows that **every** match holds at least one of them (None otherwise: the
gate is then never used, so a change of the data's pattern cannot make it wrong);
`may_match(gate, text, lo, hi)` is `str.__contains__` on text[lo:hi] for each. When none is
there, no match can be there either and the search is skipped: the same answer, not a guess.

How a pattern is read (`re._parser`, the parse `re.compile` itself makes): a match of a
sequence holds each of its mandatory parts, so the sequence holds a literal when one of its
parts does; a run of plain characters (a look-around or an anchor between them takes no
character) holds each literal it contains, and so does a run that goes on into every
alternative of a group after it («ц(?:ен…|ен…)» holds «цен»); an alternation holds one
when every alternative does; a group, or a repeat of at least once, when its body does. A
class, any character, an anchor, a look-around (its text is not part of the match), a
back-reference, an optional part, or anything matched ignoring case holds none.

`GatedPattern` keeps a pattern (made on first use: a data pattern may be missing) with its
gate, and searches a stretch only when one of the literals stands in it: the rules that gate a
pattern hold one such object, not the gate's boilerplate each.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["GatedPattern", "literal_gate", "may_match"]

_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
# nodes that take no character: an anchor, a look-around
_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)


def literal_gate(pattern: re.Pattern[str], literals: tuple[str, ...]) -> tuple[str, ...] | None:
    """`literals` when every match of `pattern` (compiled, its own flags) holds one of them;
    None when its parse does not show it."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if not literals or parsed.state.flags & re.IGNORECASE:
        return None
    return literals if _holds(parsed, literals) else None


def may_match(gate: tuple[str, ...] | None, text: str, lo: int, hi: int) -> bool:
    """Can a pattern gated by `gate` (`literal_gate`) match inside text[lo:hi]? (Always when
    the gate is None.)"""
    if gate is None:
        return True
    stretch = text[lo:hi]
    for literal in gate:  # (a plain loop: no generator for each of a gate's literals)
        if literal in stretch:
            return True
    return False


class GatedPattern:
    """A pattern, made on first use by `make` (None: the data has no such words), and the
    gate `literal_gate` proves for it from `literals`: `search` is the pattern's own, None at
    once where no literal stands in the stretch (and where there is no pattern)."""

    __slots__ = ("_gate", "_literals", "_make", "_pattern", "_ready")

    def __init__(self, make: Callable[[], re.Pattern[str] | None], literals: tuple[str, ...]) -> None:
        self._make, self._literals = make, literals
        self._pattern: re.Pattern[str] | None = None
        self._gate: tuple[str, ...] | None = None
        self._ready = False

    def _load(self) -> None:
        pattern = self._make()
        self._pattern = pattern
        self._gate = literal_gate(pattern, self._literals) if pattern is not None else None
        self._ready = True

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """The pattern itself (None when the data has none)."""
        if not self._ready:
            self._load()
        return self._pattern

    @property
    def gate(self) -> tuple[str, ...] | None:
        """The literals one of which every match holds (None: the parse did not show it)."""
        if not self._ready:
            self._load()
        return self._gate

    def may_match(self, text: str, lo: int, hi: int) -> bool:
        """`may_match` with this pattern's gate (True with no gate, also with no pattern)."""
        if not self._ready:
            self._load()
        return may_match(self._gate, text, lo, hi)

    def search(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        """`pattern.search(text, lo, hi)`, not run when no literal of the gate stands in
        text[lo:hi] (the same answer: no match can be there)."""
        if not self._ready:
            self._load()
        pattern = self._pattern
        if pattern is None or not may_match(self._gate, text, lo, hi):
            return None
        return pattern.search(text, lo, hi)

    def finditer(self, text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text, lo, hi)`, none at once where no literal of the gate stands
        in text[lo:hi] (and where there is no pattern)."""
        if not self._ready:
            self._load()
        if self._pattern is None or not may_match(self._gate, text, lo, hi):
            return iter(())
        return self._pattern.finditer(text, lo, hi)


def _holds(sequence: Any, literals: tuple[str, ...], lead: str = "") -> bool:
    """Does every match of `sequence` (a parsed sequence of nodes), after the plain text
    `lead` that stands right before it, hold one of `literals`?"""
    run = list(lead)
    for op, av in sequence:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # (it takes no character: the letters around it are adjacent)
        if run and _run_holds("".join(run), literals):
            return True
        if run and (alternatives := _alternatives(op, av)) is not None and all(
                _holds(alternative, literals, "".join(run)) for alternative in alternatives):
            return True  # «ц(?:ен…|ен…)»: the run goes on into each alternative
        run = []
        if _node_holds(op, av, literals):
            return True
    return bool(run) and _run_holds("".join(run), literals)


def _alternatives(op: Any, av: Any) -> list[Any] | None:
    """The alternatives of an alternation, bare or as a group's whole body (no flags)."""
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags or len(body) != 1:
            return None
        op, av = body[0]
    return list(av[1]) if op is sre_constants.BRANCH else None


def _run_holds(run: str, literals: tuple[str, ...]) -> bool:
    return any(literal in run for literal in literals)


def _node_holds(op: Any, av: Any, literals: tuple[str, ...]) -> bool:
    """Does every match of one node (a group, an alternation, a repeat) hold a literal?"""
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return not add_flags & re.IGNORECASE and _holds(body, literals)
    if op is sre_constants.ATOMIC_GROUP:
        return _holds(av, literals)
    if op is sre_constants.BRANCH:
        return all(_holds(alternative, literals) for alternative in av[1])
    if op in _REPEATS:
        low, _high, body = av
        return low >= 1 and _holds(body, literals)
    return False  # a class, any character, an anchor, a look-around, a back-reference
