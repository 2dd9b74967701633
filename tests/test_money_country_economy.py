"""Money put «в экономику России» or «в белорусскую экономику» is a country's, not the region
of the article: a regional release that sets a nationwide investment stock beside its own
figures gives that stock no region. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

_RELEASE = ("Белорусские машиностроители расширяют площадку в Калуге\n"
            "Правительство Калужской области сообщает, что белорусский холдинг вложил в "
            "сборочный цех под Калугой 2,4 млрд рублей.\n"
            "Для сравнения: накопленные белорусские прямые инвестиции в экономику России на "
            "начало года, по данным министерства, составляли 3,9 млрд долларов.\n"
            "Российские вложения в белорусскую экономику за тот же год превысили 900 млн "
            "долларов.\n")


def test_an_investment_into_a_countrys_economy_has_no_region(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _RELEASE, published="2025-03-04", source="Калужский вестник")
    assert got["2,4 млрд рублей"].region == "Калужская область"
    assert got["3,9 млрд долларов"].region is None
    assert got["превысили 900 млн долларов"].region is None
