"""Regions, countries, enterprises, people and programmes."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.entities import (
    ENTITY_COLUMNS,
    RUSSIAN_REGIONS,
    enterprise_parent,
    entities_frame,
    find_enterprises,
    find_entities,
    find_regions,
    is_russian_region,
    normalize_region,
    russian_regions_in,
)
from analysis.ingest.loader import load_corpus

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def one(text: str):
    found = find_regions(text)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- regions


def test_89_subjects():
    assert len(RUSSIAN_REGIONS) == 89 == len(set(RUSSIAN_REGIONS))
    for name in ("Кемеровская область", "Республика Татарстан", "Москва", "Санкт-Петербург",
                 "Севастополь", "Республика Крым", "Донецкая Народная Республика",
                 "Луганская Народная Республика", "Запорожская область", "Херсонская область",
                 "Еврейская автономная область", "Ханты-Мансийский автономный округ — Югра"):
        assert name in RUSSIAN_REGIONS and is_russian_region(name)
    assert not is_russian_region("Минская область") and not is_russian_region("Беларусь")


@pytest.mark.parametrize(("text", "normal", "type_"), [
    ("Кузбасс", "Кемеровская область", "region"),
    ("Кузбасса", "Кемеровская область", "region"),
    ("кузбасские", "Кемеровская область", "region"),
    ("Кемеровской области — Кузбасса", "Кемеровская область", "region"),
    ("Смоленщины", "Смоленская область", "region"),
    ("смоленский", "Смоленская область", "region"),
    ("Татарстана", "Республика Татарстан", "region"),
    ("татарстанскими", "Республика Татарстан", "region"),
    ("Подмосковье", "Московская область", "region"),
    ("Петербурге", "Санкт-Петербург", "region"),
    ("Питера", "Санкт-Петербург", "region"),
    ("Башкирии", "Республика Башкортостан", "region"),
    ("Якутии", "Республика Саха (Якутия)", "region"),
    ("Республике Саха (Якутия)", "Республика Саха (Якутия)", "region"),
    ("Чувашии", "Чувашская Республика", "region"),
    ("Удмуртией", "Удмуртская Республика", "region"),
    ("Ямале", "Ямало-Ненецкий автономный округ", "region"),
    ("Югры", "Ханты-Мансийский автономный округ — Югра", "region"),
    ("Приморье", "Приморский край", "region"),
    ("Ставрополья", "Ставропольский край", "region"),
    ("на Кубани", "Краснодарский край", "region"),
    ("Прикамья", "Пермский край", "region"),
    ("в Крыму", "Республика Крым", "region"),
    ("ДНР", "Донецкая Народная Республика", "region"),
    ("Беларуси", "Беларусь", "country"),
    ("Белоруссии", "Беларусь", "country"),
    ("республики Беларусь", "Беларусь", "country"),
    ("Республикой Беларусь", "Беларусь", "country"),
    ("белорусского", "Беларусь", "country"),
    ("России", "Россия", "country"),
    ("РФ", "Россия", "country"),
    ("Российской Федерации", "Россия", "country"),
    ("Минской области", "Минская область", "region"),
    ("Гомельщины", "Гомельская область", "region"),
    ("Могилёвской области", "Могилёвская область", "region"),
    ("Могилевской области", "Могилёвская область", "region"),
    ("Минске", "Минск", "region"),
])
def test_find_regions_normalises(text, normal, type_):
    e = one(text)
    assert (e.normal, e.type) == (normal, type_)
    assert text.endswith(e.surface)


def test_roles_of_region_mentions():
    assert one("кузбасские предприятия").role == "adjective"
    smolensk = one("В Смоленске появится хаб")
    assert (smolensk.normal, smolensk.role) == ("Смоленская область", "capital")
    assert one("в Казани").normal == "Республика Татарстан"
    assert one("Кемеровская область").role is None


def test_ambiguous_words_are_not_regions():
    assert find_regions("Владимир Путин и Киров") == []  # first name, surname
    assert find_regions("орёл расправил крылья, мир тесен") == []
    assert find_regions("газ и нефть") == []


@pytest.mark.parametrize("case", ["gent", "datv", "ablt", "loct"])
def test_every_subject_in_every_case(case):
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    failures = []
    for name in RUSSIAN_REGIONS:
        words = name.replace("(", "").replace(")", "").split()
        # words up to the first declinable noun agree with it; appositions stay
        out, inflecting = [], True
        for w in words:
            p = next((p for p in morph.parse(w) if "nomn" in p.tag), morph.parse(w)[0])
            form = p.inflect({case}) if inflecting and w != "—" else None
            word = form.word if form else w
            out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
            if p.tag.POS == "NOUN" and "Fixd" not in p.tag:
                inflecting = False
        phrase = " ".join(out)
        if normalize_region(phrase) != name:
            failures.append((phrase, normalize_region(phrase)))
    assert not failures


@pytest.mark.parametrize(("text", "normal"), [
    ("в Республике Татарстан", "Республика Татарстан"),
    ("Кабардино-Балкарской Республики", "Кабардино-Балкарская Республика"),
    ("в Ямало-Ненецком автономном округе", "Ямало-Ненецкий автономный округ"),
    ("Республики Северная Осетия — Алания", "Республика Северная Осетия — Алания"),
    ("Донецкой Народной Республикой", "Донецкая Народная Республика"),
    ("Еврейской автономной области", "Еврейская автономная область"),
    ("Чувашской Республикой", "Чувашская Республика"),
    ("Санкт-Петербургу", "Санкт-Петербург"),
    ("в Севастополе", "Севастополь"),
    ("в Республике Марий Эл", "Республика Марий Эл"),
    ("Алтайском крае", "Алтайский край"),
    ("Республики Алтай", "Республика Алтай"),
    ("Херсонской областью", "Херсонская область"),
    ("Нижнем Новгороде", "Нижегородская область"),
    ("Ростове-на-Дону", "Ростовская область"),
    ("Ханты-Мансийского автономного округа — Югры", "Ханты-Мансийский автономный округ — Югра"),
    ("Москвы", "Москва"),
    ("Смоленщина", "Смоленская область"),
    ("Белгородчины", "Белгородская область"),
])
def test_normalize_region_forms(text, normal):
    assert normalize_region(text) == normal


@pytest.mark.parametrize("text", ["Минская область", "Беларусь", "Гродно", "Республика Беларусь",
                                  "Марс", ""])
def test_normalize_region_rejects_non_russian(text):
    assert normalize_region(text) is None


def test_scan_in_running_text():
    text = ("Губернатор Кемеровской области Сергей Цивилев и делегация Минской области "
            "обсудили поставки в Республику Беларусь и в Смоленскую область.")
    got = [(e.surface, e.normal) for e in find_regions(text)]
    assert got == [("Кемеровской области", "Кемеровская область"),
                   ("Минской области", "Минская область"),
                   ("Республику Беларусь", "Беларусь"),
                   ("Смоленскую область", "Смоленская область")]


# --------------------------------------------------------------------------- enterprises


@pytest.mark.parametrize(("text", "normal"), [
    ("БЕЛАЗы", "БелАЗ"), ("«БелАЗа»", "БелАЗ"), ("ОАО «БелАЗ»", "БелАЗ"),
    ("Белорусского автомобильного завода", "БелАЗ"), ("с МАЗом", "МАЗ"),
    ("Минского автомобильного завода", "МАЗ"), ("Минский тракторный завод", "МТЗ"),
    ("МТЗ-Татарстан", "МТЗ-Татарстан"), ("Минским моторным заводом", "Минский моторный завод"),
    ("Минского завода колёсных тягачей", "МЗКТ"), ("МотоВелоЗавод", "Мотовелозавод"),
    ("Вяземского машзавода", "Вяземский машиностроительный завод"),
    ("Оршанском льнокомбинате", "Оршанский льнокомбинат"), ("«Гродно Азота»", "Гродно Азот"),
    ("КАМАЗа", "КАМАЗ"), ("Группы ГАЗ", "ГАЗ"), ("АвтоВАЗом", "АвтоВАЗ"),
    ("Гомсельмаша", "Гомсельмаш"), ("Российский экспортный центр", "Российский экспортный центр"),
])
def test_enterprise_aliases(text, normal):
    found = find_enterprises(text)
    assert [e.normal for e in found] == [normal]


def test_enterprise_case_traps():
    assert find_enterprises("цены на газ и мазут") == []
    assert [e.normal for e in find_enterprises("тракторы «Беларус»")] == ["МТЗ"]


@pytest.mark.parametrize(("text", "normal", "parent"), [
    ("предприятие «Гомсельмаш-Юг»", "Гомсельмаш-Юг", "Гомсельмаш"),
    ("ООО «МАЗ-Купава»", "МАЗ-Купава", "МАЗ"),
    ("на «Гомсельмаш-Юге»", "Гомсельмаш-Юг", "Гомсельмаш"),
    ("МТЗ-Татарстан", "МТЗ-Татарстан", "МТЗ"),  # listed: its own row
    ("БЕЛАЗ-ХОЛДИНГ", "БелАЗ", None),  # an alias, not a daughter
])
def test_daughter_company_of_a_known_enterprise(text, normal, parent):
    found = find_enterprises(text)
    assert [e.normal for e in found] == [normal]
    assert enterprise_parent(normal) == parent


def test_more_legal_forms():
    assert [e.normal for e in find_enterprises("ГУП «Мосгортранс» и СЗАО «Брянсксельмаш»")] == [
        "Мосгортранс", "Брянсксельмаш"]


@pytest.mark.parametrize(("text", "normal"), [
    ("зеленоградский «Ангстрем»", "Москва"), ("испытания во Владимире", "Владимирская область"),
    ("в Кирове", "Кировская область"), ("казанская компания", "Республика Татарстан"),
])
def test_town_adjectives_and_locative_town_names(text, normal):
    assert [e.normal for e in find_regions(text)] == [normal]


def test_names_that_are_also_first_names_stay_out():
    assert find_regions("Владимир Путин и Киров") == []


def test_legal_form_is_part_of_the_mention():
    e = find_enterprises("посещение ОАО «БелАЗ» стало")[0]
    assert e.surface == "ОАО «БелАЗ»"


def test_programme():
    found = find_enterprises("научно-технической программы Союзного государства «Интелавто»")
    assert [(e.type, e.normal) for e in found] == [("programme", "Интелавто")]


def test_region_inside_enterprise_name_is_not_a_region():
    ents = find_entities("Минский тракторный завод и Смоленская область", ner=False)
    assert [(e.type, e.normal) for e in ents] == [("enterprise", "МТЗ"),
                                                  ("region", "Смоленская область")]


# --------------------------------------------------------------------------- articles, NER


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS).articles


@pytest.fixture(scope="module")
def seed_entities(seeds):
    return {a.article_id: find_entities(a, ner=True) for a in seeds}


def test_people_with_roles(seed_entities):
    people = {(e.surface, e.normal, e.role) for ents in seed_entities.values()
              for e in ents if e.type == "person"}
    assert ("Сергей Цивилев", "Сергей Цивилев", "губернатор Кемеровской области") in people
    assert ("Антон Алиханов", "Антон Алиханов", "глава Минпромторга России") in people
    assert ("Александром Лукашенко", "Александр Лукашенко", "президент Беларуси") in people
    assert ("Рустамом Миннихановым", "Рустам Минниханов", "глава Татарстана") in people
    # «Цивилев» alone is the same person
    assert any(e.surface == "Цивилев" and e.normal == "Сергей Цивилев"
               for e in seed_entities["000_c7ff2b375120a76f"])


def test_unlisted_organisations_come_from_ner(seed_entities):
    orgs = {e.normal for ents in seed_entities.values() for e in ents if e.type == "organization"}
    assert "Минпромторг России" in orgs  # gazetteer
    assert "ЕАЭС" in orgs  # NER
    assert "Администрация Президента" in orgs  # head noun to the nominative, dependents kept


def test_ner_organisation_with_a_region_adjective_in_its_name():
    """«Томский государственный университет …» is an organisation although «Томский» is also a
    region adjective (which stays a region mention)."""
    text = ("Томский государственный университет систем управления и радиоэлектроники (ТУСУР) "
            "и Минский тракторный завод приступили к совместной разработке.")
    ents = find_entities(text, ner=True)
    assert any(e.type == "organization" and e.surface.startswith("Томский государственный")
               for e in ents)
    assert any(e.type == "region" and e.normal == "Томская область" for e in ents)


def test_fast_path_has_no_people(seeds):
    ents = find_entities(seeds[0], ner=False)
    assert ents and not any(e.type == "person" for e in ents)


def test_entities_frame_cites_the_original(seeds):
    frame = entities_frame(seeds, ner=False)
    assert list(frame.columns) == ENTITY_COLUMNS
    assert set(frame["type"]) >= {"region", "country", "enterprise", "programme"}
    for row in frame.itertuples():
        raw = (SEEDS / row.file).read_bytes().decode("utf-8-sig")
        assert raw[row.start:row.end] == row.surface


def test_entities_frame_takes_precomputed_entities(seeds):
    expected = entities_frame(seeds, ner=False)
    given = {a.article_id: find_entities(a, ner=False) for a in seeds[1:]}
    assert entities_frame(seeds, ner=False, found=given).equals(expected)
    none = entities_frame(seeds, ner=False, found={a.article_id: [] for a in seeds})
    assert none.empty and list(none.columns) == ENTITY_COLUMNS


def test_russian_regions_in_a_stretch_of_text():
    text = "Заголовок. В Кемеровской области — Кузбассе и в Минской области строят завод в Казани."
    start = text.index("В Кемеровской")
    found = russian_regions_in(text, start, len(text))
    assert [(r.normal, text[r.start:r.start + 11]) for r in found] == [
        ("Кемеровская область", "Кемеровской"), ("Республика Татарстан", "Казани.")]
    assert russian_regions_in(text, 0, start) == []
    # «Москва и Минск договорились»: the capitals stand for the countries
    assert russian_regions_in("Москва и Минск договорились о поставках.", 0, 40) == []
