"""Kind cues whose thing the sentence says does not exist: «Ремонтной базы у компании нет»,
«собственной ремонтной базы у неё нет», «в регионе нет ни одного совместного производства»,
«никаких соглашений о сборке … нет» — the genitive with the predicate «нет» (one of the last
kind rules, `analysis.projects.kinds.KIND_RULES`; split from `kind_negation` for size).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit, Token
    from analysis.projects.kind_context import KindContext

__all__ = ["not_lacking"]

_CLAUSE_CUT = lazy_compile(r"[,;:()«»\"—–?!]")  # where a clause ends
_NP_WORDS = frozenset({"ADJF", "PRTF", "NUMR", "NOUN", "NPRO"})
_PHRASE_JOINERS = frozenset({"и", "или", "либо"})  # join words of one phrase
_AROUND_NET = frozenset({"ADVB", "PRCL", "PRED"})  # «пока нет», «так и нет», «по-прежнему нет»


def not_lacking(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Ремонтной базы у компании нет», «собственной ремонтной базы у неё нет», «в регионе нет
    ни одного совместного производства»: a noun phrase in the genitive that opens its clause
    before the predicate «нет» (only «у …», «в …» and adverbs between), or follows it, is
    said not to exist; its kind cues are dropped. The clause ends at punctuation, so «…
    нет, поэтому ООО «…» откроет сервисный центр» still tells its centre; a genitive that
    another noun governs («проблем с запуском сборки нет») is no lacking thing."""
    toks, text = ctx.toks, ctx.text

    def cut(k: int) -> bool:  # punctuation between token k and the next one
        return bool(_CLAUSE_CUT.search(text, toks[k].end, toks[k + 1].start))

    lacking: list[tuple[int, int]] = []
    for k, t in enumerate(toks):
        if t.word != "нет":
            continue
        before = _lacking_before(toks, k, cut)
        if before is not None:
            lacking.append(before)
        after = _lacking_after(toks, k, cut)
        if after is not None:
            lacking.append(after)
        none_of = _none_before(toks, k, cut)
        if none_of is not None:
            lacking.append(none_of)
    if not lacking:
        return kinds
    return [h for h in kinds if not any(a <= h.first <= b for a, b in lacking)]


def _lacking_before(toks: list[Token], k: int, cut) -> tuple[int, int] | None:
    """The genitive phrase opening the clause of «нет» at `k` («Ремонтной базы у компании»,
    «Сервисного центра МАЗ в Пскове до сих пор»)."""
    j = k - 1
    while j >= 0 and not cut(j):
        if toks[j].pos in _AROUND_NET:
            j -= 1
            continue
        # a prepositional phrase: «у компании», «у ООО «…»», «в Пскове», «до сих пор»
        p = j
        while p >= 0 and not cut(p) and (toks[p].pos in _NP_WORDS or toks[p].pos is None):
            p -= 1
        if 0 <= p < j and toks[p].pos == "PREP":
            j = p - 1
            continue
        break
    # the phrase runs back to the opening of its clause (a governing noun or verb before it
    # would make it a complement: «проблем с запуском сборки нет» lacks problems)
    first = j
    while first > 0 and not cut(first - 1) and (toks[first - 1].pos in _NP_WORDS
                                                 or toks[first - 1].pos is None):
        first -= 1
        # «Сборочных или сервисных проектов … нет»: a coordinated word before «или»/«и»
        # belongs to the same phrase (no punctuation before the conjunction)
        if first > 1 and toks[first - 1].word in _PHRASE_JOINERS and not cut(first - 2) \
                and not cut(first - 1) and toks[first - 2].pos in _NP_WORDS:
            first -= 1
    opens = first == 0 or cut(first - 1) or toks[first - 1].pos == "CONJ"
    genitive = any(t.pos == "NOUN" and "gent" in t.tags for t in toks[first:j + 1])
    return (first, j) if j >= 0 and opens and genitive else None


def _none_before(toks: list[Token], k: int, cut) -> tuple[int, int] | None:
    """«что никаких заявок или соглашений о сборке … нет»: a negative determiner
    (``none_of``: «никакой») in the clause of «нет» at `k` says none of what follows it up to
    «нет» exists, complements included (negative concord)."""
    none_of = words("none_of")
    j = k - 1
    while j >= 0 and not cut(j):
        j -= 1
    return next(((i, k) for i in range(j + 1, k) if toks[i].lemma in none_of), None)


def _lacking_after(toks: list[Token], k: int, cut) -> tuple[int, int] | None:
    """The genitive phrase right after «нет» at `k` («нет ни одного совместного производства»)."""
    if k + 1 >= len(toks) or cut(k):
        return None  # «Нет, …»: an answer
    j = k + 1
    while j < len(toks) and (toks[j].pos in _AROUND_NET or toks[j].word == "ни"
                             or toks[j].pos in ("ADJF", "PRTF", "NUMR")):
        if toks[j].pos == "NOUN" or (j > k + 1 and cut(j - 1)):
            break
        j += 1
    if j >= len(toks) or toks[j].pos != "NOUN" or "gent" not in toks[j].tags:
        return None
    return (k + 1, j)
