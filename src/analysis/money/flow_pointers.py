"""What a line tells of the way goods go by pointing back or by naming the trade's partner
(`money.flow`, step 3): «туда» and «оттуда» in a figure's clause (the place named before is
where the goods go or come from), a line of trade with one side («Внешняя торговля Республики
Беларусь с Российской Федерацией», «Товарооборот Могилёвской области с Калужской областью»:
the figures after it are the other side's trade), and the sentence a list's lead follows.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from analysis.datafiles import data_json
from analysis.lazypattern import lazy_compile
from analysis.money.flow_sides import sides_in
from analysis.money.side_roles import OWNER, PARTNER, SUBJECT
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact
    from analysis.money.region import ArticleText, SentenceSpan

__all__ = ["last_sentence_before", "partner_alone", "pointed_place"]


@cache
def _pointed_places() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """«туда», «сюда», a buyer's «ему», «ей» (goods go into the place or to the buyer named
    before); «оттуда», «отсюда» (out of it): `into_pointed_place`, `out_of_pointed_place` of
    data/trade_flow_ru.json."""
    data = data_json("trade_flow_ru.json")
    into, out = (compile_pattern(r"(?i)(?<![а-яё])(?:" + "|".join(data[key]) + r")(?![а-яё])")
                 for key in ("into_pointed_place", "out_of_pointed_place"))
    return into, out


def pointed_place(text: str, ctx: ArticleText, fact: Fact) -> tuple[str, bool] | None:
    """The side «туда» or «оттуда» in the figure's clause points back to (the last side named
    before it in its sentence or the one before: «Рынок Калужской области для нас вырос в
    разы. В прошлом году мы продали туда …» is Russia, «Белорусский рынок для нас — второй …
    мы хотим довести экспорт туда до …» Belarus), and whether the goods go into it (True) or
    come out of it; None when the clause points to no place or no side was named before."""
    s = fact.sentence
    into_place, out_of_place = _pointed_places()
    into = into_place.search(text, s.start, fact.amount.start)
    out = out_of_place.search(text, s.start, fact.amount.start)
    hit = into or out
    if hit is None or (into is not None and out is not None):
        return None
    at = hit.start()
    sents, si = ctx.sentence_index(s.start)
    lo = sents[si - 1].start if si > 0 else s.start
    # (a place is what «туда» stands for, not the side owning a trade: «Россия — это рынок,
    # на который приходится 60% белорусского экспорта. … мы продали туда …» is Russia)
    named = [m for m in sides_in(text, lo, at) if m.role not in (OWNER, SUBJECT)]
    if not named:
        return None
    return named[-1].side, into is not None


def last_sentence_before(text: str, ctx: ArticleText, start: int) -> SentenceSpan | None:
    """The last sentence of the paragraph before the one opening at `start`, if any."""
    if start <= 1:
        return None
    sents, _ = ctx.sentence_index(text.rfind("\n", 0, start - 1) + 1
                                  if text[start - 1] != "\n" else start - 2)
    return sents[-1]


# «торговля с …», «товарооборот с …», «торговля товарами (и услугами) с …», the trader's
# name between («торговли Республики Беларусь с …»): a line telling trade with a partner
# named after it
_TRADE_WITH = lazy_compile(r"(?<![а-яёА-ЯЁ])(?i:торговл|товарооборот)\w*"
                           r"(?i:[ \u00a0]+товарами(?:[ \u00a0]+и[ \u00a0]+услугами)?)?"
                           r"(?:[ \u00a0]+[А-ЯЁ]\w*(?:[ \u00a0]+(?:област|кра|республик)\w*)?){0,2}"
                           r"[ \u00a0]+(?i:со?)[ \u00a0]")


def partner_alone(text: str, start: int, end: int) -> str | None:
    """The one side a line names as the partner of its trade («Внешняя торговля с Российской
    Федерацией»; not «контракты с Москвой», no trade told), with no side owning or doing the
    trade but the other one («торговли Республики Беларусь с Российской Федерацией»)."""
    if _TRADE_WITH.search(text, start, end) is None:
        return None
    mentions = sides_in(text, start, end)
    partners = {m.side for m in mentions if m.role == PARTNER}
    if len(partners) != 1:
        return None
    partner = partners.pop()
    if any(m.role in (OWNER, SUBJECT) and m.side == partner for m in mentions):
        return None
    return partner
