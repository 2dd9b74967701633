"""What a figure is, for the causes found in round 54's dev part (session 34, issue 10,
walk54money). The texts are written for this test in the style of such news.

- «…, а по итогам прошлого года — 700 млн», «…, в прошлом году — 1,6 млн» after a part-year
  figure is a whole year of its own (as a year in digits is): no period.
- «сейчас» in the clause of a price past another figure's «в прошлом году» dates the price by
  the writing.
- a year-end deadline told in the next clause («…, площадку выберут до конца года») is that
  clause's verb's, not the amount's year.
- «А в этом рассчитываем …» opening a quote after a sentence that told a year: this year.
- «за три месяца» from the start of the year is the first quarter: a later «за квартал» takes
  it, not the comparison «Годом ранее за тот же квартал» told between.
- a Belarusian buyer named in quotes in the dative («поставил «Белшине»») receives the goods.
- a cost verb whose payer is one buyer («обходится покупателю в») is a price.
- a clause of condition («, если …,») says nothing of what the figure is: the topic before
  decides.
- a region named after «, а также» opens the next predicate: it is not the figure's place.
- a target after a sentence that splits the turnover into both flows goes on about the turnover.
- a ranking of buyers with no cue of its own ranks the export told before, not an investment.
- a horizon in a later year opening the amount's clause («до 2026 года оцениваются в») makes
  the money a plan.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_last_years_results_after_a_part_year_figure_have_no_period(tmp_path: Path) -> None:
    text = ("Обмен с соседями растёт\n\n"
            "Товарооборот края с Беларусью за январь–сентябрь вырос на 9% и составил 430 млн "
            "долларов, а по итогам прошлого года — 560 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2019-11-05")
    assert got["430 млн долларов"].period == "январь–сентябрь"
    assert got["560 млн"].period is None
    assert got["560 млн"].year == 2018


def test_now_dates_a_price_past_another_figures_last_year(tmp_path: Path) -> None:
    text = ("Химики и шинники\n\n"
            "В прошлом году комбинат отгрузил заводу в Бобруйске сырья на 31 млн долларов; "
            "тонна сырья сейчас стоит около 1 700 долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2018-04-12")
    assert got["31 млн долларов"].year == 2017
    assert got["около 1 700 долларов"].year == 2018


def test_a_deadline_of_the_next_clause_gives_no_year(tmp_path: Path) -> None:
    text = ("Новый завод шин\n\n"
            "Инвестиции в проект составят до 300 млн долларов, место под завод выберут до "
            "конца года.\n")
    got = facts_by_surface(tmp_path, text, published="2019-03-01")
    assert got["до 300 млн долларов"].year is None


def test_this_year_left_out_after_a_quote_opens(tmp_path: Path) -> None:
    text = ("Губернатор о торговле\n\n"
            "Губернатор Курской области напомнил, что товарооборот области с республикой в "
            "прошлом году вырос до 380 млн долларов. «А в этом рассчитываем выйти на 450 млн», "
            "— сказал он.\n")
    got = facts_by_surface(tmp_path, text, published="2022-05-17")
    assert got["380 млн долларов"].year == 2021
    assert got["450 млн"].year == 2022


def test_a_quarter_not_named_is_the_three_months_before(tmp_path: Path) -> None:
    text = ("Сыроделы считают выручку\n\n"
            "Экспорт сыров за три месяца составил 210 млн долларов. Годом ранее за тот же "
            "квартал было продано на 180 млн.\n\n"
            "Крупнейший комбинат за квартал отгрузил продукции на 40 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2015-04-20")
    assert got["40 млн долларов"].year == 2015
    assert got["40 млн долларов"].period == "3 месяцев"


def test_a_quoted_buyer_in_the_dative_receives_the_goods(tmp_path: Path) -> None:
    text = ("Татарстан и Беларусь\n\n"
            "В 2016 году казанский завод поставил «Белшине» каучука на 52 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2017-02-02")
    assert got["52 млн долларов"].flow == "RU→BY"


def test_what_one_buyer_pays_is_a_price(tmp_path: Path) -> None:
    text = ("Каркасный дом для дачи\n\n"
            "Каркасный дом площадью 90 метров обходится покупателю из Твери в 3,2–3,6 млн "
            "российских рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-07-09")
    assert got["3,2–3,6 млн российских рублей"].metric == "other"


def test_a_condition_clause_leaves_the_topic_to_decide(tmp_path: Path) -> None:
    text = ("Итоги заседания\n\n"
            "За январь–август товарооборот двух стран достиг 19,8 млрд долларов.\n\n"
            "«По итогам года рассчитываем выйти на 30 млрд долларов, если не будет новых "
            "ограничений на рынке мяса», — сказал министр.\n")
    got = facts_by_surface(tmp_path, text, published="2012-10-03")
    assert got["30 млрд долларов"].metric == "trade_turnover"


def test_an_estimate_up_to_a_later_year_is_a_plan(tmp_path: Path) -> None:
    text = ("Налоговый манёвр\n\n"
            "Потери бюджета республики до 2026 года оцениваются в 6–7 млрд долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2021-03-15")
    fact = got["6–7 млрд долларов"]
    assert fact.forecast
    assert fact.year is None


def test_a_place_of_the_next_predicate_after_a_also_is_not_the_figures(tmp_path: Path) -> None:
    text = ("Льноводы подвели итоги\n\n"
            "В следующем году льнозавод района рассчитывает нарастить экспорт до 4 млн "
            "долларов, а также выйти на рынок Тверской области.\n")
    got = facts_by_surface(tmp_path, text, published="2020-10-14")
    assert got["до 4 млн долларов"].region is None


def test_a_target_after_both_flows_goes_on_about_the_turnover(tmp_path: Path) -> None:
    text = ("Итоги совещания\n\n"
            "За январь–июнь товарооборот двух стран вырос на 12% и достиг 17,5 млрд долларов. "
            "Белорусский экспорт в Россию за это время составил 6,4 млрд долларов, российские "
            "поставки в Беларусь — 11,1 млрд.\n\n"
            "«По итогам года ждём выхода на 36 млрд долларов», — отметил вице-премьер.\n")
    got = facts_by_surface(tmp_path, text, published="2013-07-25")
    assert got["36 млрд долларов"].metric == "trade_turnover"


def test_a_ranking_of_buyers_ranks_the_export_told_before(tmp_path: Path) -> None:
    text = ("Облисполком об итогах полугодия\n\n"
            "Экспорт товаров Гомельской области за январь–июнь составил 980 млн долларов, из "
            "них в Россию — 610 млн.\n\n"
            "Инвестиции в основной капитал за полугодие — 1,4 млрд рублей.\n\n"
            "Среди российских регионов крупнейшим покупателем гомельской продукции остаётся "
            "Брянская область — 84 млн долларов, на втором месте Москва — 71 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2018-07-30")
    assert got["1,4 млрд рублей"].metric == "investment"
    assert got["84 млн долларов"].metric == "export"
    assert got["71 млн"].metric == "export"
    assert got["71 млн"].flow == "BY→RU"  # Москва ranked among the buyers receives the goods


def test_last_year_after_a_figure_since_the_start_of_the_year_is_a_whole_year(tmp_path: Path) -> None:
    text = ("Семеноводы подвели итоги\n\n"
            "Выручка от экспорта с начала года составила 2,1 млн долларов, в прошлом году — "
            "1,6 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2020-10-06")
    assert got["2,1 млн долларов"].period == "с начала года"
    assert got["1,6 млн"].period is None
    assert got["1,6 млн"].year == 2019
