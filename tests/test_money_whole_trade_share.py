"""A figure told as the whole of a trade, of which one market takes a share, is every market's
and no region's: on a Belarusian outlet «у нас» is Belarus, and «на столичный рынок приходится
пятая часть всего экспорта республики, который составил …» gives Moscow's share of the
republic's whole export, not Moscow's trade. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

_STORY = ("Петербург полюбил белорусские сыры\n"
          "Торговые сети Санкт-Петербурга за год закупили белорусских сыров на $96 млн. У нас "
          "этот рынок считают важнейшим: на Северную столицу приходится около десятой части "
          "всего сырного экспорта республики, который за год достиг $930 млн.\n")


def test_the_whole_export_is_no_regions_and_every_markets(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _STORY, published="2019-04-02", source="Сырный рынок",
                           url="https://syr-rynok.by/2019/04/02/peterburg")
    whole = got["$930 млн"]
    assert whole.region is None
    assert whole.flow == "other"
    assert got["$96 млн"].region == "Санкт-Петербург"


def test_a_whole_export_naming_its_market_keeps_it(tmp_path: Path) -> None:
    text = ("Итоги года\n"
            "Завод отправил весь экспорт в Россию — на 41 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2019-04-02", source="Гомельская правда")
    assert got["41 млн долларов"].flow != "other"
