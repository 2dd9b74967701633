"""The stretches of an amount's sentence that its metric reading may blank out: asides, a
programme's quoted name, participle clauses between commas, and words that only look like
cues (`analysis.money.metric` reads the sentence with different ones blanked)."""

from __future__ import annotations

import re
from functools import cache

from analysis.lazypattern import lazy_compile
from analysis.money.aside_reach import aside_spans
from analysis.money.context import context_data, context_words
from analysis.money.cuewords import may_be_participle
from analysis.money.literal_gate import required_sets
from analysis.money.scope import AmountScope
from analysis.money.sentence_literals import SentenceList, scope_keys

__all__ = ["SentenceMasks", "not_cue_heads"]

# «Объем кредитов, выданных Банком развития на экспортные операции, — 1,1 млрд»: a participle
# or «который» clause between commas modifies a noun; its words are not the figure's metric;
# nor are those of a clause of condition or concession («, если договорённость будет
# достигнута,»: `subordinate_openers`).
# (the clause's run greedy: it holds no comma, so it can end only at the first one, as a lazy
# run does, without trying the comma after each character)
_MODIFIER = lazy_compile(r",[ \u00a0]*(?P<w>[А-Яа-яЁё]+)[^,;.!?()]*,")


class SentenceMasks:
    """The stretches of an amount's sentence its metric reading may blank out, each kind
    found once: `metric_of` reads the sentence up to four times with different kinds
    blanked (modifier clauses or not, not-cues or not), and the aside phrases, a
    programme's name and the clauses are the same each time."""

    __slots__ = ("_not_cues", "modifiers", "scope", "set_aside")

    def __init__(self, scope: AmountScope) -> None:
        self.scope = scope
        low, start, end, others = scope.folded, scope.start, scope.end, scope.others
        # aside and attribution phrases, and a programme's quoted name: blanked always
        chunks = aside_spans(scope, attribution=True)  # «с учётом отгрузок», «по оценке»
        name = context_words().programme_name
        if name is not None and low.find("«", start, end) >= 0:
            # «на программу «Стимулирование инвестиционной активности»»: a name, not a cue
            chunks += [(m.start(1), m.end(1) - 1) for m in name.finditer(low, start, end)
                       if not any(m.start(1) <= o.start < m.end(1) for o in others)]
        # participle and «который» clauses between commas («, выданных …,»); a clause of
        # condition or concession is blanked always: its words are never the figure's, even
        # when nothing else is left to go on («выхода на 28 млрд долларов, если не будет
        # ограничений на рынке молочной продукции», — …: the topic before decides; round 54)
        self.modifiers = []
        for m in _MODIFIER.finditer(scope.text, start, end):
            if any(m.start() <= o.start < m.end() for o in others):
                continue
            if m.group("w").lower() in _subordinate_openers():
                chunks.append((m.start(), m.end() - 1))
            elif may_be_participle(m.group("w")):
                self.modifiers.append((m.start(), m.end() - 1))  # (the closing comma's slot too)
        self.set_aside = chunks
        self._not_cues: list[tuple[int, int]] | None = None

    def not_cues(self) -> list[tuple[int, int]]:
        """Words that only look like cues («белорусского производства», «выпуск облигаций»)."""
        if self._not_cues is None:
            scope = self.scope
            # (the literals that stand in the sentence, looked up in the scope's one pass,
            # `sentence_literals`: the same as `low.find(needle, start, end) >= 0` for each of
            # ~60; then the patterns of those whose further gates the pass may have found too,
            # in the list's order)
            present = _NOT_CUE_WORDS.present(scope)
            self._not_cues = _not_cue_spans(scope, present) if present else []
        return self._not_cues

    def text(self, modifiers: bool = True, not_cues: bool = False) -> str:
        """The text with the chosen stretches blanked out (offsets unchanged); the text
        itself when there is nothing to blank."""
        text = self.scope.text
        chunks = self.set_aside + self.modifiers if modifiers else self.set_aside
        if not_cues:
            chunks = self.not_cues() + chunks
        if not chunks:
            return text
        parts, pos = [], 0
        for a, b in sorted(chunks):
            a = max(a, pos)  # (a word inside a clause already blanked)
            if a > b:
                continue
            parts.append(text[pos:a])
            parts.append(" " * (b - a + 1))
            pos = b + 1
        parts.append(text[pos:])
        return "".join(parts)


@cache
def _subordinate_openers() -> frozenset[str]:
    return frozenset(context_data().get("subordinate_openers", ()))


@cache
def _not_cue_index() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], dict[str, tuple[int, ...]]]:
    """The not-cues and each literal's entries (indices, in order)."""
    entries = context_words().not_cues
    of_literal: dict[str, list[int]] = {}
    for i, (needle, _) in enumerate(entries):
        of_literal.setdefault(needle, []).append(i)
    return entries, {k: tuple(v) for k, v in of_literal.items()}


def _not_cue_spans(scope: AmountScope, present: list[str]) -> list[tuple[int, int]]:
    """The not-cues' spans in the scope's sentence, `present` the literals standing there: the
    patterns of those literals, in the list's order, each searched only where every one of its
    further gates (`_lead_gates`) has a key among those the scope's pass found (where none of
    a gate's literals stands, no match can be there: the same spans)."""
    entries, of_literal = _not_cue_index()
    keys, gated = scope_keys(scope), _lead_keys()
    low, start, end = scope.folded, scope.start, scope.end
    spans = []
    for i in sorted(i for lit in present for i in of_literal[lit]):
        for gate in gated[i]:
            if gate.isdisjoint(keys):
                break
        else:
            spans += [(m.start(1), m.end(1) - 1) for m in entries[i][1].finditer(low, start, end)]
    return spans


@cache
def _lead_gates() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Each not-cue's further gates: the literal sets every match holds each of
    (`required_sets`, each proved by `literal_gate`) but its own literal's («(?:процент|ставк)…
    по … (кредит…)»: «процент» or «ставк» as well as «кредит»); a set that holds the entry's
    literal tells nothing more."""
    return tuple(tuple(gate for gate in required_sets(pattern)
                       if not any(needle in literal for literal in gate))
                 for needle, pattern in context_words().not_cues)


@cache
def _lead_keys() -> tuple[tuple[frozenset[int], ...], ...]:
    """`_lead_gates` as the keys of the scope's pass."""
    return tuple(tuple(_NOT_CUE_LEADS.keys_of(gate) for gate in gates) for gates in _lead_gates())


# the not-cues' literals and their further gates' literals, tested in the scope's one pass
_NOT_CUE_WORDS = SentenceList(lambda: (needle for needle, _ in context_words().not_cues))
_NOT_CUE_LEADS = SentenceList(lambda: (lit for gates in _lead_gates() for gate in gates for lit in gate))
SHARED = (_NOT_CUE_WORDS, _NOT_CUE_LEADS)


@cache
def not_cue_heads() -> tuple[str, ...]:
    """The literals of the not-cues: a chosen cue word opening with one is checked again."""
    return tuple(needle for needle, _ in context_words().not_cues)
