"""One buyer's purchase of counted machines is a deal, shown with the deals.

«СПК … приобрёл пять зерноуборочных комбайнов TORUM. Общая стоимость техники — 9,6 млн
рублей.» The sum is a buyer's purchase: `other` in the tables (one buyer's purchase is no
country's import, by the gold's convention), so no money table of investments or credits
lists it — yet it is the news, a one-off deal like a signed contract or a delivered batch.
A figure of `other` whose sentence, or the sentence before it in its paragraph, tells a
verb of buying (`purchase_verbs` of `data/goods_ru.json`) with a count of goods
(`money.counted_goods`) or a goods noun of the list is a purchase: the briefing lists it in
the deals table as «покупка (комбайны)», beside single deliveries. So is one whose own words
before it name buying (`purchase_nouns`: «стоимость закупки составит 1,62 млрд рублей») or an
advance (`advance_nouns`: «авансовый платёж … — 324 млн»), its goods those its sentence, the
one before or the paragraph before names (a city's lease of buses, new user, session 24).
The value of one delivery read as no trade flow (`batch_nouns`: «Общая стоимость поставки
составила 1,3 млрд рублей» after «завод поставил в область 200 тракторов») is one too, when
goods of the list are named there (newuser31 a16, session 31).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from analysis.briefing.figrows import ids
from analysis.briefing.formatting import as_text
from analysis.briefing.labels import t
from analysis.briefing.names import names
from analysis.datafiles import data_json
from analysis.lang.morph import lemma
from analysis.lazypattern import lazy_compile
from analysis.money import counted_goods
from analysis.money.context import context_words

__all__ = ["financed_purchase", "purchase_kind", "purchased_goods"]

# the money that pays for a purchase: a loan or a financing («купит 40 тракторов … за счёт
# кредита Россельхозбанка на 300 млн рублей»)
FINANCING_METRICS = ("credit", "financing")

_WORD = lazy_compile(r"[А-Яа-яЁё]+")
_SENTENCE_END = lazy_compile(r"[.!?…]\s")
_BACK_REACH = 600  # characters a purchase named back («Закупка …») is looked for in


@cache
def _words() -> tuple[frozenset[str], dict[str, str]]:
    data = data_json("goods_ru.json")
    return frozenset(data["purchase_verbs"]), dict(data["nouns"])


@cache
def _purchase_sum_nouns() -> frozenset[str]:
    """The nouns that make the sum after them a purchase's: buying, or an advance on one."""
    data = data_json("goods_ru.json")
    return _purchase_nouns() | frozenset(data["advance_nouns"])


def purchase_kind(row: Mapping[str, Any], mention_index: Mapping[str, Mapping[str, Any]],
                  article_text: Callable[[str], str], lang: str) -> str | None:
    """«покупка (автобусы)»: the kind a purchase (`purchased_goods`) is shown as, unescaped,
    in the deals table and in «Что нового» alike; None when `row` is no purchase."""
    bought = purchased_goods(row, mention_index, article_text)
    if bought is None:
        return None
    goods = names().name(bought, "goods", lang) if bought else ""
    return t("m.purchase", lang) + (f" ({goods})" if goods else "")


def purchased_goods(row: Mapping[str, Any], mention_index: Mapping[str, Mapping[str, Any]],
                    article_text: Callable[[str], str]) -> str | None:
    """The goods (as the goods list names them, "" when none of the list) of the purchase
    the `other` figure `row` is, else None. The price of one unit told beside a purchase
    («стоимость одного автобуса составит 28,7 млн рублей», `unit_cost`) is a price, not a
    second purchase (newuser37 b17, session 37)."""
    if row.get("metric") != "other":
        return None
    mention_ids = ids(row.get("mention_ids")) or ids(row.get("mention_id"))
    for mid in mention_ids:
        mention = mention_index.get(mid) or (row if mid == row.get("mention_id") else None)
        if mention is None:
            continue
        sentence = as_text(mention.get("sentence"))
        surface = as_text(mention.get("surface"))
        own = sentence[:sentence.find(surface)] if surface and surface in sentence else sentence
        if _costs_one(own):
            return None
        text = article_text(as_text(mention.get("article_id")))
        before = _sentence_before(text, sentence)
        for told in (own, before):
            goods = _bought(told)
            if goods is not None:
                return goods
        own_lemmas = {lemma(w.lower()) for w in _WORD.findall(own)}
        if own_lemmas & _purchase_sum_nouns() or own_lemmas & _batch_nouns():
            # «стоимость закупки составит …»: the goods named here, just before, or a paragraph
            # up; «стоимость поставки составила …» only when goods are named there
            goods = next((g for g in (_goods_named(sentence), _goods_named(before),
                                      _goods_named(_paragraph_before(text, sentence))) if g), "")
            if goods or own_lemmas & _purchase_sum_nouns():
                return goods
        if _contract_price(own_lemmas):
            # «Объект закупки: поставка … Начальная (максимальная) цена контракта: …»
            told = _told_before(text, sentence)
            if _names_purchase(sentence) or _names_purchase(told) or _bought(told) is not None:
                return _goods_named(sentence) or _goods_named(told) or ""
    return None


