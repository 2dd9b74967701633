"""A comparison year is the base's year, not the figure's (money/year.py, money/focus.py)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe


def years(text: str, published: dt.date = dt.date(2025, 4, 10)) -> list[int | None]:
    return [f.year for f in describe(SimpleNamespace(text=text, published=published))]


REPORT = ("Минпромторг опубликовал доклад о результатах работы за прошлый год.\n"
          "Поставки белорусских станков в Россию составили 410 млн долларов, что на 12% выше "
          "показателя 2022 года (366 млн долларов). Экспорт российских комплектующих в "
          "Беларусь — 290 млн долларов.")


def test_a_year_after_показателя_is_a_comparison_base() -> None:
    # the figure takes the report's year, not the base year it is compared with
    assert years(REPORT)[0] == 2024


def test_the_bracketed_base_figure_takes_the_base_year() -> None:
    assert years(REPORT)[1] == 2022


def test_the_next_sentence_continues_the_figure_in_focus_not_the_base() -> None:
    assert years(REPORT)[2] == 2024


def test_a_year_of_the_indicator_itself_stays_the_figures_year() -> None:
    # «показатель 2023 года» is the subject, not a base it is compared with
    assert years("Показатель 2023 года по инвестициям — 4 млрд рублей.") == [2023]


def test_a_conversion_in_brackets_keeps_the_sentences_year() -> None:
    text = ("В 2023 году выручка завода составила 120 млн белорусских рублей (около 3,3 млрд "
            "российских рублей). Чистая прибыль — 9 млн белорусских рублей.")
    assert years(text) == [2023, 2023, 2023]
