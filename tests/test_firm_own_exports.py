"""A Belarusian firm's own exports are the firm's, not the country's (new user, session 24,
finding 4): «Экспорт продукции …» with no owner after «продукции», in a text that has named
the firm, is its products' trade, as «экспорт предприятия» is; an ownerless «поставки в
Россию» right after it in its paragraph goes on about it. A sector's «продукции
машиностроения» and a country's export stay as they were.

The texts are written for these tests in the manner of a firm's quarterly release."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe

RELEASE = ("ОАО «Гомсельмаш» по итогам первого полугодия 2026 года нарастило выручку на 12%.\n\n"
           "{export} за январь–июнь составил 214,5 млн долларов, из них на российский рынок "
           "пришлось 171,3 млн долларов. {next}\n")


def exports(text: str) -> list[tuple[str, str | None]]:
    facts = describe(SimpleNamespace(text=text, published=dt.date(2026, 8, 1)))
    return [(f.amount.surface, f.goods) for f in facts if f.metric == "export"]


@pytest.mark.parametrize("export", ["Экспорт продукции", "Экспорт собственной продукции"])
@pytest.mark.parametrize("following", ["В первом квартале поставки в Россию составляли 80,2 млн долларов.",
                                       "Во втором квартале экспорт в Россию вырос до 91,1 млн долларов."])
def test_a_firms_bare_products_and_the_ownerless_trade_after_them_are_its_own(export: str,
                                                                              following: str) -> None:
    read = exports(RELEASE.format(export=export, next=following))
    assert len(read) == 3
    assert all(goods == "продукция «Гомсельмаш»" for _, goods in read)


def test_a_sectors_products_are_not_a_firms() -> None:
    text = ("ОАО «Гомсельмаш» представило новый комбайн. Экспорт продукции машиностроения Беларуси "
            "за январь–июнь составил 4,1 млрд долларов.")
    assert [g for _, g in exports(text)] != ["продукция «Гомсельмаш»"]


def test_a_countrys_export_after_a_firms_stays_the_countrys() -> None:
    text = ("ОАО «Гомсельмаш» нарастило выручку. Экспорт продукции за январь–июнь составил 214,5 млн "
            "долларов. Экспорт Беларуси в Россию за тот же период составил 12,4 млрд долларов.")
    assert exports(text)[-1] == ("12,4 млрд долларов", None)
