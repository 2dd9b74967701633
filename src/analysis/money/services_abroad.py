"""Services rendered to another country's people or firms are an export of services.

«Клиники оказали иностранцам услуг на 6 млн долларов», «больница оказала гражданам Беларуси
медицинских услуг на 14 млн рублей», «разработчики оказали российским заказчикам услуг на …»:
the verb of rendering («оказать») governs the amount through its object «услуг», and its
dative names who bought them; a buyer of another country makes the sum a sale abroad (the
balance-of-payments meaning of an export of services). A part told after it («из которых на
граждан России пришлось около 4 млн») names its buyers the same way. With no foreign buyer
named before the amount («оказали услуг на 3,4 млн») the sum stays the provider's revenue.
Money earned on foreign buyers («клиники заработали на иностранных пациентах …», `earned_on`)
is such a sale too (issue 10, session 27).

The words are data: `services_rendered` and `service_recipients_abroad` of
`data/money_context_ru.json`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    import re

    from analysis.money.scope import AmountScope

__all__ = ["is_service_export"]

# the readings a service sold abroad overrides: a provider's revenue, money received read as
# financing, a turnover or an output word; a trade word already read stays as it is
_FROM = frozenset({"other", "financing", "trade_turnover", "investment", "production",
                   "agreements", "credit"})
_SERVICE = lazy_compile(r"(?<![а-яё])услуг\w*")


@cache
def _pattern(key: str) -> re.Pattern[str]:
    words = context_data()[key]
    return compile_pattern(r"(?<![а-яё])(?:" + "|".join(words) + r")(?![а-яё])")


def is_service_export(scope: AmountScope, metric: str) -> bool:
    """Is the amount, read `metric`, the value of services rendered to a foreign buyer: a
    verb of rendering, the noun «услуги» and a foreign recipient all before it in its
    sentence?"""
    if metric not in _FROM:
        return False
    low, start, end = scope.folded, scope.start, scope.amount.start
    earned = _pattern("earned_on").search(low, start, end)
    if earned is not None and _pattern("service_recipients_abroad").search(
            low, earned.start(), end) is not None:
        return True  # «клиники заработали на иностранных пациентах 31 млн долларов»
    service = _SERVICE.search(low, start, end)
    if service is None:
        return False
    rendered = _pattern("services_rendered").search(low, start, end)
    return rendered is not None and _pattern("service_recipients_abroad").search(
        low, min(rendered.start(), service.start()), end) is not None
