"""The part of a seller's sales its Russian buyers took is its export: «Оборот … 4,3 млрд, из
них 1,6 млрд пришлось на заказы российских клиентов» (round 42), told before the sum («на
российских покупателей пришлось 60 млн»), the buyers as the subject of bringing («8 млн
принесли российские заказчики»; session 30), a dash for the verb too, and what the money was
earned on or from («из них 2,4 млн – на заказах российских клиентов», «– от российских
заказчиков», «– с заказов из России»; session 30, round 45), and money a seller received from
them («за квартал получил от российских торговых сетей 3,4 млн»; round 11, session 34).

People named by their country («на граждан России пришлось 21,6 млн», «на туристов из России»:
`clients` of `data/trade_flow_ru.json`) are no seller's buyers: such a share is a part of the
whole told before it and means what the whole means — an export of services the sentence
before sold them (`money.services_abroad`), a purchase foreign shoppers made (round 47's
tax-free purchases, session 31).
"""

from __future__ import annotations

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.flow_words import flow_words
from analysis.money.scope import AmountScope

__all__ = ["received_from_russian_buyers", "russian_buyers_took"]

_BUYERS = (r"(?:российск\w+[ \u00a0]+(?:клиент|покупател|заказчик|потребител)\w*|(?:клиент|"
           r"покупател|заказчик|потребител)\w*[ \u00a0]+из[ \u00a0]+россии|росси[июя]|рф)(?![а-яё])")
_FALLS_ON_RUSSIA = lazy_compile(
    r"[ \u00a0]+(?:(?:пришл|приход)\w*[ \u00a0]+на[ \u00a0]+(?P<w1>(?:[а-яё]+[ \u00a0]+){0,2}?)"
    + _BUYERS + r"|(?:принесл\w*|дали)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?российск\w+[ \u00a0]+"
    r"(?:клиент|покупател|заказчик|потребител)\w*)"
    r"|[ \u00a0]*[—–-][ \u00a0]*(?:на|от|с)[ \u00a0]+(?P<w2>(?:[а-яё]+[ \u00a0]+){0,2}?)"
    r"(?:из[ \u00a0]+(?:росси[иі]|рф)(?![а-яё])|" + _BUYERS + ")")
_RUSSIA_TOOK_BEFORE = lazy_compile(
    r"(?<![а-яё])на[ \u00a0]+(?P<w1>(?:[а-яё]+[ \u00a0]+){0,2}?)" + _BUYERS
    + r"[ \u00a0]+(?:пришл|приход)\w*[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?\Z")
# «получил от российских торговых сетей BYN 3,4 млн»: money a seller received from the other
# side's buyers, right before the amount (rounds 11, 46's «выручил от поставок в Россию»)
_RECEIVED_FROM_BEFORE = lazy_compile(
    r"(?<![а-яё])(?:получил|получила|получило|получили|выручил|выручила|выручило|выручили)"
    r"[ \u00a0]+(?:[а-яё]+[ \u00a0]+){0,2}?от[ \u00a0]+российск\w+[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?"
    r"(?:клиент|покупател|заказчик|потребител|сет|дилер|партн[её]р)\w*[ \u00a0]+\Z")
_REACH = 80  # characters before the amount the buyers' share may be told in


def received_from_russian_buyers(scope: AmountScope) -> bool:
    """Is the amount money a seller received from Russian buyers, told right before it
    («за квартал получил от российских торговых сетей BYN 3,4 млн»)? Its own reading: no
    figure before it hands it a topic."""
    low, amount = scope.folded, scope.amount
    return _RECEIVED_FROM_BEFORE.search(
        low, max(scope.start, amount.start - _REACH), amount.start) is not None


def russian_buyers_took(scope: AmountScope) -> bool:
    """Is the amount the part of a seller's sales Russian buyers took, told right after it or
    before it in its sentence, its buyers no people named by their country?"""
    low, amount = scope.folded, scope.amount
    m = _FALLS_ON_RUSSIA.match(low, amount.end, scope.end) or _RUSSIA_TOOK_BEFORE.search(
        low, max(scope.start, amount.start - _REACH), amount.start)
    if m is None:
        return False
    clients = flow_words().clients
    words = (m.groupdict().get("w1") or "") + " " + (m.groupdict().get("w2") or "")
    return not any(lemma(w) in clients for w in words.split())
