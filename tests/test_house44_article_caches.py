"""Article-wide readings made once an article (house44): the same answers as before.

- `first_naming.named_before` (bonds, a credit line, a supply told before the amount): the
  whole text searched once, each amount searching from the first naming; a pattern that reads
  ahead of its place keeps where its literals first end instead;
- `show_rubles.priced_for_russia`: the show namings and their sentences read once;
- `union_budget`: whether the headline names the Union State and a budget;
- `notice_customer`: the customer line of a procurement notice;
- `leasing`: whether the headline names a lessor.

Each reader is asked about every amount of several articles written here, the articles
interleaved and shuffled (the caches hold the last 16 texts), and answers as the former
reading (copied here, or the module with its caches replaced by the functions they wrap).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.entities import russian_regions_in
from analysis.money import (
    bonds,
    credit_line,
    first_naming,
    leasing,
    notice_customer,
    shipped_after,
    show_rubles,
    union_budget,
)
from analysis.money.amounts import find_amounts
from analysis.money.region import ArticleText
from analysis.money.scope import AmountScope

_ARTICLES = [
    "Сбербанк открыл Гродненскому заводу кредитную линию\n"
    "Банк открыл предприятию кредитную линию на 2 млрд рублей под закупку сырья.\n"
    "Позже речь зашла о линиях на общую сумму до 5 млрд рублей под закупку комплектующих. "
    "Новая линия до 300 млн рублей откроется весной.",
    "Минский завод поставит в Россию 40 тракторов\n"
    "По договору поставки завод обязался поставить 40 тракторов. Стоимость первой партии, "
    "отгруженной в марте, составила 12 млн рублей.\n"
    "До конца года завод отгрузит технику ещё на 30 млн рублей.",
    "На выставке в Москве показали белорусские комбайны\n"
    "На выставке «Агросалон» в Москве машиностроители из Гомеля показали новинки.\n"
    "Комбайн на стенде предлагаем по цене 14,5 млн рублей, — рассказал представитель завода. "
    "Трактор обойдётся покупателю по цене 6,2 млн рублей.\n"
    "На ярмарке в Минске цена той же машины — 5,9 млн рублей.",
    "Утверждён бюджет Союзного государства на 2026 год\n"
    "Доходы составят 8,9 млрд рублей, расходы — 8,9 млрд рублей.\n"
    "Совет министров утвердил бюджет: взнос российской стороны составит 5,8 млрд рублей.",
    "Извещение о проведении закупки\n"
    "Заказчик: Государственное бюджетное учреждение Брянской области «Брянскавтодор».\n"
    "Начальная (максимальная) цена контракта: 58 400 000,00 рублей.\n"
    "Цена лота: 12 000 000,00 рублей.",
    "Лизинговая компания «Промлизинг» подвела итоги года\n"
    "Компания передала в лизинг хозяйствам 412 тракторов на 3,1 млрд рублей.\n"
    "Годом ранее компания передала в лизинг техники на 2,4 млрд рублей.",
    "Минфин разместил облигации\n"
    "Минфин разместил облигации на 10 млрд рублей.\n"
    "Объём выпуска — 2 млрд рублей. Спрос инвесторов превысил 16 млрд рублей.",
    "Белорусская выставка открылась в Минске\n"
    "На выставке «Белагро» в Минске комбайн предлагают по цене 5,9 млн рублей.",
    "Товарооборот с Беларусью вырос\n"
    "Экспорт области в республику составил 412 млн долларов, импорт — 198 млн долларов.",
]


def _scopes() -> list[AmountScope]:
    """An amount scope for every amount of every article, in its sentence."""
    found = []
    for text in _ARTICLES:
        ctx = ArticleText(text)
        for amount in find_amounts(text):
            sents, si = ctx.sentence_index(amount.start)
            s = sents[si]
            others = [a for a in find_amounts(text) if s.start <= a.start < s.end]
            found.append(AmountScope(text=text, start=s.start, end=s.end, amount=amount,
                                     others=others, folded_text=ctx.folded))
    return found


def _shuffled(items: list, seed: int) -> list:
    items = list(items) * 2  # every amount asked twice, the second time from the cache
    random.Random(seed).shuffle(items)
    return items


def _plain_search(rx: re.Pattern[str], text: str, at: int, lo: int = 0) -> bool:
    return rx.search(text, lo, at) is not None


# ------------------------------------------------------------------ named_before
_PATTERNS = [
    re.compile(r"(?<![а-яё])кредитн\w+\s+лини"),  # no look-ahead: the first naming kept
    re.compile(r"(?<![а-яё])постав(?:ка|ки)?(?![а-яё])"),  # a look-ahead: its literal kept
    re.compile(r"лини\w*\b"),  # a boundary reads ahead too
    re.compile(r"(?i)облигаци"),  # ignoring case: no literal proved, every search made
]


def test_named_before_answers_as_the_search_from_the_start() -> None:
    texts = ["Банк открыл кредитную линию. Поставка труб. Ещё одна кредитная линия.",
             "Поставками занялся завод; поставки идут, а кредитн линии нет.",
             "Облигации ОБЛИГАЦИИ и поставка", ""]
    asks = [(rx, text, at, lo) for rx in _PATTERNS for text in texts
            for at in range(len(text) + 1) for lo in (0, at // 2)]
    for rx, text, at, lo in _shuffled(asks, 1):
        assert first_naming.named_before(rx, text, at, lo) == _plain_search(rx, text, at, lo)
    assert first_naming.named_before(_PATTERNS[0], texts[0], len(texts[0]))
    assert not first_naming.reads_ahead(_PATTERNS[0])
    assert first_naming.reads_ahead(_PATTERNS[1]) and first_naming.reads_ahead(_PATTERNS[2])


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="постакилнябу ,.", max_size=40), st.data())
def test_named_before_on_generated_texts(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, at))
    for rx in (*_PATTERNS, re.compile(r"пост(?=а)"), re.compile(r"ли$"), re.compile(r"(?<=с)та")):
        assert first_naming.named_before(rx, text, at, lo) == _plain_search(rx, text, at, lo)


# ------------------------------------------------------------------ the readers of one amount
def _without(monkeypatch, module: object, **cached: Callable) -> None:
    for name, plain in cached.items():
        monkeypatch.setattr(module, name, plain)


def _answers(reader: Callable[[AmountScope], bool], scopes: list[AmountScope]) -> list[bool]:
    return [reader(s) for s in scopes]


def test_bonds_credit_line_and_supply_as_the_search_from_the_start(monkeypatch) -> None:
    scopes = _shuffled(_scopes(), 2)

    def supplied(s: AmountScope) -> bool:
        return shipped_after.supplied_before(s, "production", "отгрузит", [])

    readers = [bonds.is_bond_issue, bonds.is_bond_demand, credit_line.is_bare_credit_line,
               supplied]
    new = [_answers(r, scopes) for r in readers]
    for module in (bonds, credit_line, shipped_after):
        _without(monkeypatch, module, named_before=_plain_search)
    assert new == [_answers(r, scopes) for r in readers]
    assert all(any(answers) for answers in new)  # each reader says yes somewhere


def test_lessor_in_the_headline_as_before(monkeypatch) -> None:
    scopes = _shuffled(_scopes(), 3)
    new = _answers(leasing.is_lessor_delivery, scopes)
    _without(monkeypatch, leasing, _head_names_lessor=leasing._head_names_lessor.__wrapped__)
    assert new == _answers(leasing.is_lessor_delivery, scopes)
    assert any(new)


def test_union_budget_side_as_before(monkeypatch) -> None:
    scopes = _shuffled(_scopes(), 4)
    new = _answers(union_budget.is_union_budget_side, scopes)
    _without(monkeypatch, union_budget,
             _headline_names_union=union_budget._headline_names_union.__wrapped__,
             _headline_names_budget=union_budget._headline_names_budget.__wrapped__)
    assert new == _answers(union_budget.is_union_budget_side, scopes)
    assert any(new)


def _former_customer(folded: str, amount_start: int, regions: Callable) -> tuple | None:
    line_start = folded.rfind("\n", 0, amount_start) + 1
    if "заказчик" not in folded and "покупател" not in folded:
        return None
    customer, price = notice_customer._words()
    if price.search(folded, line_start, amount_start) is None:
        return None
    found = customer.search(folded)
    if found is None:
        return None
    at = found.start()
    end = folded.find("\n", at)
    end = len(folded) if end < 0 else end
    named = {r.normal for r in regions(at, end)}
    return (named.pop(), at, end) if len(named) == 1 else None


def test_notice_customer_as_before() -> None:
    asks = []
    for s in _scopes():
        ctx = ArticleText(s.text)
        asks.append((s.folded, s.amount.start, ctx.regions))
    new = [notice_customer.customer_region(*ask) for ask in _shuffled(asks, 5)]
    assert new == [_former_customer(*ask) for ask in _shuffled(asks, 5)]
    assert any(found is not None and found[0] == "Брянская область" for found in new)


def _former_priced(text: str, pos: int, s_start: int, s_end: int) -> bool:
    show, price, buyers = show_rubles._words()
    low = text.lower()
    if buyers.search(low, s_start, s_end) is not None:
        return True
    if price.search(low, s_start, pos) is None:
        return False
    for found in show.finditer(low, 0, pos):
        lo = max(low.rfind("\n", 0, found.start()), show_rubles._last_end(low, found.start())) + 1
        end = show_rubles._SENTENCE_END.search(low, found.end())
        hi = min(end.end() if end is not None else len(low), pos)
        if russian_regions_in(text, lo, hi):
            return True
    return False


def test_show_prices_as_before_at_every_place() -> None:
    # every offset of the show article (a place inside a show word too), in its sentence
    text = _ARTICLES[2]
    ctx = ArticleText(text)
    asks = []
    for pos in range(len(text)):
        sents, si = ctx.sentence_index(pos)
        asks.append((text, pos, sents[si].start, sents[si].end))
    asks += [(s.text, s.amount.start, s.start, s.end) for s in _scopes()]
    asks = _shuffled(asks, 6)
    new = [show_rubles.priced_for_russia(*ask) for ask in asks]
    assert new == [_former_priced(*ask) for ask in asks]
    at_show = [show_rubles.priced_for_russia(s.text, s.amount.start, s.start, s.end)
               for s in _scopes() if "выставк" in s.text]
    assert at_show == [True, True, True, False]  # the Moscow show's prices; not Minsk's
