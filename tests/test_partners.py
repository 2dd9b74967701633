"""analysis.partners: partners the gazetteer lacks (institutions, the NER's organisations)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from test_projects import _keys, _register_of, make_article

from analysis.projects.register import build_register


def test_university_with_abbreviation_is_a_partner():
    rows = _register_of("Томский государственный университет систем управления и "
                        "радиоэлектроники (ТУСУР) и Минский тракторный завод приступили к "
                        "совместной разработке системы автоматического вождения.")
    assert _keys(rows) == {("Томская область", "МТЗ;ТУСУР", "joint_development")}


def test_a_partner_the_list_lacks_takes_the_country_of_the_place_in_its_name():
    # «разработают» counts as joint only with a Belarusian and a Russian side: «Казанский»
    rows = _register_of("Минский тракторный завод и Казанский национальный исследовательский "
                        "технический университет им. А. Н. Туполева (КНИТУ-КАИ) разработают "
                        "беспилотный трактор. Испытания пройдут в Татарстане в 2026 году.")
    assert _keys(rows) == {("Республика Татарстан", "КНИТУ-КАИ;МТЗ", "joint_development")}


def test_university_without_abbreviation_is_a_partner_in_the_nominative():
    rows = _register_of("Тульский государственный университет и Минский завод колесных тягачей "
                        "ведут совместную разработку гибридной трансмиссии. Опытный образец "
                        "соберут в Туле в 2026 году.")
    # the prototype is a stage of the development, not an assembly project
    assert _keys(rows) == {("Тульская область", "МЗКТ;Тульский государственный университет",
                            "joint_development")}


def test_ner_organisations_reach_the_register_through_the_entities_frame():
    text = ("Белшина и ярославская компания Кордиант ведут совместную разработку "
            "сельскохозяйственной шины.")
    a = make_article("t", text, date(2024, 5, 1))
    start = text.index("Кордиант")
    frame = pd.DataFrame([{"article_id": "t", "file": "t.txt", "start": start,
                           "end": start + len("Кордиант"), "surface": "Кордиант",
                           "type": "organization", "normal": "Кордиант", "role": None}])
    assert _keys(build_register([a], entities=frame).to_dict("records")) == {
        ("Ярославская область", "Белшина;Кордиант", "joint_development")}
    assert _keys(build_register([a]).to_dict("records")) == {  # the fast path has no NER
        ("Ярославская область", "Белшина", "joint_development")}


@pytest.mark.parametrize("org", ["Банк ВТБ", "Интерфакс", "Минпромторг", "Правительство",
                                 "Союзное государство", "СП", "ОЭЗ «Липецк»"])
def test_authorities_banks_media_and_sites_are_no_partners(org):
    from analysis.entities import Entity
    from analysis.projects.partners import _partner_name

    text = f"{org} и МАЗ"
    assert _partner_name(text, Entity(0, len(org), org, "organization", org, None)) is None


@pytest.mark.parametrize("org,name", [("ООО «Агродорснаб»", "Агродорснаб"),
                                      ("Костромское ООО «Коммунальные машины", "Коммунальные машины"),
                                      ("Кордиант", "Кордиант")])
def test_partner_names_lose_legal_forms_and_quotes(org, name):
    from analysis.entities import Entity
    from analysis.projects.partners import _partner_name

    assert _partner_name(org, Entity(0, len(org), org, "organization", org, None)) == name
