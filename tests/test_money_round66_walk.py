"""Readings for the causes found in round 66's dev part (session 42, walk66money). The texts
are written for this test in the style of such news.

- a region's or a country's foreign trade as a whole, told with no partner of the pair: the
  export and import told after it are its parts, every market's (flow `other`), and keep the
  region the whole names;
- the level a change reached («вырос с … до …») is a year after the level it started from;
- «предыдущий год» counts from the year the text is about, «прошлый» from the writing;
- fines an authority imposed over its report's period take that period;
- a share of one market told by its adjective, or the main buyer named after a figure: the
  figure is every market's;
- «в регион», «в область» as a destination point back to the place named before;
- plan words: «ориентируются на», a lender's «готовность открыть» a credit line; a headline
  is a plan when the body's figure is; a programme's span presented in the past is still a
  plan; a gapped clause («…, а около 300 млн — на …») shares the verb before it; a figure
  dated by a participle in a past year («кредита на 1,2 млрд, привлечённого в 2023 году»)
  is no plan.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

_WORLD_WHOLE = (
    "Внешняя торговля Курской области: итоги года\n\n"
    "Внешнеторговый оборот Курской области в 2022 году составил 1,12 млрд долларов США и "
    "вырос на 9%. Экспорт составил 610 млн долларов, импорт – 510 млн.\n\n"
    "Торговля с Республикой Беларусь\n\n"
    "Товарооборот области с Беларусью достиг 402 млн долларов. Экспорт в республику – 170 млн "
    "долларов, импорт из неё – 232 млн.\n")


def test_parts_of_a_foreign_trade_whole_go_to_every_market(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _WORLD_WHOLE, published="2023-02-20")
    for surface in ("610 млн долларов", "510 млн"):
        assert facts[surface].flow == "other", surface
        assert facts[surface].region == "Курская область", surface
    assert facts["170 млн долларов"].flow == "RU→BY"
    assert facts["232 млн"].flow == "BY→RU"


def test_parts_of_trade_with_far_abroad_go_to_every_market(tmp_path: Path) -> None:
    text = ("Таможня подвела итоги полугодия\n\n"
            "Внешнеторговый оборот Брянской области с дальним зарубежьем в I полугодии составил "
            "240,5 млн долларов. Экспорт – 95,1 млн долларов, импорт – 145,4 млн.\n")
    facts = facts_by_surface(tmp_path, text, published="2015-07-28")
    for surface in ("95,1 млн долларов", "145,4 млн"):
        assert facts[surface].flow == "other", surface


def test_the_level_reached_is_a_year_after_the_level_it_grew_from(tmp_path: Path) -> None:
    text = ("Торговля двух стран выросла\n\n"
            "По итогам прошлого года товарооборот России и Беларуси составил 41,2 млрд долларов.\n\n"
            "Российский экспорт в Беларусь вырос с 20,3 млрд до 24,6 млрд долларов, белорусский "
            "экспорт в Россию – с 12,4 млрд до 16,6 млрд.\n")
    facts = facts_by_surface(tmp_path, text, published="2013-02-11")
    assert facts["20,3 млрд"].year == 2011
    assert facts["24,6 млрд долларов"].year == 2012
    assert facts["12,4 млрд"].year == 2011
    assert facts["16,6 млрд"].year == 2012


def test_the_previous_year_counts_from_the_year_in_focus(tmp_path: Path) -> None:
    text = ("Внешняя торговля Тульской области в январе–декабре 2020 года\n\n"
            "Товарооборот области с Беларусью в январе–декабре 2020 года составил 310,4 млн "
            "долларов.\n\n"
            "Справочно: в январе–декабре предыдущего года товарооборот с Беларусью составлял "
            "288,1 млн долларов.\n")
    facts = facts_by_surface(tmp_path, text, url="https://tula.stat.example.ru/2021/03/02/vt")
    assert facts["310,4 млн долларов"].year == 2020
    assert facts["288,1 млн долларов"].year == 2019


def test_fines_imposed_take_the_report_period(tmp_path: Path) -> None:
    text = ("Таможня отчиталась за квартал\n\n"
            "Смоленская таможня подвела итоги работы в I квартале.\n\n"
            "Инспекторы возбудили 140 дел об административных правонарушениях, сумма наложенных "
            "штрафов – 4,2 млн руб.\n\n"
            "Отдельно суд оштрафовал одного перевозчика на 300 тыс. рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2016-04-21")
    assert facts["4,2 млн руб."].year == 2016
    assert facts["4,2 млн руб."].period == "I квартал"
    assert facts["300 тыс. рублей"].period is None


def test_a_share_of_a_market_or_a_main_buyer_after_the_figure_makes_it_every_markets(
        tmp_path: Path) -> None:
    text = ("Обзор рынка мебели\n\n"
            "Экспорт российской мебели за январь–июнь составил 410 млн долларов. Основной "
            "покупатель – Казахстан, далее Беларусь.\n\n"
            "Белорусский экспорт мебели за полугодие достиг 385 млн долларов, на российский рынок "
            "пришлось 61%.\n")
    facts = facts_by_surface(tmp_path, text, published="2021-08-05")
    assert facts["410 млн долларов"].flow == "other"
    assert facts["385 млн долларов"].flow == "other"


def test_into_the_region_points_back_to_the_place_named_before(tmp_path: Path) -> None:
    text = ("Белорусская техника на полях Черноземья\n\n"
            "Для Бобруйскагромаша Липецкая область — один из главных рынков в России. По данным "
            "завода, в прошлом году он поставил в регион техники на 9,4 млн долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2022-06-09")
    assert facts["9,4 млн долларов"].flow == "BY→RU"


def test_aiming_at_a_level_is_a_plan(tmp_path: Path) -> None:
    text = ("Товарооборот вырос\n\n"
            "На 2014 год стороны ориентируются на товарооборот не менее 40 млрд долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2014-01-20")
    assert facts["не менее 40 млрд долларов"].forecast


def test_a_lender_ready_to_open_a_credit_line_is_a_plan(tmp_path: Path) -> None:
    text = ("Холдинг договаривается с банками\n\n"
            "По словам директора, один из российских банков выразил готовность открыть заводу "
            "кредитную линию на 3 млрд рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-05-14")
    assert facts["3 млрд рублей"].forecast


def test_a_headline_figure_is_a_plan_when_the_body_one_is(tmp_path: Path) -> None:
    text = ("Завод ищет в России $80 млн на модернизацию\n\n"
            "Гомельский завод рассчитывает привлечь до $80 млн кредитов российских банков.\n\n"
            "Город купит восемь автобусов МАЗ за 96 млн рублей\n")
    facts = facts_by_surface(tmp_path, text, published="2024-09-03")
    assert facts["$80 млн"].forecast
    text = ("Коммунальщики купят пять тракторов за 14,8 млн рублей\n\n"
            "Контракт с дилером заключён 2 марта по цене 14 812 500 рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2019-03-05")
    assert not facts["14,8 млн рублей"].forecast


def test_a_programme_presented_for_years_ahead_is_a_plan(tmp_path: Path) -> None:
    text = ("День инвестора\n\n"
            "Компания представила банкам инвестиционную программу на 2026–2029 годы объёмом "
            "около $210 млн.\n\n"
            "По программе на 2021–2025 годы уже выделено 90 млн долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2025-06-17")
    assert facts["около $210 млн"].forecast
    assert not facts["90 млн долларов"].forecast


def test_a_gapped_clause_shares_the_plan_and_a_dated_loan_is_none(tmp_path: Path) -> None:
    text = ("Завод разместил облигации\n\n"
            "Полученные средства пойдут на погашение кредита на 800 млн рублей, привлечённого в "
            "2022 году на строительство цеха, а около 200 млн — на пополнение оборотных "
            "средств.\n")
    facts = facts_by_surface(tmp_path, text, published="2025-03-12")
    assert facts["около 200 млн"].forecast
    assert not facts["800 млн рублей"].forecast


def test_a_sides_deficit_in_trade_takes_the_time_of_the_trade_told(tmp_path: Path) -> None:
    text = ("Торговля двух стран\n\n"
            "По итогам прошлого года российский экспорт в Беларусь составил 23,4 млрд долларов, "
            "белорусский экспорт в Россию – 15,1 млрд. Таким образом, дефицит Беларуси в "
            "торговле с Россией составил 8,3 млрд долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2015-02-10")
    assert facts["8,3 млрд долларов"].year == 2014
    assert facts["8,3 млрд долларов"].metric == "other"
