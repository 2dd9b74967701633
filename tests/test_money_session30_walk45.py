"""What a figure measures, for the causes session 30 (issue 10, walk45money) found in round
45's dev part. The texts are written for this test in the style of such news.

- two predicates of one subject joined by «и» / «а», each with a sum of its own («закупила
  … на 40 млн и подписала контракт … на 55 млн»): the cue word of one («контракт»,
  «договор») does not name the other's sum; verbs that share one sum («подписало и
  выполнило контракт на …») keep it;
- money paid out of two public budgets told together («из областного и городского
  бюджетов направлено …») is public money, financing, as out of one budget; a firm's own
  «направит на модернизацию» stays an investment;
- an amount set off by dashes between its subject and the predicate right after it
  («Средства на обновление … – 2,4 млн рублей – выделены …») is read by that predicate, as if
  it stood before the amount: allocated money is financing, a loan handed out a credit;
- a phrase naming the document a figure is set by («согласно стратегии развития отрасли»,
  «в соответствии с программой …», «согласно плану правительства») is no cue: a pronoun
  subject after it («он должен вырасти до …») goes on about the figure before;
- the part of a seller's revenue earned on Russian clients' orders, a dash for the verb
  («из них 3 млн – на заказах российских клиентов», «– от российских заказчиков», «– с
  заказов из России»), is an export, as with «пришлось на»; the whole stays revenue;
- purchases told after a colon whose lead invests («продолжает вкладывать в технику: …
  куплены экскаваторы за …», «инвестирует в обновление парка: приобретено станков на …»)
  are the investment; a purchase with no such lead stays a purchase;
- what each item cost («Каждый городской автобус обошёлся примерно в 5 млн», «Стоимость
  каждого трактора –», the masculine «обошёлся» of one item too) is a price, `other`, with
  no time taken from the budget figure before it;
- sales through or on the other country's channel that brought the money («Продажи через
  российские интернет-площадки … принесли нам …», «Реализация на российских маркетплейсах
  принесла …», «выручка от продаж через белорусских дилеров») are an export; sales in the
  firm's own shops stay its revenue;
- a sum inside a description set off by dashes right after a deal's noun («Крупнейший
  контракт года – перевод … на 46 млн рублей – выиграло бюро», «Главная сделка форума —
  поставка … на 4 млн долларов — заключена …») is that deal's value, whatever the
  description's noun; a dash after a sum that comments on it («– это рекорд») is no such
  description;
- support towards a down payment («область компенсирует часть первоначального взноса, … на
  это планируем 40 млн», «субсидирует первоначальный взнос», «на возмещение части
  первоначального взноса … направят») is that support, financing; the down payment itself
  stays `other`;
- flow: the share of an import that fell on one side's makers or suppliers («На белорусских
  производителей пришлось 9,1 млн», «из них на российских изготовителей пришлось …») came
  from that side, as «для белорусских производителей» names makers (round 31); the import
  such shares are taken of is every origin's whole (flow other), whatever the headline names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import check_fact_case

_PREDICATES = (
    "Сделки года\n"
    "Сеть «Кухня» закупила у завода кастрюль на 40 млн рублей и подписала контракт на "
    "следующий год на 55 млн рублей.\n"
    "Дилер приобрел 30 тракторов на 90 млн рублей и заключил договор на сервис на 12 млн "
    "рублей.\n"
    "Холдинг купил у комбината металла на 18 млн долларов, а затем заключил с ним соглашение "
    "о поставках на 25 млн долларов.\n"
    "Завод заключил с дилером контракт на 7 млн евро и получил от банка кредит на 4 млн евро.\n"
    "Предприятие подписало и выполнило контракт на 5 млн долларов.\n")

_BUDGETS = (
    "Городское хозяйство\n"
    "На реконструкцию набережной из областного и городского бюджетов направлено 140 млн "
    "рублей.\n"
    "На обновление парка автобусов из федерального или регионального бюджета направят 25 млн "
    "рублей.\n"
    "Завод направит на модернизацию цехов 230 млн рублей.\n")
_SET_OFF = (
    "Школы района\n"
    "Средства на обновление оборудования пищеблоков – 2 400 000 рублей – выделены в августе.\n"
    "Деньги на модернизацию котельной — около 30 млн рублей — выделят из резервного фонда.\n"
    "Сумма на ремонт дорог – 90 млн рублей – выделена районом.\n"
    "Кредит на пополнение оборотных средств – 40 млн рублей – выдан банком.\n"
    "Инвестиции в строительство цеха – 150 млн рублей – окупятся за пять лет.\n")
_BASIS = (
    "Прогнозы отрасли\n"
    "В 2021 году экспорт мебели в Россию составил 40 млн долларов, а к 2028 году, согласно "
    "стратегии развития отрасли, он должен вырасти до 60 млн долларов.\n"
    "Товарооборот области с Беларусью вырос до 900 млн долларов, а в 2026 году, согласно плану "
    "правительства, он превысит 1 млрд долларов.\n"
    "Поставки молока в Россию принесли 300 млн долларов; в соответствии с программой развития "
    "молочной отрасли к 2027 году они достигнут 450 млн долларов.\n"
    "Согласно программе, на поддержку экспортёров выделят 2 млрд рублей.\n")
_ORDERS = (
    "Услуги за рубеж\n"
    "Ее бюро в прошлом году заработало 5 млн рублей, из них 3 млн – на заказах российских "
    "клиентов.\n"
    "Выручка студии составила 8 млн долларов, из них 5 млн долларов – от российских "
    "заказчиков.\n"
    "Фирма в 2021 году получила 4 млн рублей выручки, из них 1,5 млн – с заказов из России.\n")
_INVESTED = (
    "Обновление производства\n"
    "Комбинат продолжает вкладываться в технику: в 2020 году куплены два экскаватора за 3 млн "
    "долларов, в этом году планируется еще 2 млн долларов.\n"
    "Завод инвестирует в обновление парка: за год приобретено станков на 40 млн рублей.\n"
    "Хозяйство вложилось в модернизацию фермы: закуплены доильные установки на 12 млн рублей.\n"
    "Компания закупила сырья на 5 млн рублей.\n")
_EACH = (
    "Транспорт\n"
    "В этом году по программе обновления парка город закупил 40 автобусов, на это из "
    "областного бюджета направлено 200 млн рублей. Каждый городской автобус обошелся примерно "
    "в 5 млн.\n"
    "Каждая новая машина скорой помощи стоит около 6 млн рублей.\n"
    "Стоимость каждого трактора – 4,5 млн рублей.\n"
    "Завод выделил на обновление 300 млн рублей. Один такой вагон обошёлся заводу в 3 млн "
    "рублей.\n")
_CHANNEL = (
    "Продажи онлайн\n"
    "«Продажи через российские интернет-площадки в первом квартале принесли нам около 19 млн "
    "российских рублей», – говорит директор фабрики.\n"
    "Реализация на российских маркетплейсах за год принесла фабрике 120 млн рублей.\n"
    "Выручка от продаж через белорусских дилеров составила 40 млн рублей.\n"
    "Продажи в фирменных магазинах принесли компании 30 млн рублей.\n")
_DEAL_DESCRIBED = (
    "Итоги года\n"
    "Крупнейший контракт прошлого года – перевод технической документации для российского "
    "дилера на 46 млн российских рублей – выиграло бюро «Интерлинк».\n"
    "Главная сделка форума — поставка 30 комбайнов в Курскую область на 4 млн долларов — "
    "заключена с «Гомсельмашем».\n"
    "Самый крупный заказ – ремонт трех цехов на 12 млн рублей – достался подрядчику из Орла.\n"
    "Компания поставила в Россию тракторов на 5 млн долларов – это рекорд.\n")
_DOWN_PAYMENT = (
    "Лизинг техники\n"
    "Фермеры берут тракторы в лизинг. Кроме того, область компенсирует часть первоначального "
    "взноса, в этом году на это планируем 40 млн рублей.\n"
    "Край субсидирует первоначальный взнос по лизингу техники, на эти цели в прошлом году "
    "выделено 25 млн рублей.\n"
    "На возмещение части первоначального взноса из бюджета направят 15 млн рублей.\n"
    "Первоначальный взнос составил 20%, или 57,2 млн рублей.\n")
_MAKERS = (
    "Посуда и сыры\n"
    "Импорт посуды в Россию за первое полугодие составил 47,8 млн долларов. На белорусских "
    "производителей пришлось 9,1 млн, на китайских – 23 млн.\n"
    "Импорт обуви в Россию составил 500 млн долларов, из них на белорусских поставщиков "
    "пришлось 40 млн долларов.\n"
    "Импорт сыров в Беларусь за год вырос до 80 млн долларов, из них на российских "
    "изготовителей пришлось 50 млн долларов.\n")
_MAKERS_HEADLINE = (
    "Белорусская обувь теснит китайскую\n"
    "Импорт обуви в Россию за год составил 300 млн долларов. На белорусских поставщиков "
    "пришлось 40 млн, на китайских – 120 млн.\n")

CASES = [
    Case("a purchase before «и подписала контракт на … на»: a purchase", _PREDICATES,
         "2022-03-01", "40 млн рублей", "metric", "other"),
    Case("the contract of the second predicate keeps its sum", _PREDICATES, "2022-03-01",
         "55 млн рублей", "metric", "agreements"),
    Case("«приобрел … на 90 млн и заключил договор … на 12 млн»: a purchase", _PREDICATES,
         "2022-03-01", "90 млн рублей", "metric", "other"),
    Case("«… на 12 млн»: the contract's", _PREDICATES, "2022-03-01", "12 млн рублей",
         "metric", "agreements"),
    Case("«купил …, а затем заключил соглашение … на»: a purchase", _PREDICATES, "2022-03-01",
         "18 млн долларов", "metric", "other"),
    Case("«контракт на 7 млн и получил кредит на 4 млн»: the credit", _PREDICATES,
         "2022-03-01", "4 млн евро", "metric", "credit"),
    Case("«подписало и выполнило контракт на»: one sum, two verbs", _PREDICATES, "2022-03-01",
         "5 млн долларов", "metric", "agreements"),
    Case("«из областного и городского бюджетов направлено»: financing", _BUDGETS,
         "2022-03-01", "140 млн рублей", "metric", "financing"),
    Case("«из федерального или регионального бюджета направят»: financing", _BUDGETS,
         "2022-03-01", "25 млн рублей", "metric", "financing"),
    Case("a firm's «направит на модернизацию»: investment", _BUDGETS, "2022-03-01",
         "230 млн рублей", "metric", "investment"),
    Case("«Средства на обновление … – N – выделены»: financing", _SET_OFF, "2022-03-01",
         "2 400 000 рублей", "metric", "financing"),
    Case("«Деньги на модернизацию — N — выделят»: financing", _SET_OFF, "2022-03-01",
         "около 30 млн рублей", "metric", "financing"),
    Case("«Сумма на ремонт дорог – N – выделена»: financing", _SET_OFF, "2022-03-01",
         "90 млн рублей", "metric", "financing"),
    Case("«Кредит … – N – выдан банком»: credit", _SET_OFF, "2022-03-01", "40 млн рублей",
         "metric", "credit"),
    Case("«Инвестиции … – N – окупятся»: investment", _SET_OFF, "2022-03-01",
         "150 млн рублей", "metric", "investment"),
    Case("«согласно стратегии …, он должен вырасти до»: the export", _BASIS, "2022-03-01",
         "до 60 млн долларов", "metric", "export"),
    Case("«согласно плану правительства, он превысит»: the turnover", _BASIS, "2022-03-01",
         "превысит 1 млрд долларов", "metric", "trade_turnover"),
    Case("«в соответствии с программой … они достигнут»: the export", _BASIS, "2022-03-01",
         "450 млн долларов", "metric", "export"),
    Case("«Согласно программе, … выделят»: financing", _BASIS, "2022-03-01", "2 млрд рублей",
         "metric", "financing"),
    Case("«из них 3 млн – на заказах российских клиентов»: export", _ORDERS, "2022-03-01",
         "3 млн", "metric", "export"),
    Case("«– от российских заказчиков»: export", _ORDERS, "2022-03-01", "5 млн долларов",
         "metric", "export"),
    Case("«– с заказов из России»: export", _ORDERS, "2022-03-01", "1,5 млн", "metric",
         "export"),
    Case("the whole revenue stays other", _ORDERS, "2022-03-01", "8 млн долларов", "metric",
         "other"),
    Case("«вкладываться в технику: … куплены … за»: investment", _INVESTED, "2022-03-01",
         "3 млн долларов", "metric", "investment"),
    Case("«планируется еще …» after it: the same investment", _INVESTED, "2022-03-01",
         "2 млн долларов", "metric", "investment"),
    Case("«инвестирует в обновление парка: приобретено … на»: investment", _INVESTED,
         "2022-03-01", "40 млн рублей", "metric", "investment"),
    Case("«вложилось в модернизацию фермы: закуплены … на»: investment", _INVESTED,
         "2022-03-01", "12 млн рублей", "metric", "investment"),
    Case("a purchase with no lead stays a purchase", _INVESTED, "2022-03-01", "5 млн рублей",
         "metric", "other"),
    Case("«Каждый … автобус обошелся примерно в»: a price", _EACH, "2022-03-01", "5 млн",
         "metric", "other"),
    Case("… and no year from the budget before it", _EACH, "2022-03-01", "5 млн", "year", None),
    Case("«Каждая … машина стоит около»: a price", _EACH, "2022-03-01", "около 6 млн рублей",
         "metric", "other"),
    Case("«Стоимость каждого трактора –»: a price", _EACH, "2022-03-01", "4,5 млн рублей",
         "metric", "other"),
    Case("«Один такой вагон обошёлся»: a price", _EACH, "2022-03-01", "3 млн рублей", "metric",
         "other"),
    Case("«Продажи через российские интернет-площадки … принесли»: export", _CHANNEL,
         "2022-03-01", "около 19 млн российских рублей", "metric", "export"),
    Case("«Реализация на российских маркетплейсах … принесла»: export", _CHANNEL, "2022-03-01",
         "120 млн рублей", "metric", "export"),
    Case("«Выручка от продаж через белорусских дилеров»: export", _CHANNEL, "2022-03-01",
         "40 млн рублей", "metric", "export"),
    Case("sales in its own shops stay revenue", _CHANNEL, "2022-03-01", "30 млн рублей",
         "metric", "other"),
    Case("«контракт … – перевод … на N – выиграло»: the contract's value", _DEAL_DESCRIBED,
         "2022-03-01", "46 млн российских рублей", "metric", "agreements"),
    Case("«сделка … — поставка … на N — заключена»: the deal's value", _DEAL_DESCRIBED,
         "2022-03-01", "4 млн долларов", "metric", "agreements"),
    Case("«заказ – ремонт … на N – достался»: the order's value", _DEAL_DESCRIBED,
         "2022-03-01", "12 млн рублей", "metric", "agreements"),
    Case("a delivery with a comment after a dash stays an export", _DEAL_DESCRIBED,
         "2022-03-01", "5 млн долларов", "metric", "export"),
    Case("«компенсирует часть первоначального взноса, … на это планируем»: financing",
         _DOWN_PAYMENT, "2022-03-01", "40 млн рублей", "metric", "financing"),
    Case("«субсидирует первоначальный взнос …, выделено»: financing", _DOWN_PAYMENT,
         "2022-03-01", "25 млн рублей", "metric", "financing"),
    Case("«На возмещение части первоначального взноса … направят»: financing", _DOWN_PAYMENT,
         "2022-03-01", "15 млн рублей", "metric", "financing"),
    Case("the down payment itself stays other", _DOWN_PAYMENT, "2022-03-01", "57,2 млн рублей",
         "metric", "other"),
    Case("«На белорусских производителей пришлось» of Russia's import: BY→RU", _MAKERS,
         "2021-03-01", "9,1 млн", "flow", "BY→RU"),
    Case("«на белорусских поставщиков пришлось»: BY→RU", _MAKERS, "2021-03-01",
         "40 млн долларов", "flow", "BY→RU"),
    Case("«на российских изготовителей пришлось» of Belarus's import: RU→BY", _MAKERS,
         "2021-03-01", "50 млн долларов", "flow", "RU→BY"),
    Case("the whole import stays every origin's", _MAKERS, "2021-03-01", "47,8 млн долларов",
         "flow", "other"),
    Case("an import split by makers after it is every origin's, whatever the headline",
         _MAKERS_HEADLINE, "2021-03-01", "300 млн долларов", "flow", "other"),
    Case("… and the Belarusian suppliers' share is BY→RU", _MAKERS_HEADLINE, "2021-03-01",
         "40 млн", "flow", "BY→RU"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_session30_walk45_fact(case: Case, tmp_path: Path) -> None:
    check_fact_case(tmp_path, case)
