"""The aside phrases of an amount's sentence (`aside_spans`: «с учётом декабрьских отгрузок»,
«без учёта поставок», «за счёт кредита»), and whether one runs on into the amount after it
(`runs_into_amount`), past a bracket's note and a participle clause that only describe its noun.

«за счёт кредита банка ВТБ (Беларусь), выданного в российских рублях, на сумму 215 млн»: the
bracket names the bank, the clause between commas describes the credit, and «на сумму» hands
the amount to the credit — the phrase names the amount itself, as «за счёт кредита на 2 млрд»
does (plain Russian: a participle clause set off by commas modifies the noun before it).
"""

from __future__ import annotations

from functools import cache, lru_cache

from analysis.lang import lemma, parse
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data, context_words
from analysis.money.cuewords import is_participle
from analysis.money.literal_gate import GatedPattern
from analysis.money.scope import AmountScope

__all__ = ["aside_spans", "runs_into_amount"]

_BRACKET = lazy_compile(r"\([^()]{0,60}\)")
# «, выданного в российских рублях,»: a participle (or «который») opening a clause between commas
_MODIFIER = lazy_compile(r",[ \u00a0]*(?P<w>[а-яё]+)[^,;:.!?()]{0,80},")
# what hands the amount to the noun: nothing, «на», «на сумму», «в размере», «объёмом», a
# restating «то есть» («профинансированы за счёт кредита, то есть около 2,4 млрд»: round 58)
_HANDOVER = lazy_compile(r"[ \u00a0,]*(?:(?:на[ \u00a0]+(?:(?:общую[ \u00a0]+)?сумму[ \u00a0]+)?"
                         r"|в[ \u00a0]+размере[ \u00a0]+|объ[её]мом[ \u00a0]+|то[ \u00a0]+есть[ \u00a0]+)"
                         r"(?:(?:около|более|свыше|почти|порядка|до)[ \u00a0]+)?)?")


def runs_into_amount(low: str, start: int, amount_start: int) -> bool:
    """Is low[start:amount_start] (lower-cased, from where an aside phrase stopped) only a
    bracket's note and participle clauses before a word handing the amount over?"""
    rest = _BRACKET.sub(" ", low[start:amount_start])
    if "," in rest:
        rest = _MODIFIER.sub(lambda m: " " if is_participle(m.group("w")) else m.group(), rest)
    return _HANDOVER.fullmatch(rest) is not None


_ASIDE_STOP = lazy_compile(r"[,;:()!?.]|[ \u00a0][—–]|[—–][ \u00a0]")  # (not «январю–октябрю»)
_ASIDE_WORD = lazy_compile(r"[а-яё]+(?:-[а-яё]+)*")
_ASIDE_ENDS = frozenset({"VERB", "INFN", "PRTS", "GRND", "ADVB", "CONJ", "PRCL"})
_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"})
_ASIDE_REACH = 4  # words an aside phrase may take («с учётом отгрузок в декабре»)


@lru_cache(maxsize=50_000)
def _ends_aside(word: str) -> bool:
    """A predicate, an adverb or a conjunction ends an aside phrase, and so does a noun in
    the nominative: the clause's subject («С учётом поставок в декабре экспорт составил …»)."""
    tag = parse(word).tag
    return tag.POS in _ASIDE_ENDS or (tag.POS == "NOUN" and tag.case == "nomn" and not (
        _NAME_TAGS & tag.grammemes)) or (  # («… Республики Беларусь»: a name in apposition)
        lemma(word) in _aside_goods())  # «закупить за счёт кредита российской продукции на»


@cache
def _aside_goods() -> frozenset[str]:
    """Goods nouns that open the verb's object after an aside («за счёт кредита российской
    продукции на сумму …»: the goods bought, not the credit, are what the sum measures)."""
    return frozenset(context_data().get("aside_goods_objects", ()))


# a literal every aside phrase holds, and every attribution phrase (checked on the data's
# patterns, `literal_gate`: «на фоне», «с учётом», «без учёта», «за вычетом», «за счёт», «судя
# по», «…% от суммы»; «по оценкам», «по данным», …, «согласно договору», «по условиям
# контракта», «в соответствии с программой»): most sentences hold none and are not scanned
_ASIDE = GatedPattern(lambda: context_words().aside, ("фоне", "уч", "вычетом", "сч", "судя", "%"))
_ATTRIBUTION = GatedPattern(lambda: context_words().attribution, (
    "оценк", "данным", "информаци", "сведени", "словам", "мнени", "подсч", "расч", "соглашению",
    "договору", "контракту", "меморандуму", "условиям", "согласно", "соответстви"))


def aside_spans(scope: AmountScope, attribution: bool = False) -> list[tuple[int, int]]:
    """The aside phrases of the amount's sentence («с учётом декабрьских отгрузок», «без
    учёта поставок», «за счёт кредита»): what the figure allows for, leaves out or is paid
    from, not what it measures or when. Each runs from its marker over at most
    `_ASIDE_REACH` words, up to a clause mark, a verb, adverb or subject, or an amount; a
    phrase whose words run on into this amount («за счёт кредита ВЭБ на 2 млрд») names the
    amount itself and is left out. With `attribution`, who
    gives the figure too («по оценке участников рынка»: no metric, though maybe a period)."""
    low, s_start, s_end = scope.folded, scope.start, scope.end
    # (a sentence holding no literal of a phrase is not scanned: `GatedPattern`)
    found = list(_ASIDE.finditer(low, s_start, s_end))
    if attribution:
        found += _ATTRIBUTION.finditer(low, s_start, s_end)
    if not found:
        return []  # (most sentences: no phrase at all)
    spans: list[tuple[int, int]] = []
    for m in found:
        stop = _ASIDE_STOP.search(low, m.end(), scope.end)
        limit = min([stop.start() if stop else scope.end]
                    + [o.start for o in scope.others if o.start >= m.end()])
        end, ended = m.end(), False
        for n, w in enumerate(_ASIDE_WORD.finditer(low, m.end(), limit)):
            if _ends_aside(w.group()):
                ended = True
                break
            if n < _ASIDE_REACH:
                end = w.end()
        if not ended and (limit == scope.amount.start or (  # (a bracket, a participle clause)
                end < scope.amount.start and runs_into_amount(low, end, scope.amount.start))):
            continue  # «за счёт кредита Банка развития на 74 млн»: the phrase names this amount
        spans.append((m.start(), end))
    return spans
