"""Product labels an analyst can read (the briefing's project table showed «И модернизация»,
«Сервисные центры БЕЛАЗа уже», «Тракторы мощностью 80», «Сборка сборка», «Их сборка»)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.briefing import Briefing
from analysis.projects import names_a_product
from analysis.projects.labels import tidy_label


@pytest.mark.parametrize(("label", "tidy"), [
    ("и модернизация лифтов", "модернизация лифтов"),
    ("сервисные центры БЕЛАЗа уже", "сервисные центры БЕЛАЗа"),
    ("ремонтная база нет", "ремонтная база"),
    ("тракторы мощностью 80", "тракторы"),
    ("шасси для буровых установок грузоподъёмностью", "шасси для буровых установок"),
    ("тракторы мощностью 80 л. с.", "тракторы"),
    ("самосвалы грузоподъёмностью до 45 тонн", "самосвалы грузоподъёмностью до 45 тонн"),
    ("низкопольные перронные автобусы", "низкопольные перронные автобусы"),
    ("их", "их"),  # nothing but the pronoun: left as it is (and it names no product)
    ("Область тракторы", "тракторы"),  # session 13: the region opened the phrase
    ("край комбайны «Палессе»", "комбайны «Палессе»"),
])
def test_a_label_loses_the_clauses_debris(label: str, tidy: str) -> None:
    assert tidy_label(label) == tidy


@pytest.mark.parametrize(("label", "names"), [
    ("сборка", False),
    ("сервисный центр", False),
    ("сборочных производств", False),
    ("предприятие российского", False),
    ("собирать на простаивающих площадях", False),
    ("их", False),
    ("Самарская", False),  # session 13: adjectives whose noun was cut off
    ("дисковые почвообрабатывающие", False),
    ("отечественная сельхозтехника", True),
    ("автокомпоненты", True),
    ("техника МАЗ", True),
    ("собирать БЕЛАЗы", True),
    ("центр ремонта двигателей", True),
    ("мотоциклы", True),
])
def test_a_label_names_a_product_or_not(label: str, names: bool) -> None:
    assert names_a_product(label) is names


def one_article(title: str, text: str) -> pd.DataFrame:
    """The articles table of a briefing built from one article «a»."""
    return pd.DataFrame([{"article_id": "a", "file": "a.txt", "title": title, "source": "",
                          "url": "", "published": "2025-03-01", "published_inferred": False,
                          "published_precision": "day", "text": text, "sha256": "a"}])


def test_a_project_without_a_product_is_named_by_its_enterprises() -> None:
    articles = one_article("Сборка в Барнауле", "В Барнауле работает сборка тракторов.")
    projects = pd.DataFrame([
        {"project_id": "p1", "region": "Алтайский край", "location": "Барнаул",
         "enterprises": "МТЗ; Алтайтракторсервис", "product": "сборка", "kind": "assembly",
         "status": "operating", "article_ids": "a", "evidence": "[]"},
        {"project_id": "p2", "region": "Алтайский край", "location": "Барнаул",
         "enterprises": "", "product": "сервисный центр", "kind": "service_center",
         "status": "planned", "article_ids": "a", "evidence": "[]"},
    ])
    b = Briefing.from_frames(articles, pd.DataFrame(), projects, lang="ru")
    # named by kind + firms (newuser40)
    assert b.project_name(projects.iloc[0].to_dict()) == "Сборка МТЗ, Алтайтракторсервис"
    assert b.project_name(projects.iloc[1].to_dict()) == "Сервисный центр"  # nothing else to go by


def test_an_english_briefing_names_a_project_by_its_firms_not_by_a_transliteration() -> None:
    articles = one_article("Сервис в Омске", "В Омске работает сервисный центр.")
    projects = pd.DataFrame([
        {"project_id": "p1", "region": "Омская область", "location": "Омск",
         "enterprises": "МТЗ", "product": "сервисный центр группы предприятий-партнёров",
         "kind": "service_center", "status": "operating", "article_ids": "a", "evidence": "[]"},
        {"project_id": "p2", "region": "Омская область", "location": "Омск",
         "enterprises": "МТЗ", "product": "кабины белорусских тракторов",
         "kind": "component_production", "status": "operating", "article_ids": "a",
         "evidence": "[]"},
    ])
    en = Briefing.from_frames(articles, pd.DataFrame(), projects, lang="en")
    assert en.project_name(projects.iloc[0].to_dict()).startswith("MTZ")
    assert en.project_name(projects.iloc[1].to_dict()) == "Cabs of Belarusian tractors"
    ru = Briefing.from_frames(articles, pd.DataFrame(), projects, lang="ru")
    assert ru.project_name(projects.iloc[0].to_dict()).startswith("Сервисный центр группы")


def test_a_genitive_product_reads_in_the_nominative_not_as_a_place() -> None:
    """«выпуск рам для самосвалов» gave «Рам для самосвалов»: pymorphy's first reading of
    «рам» is the place «Рам»; a lower-case word takes its common-noun readings first."""
    from analysis.lang.phrases import nominative_phrase
    assert nominative_phrase("рам для самосвалов") == "рамы для самосвалов"
    assert nominative_phrase("ковшей для погрузчиков") == "ковши для погрузчиков"
    assert nominative_phrase("Гомеля") == "Гомель"  # a capitalised name keeps its reading


def test_a_firm_written_two_ways_is_listed_once() -> None:
    """The dev-corpus briefing listed «Gomselmash, KubanAgroSborka, Kubanagrosborka»: the
    text's and the NER's spellings of one firm. One spelling each, the firm's own (capitals,
    no quotes or legal form)."""
    from analysis.entities import one_spelling_each
    assert one_spelling_each({"КубаньАгроСборка", "Кубаньагросборка", "Гомсельмаш"}) == {
        "КубаньАгроСборка", "Гомсельмаш"}
    assert one_spelling_each({"ООО «Техсервис»", "Техсервис"}) == {"Техсервис"}
    assert one_spelling_each({"МАЗ", "МАЗ-Липецк"}) == {"МАЗ", "МАЗ-Липецк"}


@pytest.mark.parametrize(("phrase", "english"), [
    ("автобусы для Казани", "buses for Kazan"),
    ("трамваи для Ульяновска", "trams for Ulyanovsk"),
])
def test_an_inflected_town_in_a_product_reads_in_english_in_its_base_form(
        phrase: str, english: str) -> None:
    from analysis.briefing.names import names

    assert names().product(phrase, "en") == english


def test_an_inflected_town_in_an_unglossed_phrase_is_transliterated_from_its_base_form() -> None:
    from analysis.briefing.names import names

    # «шумоизоляция» is no word of the table: the phrase is transliterated, the towns in it
    # from their base forms
    english = names().product("шумоизоляция вагонов в Нижнем Новгороде и Ульяновске", "en")
    assert "Nizhniy Novgorod" in english and "Ulyanovsk" in english
    assert "Ulyanovske" not in english and "Novgorode" not in english
