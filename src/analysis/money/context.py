"""The words around a figure that decide how a reader takes it, beyond its own cue.

The words are data (`data/money_context_ru.json`); this module compiles them once and answers
the questions of context:

- `national_distance`: does the sentence speak of Russia–Belarus as a whole («товарооборот
  двух стран», «Союзного государства»), and how close to the amount is that said;
- `is_seat_of_government` (the agency dateline «МОСКВА, 3 апр — …» is `analysis.lang.newslayout`'s) and
  «в Москве» as the seat of an authority, which never make Moscow the figure's region;
- `is_country_purchase`: a country buying («Беларусь закупает в России») is an import; one
  buyer's purchase («область купит 50 электробусов на») is «other»;
- a result, revenue on the Russian market (a price is `analysis.money.price_told`, a price
  per unit `analysis.money.unit_price`; money sent on a purpose and an estimated investment
  are `analysis.money.invested`).

Whether a plan governs the amount is `analysis.money.forecast`; bare «рублей» read as
Belarusian rubles is `analysis.money.rubles`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from analysis.money.literal_gate import list_gate, may_match
from analysis.money.recipients import counts_recipients
from analysis.money.scope import AmountScope
from analysis.money.word_lists import (
    context_data,
    entry,
    joined,
    lemmas,
    lookbehind_led_pattern,
    pattern,
    read_words,
    whole_words,
)
from analysis.patternstore import compile_pattern

__all__ = [
    "ContextWords",
    "context_data",
    "context_words",
    "is_export_revenue",
    "is_seat_of_government",
    "names_national_within",
    "names_one_off_support",
    "names_signing",
    "national_distance",
    "pattern_pair",
    "reports_results",
    "says",
    "states_result",
    "states_trade_balance",
]


def _security_not_cues(security: dict[str, Any] | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The contract's word of a bid's or contract's security («обеспечение исполнения
    контракта») is no cue: its not-cues, one for each literal a cue is checked against, from
    the words `tender_price` reads the deposit by (`contract_security`, kept once)."""
    if security is None:
        return ()
    words = compile_pattern(security["words"])
    return tuple((literal, words) for literal in security["set_aside_with"])


