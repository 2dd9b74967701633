"""What a figure is, for the causes found in round 55's money dev part (session 35, issue 10,
walk55money). The texts are written for this test in the style of such news.

- series lines under a heading that gives the unit («Экспорт: 2021 — 640,2; 2022 — 701,9.»
  under «… (млн долларов США)») are a table: each number is money of its year and line's
  measure; «торговля товарами с Россией» names the partner, so exports go into Russia.
- an average cost of goods is a price (`other`); the average cost of a work is not.
- a country named in a clause set against a purchase that names its own buyer is not the
  buyer; «Беларусь продала …, а купила на …» shares its subject and stays an import.
- under a headline naming the Union State's budget, its revenue told alone is the budget's.
- «меньше рекорда 2024-го» is a base; read in February, the figure is the year just ended's.
- «Для сравнения: российским потребителям … обходится в … рублей» on a Belarusian site is
  in Russian rubles.
- an economic effect is `other`.
- «за этот период» after a sentence that names a period takes that period, not the month of
  a figure told before it.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_series_lines_under_a_unit_heading_are_a_table(tmp_path: Path) -> None:
    text = ("Торговля с Россией в цифрах\n\n"
            "ВНЕШНЯЯ ТОРГОВЛЯ ТОВАРАМИ С РОССИЕЙ (млн долларов США)\n"
            "Товарооборот: 2021 — 1 210,5; 2022 — 1 344,0.\n"
            "Экспорт: 2021 — 640,2; 2022 — 701,9.\n"
            "Импорт: 2021 — 570,3; 2022 — 642,1.\n")
    got = facts_by_surface(tmp_path, text, published="2023-03-01", source="Витебские вести",
                           url="https://vitvesti.example.by/2023/03/torgovlya")
    turnover = got["1 210,5"]
    assert turnover.amount.value == 1_210_500_000 and turnover.amount.currency == "USD"
    assert (turnover.metric, turnover.year) == ("trade_turnover", 2021)
    export = got["701,9"]
    assert (export.metric, export.year, export.flow) == ("export", 2022, "BY→RU")
    assert got["570,3"].flow == "RU→BY"


def test_series_lines_without_a_unit_are_no_money(tmp_path: Path) -> None:
    text = ("Поголовье скота\n\n"
            "ПОГОЛОВЬЕ КРУПНОГО РОГАТОГО СКОТА (тыс. голов)\n"
            "Могилёвская область: 2021 — 610,2; 2022 — 598,4.\n"
            "Гомельская область: 2021 — 702,5; 2022 — 690,1.\n")
    got = facts_by_surface(tmp_path, text, published="2023-03-01")
    assert "610,2" not in got and "690,1" not in got


def test_an_average_cost_of_goods_is_a_price(tmp_path: Path) -> None:
    text = ("Итоги работы таможни\n\n"
            "За полугодие в область ввезено белорусских товаров на 210 млн долларов. Средняя "
            "таможенная стоимость ввезённого погрузчика составила 2,4 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-07-20")
    assert got["2,4 млн рублей"].metric == "other"
    assert got["2,4 млн рублей"].year is None


def test_an_average_cost_of_a_work_is_no_price(tmp_path: Path) -> None:
    text = ("Сеть расширяется\n\n"
            "Компания откроет в этом году ещё 20 магазинов. Средняя стоимость открытия одного "
            "магазина — 12 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-07-20")
    assert got["12 млн рублей"].metric != "other"


def test_a_country_in_the_clause_set_against_is_not_the_buyer(tmp_path: Path) -> None:
    text = ("Молочный рынок\n\n"
            "Беларусь поставляет в Россию молочной продукции больше чем на 2 млрд долларов в "
            "год, а только петербургские сети закупают её примерно на 9 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-05-12")
    assert got["9 млрд рублей"].metric == "other"


def test_a_purchase_sharing_its_subject_stays_the_country_import(tmp_path: Path) -> None:
    text = ("Торговый баланс\n\n"
            "В прошлом году Беларусь продала в Россию товаров на 15,1 млрд долларов, а купила "
            "на 21,4 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2021-05-12")
    assert got["21,4 млрд"].metric == "import"


def test_a_revenue_under_a_union_budget_headline_is_the_budget(tmp_path: Path) -> None:
    text = ("Принят бюджет Союзного государства на 2026 год\n\n"
            "Совет министров утвердил главный финансовый документ на заседании в Минске.\n\n"
            "Неналоговые доходы оцениваются в 20 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2025-12-18")
    assert got["20 млн рублей"].metric == "financing"


def test_a_record_year_is_a_base_and_february_reads_the_year_ended(tmp_path: Path) -> None:
    text = ("Интервью торгпреда\n\n"
            "— Как сложился год?\n\n"
            "— Товарооборот в 2025 году составил около 50 млрд долларов. Это чуть ниже рекорда "
            "2024-го, но вместе с услугами мы вышли на 54 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2026-02-10")
    assert got["54 млрд"].year == 2025


def test_russian_buyers_after_an_aside_pay_in_russian_rubles(tmp_path: Path) -> None:
    text = ("Азот без переплат\n\n"
            "Экспорт карбамида в Россию за полугодие вырос до 40 млн долларов. Для сравнения: "
            "российским аграриям Брянской области тонна удобрения обходится примерно в 31 тыс. "
            "рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-08-01", source="Гомельские вести",
                           url="https://gomel-vesti.example.by/2022/08/azot")
    assert got["31 тыс. рублей"].amount.currency == "RUB"


def test_an_economic_effect_is_other(tmp_path: Path) -> None:
    text = ("Итоги научной программы\n\n"
            "Внедрение новых сплавов на заводах двух стран уже дало экономический эффект около "
            "300 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2020-04-03")
    assert got["около 300 млн рублей"].metric == "other"


def test_this_period_after_a_sentence_naming_a_period(tmp_path: Path) -> None:
    text = ("Заводу открыли кредит\n\n"
            "Первый транш, 100 млн долларов, завод получил в марте, оставшиеся 80 млн будут "
            "выбраны до конца года.\n\n"
            "Белорусские заводы в январе–сентябре 2019 года получили из России 12 млн тонн "
            "сырья. Экспорт их продукции в Россию за этот период составил 500 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2019-10-20")
    fact = got["500 млн долларов"]
    assert (fact.year, fact.period) == (2019, "январь–сентябрь")


def test_a_credit_keeps_no_time_of_a_question_on_plans(tmp_path: Path) -> None:
    text = ("Посол: торговля растёт\n\n"
            "— А планы на текущий год?\n\n"
            "— Рассчитываем на рост поставок. Ждём и решения по государственному кредиту: первая "
            "часть, 20 млрд рублей, уже освоена, обсуждается вторая — до 25 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2024-02-05")
    assert got["20 млрд рублей"].metric == "credit"
    assert got["20 млрд рублей"].year is None


def test_the_first_year_of_a_span(tmp_path: Path) -> None:
    text = ("Новая союзная программа\n\n"
            "На 2022–2025 годы на программу предусмотрено 900 млн рублей, из них в первый год — "
            "150 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2021-12-10")
    assert got["150 млн"].year == 2022
