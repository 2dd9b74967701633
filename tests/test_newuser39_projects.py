"""Session 39's new analyst (newuser39) and the project register: a later sentence telling the
goods of an article's parts project by how they are made («насосы тульской сборки») is that
project, its timeline too (F3); an English briefing names such a project by its goods, not
by its firms (F4); a venture «по сборке и ремонту самосвалов» makes «самосвалы», not
«ремонту самосвалов» (F5). Sentences are our own, in the style of regional news."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from conftest import register_of

from analysis.briefing import Briefing
from analysis.briefing.names import names
from analysis.projects import product_label
from analysis.projects.consolidation import _kind_of_any
from analysis.projects.cues import tokens
from analysis.projects.products import product_phrase

# a parts project told in the headline and the lead, its first output in a later paragraph
# whose firm is only «Гомельское предприятие» (the Belarusian side alone)
PUMPS = ("«Гидропривод» и липецкое предприятие займутся выпуском гидронасосов\n\n"
         "ОАО «Гомельский завод «Гидропривод» и липецкое АО «Липецкгидромаш» подписали "
         "соглашение о сотрудничестве: в Липецке будут собирать шестерённые насосы из "
         "белорусских комплектующих.\n\n"
         "Гомельское предприятие вложит в новую оснастку 12 млн рублей. Первые насосы липецкой "
         "сборки появятся летом следующего года.")


def test_f3_goods_told_by_how_they_are_made_are_the_parts_project():
    rows = register_of(PUMPS, date(2025, 10, 3))
    assert [(r["region"], r["enterprises"], r["kind"], r["timeline"]) for r in rows] == [
        ("Липецкая область", "Гидропривод;Липецкгидромаш", "component_production", "2026-summer")]


def test_f3_the_goods_before_a_cue_of_how_they_are_made_are_the_product():
    text = "Первые насосы липецкой сборки появятся летом."
    toks = tokens(text, 0, len(text))
    cue = next(k for k, t in enumerate(toks) if t.lemma == "сборка")
    found = product_phrase(text, toks, cue, cue, [], set())
    # (no key: the phrase points back at goods told before and parts from no project)
    assert (product_label(found.phrase), found.key) == ("насосы", set())


@pytest.mark.parametrize(("head", "key", "kind_of"), [
    ("гидронасос", {"насос"}, True),  # a compound is a kind of its last noun
    ("насос", {"гидронасос", "шестеренный"}, True),
    ("насос", {"трактор"}, False),
    ("клапан", {"насос"}, False),
    (None, {"насос"}, False),
])
def test_f3_goods_one_a_kind_of_the_other(head: str | None, key: set[str], kind_of: bool):
    assert _kind_of_any(head, key) is kind_of


@pytest.mark.parametrize(("russian", "english"), [
    ("гидронасосы", "hydraulic pumps"),  # a compound of a prefix and a known word
    ("электропогрузчики", "electric loaders"),
    ("шестерённые насосы", "gear pumps"),
])
def test_f4_a_compound_reads_as_its_prefix_and_its_word(russian: str, english: str):
    assert names().product(russian, "en") == english


def test_f4_an_english_project_is_named_by_its_goods_not_its_firms():
    articles = pd.DataFrame([{"article_id": "a", "file": "a.txt", "title": "Насосы в Курске",
                              "source": "", "url": "", "published": "2025-10-03",
                              "published_inferred": False, "published_precision": "day",
                              "text": "В Курске будут собирать насосы.", "sha256": "a"}])
    projects = pd.DataFrame([
        {"project_id": "p1", "region": "Курская область", "location": "Курск",
         "enterprises": "Гидропривод;Курскгидромаш", "product": "гидронасосы",
         "kind": "component_production", "status": "planned", "article_ids": "a",
         "evidence": "[]"},
        # an adjective the table lacks is left out; the goods still name the project
        {"project_id": "p2", "region": "Курская область", "location": "Курск",
         "enterprises": "Гидропривод", "product": "кривошипные насосы",
         "kind": "component_production", "status": "planned", "article_ids": "a",
         "evidence": "[]"},
    ])
    en = Briefing.from_frames(articles, pd.DataFrame(), projects, lang="en")
    assert en.project_name(projects.iloc[0].to_dict()) == "Hydraulic pumps"
    assert en.project_name(projects.iloc[1].to_dict()) == "Pumps"


@pytest.mark.parametrize(("phrase", "label"), [
    ("совместного предприятия по сборке и ремонту карьерных самосвалов", "карьерные самосвалы"),
    ("предприятие по выпуску и обслуживанию лифтов", "лифты"),
    ("сборку и техобслуживание погрузчиков", "погрузчики"),
    # a service alone stays the label of a service centre
    ("центр по ремонту и обслуживанию тракторов", "ремонт и обслуживание тракторов"),
])
def test_f5_a_second_activity_is_skipped_with_the_first(phrase: str, label: str):
    assert product_label(phrase) == label


def test_f5_a_venture_for_assembly_and_repair_makes_the_goods():
    rows = register_of("ОАО «БелАЗ» и хакасская компания «АбаканГорМаш» подписали соглашение о "
                       "создании совместного предприятия по сборке и ремонту карьерных самосвалов "
                       "в Республике Хакасия.", date(2025, 9, 1))
    assert [(r["kind"], r["product"]) for r in rows] == [("joint_venture", "карьерные самосвалы")]
