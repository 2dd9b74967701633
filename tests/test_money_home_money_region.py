"""Money told in Belarusian rubles is Belarus's: no Russian region it does not name (walk28).

In a regional outlet's article about a Russian region, a Belarusian plant's own spending, a
Belarusian bank's credit or a Belarusian budget's money («направило 40 млрд рублей» in BYR,
«кредит Беларусбанка на 9 млн белорусских рублей») was given the article's Russian region, and
the investments briefing charted a Belarusian workshop's modernisation under Bryansk. Such a
sum keeps a region only when its own sentence, or the sentence just before (the site it is
spent on), names it; trade figures keep theirs. Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

_PARTNER_NEWS = (
    "Брянская область и Гомельщина подвели итоги года\n"
    "Товарооборот Брянской области с Беларусью в прошлом году вырос до 640 млн долларов.\n"
    "Соседи тоже не стоят на месте. Речицкий комбинат в 2014 году направил на замену "
    "котельной 40 млрд белорусских рублей собственных средств. Ещё 9 млн белорусских рублей "
    "Беларусбанк выдал комбинату в кредит на покупку оборудования.\n"
)

_OWN_SITE = (
    "Белорусы откроют склад в Брянске\n"
    "Гомельский холдинг построит под Брянском распределительный склад. "
    "На его строительство холдинг выделит 3 млн белорусских рублей.\n"
)

_NAMED_HERE = (
    "Белорусский завод расширяет сборку в России\n"
    "Минский завод вложит в сборочный цех в Смоленской области 12 млн белорусских рублей.\n"
)


def test_belarusian_rubles_spent_by_a_belarusian_plant_take_no_russian_region(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _PARTNER_NEWS, published="2015-02-10",
                           source="Брянские новости")
    own, lent = got["40 млрд белорусских рублей"], got["9 млн белорусских рублей"]
    assert own.amount.currency == "BYR" and own.metric == "investment"
    assert lent.metric == "credit"
    assert own.region is None and lent.region is None
    # the region's trade with Belarus keeps its region
    assert got["640 млн долларов"].region == "Брянская область"


def test_a_site_named_just_before_keeps_its_region(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _OWN_SITE, published="2024-03-01")
    assert got["3 млн белорусских рублей"].region == "Брянская область"


def test_a_region_its_own_sentence_names_stays(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _NAMED_HERE, published="2024-03-01")
    assert got["12 млн белорусских рублей"].region == "Смоленская область"
