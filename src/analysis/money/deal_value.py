"""A sum a deal or its source names, over the goods' word nearest it (round 46).

- The volume a contract sets is its value: «заключён дилерский договор сроком на три года с
  минимальным объёмом закупок 24 000 000 рублей в год», «соглашение с годовым объёмом поставок
  на …» (`agreements`, not the purchase or delivery word before the sum).
- A delivery's only sum in a sentence that names a contract, a deal or an order before it is
  the contract's value: «Всего по контракту, заключённому в марте, завод поставит 420 буев на
  общую сумму …», «главный заказ года – поставка 1 200 гидрантов для … на …». A contract told
  after the sum («Оборудование на 320 млн поставит белорусское ОАО …, контракт стороны
  подписали …», round 27) leaves the delivery an export; insured deliveries stay exports. So
  is a shipment's: «По договору поставки 2019 года завод отгрузил покупателю комбайны на 52
  млн рублей» is one contract between two firms, not the countries' trade nor the plant's
  output (session 35, newuser35).
- A deal's own cost told after it, no verb between («для выполнения контракта с подмосковным
  дистрибьютором стоимостью 9,6 млн долларов», «договор на поставку 36 машин общей стоимостью
  …»): the contract's value, whatever a credit or a purpose before the deal governs (round 59;
  the dev golds of rounds 9, 20, 27, 32, 41, 49, 51, 55, 56, 58 read every such sum so). The
  phrase may run to 12 words and close with «на (общую) сумму» («контракт на поставку брянскому
  агрохолдингу … 45 комбайнов … производства «Гомсельмаша» на сумму …»: rounds 20, 37, 56;
  metric41a); a deal of money («гарантию исполнения контракта на сумму …») or one that only
  frames the sum («платежей по контрактам на сумму …») is left to its own reading.
- A part whose source a dash names after it is that credit: «в том числе 3,6 млн рублей – за
  счёт кредита банка», «из них 5 млн — за счёт заёмных средств», as «из них 7 млн – кредит
  банка» is (not a weak verb's part of the whole before it).
"""

from __future__ import annotations

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.alternation import lookbehind_led
from analysis.money.cuewords import is_verbish
from analysis.money.scope import AmountScope

__all__ = ["credit_after_dash", "deal_value"]

_DELIVERY_HEADS = frozenset({"поставка", "поставить", "поставлять"})
# a shipment («отгрузил покупателю … на») is the contract's when it is made under one, «по
# договору / контракту» before it: orders told of («заказов было вдвое меньше … мы отгрузили
# россиянам продукции на», round 49) leave it the shipper's export
_SHIPMENT_HEADS = frozenset({"отгрузить", "отгружать", "отгрузка"})
_UNDER_DEAL = lazy_compile(r"(?<![а-яё])по[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?"
                           r"(?:контракт|договор)(?:у|ам)?(?![а-яё])")
_DELIVERY_METRICS = frozenset({"export", "production"})  # a shipment is read as output first
# a contract, a deal or an order (folded text; not an insurance policy)
# («Соглашение, рассчитанное на 2014–2016 годы, предусматривает ежегодные поставки примерно на
# $2,4 млн»: an agreement between firms sets deliveries as a contract does; round 49)
_DEAL_NAMED = lazy_compile(r"(?<![а-яё])(?:(?:контракт|договор|заказ)(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
                           r"|соглашени(?:е|я|ю|ем|и|й|ям|ями|ях))"
                           r"(?![а-яё])(?![ \u00a0]+страховани)")
_INSURED = lazy_compile(r"(?<![а-яё])застрахова")
_VOLUME_REACH = 200  # characters before the sum the contract's volume is read in
# (its look-behind said after each first letter, `lookbehind_led`: sre then looks for «к», «д»,
# «с» in C instead of trying the look-behind at every position; speed, session 35)
_DEAL_VOLUME = lazy_compile(lookbehind_led(
    r"(?<![а-яё])(?:контракт|договор|соглашени)\w*[^.;:!?]{0,80}?(?<![а-яё])с[ \u00a0]+"
    r"(?:[а-яё]+[ \u00a0]+)?объ[её]мом[ \u00a0]+(?:закуп|поставо|поставк|продаж)\w*[ \u00a0]+"
    r"(?:(?:на[ \u00a0]+)?(?:сумму[ \u00a0]+)?)?\Z"))
_VOLUME_WORD = "объ"  # «объёмом», «объемом»: _DEAL_VOLUME cannot match where it is not
# «контракта с подмосковным дистрибьютором стоимостью», «контракт минской компании … с
# московским банком на разработку мобильного приложения стоимостью», «контракт на поставку
# брянскому агрохолдингу … 45 комбайнов … на сумму»: a deal noun, the words of its phrase (no
# clause mark), then the cost word or «на (общую) сумму» right before the sum (folded text;
# rounds 20, 37, 56 told the phrase in up to 12 words: metric41a)
_DEAL_COST = lazy_compile(
    r"(?<![а-яё])(?:контракт|договор|соглашени|заказ)[а-яё]*((?:[ \u00a0]+[^\s.,;:!?()—–]+){0,12}?)"
    r"[ \u00a0]+(?:(?:общей[ \u00a0]+)?стоимостью|на[ \u00a0]+(?:общую[ \u00a0]+)?сумму)"
    r"(?:[ \u00a0]+(?:около|порядка|более|свыше|до|почти))?[ \u00a0]*\Z")
