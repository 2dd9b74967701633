"""Session 17 (money19b, issue 10): a district named after its centre town («предприятия
Себежского района», a district paper «Знамя труда (Климовский район)») names the town's
region, when the article names that region elsewhere (a district paper names its oblast:
«товарооборот Брянщины», «по данным Псковстата»); a byline over the headline («Себежские
новости | Экономика | 12.10.2023») is not the headline, so the lead whose region holds for the
article is the paragraph under the headline; a city's district («Ленинский район») and
a district whose region the article never names give none. Texts written for this test in
the style of district newspapers."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import facts_by_surface

from analysis.entities.districts import districts_in, resolve

_OWN_SENTENCE = ("Себежские новости | Экономика | 12.10.2023\n"
                 "Район наращивает торговлю с соседями\n"
                 "За полгода предприятия Себежского района экспортировали в Беларусь продукции "
                 "на 3,9 млн долларов, импорт составил 8,4 млн долларов.\n"
                 "Для сравнения: за весь прошлый год импорт района был на уровне 9,1 млн "
                 "долларов.\n"
                 "Товарооборот Псковской области с Беларусью за полугодие достиг 290 млн "
                 "долларов.\n")
_NO_OBLAST = ("Район наращивает торговлю с соседями\n"
              "За полгода предприятия Себежского района экспортировали в Беларусь продукции "
              "на 3,9 млн долларов.\n")
_DISTRICT_PAPER = ("НОВОСТИ РАЙОНА\n"
                   "Лесопилка нашла покупателя\n"
                   "Директор пилорамы рассказал, что за прошлый год предприятие отгрузило в "
                   "Беларусь продукции на 18,2 млн рублей.\n"
                   "По данным администрации области, товарооборот Брянщины с Беларусью в "
                   "прошлом году составил $1,4 млрд.\n")

CASES = [
    Case("a district in the figure's sentence", _OWN_SENTENCE, "2023-10-12", "3,9 млн долларов",
         "region", "Псковская область"),
    Case("the district's next figure", _OWN_SENTENCE, "2023-10-12", "8,4 млн долларов",
         "region", "Псковская область"),
    Case("a byline over the headline: the lead is the paragraph under it", _OWN_SENTENCE,
         "2023-10-12", "9,1 млн долларов", "region", "Псковская область"),
    Case("a district whose oblast the article never names", _NO_OBLAST, "2023-10-12",
         "3,9 млн долларов", "region", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_district_region(tmp_path: Path, case: Case) -> None:
    facts = facts_by_surface(tmp_path, case.text, published=case.published)
    assert getattr(facts[case.surface], case.field) == case.want


def test_district_paper_gives_its_region(tmp_path: Path) -> None:
    """«Знамя труда (Климовский район)»: Климово (Брянская область) and Климовск (Московская
    область) make the same adjective; the article's «Брянщина» decides."""
    facts = facts_by_surface(tmp_path, _DISTRICT_PAPER, published="2019-03-02",
                             source="Знамя труда (Климовский район)")
    assert facts["18,2 млн рублей"].region == "Брянская область"


def test_district_two_regions_could_name() -> None:
    text = "в Климовском районе"
    (mention,) = districts_in(text, 0, len(text))
    assert mention.regions >= {"Брянская область", "Московская область"}
    assert resolve(mention, ["Брянская область"]) == "Брянская область"
    assert resolve(mention, []) is None


@pytest.mark.parametrize("text", ["в Ленинском районе города", "Московского района",
                                  "в Оршанском районе Витебской области"])
def test_city_and_belarusian_districts_name_no_russian_region(text: str) -> None:
    assert districts_in(text, 0, len(text)) == []
