"""«по итогам N года» in a forecast says nothing about when the text was written.

Found by a new user's own interview (session 19): an undated governor's interview said
«…рассчитываем выйти на 1,7 млрд долларов по итогам 2025 года», and the inferred date became
2026, so its «в прошлом году» figures were put in 2025 instead of 2024.
"""

from __future__ import annotations

from datetime import date

from analysis.ingest.pubdates import infer_date

TODAY = date(2026, 12, 1)

INTERVIEW = (
    "Губернатор: торговля с Беларусью растёт\n"
    "В прошлом году товарооборот области с Республикой Беларусь достиг 980 млн долларов. "
    "В 2024 году мы открыли в Минске торговое представительство. "
    "С учётом новых контрактов рассчитываем выйти на 1,7 млрд долларов по итогам 2025 года.")


def test_a_forecast_for_the_year_results_does_not_close_the_year() -> None:
    guess = infer_date(INTERVIEW, [], today=TODAY)
    assert guess.published == date(2024, 1, 1), guess


def test_the_results_of_a_past_year_still_mean_it_is_over() -> None:
    text = ("Итоги года\nПо итогам 2024 года товарооборот области с Беларусью составил "
            "980 млн долларов, сообщили в правительстве региона.")
    assert infer_date(text, [], today=TODAY).published.year == 2025