_COST_WORDS = ("стоимостью", "сумму")  # _DEAL_COST cannot match where neither is
_DEAL_STEMS = ("контракт", "договор", "соглашени", "заказ")  # where the pattern may start
# characters before the deal's noun a money word heading it («гарантию надлежащего исполнения»)
# and a framing «по (внешнеторговым)» are looked for in
_HEAD_REACH, _UNDER_REACH = 80, 40
_COST_TAIL = 24  # characters before the sum its cost word («стоимостью», «сумму») ends within
_DEAL_COST_REACH = 170  # characters before the sum the deal is looked for in
# a deal whose object is money (a credit, a lease, financing, a guarantee, insurance: «соглашение
# о предоставлении кредита на сумму») is read by that money's own rules, not as a contract value
_MONEY_WORD = r"(?<![а-яё])(?:кредит|за[её]м|займ|финансир|лизинг|гарант|страхов|субсид|инвест)"
_MONEY_DEAL = lazy_compile(_MONEY_WORD)
# … or heading the deal's noun, no preposition between («выдало гарантию надлежащего исполнения
# контракта на сумму …» is the guarantee's, round 36; but «кредит для выполнения контракта …
# стоимостью» leaves the contract its value, round 59)
_MONEY_HEADS_DEAL = lazy_compile(
    _MONEY_WORD + r"[а-яё]*(?:[ \u00a0]+(?!(?:для|на|по|в|во|с|со|под|к|о|об|от|из|за)[ \u00a0])"
    r"[а-яё-]+){0,3}[ \u00a0]+\Z")
# a deal named as the frame of what the sum counts («платежей по внешнеторговым контрактам на
# сумму …»: the payments; round 11), not as the sum's head
_UNDER = lazy_compile(r"(?<![а-яё])(?:по|согласно)[ \u00a0]+(?:[а-яё-]+[ \u00a0]+)?\Z")
_DASH_CREDIT = lazy_compile(
    r"[ \u00a0]*[—–-][ \u00a0]*за[ \u00a0]+сч[её]т[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?"
    r"(?:(?:кредит|займ|заём|заем)(?:а|ов)?(?![а-яё])|(?:кредитн|заемн|заёмн)[а-яё]*[ \u00a0]+средств)")


def deal_value(scope: AmountScope, metric: str, head: str) -> bool:
    """Is the amount the value of a deal: the volume a contract sets, or a delivery's only sum
    in a sentence naming its contract before it (`metric`, `head`: the reading so far)?"""
    low = scope.folded
    lo = max(scope.start, scope.amount.start - _VOLUME_REACH)
    if low.find(_VOLUME_WORD, lo, scope.amount.start) >= 0 and _DEAL_VOLUME.search(
            low, lo, scope.amount.start):
        return True  # (most amounts: no «объ» before them, one look in C)
    if _deal_cost(scope):
        return True
    if metric not in _DELIVERY_METRICS or len(scope.others) != 1 or not head:
        return False
    said = lemma(head.lower())
    named = _UNDER_DEAL if said in _SHIPMENT_HEADS else _DEAL_NAMED if said in _DELIVERY_HEADS else None
    return (named is not None and named.search(low, scope.start, scope.amount.start) is not None
            and _INSURED.search(low, scope.start, scope.end) is None)


def _deal_cost(scope: AmountScope) -> bool:
    """Is the amount a deal's cost told right after its phrase, no verb between the deal's
    noun and the cost word («контракта с дистрибьютором стоимостью …»; not «по договору …
    получит два льнокомбайна стоимостью …», the goods' cost)?"""
    low, start = scope.folded, scope.amount.start
    lo = max(scope.start, start - _DEAL_COST_REACH)
    tail = max(lo, start - _COST_TAIL)
    if low.find(_COST_WORDS[0], tail, start) < 0 and low.find(_COST_WORDS[1], tail, start) < 0:
        return False  # (most amounts: two looks in C, no pattern run)
    # the pattern tried only where a deal noun starts, leftmost first (as a search would)
    found = next((m for at in sorted(_stems_at(low, lo, start))
                  if (m := _DEAL_COST.match(low, at, start)) is not None), None)
    if found is None or any(is_verbish(word) for word in found.group(1).split() if word.isalpha()):
        return False
    at = found.start()
    return (_MONEY_DEAL.search(found.group(1)) is None
            and _MONEY_HEADS_DEAL.search(low, max(scope.start, at - _HEAD_REACH), at) is None
            and _UNDER.search(low, max(scope.start, at - _UNDER_REACH), at) is None)


def _stems_at(low: str, lo: int, hi: int) -> list[int]:
    """Where a deal noun's stem stands in low[lo:hi] (each occurrence)."""
    found = []
    for stem in _DEAL_STEMS:
        at = low.find(stem, lo, hi)
        while at >= 0:
            found.append(at)
            at = low.find(stem, at + 1, hi)
    return found


def credit_after_dash(scope: AmountScope) -> bool:
    """Does a dash right after the amount name a credit as its source?"""
    return _DASH_CREDIT.match(scope.folded, scope.amount.end, scope.end) is not None
