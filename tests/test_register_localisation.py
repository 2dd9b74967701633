"""How deep a project's localisation is (brief localpct23): the share told now, the target
and its year, each row with its own, and percents of other things left out."""

from __future__ import annotations

import json
from datetime import date

from conftest import register_of

from analysis.projects.localisation import localisation_figures

PUBLISHED = date(2025, 9, 10)


def _depth(rows: list[dict], firm: str) -> tuple:
    row = next(r for r in rows if firm in r["enterprises"])
    # (a column with a value in one row holds NaN in the others)
    return tuple(None if v != v or v is None else v for v in (
        row["localisation_pct"], row["localisation_target_pct"], row["localisation_target_year"]))


def test_a_present_share_with_its_sentence():
    rows = register_of(
        "Автобусы МАЗ собирают в Нижегородской области\n"
        "На заводе в Нижегородской области налажена сборка автобусов МАЗ. "
        "Уровень локализации машин сейчас составляет 45%.", PUBLISHED)
    assert _depth(rows, "МАЗ") == (45.0, None, None)
    cited = json.loads(next(r for r in rows if "МАЗ" in r["enterprises"])["localisation_evidence"])
    assert [c["text"] for c in cited] == ["Уровень локализации машин сейчас составляет 45%."]


def test_a_target_with_its_year():
    rows = register_of(
        "МТЗ развивает сборку в Калужской области\n"
        "Сборочное производство тракторов МТЗ работает в Калужской области. "
        "Партнеры намерены довести локализацию до 60% к 2029 году.", PUBLISHED)
    assert _depth(rows, "МТЗ") == (None, 60.0, 2029)


def test_a_range_is_a_share_and_a_target_when_the_rise_is_to_come():
    rows = register_of(
        "Лифты для Подмосковья\n"
        "В Московской области работает совместное предприятие по сборке лифтов «Могилевлифтмаш». "
        "Глубину локализации планируется поднять с 20 до 55% к 2027 году.", PUBLISHED)
    assert _depth(rows, "Могилевлифтмаш") == (20.0, 55.0, 2027)


def test_a_rise_told_done_is_the_share_now():
    found = localisation_figures("За три года долю российских комплектующих подняли с 20 до 55%.")
    assert [(f.share, f.target) for f in found] == [(55.0, None)]


def test_a_share_now_and_the_target_of_this_year():
    found = localisation_figures(
        "Уровень локализации трамваев в прошлом году достиг 38%, к концу текущего года этот "
        "показатель должен вырасти до 52%.", published=PUBLISHED)
    assert [(f.share, f.target, f.target_year) for f in found] == [(38.0, 52.0, 2025)]


def test_a_plan_of_steps_gives_the_first_and_the_last():
    found = localisation_figures("План локализации: 35% → 50% → 65% к 2030 году.",
                                 published=PUBLISHED)
    assert [(f.share, f.target, f.target_year) for f in found] == [(35.0, 65.0, 2030)]


def test_percents_that_are_not_localisation_stay_out():
    for sentence in (
            "Программа локализации дает заводам займы под 3% годовых.",
            "Доля белорусской техники на рынке выросла до 12%.",
            "Локализация растет: выпуск за год увеличился на 15%.",
            "Уровень локализации высокий, а рентабельность производства — 9%.",
            "В уставном капитале белорусской стороне принадлежит 49%.",
            "Новый цех прибавит к локализации еще 5 процентных пунктов.",
            "Без требований к локализации торги прошли вяло: снижение цены не превысило 2%.",
            "У сборщиков региона уровень локализации разный — от 15 до 40%."):
        assert localisation_figures(sentence, published=PUBLISHED) == [], sentence


def test_a_percent_that_is_not_localisation_reaches_no_row():
    rows = register_of(
        "Амкодор открыл сборку в Татарстане\n"
        "В Татарстане запущена сборка погрузчиков «Амкодор». Доля компании на рынке "
        "погрузчиков региона достигла 18%.", PUBLISHED)
    assert rows and all(_depth(rows, r["enterprises"]) == (None, None, None) for r in rows)


def test_two_projects_of_one_article_each_with_its_own_share():
    rows = register_of(
        "Белорусская техника в российских регионах\n"
        "В Ленинградской области налажена сборка автобусов МАЗ. Уровень локализации "
        "автобусов составляет 40%.\n"
        "В Брянской области работает сборка комбайнов «Гомсельмаш». Доля российских "
        "комплектующих в комбайнах достигла 30%, к 2028 году ее планируют довести до 50%.",
        PUBLISHED)
    assert _depth(rows, "МАЗ") == (40.0, None, None)
    assert _depth(rows, "Гомсельмаш") == (30.0, 50.0, 2028)


def test_the_briefing_register_shows_the_depth_in_both_languages():
    import pandas as pd
    from conftest import sample_articles

    from analysis.briefing.document import Briefing

    def row(pid: str, share: float | None, target: float | None, year: int | None) -> dict:
        return {"project_id": pid, "region": "Брянская область", "enterprises": "Гомсельмаш",
                "product": "комбайны", "kind": "assembly", "status": "operating",
                "timeline": None, "investment_value": None, "investment_currency": None,
                "first_seen": "2025-06-21", "last_seen": "2025-06-21", "article_ids": "a1",
                "evidence": json.dumps([{"article_id": "a1", "file": "a1.txt", "start": 0,
                                         "end": 1, "text": "Собирают комбайны."}]),
                "localisation_pct": share, "localisation_target_pct": target,
                "localisation_target_year": year}

    amounts = pd.DataFrame(columns=["article_id", "value", "currency", "metric", "year"])
    told = pd.DataFrame([row("P1", 30.0, 50.0, 2028), row("P2", None, None, None)])
    ru = Briefing.from_frames(sample_articles(), amounts, told, lang="ru").project_table()
    en = Briefing.from_frames(sample_articles(), amounts, told, lang="en").project_table()
    assert "Локализация" in ru and "30% → цель 50% к 2028 г." in ru
    assert "Localisation" in en and "30% → target 50% by 2028" in en
    # no row tells it: no column
    quiet = pd.DataFrame([row("P2", None, None, None)])
    assert "Локализация" not in Briefing.from_frames(sample_articles(), amounts, quiet,
                                                    lang="ru").project_table()


def test_a_second_share_of_another_model_is_not_the_rows():
    found = localisation_figures("Уровень локализации модели А составил 60%, модели Б — 48%.")
    assert [(f.share, f.target) for f in found] == [(60.0, None)]
