"""Which of the readers asked once an amount can answer «yes» in its sentence: one pass over
the sentence names the trigger words that stand there, and a reader whose trigger words are
all absent is not asked (its answer would be «no»: the same answer, not a guess).

`own_metric` and `construction_metric` ask some thirty readers of every amount in turn
(«is the figure a service sold abroad», «a shipment into a region», «a bank's loan» …), and
nearly every one answers «no»; so do the word lists `borrowed_time` asks and the forecast
words of `is_forecast`. Each such reader says «yes» only when some pattern of its own matches
in the amount's sentence of the folded text, or of its lower case for the word lists
`context.says` searches (its *gate*, `READERS`: a conjunction of
clauses, each clause the patterns one of which must match — a reader with a bank and a verb
of lending needs both). For every pattern `required_literals` reads the literals its parse
offers and `literal_gate` proves that every match holds one of them (as the gated patterns
of the readers do); a pattern with no such proof (a class or a `(?i)` letter leads it) or
missing from the data leaves its reader ungated: asked always. So a new word in the data
changes the literals with it and cannot slip past the gate.

All the literals of all the gates are found in one Aho–Corasick pass (`lang.literal_pass`, as
`head_stems` finds the amount heads) over the low byte of each UTF-16 code unit of the
sentence, whatever their number (a `str.__contains__` loop is dear past a dozen literals,
`literal_gate.MAX_LIST_LITERALS`): a literal standing in the sentence stands, so projected, in
its projection (a projection standing where no literal does only asks a reader, as before).
The readers a sentence opens are kept on its scope (`AmountScope.open_readers`).

Why every gate holds is told beside each entry of `READERS`: the reader's «yes» needs a match
of those patterns inside the amount's sentence [scope.start, scope.end) of `scope.folded`, so
a literal of the match stands there too (tests/test_speed43_reader_gates.py replays each
reader with and without its gate).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.lang.literal_pass import LiteralPass, units
from analysis.money.literal_gate import literal_gate, required_literals
from analysis.money.sentence_literals import shared_literals

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

    from analysis.money.scope import AmountScope

__all__ = ["APPROVES_PROJECTS", "BANK_PROVIDES", "BARE_CREDIT_LINE", "BOND_DEMAND",
           "COLLECTS_PAYMENTS", "CONTRACT_SECURITY", "COSTS_ONE", "COSTS_PAST_CUE", "COUNTS_DEALS",
           "COURT_AWARD", "CREDIT_BEFORE", "DOWN_PAYMENT", "EXCHANGE_DEALS", "FORECAST_WORDS",
           "FUNDS_RECEIVED",
           "INSURER_PAYOUT", "MARKET_ITEM", "ONE_OFF_SUPPORT", "POSSESSIVE_SIZE", "RANKS_SHARES",
           "READERS", "SERVICE_EXPORT", "SERVICE_RENDERED", "SHIPMENT_TO_PLACE",
           "SHIPPED_PAST_CUE", "STATES_RESULT", "SUPPLIER_SHIPMENT", "TRADE_BALANCE", "Gates",
           "gate_literals", "gates", "open_readers"]

# the gated readers, as the callers name them
SHIPPED_PAST_CUE = "shipped_past_cue"
SERVICE_EXPORT = "is_service_export"
SERVICE_RENDERED = "is_service_rendered"
MARKET_ITEM = "is_market_item"
CREDIT_BEFORE = "names_credit_before"
POSSESSIVE_SIZE = "possessive_size_metric"
COSTS_PAST_CUE = "costs_past_cue"
BANK_PROVIDES = "bank_provides"
FUNDS_RECEIVED = "is_funds_received"
CONTRACT_SECURITY = "is_contract_security"
APPROVES_PROJECTS = "approves_projects"
FORECAST_WORDS = "forecast_words"
SHIPMENT_TO_PLACE = "is_shipment_to_place"
SUPPLIER_SHIPMENT = "is_supplier_shipment"
COURT_AWARD = "is_court_award"
BARE_CREDIT_LINE = "is_bare_credit_line"
DOWN_PAYMENT = "is_down_payment"
BOND_DEMAND = "is_bond_demand"
INSURER_PAYOUT = "insurer_payout"
COSTS_ONE = "costs_one"
STATES_RESULT = "states_result"
RANKS_SHARES = "ranks_shares"
COUNTS_DEALS = "counts_deals"
COLLECTS_PAYMENTS = "collects_payments"
ONE_OFF_SUPPORT = "names_one_off_support"
TRADE_BALANCE = "states_trade_balance"
EXCHANGE_DEALS = "on_exchange"

# letters whose lower case depends on the text around them (a final «ς») or takes two
# characters («İ»: «i̇»): a literal holding one may stand in a window's own lower case and not
# in the folded text (`fold` keeps offsets), so such a gate is not proved
_LOWER = frozenset("σς\u0307")


def _readers() -> dict[str, tuple[tuple[Callable[[], re.Pattern[str] | None], ...], ...]]:
    """Each gated reader's clauses (imported here, when first asked: the readers' modules
    import nothing of this one)."""
    from analysis.money import (
        apposition,
        bonds,
        context,
        cost_verb,
        court,
        credit_line,
        exchange_deals,
        funds_received,
        leasing,
        market_breakdown,
        possessive_size,
        services_abroad,
        shipment,
        support,
        tender_price,
    )
    from analysis.money.constructions import approval_verb

    def lender_words(i: int) -> Callable[[], re.Pattern[str] | None]:
        def pattern() -> re.Pattern[str] | None:
            pair = context.pattern_pair("bank_lender", "lender_verb")
            return pair[i] if pair is not None else None
        return pattern

    return {
        # `is_shipment_to_place` (and so `shipped_past_cue`) says no without a shipment verb
        # before the amount in its sentence
        SHIPPED_PAST_CUE: ((shipment.shipment_verbs,),),
        # a «yes» of `is_service_export` needs money earned (`earned_on`), a verb of carrying
        # out (`works_performed`), a work's noun before its participle clause
        # (`_works_told_abroad`) or the noun «услуг»
        SERVICE_EXPORT: ((services_abroad.earned_on, services_abroad.works_performed,
                          services_abroad.works_clause, services_abroad.service_noun),),
        # the verb of rendering, its object and «на» right before the sum
        SERVICE_RENDERED: ((services_abroad.rendered_on,),),
        # the breakdown's lead before the amount, and its item (a country and a dash)
        MARKET_ITEM: ((market_breakdown.breakdown_lead,), (market_breakdown.breakdown_item,)),
        # the credit's noun and the dash or bracket that runs into the amount
        CREDIT_BEFORE: ((apposition.credit_apposition,),),
        # the possessive size noun before the amount
        POSSESSIVE_SIZE: ((possessive_size.possessive_size,),),
        # the verb of costing in the amount's clause (`_cost_clause`)
        COSTS_PAST_CUE: ((cost_verb.cost_verb,),),
        # a bank and a verb of providing, both in the amount's stretch
        BANK_PROVIDES: ((lender_words(0),), (lender_words(1),)),
        # the verb of receiving in the amount's clause
        FUNDS_RECEIVED: ((funds_received.funds_received,),),
        # the security's words right before the amount
        CONTRACT_SECURITY: ((tender_price.contract_security,),),
        # the verb of approving in the amount's clause (`_approves_projects`: None without it)
        APPROVES_PROJECTS: ((approval_verb,),),
        # the plan words of `is_forecast` (searched in the amount's sentence only)
        FORECAST_WORDS: ((lambda: context.context_words().forecast,),),
        # `is_shipment_to_place` as `shipped_past_cue`; a supplier shipping needs its words
        SHIPMENT_TO_PLACE: ((shipment.shipment_verbs,),),
        SUPPLIER_SHIPMENT: ((shipment.supplier_words,),),
        # a court word before the amount in its clause or right after it
        COURT_AWARD: ((court.court_words,),),
        # the line's word right before the amount (its «до» perhaps taken in)
        BARE_CREDIT_LINE: ((lambda: credit_line.line_words().bare_credit_line,),),
        # the down payment's words before the amount
        DOWN_PAYMENT: ((leasing.down_payment_words,),),
        # a word of demand in the amount's clause before it
        BOND_DEMAND: ((lambda: bonds.bond_words().demand,),),
        # an insurer and a verb of paying out in the sentence
        INSURER_PAYOUT: ((support.insurer_words,), (lambda: _second(context.pattern_pair(
            "insurer_payout", "payout_verb")),)),
        # what one item costs (`unit_cost`) in the amount's clause before it
        COSTS_ONE: ((lambda: context.context_words().unit_cost,),),
        # the word lists `context.says` searches in the lower case of the raw sentence (or a
        # stretch of it): a literal standing there stands in the folded sentence too (`_LOWER`)
        STATES_RESULT: ((lambda: context.context_words().result_words,),),
        RANKS_SHARES: ((lambda: context.context_words().share_ranking,),),
        COUNTS_DEALS: ((lambda: context.context_words().deal_volume,),),
        COLLECTS_PAYMENTS: ((lambda: context.context_words().collected_payments,),),
        ONE_OFF_SUPPORT: ((lambda: context.context_words().one_off_support,),),
        TRADE_BALANCE: ((lambda: context.context_words().trade_balance,),),
        # the exchange named in the amount's sentence (`exchange_deals.on_exchange`)
        EXCHANGE_DEALS: ((exchange_deals.exchange_words,),),
    }


def _second(pair: tuple[re.Pattern[str], re.Pattern[str]] | None) -> re.Pattern[str] | None:
    return pair[1] if pair is not None else None


class Gates:
    """The literals of every gated reader, found in one pass: literal `i` opens the clauses
    `clauses_of[i]`; a reader is open when each of its clauses is (`needs`); `always` the
    readers no gate was proved for."""

    __slots__ = ("_clauses", "_finder", "_gated", "_multi", "_opens", "_shared", "always",
                 "clauses_of", "key_of", "literals", "needs")

    def __init__(self, literals: tuple[str, ...], clauses_of: tuple[tuple[int, ...], ...],
                 needs: dict[str, frozenset[int]], always: frozenset[str],
                 shared: tuple[str, ...] = ()) -> None:
        self.literals, self.clauses_of, self.needs, self.always = literals, clauses_of, needs, always
        # each literal by the low bytes of its UTF-16 code units (`lang.literal_pass`,
        # projected), the clauses of literals of one projection merged: a literal standing in a
        # text stands, projected, in the text's projection (a projection may also stand where
        # no literal of it does: its readers are asked then, as before); the `shared` literals
        # (`sentence_literals`) open no reader, their keys are only kept
        searched = tuple(dict.fromkeys((*literals, *(lit for lit in shared if lit))))
        self._finder = LiteralPass(searched, projected=True, dfa=True) if searched else None
        groups = self._finder.groups if self._finder is not None else ()
        self.key_of = {searched[i]: key for key, group in enumerate(groups) for i in group}
        padded = (*clauses_of, *((),) * (len(searched) - len(literals)))
        self._clauses = tuple(frozenset(c for i in group for c in padded[i]) for group in groups)
        # the keys that open some clause (a key of shared literals only opens none)
        self._gated = frozenset(key for key, c in enumerate(self._clauses) if c)
        self._shared = len(self._gated) < len(groups)
        # what a projection opens at once: the readers of one clause among its clauses
        self._opens = tuple(frozenset(r for r, need in needs.items() if len(need) == 1
                                      and need <= clauses) for clauses in self._clauses)
        self._multi = tuple((r, need) for r, need in needs.items() if len(need) > 1)

    def open_in(self, folded: str, start: int, end: int) -> frozenset[str]:
        """The readers that may answer «yes» in folded[start:end]."""
        return self.read(folded, start, end)[0]

    def read(self, folded: str, start: int, end: int) -> tuple[frozenset[str], set[int]]:
        """The readers that may answer «yes» in folded[start:end], and the keys (`key_of`) that
        may stand there: every key of a literal standing there among them."""
        stretch = folded[start:end]
        raw = units(stretch)
        if raw is None:  # (a lone surrogate, a character past the BMP)
            return self._open_by_in_tests(stretch), self._keys_by_in_tests(stretch)
        if self._finder is None:
            return self.always, set()
        found = self._finder.keys_in(raw[::2])
        gated = found.intersection(self._gated) if self._shared else found
        if not gated:
            return self.always, found
        opened = set(self.always)
        opens, clauses = self._opens, self._clauses
        present: set[int] = set()
        for i in gated:
            opened |= opens[i]
            present |= clauses[i]
        for reader, need in self._multi:  # (each of its clauses must stand)
            if need <= present:
                opened.add(reader)
        return frozenset(opened), found

    def _open_by_in_tests(self, stretch: str) -> frozenset[str]:
        """`open_in` by an `in` test a literal (a stretch with no plain UTF-16 copy)."""
        present: set[int] = set()
        for literal, clauses in zip(self.literals, self.clauses_of, strict=True):
            if literal in stretch:
                present.update(clauses)
        return self.always | {r for r, need in self.needs.items() if need <= present}

    def _keys_by_in_tests(self, stretch: str) -> set[int]:
        """The keys of the literals standing in `stretch`, by an `in` test a literal."""
        return {key for literal, key in self.key_of.items() if literal in stretch}


def gate_literals(sources: tuple[Callable[[], re.Pattern[str] | None], ...]) -> tuple[str, ...] | None:
    """The literals one of which every match of any of the patterns holds (each proved by
    `literal_gate`); None when one pattern is missing or its parse shows none."""
    out: set[str] = set()
    for source in sources:
        pattern = source()
        if pattern is None:
            return None
        literals = required_literals(pattern)
        if not literals or literal_gate(pattern, literals) is None or any(
                not _LOWER.isdisjoint(literal) for literal in literals):
            return None
        out.update(literals)
    return tuple(sorted(out))


@cache
def gates() -> Gates:
    """The gates of `READERS`, proved and compiled once."""
    literal_ids: dict[str, int] = {}
    clauses: list[set[int]] = []  # literal index -> clause ids
    needs: dict[str, frozenset[int]] = {}
    always: set[str] = set()
    count = 0
    for reader, reader_clauses in READERS().items():
        proved = [gate_literals(sources) for sources in reader_clauses]
        if any(literals is None for literals in proved):
            always.add(reader)
            continue
        ids = []
        for literals in proved:
            clause, count = count, count + 1
            ids.append(clause)
            for literal in literals or ():
                if literal not in literal_ids:
                    literal_ids[literal] = len(literal_ids)
                    clauses.append(set())
                clauses[literal_ids[literal]].add(clause)
        needs[reader] = frozenset(ids)
    return Gates(tuple(literal_ids), tuple(tuple(sorted(c)) for c in clauses), needs,
                 frozenset(always), shared_literals())


READERS = cache(_readers)


def open_readers(scope: AmountScope) -> frozenset[str]:
    """The gated readers that may answer «yes» for the amount of `scope` (and those with no
    gate), read once a scope."""
    known = scope.open_readers
    if known is None:
        known, scope.literal_keys = gates().read(scope.folded, scope.start, scope.end)
        scope.open_readers = known
    return known
