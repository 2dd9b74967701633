"""Money read as a person reads it (session 21, a new user's texts; own sentences of the same
shape):

- a project's cost at a Russian site is in Russian rubles even in a Belarusian plant head's
  interview that names Belarusian rubles elsewhere, and takes the site's region from the
  paragraph (money/russian_spend.py, money/region.py);
- a figure recalled as earlier news («Напомним, ранее …») with no year of its own is of no
  publication year (money/recalled.py).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe

PUBLISHED = dt.date(2026, 5, 20)


def facts(text: str, source: str | None = None) -> list:
    return describe(SimpleNamespace(text=text, published=PUBLISHED, source=source, url=None))


INTERVIEW = ("Директор «Бобруйскагромаша»: «Российский рынок для нас главный»\n"
             "Генеральный директор ОАО «Бобруйскагромаш» рассказал нашему изданию о работе.\n"
             "— Как прошёл год?\n"
             "— Чистая прибыль — 12 млн белорусских рублей, кредит взяли на 900 млн "
             "российских рублей.\n"
             "— Что нового в России?\n"
             "— {site} Первые машины выйдут в четвёртом квартале. {cost}\n")
AT_A_RUSSIAN_SITE = "Вместе с «Ростсельмашем» мы открываем в Азове линию по сборке пресс-подборщиков."
IN_BELARUS = "Вместе с «Ростсельмашем» мы открываем в Бобруйске линию по сборке пресс-подборщиков."


def test_a_projects_cost_at_a_russian_site_is_in_russian_rubles_and_takes_its_region() -> None:
    got = facts(INTERVIEW.format(site=AT_A_RUSSIAN_SITE,
                                 cost="Стоимость проекта — около 800 млн рублей."))
    cost = next(f for f in got if f.amount.value == 800e6)
    assert (cost.amount.currency, cost.metric, cost.region) == (
        "RUB", "investment", "Ростовская область")


def test_a_projects_cost_in_belarus_keeps_the_interviews_rubles() -> None:
    got = facts(INTERVIEW.format(site=IN_BELARUS,
                                 cost="Стоимость проекта — около 80 млн рублей."))
    assert next(f for f in got if f.amount.value == 80e6).amount.currency == "BYN"


def test_the_speakers_own_money_at_a_russian_site_stays_belarusian() -> None:
    got = facts(INTERVIEW.format(site=AT_A_RUSSIAN_SITE,
                                 cost="Объём инвестиций — 30 млн рублей, их мы вложим сами."))
    assert next(f for f in got if f.amount.value == 30e6).amount.currency == "BYN"


RECALL = ("Банки поддержат кооперацию\n"
          "ВЭБ.РФ и Банк развития Республики Беларусь подписали соглашение о кредите на 9 млрд "
          "рублей для совместных проектов.\n"
          "{recall}\n")


def test_a_recalled_credit_has_no_year_and_says_it_is_earlier_news() -> None:
    got = facts(RECALL.format(recall="Напомним, ранее Россия выделила Беларуси "
                                     "государственный кредит на 60 млрд рублей."))
    old = next(f for f in got if f.amount.value == 60e9)
    assert (old.year, old.year_source) == (None, "earlier")
    new = next(f for f in got if f.amount.value == 9e9)
    assert new.year_source != "earlier"


def test_a_recalled_figure_with_a_year_keeps_it() -> None:
    got = facts(RECALL.format(recall="Напомним, в 2024 году Россия выделила Беларуси "
                                     "государственный кредит на 60 млрд рублей."))
    old = next(f for f in got if f.amount.value == 60e9)
    assert (old.year, old.year_source) == (2024, "stated")
