"""Readings for the causes found in round 70's money dev part (session 46, walk70money). The
texts are written for this test in the style of such news and documents.

- a document's heading block in capitals: a kind line alone («ЗАКЛЮЧЕНИЕ») under it is no
  lead, so the draft it concludes on («на проект бюджета … на 2027 год») dates its points;
- «без дефицита» names no balance: a budget approved «по доходам и расходам» is the budget;
- goods «производства ОАО «…»» are made by a firm, no output; a firm's «объём производства»
  stays output;
- «за январь–апрель этого —», «за девять месяцев этого —»: the year in progress, «года» left
  out after a span of months;
- a contract's signing participle in the subject's clause («Предыдущий, заключённый в 2021
  году, …») dates its value, not one of a framework in another case;
- «кажется из Москвы» is a point of view, no region;
- a protocol's vote («Голосовали: «за» — 5») is no figure;
- a model's number before a dash («этот же 4421 — 5 890 000 бел. рублей») opens no range;
- a claim «о возмещении» is `other`, no subsidy;
- a payment order's date and a stock's date in digits date their sums;
- a figure set «против» the one before it goes the same way;
- a gapped clause with «уже» before its figure measures what the figure before it measures;
- a firm's own funds are an investment, whatever order they serve;
- a rate's base in capitals («79,45 БЕЛ. РУБ. ЗА 1 РОС. РУБ.») is no money.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

from analysis.money import find_amounts

_DRAFT = ("КОМИТЕТ ПО БЮДЖЕТУ И НАЛОГАМ\n"
          "ЗАКЛЮЧЕНИЕ\n"
          "на проект бюджета Союзного государства на 2027 год\n"
          "г. Москва, 12 ноября 2026 г.\n"
          "Комитет по бюджету и налогам, рассмотрев проект бюджета Союзного государства на 2027 "
          "год, отмечает следующее.\n"
          "1. Проектом предлагается утвердить бюджет по доходам и расходам в сумме "
          "5 310 000,0 тыс. рублей без дефицита.\n"
          "2. Доходы бюджета формируются за счёт взносов: Российской Федерации — 3 451 500,0 "
          "тыс. рублей, Республики Беларусь — 1 858 500,0 тыс. рублей.\n")


def test_a_kind_line_under_a_heading_in_capitals_is_no_lead(tmp_path: Path) -> None:
    # (no stated date: the date line under the heading gives it)
    facts = facts_by_surface(tmp_path, _DRAFT)
    for surface in ("5 310 000,0 тыс. рублей", "3 451 500,0 тыс. рублей", "1 858 500,0 тыс. рублей"):
        assert (facts[surface].year, facts[surface].forecast) == (2027, True), surface


def test_a_rubric_under_a_news_headline_stays_the_lead(tmp_path: Path) -> None:
    # a headline in lower case over a rubric in capitals: the rubric is the lead paragraph
    # as before (round 19's investigation keeps its estimate with no year)
    text = ("Откуда берутся «белорусские» креветки\n"
            "РАССЛЕДОВАНИЕ\n"
            "За восемь месяцев текущего года поставки морепродуктов выросли втрое.\n"
            "Потери бюджета от недобора пошлин эксперты оценивают в 1,5–2 млрд рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2016-10-03")
    assert facts["1,5–2 млрд рублей"].year is None


def test_no_deficit_names_no_balance(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _DRAFT)
    assert facts["5 310 000,0 тыс. рублей"].metric == "financing"


def test_goods_made_by_a_firm_are_no_output(tmp_path: Path) -> None:
    text = ("Претензия поставщику\n"
            "Между ООО «Агроторг» и АО «Нива» 4 марта 2019 года заключён договор поставки № "
            "12/19-П на поставку трёх пресс-подборщиков ПРФ-145 и двух разбрасывателей удобрений "
            "производства ОАО «Бобруйскагромаш» (Республика Беларусь) общей стоимостью "
            "9 420 000,00 руб.\n")
    facts = facts_by_surface(tmp_path, text, published="2019-05-14")
    assert facts["9 420 000,00 руб."].metric != "production"


def test_a_firms_output_stays_output(tmp_path: Path) -> None:
    text = ("Итоги года\n"
            "Объём производства ОАО «Гомсельмаш» в 2025 году составил 1,9 млрд рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2026-01-20")
    assert facts["1,9 млрд рублей"].metric == "production"


def test_this_years_span_with_the_year_left_out(tmp_path: Path) -> None:
    text = ("Форум регионов\n"
            "Министр напомнил: товарооборот в прошлом году — 49,8 млрд долларов, за январь–май "
            "этого — 20,3 млрд. Экспорт области в прошлом году — 640 млн долларов, за девять "
            "месяцев этого — 512 млн.\n")
    facts = facts_by_surface(tmp_path, text, published="2025-06-26")
    assert facts["49,8 млрд долларов"].year == 2024
    assert (facts["20,3 млрд"].year, facts["20,3 млрд"].period) == (2025, "январь–май")
    assert facts["512 млн"].year == 2025


def test_a_contracts_signing_dates_its_value(tmp_path: Path) -> None:
    text = ("Заводские новости\n"
            "Новый контракт с белорусским заводом подписан в четверг. Прежний, заключённый в "
            "2022 году, был скромнее — 640 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2025-09-12")
    assert facts["640 млн рублей"].year == 2022


def test_a_frameworks_signing_dates_no_sum_in_it(tmp_path: Path) -> None:
    # the participle qualifies «первого» in a prepositional phrase, not the subject: the
    # deals financed under that agreement keep no year (round 50)
    text = ("Банки продлили сотрудничество\n"
            "Это второе соглашение: в рамках первого, подписанного в 2019 году, общий объём "
            "финансирования сделок составил 900 млн российских рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2023-04-04")
    assert facts["900 млн российских рублей"].year is None


def test_moscow_as_a_point_of_view_is_no_region(tmp_path: Path) -> None:
    text = ("«Регионы торгуют лучше, чем кажется из Москвы»\n"
            "Посол Беларуси — о том, где белорусская техника нашла второй дом\n"
            "— Каким был прошлый год для торговли двух стран?\n"
            "— Хорошим. Товарооборот составил 44,1 млрд долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-06-11")
    assert facts["44,1 млрд долларов"].region is None


def test_a_protocols_vote_is_no_figure(tmp_path: Path) -> None:
    text = ("Протокол заседания закупочной комиссии\n"
            "Решили: заключить договор на 4 850 000 рос. руб. Экономия — 2,9 млн рос. руб.\n"
            "Голосовали: «за» — 5, «против» — нет.\n")
    facts = facts_by_surface(tmp_path, text, published="2014-03-12")
    assert "5" not in facts
    assert "2,9 млн рос. руб." in facts


def test_a_model_number_before_a_dash_opens_no_range() -> None:
    found = [(a.surface, a.value, a.qualifier)
             for a in find_amounts("В фирменном магазине в Бресте тот же 2712 — 4 150 000 бел. "
                                   "рублей, а цена 2 500–3 000 рублей в России.")]
    assert found == [("4 150 000 бел. рублей", 4150000.0, "exact"),
                     ("2 500–3 000 рублей", 2500.0, "range")]


def test_a_claim_for_compensation_is_other(tmp_path: Path) -> None:
    text = ("Страховщик урегулировал убыток\n"
            "К экспедитору предъявлено требование о возмещении 7,4 млн руб.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-08-01")
    assert facts["7,4 млн руб."].metric == "other"


def test_a_payment_orders_date_and_a_stocks_date_in_digits(tmp_path: Path) -> None:
    text = ("Претензия\n"
            "Платёжным поручением № 57 от 21.02.2018 покупатель перечислил аванс — "
            "1 200 000,00 руб.\n"
            "По состоянию на 03.07.2018 задолженность покупателя составляет 2 800 000,00 руб.\n")
    facts = facts_by_surface(tmp_path, text, published="2018-07-10")
    assert facts["1 200 000,00 руб."].year == 2018
    assert facts["2 800 000,00 руб."].year == 2018


def test_a_figure_against_the_one_before_goes_its_way(tmp_path: Path) -> None:
    text = ("Из пояснительной записки\n"
            "Импорт кабин и мостов из Республики Беларусь (поставщик — ОАО «МАЗ») в 2012 г. "
            "составил 14,2 млн долл. США против 11,8 млн в 2011 г.\n")
    facts = facts_by_surface(tmp_path, text, published="2013-03-20")
    assert facts["14,2 млн долл. США"].flow == "BY→RU"
    assert facts["11,8 млн"].flow == "BY→RU"


def test_a_gapped_clause_with_an_adverb(tmp_path: Path) -> None:
    text = ("Заводское радио\n"
            "В прошлом году мы отгрузили в Минск продукции на 860 млн рублей, а за полгода "
            "этого года — уже на 540 млн.\n")
    facts = facts_by_surface(tmp_path, text, published="2025-07-15")
    assert facts["540 млн"].metric == "export"


def test_own_funds_over_an_order(tmp_path: Path) -> None:
    text = ("Новости предприятия\n"
            "Под белорусский заказ обновляется сборочный участок, на это направляется 210 "
            "миллионов рублей собственных средств завода.\n")
    facts = facts_by_surface(tmp_path, text, published="2025-03-03")
    assert facts["210 миллионов рублей"].metric == "investment"


def test_a_rates_base_in_capitals_is_no_money() -> None:
    text = ("РАСЧЁТЫ ДОПУСКАЮТСЯ В РОССИЙСКИХ РУБЛЯХ ПО КУРСУ НА ДЕНЬ ОПЛАТЫ (НА 15.01.2009 — "
            "81,20 БЕЛ. РУБ. ЗА 1 РОС. РУБ.).")
    assert [a.surface for a in find_amounts(text)] == []
