"""Three readings the lead decided in session 45 (`tests/gold/README.md`, «The lead's decisions
on readings the rounds disagree on (session 45)»), written again in texts of this test's own, in
the style of Belarusian state media, Russian regional news and bank and exchange releases
(session 46, readings46). None is a gold article's sentence.

1. The legal value of a Belarusian base unit («базовая величина — 37 рублей») is a unit's size,
   not money, as an exchange rate is a currency's price. Fines and duties told in base units
   stay no money; their ruble equivalent stays money.
2. Russian buyers' share of a Belarusian exchange's turnover (БУТБ, «биржевые торги», «на
   бирже заключено сделок») is the exchange's deals, `agreements`, not `export`; an export
   named as such stays `export`.
3. A threshold in a tariff's or programme's condition («для контрактов на сумму от 10 млн»,
   «при сумме сделки свыше …», «кредиты от 5 млн рублей») names no deal signed: `other`, not
   `agreements` nor `credit`; a contract signed or a credit granted keeps its reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase, check_fact_case, facts_by_surface

BY_URL = "https://www.sb.by/articles/ekonomika.html"

# (name, text, published, the figure's text that must read as no money)
BASE_UNIT_VALUES: list[tuple[str, str, str, str]] = [
    ("b01 dash", "Напомним, базовая величина — 37 рублей.", "2023-05-10", "37 рублей"),
    ("b02 future size", "Размер базовой величины с 1 января составит 42 рубля, сообщили в Министерстве "
     "финансов.", "2024-12-20", "42 рубля"),
    ("b03 составляет", "С 1 января 2024 года базовая величина в Беларуси составляет 40 рублей.",
     "2024-02-01", "40 рублей"),
    ("b04 raised to", "Совет Министров увеличил базовую величину до 40 рублей.", "2024-01-03",
     "40 рублей"),
    ("b05 equals named rubles", "Сейчас одна базовая величина равна 40 белорусским рублям.",
     "2024-06-11", "40 белорусским рублям"),
    ("b06 abbreviation", "Размер БВ с нового года — 42 рубля.", "2024-12-28", "42 рубля"),
    ("b07 proposed", "Минфин предложил проиндексировать базовую величину до 45 рублей.",
     "2025-11-05", "45 рублей"),
    ("b08 grew from to", "За год базовая величина выросла с 37 до 40 рублей.", "2024-03-14",
     "40 рублей"),
    ("b09 relative clause between", "Базовая величина, которая применяется для расчёта штрафов, "
     "пошлин и пособий, с 1 января составит 42 рубля.", "2024-12-29", "42 рубля"),
    ("b10b date in digits before", "С 01.01.2025 базовая величина составляет 42 рубля.",
     "2025-01-09", "42 рубля"),
    ("b10 bracket was", "С 1 января 2025 года базовая величина увеличена до 42 рублей (было 40 "
     "рублей).", "2025-01-02", "42 рублей"),
]

# fines and duties told in base units: their ruble equivalent, and money near them, stay money
NEAR_BASE_UNIT: list[FactCase] = [
    FactCase("b11 fine's ruble equivalent", "Штраф за такое нарушение составляет 10 базовых "
             "величин, то есть 420 рублей.", "2025-03-01", "420 рублей", "metric", "other"),
    FactCase("b12 duty in a bracket", "Госпошлина за регистрацию составит 5 базовых величин (210 "
             "рублей).", "2025-03-01", "210 рублей", "metric", "other"),
    FactCase("b13 a fine in rubles", "Водителя оштрафовали на 370 рублей.", "2023-05-10",
             "370 рублей", "metric", "other"),
    FactCase("b14 wage", "Средняя зарплата в Минской области в ноябре составила 2 100 рублей.",
             "2024-12-20", "2 100 рублей", "metric", "other"),
    FactCase("b16 one unit counted", "Штраф за безбилетный проезд равен одной базовой величине (42 "
             "рубля).", "2025-03-01", "42 рубля", "metric", "other"),
    FactCase("b17 half a unit counted", "За просрочку начисляется штраф до 0,5 базовой величины "
             "(21 рубль).", "2025-03-01", "21 рубль", "metric", "other"),
    FactCase("b18 another subject after «а»", "Размер базовой величины с 1 января составит 42 "
             "рубля, а минимальная зарплата — 626 рублей.", "2025-01-05", "626 рублей", "metric",
             "other"),
    FactCase("b15 budget", "Расходы областного бюджета на ремонт дорог в будущем году составят "
             "42 млн рублей.", "2024-12-20", "42 млн рублей", "metric", "financing"),
]

EXCHANGE_DEALS: list[FactCase] = [
    FactCase("e01 concluded by Russian buyers", "На биржевых торгах БУТБ российскими покупателями "
             "заключено сделок на 320 млн долларов.", "2024-02-10", "320 млн долларов", "metric",
             "agreements"),
    FactCase("e02 volume of exchange deals", "Объём биржевых сделок с российскими покупателями на "
             "БУТБ за январь–июнь составил 210 млн долларов.", "2024-07-15", "210 млн долларов",
             "metric", "agreements"),
    FactCase("e03 residents of Russia", "В прошлом году на Белорусской универсальной товарной бирже "
             "резиденты России заключили сделок на сумму более 600 млн долларов.", "2024-01-20",
             "более 600 млн долларов", "metric", "agreements"),
    FactCase("e04 bought at the exchange", "Российские компании приобрели на биржевых торгах БУТБ "
             "пиломатериалов на 85 млн долларов.", "2024-04-02", "85 млн долларов", "metric",
             "agreements"),
    FactCase("e05 whole and Russian part", "Всего за 9 месяцев на бирже заключено сделок на 1,1 "
             "млрд долларов, из них с покупателями из России — на 560 млн долларов.",
             "2024-10-08", "560 млн долларов", "metric", "agreements"),
    FactCase("e06 whole of e05", "Всего за 9 месяцев на бирже заключено сделок на 1,1 млрд "
             "долларов, из них с покупателями из России — на 560 млн долларов.", "2024-10-08",
             "1,1 млрд долларов", "metric", "agreements"),
    FactCase("e07 exchange turnover", "Биржевой оборот БУТБ в 2024 году достиг 2,3 млрд долларов.",
             "2025-01-15", "2,3 млрд долларов", "metric", "agreements"),
    FactCase("e08 region's buyers", "На торгах БУТБ покупатели из Смоленской области приобрели "
             "металлопродукции на 12 млн долларов.", "2024-05-20", "12 млн долларов", "metric",
             "agreements"),
    FactCase("e09 share of turnover", "Россияне стали крупнейшими покупателями на БУТБ: на них "
             "пришлось 45% оборота, или 700 млн долларов.", "2024-12-26", "700 млн долларов",
             "metric", "agreements"),
    FactCase("e10 sold through the exchange", "Через биржевые торги белорусские предприятия продали "
             "российским покупателям продукции на 150 млн долларов.", "2024-03-11",
             "150 млн долларов", "metric", "agreements"),
    FactCase("e11 with Russian companies", "На бирже с участием российских компаний заключено "
             "сделок на 95 млн долларов.", "2024-08-30", "95 млн долларов", "metric",
             "agreements"),
    FactCase("e12 exchange release", "По данным БУТБ, в январе–марте субъекты из России купили на "
             "бирже товаров на 240 млн долларов.", "2024-04-05", "240 млн долларов", "metric",
             "agreements"),
    FactCase("e16 share after a colon", "По итогам недели биржевой оборот БУТБ составил 45 млн "
             "долларов, на долю покупателей из России пришлось 19 млн долларов.", "2024-11-18",
             "19 млн долларов", "metric", "agreements"),
    # near cases: an export named as such, a plant's deliveries, contracts signed, a fee, bonds
    FactCase("e17 exporters selling through the exchange", "С начала года белорусские экспортёры "
             "продали через БУТБ российским компаниям продукции на 410 млн долларов.", "2024-09-02",
             "410 млн долларов", "metric", "export"),
    FactCase("e18 exchange's fee", "Комиссионный сбор биржи по итогам года составил 2,4 млн "
             "рублей.", "2024-12-30", "2,4 млн рублей", "metric", "other"),
    FactCase("e19 bonds on an exchange", "Компания разместила на бирже облигации на 3 млрд "
             "рублей.", "2024-04-10", "3 млрд рублей", "metric", "credit"),
    FactCase("e13 export through the exchange named export", "Экспорт белорусской продукции в "
             "Россию в первом полугодии составил 12 млрд долларов.", "2024-08-01",
             "12 млрд долларов", "metric", "export"),
    FactCase("e14 a plant's deliveries", "Минский завод поставил российским покупателям продукции "
             "на 40 млн долларов.", "2024-08-01", "40 млн долларов", "metric", "export"),
    FactCase("e15 contracts signed", "Белорусские предприятия заключили с российскими партнёрами "
             "контракты на 300 млн долларов.", "2024-08-01", "300 млн долларов", "metric",
             "agreements"),
]

THRESHOLDS: list[FactCase] = [
    FactCase("t01 tariff for contracts from", "Льготный тариф действует для контрактов на сумму от "
             "10 млн российских рублей в год.", "2024-06-01", "от 10 млн российских рублей",
             "metric", "other"),
    FactCase("t02 when a deal exceeds", "При сумме сделки свыше 5 млн долларов требуется "
             "согласование с Советом Министров.", "2024-06-01", "свыше 5 млн долларов", "metric",
             "other"),
    FactCase("t03 credits from", "Банк выдаёт кредиты от 5 млн рублей на срок до семи лет.",
             "2024-06-01", "от 5 млн рублей", "metric", "other"),
    FactCase("t04 loans of at least", "Компенсация процентной ставки предоставляется по кредитам на "
             "сумму не менее 50 млн рублей.", "2024-06-01", "не менее 50 млн рублей", "metric",
             "other"),
    FactCase("t05 subsidy for exporters", "Субсидия положена экспортёрам, заключившим контракты на "
             "сумму свыше 1 млн долларов.", "2024-06-01", "свыше 1 млн долларов", "metric",
             "other"),
    FactCase("t06 insurance from", "Страхование доступно для экспортных контрактов стоимостью от "
             "300 тыс. долларов.", "2024-06-01", "от 300 тыс. долларов", "metric", "other"),
    FactCase("t07 supply contracts of at least", "Участвовать в отборе могут предприятия с "
             "договорами поставки на сумму не менее 20 млн рублей.", "2024-06-01",
             "не менее 20 млн рублей", "metric", "other"),
    FactCase("t08 deals over need registration", "Для сделок на сумму более 100 тыс. долларов "
             "предусмотрена обязательная регистрация контракта в банке.", "2024-06-01",
             "более 100 тыс. долларов", "metric", "other"),
    FactCase("t10 loans issued from to", "Льготные займы фонда выдаются в размере от 20 до 100 млн "
             "рублей.", "2024-06-01", "от 20 до 100 млн рублей", "metric", "other"),
    FactCase("t11 contracts over are examined", "Договоры на сумму свыше 2 млн белорусских рублей "
             "подлежат экспертизе.", "2024-06-01", "свыше 2 млн белорусских рублей", "metric",
             "other"),
    FactCase("t12 if the contract exceeds", "Если сумма контракта превышает 3 млн евро, экспортёр "
             "получает право на льготную ставку.", "2024-06-01", "превышает 3 млн евро", "metric", "other"),
    # near cases: a credit granted, a contract signed, a deal's value told in full; a limit
    # named by its credit keeps the credit's reading (rounds 31 and 40 read such limits by
    # their noun; left to the lead, session 46)
    FactCase("t09 minimum credit keeps its noun", "Минимальная сумма кредита — 5 млн рублей.",
             "2024-06-01", "5 млн рублей", "metric", "credit"),
    FactCase("t13 credit granted", "Банк выдал предприятию кредит на сумму 5 млн рублей.",
             "2024-06-01", "5 млн рублей", "metric", "credit"),
    FactCase("t14 contract signed", "МТЗ и Ярославская область подписали контракт на сумму 10 млн "
             "долларов.", "2024-06-01", "10 млн долларов", "metric", "agreements"),
    FactCase("t15 forum contracts over", "В рамках форума заключены контракты на сумму свыше 500 млн "
             "долларов.", "2024-06-01", "свыше 500 млн долларов", "metric", "agreements"),
    FactCase("t16 loan granted", "Фонд выдал предприятию льготный заём в размере 80 млн рублей.",
             "2024-06-01", "80 млн рублей", "metric", "credit"),
    FactCase("t17 credit line", "Банк развития открыл заводу кредитную линию на 30 млн долларов.",
             "2024-06-01", "30 млн долларов", "metric", "credit"),
    FactCase("t19 partners between «с» and the contracts", "На выставке белорусские машиностроители "
             "подписали с российскими партнёрами контракты на сумму свыше 23 млрд рублей.",
             "2024-06-01", "свыше 23 млрд рублей", "metric", "agreements"),
    FactCase("t20 credits granted in the plural", "В прошлом году банк выдал малому бизнесу кредиты "
             "на сумму свыше 2 млрд рублей.", "2024-06-01", "свыше 2 млрд рублей", "metric",
             "credit"),
    FactCase("t18 a signed contract over", "Стороны заключили договор на сумму свыше 2 млн "
             "белорусских рублей.", "2024-06-01", "свыше 2 млн белорусских рублей", "metric",
             "agreements"),
]


@pytest.mark.parametrize("case", BASE_UNIT_VALUES, ids=[c[0] for c in BASE_UNIT_VALUES])
def test_a_base_units_size_is_no_money(tmp_path: Path, case: tuple[str, str, str, str]) -> None:
    _, text, published, figure = case
    facts = facts_by_surface(tmp_path, text, published=published, url=BY_URL)
    assert not [s for s in facts if figure in s or s in figure], sorted(facts)


@pytest.mark.parametrize("case", NEAR_BASE_UNIT, ids=[c.name for c in NEAR_BASE_UNIT])
def test_fines_ruble_equivalent_stays_money(tmp_path: Path, case: FactCase) -> None:
    check_fact_case(tmp_path, case)


@pytest.mark.parametrize("case", EXCHANGE_DEALS, ids=[c.name for c in EXCHANGE_DEALS])
def test_russian_buyers_on_a_belarusian_exchange_are_its_deals(tmp_path: Path,
                                                                case: FactCase) -> None:
    check_fact_case(tmp_path, case)


@pytest.mark.parametrize("case", THRESHOLDS, ids=[c.name for c in THRESHOLDS])
def test_a_conditions_threshold_names_no_deal(tmp_path: Path, case: FactCase) -> None:
    check_fact_case(tmp_path, case)
