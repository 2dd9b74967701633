"""analysis.projects.partners: partners the gazetteer lacks (institutions, the NER's organisations)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import make_article, register_keys, register_of

from analysis.entities import Entity, find_entities
from analysis.projects import build_register
from analysis.projects.partners import partner_name


def _organisation(name: str) -> Entity:
    """An organisation the NER found at the start of a text."""
    return Entity(start=0, end=len(name), surface=name, type="organization", normal=name)


def test_university_with_abbreviation_is_a_partner():
    rows = register_of("Томский государственный университет систем управления и "
                        "радиоэлектроники (ТУСУР) и Минский тракторный завод приступили к "
                        "совместной разработке системы автоматического вождения.")
    assert register_keys(rows) == {("Томская область", "МТЗ;ТУСУР", "joint_development")}


def test_a_partner_the_list_lacks_takes_the_country_of_the_place_in_its_name():
    # «разработают» counts as joint only with a Belarusian and a Russian side: «Казанский»
    rows = register_of("Минский тракторный завод и Казанский национальный исследовательский "
                        "технический университет им. А. Н. Туполева (КНИТУ-КАИ) разработают "
                        "беспилотный трактор. Испытания пройдут в Татарстане в 2026 году.")
    assert register_keys(rows) == {("Республика Татарстан", "КНИТУ-КАИ;МТЗ", "joint_development")}


def test_university_without_abbreviation_is_a_partner_in_the_nominative():
    rows = register_of("Тульский государственный университет и Минский завод колесных тягачей "
                        "ведут совместную разработку гибридной трансмиссии. Опытный образец "
                        "соберут в Туле в 2026 году.")
    # the prototype is a stage of the development, not an assembly project
    assert register_keys(rows) == {("Тульская область", "МЗКТ;Тульский государственный университет",
                            "joint_development")}


def test_ner_organisations_reach_the_register_through_the_entities_given():
    text = ("Белшина и ярославская компания Кордиант ведут совместную разработку "
            "сельскохозяйственной шины.")
    a = make_article("t", text, date(2024, 5, 1))
    start = text.index("Кордиант")
    org = Entity(start=start, end=start + len("Кордиант"), surface="Кордиант",
                 type="organization", normal="Кордиант", role=None)
    found = sorted([*find_entities(a, ner=False), org], key=lambda e: (e.start, e.end))
    assert register_keys(build_register([a], entities={"t": found}).to_dict("records")) == {
        ("Ярославская область", "Белшина;Кордиант", "joint_development")}
    assert register_keys(build_register([a]).to_dict("records")) == {  # the fast path has no NER
        ("Ярославская область", "Белшина", "joint_development")}


@pytest.mark.parametrize("org", ["Банк ВТБ", "Интерфакс", "Минпромторг", "Правительство",
                                 "Союзное государство", "СП", "ОЭЗ «Липецк»"])
def test_authorities_banks_media_and_sites_are_no_partners(org):
    text = f"{org} и МАЗ"
    assert partner_name(text, _organisation(org)) is None


@pytest.mark.parametrize("org,name", [("ООО «Агродорснаб»", "Агродорснаб"),
                                      ("Костромское ООО «Коммунальные машины", "Коммунальные машины"),
                                      ("Кордиант", "Кордиант")])
def test_partner_names_lose_legal_forms_and_quotes(org, name):
    assert partner_name(org, _organisation(org)) == name
