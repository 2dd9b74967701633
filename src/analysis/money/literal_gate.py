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

__all__ = [
    "GatedPattern",
    "lead_literals",
    "list_gate",
    "literal_gate",
    "may_match",
    "required_literals",
    "required_sets",
]

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


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals read off the parse of `pattern`, one of which every match holds (the longest
    runs the parse offers: of each alternative, its longest plain run), to be proved by
    `literal_gate`; None when the parse offers none (a class or a `(?i)` letter leads every
    part). For a pattern made from a data list, whose words may change."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _required(list(parsed))
    return tuple(sorted(found)) if found else None


def required_sets(pattern: re.Pattern[str], shortest: int = 3) -> tuple[tuple[str, ...], ...]:
    """Gates every match of `pattern` holds *each* of (a conjunction): one a mandatory part of
    its top-level sequence (a plain run, or a group, an alternation or a repeat of at least
    once that `required_literals` reads literals of), each proved by `literal_gate`; those
    holding a literal shorter than `shortest` left out (one stands in most sentences)."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & re.IGNORECASE:
        return ()
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in parsed:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # (it takes no character: the letters around it are adjacent)
        if run:
            found.append(frozenset(("".join(run),)))
            run = []
        if part := _node_required(op, av):
            found.append(part)
    if run:
        found.append(frozenset(("".join(run),)))
    out: list[tuple[str, ...]] = []
    for literals in dict.fromkeys(found):
        gate = tuple(sorted(literals))
        if min(map(len, gate)) >= shortest and literal_gate(pattern, gate) is not None:
            out.append(gate)
    return tuple(out)


def lead_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of `pattern` *starts* with, read off its parse (past
    the look-arounds and anchors it opens with: they take no character; through a group, an
    alternation whose every alternative has them, a repeat of at least once); None when the
    parse does not show them (a class or a `(?i)` letter may open a match, or nothing). A
    search is then the same as a `match` at each place of each literal."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _leads(list(parsed))
    return tuple(sorted(found)) if found else None


def _leads(sequence: Any) -> frozenset[str] | None:
    """The literals every match of `sequence` (parsed nodes) starts with, or None."""
    run: list[str] = []
    for op, av in sequence:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            break  # (the plain run it opens with)
        if op in _ZERO_WIDTH:
            continue  # (it takes no character: the match starts after it)
        if op is sre_constants.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            return None if add_flags or del_flags else _leads(body)
        if op is sre_constants.BRANCH:
            sets = [_leads(alternative) for alternative in av[1]]
            return frozenset().union(*sets) if all(sets) else None  # type: ignore[arg-type]
        if op in _REPEATS and av[0] >= 1:
            return _leads(av[2])
        return None  # a class, any character, an optional part: no literal opens it
    return frozenset(("".join(run),)) if run else None


# past this many literals a gate's `in` tests cost more than the search they would skip (a
# sentence of the seeds: 4–8 literals ~0.4 µs against a search's 0.8–1.3 µs; 14 ~1.1–1.4 µs;
# the 56 shipment verbs 5.8 µs against 1.4 µs)
MAX_LIST_LITERALS = 12
# a word list's gate, worked out once per pattern and shortest literal (keyed by the object:
# a pattern's own hash reads its whole program each time); the pattern kept beside it, so the
# key stays its own
_LIST_GATES: dict[tuple[int, int], tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def list_gate(pattern: re.Pattern[str], shortest: int = 3) -> tuple[str, ...] | None:
    """The gate of a word list's pattern (the list of the data: `required_literals`, proved
    by `literal_gate`) when none of its literals is shorter than `shortest` (a shorter one
    stands in most sentences) and they are no more than `MAX_LIST_LITERALS`; else None, and
    the search always runs."""
    kept = _LIST_GATES.get((id(pattern), shortest))
    if kept is None or kept[0] is not pattern:
        literals = required_literals(pattern)
        gate = (literal_gate(pattern, literals) if literals and len(literals) <= MAX_LIST_LITERALS
                and min(map(len, literals)) >= shortest else None)
        kept = _LIST_GATES[(id(pattern), shortest)] = (pattern, gate)
    return kept[1]


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


def _better(one: frozenset[str], other: frozenset[str] | None) -> bool:
    """Is the set of literals `one` a rarer gate than `other`? (Its shortest literal longer;
    then fewer literals.)"""
    if other is None:
        return True
    return (min(map(len, one)), -len(one)) > (min(map(len, other)), -len(other))


def _required(sequence: Any, lead: str = "") -> frozenset[str] | None:
    """Literals one of which every match of `sequence` (after the plain text `lead`) holds,
    the rarest the parse offers (`_better`), or None."""
    best: frozenset[str] | None = None
    run = list(lead)
    for op, av in sequence:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue
        candidates = []
        if run:
            candidates.append(frozenset(("".join(run),)))
            if (alternatives := _alternatives(op, av)) is not None:
                sets = [_required(alternative, "".join(run)) for alternative in alternatives]
                if all(sets):
                    candidates.append(frozenset().union(*sets))  # type: ignore[arg-type]
        run = []
        candidates.append(_node_required(op, av))
        for found in candidates:
            if found and _better(found, best):
                best = found
    if run and _better(found := frozenset(("".join(run),)), best):
        best = found
    return best


def _node_required(op: Any, av: Any) -> frozenset[str] | None:
    """`_required` of one node (a group, an alternation, a repeat of at least once)."""
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & re.IGNORECASE else _required(body)
    if op is sre_constants.ATOMIC_GROUP:
        return _required(av)
    if op is sre_constants.BRANCH:
        sets = [_required(alternative) for alternative in av[1]]
        return frozenset().union(*sets) if all(sets) else None  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _high, body = av
        return _required(body) if low >= 1 else None
    return None
