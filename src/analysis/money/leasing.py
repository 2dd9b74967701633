"""A lessor's deliveries: «С начала года «Лизинг-Партнёр» передал клиентам технику на 2,3 млрд».

Machines a leasing company hands over, delivers or ships to its clients are the money it
finances, not a trade flow or a purchase: `financing` (rounds 8, 12 and 13 agree: r8m16,
r12m28, r13m14). The lessor is named in the amount's sentence — a name or a noun with
«лизинг» in it («Росагролизинг», «Лизинг-Партнёр», «лизинговая компания», «её лизинговый
портфель»), and the delivery is a verb of handing over in the amount's clause before it.
A client who receives in leasing («аграрии получили в лизинг … на») pays for machines: that
stays the clause's own reading (round 6), and so does one «договор лизинга» (an agreement,
round 11); a lessor's contracts in the plural («компания заключила договоры лизинга на …») are
its deals, financing (the lead's decision, session 35: `lessor_deals`) — but the
contract of one client that took machines in lease («„Аэро-Вектор“ взял в лизинг у ГТЛК два
Boeing; общая стоимость договоров лизинга — $58 млн») is what that lessee pays: `other`, as its
down payment (the leasing convention; rounds 25, 26), and so is the contract a sentence
names right after the lessee's («… получило в лизинг две установки. Стоимость договора
лизинга — 27 млн рублей»; round 28).
A lessor's deals with its lessees («объём сделок с российскими лизингополучателями может
достичь 200 млн долларов», «объём лизинговых сделок») and their portfolio («Портфель договоров
лизинга … достиг»: the README's leasing row; round 31) are the money it finances too: the same
measure as its machines handed over, a lessor's series (session 21's new user saw one lessor's
2025 financing and its 2027 forecast filed apart, as financing and as agreements).
The words are data (`leasing` in `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from analysis.lazypattern import lazy_compile
from analysis.money.scope import AmountScope
from analysis.money.word_lists import context_data, entry, joined, pattern, read_words
from analysis.patternstore import compile_pattern

__all__ = ["down_payment_words", "is_clients_lease", "is_down_payment", "is_lessee_contract",
           "is_lessor_deals", "is_lessor_delivery"]

_REACH = 160  # characters before the amount the handing-over verb may stand
_HEAD_REACH = 400  # characters of a headline and the line under it that may name the lessor
# «Первоначальный взнос составил 20%, или 57 млн»: the lessee's down payment (other, the
# leasing row of tests/gold/README.md; round 42) — «взнос» alone is also a Union budget's or a
# fund's contribution, read elsewhere
_DOWN_PAYMENT = compile_pattern(r"(?<!\w)первоначальн\w*[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?взнос\w*")
# «область компенсирует часть первоначального взноса», «на возмещение части первоначального
# взноса»: support paid towards the down payment, not the payment itself (session 30)
_SUPPORTED = lazy_compile(r"(?<!\w)(?:компенс|субсид|возмещ|возмест|софинансир)\w*[ \u00a0]+"
                          r"(?:[а-яё]+[ \u00a0]+){0,2}\Z")
_LEASE_CONTRACT = compile_pattern(r"(?<!\w)договор\w*[ \u00a0]+(?:финансовой[ \u00a0]+аренды|лизинга)")


_LED = joined(r"(?<!\w)(?:", ")")  # the words, none right after a letter


@dataclass(frozen=True)
class LeasingWords:
    """The compiled words of `leasing` in the data."""

    lessor: re.Pattern[str] = entry(pattern)
    handover: re.Pattern[str] = entry(_LED)
    client_side: re.Pattern[str] = entry(_LED)
    # «сделок с лизингополучателями», «лизинговых сделок»
    lessor_deals: re.Pattern[str] = entry(_LED)
    # «… взял в лизинг»: one client, a verb in the singular
    one_lessee: re.Pattern[str] | None = entry(pattern, default=None)
    # «хозяйства получили в лизинг»: clients, any number
    clients_lease: re.Pattern[str] | None = entry(pattern, default=None)
    # «передала в лизинг»: the lessor, named or not
    handed_in_lease: re.Pattern[str] | None = entry(pattern, default=None)
    # «получили через «Росагролизинг»»: the lessor's route
    via_lessor: re.Pattern[str] | None = entry(pattern, default=None)
    # «компания поставила …» under a headline naming a lessor: the lessor named again
    lessor_again: re.Pattern[str] | None = entry(pattern, default=None)


@cache
def _words() -> LeasingWords:
    return read_words(context_data()["leasing"], LeasingWords)


def is_lessor_delivery(scope: AmountScope) -> bool:
    """Does a lessor named in the sentence hand over the goods the amount is the value of
    («Росагролизинг передал аграриям техники на», «через «Росагролизинг» передано … на сумму»)?"""
    low = scope.folded
    if low.find("лизинг", scope.start, scope.end) < 0:
        # (most amounts: one or two looks in C)
        return low.find("компани", scope.start, scope.amount.start) >= 0 and _lessor_again(
            low, scope)
    words = _words()
    lo = max(scope.start, scope.amount.start - _REACH)
    before = low[lo:scope.amount.start]
    # the amount's own clause: a handing-over verb after the last clause mark
    clause = before[max(before.rfind(";"), before.rfind(":"), before.rfind(" а ")) + 1:]
    if words.via_lessor is not None and words.via_lessor.search(
            clause + low[scope.amount.end:_clause_end(low, scope)]) is not None:
        # «хозяйства получили через АО «Росагролизинг» техники на …»: whoever receives, the
        # machines come by the lessor's route, the money it finances (rounds 37, 39, 59, 61)
        return True
    if words.client_side.search(clause) is not None:
        return False
    if words.lessor.search(low, scope.start, scope.end) is None:
        # «компания передала в лизинг хозяйствам 412 тракторов на …» in a lessor's report
        # (a lessor named in the headline or the line under it): the lessor hands over, named
        # «компания» (`handed_in_lease`); «Завод передал в лизинг …» in news of no lessor
        # keeps its own reading
        return words.handed_in_lease is not None and words.handed_in_lease.search(
            clause) is not None and _head_names_lessor(low)
    return words.handover.search(clause) is not None


def _lessor_again(low: str, scope: AmountScope) -> bool:
    """«В 2024 году компания поставила в регион машин на 860 млн» under a headline naming a
    lessor («„Росагролизинг“ передал аграриям … технику»): «компания» is that lessor named
    again, handing goods over in the amount's clause (`lessor_again` of the data; session 44,
    metric44b)."""
    words = _words()
    if words.lessor_again is None:
        return False
    before = low[max(scope.start, scope.amount.start - _REACH):scope.amount.start]
    clause = before[max(before.rfind(";"), before.rfind(":"), before.rfind(" а ")) + 1:]
    named = words.lessor_again.search(clause)
    return (named is not None and words.handover.search(clause, named.end()) is not None
            and words.lessor.search(low, 0, min(_head_end(low), scope.start)) is not None)


def _clause_end(low: str, scope: AmountScope) -> int:
    """Where the amount's clause ends after it: the next «;», «:» or amount («…на 1,14 млрд
    рублей, из них 380 млн — через АО «Росагролизинг»»: the part's lessor), else the
    sentence's end."""
    ends = [i for i in (low.find(";", scope.amount.end, scope.end),
                        low.find(":", scope.amount.end, scope.end)) if i >= 0]
    ends += [o.start for o in scope.others if o.start >= scope.amount.end]
    return min(ends, default=scope.end)


