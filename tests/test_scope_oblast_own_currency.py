"""An oblast's own trade told in Belarusian rubles is still the oblast's (a new user, session 32).

«белорусских рублей» names a currency, not Belarus as a whole: before, the currency's adjective
made the sentence name the country, so «Экспорт Гродненской области в Россию … составил 3,1
млрд белорусских рублей» went into the national series as all of Belarus's exports to Russia.
"""

from __future__ import annotations

import pytest

from analysis.entities.oblasts import names_country_side
from analysis.figures.scope import mention_scope
from analysis.vocab import BELARUS_OBLAST, NATIONAL

HEADING = "Гродненщина нарастила поставки на российский рынок"


@pytest.mark.parametrize(("sentence", "scope"), [
    ("Экспорт Гродненской области в Россию по итогам 2023 года составил 3,1 млрд белорусских "
     "рублей, сообщили в облисполкоме.", BELARUS_OBLAST),
    ("Товарооборот Гродненской области с Российской Федерацией достиг 5,2 млрд белорусских "
     "рублей.", BELARUS_OBLAST),
    # the country named beside the oblast: the whole of Belarus, as before
    ("Экспорт Беларуси в Россию составил 12,4 млрд белорусских рублей, из них на долю "
     "Гродненской области пришлось около четверти.", NATIONAL),
])
def test_an_oblasts_trade_in_its_rubles(sentence: str, scope: str) -> None:
    assert mention_scope(None, "export", sentence, HEADING) == scope


def test_the_currency_is_no_country_but_the_adjective_elsewhere_is() -> None:
    assert not names_country_side("выручка составила 40 млн белорусских рублей")
    assert names_country_side("поставки белорусских тракторов выросли")
    assert names_country_side("белорусская сторона вложила 12 млн белорусских рублей")
