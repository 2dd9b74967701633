"""Walk40money (issue 10): round 40's missed amounts as classes — a report heading that ends
with the unit over a line of «label — number» items, a price «на торгах» at an auction (no
exchange rate), a bare figure named by a money noun («1,1 млн неустойки»), a bare thousands
figure closing a clause beside a money figure of the same scale. The sentences are written for
these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import make_article

from analysis.money import describe, find_amounts


def _found(text: str) -> dict[str, object]:
    return {a.surface: a for a in find_amounts(text)}


def _facts(text: str, published: date = date(2024, 5, 20)) -> dict[str, object]:
    return {f.amount.surface: f for f in describe(make_article("a", text, published))}


REPORT = (
    "Годовой отчёт АО «Тверской приборный завод» за 2023 год\n\n"
    "2.4. Распределённая экономическая стоимость, млн руб.\n"
    "Выручка — 5 120; оплата труда — 960; налоговые платежи — 310.\n\n"
    "2.5. Закупки. У белорусских поставщиков приобретено комплектующих на 140 млн рублей.\n"
)


def test_a_heading_that_ends_with_the_unit_gives_it_to_the_items_below():
    facts = _facts(REPORT)
    assert facts["5 120"].amount.value == 5.12e9
    assert facts["5 120"].amount.currency == "RUB"
    assert facts["310"].amount.value == 3.1e8


def test_a_heading_with_a_unit_and_no_items_below_makes_no_table():
    text = REPORT.replace("Выручка — 5 120; оплата труда — 960; налоговые платежи — 310.",
                          "Выручка выросла на 12%, а число сотрудников — до 960.")
    assert "960" not in _found(text)


def test_a_price_at_an_auction_is_money_not_an_exchange_rate():
    text = "На весенних торгах в Пушкине средняя цена соболя на торгах составила 310 долларов."
    assert _found(text)["310 долларов"].currency == "USD"


def test_a_currency_at_an_exchange_session_stays_a_rate():
    assert _found("На утренних торгах доллар стоил 91,7 рубля.") == {}


def test_a_bare_figure_named_by_a_money_noun_is_money():
    text = "Суд обязал покупателя выплатить 8,2 млн рублей долга и 0,9 млн штрафа."
    assert _found(text)["0,9 млн"].currency == "RUB"


def test_a_thousands_figure_closing_its_clause_takes_the_currency_of_the_list():
    text = ("Грант победителю составил 200 тысяч рублей, за второе место вручили 90 тысяч, "
            "за третье — 40 тысяч.")
    found = _found(text)
    assert found["90 тысяч"].currency == "RUB"
    assert found["40 тысяч"].currency == "RUB"


def test_a_thousands_count_in_the_next_sentence_stays_a_count():
    text = "Грант победителю составил 200 тысяч рублей. На фестиваль пришли 90 тысяч."
    assert "90 тысяч" not in _found(text)


INTERVIEW = (
    "Директор «Волжского подшипника»: Беларусь — наш главный рынок\n\n"
    "— Какая доля Беларуси в ваших продажах?\n\n"
    "— В прошлом году мы отгрузили белорусским заводам подшипников на 86 млн рублей.\n\n"
    "— Расчёты ведутся в белорусских рублях?\n\n"
    "— Нет, в российских. Курс нас не волнует.\n"
)


def test_a_question_about_belarusian_rubles_states_no_currency():
    facts = _facts(INTERVIEW.replace("— Нет, в российских. Курс нас не волнует.\n", ""))
    assert facts["86 млн рублей"].amount.currency == "RUB"


def test_an_answer_that_names_russian_rubles_keeps_a_belarusian_sites_sums_russian():
    article = replace(make_article("a", INTERVIEW, date(2024, 5, 20)),
                      url="https://www.belta.by/economics/view/podshipniki-123.html")
    facts = {f.amount.surface: f for f in describe(article)}
    assert facts["86 млн рублей"].amount.currency == "RUB"


def test_a_growth_from_one_years_figure_to_anothers_dates_each_by_its_own_year():
    text = ("Обзор\nЭкспорт молочной продукции вырос с 1,2 млрд долларов в 2003 году до "
            "2,9 млрд в 2009 году.\n")
    facts = _facts(text, date(2010, 3, 1))
    assert facts["1,2 млрд долларов"].year == 2003
    assert facts["до 2,9 млрд"].year == 2009


def test_a_year_alone_in_brackets_dates_the_figure_before_it():
    text = ("Обзор\nПоставки росли и дальше: 3,1 млрд долларов (2006), 3,8 млрд (2007), "
            "4,4 млрд (2008).\n")
    facts = _facts(text, date(2010, 3, 1))
    assert [facts[s].year for s in ("3,1 млрд долларов", "3,8 млрд", "4,4 млрд")] == [
        2006, 2007, 2008]


def test_shipments_into_the_republic_named_by_a_noun_are_export():
    text = ("Заголовок\nПермский завод поставляет белорусским машиностроителям подшипники. "
            "Для сравнения, в 2019 году отгрузки в республику составляли 75 млн рублей.\n")
    assert _facts(text, date(2021, 4, 1))["75 млн рублей"].metric == "export"


def test_shipments_with_no_destination_stay_output():
    text = "Заголовок\nВ 2019 году отгрузки продукции составляли 75 млн рублей.\n"
    assert _facts(text, date(2021, 4, 1))["75 млн рублей"].metric == "production"


def test_this_period_refers_to_the_figure_in_focus_not_its_comparison_base():
    text = ("Заголовок\nПоставки лифтов из России в Беларусь за январь–июнь составили "
            "3,4 млрд рублей против 2,2 млрд рублей за тот же период 2023 года.\n\n"
            "Крупнейший поставщик — Щербинский завод: за этот период он отгрузил белорусским "
            "заказчикам 140 лифтов на сумму 1,3 млрд рублей.\n")
    facts = _facts(text, date(2024, 8, 1))
    assert (facts["1,3 млрд рублей"].year, facts["1,3 млрд рублей"].period) == (2024, "январь–июнь")


def test_the_current_price_is_of_the_publication_year():
    text = "Заголовок\nАналитики сохранили целевую цену бумаг (текущая цена — 48,2 руб.).\n"
    assert _facts(text, date(2019, 3, 4))["48,2 руб."].year == 2019


def test_one_more_part_told_with_yeshche_shares_the_plan_of_the_sum_before():
    text = ("Заголовок\nВ следующем квартале на новую сушильную камеру направят 4 млн рублей "
            "своих средств, ещё 6 млн рублей — заём областного фонда.\n")
    assert _facts(text, date(2022, 2, 1))["6 млн рублей"].forecast