@lru_cache(maxsize=16)  # (every amount of an article asks it of the same folded text)
def _head_names_lessor(low: str) -> bool:
    """Does the headline or the line under it (`_head_end`) name a lessor?"""
    return _words().lessor.search(low, 0, _head_end(low)) is not None


def _head_end(low: str) -> int:
    """The end of the headline and the line under it (at most `_HEAD_REACH` characters)."""
    first = low.find("\n", 0, _HEAD_REACH)
    second = low.find("\n", first + 1, _HEAD_REACH) if first >= 0 else -1
    return second if second >= 0 else min(len(low), _HEAD_REACH)


def is_clients_lease(scope: AmountScope) -> bool:
    """Did clients take the machines the amount is the value of in lease, told in the amount's
    clause before it, with no lessor named in the sentence («хозяйства района получили в лизинг
    тракторов на 40 млн»: what they pay, `other`; «… через «МТЗ-Лизинг»» is the lessor's
    financing)? The words are data (`clients_lease`)."""
    low = scope.folded
    if low.find("лизинг", scope.start, scope.amount.start) < 0:
        return False
    words = _words()
    if words.clients_lease is None or words.lessor.search(low, scope.start, scope.end) is not None:
        return False
    before = low[max(scope.start, scope.amount.start - _REACH):scope.amount.start]
    clause = before[max(before.rfind(";"), before.rfind(":"), before.rfind(" а ")) + 1:]
    return words.clients_lease.search(clause) is not None


