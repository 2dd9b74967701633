"""Readings for the causes found in round 69's money dev part (session 45, walk69money). The
texts are written for this test in the style of such news.

- a clock time («03:40 — …», «11:15 — …») is no figure: a podcast's time codes and a live
  blog's entries neither make money of their minutes nor open a range with them;
- a bare «рублей» figure converted into named Belarusian rubles in a bracket after it is in
  Russian rubles, and so are the writer's bare rubles after it;
- a rate word inside a bracket that closes before a figure («(по курсу … за доллар)») makes
  no rate quote of the sum after the bracket;
- «О чём пойдёт речь» plans nothing; «цепочки поставок» deliver nothing; «фонд заработной
  платы» is wages, no fund's money;
- a deal document's date in digits («по контракту № 23 от 17.04.2017») dates its sum;
- «в саму Россию»: the preposition before «сам» is the place's;
- farms of a region in the dative after a verb of shipping receive the goods.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

from analysis.money import find_amounts


def test_time_codes_are_no_figures() -> None:
    text = ("Выпуск 12. О чём говорим:\n"
            "02:15 — Экспорт тракторов: $1,2 млрд за полгода\n"
            "14:50 — 80 млрд ₽ на кооперацию: кто получит деньги\n"
            "1:02:45 — Вопросы слушателей\n")
    surfaces = [a.surface for a in find_amounts(text)]
    assert surfaces == ["$1,2 млрд", "80 млрд ₽"]


def test_a_live_blogs_clock_opens_no_range(tmp_path: Path) -> None:
    text = ("Форум регионов: онлайн\n\n"
            "10:30 — Открытие пленарного заседания.\n"
            "11:05 — 6 млрд рублей направят на совместные проекты в машиностроении, заявил "
            "вице-премьер.\n")
    facts = facts_by_surface(tmp_path, text, published="2023-06-28")
    assert list(facts) == ["6 млрд рублей"]
    assert facts["6 млрд рублей"].amount.qualifier == "exact"


def test_a_clock_inside_a_figure_is_left_alone() -> None:
    # a year and a colon are no clock («В 2019:12 млн» as typed in a table's line)
    found = {a.surface: a.value for a in find_amounts("Итого за 2019:12 млн рублей.")}
    assert found == {"12 млн рублей": 12e6}


def test_rubles_converted_into_belarusian_ones_are_russian(tmp_path: Path) -> None:
    text = ("Банкротство дилера МТЗ: кто сколько требует\n\n"
            "Требования в реестре:\n"
            "– торговый дом МТЗ – 86,4 млн рублей, из них пени 4,1 млн (по курсу завод "
            "пересчитал долг в 8,7 млрд белорусских рублей);\n"
            "– банк – 120 млн рублей;\n"
            "– поставщики запчастей – 11,5 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2011-03-02")
    for surface in ("86,4 млн рублей", "4,1 млн", "120 млн рублей", "11,5 млн рублей"):
        assert facts[surface].amount.currency == "RUB", surface
    assert facts["8,7 млрд белорусских рублей"].amount.currency == "BYR"


def test_a_bracket_naming_another_belarusian_sum_converts_nothing(tmp_path: Path) -> None:
    # the bracket's Belarusian figure is no Russian rubles' worth of the one before it: the
    # rubles are read as before (a Belarusian plant's statement: Belarusian)
    text = ("Итоги года\n\n"
            "Выручка ОАО «Гомсельмаш» составила 1,2 млрд рублей (в пересчёте на экспорт в "
            "Россию — 640 млн белорусских рублей), сообщили в пресс-службе предприятия.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-02-01", url="https://gomselmash.by/news")
    assert facts["1,2 млрд рублей"].amount.currency == "BYN"


def test_a_rate_in_a_closed_bracket_quotes_nothing_after_it() -> None:
    text = ("В долларовом выражении (по среднему курсу 3,25 рубля за доллар) средняя зарплата "
            "в отрасли составила около 610 долларов.")
    found = {a.surface: a.currency for a in find_amounts(text)}
    assert found == {"около 610 долларов": "USD"}


def test_a_rate_before_its_quote_is_still_one() -> None:
    text = "Официальный курс доллара на 12 марта — 3,25 рубля."
    assert find_amounts(text) == []


def test_an_agendas_will_be_discussed_plans_nothing(tmp_path: Path) -> None:
    text = ("Анонс: встреча с экспортёрами\n\n"
            "О чём пойдёт речь\n"
            "• Лизинг белорусской техники. В прошлом году компания передала хозяйствам края "
            "машин на 2,3 млрд рублей.\n"
            "• Новый склад запчастей МТЗ стоимостью 180 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-04-02")
    assert not facts["2,3 млрд рублей"].forecast
    assert not facts["180 млн рублей"].forecast


def test_a_plan_after_the_agenda_is_still_a_plan(tmp_path: Path) -> None:
    text = ("Анонс: встреча с экспортёрами\n\n"
            "Гость расскажет о планах: в следующем году банк выдаст покупателям белорусской "
            "техники кредитов на 4 млрд рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-04-02")
    assert facts["4 млрд рублей"].forecast


def test_a_date_in_digits_dates_a_contract(tmp_path: Path) -> None:
    text = ("Обоснование цены\n\n"
            "Справочно: по договору № 7 от 21.09.2016 аналогичный погрузчик был поставлен "
            "за 2 640 000 руб.\n")
    facts = facts_by_surface(tmp_path, text, published="2019-02-11")
    assert facts["2 640 000 руб."].metric == "agreements"
    assert facts["2 640 000 руб."].year == 2016


def test_a_quotes_date_in_digits_dates_its_price(tmp_path: Path) -> None:
    text = ("Обоснование начальной цены\n\n"
            "Поставщик 1 | ООО «Техснаб», КП от 11.02.2021 вх. № 40 | 3 150 000,00 руб.\n")
    facts = facts_by_surface(tmp_path, text, published="2021-02-19")
    assert facts["3 150 000,00 руб."].year == 2021


def test_a_rulings_date_in_digits_dates_no_claim(tmp_path: Path) -> None:
    # a court's ruling admits a claim: its date is no deal's (round 60's reading)
    text = ("Сообщение управляющего\n\n"
            "Определением арбитражного суда от 14.09.2020 в реестр включено требование "
            "банка в размере 12 400 000 руб.\n")
    facts = facts_by_surface(tmp_path, text, published="2020-10-02")
    assert facts["12 400 000 руб."].year is None


def test_a_versions_number_is_no_date(tmp_path: Path) -> None:
    text = ("Программы для дилеров\n\n"
            "Лицензия на версию 1.2.2017 учётной программы стоит 4 500 рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2019-02-11")
    assert facts["4 500 рублей"].year is None


def test_an_intensifier_before_the_place_keeps_its_preposition(tmp_path: Path) -> None:
    text = ("Экспорт через порты\n\n"
            "В прошлом году через российские порты отправлено продукции на 3,1 млрд долларов "
            "(для сравнения, экспорт в саму Россию составил 19,8 млрд).\n")
    facts = facts_by_surface(tmp_path, text, published="2023-05-04")
    assert facts["19,8 млрд"].metric == "export"
    assert facts["19,8 млрд"].flow == "BY→RU"


def test_farms_of_a_region_in_the_dative_receive_the_goods(tmp_path: Path) -> None:
    text = ("Комбайны для соседей\n\n"
            "«Гомсельмаш» за девять месяцев поставил хозяйствам Смоленской области 52 комбайна "
            "на 940 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2022-10-14")
    assert facts["940 млн рублей"].flow == "BY→RU"
    assert facts["940 млн рублей"].region == "Смоленская область"


def test_supply_chains_in_a_title_are_no_delivery(tmp_path: Path) -> None:
    text = ("Семинар «Россия – Беларусь: новые цепочки поставок»\n\n"
            "Участие платное – 2 500 рублей, для членов союза бесплатно.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-02-06")
    assert facts["2 500 рублей"].metric == "other"


def test_a_wage_fund_is_no_fund_money(tmp_path: Path) -> None:
    text = ("О заработной плате в области\n\n"
            "Фонд заработной платы предприятий машиностроения за январь–июнь составил "
            "412,6 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2019-07-25")
    assert facts["412,6 млн рублей"].metric == "other"
