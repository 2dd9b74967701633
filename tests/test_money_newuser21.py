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


def test_this_measure_points_back_past_a_sentence_with_no_figure() -> None:
    text = ("Губернатор Курганской области встретился с послом\n"
            "Стороны обсудили поставки техники.\n"
            "Товарооборот Курганской области с Республикой Беларусь в прошлом году составил "
            "140 млн долларов. В структуре поставок из Беларуси преобладают тракторы и молоко. "
            "В этом году, по оценке областного правительства, этот показатель может вырасти "
            "до 160 млн долларов.\n")
    got = {f.amount.value: f for f in facts(text)}
    target = got[160e6]
    assert (target.metric, target.flow, target.region, target.year, target.forecast) == (
        "trade_turnover", None, "Курганская область", 2026, True)


def test_a_firms_sales_target_in_russia_is_its_own_not_a_regions() -> None:
    text = ("«Бобруйскагромаш» расширяет сеть\n"
            "Белорусский производитель прицепов «Бобруйскагромаш» продолжает работу в России.\n"
            "В этом году «Бобруйскагромаш» планирует открыть ещё два склада — в Омской и "
            "Томской областях — и довести продажи в России до 4 млрд рублей.\n")
    [target] = facts(text)
    assert (target.metric, target.region, target.flow, target.goods, target.forecast) == (
        "export", None, "BY→RU", "продукция «Бобруйскагромаш»", True)


def test_a_firm_heads_reply_goes_on_in_the_firms_voice() -> None:
    text = ("Директор «Бобруйскагромаша»: «Российский рынок для нас главный»\n"
            "Генеральный директор ОАО «Бобруйскагромаш» рассказал нашему изданию о работе.\n"
            "— Как прошёл год?\n"
            "— Непросто, но мы его закрыли с прибылью. Экспорт составил 96 млн долларов, "
            "больше половины — в Россию.\n")
    [export] = facts(text)
    assert (export.metric, export.goods) == ("export", "продукция «Бобруйскагромаш»")


def test_a_makers_kind_of_goods_names_the_maker() -> None:
    text = ("Прицепы из Бобруйска\n"
            "Продажи техники «Бобруйскагромаш» в России за год составили 3,1 млрд "
            "российских рублей.\n")
    [sales] = facts(text)
    assert (sales.metric, sales.goods, sales.flow) == (
        "export", "техника «Бобруйскагромаш»", "BY→RU")


def test_a_lessors_deals_with_lessees_are_its_financing() -> None:
    text = ("Лизинг набирает обороты\n"
            "Компания «Агролизинг-Запад» в прошлом году передала российским фермерам техники "
            "на 40 млн долларов. В 2027 году, по прогнозу компании, объём сделок с российскими "
            "лизингополучателями может достичь 70 млн долларов.\n")
    got = {f.amount.value: f for f in facts(text)}
    assert (got[40e6].metric, got[70e6].metric, got[70e6].year, got[70e6].forecast) == (
        "financing", "financing", 2027, True)


def test_two_regions_named_together_are_neither_figures_own() -> None:
    text = ("Прицепы для российских хозяйств\n"
            "ОАО «Бобруйскагромаш» в январе–июне отгрузило в Псковскую и Новгородскую области "
            "прицепов на $4,1 млн. Товарооборот Псковской области с Беларусью составил "
            "$310 млн.\n")
    assert [(f.amount.surface, f.region) for f in facts(text)] == [
        ("$4,1 млн", None), ("$310 млн", "Псковская область")]


def test_goods_into_the_region_take_its_region_past_a_national_total() -> None:
    text = ("Псковщина и Беларусь\n"
            "Для Псковщины белорусские товары давно привычны. Товарооборот области с Беларусью "
            "в 2025 году составил 480 млн долларов, а в целом товарооборот России и Беларуси "
            "вырос до 50 млрд долларов. Экспорт белорусских товаров в регион при этом превысил "
            "300 млн долларов.\n")
    got = [(f.amount.surface, f.region) for f in facts(text)]
    assert got[-1] == ("превысил 300 млн долларов", "Псковская область")


def test_a_lessees_contract_told_right_after_it_took_machines_in_lease_is_other() -> None:
    text = ("Водоканал обновляет технику\n"
            "Для ремонта сетей водоканал получил в лизинг три белорусских экскаватора. "
            "Стоимость договора лизинга — 19 млн рублей.\n")
    [contract] = facts(text)
    assert contract.metric == "other"
