"""Money read as a person reads it (session 25, a new user's findings 1, 3, 4, 5, 8; our own
sentences of the same grammar, none taken from their corpus):

- money Russia gives («из выделенных Россией …», «Россия предоставит …», «российского
  кредита») is in Russian rubles, even in a Belarusian outlet (money/russian_spend.py);
- a sum after a clause-opening «из» is a whole: the next smaller sum of its sentence is a
  part of it (money/part_of.py, `whole_openers`);
- a verbless note «Экспорт … в 2023 г. — 95 млн долл.» reports a finished year: the text is
  dated no earlier than the next year (ingest/date_clues.py);
- a town in quotes that names a special economic zone («ОЭЗ «Калуга»») names its region
  (entities/regions.py, data/zone_names_ru.json);
- a Belarusian oblast's own investment is the oblast's (scope belarus_oblast), not
  Russia–Belarus money (entities/oblasts.py, figures/scope.py);
- a production value told right after the sentence that dates the output takes its year,
  and told at the year's close it is the year's count, not an estimate (money/event_time.py,
  figures/mentions.py).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.figures.mentions import forecast_of
from analysis.figures.scope import mention_scope
from analysis.ingest.pubdates import infer_date
from analysis.money import describe

PUBLISHED = dt.date(2026, 3, 12)
BELARUSIAN_OUTLET = "Гродненская правда"  # named after a Belarusian oblast: counts in BYN


def facts(text: str, source: str | None = None, published: dt.date = PUBLISHED) -> list:
    return describe(SimpleNamespace(text=text, published=published, source=source, url=None))


def by_value(got: list, value: float):
    return next(f for f in got if f.amount.value == value)


# --- 1. Russia's money is in Russian rubles; «из …» opens a whole --------------------------

CREDIT = ("Кредит на модернизацию: освоено больше половины\n"
          "{sentence}\n")


def test_a_credit_russia_gave_is_in_russian_rubles_in_a_belarusian_outlet() -> None:
    got = facts(CREDIT.format(sentence=(
        "Из предоставленных Россией 80 млрд рублей государственного кредита на модернизацию "
        "белорусских заводов освоено уже 61 млрд рублей, сообщил министр финансов Беларуси.")),
        source=BELARUSIAN_OUTLET)
    whole, part = by_value(got, 80e9), by_value(got, 61e9)
    assert (whole.amount.currency, part.amount.currency) == ("RUB", "RUB")
    assert part.part_of == (whole.amount.start, whole.amount.end)


def test_russia_as_the_subject_of_giving_keeps_russian_rubles() -> None:
    got = facts(CREDIT.format(sentence=(
        "Российская сторона предоставит белорусским предприятиям ещё 20 млрд рублей на "
        "выпуск станков, сообщили в правительстве.")), source=BELARUSIAN_OUTLET)
    assert by_value(got, 20e9).amount.currency == "RUB"


def test_money_of_the_belarusian_budget_stays_belarusian_in_that_outlet() -> None:
    got = facts(CREDIT.format(sentence=(
        "Из выделенных облисполкомом 80 млн рублей на модернизацию ферм освоено 61 млн рублей, "
        "сообщили в управлении сельского хозяйства.")), source=BELARUSIAN_OUTLET)
    whole, part = by_value(got, 80e6), by_value(got, 61e6)
    assert (whole.amount.currency, part.amount.currency) == ("BYN", "BYN")
    assert part.part_of == (whole.amount.start, whole.amount.end)


def test_a_sum_after_a_clause_opening_iz_is_a_whole_and_the_next_sum_its_part() -> None:
    got = facts("Программа идёт по плану\n"
                "Из 2 млрд рублей, заложенных в программу на этот год, к июлю освоено "
                "1,4 млрд рублей.\n")
    whole, part = by_value(got, 2e9), by_value(got, 1.4e9)
    assert part.part_of == (whole.amount.start, whole.amount.end)


def test_two_sums_side_by_side_are_no_whole_and_part() -> None:
    got = facts("Бюджеты проектов\n"
                "На первую очередь завода направят 2 млрд рублей, на вторую — 1,4 млрд рублей.\n")
    assert by_value(got, 1.4e9).part_of is None


# --- 3. a verbless note of a year's figure dates the text after that year ------------------

@pytest.mark.parametrize("note", [
    "Экспорт Псковской области в Беларусь в 2023 г. — 95 млн долл.",
    "Товарооборот Курской области с Беларусью в 2023 году – 640 млн долларов.",
])
def test_a_verbless_note_of_a_years_figure_is_written_after_that_year(note: str) -> None:
    got = infer_date(f"Псков и Витебск обсудили логистику\n\n{note}\n", [], dt.date(2026, 12, 1))
    assert got.published is not None and got.published.year >= 2024


@pytest.mark.parametrize("plan", [
    "План на 2026 год — 5 млрд рублей.",
    "Программа обновления парка: в 2025 году — 5 млрд рублей, в 2026 году — 7 млрд рублей.",
])
def test_a_plan_or_a_schedule_told_after_a_dash_does_not_date_the_text_after_it(plan: str) -> None:
    got = infer_date(f"Инвестиционная программа\n\n{plan}\n", [], dt.date(2026, 12, 1))
    assert got.published is not None and got.published.year == 2026


# --- 4. a special economic zone named after its town --------------------------------------

def test_a_zone_named_after_its_town_names_its_region() -> None:
    got = facts("Новый резидент зоны\n"
                "Белорусский «Гомсельмаш» стал резидентом ОЭЗ «Калуга»: компания вложит "
                "900 млн рублей в сборочный цех.\n")
    assert by_value(got, 900e6).region == "Калужская область"


def test_a_firm_named_after_a_town_names_no_region() -> None:
    got = facts("Новый цех\n"
                "Компания «Кострома» вложит 900 млн рублей в новый цех.\n")
    assert by_value(got, 900e6).region is None


# --- 5. a Belarusian oblast's own money ----------------------------------------------------

HEADING = "Брестская область нарастила выпуск молочной продукции"


def test_an_oblasts_own_investment_is_the_oblasts() -> None:
    sentence = ("Инвестиции в основной капитал по области за девять месяцев составили "
                "1,4 млрд белорусских рублей.")
    assert mention_scope(None, "investment", sentence, HEADING) == "belarus_oblast"
    assert mention_scope(None, "investment", "Инвестиции в основной капитал Витебской области "
                         "выросли до 2 млрд рублей.", "Итоги года") == "belarus_oblast"


def test_an_oblasts_investment_in_russia_stays_cooperation_money() -> None:
    sentence = "Предприятия Брестской области вложили в проекты в России 40 млн долларов."
    assert mention_scope(None, "investment", sentence, HEADING) == "national"
    assert mention_scope("Смоленская область", "investment", sentence, HEADING) == "regional"


# --- 8. a production value takes the year of the output told just before ------------------

OUTPUT = ("В Курской области собрали 300 тракторов\n"
          "КУРСК, 29 декабря 2025. В Курской области в 2025 году собрано 300 тракторов «Беларус». "
          "Объём произведённой продукции составил 1,1 млрд рублей, сообщили в обладминистрации.\n")


def test_a_production_value_takes_the_year_of_the_output_told_before_it() -> None:
    value = by_value(facts(OUTPUT, published=dt.date(2025, 12, 29)), 1.1e9)
    assert (value.metric, value.year, value.year_source) == ("production", 2025, "stated")


def test_a_years_output_told_at_the_years_close_is_no_estimate() -> None:
    row = {"year": 2025, "published": dt.date(2025, 12, 29), "metric": "production",
           "period": None}
    assert forecast_of(row, False) is False
    assert forecast_of({**row, "published": dt.date(2025, 10, 1)}, False) is True
    assert forecast_of({**row, "metric": "trade_turnover"}, False) is True  # trade: an estimate
