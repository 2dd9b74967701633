"""What a figure is, for the causes found in round 57's dev part (session 36, issue 10,
walk57money). The texts are written for this test in the style of such news.

- a table whose rows pair two values with « / » under a heading whose bracket names the two
  columns («(9 мес. 2024 / 9 мес. 2023)») is read as a table (`money.paired_columns`).
- a Belarusian firm's bare «рублей» of a sale or a price it places in Russia are Russian once
  the article has named Russian rubles (`money.sold_in_russia`); its wages stay Belarusian.
- a cost verb («обошёлся») lets a bare «около 2,3 миллиона» borrow the currency told before.
- a sum restated in words in brackets is one amount even when its kopecks are read apart.
- a lessor handing over in the neuter past («АО … передало») finances the machines.
- money from a budget «на докапитализацию» is capital put in, an investment.
- a price «по программе» is a price, no programme's financing.
- «стоимостью» after a comma is the cost of the noun before it («Вторая очередь, стоимостью …»).
- a weak year that the year's results agree with dates the text for relative years; a text
  dated to the year only puts no period in the year before.
- the sentence after a dateline's date gives the lead's year («Гродно, 3 февраля 2025 г. …»).
- «с конца 2015 года набралось …» has no year of its own.
- a price for the quarter under way at publication is of the publication year.
- «Цель на … год – …» is a target; a figure set off by commas («Третий, на 200 млн,
  ожидается …») takes the plan of the verb after it; a part of an estimated investment is an
  estimate too.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_slash_paired_columns_are_read_as_a_table(tmp_path: Path) -> None:
    text = ("Внешняя торговля области\n\n"
            "ТОРГОВЛЯ С БЕЛАРУСЬЮ, млн долл. США (9 мес. 2024 / 9 мес. 2023)\n"
            "Товарооборот: 812,4 / 760,1\n"
            "Экспорт: 401,9 / 380,2\n"
            "Импорт: 410,5 / 379,9\n\n"
            "Данные приводит областное управление статистики.\n")
    got = facts_by_surface(tmp_path, text, published="2024-11-20")
    assert got["812,4"].amount.value == 812.4e6 and got["812,4"].amount.currency == "USD"
    assert (got["812,4"].metric, got["812,4"].year) == ("trade_turnover", 2024)
    assert (got["760,1"].metric, got["760,1"].year) == ("trade_turnover", 2023)
    assert got["401,9"].metric == "export" and got["379,9"].year == 2023


def test_a_slash_in_prose_is_no_table() -> None:
    from analysis.money.paired_columns import find_paired_blocks

    text = "Урожай 2024/2025 года оценивают в 9 / 10 млн тонн.\nЦены: 5 / 6 рублей.\n"
    assert find_paired_blocks(text) == []


def test_sales_in_russia_after_named_russian_rubles_are_russian(tmp_path: Path) -> None:
    text = ("Итоги года\n\n"
            "Обувная фабрика сообщает, что продажи в России в прошлом году составили "
            "3,1 млрд российских рублей.\n\n"
            "В декабре продажи в России достигли 420 млн рублей. Цена пары ботинок в "
            "российских магазинах сети – 7.900 руб.\n\n"
            "Средняя зарплата на фабрике – 1 950 рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-02-12",
                           url="https://obuv-news.by/2024/02/itogi", source="Обувь.by")
    assert got["420 млн рублей"].amount.currency == "RUB"
    assert got["7.900 руб."].amount.currency == "RUB"
    assert got["1 950 рублей"].amount.currency == "BYN"


def test_goods_sent_into_russia_keep_the_sites_rubles(tmp_path: Path) -> None:
    text = ("Экспорт\n\n"
            "Фабрика продала в России обуви на 3,1 млрд российских рублей.\n\n"
            "Стоимость поставки в Россию одной партии – 46 тыс. рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-02-12",
                           url="https://obuv-news.by/2024/02/itogi", source="Обувь.by")
    assert got["46 тыс. рублей"].amount.currency == "BYN"


def test_a_cost_verb_lets_a_bare_figure_borrow_the_currency(tmp_path: Path) -> None:
    text = ("Новая техника\n\n"
            "Район закупил белорусские комбайны на 96 миллионов рублей.\n\n"
            "Агрофирма «Заря» получила четыре машины. Каждая обошлась примерно в 2,3 миллиона.\n")
    got = facts_by_surface(tmp_path, text, published="2023-04-10")
    each = next(f for surface, f in got.items() if "2,3 миллиона" in surface)
    assert each.amount.currency == "RUB"


def test_a_sum_in_words_with_its_kopecks_is_one_amount() -> None:
    from analysis.money import find_amounts

    text = ("Истец требует взыскать 1 205 300,45 руб. (один миллион двести пять тысяч триста "
            "рублей 45 копеек) долга.")
    assert [a.surface for a in find_amounts(text)] == ["1 205 300,45 руб."]


def test_a_lessors_neuter_handing_over_is_financing(tmp_path: Path) -> None:
    text = ("Аграрии получили технику\n\n"
            "АО «Агролизинг» за полугодие передало аграриям технику на 2,2 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-07-15")
    assert got["2,2 млрд рублей"].metric == "financing"


def test_budget_money_for_recapitalisation_is_an_investment(tmp_path: Path) -> None:
    text = ("Капитал\n\n"
            "В этом году банк получил из федерального бюджета на докапитализацию 4 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-07-15")
    assert got["4 млрд рублей"].metric == "investment"


def test_budget_money_for_a_renewal_stays_financing(tmp_path: Path) -> None:
    text = ("Автобусы\n\nИз областного бюджета на обновление парка направлено 90 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-07-15")
    assert got["90 млн рублей"].metric == "financing"


def test_a_price_under_a_programme_is_a_price(tmp_path: Path) -> None:
    text = ("Техника по программе\n\n"
            "Стоимость трактора «Беларус-1523» по программе – от 6,8 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-07-15")
    assert got["от 6,8 млн рублей"].metric == "other"


def test_a_phase_with_its_cost_after_a_comma_is_an_investment(tmp_path: Path) -> None:
    text = ("Завод в Калуге\n\n"
            "Вторая очередь, стоимостью около 700 млн рублей, заработает через два года.\n")
    got = facts_by_surface(tmp_path, text, published="2022-05-05")
    assert got["около 700 млн рублей"].metric == "investment"


def test_results_and_a_plan_year_date_an_undated_interview(tmp_path: Path) -> None:
    text = ("Интервью\n\n"
            "– Как прошёл год?\n\n"
            "– По итогам 2023 года товарооборот области с Беларусью составил 640 млн долларов. "
            "В прошлом году завод купил у белорусских партнёров деталей на 2,1 млрд рублей.\n\n"
            "– А этот год?\n\n"
            "– За январь–март товарооборот – 150 млн долларов. Цель на 2024 год – 700 млн.\n")
    got = facts_by_surface(tmp_path, text)
    assert got["2,1 млрд рублей"].year == 2023
    assert got["150 млн долларов"].year == 2024
    assert got["700 млн"].forecast


def test_the_sentence_after_a_datelines_date_gives_the_lead_year(tmp_path: Path) -> None:
    text = ("Фабрика подвела итоги\n\n"
            "Гродно, 3 февраля 2025 г. Фабрика сообщает о работе на российском рынке в 2024 году.\n\n"
            "Поставки в Россию составили 61 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2025-02-03")
    assert got["61 млн долларов"].year == 2024


def test_a_sum_since_the_end_of_a_year_has_no_year(tmp_path: Path) -> None:
    text = ("Кредиты\n\n"
            "Всего с конца 2015 года республика получила кредитов примерно на $4 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2019-03-01")
    assert got["$4 млрд"].year is None


def test_a_price_for_the_quarter_under_way_is_this_years(tmp_path: Path) -> None:
    text = ("Газ\n\nЦена газа для республики в IV квартале – 130 долларов за тысячу кубометров.\n")
    got = facts_by_surface(tmp_path, text, published="2015-11-12")
    assert got["130 долларов"].year == 2015


def test_a_figure_set_off_by_commas_takes_the_verb_after_it(tmp_path: Path) -> None:
    text = ("Кредит\n\n"
            "Первый транш республика получила весной. Третий, на 200 млн долларов, ожидается "
            "в декабре.\n")
    got = facts_by_surface(tmp_path, text, published="2015-10-01")
    assert got["200 млн долларов"].forecast


def test_a_part_of_an_estimated_investment_is_an_estimate(tmp_path: Path) -> None:
    text = ("Сборка в Рязани\n\n"
            "Инвестиции в проект оцениваются в 900 млн рублей, из них 250 млн – средства "
            "белорусского завода.\n")
    got = facts_by_surface(tmp_path, text, published="2023-03-01")
    assert got["900 млн рублей"].forecast and got["250 млн"].forecast
