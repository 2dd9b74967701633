"""Session 38's new analyst (newuser38) and the project register: a project's stage is read
on its own side of a contrast (F3), service a dealer takes on for a project's goods is no
service centre of its own (F4), a firmless sentence naming a running project again by its
goods and town joins it (F5), «довести его до 50% к 2027 году» after a localisation level
is the project's target (F6), and a pair's joint production keeps its goods' kind in the
register but is named «совместное производство» in the briefing (F7). Sentences are our own,
in the style of regional news."""

from __future__ import annotations

import json
from datetime import date

from conftest import make_article, register_of

from analysis.briefing.labels import t
from analysis.briefing.projects import kind_label_key
from analysis.projects import build_register
from analysis.projects.joint_told import told_jointly
from analysis.projects.timelines import later_timeline

# a running assembly and a service centre under construction told in one sentence
TWO_STAGES = ("КОСТРОМА, 3 марта. Губернатор посетил предприятия региона. Сборка погрузчиков "
              "«Амкодор» на площадке ООО «Костромамаш» в Костроме уже работает, а сервисный центр "
              "МАЗ в Шарье строится и откроется летом 2026 года.")

ASSEMBLY = ("КУРГАН, 12 мая. На площадке ООО «Зауралагромаш» в Кургане началась сборка "
            "тракторов «Беларус» из машинокомплектов Минского тракторного завода. Первые 20 "
            "машин уже сошли с конвейера.")


def _kinds(rows: list[dict]) -> list[tuple[str, str]]:
    return sorted((r["kind"], r["status"]) for r in rows)


def test_f3_the_stage_of_its_own_side_of_a_contrast():
    rows = register_of(TWO_STAGES, date(2025, 3, 3))
    assert _kinds(rows) == [("assembly", "operating"), ("service_center", "in_progress")]


def test_f3_the_other_order_keeps_each_stage():
    rows = register_of("Сервисный центр МАЗ в Шарье строится, а сборка погрузчиков «Амкодор» на "
                       "площадке ООО «Костромамаш» в Костроме уже работает.", date(2025, 3, 3))
    assert _kinds(rows) == [("assembly", "operating"), ("service_center", "in_progress")]


def test_f4_service_a_dealer_network_takes_on_is_part_of_the_assembly():
    rows = register_of(ASSEMBLY + " Ремонт и обслуживание тракторов возьмёт на себя дилерская "
                       "сеть «Зауралагромаш».", date(2025, 5, 12))
    assert _kinds(rows) == [("assembly", "operating")]


def test_f4_a_centre_a_dealer_takes_on_to_open_stays_a_project():
    rows = register_of("Дилер МТЗ возьмёт на себя открытие сервисного центра по ремонту тракторов "
                       "«Беларус» в Кургане.", date(2025, 5, 12))
    assert [r["kind"] for r in rows] == ["service_center"]


def test_f5_a_firmless_sentence_naming_goods_and_town_joins_the_running_project():
    later = make_article("b", "Итоги недели\n\nАналитики объясняют рост продаж техники прежде "
                              "всего запуском сборки тракторов в Кургане.", date(2025, 5, 20))
    rows = build_register([make_article("a", ASSEMBLY, date(2025, 5, 12)), later]).to_dict("records")
    assert [(r["kind"], r["status"], r["article_ids"]) for r in rows] == [
        ("assembly", "operating", "a;b")]


def test_f5_other_goods_in_the_town_stay_apart():
    later = make_article("b", "Итоги недели\n\nАналитики объясняют рост продаж прежде всего "
                              "запуском сборки автобусов в Кургане.", date(2025, 5, 20))
    rows = build_register([make_article("a", ASSEMBLY, date(2025, 5, 12)), later]).to_dict("records")
    assert all(r["article_ids"] != "a;b" for r in rows)


def test_f6_a_target_told_with_a_pronoun_after_the_level():
    rows = register_of(ASSEMBLY + "\n\nСейчас уровень локализации тракторов составляет 25%. "
                       "Стороны намерены повысить его до 45% к 2028 году.", date(2025, 5, 12))
    assert [(r["localisation_pct"], r["localisation_target_pct"], r["localisation_target_year"])
            for r in rows] == [(25.0, 45.0, 2028)]


def test_f6_a_pronoun_with_no_level_before_is_no_target():
    rows = register_of(ASSEMBLY + "\n\nСтороны намерены повысить его до 45% к 2028 году.",
                       date(2025, 5, 12))
    assert all(r["localisation_target_pct"] != 45.0 for r in rows)


# a Belarusian maker and a named Russian plant agree to make goods together
JOINT = ("Минский автомобильный завод и АО «Брянский автомобильный завод» подписали соглашение "
         "о совместном производстве снегоуборочной техники на шасси МАЗ в Брянске.")


def test_f7_joint_production_keeps_the_goods_kind_in_the_register():
    # (the gold conventions: a named pair's joint production is the goods' kind)
    rows = register_of(JOINT, date(2025, 2, 4))
    assert [(r["region"], r["kind"]) for r in rows] == [("Брянская область", "assembly")]


def test_f7_the_briefing_names_it_joint_production():
    row = register_of(JOINT, date(2025, 2, 4))[0]
    assert t(kind_label_key(row), "ru") == "совместное производство"
    assert t(kind_label_key(row), "en") == "joint production"


def test_f7_an_assembly_told_plainly_stays_an_assembly():
    row = register_of(ASSEMBLY, date(2025, 5, 12))[0]
    assert t(kind_label_key(row), "ru") == "сборка"


def test_f7_joint_parts_are_joint_component_production():
    assert told_jointly(["Завод и холдинг начали совместный выпуск карданных валов."])
    assert kind_label_key({"kind": "component_production", "evidence": json.dumps(
        [{"text": "Завод и холдинг начали совместный выпуск карданных валов."}])}) == \
        "k.joint_component_production"


def test_f3_a_quarter_and_its_year_keep_the_quarter():
    assert later_timeline("2026-Q1", "2026") == "2026-Q1"
    assert later_timeline("2026", "2026-Q1") == "2026-Q1"
    assert later_timeline("2026-Q1", "2027") == "2027"  # a later year is a later plan


def test_f3_the_centre_told_again_keeps_its_quarter():
    first = make_article("a", "СЕРВИС\n\nКОСТРОМА, 3 марта. Холдинг «Амкодор» и ООО «Костромамаш» "
                              "строят в Костроме сервисный центр по ремонту погрузчиков. Открыть "
                              "центр планируют во втором квартале 2026 года.", date(2025, 3, 3))
    again = make_article("b", "ВСТРЕЧА\n\nКОСТРОМА, 9 марта. Губернатор обсудил совместные "
                              "проекты. Сборка автобусов МАЗ в Шарье уже работает, а сервисный "
                              "центр «Амкодора» в Костроме строится и откроется в 2026 году.",
                         date(2025, 3, 9))
    rows = build_register([first, again]).to_dict("records")
    assert [(r["status"], r["timeline"]) for r in rows if r["kind"] == "service_center"] == [
        ("in_progress", "2026-Q2")]