def is_lessee_contract(scope: AmountScope) -> bool:
    """Is the amount, read as a contract's value, the leasing contract of one client that
    took machines in lease in its sentence («ООО … получило 600 голов в лизинг через
    „Росагролизинг“: общая стоимость договора — 98 млн рублей»)?"""
    low = scope.folded
    if low.find("лизинг", scope.start, scope.end) < 0:
        return False
    rx = _words().one_lessee
    if rx is None:
        return False
    if rx.search(low, scope.start, scope.amount.start) is not None:
        return True
    # «Предприятие получило в лизинг две установки … . Стоимость договора лизинга — 27 млн»:
    # the lessee told in the sentence before, in the same paragraph
    if _LEASE_CONTRACT.search(low, scope.start, scope.amount.start) is None or _words(
            ).lessor.search(low, scope.start, scope.amount.start) is not None:
        return False  # (a lessor's own contract, «Лизинговая компания … заключила договор лизинга»)
    paragraph = low.rfind("\n", 0, scope.start) + 1
    before = max(low.rfind(". ", paragraph, max(paragraph, scope.start - 2)) + 2, paragraph)
    return rx.search(low, before, scope.start) is not None


def down_payment_words() -> re.Pattern[str]:
    """The down payment's pattern (`money.reader_gates` proves its literals)."""
    return _DOWN_PAYMENT


def is_down_payment(scope: AmountScope) -> bool:
    """Is the amount a down payment named in its clause before it, no other amount between
    («Первоначальный взнос составил 20%, или 57,2 млн рублей»)?"""
    low, amount = scope.folded, scope.amount
    if low.find("взнос", scope.start, amount.start) < 0:
        return False
    found = list(_DOWN_PAYMENT.finditer(low, scope.start, amount.start))
    if found and _SUPPORTED.search(low, max(scope.start, found[-1].start() - 40), found[-1].start()):
        return False  # «компенсирует часть первоначального взноса»: the support's money
    return bool(found) and not any(
        found[-1].end() <= o.start < amount.start for o in scope.others
        if o is not amount) and ";" not in low[found[-1].end():amount.start]


def is_lessor_deals(scope: AmountScope) -> bool:
    """Is the amount the volume of a lessor's deals with its lessees, told in its clause
    before it («объём сделок с российскими лизингополучателями может достичь …»)?"""
    low = scope.folded
    if low.find("лизинг", scope.start, scope.amount.start) < 0:
        return False
    before = low[max(scope.start, scope.amount.start - _REACH):scope.amount.start]
    clause = before[max(before.rfind(";"), before.rfind(":"), before.rfind(" а ")) + 1:]
    return _words().lessor_deals.search(clause) is not None
