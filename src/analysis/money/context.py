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

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from analysis.money.alternation import first_letter_union, lookbehind_led
from analysis.money.literal_gate import list_gate, may_match
from analysis.money.scope import AmountScope
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


def _union(patterns: list[str]) -> re.Pattern[str]:
    """One pattern of whole words, matched in lower-cased text (case-sensitive is faster),
    its words grouped by first letter (same matches; sre tries fewer at each word start)."""
    return first_letter_union(patterns, before=r"\b", after=r"(?![\w-])")


@dataclass(frozen=True)
class ContextWords:
    """The compiled context words of `data/money_context_ru.json`."""

    national: re.Pattern[str]
    forecast: re.Pattern[str]
    not_forecast: re.Pattern[str]
    seat_of_government: re.Pattern[str]
    belarusian_source: re.Pattern[str]
    belarusian_sums: re.Pattern[str]
    russian_sums: re.Pattern[str]
    belarusian_payer: re.Pattern[str]
    belarusian_money: re.Pattern[str]
    russian_payer: re.Pattern[str]
    speaker_own: re.Pattern[str]  # «мы», «наш»: the speaker's own side (money/russian_spend.py)
    party_subject: re.Pattern[str]  # «Партнёр вложил …»: another party (money/russian_spend.py)
    project_cost_subject: re.Pattern[str]  # «Стоимость проекта — …» (money/russian_spend.py)
    part_openers: re.Pattern[str]  # «из них», «в том числе»: a part of a sum (money/part_of.py)
    total_words: re.Pattern[str]  # «общий объём», «всего»: a total of sums before (money/summed_parts.py)
    split_words: re.Pattern[str]  # «тремя траншами», «в два этапа»: a sum told in parts (summed_parts)
    part_more: re.Pattern[str]  # «Ещё …» after a part: the next part of its whole (money/part_of.py)
    place_anaphora: re.Pattern[str]  # «там», «туда»: the place named before (money/region.py)
    local: re.Pattern[str]
    country_purchase: re.Pattern[str]
    country: re.Pattern[str]
    investment_purpose: re.Pattern[str]
    federal_source: re.Pattern[str]
    results_report: re.Pattern[str]
    result_words: re.Pattern[str]
    spent_words: re.Pattern[str] | None  # «потратили»: farms' money spent (money/purchase.py)
    trade_balance: re.Pattern[str] | None  # «сальдо»: exports less imports (focus_time.balance_time)
    old_belarusian_rubles: re.Pattern[str]
    new_belarusian_rubles: re.Pattern[str]  # «в новом исчислении»: BYN whatever the year
    belarusian_said: re.Pattern[str] | None = None  # «я имею в виду белорусские рубли»
    unit_price: re.Pattern[str] | None = None
    rate_per_time: re.Pattern[str] | None = None  # «… рублей в месяц»: a rate, a payment
    project_estimate: re.Pattern[str] | None = None
    writer_verbs: frozenset[str] = frozenset()
    draft_heads: frozenset[str] = frozenset()  # govern only through a preposition
    repay_verbs: frozenset[str] = frozenset()  # paying a debt back: they govern the loan
    programme_heads: frozenset[str] = frozenset()  # a programme governs its genitive
    programme_name: re.Pattern[str] | None = None  # group 1: a programme's quoted name
    export_revenue: re.Pattern[str] | None = None  # revenue on the Russian market
    capital_city: re.Pattern[str] | None = None  # «в столицу»: the capital named before
    capital_other: re.Pattern[str] | None = None  # «белорусская столица»: not that one
    not_cues: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (a literal, group 1 no cue)
    # (an adjective right before a turnover word, its metric): «розничной», «биржевой»
    turnover_kinds: tuple[tuple[re.Pattern[str], str], ...] = ()
    turnover_subjects: re.Pattern[str] | None = None
    # the genitive right after a turnover word naming a seller: «оборот белорусских продавцов»
    turnover_owners: re.Pattern[str] | None = None
    deal_volume: re.Pattern[str] | None = None  # «объём сделок»: deals counted over a time
    collected_payments: re.Pattern[str] | None = None  # taxes, duties collected over a time
    sanctions: re.Pattern[str] | None = None  # «пени», «штраф»: one case's sanction
    share_ranking: re.Pattern[str] | None = None  # «крупнейшим поставщиком стал»: a total's share
    one_off_support: re.Pattern[str] | None = None  # «грант», «субсидия»: one recipient's sum
    support_per_unit: re.Pattern[str] | None = None  # «скидка …, но не более … за машину»
    unit_cost: re.Pattern[str] | None = None  # «Один дом … обходится бюджету в …»: a price
    signed_in_month: re.Pattern[str] | None = None  # «подписан», «заключил»: a deal's day
    granted_in_month: re.Pattern[str] | None = None  # «получило кредит»: a loan's day
    awarded_in_month: re.Pattern[str] | None = None  # «суд обязал выплатить»: an award's day
    aside: re.Pattern[str] | None = None  # «с учётом», «без учёта», «за счёт»
    attribution: re.Pattern[str] | None = None  # «по оценке участников рынка»
    capital_names: tuple[tuple[str, str | None], ...] = ()  # a capital's stem, its region
    public_budget_source: re.Pattern[str] | None = None  # «из областного бюджета»
    price_heads: frozenset[str] = frozenset()  # the lemmas that make an amount a price
    price_list_heads: frozenset[str] = frozenset()  # the lemmas of a price list's lead
    tax_words: frozenset[str] = frozenset()  # the lemmas of taxes and duties: «возмещено НДС»


