"""What a figure measures and when, for the causes round 23's dev part and the pooled dev errors
of rounds 6–23 showed (session 19, issue 10). Each cause is a mechanism that acts on the dev
texts of at least two rounds; one case per cause at least. The texts are written for this test
in the style of such news.

- a delivery word's destination may stand after the goods it governs («Продажи мебели
  бобруйской фабрики «…» в России»): export;
- support money told per unit or recipient («скидка …, но не более 400 тыс. рублей за
  машину», «гранты по 150 тыс. рублей каждый») is the support, financing, no unit price; a
  machine's price «каждый» stays a price;
- what one item costs («Один модуль … обходится бюджету в …») is a price, other, with no year;
  a building's cost «обойдется в» stays an investment, and a plan (the future of
  «обходиться»); a price «обойдется» stays no plan;
- a country as the agent of a trade noun («Импорт Россией … составил») is national, even in
  an article about one region;
- «на … направлении» is a direction, no money sent: a grant the EU allocated «на
  модернизацию» stays financing;
- a part named after a dash («…, из которых 9 млн – кредит …») is what that noun says, and
  shares the whole's plan even past the whole's own words («вложить 14 млн в цех …, из
  которых …»);
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import facts_by_surface

_GLASS = ("Белорусская мебель в российских сетях\n"
          "Продажи продукции мебельной фабрики «Бобруйскмебель» в России за январь–июнь "
          "достигли 2,4 млрд рублей, за весь прошлый год – 3,1 млрд.\n")

_SUPPORT = ("Льготы для аграриев продлят\n"
            "Программа субсидирования покупки техники сохранится: скидка составит 15%, но не "
            "более 400 тыс. рублей за машину. Студенты-аграрии получат гранты по 150 тыс. рублей "
            "каждый. В мае хозяйство взяло в лизинг три трактора стоимостью 6,1 млн рублей "
            "каждый.\n")
_HOUSES = ("Модульные дома для сельских врачей\n"
           "В 2024 году область закупила у гомельского комбината 30 модульных домов. Один модуль "
           "с мебелью обойдется областному бюджету в 5,2 млн рублей. Строительство нового "
           "фельдшерского пункта обойдется в 14 млн рублей.\n")
_PLANT = ("Завод обновит цех\n"
          "Завод намерен вложить 14 млн евро в цех по выпуску оконного профиля, из которых 9 млн "
          "– кредит Банка развития.\n")
_DEVICES = ("Томские приборы для белорусских лабораторий\n"
            "Томская компания поставила в Минск три спектрометра. Импорт Россией "
            "лабораторного оборудования из Беларуси в прошлом году составил $14,5 млн.\n")
_BORDER = ("Пункты пропуска обновят\n"
           "Пропускная способность на литовском направлении выросла: в 2019 году Евросоюз "
           "выделил на модернизацию пункта «Бенякони» 6 млн евро.\n")
_QUEUES = ("Очереди на границе\n"
           "В прошлом году через белорусско-литовские пункты пропуска прошло российских "
           "экспортных грузов на $4,1 млрд. «Если очереди сохранятся, до конца года "
           "перевозчики потеряют еще около 800 млн рублей», – заявили в ассоциации.\n")
_DEBT = ("Минск перенес платежи по кредитам\n"
         "Правительства двух стран подписали протокол о переносе платежей по государственным "
         "кредитам. Речь идет о выплатах на общую сумму около 900 млн долларов.\n"
         "Хозяйства области получили компенсацию части стоимости белорусских тракторов, "
         "выплачено 84 млн рублей.\n")
_LINE = ("Кредиты для экспортеров\n"
         "Банк развития открыл кредитную линию для поставок белорусских лифтов в Россию на "
         "3 млрд российских рублей.\n")
_EQUITY = ("Экспортное агентство укрепит капитал\n"
           "В марте агентство получило докапитализацию из республиканского бюджета на 90 млн "
           "рублей. На обновление парка из областного бюджета направлено 40 млн рублей.\n")
_FAIR = ("Белорусская ярмарка в Костроме\n"
         "За пять дней ярмарки белорусские производители реализовали продукции на 9,2 млн рублей. "
         "Оборот белорусских товаров на городском рынке за год – около 1,4 млрд рублей.\n")
_OBLAST = ("Поставки из Витебской области\n"
           "За январь–июнь через товаропроводящую сеть в Российской Федерации предприятия "
           "Витебской области отгрузили продукции на 215 млн долларов.\n")
_MAKER = ("Итоги года на заводе\n"
          "Белорусский холдинг в прошлом году реализовал продукции на 1,2 млрд рублей.\n")
_BRIDGE = ("Мост построят белорусы\n"
           "Контракт на реконструкцию моста через Десну стоимостью 1,7 млрд рублей заключён с "
           "белорусским ОАО «Мостострой». Договоры на финансирование за счёт кредита заключены "
           "на 900 млн рублей.\n")
_LINE_COST = ("Новая линия на фабрике\n"
               "Новая линия по выпуску детской обуви на гомельской фабрике обойдётся в 6,2 млн "
               "евро, запуск намечен на весну.\n")
_PRICES = ("Цены на сыр\n"
           "Килограмм белорусского сыра в рознице стоит 650–700 рублей, импортные сорта – от "
           "1 200 рублей.\n")

CASES = [
    Case("sales of a maker's goods «в России» after their genitive are export", _GLASS,
         "2023-07-20", "2,4 млрд рублей", "metric", "export"),
    Case("a discount's cap «за машину» is support, financing", _SUPPORT, "2022-03-01",
         "не более 400 тыс. рублей", "metric", "financing"),
    Case("grants «по … каждый» are financing", _SUPPORT, "2022-03-01", "150 тыс. рублей",
         "metric", "financing"),
    Case("a leased machine's price «каждый» stays a price", _SUPPORT, "2022-03-01",
         "6,1 млн рублей", "metric", "other"),
    Case("what one item costs is a price, other", _HOUSES, "2024-05-14", "5,2 млн рублей",
         "metric", "other"),
    Case("… with no year", _HOUSES, "2024-05-14", "5,2 млн рублей", "year", None),
    Case("a building's cost «обойдется в» stays an investment", _HOUSES, "2024-05-14",
         "14 млн рублей", "metric", "investment"),
    Case("… and is a plan", _HOUSES, "2024-05-14", "14 млн рублей", "forecast", True),
    Case("a price «обойдется» is no plan", _HOUSES, "2024-05-14", "5,2 млн рублей", "forecast",
         False),
    Case("a part named «– кредит» after a dash is a credit", _PLANT, "2022-06-01", "9 млн",
         "metric", "credit"),
    Case("… and shares the whole's plan past its words", _PLANT, "2022-06-01", "9 млн",
         "forecast", True),
    Case("«Импорт Россией» is national", _DEVICES, "2021-03-02", "$14,5 млн", "region", None),
    Case("«на … направлении» sends no money: the EU's grant stays financing", _BORDER,
         "2020-02-11", "6 млн евро", "metric", "financing"),
    Case("money lost «потеряют» is other", _QUEUES, "2021-10-20", "около 800 млн рублей",
         "metric", "other"),
    Case("payments on a debt «выплатах» are other, not the protocol", _DEBT, "2023-04-05",
         "около 900 млн долларов", "metric", "other"),
    Case("a compensation «выплачено» is support, financing", _DEBT, "2023-04-05",
         "84 млн рублей", "metric", "financing"),
    Case("«кредитную линию для поставок» is a credit", _LINE, "2021-06-01",
         "3 млрд российских рублей", "metric", "credit"),
    Case("«докапитализацию из бюджета на …» is an investment", _EQUITY, "2022-05-04",
         "90 млн рублей", "metric", "investment"),
    Case("«из областного бюджета направлено» stays the budget's financing", _EQUITY,
         "2022-05-04", "40 млн рублей", "metric", "financing"),
    Case("a fair's Belarusian sellers «реализовали продукции» in Russia: export", _FAIR,
         "2022-09-20", "9,2 млн рублей", "metric", "export"),
    Case("«Оборот белорусских товаров на рынке» in Russia: export", _FAIR, "2022-09-20",
         "около 1,4 млрд рублей", "metric", "export"),
    Case("an oblast's makers «отгрузили продукции» in the Russian Federation: export", _OBLAST,
         "2021-08-02", "215 млн долларов", "metric", "export"),
    Case("a Belarusian maker's sales with no Russian market stay other", _MAKER, "2021-02-02",
         "1,2 млрд рублей", "metric", "other"),
    Case("«Контракт на реконструкцию … стоимостью» is agreements", _BRIDGE, "2024-04-02",
         "1,7 млрд рублей", "metric", "agreements"),
    Case("«Договоры на финансирование» stay financing", _BRIDGE, "2024-04-02",
         "900 млн рублей", "metric", "financing"),
    Case("«Новая линия по выпуску … обойдётся в» is an investment", _LINE_COST, "2023-10-02",
         "6,2 млн евро", "metric", "investment"),
    Case("… and a plan", _LINE_COST, "2023-10-02", "6,2 млн евро", "forecast", True),
    Case("an elliptic «импортные сорта – от …» after a price is a price", _PRICES, "2020-11-03",
         "от 1 200 рублей", "metric", "other"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round23_fact(case: Case, tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, case.text, published=case.published)
    fact = facts[case.surface]
    for name in case.field.split("."):
        fact = getattr(fact, name)
    assert fact == case.want