@cache
def _contract_price_words() -> tuple[frozenset[str], frozenset[str]]:
    data = data_json("goods_ru.json")
    return frozenset(data["contract_price_nouns"]), frozenset(data["contract_nouns"])


def _contract_price(own_lemmas: set[str]) -> bool:
    """Do the words before an amount name a contract's price («цена контракта»)?"""
    prices, contracts = _contract_price_words()
    return bool(own_lemmas & prices) and bool(own_lemmas & contracts)


def financed_purchase(row: Mapping[str, Any], mention_index: Mapping[str, Mapping[str, Any]],
                      article_text: Callable[[str], str]) -> str | None:
    """The goods (as the goods list names them, "" when none of the list) of the purchase
    a credit or a financing `row` pays for, else None: its own sentence buys by count
    («купит 40 тракторов МТЗ … за счёт кредита … на 300 млн рублей», «кредит … на покупку
    12 комбайнов»), or names the purchase («Закупка профинансирована за счёт кредита …»)
    that one of the two sentences before tells by count («Хозяйство приобрело пять
    комбайнов. Общая стоимость техники — …»), a paragraph break between them or not."""
    if row.get("metric") not in FINANCING_METRICS:
        return None
    for mid in ids(row.get("mention_ids")) or ids(row.get("mention_id")):
        mention = mention_index.get(mid) or (row if mid == row.get("mention_id") else None)
        if mention is None:
            continue
        sentence = as_text(mention.get("sentence"))
        goods = _bought(sentence, with_nouns=True)
        if goods is None and _names_purchase(sentence):
            goods = _bought(_told_before(article_text(as_text(mention.get("article_id"))),
                                         sentence))
        if goods is not None:
            return goods
    return None


def _costs_one(own: str) -> bool:
    """Do the words before an amount say what one unit costs («стоимость одного автобуса
    составит», «каждый трактор обойдётся в»: `unit_cost` of `data/money_context_ru.json`)?"""
    rx = context_words().unit_cost
    return rx is not None and rx.search(own.lower().rstrip() + " ") is not None


def _names_purchase(told: str) -> bool:
    """«Закупка профинансирована …», «покупку оплатили …»: a noun of buying."""
    nouns = _purchase_nouns()
    return any(lemma(w.lower()) in nouns for w in _WORD.findall(told))


@cache
def _batch_nouns() -> frozenset[str]:
    """The nouns of one delivery whose value, told as no trade flow, is a one-off deal."""
    return frozenset(data_json("goods_ru.json")["batch_nouns"])


@cache
def _purchase_nouns() -> frozenset[str]:
    data = data_json("goods_ru.json")
    return frozenset(data["purchase_nouns"])


def _goods_named(told: str) -> str | None:
    """The first goods of the list a stretch names, else None."""
    nouns = _words()[1]
    found = [nouns[lemma(w.lower())] for w in _WORD.findall(told) if lemma(w.lower()) in nouns]
    return found[0] if found else None


def _paragraph_before(text: str, sentence: str) -> str:
    """The paragraph before `sentence`'s own ("" when none)."""
    at = text.find(sentence) if sentence else -1
    if at <= 0:
        return ""
    start = text.rfind("\n", 0, at)
    if start <= 0:
        return ""
    body = text[:start].rstrip()
    return body[body.rfind("\n") + 1:]


def _bought(told: str, with_nouns: bool = False) -> str | None:
    """The goods a stretch buys by count or by a goods noun of the list («приобрёл пять
    комбайнов», «закупал белорусские троллейбусы»; `with_nouns`: «на покупку пяти комбайнов»
    too), else None."""
    verbs, nouns = _words()
    if with_nouns:
        verbs = verbs | _purchase_nouns()
    words = [w.lower() for w in _WORD.findall(told)]
    at = next((i for i, w in enumerate(words) if lemma(w) in verbs), None)
    if at is None:
        return None
    goods = next((nouns[lemma(w)] for w in words[at + 1:] if lemma(w) in nouns), None)
    if not counted_goods(told) and goods is None:
        return None  # («закупал белорусские троллейбусы … на 780 млн»: goods of the list, no count)
    return goods or ""


def _told_before(text: str, sentence: str, n: int = 2) -> str:
    """The `n` sentences before `sentence` in `text`, across paragraphs ("" at the start)."""
    at = text.find(sentence) if sentence else -1
    if at <= 0:
        return ""
    before = text[max(0, at - _BACK_REACH):at].rstrip()
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(before))]
    return before[starts[-n] if len(starts) >= n else 0:]


def _sentence_before(text: str, sentence: str) -> str:
    """The sentence before `sentence` in its paragraph ("" at a paragraph's start)."""
    at = text.find(sentence) if sentence else -1
    if at <= 0:
        return ""
    paragraph = text[text.rfind("\n", 0, at) + 1:at]
    ends = [m.end() for m in _SENTENCE_END.finditer(paragraph.rstrip() + " ")]
    if not ends:
        return ""
    last = ends[-1]
    start = ends[-2] if len(ends) > 1 else 0
    return paragraph[start:last]
