"""newuser40's money findings (session 40). The texts are written for these tests.

F1: «пять лет назад», «десять лет назад», «3 года назад» count back from the publication year;
such a figure is that year's, never this year's «с начала года».
F2: «… такого кредитования» goes on from the sentence before: «В целом по России» carries to
it, not the article's region; a total's level a verb of change reaches («вырастет до 4 млрд»)
is printed without «до» and is no deal for the lead's largest credit.
F8: «завод рассчитывает довести экспорт …» is the plant's own export, the plant named before;
the firm table does not repeat the plant as the goods.
F9: the chart note names the currency of each year without a rate.
F10: «около 50» and «свыше 50» of one forecast are one statement, not side by side.
F11: a sum told «в целом по России» is labelled «Россия в целом».
S2: pip's «Location … is ignored» lines are left out of make's log, its exit status kept.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, briefing_of, dataset_of, facts_by_surface, tag_free

from analysis.briefing.figrows import shown_beside
from analysis.briefing.firms import goods_of_firm
from analysis.briefing.rows import is_target, level_qualifier, level_reached


def meta(name: str, published: str, source: str = "Тест") -> str:
    return f"file,title,source,url,published\n{name},,{source},,{published}\n"


# ---- F1 -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "surface", "year"), [
    ("Для сравнения: семь лет назад было около 900 млн.", "около 900 млн", 2017),
    ("Десять лет тому назад оборот не превышал 400 млн долларов.", "не превышал 400 млн долларов", 2014),
    ("Три года назад инвестиции в сборку составили 200 млн рублей.", "200 млн рублей", 2021),
    ("5 лет назад товарооборот составлял 650 млн долларов.", "650 млн долларов", 2019),
])
def test_f1_years_ago_count_back_from_the_publication(tmp_path: Path, sentence: str, surface: str,
                                                      year: int) -> None:
    text = ("Губернатор о торговле с Беларусью\n\n"
            "— Товарооборот области с Беларусью в этом году рассчитываем довести до 1,5 млрд "
            "долларов. " + sentence + "\n")
    fact = facts_by_surface(tmp_path, text, published="2024-04-10")[surface]
    assert (fact.year, fact.year_source) == (year, "relative")


def test_f1_a_look_back_leaves_the_focus_where_it_was(tmp_path: Path) -> None:
    text = ("Торговля области\n\n"
            "Товарооборот области с Беларусью в прошлом году составил 900 млн долларов. Восемь "
            "лет назад он не превышал 300 млн долларов. Экспорт составил 500 млн долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-04-10")
    assert facts["не превышал 300 млн долларов"].year == 2016
    assert facts["500 млн долларов"].year == 2023


def test_f1_a_base_after_more_than_is_not_the_figures_year(tmp_path: Path) -> None:
    text = ("Торговля области\n\n"
            "Оборот уже вдвое больше, чем шесть лет назад, и достиг 1,8 млрд долларов.\n")
    fact = facts_by_surface(tmp_path, text, published="2024-04-10")["1,8 млрд долларов"]
    assert fact.year != 2018


def test_f1_years_ago_is_no_year_so_far(tmp_path: Path) -> None:
    text = ("Интервью губернатора\n\n"
            "— В прошлом году товарооборот у нас составил 1,9 млрд долларов. В этом году "
            "рассчитываем выйти на 2 млрд долларов. Для сравнения: шесть лет назад было около "
            "1,2 млрд.\n")
    data = dataset_of(tmp_path / "c", {"g.txt": text, "metadata.csv": meta("g.txt", "2025-03-20")})
    figures = data.figures
    row = figures[figures["value"] == 1.2e9].iloc[0]
    assert int(row["year"]) == 2019
    assert not isinstance(row["period"], str) or row["period"] == ""
    assert not bool(row["forecast"])


# ---- F2 -------------------------------------------------------------------------------------

BANK = ("Банк выдаст кредит липецким аграриям\n\n"
        "ЛИПЕЦК, 4 июня. Липецкий филиал банка открыл кредитную линию на 600 млн рублей "
        "хозяйству «Агро-Липецк» на покупку белорусских тракторов.\n\n"
        "В целом по России за прошлый год банк профинансировал покупку белорусской техники на "
        "2,7 млрд рублей. В этом году объем такого кредитования, по прогнозу банка, вырастет до "
        "3,5 млрд рублей.\n")


def test_f2_such_lending_takes_the_scope_of_the_sentence_before(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, BANK, published="2025-06-04")
    assert facts["600 млн рублей"].region == "Липецкая область"
    assert facts["2,7 млрд рублей"].region is None
    assert facts["до 3,5 млрд рублей"].region is None


def test_f2_a_sentence_without_such_words_keeps_the_articles_region(tmp_path: Path) -> None:
    text = BANK.replace("объем такого кредитования", "объем кредитования хозяйства")
    facts = facts_by_surface(tmp_path, text, published="2025-06-04")
    assert facts["до 3,5 млрд рублей"].region == "Липецкая область"


def _row(sentence: str, surface: str, metric: str = "credit") -> dict:
    return {"qualifier": "up_to", "forecast": True, "metric": metric, "sentence": sentence,
            "surface": surface}


@pytest.mark.parametrize(("sentence", "surface", "reached"), [
    ("В этом году объем кредитования, по оценке банка, вырастет до 3,5 млрд рублей.",
     "до 3,5 млрд рублей", True),
    ("Ожидается, что портфель увеличится до 2 млрд рублей.", "до 2 млрд рублей", True),
    ("Банк выдаст заводу кредит до 500 млн рублей.", "до 500 млн рублей", False),
    ("Лимит кредитной линии вырос, и банк выдаст до 500 млн рублей.", "до 500 млн рублей", False),
])
def test_f2_a_level_a_verb_of_change_reaches_is_no_ceiling(sentence: str, surface: str,
                                                          reached: bool) -> None:
    row = _row(sentence, surface)
    assert level_reached(row) is reached
    assert is_target(row) is reached


def test_f2_the_reached_level_drops_its_up_to_but_a_noun_of_growth_keeps_it() -> None:
    row = _row("Банк ожидает, что объем кредитования вырастет до 3,5 млрд рублей.", "до 3,5 млрд рублей")
    assert level_qualifier(row) == "exact"
    growth = _row("Мы рассчитываем на рост товарооборота до 60 млрд долларов.", "до 60 млрд долларов",
                  metric="trade_turnover")
    assert level_qualifier(growth) == "up_to"  # (newuser39 F7)


def test_f2_the_largest_credit_is_a_deal_not_a_total_to_come(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"bank.txt": BANK, "metadata.csv": meta("bank.txt", "2025-06-04")},
                    lang="ru")
    lead = tag_free(b.lead())
    assert "Крупнейший кредит, связанный с Беларусью, — 600 млн руб." in lead
    table = tag_free(b.money_table())
    assert "ожидается: 3,5 млрд руб." in table and "до 3,5 млрд" not in table


# ---- F8 -------------------------------------------------------------------------------------

PLANT = ("Гомельский завод литья и нормалей наращивает продажи\n\n"
         "Гомельский завод литья и нормалей за девять месяцев нарастил выпуск на 12%. В Брянской "
         "области вместе с компанией «Брянскагромаш» открыт склад запасных частей.\n\n"
         "В следующем году завод рассчитывает довести экспорт в Россию до 40 млн долларов.\n")


def test_f8_a_plant_planning_its_export_is_the_plant_named_before(tmp_path: Path) -> None:
    fact = facts_by_surface(tmp_path, PLANT, published="2025-10-20")["до 40 млн долларов"]
    assert fact.goods == "продукция «Гомельский завод литья и нормалей»"


def test_f8_the_firm_table_names_the_plant_once(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"plant.txt": PLANT, "metadata.csv": meta("plant.txt", "2025-10-20")},
                    lang="ru")
    table = tag_free(b.firm_trade_table())
    assert "Гомельский завод литья и нормалей" in table
    assert "продукция «Гомельский завод" not in table
    assert "предприятие не названо" not in table


def test_f8_goods_beside_their_firm() -> None:
    assert goods_of_firm("продукция «Амкодор»", "Амкодор") == ""
    assert goods_of_firm("техника «Амкодор»", "Амкодор") == "техника"
    assert goods_of_firm("продукция «МАЗ»", "Амкодор") == "продукция «МАЗ»"
    assert goods_of_firm("автокомпоненты", None) == "автокомпоненты"


# ---- F9 -------------------------------------------------------------------------------------

def test_f9_the_chart_note_names_the_currency_of_each_year_without_a_rate(tmp_path: Path) -> None:
    ru = ("Банк профинансировал закупки техники\n\n"
          "В прошлом году банк выдал белорусскому заводу «Амкодор» кредит на 2,4 млрд рублей для "
          "сборки погрузчиков в Калужской области. В этом году «Амкодор» вложил в сборочный цех в "
          "Калуге еще 700 млн рублей.\n")
    by = ("Гомсельмаш открыл центр\n\n"
          "Инвестиции белорусской стороны в сервисный центр «Гомсельмаша» в Калужской области "
          "составили 5,2 млн белорусских рублей.\n")
    metadata = ("file,title,source,url,published\nru.txt,,Тест,,2025-05-14\n"
                "by.txt,,Тест,,2025-06-02\n")
    b = briefing_of(tmp_path, {"ru.txt": ru, "by.txt": by, "metadata.csv": metadata},
                    lang="ru", currency="USD")
    note = tag_free(b.money_chart())
    assert "Среднегодового курса нет за 2024 г. (руб.), 2025 г. (бел. руб.)" in note


# ---- F10 ------------------------------------------------------------------------------------

def test_f10_agreeing_qualifiers_of_one_number_are_one_statement() -> None:
    values = ('[{"value": 5e10, "qualifier": "approx", "n_sources": 2, "mention_ids": ["a@1-2"]},'
              ' {"value": 5e10, "qualifier": "over", "n_sources": 1, "mention_ids": ["b@1-2"]}]')
    row = {"forecast": True, "conflict": False, "values": values}
    assert shown_beside(row) == []
    revised = values.replace('"value": 5e10, "qualifier": "over"', '"value": 5.5e10, "qualifier": "over"')
    assert [s.value for s in shown_beside({**row, "values": revised})] == [5.5e10]


# ---- F11 ------------------------------------------------------------------------------------

def test_f11_a_sum_told_for_all_russia_is_labelled_so(tmp_path: Path) -> None:
    text = ("Лизинг белорусской техники\n\n"
            "По всей стране в прошлом году компания передала аграриям в лизинг белорусскую "
            "технику на 1,9 млрд рублей.\n")
    b = briefing_of(tmp_path, {"l.txt": text, "metadata.csv": meta("l.txt", "2025-03-03")},
                    lang="ru")
    assert "Россия в целом" in tag_free(b.money_table())
    en = briefing_of(tmp_path / "en", {"l.txt": text, "metadata.csv": meta("l.txt", "2025-03-03")},
                     lang="en")
    assert "Russia as a whole" in tag_free(en.money_table())


# ---- S2 -------------------------------------------------------------------------------------

def test_s2_make_leaves_out_pips_ignored_locations_and_keeps_its_status(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    fake = venv / "bin" / "python"  # pip as the machine's settings make it speak, then failing
    fake.write_text("#!/bin/sh\necho installing\n"
                    "echo \"WARNING: Location 'file:///opt/x/simple/pkg/' is ignored: it is "
                    "neither a file nor a directory.\" >&2\n"
                    "echo 'ERROR: No matching distribution found for pkg' >&2\nexit 7\n")
    fake.chmod(0o755)
    run = subprocess.run(["make", "-f", str(ROOT / "Makefile"), f"VENV={venv}", f"{venv}/.installed"],
                         cwd=ROOT, capture_output=True, text=True, check=False,
                         env={**os.environ, "PYTHON": "python3"})
    assert run.returncode != 0
    assert "installing" in run.stdout
    assert "ERROR: No matching distribution" in run.stderr
    assert "is ignored" not in run.stderr + run.stdout
    assert not (venv / ".installed").exists()
