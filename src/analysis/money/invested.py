"""Whether money is put into a plant, read from the words around it.

- `is_investment_purpose`: money «направлено» on modernisation, re-equipment or from own
  funds («направит на модернизацию цехов 230 млн»), or held for it by an investment plan
  («Инвестиционным планом предусмотрено … на строительство»), is an investment, not a
  financing; public budget money named as the source, or named support by its own noun
  («96 млн рублей субсидий»), stays a financing;
- `is_invested_spending`: money a verb of spending sends on such a purpose («потратит на
  новую линию») is an investment too;
- `is_estimated_investment`: an investment given as an estimate («объём инвестиций
  оценивается в 2,4 млрд») is a project not yet built, a forecast; an accumulated stock
  («накопленные инвестиции оценивают в …») is no plan.

The words are data (`data/money_context_ru.json`, compiled once by `analysis.money.context`);
the patterns here match the folded (lower-cased) text.
"""

from __future__ import annotations

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_words
from analysis.money.own_noun import own_noun_cue
from analysis.money.scope import AmountScope

__all__ = ["is_estimated_investment", "is_invested_spending", "is_investment_purpose"]


# «направит», «направлено»: money sent; not «на польском направлении», «по направлениям»,
# the noun of a direction (round 23: «инфраструктура на польском направлении обновлялась …»)
_SENT_MONEY = lazy_compile(r"\bнаправ(?!лени(?:и|я|ях|ям|ями)\b)")


# «Инвестиционным планом … предусмотрено … на строительство»: a company's investment plan
# holding money for a purpose, as money «направлено» on it (round 48; folded text)
_INVESTMENT_PLAN = lazy_compile(r"(?<![а-яё])инвестиционн\w+[ \u00a0]+(?:план|программ)\w*")
_PLANNED = lazy_compile(r"(?<![а-яё])(?:предусмотр|заложен|запланирован)\w*")


def _investment_plan(scope: AmountScope) -> bool:
    """Does an investment plan or programme hold the money («Инвестиционным планом на 2009 год
    предусмотрено ещё 18,5 млрд на строительство элеватора»)?"""
    text = scope.folded
    return (_INVESTMENT_PLAN.search(text, scope.start, scope.amount.start) is not None
            and _PLANNED.search(text, scope.start, scope.end) is not None)


def is_investment_purpose(scope: AmountScope) -> bool:
    """Is money «направлено» on modernisation, re-equipment or from own funds («направит на
    модернизацию цехов 230 млн»), or held for it by an investment plan («Инвестиционным
    планом предусмотрено … на строительство»)? Then it is an investment, not a financing. Public budget
    money («на обновление парка из областного бюджета направлено») stays a financing: the
    budget pays for the renewal others make."""
    return bool((_SENT_MONEY.search(scope.folded, scope.start, scope.end) or _investment_plan(scope))
                and is_invested_spending(scope))


def is_invested_spending(scope: AmountScope) -> bool:
    """Is money a verb of spending governs («Компания потратит на новую линию розлива 620 млн»)
    spent on building or equipping a facility (`investment_purpose_words`), not on a purchase or
    upkeep, and named from no public budget? Then it is put into the plant, an investment, as
    money «направлено» on it is (session 45); «тратят на поверку приборов» stays a payment."""
    text, words = scope.folded, context_words()
    return bool(words.investment_purpose.search(text, scope.start, scope.end)
                and not (words.public_budget_source is not None
                         and words.public_budget_source.search(text, scope.start, scope.end))
                and not _named_support(scope))


def _named_support(scope: AmountScope) -> bool:
    """Does the noun counted right after the amount name it support («направлено 96 млн
    рублей субсидий», «… государственной поддержки»)? The money's own name says what it is,
    whatever it is spent on (session 44)."""
    own = own_noun_cue(scope, scope.text)
    return own is not None and own[0].metric == "financing"


def is_estimated_investment(scope: AmountScope) -> bool:
    """Is an investment given as an estimate («объём инвестиций оценивается в 2,4 млрд»)?
    Then the project is not yet built: a forecast. An accumulated stock («накопленные
    инвестиции оценивают в …») is no plan."""
    rx = context_words().project_estimate
    if rx is None:
        return False
    # the estimate word of this amount's own clause: not past an earlier amount or «, а»
    # («… оценивают в 4–5 млрд, а прямые инвестиции в 2024 году составили 1,9 млрд»)
    lo = scope.stretch_start
    words = context_words()
    if lo > scope.start and words.part_openers.search(scope.folded, lo, scope.amount.start):
        # «оценивается в 1,2 млрд рублей, из них 300 млн – собственные средства»: a part of
        # the estimated whole is estimated too (round 57)
        whole = next(o for o in scope.others if o.end == lo)
        lo = max([scope.start, *(o.end for o in scope.others if o.end <= whole.start)])
    but = scope.folded.rfind(", а ", lo, scope.amount.start)
    lo = but + 4 if but >= 0 else lo
    hit = rx.search(scope.folded, lo, scope.amount.start)
    # «накопленные инвестиции оценивают в 4–5 млрд»: a stock built up, not a project's cost
    return hit is not None and "накоплен" not in scope.folded[lo:scope.amount.start]