@cache
def context_data() -> dict[str, Any]:
    """`data/money_context_ru.json` as it is, read and parsed once per process: every money
    module that compiles some of its word lists takes them from here."""
    path = resources.files("analysis").joinpath("data", "money_context_ru.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def pattern_pair(first: str, second: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Two word lists of `data/money_context_ru.json` (a subject and its verb, say: «bank_lender»
    and «lender_verb»), each compiled as one pattern of its alternatives; None while the data
    lacks either list."""
    data = context_data()
    if first not in data or second not in data:
        return None
    return (compile_pattern("|".join(data[first])), compile_pattern("|".join(data[second])))


@cache
def context_words() -> ContextWords:
    """The Russian context words (read once per process)."""
    data = context_data()
    return ContextWords(
        national=_union(data["national"]), forecast=_union(data["forecast"]),
        not_forecast=_union(data["not_forecast"]),
        seat_of_government=compile_pattern("(?i)" + data["seat_of_government"]),
        belarusian_source=compile_pattern("(?i)" + "|".join(data["belarusian_source"])),
        # (no look-around: it scans whole articles, and only those that name the currency)
        belarusian_sums=compile_pattern("(?i)" + "|".join(data["belarusian_sums"])),
        russian_sums=compile_pattern("(?i)" + "|".join(data["russian_sums"])),
        belarusian_payer=compile_pattern(r"(?i)(?<!\w)(?:" + "|".join(data["belarusian_payer"]) + ")"),
        belarusian_money=compile_pattern("(?im)" + "|".join(data["belarusian_money"])),
        russian_payer=_union(data["russian_payer"]),
        speaker_own=_union(data["speaker_own"]),
        place_anaphora=_union(data["place_anaphora"]),
        part_openers=_union(data["part_openers"]),
        part_more=_union(data["part_more"]),
        total_words=_union(data["total_words"]), split_words=_union(data["split_words"]),
        party_subject=_union(data["party_subject"]),
        project_cost_subject=_union(data["project_cost_subject"]),
        local=_union(data["local"]),
        country_purchase=_union(data["country_purchase"]), country=_union(data["country"]),
        investment_purpose=_union(data["investment_purpose_words"]),
        public_budget_source=_union(data["public_budget_source"]),
        federal_source=_union(data["federal_source"]),
        results_report=_union(data["results_report"]),
        result_words=_union(data["result_words"]),
        trade_balance=_union(data["trade_balance"]) if "trade_balance" in data else None,
        spent_words=_union(data["spent_words"]) if "spent_words" in data else None,
        old_belarusian_rubles=_union(data["old_belarusian_rubles"]),
        new_belarusian_rubles=_union(data["new_belarusian_rubles"]),
        belarusian_said=_union(data["belarusian_said"]) if "belarusian_said" in data else None,
        project_estimate=_union(data["project_estimate"]) if "project_estimate" in data else None,
        unit_price=compile_pattern("(?i)" + data["unit_price"]) if "unit_price" in data else None,
        rate_per_time=compile_pattern("(?i)" + data["rate_per_time"]) if "rate_per_time" in data
        else None,
        writer_verbs=frozenset(data.get("writer_verbs", ())),
        price_heads=frozenset(data.get("price_heads", ())),
        price_list_heads=frozenset(data.get("price_list_heads", ())),
        tax_words=frozenset(data.get("tax_words", ())),
        draft_heads=frozenset(data.get("draft_heads", ())),
        repay_verbs=frozenset(data.get("repay_verbs", ())),
        programme_heads=frozenset(data.get("programme_heads", ())),
        programme_name=compile_pattern(data["programme_name"]) if "programme_name" in data else None,
        export_revenue=_union(data["export_revenue"]) if "export_revenue" in data else None,
        capital_city=compile_pattern("(?i)" + data["capital_city"]) if "capital_city" in data else None,
        capital_other=_union(data["capital_other"]) if "capital_other" in data else None,
        capital_names=tuple(data.get("capital_names", {}).items()),
        not_cues=tuple((n, compile_pattern(p)) for n, p in data.get("not_cues", ()))
        + _security_not_cues(data.get("contract_security")),
        deal_volume=_union(data["deal_volume"]) if "deal_volume" in data else None,
        collected_payments=(_union(data["collected_payments"]) if "collected_payments" in data
                            else None),
        sanctions=_union(data["sanction_words"]) if "sanction_words" in data else None,
        share_ranking=_union(data["share_ranking"]) if "share_ranking" in data else None,
        one_off_support=_union(data["one_off_support"]) if "one_off_support" in data else None,
        support_per_unit=(_union(data["support_per_unit"]) if "support_per_unit" in data
                          else None),
        # (its look-behinds said after each first letter: speed, session 35)
        unit_cost=(compile_pattern(lookbehind_led(data["unit_cost"])) if "unit_cost" in data
                   else None),
        signed_in_month=_union(data["signed_in_month"]) if "signed_in_month" in data else None,
        granted_in_month=_union(data["granted_in_month"]) if "granted_in_month" in data else None,
        awarded_in_month=_union(data["awarded_in_month"]) if "awarded_in_month" in data else None,
        turnover_owners=(compile_pattern(r"(?i)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?(?:"
                                         + "|".join(data["turnover_owners"]) + r")")
                         if "turnover_owners" in data else None),
        turnover_kinds=tuple((compile_pattern(r"(?i)(?<!\w)" + p + r"[ \u00a0]+\Z"), m)
                             for p, m in data.get("turnover_kinds", ())),
        turnover_subjects=(_union(data["turnover_subjects"]) if "turnover_subjects" in data
                           else None),
        aside=_union(data["aside_phrases"]) if "aside_phrases" in data else None,
        attribution=(_union(data["attribution_phrases"]) if "attribution_phrases" in data
                     else None))


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
    a one-off sum to one recipient rather than a budget's yearly money? (`one_off_support`)"""
    return says(context_words().one_off_support, text, start, end)


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
