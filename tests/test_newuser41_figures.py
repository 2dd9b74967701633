"""newuser41's figure findings (session 41). The texts are written for these tests.

F3: «предприятие планирует увеличить поставки в Россию» on a plant's own release is the plant's
trade, not the Russian partner's named just before («совместно с российским партнером ООО …»).
F4: a line that is only a date under the title is no lead; a lead's sum in a currency code
(«BYN») states the deal; a sum in Belarusian rubles spent in a Russian region is the
partnership's: no «Беларусь рядом не названа».
F8: an article id holds spaces («Амкодор в Пензе — ПромРегион»): the projects' investment table
finds the amount row and converts it as the money table does.
F10: «может вырасти до 1,5 млрд» is the level a verb of change reaches (the gold's reading of
«вырос до»): «ожидается: $1,5 млрд»; a noun of growth keeps its «до» (the README says which).
F11: the money chart drawn in roubles draws a dollar sum at its own year's rate, and counts only
the sums without one as left out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from conftest import briefing_of, facts_by_surface, tag_free

from analysis.briefing.chart_values import chart_values
from analysis.briefing.rows import level_qualifier, split_ids
from analysis.ingest.datelines import is_date_line


def meta(name: str, published: str, source: str = "Тест") -> str:
    return f"file,title,source,url,published\n{name},,{source},,{published}\n"


RELEASE = (
    "Итоги полугодия: продажи в России растут\n"
    "14.07.2026\n"
    "ОАО «Лидсельмаш» подвело итоги первого полугодия. Отгрузки продукции в Российскую Федерацию "
    "составили 58,3 млн BYN, что на 9% больше, чем годом ранее.\n"
    "Больше всего российские хозяйства покупали зерноуборочные комбайны и кормоуборочную технику.\n"
    "В мае совместно с российским партнером ООО «БрянскАгроТех» в Брянске открыт сервисный центр, "
    "где выполняют гарантийное обслуживание и ремонт техники предприятия. Вложения в центр "
    "составили 2,1 млн BYN.\n"
    "До конца года предприятие рассчитывает увеличить поставки в Россию до 130 млн BYN.\n")


# ---- F3 -------------------------------------------------------------------------------------

def test_f3_the_plants_plan_is_its_own_not_its_partners(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, RELEASE, published="2026-07-14")
    assert facts["до 130 млн BYN"].goods == "продукция «Лидсельмаш»"


def test_f3_a_firm_named_last_with_no_role_still_owns_the_trade(tmp_path: Path) -> None:
    text = ("Минский завод наращивает экспорт\n\n"
            "Холдинг «Амкодор» расширяет дилерскую сеть. ОАО «Лидсельмаш» открыло склад запчастей "
            "в Орле. В следующем году предприятие планирует нарастить поставки в Россию до 75 млн "
            "долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2026-03-02")
    assert facts["до 75 млн долларов"].goods == "продукция «Лидсельмаш»"


# ---- F4 -------------------------------------------------------------------------------------

def test_f4_a_date_line_is_no_lead() -> None:
    assert is_date_line("14.07.2026") and is_date_line("5 марта 2026 г.")
    assert not is_date_line("14.07.2026 завод подвёл итоги")


def test_f4_the_plants_own_money_in_a_russian_region_is_not_set_apart(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"lidselmash.txt": RELEASE,
                               "metadata.csv": meta("lidselmash.txt", "2026-07-14")},
                    lang="ru", kind="investments")
    table = tag_free(b.money_table())
    assert "2,1 млн бел. руб." in table
    assert "Беларусь рядом не названа" not in table


def test_f4_a_regions_own_total_is_still_set_apart(tmp_path: Path) -> None:
    text = ("Брянская область подвела итоги года\n"
            "20.01.2026\n"
            "Губернатор рассказал о работе с белорусскими партнерами.\n"
            "В целом по области в экономику за год вложено 95 млрд рублей.\n")
    b = briefing_of(tmp_path, {"bryansk.txt": text, "metadata.csv": meta("bryansk.txt", "2026-01-20")},
                    lang="ru", kind="investments")
    assert "Беларусь рядом не названа" in tag_free(b.money_table())


# ---- F8 -------------------------------------------------------------------------------------

def test_f8_an_article_id_with_spaces_is_one_id() -> None:
    assert split_ids("Амкодор в Пензе — ПромРегион") == ["Амкодор в Пензе — ПромРегион"]
    assert split_ids("a1;Заметка о заводе, итог") == ["a1", "Заметка о заводе, итог"]
    assert split_ids(["a", "b"]) == ["a", "b"]


def test_f8_a_project_of_a_spaced_file_name_is_converted_as_in_the_money_table(tmp_path: Path) -> None:
    text = ("В Саранске начали собирать тракторы МТЗ\n\n"
            "На площадке ООО «МордовАгроМаш» в Саранске начата сборка тракторов Минского тракторного "
            "завода. По данным регионального правительства, в 2025 году в проект вложили 610 млн "
            "рублей.\n")
    name = "МТЗ в Саранске — Вести Поволжья.txt"
    b = briefing_of(tmp_path, {name: text, "metadata.csv": meta(name, "2026-04-03")},
                    lang="ru", kind="localization_projects")
    money = tag_free(b.money_table())  # the amount's own conversion
    projects = tag_free(b.project_investment())
    converted = re.search(r"≈ \$[\d,]+ млн по среднегодовому курсу 2025 г\.", money)
    assert converted is not None
    assert converted.group() in projects


# ---- F10 ------------------------------------------------------------------------------------

def _row(sentence: str, surface: str, metric: str = "credit") -> dict:
    return {"qualifier": "up_to", "forecast": True, "metric": metric, "sentence": sentence,
            "surface": surface}


def test_f10_may_grow_to_is_the_level_and_a_noun_of_growth_keeps_its_up_to() -> None:
    may = _row("По словам министра, в 2027 году объем такого финансирования может вырасти до "
               "900 млн долларов.", "до 900 млн долларов")
    assert level_qualifier(may) == "exact"
    hoped = _row("Стороны рассчитывают на рост товарооборота до 70 млрд долларов.",
                 "до 70 млрд долларов", metric="trade_turnover")
    assert level_qualifier(hoped) == "up_to"


def test_f10_the_readme_says_which_reading_wins() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    said = re.sub(r"\s+", " ", readme)
    assert "«ожидается: до $55 млрд»" in said
    assert "«может вырасти до 1,5 млрд долларов»: «ожидается: $1,5 млрд»" in said


# ---- F11 ------------------------------------------------------------------------------------

def _money_rows() -> pd.DataFrame:
    return pd.DataFrame([
        {"value": 4.5e8, "currency": "RUB", "converted_value": None, "year": 2026},
        {"value": 3.8e8, "currency": "RUB", "converted_value": None, "year": 2026},
        {"value": 1.2e9, "currency": "USD", "converted_value": 1.2e9, "year": 2025},
        {"value": 2.0e6, "currency": "BYN", "converted_value": None, "year": 2025},
    ])


def test_f11_a_sum_with_a_rate_is_drawn_in_the_sources_currency() -> None:
    rates = {("USD", 2025): 90.0}

    def into(row: dict, currency: str) -> float | None:
        rate = rates.get((row["currency"], row["year"])) if currency == "RUB" else None
        return None if rate is None else float(row["value"]) * rate

    chart = chart_values(_money_rows(), "USD", "ru", into=into)
    assert not chart.converted and chart.currency == "RUB"
    assert chart.rated == (2,)
    assert chart.values[2] is not None and round(chart.values[2] * chart.size) == 108_000_000_000
    assert chart.values[3] is None  # (no BYN rate: left out, and counted so)


def test_f11_without_a_converter_the_other_currencies_are_left_out() -> None:
    chart = chart_values(_money_rows(), "USD", "ru")
    assert chart.rated == () and chart.values[2] is None


def test_f11_the_chart_note_counts_only_sums_without_a_rate(tmp_path: Path) -> None:
    text = ("Кредиты на совместные проекты\n\n"
            "В 2025 году объем российских кредитов на совместные проекты с Беларусью составил "
            "900 млн долларов.\nВ этом году в Омской области на сборку белорусских комбайнов "
            "направят 450 млн рублей. В Курской области в этом году на сервисный центр "
            "белорусского завода выделят 380 млн рублей.\n")
    b = briefing_of(tmp_path, {"credits.txt": text, "metadata.csv": meta("credits.txt", "2026-02-10")},
                    lang="ru", kind="investments")
    note = tag_free(b.money_chart())
    assert "без курса на графике не показаны" not in note
    assert "по среднегодовому курсу своего года: 1" in note
