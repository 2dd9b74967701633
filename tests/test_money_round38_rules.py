"""Readings general enough to carry from round 38's dev part to news at large: goods sent or
sold into a place, a company's money sent on building or developing, a bond issue named with
its issuer. Texts written for this test."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe
from analysis.money.fact_record import Fact


def facts(text: str, published: dt.date = dt.date(2024, 4, 20)) -> list[Fact]:
    return describe(SimpleNamespace(text=text, published=published))


def test_goods_sent_into_a_named_region_are_an_export() -> None:
    text = ("Молочный комбинат из Глубокого с января отправил в Псковскую область творога на "
            "86 тыс. рублей.")
    assert facts(text)[0].metric == "export"


def test_goods_sold_abroad_are_an_export() -> None:
    text = "За полгода сельхозпредприятие реализовало за рубеж племенных коров на 420 тыс. долларов."
    assert facts(text)[0].metric == "export"


def test_sold_goods_with_no_destination_stay_sales() -> None:
    text = "За полгода холдинг реализовал продукции на 1,3 млрд рублей."
    assert facts(text)[0].metric == "other"


def test_a_word_after_a_dative_preposition_is_no_buyer() -> None:
    text = ("В прошлом году страна отправила через порты соседей около 5 млн тонн угля, "
            "заплатив за перевалку, по разным подсчётам, около $90 млн.")
    assert facts(text)[0].metric != "export"


def test_money_a_company_sends_on_building_or_developing_is_its_investment() -> None:
    text = ("В 2023 году дочерняя компания направила на освоение новых месторождений "
            "3,2 млрд рублей. Агрохолдинг направит 420 млн рублей на строительство элеватора.")
    assert [f.metric for f in facts(text)] == ["investment", "investment"]


def test_money_a_public_body_sends_on_building_stays_financing() -> None:
    text = "На строительство технопарка область в этом году направит 900 млн рублей."
    assert facts(text)[0].metric == "financing"


def test_an_issue_named_with_its_issuer_is_a_bond_issue() -> None:
    text = ("Заёмщики из республики активно выходят на биржу.\n"
            "Самым крупным стал пятилетний выпуск ОАО «Промбанк» объёмом 12 млрд рублей, "
            "размещённый в марте. До конца года компания планирует разместить ещё три выпуска "
            "общим объёмом до 9 млрд рублей.")
    assert [f.metric for f in facts(text)] == ["credit", "credit"]


def test_one_more_sum_after_a_money_figure_keeps_its_currency() -> None:
    from analysis.money import find_amounts
    text = ("На ремонт клуба совхоз потратил 320 тыс. рублей своих денег, ещё 90 тыс. "
            "добавил район.")
    assert [(a.surface, a.currency) for a in find_amounts(text)][-1] == ("90 тыс", "RUB")


def test_a_part_named_after_its_figure_keeps_the_total_currency() -> None:
    from analysis.money import find_amounts
    text = "Новый склад обойдётся в 2,4 млн рублей; 800 тыс. из них даст банк."
    assert [a.currency for a in find_amounts(text)] == ["RUB", "RUB"]


def test_a_counted_thing_after_more_stays_no_money() -> None:
    from analysis.money import find_amounts
    text = "Совхоз потратил 320 тыс. рублей, ещё 90 тыс. саженцев закупит весной."
    assert len(find_amounts(text)) == 1


def test_a_compared_figure_of_the_same_order_takes_the_currency_and_the_measure() -> None:
    from analysis.money import find_amounts
    text = ("Один комплект мебели обходится школе в 18.700 рублей, китайский аналог – "
            "около 31 тыс.")
    assert [a.currency for a in find_amounts(text)] == ["RUB", "RUB"]
    assert [f.metric for f in facts(text)] == ["other", "other"]


def _currencies(text: str, published: dt.date) -> dict[str, str]:
    from conftest import make_article
    return {f.amount.surface: f.amount.currency
            for f in describe(make_article("r38", text, published))}


def test_a_conversion_into_dollars_tells_old_belarusian_rubles() -> None:
    text = ("Сахарный комбинат обновил склад\n"
            "В новый склад сахарный комбинат из Слуцка вложил 43 млрд рублей. В долларах это "
            "около 5 миллионов, сказал директор.")
    got = _currencies(text, dt.date(2012, 3, 1))
    assert got["43 млрд рублей"] == "BYR"


def test_a_conversion_into_dollars_keeps_russian_rubles_russian() -> None:
    text = ("Белорусский завод получил заём\n"
            "Белорусский завод из Лиды получил в российском банке 1,2 млрд рублей, или около "
            "19 млн долларов. Из республиканского бюджета выделено ещё 300 млн рублей.")
    got = _currencies(text, dt.date(2019, 3, 1))
    assert got["1,2 млрд рублей"] == "RUB"


def test_bare_rubles_converted_into_belarusian_ones_lend_them_nothing() -> None:
    text = ("Контракт на счётчики\n"
            "Петербургский завод подписал с белорусским водоканалом контракт на 84 млн рублей. "
            "В пересчёте по курсу это около 3 млн белорусских рублей. Наладка оценена в "
            "6 млн рублей и входит в цену.")
    got = _currencies(text, dt.date(2025, 3, 1))
    assert got["6 млн рублей"] == "RUB"


def test_a_currency_opening_the_sentence_names_its_figure_further_on() -> None:
    text = ("Стекольный завод\n"
            "«В белорусских рублях валютная выручка нашего завода за девять месяцев выросла "
            "почти втрое – до 64 млрд», – сказал директор.")
    got = _currencies(text, dt.date(2011, 11, 1))
    assert got["64 млрд"] == "BYR"


def test_a_deals_term_is_no_time_of_its_value() -> None:
    text = ("В марте завод подписал с минским дистрибутором договор на 45 млн рублей сроком на "
            "три года.")
    fact = facts(text)[0]
    assert (fact.year, fact.period) == (None, None)


def test_last_years_adjective_dates_a_result() -> None:
    text = "Прошлогодний результат хозяйства – 520 тыс. рублей – будет превышен уже к осени."
    assert facts(text, dt.date(2019, 6, 1))[0].year == 2018


def test_last_years_adjective_before_another_noun_dates_nothing() -> None:
    text = "Прошлогодний победитель конкурса, завод из Орши, подписал контракты на 12 млн долларов."
    assert facts(text, dt.date(2019, 6, 1))[0].year is None


def test_a_total_opening_its_sentence_with_no_market_goes_everywhere() -> None:
    from conftest import make_article
    text = ("Ягоды из Карелии\n"
            "Предприятия Карелии за полгода экспортировали в Белоруссию замороженных ягод на "
            "$3,1 млн. Всего экспорт ягод и грибов из республики за этот период составил "
            "$17,4 млн.")
    got = {f.amount.surface: f.flow for f in describe(make_article("r38", text,
                                                                     dt.date(2021, 8, 1)))}
    assert got["$3,1 млн"] == "RU→BY"
    assert got["$17,4 млн"] == "other"


def test_a_lists_total_keeps_its_items_market() -> None:
    from conftest import make_article
    text = ("Поставки в Россию по кварталам\n"
            "Экспорт комбината в Россию, млн долларов:\n"
            "I квартал — 12,1\nII квартал — 14,3\n"
            "Всего за полугодие — 26,4 млн долларов.")
    got = [f.flow for f in describe(make_article("r38", text, dt.date(2021, 8, 1)))]
    assert "other" not in got


def test_remittances_are_other_after_a_section_on_investment() -> None:
    text = ("Приток прямых инвестиций из России за полугодие составил 210 млн долларов.\n"
            "Денежные переводы граждан из России за тот же период составили 96 млн долларов.")
    assert [f.metric for f in facts(text)] == ["investment", "other"]


def test_a_belarusian_speakers_price_in_russia_is_in_russian_rubles() -> None:
    from conftest import make_article
    text = ("Директор «Витязя»: «Россияне покупают наши телевизоры»\n"
            "Генеральный директор витебского завода «Витязь» рассказал журналу о работе в "
            "России.\n"
            "— Какая выручка у завода в белорусских рублях?\n"
            "— За прошлый год – 96 млн рублей.\n"
            "— Сколько стоит ваш телевизор в России?\n"
            "— Модели на 43 дюйма – от 25 до 31 тыс. рублей.\n"
            "— А в вашем фирменном салоне в Смоленске?\n"
            "— Там средний чек около 28 тыс. рублей.")
    got = {f.amount.surface: f.amount.currency
           for f in describe(make_article("r38", text, dt.date(2023, 5, 1)))}
    assert got["96 млн рублей"] == "BYN"
    assert got["от 25 до 31 тыс. рублей"] == "RUB"
    assert got["около 28 тыс. рублей"] == "RUB"
