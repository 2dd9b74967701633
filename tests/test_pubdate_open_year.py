"""A year the text forecasts is not over: a statistic of it is the year so far.

Found by a new user (session 24, finding 1): an undated business note («МОСКВА, 18 ноября»)
gave January–October figures of 2025, forecast the 2025 result, and said «в 2025 году банки
выдали кредитов на …»; that past statistic was read as a finished year, so the note was dated
2026 and every briefing built on it said «Данные на 18 ноября 2026 г.».
"""

from __future__ import annotations

from datetime import date

from analysis.ingest.pubdates import infer_date

TODAY = date(2026, 12, 3)


def test_a_forecast_of_the_year_keeps_a_statistic_of_it_in_that_year() -> None:
    text = ("ОРША, 12 октября. Взаимная торговля в 2024 году может обновить максимум. "
            "За январь–август 2024 года она составила 31,2 млрд долларов. "
            "В 2024 году белорусские банки выдали российским заводам займов на 0,8 млрд долларов. "
            "По прогнозу министерства, по итогам 2024 года оборот составит около 46 млрд долларов.")
    guess = infer_date(text, [], today=TODAY)
    assert guess.published == date(2024, 10, 12), guess


def test_a_possibility_for_the_year_is_a_forecast() -> None:
    text = ("КАЗАНЬ, 3 сентября. Выпуск совместного завода в 2023 году может превысить 900 машин. "
            "В 2023 году предприятие отгрузило технику на 2,1 млрд рублей.")
    assert infer_date(text, [], today=TODAY).published == date(2023, 9, 3)


def test_without_a_forecast_a_past_statistic_still_closes_its_year() -> None:
    text = ("ГРОДНО, 14 марта. В 2023 году предприятие отгрузило технику на 2,1 млрд рублей, "
            "сообщили на заводе.")
    assert infer_date(text, [], today=TODAY).published == date(2024, 3, 14)


def test_a_plan_that_was_not_met_does_not_open_the_year() -> None:
    # «планировалось» reports what was planned: the year is over all the same
    text = ("ВИТЕБСК, 20 февраля. В 2022 году планировалось выпустить 300 станков, "
            "однако завод отгрузил продукции лишь на 1,4 млрд рублей. "
            "В 2022 году предприятие также вложило в цех 90 млн рублей.")
    assert infer_date(text, [], today=TODAY).published.year == 2023
