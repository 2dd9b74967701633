"""What a figure is, for the causes found in round 52's dev part (session 33, issue 10,
walk52money). The texts are written for this test in the style of such news.

- «Для сравнения: в 2017 году …» looks back from the figure in focus: a figure after
  it with no year of its own («за год») is of the year in focus, not of the comparison.
- a spaced dash closes a noun phrase as a comma does: «Цех по выпуску кабин – инвестиции в
  него …» is the investment, not the output; a dash inside a name («трасса Брянск —
  Орёл») closes nothing.
- the security of a contract's performance («обеспечение исполнения контракта») is money a
  supplier deposits, not the contract's value.
- deliveries for a named buyer from a Russian region («поставки узлов для МАЗа из
  Татарстана») are the region's export.
- the sum a currency swap's base buys («за сто российских рублей дают 3,3 рубля
  белорусских») is a rate, no amount; a price «за тонну» stays money.
- a financing agreement signed («заключила соглашение о финансировании …») is a one-off
  sum: no year from the lead.
- a country's adjective after the ruble closing the phrase («2,3 млн рублей российских, …»)
  names the currency.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

from analysis.money import find_amounts


def test_a_comparison_sentence_does_not_move_the_year_in_focus(tmp_path: Path) -> None:
    text = ("Торговля с соседями\n\n"
            "– Каким был для области прошлый год?\n"
            "– Удачным. Товарооборот края с Беларусью вырос на 12% и составил 214 млн долларов. "
            "Для сравнения: в 2020 году оборот составил 180 млн. А вся Россия наторговала с "
            "республикой за год на 38,5 млрд долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2022-02-10")
    assert got["180 млн"].year == 2020
    assert got["38,5 млрд долларов"].year == 2021


def test_a_dash_closes_the_noun_phrase_before_the_money_word(tmp_path: Path) -> None:
    text = ("Новый цех в Орле\n\n"
            "Совместный цех по выпуску кабин для тягачей – инвестиции в него оцениваются в "
            "900 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-06-01")
    assert got["900 млн рублей"].metric == "investment"


def test_a_dash_inside_a_place_name_closes_nothing(tmp_path: Path) -> None:
    text = ("Дороги области\n\n"
            "Контракт на ремонт участка трассы Брянск — Орёл стоимостью 2,4 млрд рублей "
            "заключён с подрядчиком из Минска.\n")
    got = facts_by_surface(tmp_path, text, published="2023-04-12")
    assert got["2,4 млрд рублей"].metric == "agreements"


def test_a_contract_security_is_no_contract_value(tmp_path: Path) -> None:
    text = ("Город купит троллейбусы\n\n"
            "Объявлен аукцион на поставку десяти троллейбусов. Обеспечение исполнения "
            "контракта – 5%, или 9 450 000 руб.\n")
    got = facts_by_surface(tmp_path, text, published="2024-02-01")
    assert got["9 450 000 руб."].metric == "other"


def test_deliveries_from_a_russian_region_for_a_named_buyer_are_its_export(
        tmp_path: Path) -> None:
    text = ("Кооперация с Минском\n\n"
            "По данным министерства, поставки узлов для МАЗа из Нижегородской области в "
            "прошлом году составили 2,1 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2019-03-05")
    assert got["2,1 млрд рублей"].metric == "export"


def test_what_a_currency_swap_base_buys_is_a_rate() -> None:
    swap = "Сейчас за сто российских рублей дают 3,4 рубля белорусских, и это удобно."
    assert find_amounts(swap) == []
    price = "За тонну молока хозяйствам платят 30 тыс. рублей."
    assert [a.surface for a in find_amounts(price)] == ["30 тыс. рублей"]


def test_a_financing_agreement_takes_no_year_from_the_lead(tmp_path: Path) -> None:
    text = ("Сыр идёт на восток\n\n"
            "В январе–июне этого года экспорт сыров в Россию вырос до 600 млн долларов.\n\n"
            "Крупная торговая сеть заключила с поставщиками из Гродно соглашение о "
            "финансировании закупок на 5 млрд российских рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2023-07-20")
    assert got["600 млн долларов"].year == 2023
    assert got["5 млрд российских рублей"].year is None


def test_the_rubles_country_may_follow_the_ruble() -> None:
    russian = find_amounts("Трактор у дилера в Тверской области стоит 3,1 млн рублей российских, "
                           "сообщили на заводе.")
    assert [(a.surface, a.currency) for a in russian] == [("3,1 млн рублей российских", "RUB")]
    belarusian = find_amounts("Премия составила 1,2 тыс. рублей белорусских.")
    assert [(a.surface, a.currency) for a in belarusian] == [("1,2 тыс. рублей белорусских", "BYN")]
    goods = find_amounts("Закупили на 40 млн рублей белорусских товаров.")
    assert [(a.surface, a.currency) for a in goods] == [("40 млн рублей", "RUB")]


def test_money_paid_by_a_deadline_next_year_has_no_year_nor_period(tmp_path: Path) -> None:
    text = ("Банк открыл заводу кредитную линию\n\n"
            "Банк открыл заводу кредитную линию на 40 млн евро. Первые 10 млн евро уже "
            "перечислены, остальные 30 млн евро будут выданы до конца первого квартала "
            "следующего года.\n\n"
            "Вложения в новый цех до конца следующего года должны дойти до 5 млн евро.\n")
    got = facts_by_surface(tmp_path, text, published="2019-10-02")
    assert (got["30 млн евро"].year, got["30 млн евро"].period) == (None, None)
    assert got["до 5 млн евро"].year == 2020


def test_the_text_under_a_table_goes_on_in_the_table_unit(tmp_path: Path) -> None:
    text = ("Экспорт области в цифрах\n\n"
            "ЭКСПОРТ ОБЛАСТИ В БЕЛАРУСЬ, млн долл. США\n"
            "2021 | 410,5\n"
            "2022 | 455,0\n"
            "2023 | 498,2\n\n"
            "Как видно из таблицы, рост идёт третий год подряд. Поставки машин в 2023 году – "
            "211,4 млн, продовольствия – 96,3 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2024-03-01")
    assert got["211,4 млн"].amount.currency == "USD"
    assert got["96,3 млн"].amount.currency == "USD"


def test_figures_opened_by_respectively_pair_with_the_figures_before(tmp_path: Path) -> None:
    text = ("Торговля области с Беларусью\n\n"
            "Экспорт области в Беларусь в 2022 году – 310 млн долларов, импорт из Беларуси – "
            "540 млн долларов; в 2023 году – соответственно 350 млн и 580 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2024-02-15")
    assert got["350 млн"].metric == "export"
    assert got["580 млн долларов"].metric == "import"


def test_money_set_in_a_draft_is_no_investment_project(tmp_path: Path) -> None:
    text = ("Бюджет на будущий год\n\n"
            "Совет министров одобрил проект бюджета на 2027 год. На содержание аппарата в 2027 "
            "году предусмотрено 400 млн рублей. Отдельной строкой в проекте заложено 90 млн "
            "рублей на программу развития станкостроения.\n")
    got = facts_by_surface(tmp_path, text, published="2026-11-20")
    assert got["90 млн рублей"].metric == "financing"
