"""Readings for the causes found in round 68's dev part (session 44, walk68money). The texts
are written for this test in the style of such news.

- a parenthetical insert set off by commas («, по предварительным данным,») closes no
  clause: a time after it is still the amount's;
- a deal's run told in its sentence («за три года», «на поставку … в текущем году») is no
  time of its signing: the month it was signed in stays its day, no period;
- «<place>ского производства» says where goods are made, not output;
- «Время московское», «по московскому времени» is a clock, no region;
- a speaker's «у нас» holds for the trade figures after it in the paragraph;
- a table row's bracket that dates its own figure («(2013: 4 210 500)») is a second cell
  of that year, and a change after a comma («, +8,4%») closes a row;
- a report's year told as its fiscal year's end («за год, закончившийся 31 декабря …»);
- a deadline's day («до 15 марта 2021 года») gives no year;
- «годом ранее» after a figure in focus with no year counts from the paragraph's last dated one;
- compensation of a court fee is no subsidy;
- a credit's purpose «на финансирование …» is no financing cue.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_parenthetical_insert_closes_no_clause(tmp_path: Path) -> None:
    text = ("Число недели\n\n"
            "4,1 млрд долларов — таков, по предварительным данным, экспорт области в Беларусь "
            "в прошлом году.\n")
    facts = facts_by_surface(tmp_path, text, published="2025-02-10")
    assert facts["4,1 млрд долларов"].year == 2024


def test_an_insert_of_expectation_closes_no_clause(tmp_path: Path) -> None:
    text = ("Число недели\n\n"
            "4,1 млрд долларов — таков, как ожидается, экспорт области в Беларусь в "
            "следующем году.\n")
    facts = facts_by_surface(tmp_path, text, published="2025-02-10")
    assert facts["4,1 млрд долларов"].year == 2026


def test_a_deal_run_over_years_keeps_the_signing_month_a_day(tmp_path: Path) -> None:
    text = ("Мосты для грузовиков\n\n"
            "В марте завод и белорусский поставщик подписали контракт на поставку редукторов: "
            "его стоимость — 3,2 млрд рублей за четыре года.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-06-05")
    assert facts["3,2 млрд рублей"].metric == "agreements"
    assert facts["3,2 млрд рублей"].period is None


def test_deliveries_this_year_are_the_deals_run(tmp_path: Path) -> None:
    text = ("Моторы для тракторов\n\n"
            "В феврале 2019 года компания подписала с минским заводом контракт на поставку "
            "двигателей в текущем году на сумму 1,4 млрд рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2019-05-20")
    assert facts["1,4 млрд рублей"].period is None


def test_a_place_adjectives_make_is_no_output(tmp_path: Path) -> None:
    text = ("Что выбрать фермеру\n\n"
            "Погрузчик калужского производства стоит у дилера 3,4 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2022-04-01")
    assert facts["3,4 млн рублей"].metric == "other"


def test_moscow_time_is_no_region(tmp_path: Path) -> None:
    text = ("Онлайн: форум «Брянщина – Беларусь»\n\n"
            "Трансляция идёт по московскому времени.\n\n"
            "12:30 Губернатор: товарооборот области с республикой в прошлом году — "
            "640 млн долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2019-09-12")
    assert facts["640 млн долларов"].region == "Брянская область"


def test_a_speakers_region_holds_for_the_trade_figures_after_it(tmp_path: Path) -> None:
    text = ("Гость студии — о соседях\n\n"
            "Запись эфира, с сокращениями.\n\n"
            "ВЕДУЩИЙ: У нас в гостях глава департамента экономики Псковской области.\n\n"
            "ГОСТЬ: Товарооборот у нас за полгода — около трёхсот миллионов долларов. "
            "В позапрошлом году было двести восемьдесят миллионов. К концу года рассчитываем "
            "на шестьсот миллионов.\n")
    facts = facts_by_surface(tmp_path, text, published="2013-07-20")
    assert facts["двести восемьдесят миллионов"].region == "Псковская область"
    assert facts["шестьсот миллионов"].region == "Псковская область"


def test_a_row_bracket_dating_its_own_figure_is_a_cell_of_that_year(tmp_path: Path) -> None:
    text = ("Станкозавод подвёл итоги 2014 года\n\n"
            "Основные показатели, тыс. руб.\n"
            "Выручка — 4 860 200 (2013: 4 210 500), +15,4%\n"
            "Чистая прибыль — 215 300 (2013: 198 700)\n"
            "Выпуск станков, шт. — 1 250 (+3,1%)\n\n"
            "Рост обеспечили поставки в Беларусь.\n")
    facts = facts_by_surface(tmp_path, text, published="2015-03-30")
    assert facts["4 860 200"].amount.value == 4_860_200_000
    assert facts["4 860 200"].year == 2014
    assert facts["4 210 500"].year == 2013
    assert facts["198 700"].year == 2013
    assert "1 250" not in facts


def test_a_report_year_told_as_its_fiscal_years_end(tmp_path: Path) -> None:
    text = ("Литейный завод раскрыл отчётность\n\n"
            "КАЛУГА, 20 марта 2017 г. — АО «Калужский литейный завод» (г. Калуга) публикует "
            "финансовую отчётность за год, закончившийся 31 декабря 2016 года.\n\n"
            "Капитальные вложения составили 312 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2017-03-20")
    assert facts["312 млн рублей"].year == 2016


def test_a_deadline_day_gives_no_year(tmp_path: Path) -> None:
    text = ("Спор о поставке\n\n"
            "Сеялки должны были поступить до 15 марта 2021 года, однако поставщик передал "
            "лишь запчасти стоимостью 640 тыс. рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2022-01-18")
    assert facts["640 тыс. рублей"].year is None


def test_compensation_of_a_court_fee_is_no_subsidy(tmp_path: Path) -> None:
    text = ("Суд взыскал долг\n\n"
            "С ответчика взысканы 1 204 000 руб. долга, пени, уменьшенные судом до 90 000 "
            "(девяноста тысяч) рублей, а также 25 040 (двадцать пять тысяч сорок) рублей в "
            "возмещение расходов по уплате государственной пошлины.\n")
    facts = facts_by_surface(tmp_path, text, published="2020-10-02")
    assert facts["25 040 (двадцать пять тысяч сорок) рублей"].metric == "other"


def test_a_credits_purpose_is_no_financing_cue(tmp_path: Path) -> None:
    text = ("Итоги форума\n\n"
            "Банк подписал с дилером кредитное соглашение на финансирование закупок техники "
            "на 250 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2010-02-18")
    assert facts["250 млн рублей"].metric == "credit"


def test_a_year_earlier_counts_from_the_paragraphs_last_dated_figure(tmp_path: Path) -> None:
    text = ("Станкозавод опубликовал отчётность\n\n"
            "КОЛОМНА, 14 марта 2018 г. — АО «Станкозавод» публикует финансовую отчётность за "
            "год, закончившийся 31 декабря 2016 года.\n\n"
            "Капитальные вложения составили 96 млн рублей. Чистый долг снизился до 410 млн "
            "рублей с 530 млн рублей годом ранее.\n")
    facts = facts_by_surface(tmp_path, text, published="2018-03-14")
    assert facts["96 млн рублей"].year == 2016
    assert facts["530 млн рублей"].year == 2015
