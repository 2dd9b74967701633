"""Facts in context, the time rules added after round 14 was studied (session 14, issue 10).

Infographic captions and digests give the period once, in a heading over a list («РЕГИОНЫ
(товарооборот, янв.–июнь)» over «• Москва — …»); months and counts abbreviated with a dot
(«янв.–июнь», «9 мес. 2024»); a span of months told with prepositions («с апреля по июнь»).
The texts are written here in the style of captions, Telegram digests and results calls.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase, check_fact_case, facts_by_surface

from analysis.lang import calendar
from analysis.money.lists import list_lead

read = facts_by_surface

CAPTION = ("Инфографика: торговля с Беларусью, полугодие\n"
           "Вводный абзац подписи к инфографике.\n"
           "ТОРГОВЛЯ\n"
           "• Товарооборот, янв.–июнь: 18,2 млрд $\n"
           "• Экспорт РБ в РФ: 8,4 млрд $\n"
           "• Сальдо: −1,4 млрд $\n"
           "ОБЛАСТИ (товарооборот с РБ, янв.–июнь)\n"
           "• Псковская обл. — 0,52 млрд $\n"
           "• Тверская обл. — 0,47 млрд $\n"
           "КРЕДИТЫ\n"
           "• Кредит на импортозамещение (всего): 90 млрд руб.\n")


# --------------------------------------------------------------------------- headings
def test_a_heading_with_no_sentence_end_leads_the_list_under_it() -> None:
    text = "Вступление.\nОБЛАСТИ (товарооборот, янв.–июнь)\n• Псковская обл. — 0,52 млрд $\n"
    lead = list_lead(text, text.index("•"))
    assert lead is not None and text[lead[0]:lead[1]] == "ОБЛАСТИ (товарооборот, янв.–июнь)"


def test_a_sentence_before_a_reply_is_no_heading() -> None:
    text = ("Банк открыл дилеру линию на 3 млрд рублей.\n"
            "— Раньше такие схемы ограничивались суммами в 200 млн рублей, — сказал он.\n")
    assert list_lead(text, text.index("—")) is None


def test_a_long_line_with_no_end_mark_is_no_heading() -> None:
    text = ("Это длинная строка текста без точки в конце, которая явно является предложением, "
            "а не заголовком раздела инфографики\n• 5 млн рублей — субсидии\n")
    assert list_lead(text, text.index("•")) is None


def test_items_under_a_heading_take_its_period(tmp_path: Path) -> None:
    got = read(tmp_path, CAPTION, published="2024-08-20")
    for surface in ("0,52 млрд $", "0,47 млрд $"):
        assert (got[surface].year, got[surface].period) == (2024, "январь–июнь"), surface


def test_a_part_item_opening_with_a_bullet_takes_the_wholes_time(tmp_path: Path) -> None:
    text = ("Инфографика: инвестиции\n"
            "ИНВЕСТИЦИИ\n"
            "• Российские инвестиции в экономику РБ за полугодие: 2,1 млрд $\n"
            "• Из них прямые: 1,2 млрд $\n")
    got = read(tmp_path, text, published="2024-08-20")
    assert got["1,2 млрд $"].year == 2024 and got["1,2 млрд $"].period == got["2,1 млрд $"].period


def test_a_total_with_no_list_above_has_no_lead() -> None:
    text = "Вступление.\nИтого: 48,6 млрд ₽\n"
    assert list_lead(text, text.index("Итого")) is None


# --------------------------------------------------------------------------- formats
def test_month_abbreviations_name_months() -> None:
    cal = calendar()
    assert cal.month_number("янв.") == 1 and cal.month_number("сент.") == 9
    assert cal.month_number("нояб") == 11 and cal.month_number("дек.") == 12
    assert cal.month_number("ген.") is None


# --------------------------------------------------------------------------- time in focus
CALL = ("«Автодизель» за январь–март: выручка выросла\n"
        "ЯРОСЛАВЛЬ. Компания провела конференцию для инвесторов по итогам I квартала 2024 года.\n"
        "Финансовый директор остановился на внешних рынках. «Экспортная выручка за квартал — "
        "4,2 млрд рублей», — сказал он.\n"
        "По словам менеджмента, в квартале завод закупил у белорусских предприятий "
        "комплектующих на 1,6 млрд рублей.\n"
        "Прогноз на год менеджмент сохранил: выручка — не менее 95 млрд рублей.\n")


def test_for_the_quarter_is_the_quarter_in_focus(tmp_path: Path) -> None:
    got = read(tmp_path, CALL, published="2024-04-25")
    for surface in ("4,2 млрд рублей", "1,6 млрд рублей"):
        assert got[surface].year == 2024, surface
        assert got[surface].period in ("I квартал", "январь–март"), surface


def test_a_noun_after_nyneshnem_is_not_the_year(tmp_path: Path) -> None:
    text = ("В 2021 году завод продал тракторов на 1,2 млрд рублей, а в нынешнем сезоне "
            "продажи составят 1,5 млрд.\n")
    got = read(tmp_path, text, published="2022-07-15")
    assert got["1,5 млрд"].year != 2022


# --------------------------------------------------------------------------- region
def test_an_abbreviated_region_noun_names_the_region() -> None:
    from analysis.entities import normalize_region

    assert normalize_region("Московская обл.") == "Московская область"
    assert normalize_region("в Ленинградской обл. открыли") == "Ленинградская область"
    assert normalize_region("Краснодарский кр.") == "Краснодарский край"


def test_the_moscow_adjective_alone_is_still_the_city() -> None:
    from analysis.entities import normalize_region

    assert normalize_region("Московский завод") == "Москва"


# --------------------------------------------------------------------------- topic


def test_a_colon_leads_speakers_body_is_no_topic(tmp_path: Path) -> None:
    text = ("Слушания по бюджету\n"
            "Министр промышленности и торговли рассказал, на что пойдут деньги в 2024 году:\n"
            "• 410 млн рублей — взнос в фонд развития промышленности;\n"
            "• 75 млн рублей — на выставки и бизнес-миссии.\n")
    got = read(tmp_path, text, published="2023-10-25")
    assert got["75 млн рублей"].metric != "trade_turnover"


# --------------------------------------------------------------------------- publication year
UNDATED = ("Лизинг по-белорусски\n"
           "МИНСК, 14 октября — Об этом говорили на пресс-конференции лизинговых компаний.\n"
           "«Промагролизинг» в этом году получил из бюджета 150 млн белорусских рублей. "
           "Областной бюджет на эти цели в 2021 году выделил 170 млн рублей.\n")


# The cases of one shape: the fact of `surface` in an article of `text` published on
# `published` has `field` equal to `want` (`conftest.check_fact_case`).
CASES = [
    # headings
    FactCase("a_result_item_takes_the_time_of_the_item_before/year",
        CAPTION,
        "2024-08-20", "−1,4 млрд $", "year", 2024),
    FactCase("a_result_item_takes_the_time_of_the_item_before/period",
        CAPTION,
        "2024-08-20", "−1,4 млрд $", "period", "январь–июнь"),
    FactCase("a_credit_item_takes_no_time_from_the_items_before",
        CAPTION,
        "2024-08-20", "90 млрд руб.", "year", None),
    FactCase("a_total_under_the_items_is_the_lists/year1",
        "Подпись к инфографике: поставки техники\n"
        "ПОСТАВКИ В РФ (январь–сентябрь)\n"
        "— Тракторы: 30,5 млрд ₽\n"
        "— Комбайны: 18,1 млрд ₽\n"
        "Итого: 48,6 млрд ₽ (9 мес. 2024: 52,3 млрд ₽)\n",
        "2025-10-28", "48,6 млрд ₽", "year", 2025),
    FactCase("a_total_under_the_items_is_the_lists/period1",
        "Подпись к инфографике: поставки техники\n"
        "ПОСТАВКИ В РФ (январь–сентябрь)\n"
        "— Тракторы: 30,5 млрд ₽\n"
        "— Комбайны: 18,1 млрд ₽\n"
        "Итого: 48,6 млрд ₽ (9 мес. 2024: 52,3 млрд ₽)\n",
        "2025-10-28", "48,6 млрд ₽", "period", "январь–сентябрь"),
    FactCase("a_total_under_the_items_is_the_lists/year2",
        "Подпись к инфографике: поставки техники\n"
        "ПОСТАВКИ В РФ (январь–сентябрь)\n"
        "— Тракторы: 30,5 млрд ₽\n"
        "— Комбайны: 18,1 млрд ₽\n"
        "Итого: 48,6 млрд ₽ (9 мес. 2024: 52,3 млрд ₽)\n",
        "2025-10-28", "52,3 млрд ₽", "year", 2024),
    FactCase("a_total_under_the_items_is_the_lists/period2",
        "Подпись к инфографике: поставки техники\n"
        "ПОСТАВКИ В РФ (январь–сентябрь)\n"
        "— Тракторы: 30,5 млрд ₽\n"
        "— Комбайны: 18,1 млрд ₽\n"
        "Итого: 48,6 млрд ₽ (9 мес. 2024: 52,3 млрд ₽)\n",
        "2025-10-28", "52,3 млрд ₽", "period", "9 месяцев"),
    # formats
    FactCase("an_abbreviated_span_of_months_is_a_period/year",
        "Экспорт области в Беларусь за янв.–сент. составил 310 млн долларов.\n",
        "2023-11-02", "310 млн долларов", "year", 2023),
    FactCase("an_abbreviated_span_of_months_is_a_period/period",
        "Экспорт области в Беларусь за янв.–сент. составил 310 млн долларов.\n",
        "2023-11-02", "310 млн долларов", "period", "январь–сентябрь"),
    FactCase("a_lone_abbreviation_is_no_period",
        "Завод на ул. Мар. Жукова вложил 310 млн рублей в новый цех.\n",
        "2023-11-02", "310 млн рублей", "period", None),
    FactCase("a_span_of_months_with_prepositions_is_a_period/year",
        "Отдельно о втором квартале. С апреля по июнь завод отгрузил в Россию продукции "
        "на 61,5 млн долларов.\n",
        "2025-07-30", "61,5 млн долларов", "year", 2025),
    FactCase("a_span_of_months_with_prepositions_is_a_period/period",
        "Отдельно о втором квартале. С апреля по июнь завод отгрузил в Россию продукции "
        "на 61,5 млн долларов.\n",
        "2025-07-30", "61,5 млн долларов", "period", "апрель–июнь"),
    FactCase("dates_from_to_are_no_span_of_months",
        "С 1 апреля по 30 июня действовала скидка; контракт подписан на 61,5 млн долларов.\n",
        "2025-07-30", "61,5 млн долларов", "period", None),
    # time in focus
    FactCase("the_quarter_in_focus_may_be_the_last_figures/year",
        "Итоги недели\n"
        "Неделя выдалась плотной.\n"
        "Псковская область нарастила импорт из Беларуси: за январь–март — $96 млн.\n"
        "Сальдо торговли у РБ с РФ отрицательное: минус 1,1 млрд долл. за квартал.\n",
        "2024-04-19", "минус 1,1 млрд долл.", "year", 2024),
    FactCase("the_quarter_in_focus_may_be_the_last_figures/period",
        "Итоги недели\n"
        "Неделя выдалась плотной.\n"
        "Псковская область нарастила импорт из Беларуси: за январь–март — $96 млн.\n"
        "Сальдо торговли у РБ с РФ отрицательное: минус 1,1 млрд долл. за квартал.\n",
        "2024-04-19", "минус 1,1 млрд долл.", "period", "январь–март"),
    FactCase("for_the_quarter_with_none_in_focus_takes_none",
        "Итоги года подведены.\n"
        "Экспорт в 2023 году составил 410 млн долларов.\n"
        "Сальдо торговли отрицательное: минус 1,1 млрд долл. за квартал.\n",
        "2024-04-19", "минус 1,1 млрд долл.", "period", None),
    FactCase("a_forecast_for_the_year_is_for_the_year_in_focus/year",
        CALL,
        "2024-04-25", "не менее 95 млрд рублей", "year", 2024),
    FactCase("a_forecast_for_the_year_is_for_the_year_in_focus/period",
        CALL,
        "2024-04-25", "не менее 95 млрд рублей", "period", None),
    FactCase("a_credit_for_a_year_is_a_term_not_a_year",
        "Товарооборот области с Беларусью в 2023 году вырос.\n"
        "Банк выдал заводу кредит на год на 300 млн рублей.\n",
        "2024-04-25", "300 млн рублей", "year", None),
    FactCase("for_the_same_term_is_the_same_period/year",
        "МАЗ отчитался: экспорт в РФ за 8 месяцев — 398 млн долл. Для сравнения: в 2021-м "
        "за тот же срок было 341 млн.\n",
        "2023-09-21", "341 млн", "year", 2021),
    FactCase("for_the_same_term_is_the_same_period/period",
        "МАЗ отчитался: экспорт в РФ за 8 месяцев — 398 млн долл. Для сравнения: в 2021-м "
        "за тот же срок было 341 млн.\n",
        "2023-09-21", "341 млн", "period", "8 месяцев"),
    FactCase("the_year_before_of_a_quarter_is_that_quarter/year",
        "🏭 Моторный завод: выручка за I квартал — 198,4 млн BYN. Годом ранее было "
        "171 млн рублей.\n",
        "2024-04-19", "171 млн рублей", "year", 2023),
    FactCase("the_year_before_of_a_quarter_is_that_quarter/period",
        "🏭 Моторный завод: выручка за I квартал — 198,4 млн BYN. Годом ранее было "
        "171 млн рублей.\n",
        "2024-04-19", "171 млн рублей", "period", "I квартал"),
    FactCase("the_year_before_of_a_whole_year_has_no_period/year",
        "Выручка завода за 2023 год — 798 млн BYN. Годом ранее было 702 млн рублей.\n",
        "2024-04-19", "702 млн рублей", "year", 2022),
    FactCase("the_year_before_of_a_whole_year_has_no_period/period",
        "Выручка завода за 2023 год — 798 млн BYN. Годом ранее было 702 млн рублей.\n",
        "2024-04-19", "702 млн рублей", "period", None),
    FactCase("the_current_year_left_unsaid_after_a_year/year1",
        "Агентство поддержало экспорт в Беларусь в 2021 году на 1,2 млрд долларов, а в "
        "нынешнем рассчитывает выйти на 1,5 млрд.\n"
        "По итогам прошлого года оборот составил 40,1 млрд долларов, а за январь–май "
        "нынешнего — уже 16,9 млрд.\n",
        "2022-07-15", "1,5 млрд", "year", 2022),
    FactCase("the_current_year_left_unsaid_after_a_year/year2",
        "Агентство поддержало экспорт в Беларусь в 2021 году на 1,2 млрд долларов, а в "
        "нынешнем рассчитывает выйти на 1,5 млрд.\n"
        "По итогам прошлого года оборот составил 40,1 млрд долларов, а за январь–май "
        "нынешнего — уже 16,9 млрд.\n",
        "2022-07-15", "16,9 млрд", "year", 2022),
    FactCase("the_current_year_left_unsaid_after_a_year/period",
        "Агентство поддержало экспорт в Беларусь в 2021 году на 1,2 млрд долларов, а в "
        "нынешнем рассчитывает выйти на 1,5 млрд.\n"
        "По итогам прошлого года оборот составил 40,1 млрд долларов, а за январь–май "
        "нынешнего — уже 16,9 млрд.\n",
        "2022-07-15", "16,9 млрд", "period", "январь–май"),
    # region
    FactCase("a_city_in_capitals_before_a_dot_is_a_dateline_not_a_region",
        "Итоги квартала у машиностроителей\n"
        "ЧЕРЕПОВЕЦ. Компания отгрузила в Беларусь продукции на 150 млн долларов.\n",
        "2024-04-19", "150 млн долларов", "region", None),
    FactCase("a_region_named_after_the_dateline_still_counts",
        "Итоги квартала у машиностроителей\n"
        "ЧЕРЕПОВЕЦ. Экспорт Вологодской области в Беларусь составил 150 млн долларов.\n",
        "2024-04-19", "150 млн долларов", "region", "Вологодская область"),
    # not the year
    FactCase("a_change_over_a_year_is_not_the_figures_year",
        "Депутаты утвердили бюджет города на 2021 год.\n"
        "Депутат обратил внимание, что цена одного автобуса — около 14,8 млн рублей — "
        "выросла за год на 18%.\n",
        "2020-11-25", "около 14,8 млн рублей", "year", None),
    FactCase("for_the_year_is_still_the_year_in_focus",
        "Таможня подвела итоги 2023 года.\n"
        "Всего за год в Беларусь вывезено продукции на 640 млн долларов.\n",
        "2024-02-01", "640 млн долларов", "year", 2023),
    FactCase("a_year_inside_a_quote_the_amount_stands_outside_of",
        "«Мы впервые перешагнули полмиллиарда ещё в 2019-м, и с тех пор не опускались», — "
        "отметил губернатор, добавив, что область закупила 90 автобусов на 1,2 млрд рублей.\n",
        "2023-06-30", "1,2 млрд рублей", "year", None),
    FactCase("a_quoted_name_after_the_year_keeps_the_year",
        "В 2019 году «Гомсельмаш» поставил в Брянскую область комбайнов на 1,2 млрд рублей.\n",
        "2023-06-30", "1,2 млрд рублей", "year", 2019),
    # topic
    FactCase("items_under_a_heading_speak_of_what_it_names/metric",
        CAPTION,
        "2024-08-20", "0,52 млрд $", "metric", "trade_turnover"),
    FactCase("items_under_a_heading_speak_of_what_it_names/region",
        CAPTION,
        "2024-08-20", "0,52 млрд $", "region", "Псковская область"),
    FactCase("a_credit_told_after_a_period_figure_takes_no_period/period",
        "Модератор начал с общего фона: товарооборот за январь–июль вырос до 25,1 млрд "
        "долларов. Отдельно он напомнил о кредите на импортозамещение на 105 млрд рублей.\n",
        "2023-09-18", "105 млрд рублей", "period", None),
    FactCase("a_credit_told_after_a_period_figure_takes_no_period/year",
        "Модератор начал с общего фона: товарооборот за январь–июль вырос до 25,1 млрд "
        "долларов. Отдельно он напомнил о кредите на импортозамещение на 105 млрд рублей.\n",
        "2023-09-18", "105 млрд рублей", "year", None),
    FactCase("a_trade_figure_that_goes_on_takes_the_period",
        "Товарооборот за январь–июль вырос до 25,1 млрд долларов. При этом экспорт "
        "составил 10,2 млрд.\n",
        "2023-09-18", "10,2 млрд", "period", "январь–июль"),
    # publication year
    FactCase("a_year_guessed_as_after_the_last_reported_resolves_no_relative_year/year1",
        UNDATED,
        "", "150 млн белорусских рублей", "year", None),
    FactCase("a_year_guessed_as_after_the_last_reported_resolves_no_relative_year/year2",
        UNDATED,
        "", "170 млн рублей", "year", 2021),
    FactCase("a_known_date_resolves_the_relative_year",
        UNDATED,
        "2022-10-14", "150 млн белорусских рублей", "year", 2022),
    FactCase("a_years_results_still_date_the_text_the_year_after",
        "Смоленщина и Беларусь\n"
        "«По итогам 2024 года наш товарооборот превысил 50 миллиардов долларов», — сказал "
        "министр.\n"
        "Сегодня, 21 октября, издание отметило кооперацию регионов. По итогам прошлого года "
        "товарооборот области с Беларусью достиг 290 миллиардов рублей.\n",
        "", "290 миллиардов рублей", "year", 2024),
    FactCase("a_year_guessed_from_a_bare_year_resolves_no_relative_year/year1",
        "Моторный завод и МАЗ\n"
        "В 2015 году завод поставил белорусскому автозаводу продукции на 2,9 млрд рублей.\n"
        "В прошлом году отгрузки составили 800 млн рублей.\n",
        "", "2,9 млрд рублей", "year", 2015),
    FactCase("a_year_guessed_from_a_bare_year_resolves_no_relative_year/year2",
        "Моторный завод и МАЗ\n"
        "В 2015 году завод поставил белорусскому автозаводу продукции на 2,9 млрд рублей.\n"
        "В прошлом году отгрузки составили 800 млн рублей.\n",
        "", "800 млн рублей", "year", None),
    FactCase("a_month_with_its_year_dates_the_text",
        "Моторный завод и МАЗ\n"
        "В марте 2019 года завод подвёл итоги. В прошлом году отгрузки составили "
        "800 млн рублей.\n",
        "", "800 млн рублей", "year", 2018),
    FactCase("a_whole_year_after_a_period_figure_keeps_no_period/period1",
        "За I квартал текущего года отгрузки в Беларусь составили 610 млн рублей, а по "
        "итогам года предприятие планирует поставить продукции на 3,2 млрд рублей.\n"
        "За первое полугодие — уже 1,4 млрд рублей, так что к концу года рассчитываем "
        "выйти на 3,4 млрд рублей.\n",
        "2016-05-20", "610 млн рублей", "period", "I квартал"),
    FactCase("a_whole_year_after_a_period_figure_keeps_no_period/period2",
        "За I квартал текущего года отгрузки в Беларусь составили 610 млн рублей, а по "
        "итогам года предприятие планирует поставить продукции на 3,2 млрд рублей.\n"
        "За первое полугодие — уже 1,4 млрд рублей, так что к концу года рассчитываем "
        "выйти на 3,4 млрд рублей.\n",
        "2016-05-20", "3,2 млрд рублей", "period", None),
    FactCase("a_whole_year_after_a_period_figure_keeps_no_period/period3",
        "За I квартал текущего года отгрузки в Беларусь составили 610 млн рублей, а по "
        "итогам года предприятие планирует поставить продукции на 3,2 млрд рублей.\n"
        "За первое полугодие — уже 1,4 млрд рублей, так что к концу года рассчитываем "
        "выйти на 3,4 млрд рублей.\n",
        "2016-05-20", "3,4 млрд рублей", "period", None),
    FactCase("a_second_figure_of_the_same_period_keeps_it",
        "За I квартал экспорт составил 610 млн рублей, а импорт — 320 млн рублей.\n",
        "2016-05-20", "320 млн рублей", "period", "I квартал"),
    FactCase("a_budget_named_by_its_year",
        "— Субсидия на льготный лизинг в федеральном бюджете 2025: 5,9 млрд ₽\n",
        "2025-10-30", "5,9 млрд ₽", "year", 2025),
    FactCase("a_bare_number_after_a_noun_is_no_year",
        "Завод выпустил 2024 трактора и продал их на 5,9 млрд рублей.\n",
        "2025-10-30", "5,9 млрд рублей", "year", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fact_cases(tmp_path: Path, case: FactCase) -> None:
    check_fact_case(tmp_path, case)
