"""newuser41's register findings (session 41). Sentences are our own, in the style of regional
news and of a Belarusian plant's release.

F5: «совместно с российским партнером ООО «…»» on a plant's release, the subject left unsaid,
brings the plant the release opens on; the plant's trade plan after it is no evidence of the
project.
F6: a joint production agreed in one sentence and its Russian partner named in the next
(«Партнером холдинга выступит …») is a named pair's joint production: the goods' kind, one row
with the headline's.
F7: a batch («первая партия погрузчиков») is no product, the body's fuller label wins; the
year a localisation share is to reach is no timeline of the project.
F9: «В строительство и оснащение центра … вложили …» a paragraph after the centre is the centre's
investment.
"""

from __future__ import annotations

import json
from datetime import date

from conftest import register_of

from analysis.projects.joint_told import told_jointly
from analysis.projects.products import product_label, refines

RELEASE = (
    "Итоги полугодия: продажи в России растут\n\n"
    "ОАО «Лидсельмаш» подвело итоги первого полугодия. Россия остается главным рынком сбыта "
    "предприятия.\n"
    "Больше всего российские хозяйства покупали зерноуборочные комбайны.\n"
    "В мае совместно с российским партнером ООО «БрянскАгроТех» в Брянске открыт сервисный центр, "
    "где выполняют гарантийное обслуживание и ремонт техники предприятия.\n"
    "До конца года предприятие рассчитывает увеличить поставки в Россию до 130 млн BYN.\n")


# ---- F5 -------------------------------------------------------------------------------------

def test_f5_the_releases_plant_is_a_party_of_the_centre() -> None:
    rows = register_of(RELEASE, date(2026, 7, 14))
    assert [(r["region"], r["enterprises"], r["kind"]) for r in rows] == [
        ("Брянская область", "БрянскАгроТех;Лидсельмаш", "service_center")]


def test_f5_the_plants_trade_plan_is_no_evidence_of_the_centre() -> None:
    (row,) = register_of(RELEASE, date(2026, 7, 14))
    cited = [e["text"] for e in json.loads(row["evidence"])]
    assert not any("поставки в Россию" in c for c in cited)


def test_f5_a_centre_opened_by_a_named_firm_keeps_its_own_parties() -> None:
    text = ("В Брянске открыт сервисный центр\n\n"
            "ООО «БрянскАгроТех» открыло в Брянске сервисный центр по ремонту зерноуборочных "
            "комбайнов.\n")
    rows = register_of(text, date(2026, 7, 14))
    assert [r["enterprises"] for r in rows] == ["БрянскАгроТех"]


# ---- F6 -------------------------------------------------------------------------------------

TVER = ("Тверская область и Беларусь договорились о выпуске коммунальной техники\n\n"
        "Тверская область и белорусский холдинг «Амкодор» договорились о создании в Твери "
        "совместного производства коммунальной техники. Партнером холдинга выступит тверская "
        "компания ООО «ТверьСпецМаш». Запуск производства намечен на 2027 год.\n")


def test_f6_a_partner_told_next_makes_one_row_of_the_goods_kind() -> None:
    rows = register_of(TVER, date(2025, 10, 2))
    assert [(r["region"], r["enterprises"], r["kind"], r["status"], r["timeline"]) for r in rows] == [
        ("Тверская область", "Амкодор;ТверьСпецМаш", "assembly", "agreed", "2027")]


def test_f6_the_briefing_says_joint_production() -> None:
    (row,) = register_of(TVER, date(2025, 10, 2))
    assert told_jointly(e["text"] for e in json.loads(row["evidence"]))


def test_f6_without_a_partner_joint_production_stays_a_joint_development() -> None:
    text = ("Тверская область и белорусский холдинг «Амкодор» договорились о создании в Твери "
            "совместного производства коммунальной техники. Запуск производства намечен на 2027 "
            "год.\n")
    rows = register_of(text, date(2025, 10, 2))
    assert [r["kind"] for r in rows] == ["joint_development"]


# ---- F7 -------------------------------------------------------------------------------------

def test_f7_a_batch_is_no_product() -> None:
    assert product_label("собрали первую партию тракторов") == "тракторы"
    assert product_label("опытную партию кабин") == "кабины"
    assert product_label("партия") == "партия"  # (nothing measured: left as it is)
    assert refines("первой партии колесных тракторов", "партию тракторов")
    assert not refines("партию тракторов", "первой партии колесных тракторов")


SARANSK = ("В Саранске собрали первую партию тракторов МТЗ\n\n"
           "На площадке ООО «МордовАгроМаш» собрана первая партия колесных тракторов Минского "
           "тракторного завода. Сборочное производство в Мордовии заработало в штатном режиме.\n"
           "Сейчас уровень локализации тракторов составляет 25%. Партнеры рассчитывают довести "
           "его до 45% к 2029 году за счет выпуска в Саранске кабин.\n")


def test_f7_the_body_names_the_product_and_the_target_year_is_no_timeline() -> None:
    (row,) = register_of(SARANSK, date(2026, 5, 12))
    assert row["product"] == "колёсные тракторы"
    assert row["timeline"] is None
    assert (row["localisation_target_pct"], row["localisation_target_year"]) == (45, 2029)


def test_f7_a_launch_year_told_apart_from_the_share_stays() -> None:
    text = SARANSK.replace("собрана первая партия колесных тракторов", "начнут собирать колесные "
                           "тракторы").replace("заработало в штатном режиме", "заработает в 2027 "
                                                                             "году")
    (row,) = register_of(text, date(2026, 5, 12))
    assert row["timeline"] == "2027"


# ---- F9 -------------------------------------------------------------------------------------

def test_f9_money_into_the_centre_a_paragraph_on_is_its_investment() -> None:
    text = ("В Якутии открылся сервисный центр БЕЛАЗа\n\n"
            "ЯКУТСК. В Республике Саха (Якутия) открылся сервисный центр по ремонту карьерных "
            "самосвалов БЕЛАЗ. Его создали белорусский завод и якутская компания ООО «СахаГорТех».\n"
            "В строительство и оснащение центра в Нерюнгринском районе партнеры вложили 260 млн "
            "рублей.\n")
    (row,) = register_of(text, date(2026, 9, 1))
    assert (row["investment_value"], row["investment_currency"]) == (260_000_000.0, "RUB")


def test_f9_money_into_another_site_stays_apart() -> None:
    text = ("В Якутии открылся сервисный центр БЕЛАЗа\n\n"
            "ЯКУТСК. В Республике Саха (Якутия) открылся сервисный центр по ремонту карьерных "
            "самосвалов БЕЛАЗ. Его создали белорусский завод и якутская компания ООО «СахаГорТех».\n"
            "В модернизацию порта в Тикси в этом году направят 900 млн рублей.\n")
    (row,) = register_of(text, date(2026, 9, 1))
    assert row["investment_value"] is None or row["investment_value"] != row["investment_value"]