def _turnover_kinds(kinds: list[tuple[str, str]]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each adjective right before a turnover word with its metric, as a pattern ending there."""
    return tuple((compile_pattern(r"(?i)(?<!\w)" + p + r"[ \u00a0]+\Z"), m) for p, m in kinds)


def _pairs(names: dict[str, str | None]) -> tuple[tuple[str, str | None], ...]:
    return tuple(names.items())


# How the entries are compiled (`analysis.money.word_lists`): whole words in lower-cased text,
# or the data's own pattern, case-insensitive (no look-around where it scans whole articles)
_W, _I = whole_words, joined("(?i)")


@dataclass(frozen=True)
class ContextWords:
    """The compiled context words of `data/money_context_ru.json`: each field from the entry
    of its name (or the one `key` names), compiled by the kind it declares."""

    national: re.Pattern[str] = entry(_W)
    forecast: re.Pattern[str] = entry(_W)
    not_forecast: re.Pattern[str] = entry(_W)
    seat_of_government: re.Pattern[str] = entry(_I)
    belarusian_source: re.Pattern[str] = entry(_I)
    belarusian_sums: re.Pattern[str] = entry(_I)
    russian_sums: re.Pattern[str] = entry(_I)
    belarusian_payer: re.Pattern[str] = entry(joined(r"(?i)(?<!\w)(?:", ")"))
    belarusian_money: re.Pattern[str] = entry(joined("(?im)"))
    russian_payer: re.Pattern[str] = entry(_W)
    speaker_own: re.Pattern[str] = entry(_W)  # «мы», «наш»: the speaker's own side (money/russian_spend.py)
    party_subject: re.Pattern[str] = entry(_W)  # «Партнёр вложил …»: another party (money/russian_spend.py)
    project_cost_subject: re.Pattern[str] = entry(_W)  # «Стоимость проекта — …» (money/russian_spend.py)
    part_openers: re.Pattern[str] = entry(_W)  # «из них», «в том числе»: a part of a sum (money/part_of.py)
    total_words: re.Pattern[str] = entry(_W)  # «общий объём», «всего»: a total of sums before (summed_parts)
    split_words: re.Pattern[str] = entry(_W)  # «тремя траншами», «в два этапа»: a sum told in parts
    part_more: re.Pattern[str] = entry(_W)  # «Ещё …» after a part: the next part of its whole (part_of)
    place_anaphora: re.Pattern[str] = entry(_W)  # «там», «туда»: the place named before (money/region.py)
    local: re.Pattern[str] = entry(_W)
    country_purchase: re.Pattern[str] = entry(_W)
    country: re.Pattern[str] = entry(_W)
    investment_purpose: re.Pattern[str] = entry(_W, key="investment_purpose_words")
    federal_source: re.Pattern[str] = entry(_W)
    results_report: re.Pattern[str] = entry(_W)
    result_words: re.Pattern[str] = entry(_W)
    old_belarusian_rubles: re.Pattern[str] = entry(_W)
    new_belarusian_rubles: re.Pattern[str] = entry(_W)  # «в новом исчислении»: BYN whatever the year
    # «потратили»: farms' money spent (money/purchase.py)
    spent_words: re.Pattern[str] | None = entry(_W, default=None)
    # «сальдо»: exports less imports (focus_time.balance_time)
    trade_balance: re.Pattern[str] | None = entry(_W, default=None)
    belarusian_said: re.Pattern[str] | None = entry(_W, default=None)  # «я имею в виду белорусские рубли»
    unit_price: re.Pattern[str] | None = entry(_I, default=None)
    rate_per_time: re.Pattern[str] | None = entry(_I, default=None)  # «… рублей в месяц»: a rate, a payment
    project_estimate: re.Pattern[str] | None = entry(_W, default=None)
    writer_verbs: frozenset[str] = entry(lemmas, default=frozenset())
    draft_heads: frozenset[str] = entry(lemmas, default=frozenset())  # govern only through a preposition
    # paying a debt back: they govern the loan
    repay_verbs: frozenset[str] = entry(lemmas, default=frozenset())
    programme_heads: frozenset[str] = entry(lemmas, default=frozenset())  # a programme governs its genitive
    # group 1: a programme's quoted name
    programme_name: re.Pattern[str] | None = entry(pattern, default=None)
    export_revenue: re.Pattern[str] | None = entry(_W, default=None)  # revenue on the Russian market
    capital_city: re.Pattern[str] | None = entry(_I, default=None)  # «в столицу»: the capital named before
    capital_other: re.Pattern[str] | None = entry(_W, default=None)  # «белорусская столица»: not that one
    # (a literal, group 1 no cue): `not_cues` and the contract's security, given by `context_words`
    not_cues: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # (an adjective right before a turnover word, its metric): «розничной», «биржевой»
    turnover_kinds: tuple[tuple[re.Pattern[str], str], ...] = entry(_turnover_kinds, default=())
    turnover_subjects: re.Pattern[str] | None = entry(_W, default=None)
    # the genitive right after a turnover word naming a seller: «оборот белорусских продавцов»
    turnover_owners: re.Pattern[str] | None = entry(joined(
        r"(?i)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?(?:", r")"), default=None)
    deal_volume: re.Pattern[str] | None = entry(_W, default=None)  # «объём сделок»: deals counted over a time
    # taxes, duties collected over a time
    collected_payments: re.Pattern[str] | None = entry(_W, default=None)
    # «пени», «штраф»: one case's sanction
    sanctions: re.Pattern[str] | None = entry(_W, key="sanction_words", default=None)
    # «крупнейшим поставщиком стал»: a total's share
    share_ranking: re.Pattern[str] | None = entry(_W, default=None)
    # «грант», «субсидия»: one recipient's sum
    one_off_support: re.Pattern[str] | None = entry(_W, default=None)
    support_per_unit: re.Pattern[str] | None = entry(_W, default=None)  # «скидка …, но не более … за машину»
    # «Один дом … обходится бюджету в …»: a price (its look-behinds said after each first
    # letter: speed, session 35)
    unit_cost: re.Pattern[str] | None = entry(lookbehind_led_pattern, default=None)
    signed_in_month: re.Pattern[str] | None = entry(_W, default=None)  # «подписан», «заключил»: a deal's day
    granted_in_month: re.Pattern[str] | None = entry(_W, default=None)  # «получило кредит»: a loan's day
    # «суд обязал выплатить»: an award's day
    awarded_in_month: re.Pattern[str] | None = entry(_W, default=None)
    # «с учётом», «без учёта», «за счёт»
    aside: re.Pattern[str] | None = entry(_W, key="aside_phrases", default=None)
    # «по оценке участников рынка»
    attribution: re.Pattern[str] | None = entry(_W, key="attribution_phrases", default=None)
    capital_names: tuple[tuple[str, str | None], ...] = entry(_pairs, default=())  # a capital's stem, region
    public_budget_source: re.Pattern[str] | None = entry(_W, default=None)  # «из областного бюджета»
    price_heads: frozenset[str] = entry(lemmas, default=frozenset())  # the lemmas that make an amount a price
    price_list_heads: frozenset[str] = entry(lemmas, default=frozenset())  # the lemmas of a price list's lead
    # the lemmas of taxes and duties: «возмещено НДС»
    tax_words: frozenset[str] = entry(lemmas, default=frozenset())


@cache
def pattern_pair(first: str, second: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Two word lists of `data/money_context_ru.json` (a subject and its verb, say: «bank_lender»
    and «lender_verb»), each compiled as one pattern of its alternatives; None while the data
    lacks either list."""
    data = context_data()
    if first not in data or second not in data:
        return None
    return pattern(data[first]), pattern(data[second])


@cache
def context_words() -> ContextWords:
    """The Russian context words (read once per process)."""
    data = context_data()
    return read_words(data, ContextWords, not_cues=tuple(
        (n, compile_pattern(p)) for n, p in data.get("not_cues", ()))
        + _security_not_cues(data.get("contract_security")))


def reports_results(text: str, start: int, end: int) -> bool:
    """Does text[start:end] report a period's results («МАЗ подвёл итоги 2024 года»,
    «опубликовало отчётность по МСФО за прошлый год»)?"""
    return context_words().results_report.search(text[start:end].lower()) is not None


def states_result(text: str, start: int, end: int) -> bool:
    """Does text[start:end] state a result (revenue, profit, a trade balance), not a price
    or a purchase («Выручка составила…», «Положительное сальдо сложилось…»)?"""
    return says(context_words().result_words, text, start, end)


def states_trade_balance(text: str, start: int, end: int) -> bool:
    """Does text[start:end] state a trade balance («Сальдо торговли … сложилось …»)?"""
    return says(context_words().trade_balance, text, start, end)


def says(words: re.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    """Does text[start:end], in lower case, hold one of `words` (a word list of the data,
    None when the language's file has none)? (Not searched where none of the literals one
    of which every match holds stands: `list_gate`.)"""
    if words is None:
        return False
    low = _lowered(text, start, end)
    return may_match(list_gate(words), low, 0, len(low)) and words.search(low) is not None


# the window `says` lower-cased last, with the text object it was cut from: the readers of an
# amount ask their word lists of its sentence one after the other (a result, deals counted,
# shares ranked, payments collected, a grant), so the sentence is lowered once, not each time
_LAST_LOWERED: tuple[str, int, int, str] = ("", 0, 0, "")


def _lowered(text: str, start: int, end: int) -> str:
    """text[start:end].lower(), made again only when the text object or the window changed
    (the one kept holds its text: no other string can take its identity meanwhile)."""
    global _LAST_LOWERED  # (a one-entry cache: a tuple, swapped in whole)
    last = _LAST_LOWERED
    if last[0] is text and last[1] == start and last[2] == end:
        return last[3]
    low = text[start:end].lower()
    _LAST_LOWERED = (text, start, end, low)
    return low


def counts_deals(text: str, start: int, end: int) -> bool:
    """Does text[start:end] count deals over a time («Объём заключённых ими сделок составил
    …», «биржевой оборот за год») rather than name one contract's value? (`deal_volume`)"""
    return says(context_words().deal_volume, text, start, end)


def ranks_shares(text: str, start: int, end: int) -> bool:
    """Does text[start:end] rank the shares of a total told before («Крупнейшим поставщиком
    стал …», «на втором месте — …», «наибольший объём пришёлся на Москву»)? Such shares
    are of the total's time (`share_ranking`)."""
    return says(context_words().share_ranking, text, start, end)


def collects_payments(text: str, start: int, end: int) -> bool:
    """Does text[start:end] count taxes, duties or customs payments collected («перечислила
    в бюджет 7,3 млрд рублей таможенных платежей»), a flow over a time as trade is?"""
    return says(context_words().collected_payments, text, start, end)


def names_one_off_support(text: str, start: int, end: int) -> bool:
    """Does text[start:end] name a grant or a subsidy («получила … грант 15 млн рублей»),
    a one-off sum to one recipient rather than a budget's yearly money? (`one_off_support`;
    not support counted over many recipients, «субсидии получат 64 хозяйства»: `recipients`)"""
    return says(context_words().one_off_support, text, start, end) and not counts_recipients(
        text, start, end)


_SIGNED_METRICS = frozenset(("agreements", "credit", "financing", "investment"))


def names_signing(text: str, start: int, end: int, metric: str = "agreements") -> bool:
    """Does text[start:end] sign or win a deal («подписан», «заключило», «выиграло тендер»),
    or, for a credit or an allocation, get, grant or allocate it («в марте получило кредит»,
    «выделены в августе»: session 30)? (`signed_in_month`,
    `granted_in_month`: its month is the deal's day, not a period of the value)"""
    words = context_words()
    if metric == "other":  # «суд в феврале обязал выплатить 920 тыс. долл. долга»
        return says(words.awarded_in_month, text, start, end)
    if metric in ("credit", "financing", "agreements") and says(
            words.granted_in_month, text, start, end):
        # (a contract the credit is granted for: «в июне банк открыл кредитную линию для
        # выполнения контракта стоимостью …», its value a one-off sum too: round 59)
        return True
    # a signed deal's value, whatever money it is («соглашение о финансировании на сумму
    # 28,5 млн долларов подписано в августе», «контракт … подписан в марте»)
    return metric in _SIGNED_METRICS and says(words.signed_in_month, text, start, end)


def is_export_revenue(scope: AmountScope) -> bool:
    """Is the amount a maker's revenue on the Russian market («российская выручка завода
    составила 1,1 млрд», «выручка от экспорта в РФ — 129 млн»)? Then it is an export."""
    rx = context_words().export_revenue
    return rx is not None and rx.search(scope.folded, scope.start, scope.amount.start) is not None


def national_distance(scope: AmountScope) -> int | None:
    """Distance from the amount to the nearest word of Russia–Belarus as a whole that belongs
    to it (see `AmountScope.distance`), or None."""
    best: int | None = None
    for m in context_words().national.finditer(scope.folded, scope.start, scope.end):
        dist = scope.distance(m.start(), m.end())
        if dist is not None and (best is None or dist < best):
            best = dist
    return best


def names_national_within(scope: AmountScope, limit: int | None = None) -> bool:
    """Does a word of Russia–Belarus as a whole that belongs to the amount stand nearer to it
    than `limit` (`national_distance` below `limit`; None: at any distance)? The scan stops
    at the first such word (most sentences of a Russia–Belarus article name the countries
    early)."""
    for m in context_words().national.finditer(scope.folded, scope.start, scope.end):
        dist = scope.distance(m.start(), m.end())
        if dist is not None and (limit is None or dist < limit):
            return True
    return False


def is_seat_of_government(text: str, start: int) -> bool:
    """Is the Moscow named at `start` the seat of an authority or a dateline («в Москве
    прошло заседание», «МОСКВА — РИА»), not the city as a region?"""
    seat = context_words().seat_of_government
    return any(m.start() <= start < m.end()
               for m in seat.finditer(text, max(0, start - 4), start + 40))


# What ends an aside phrase: a clause mark, or a word that is a predicate or an adverb
