"""What a figure measures, for the causes found in round 48's dev part (session 31, issue 10,
walk48money). The texts are written for this test in the style of such news.

- shipments told in the first sentence of the paragraph right after a wire's lead (the
  paragraph that opens on the agency's dateline) break the lead's export down: they are that
  export, whatever time opens them («Во втором квартале отгрузки составили …»); shipments
  after a lead that is no wire's, with no trade figure of their paragraph, stay output.
- a trade noun that is the subject of bringing the money («Экспорт в Россию принёс …»,
  «Поставки в Смоленскую область принесли заводу …», «Продажи за рубеж принесли …») names
  it: the export, not revenue; money brought by another business («Перевалка грузов
  принесла …») stays revenue, `other`, and so does trade with a third country («Поставки в
  Казахстан принесли …»).
- a facility's cost told with the past of «стоить» («Линия стоила 1,1 млн евро», «Новый цех
  стоил заводу …») is the money put into it, an investment, as «обошлась» is; what goods
  cost stays a price, and so does a thing of a named make («линия белорусского производства
  стоила …»: goods bought); a production site whose creation is discussed or done with words between
  the verbal noun and «производства» («создание в Орше совместного производства … стоимостью»)
  is a facility too.
- goods shipped or sold to buyers named back by a dative pronoun next to an active verb («Наши
  покупатели – магазины Пскова. В прошлом году отправили им сыров на …», «мы им отгрузили …»)
  go to those buyers: the shipper's export, as with a dative noun («отгрузили аграриям»); the
  passive «им отправлено» names the shipper, not a buyer.
- a thing bought «за счёт собственных средств» («комбайн купили за 18 млн рублей за счёт
  собственных средств») is one buyer's purchase, `other`: the phrase says how it was paid, as
  «за счёт кредита» does; own funds named as the money («Собственные средства предприятия —
  40 млн рублей») stay an investment.
- money put or lent into a project finished or launched in a month with no year («В ходе
  реконструкции цеха, завершённой в ноябре, в завод вложено …, из них … – кредит») is one-off:
  the month dates the event, so the sum takes no period and no year (session 18's one-off
  sums, as a facility launched «в мае … стоимостью» is); investment counted over a month
  («В декабре инвестиции в основной капитал составили …») keeps the month.
- a company buying from one named seller in a sentence that names Belarus («Сырьё фабрика
  получает из Беларуси: гранулы закупили у гродненского поставщика на …») makes a deal
  between two firms, one buyer's purchase, `other`; firms of a side buying in a country
  («Белорусские предприятия закупили в России …») stay its import.
- an elliptic item of a row of prices per unit, its «по» after a dash («по 40 рублей за литр,
  в Брянск – по 38–42 рубля»), is a price as the first item is, whatever shipment the
  sentence tells; shares of a shipment told «на» a sum stay the shipment.
- a sentence opening «Для сравнения» sets its figures against the last figure of their kind
  told before («Экспорт сыров в Россию принёс … ¶ Для сравнения: в 2020 году выручка от
  экспорта составляла …»): the same trade to the same market, BY→RU; after a part told last
  («на нее пришлось …») the topic read as before decides.
- money an investment plan or programme holds for building or modernisation («Инвестиционной
  программой завода предусмотрено … на модернизацию цеха») is an investment, as money
  «направлено» on it is; money a public budget holds for building stays financing.
- a figure restated in the old rubles in brackets after it («Прибыль – 1,2 млн рублей (в
  старых деньгах – 12 млрд)») is told in the new rubles, BYN, after the 2016 redenomination;
  the restatement is the old ones, BYR; a figure the words follow («8,4 млрд рублей (в старых
  деньгах)») stays old.
- the nouns of support paid («субсидирование», «дотирование», «дотация», «субвенция») govern
  the purchase they pay for («на субсидирование закупок кормов …»): financing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import check_fact_case, facts_by_surface

_WIRE = ("Завод нарастил поставки кирпича\n"
         "Гродно, 4 августа (БЕЛТА) – ОАО «Керамика» в январе–июне экспортировало в Россию "
         "кирпича на $18,4 млн, сообщили БЕЛТА в облисполкоме.\n"
         "В третьем квартале отгрузки составили $9,2 млн. Основные покупатели – стройки "
         "Подмосковья.\n")
_WIRE_MONTH = ("Сыры едут на восток\n"
               "Минск, 12 мая (БЕЛТА) – Молочный комбинат за четыре месяца поставил в Россию "
               "сыров на $7,5 млн.\n"
               "В апреле отгрузки достигли $2,3 млн, сообщили на предприятии.\n")
_NO_WIRE = ("Итоги года на комбинате\n"
            "Комбинат в прошлом году выпустил продукции на 4,1 млрд рублей и вложил в "
            "модернизацию 300 млн рублей.\n"
            "В четвертом квартале отгрузки составили 1,2 млрд рублей.\n")

_BROUGHT = ("Ели ушли в Россию\n"
            "Экспорт елей в Российскую Федерацию принес лесхозу 95 тыс. долларов.\n"
            "Поставки в Смоленскую область принесли заводу около 1,5 млн долларов.\n"
            "Продажи за рубеж в прошлом году принесли комбинату 12 млн долларов.\n"
            "Перевалка грузов принесла стивидорам 3,2 млрд рублей.\n"
            "Поставки в Узбекистан принесли холдингу 64 млн рублей.\n")

_COST = ("Новая линия\n"
         "– Во что обошлось обновление? – Линия стоила 2,3 млн евро, половину дал банк.\n"
         "Новый цех стоил заводу 40 млн рублей. Трактор у дилера стоил 3,1 млн рублей.\n"
         "Фасовочная линия белорусского производства стоила 600 тыс. евро.\n"
         "Обсуждается создание в Орше совместного производства стеклопакетов стоимостью около "
         "120 млн рублей.\n")

_SUPPORT = ("Корма для ферм\n"
            "В этом году область намерена направить на субсидирование закупок кормов 80 млн "
            "рублей.\n"
            "На дотирование перевозок молока выделено 12 млн рублей.\n")

_PRONOUN = ("Сыры для соседей\n"
            "Постоянные покупатели сыроварни – магазины Пскова и Великих Лук. В прошлом году "
            "отправили им сыров на 420 тысяч долларов.\n"
            "Крупнейшие дилеры – в Твери. Весной мы им отгрузили масла на 150 тысяч долларов.\n")

_OWN = ("Техника для хозяйства\n"
        "Зерноуборочный комбайн хозяйство купило за 18 млн рублей за счет собственных средств.\n"
        "Погрузчик приобрели за 3,4 млн рублей за счёт собственных средств.\n"
        "На модернизацию фермы ушло 60 млн рублей. Собственные средства предприятия – 40 млн "
        "рублей, остальное – кредит.\n")

_FINISHED = ("Реконструкция завершена\n"
             "В ходе реконструкции литейного цеха, завершенной в ноябре, в завод вложено 12 млн "
             "долларов, из них 7 млн долларов – кредит Белагропромбанка.\n"
             "В марте запустили вторую очередь склада, вложив в нее 900 тыс. долларов.\n"
             "В декабре инвестиции в основной капитал предприятия составили 2,2 млн долларов.\n")

_SELLER = ("Сырье из-за границы\n"
           "Пластик фабрика получает из Беларуси: в прошлом году гранулы закупили у "
           "гродненского поставщика на 40 млн рублей.\n"
           "Сталь компания берет в Белоруссии – за полгода закупили у жлобинского комбината "
           "на 120 млн рублей.\n"
           "Белорусские предприятия закупили в России оборудования на 300 млн долларов.\n")

_ROW = ("Молоко за границу\n"
        "В Смоленск молоко отгружали по 40 рублей за литр, в Брянск – по 38–42 рубля.\n"
        "Завод отгрузил в Брянск продукции на 5 млн рублей, в Смоленск – на 3 млн.\n")
_COMPARED = ("Итоги года на комбинате\n"
             "Экспорт сыров в Российскую Федерацию принес комбинату 2,1 млн долларов. Главные "
             "покупатели – торговые сети.\n"
             "Для сравнения: в 2020 году выручка от экспорта сыров составляла 1,6 млн "
             "долларов.\n")

_PLAN = ("Планы комбината\n"
         "Инвестиционной программой завода на 2015 год предусмотрено 40 млн рублей на "
         "модернизацию сушильного цеха.\n"
         "Инвестиционным планом на будущий год заложено еще 6 млн долларов на строительство "
         "склада.\n"
         "В областном бюджете предусмотрено 50 млн рублей на строительство дорог.\n")

_RESTATED = ("Итоги девяти месяцев\n"
             "Гомель, 20 октября. Чистая прибыль ОАО «Гомельский провод» за январь–сентябрь – "
             "1,2 млн рублей (в старых деньгах – 12 млрд). Средняя зарплата в сентябре – 760 "
             "белорусских рублей.\n")

CASES = [
    Case("shipments after a wire's lead are the lead's export", _WIRE, "2022-08-04",
         "$9,2 млн", "metric", "export"),
    Case("…going where the lead's goods go", _WIRE, "2022-08-04", "$9,2 млн", "flow", "BY→RU"),
    Case("…opened by a month too", _WIRE_MONTH, "2021-05-12", "$2,3 млн", "metric", "export"),
    Case("shipments after a lead that is no wire's stay output", _NO_WIRE, "2021-02-01",
         "1,2 млрд рублей", "metric", "production"),
    Case("an export that brought the money names it", _BROUGHT, "2024-12-20",
         "95 тыс. долларов", "metric", "export"),
    Case("…so do deliveries into a region", _BROUGHT, "2024-12-20", "около 1,5 млн долларов",
         "metric", "export"),
    Case("…and sales abroad", _BROUGHT, "2024-12-20", "12 млн долларов", "metric", "export"),
    Case("money another business brought stays revenue", _BROUGHT, "2024-12-20",
         "3,2 млрд рублей", "metric", "other"),
    Case("…and so does trade with a third country", _BROUGHT, "2024-12-20", "64 млн рублей",
         "metric", "other"),
    Case("a line that «стоила» is an investment", _COST, "2010-03-01", "2,3 млн евро",
         "metric", "investment"),
    Case("…and so is a workshop that «стоил» its plant", _COST, "2010-03-01", "40 млн рублей",
         "metric", "investment"),
    Case("…while goods that «стоил» are priced", _COST, "2010-03-01", "3,1 млн рублей",
         "metric", "other"),
    Case("…and so is a line of a named make: goods bought", _COST, "2010-03-01",
         "600 тыс. евро", "metric", "other"),
    Case("a joint production site whose creation is discussed is a facility", _COST,
         "2010-03-01", "около 120 млн рублей", "metric", "investment"),
    Case("goods sent to buyers named back by «им» are exported", _PRONOUN, "2019-06-01",
         "420 тысяч долларов", "metric", "export"),
    Case("…and so are goods shipped to them, the pronoun before the verb", _PRONOUN,
         "2019-06-01", "150 тысяч долларов", "metric", "export"),
    Case("a thing bought from own funds is a purchase", _OWN, "2017-04-12", "18 млн рублей",
         "metric", "other"),
    Case("…with «приобрели» too", _OWN, "2017-04-12", "3,4 млн рублей", "metric", "other"),
    Case("own funds named as the money stay an investment", _OWN, "2017-04-12",
         "40 млн рублей", "metric", "investment"),
    Case("money put into a project finished in a month takes no period", _FINISHED,
         "2015-02-01", "12 млн долларов", "period", None),
    Case("…and no year", _FINISHED, "2015-02-01", "12 млн долларов", "year", None),
    Case("…nor does the credit part of it", _FINISHED, "2015-02-01", "7 млн долларов", "year",
         None),
    Case("…nor money put into a part launched in a month", _FINISHED, "2015-06-01",
         "900 тыс. долларов", "period", None),
    Case("investment counted over a month keeps the month", _FINISHED, "2015-02-01",
         "2,2 млн долларов", "period", "декабрь"),
    Case("a company buying from one named seller makes a purchase", _SELLER, "2021-07-09",
         "40 млн рублей", "metric", "other"),
    Case("…from a plant too", _SELLER, "2021-07-09", "120 млн рублей", "metric", "other"),
    Case("firms of a side buying in a country import", _SELLER, "2021-07-09",
         "300 млн долларов", "metric", "import"),
    Case("an elliptic item of a row of unit prices is a price", _ROW, "2019-06-01",
         "38–42 рубля", "metric", "other"),
    Case("…while shares of a shipment stay the shipment", _ROW, "2019-06-01", "3 млн",
         "metric", "export"),
    Case("a figure «для сравнения» goes where the figure compared with goes", _COMPARED,
         "2021-12-20", "1,6 млн долларов", "flow", "BY→RU"),
    Case("money an investment programme holds for modernisation is an investment", _PLAN,
         "2015-01-20", "40 млн рублей", "metric", "investment"),
    Case("…and so is money an investment plan lays by for building", _PLAN, "2015-01-20",
         "6 млн долларов", "metric", "investment"),
    Case("…while a public budget's money for building is financing", _PLAN, "2015-01-20",
         "50 млн рублей", "metric", "financing"),
    Case("subsidising purchases is financing", _SUPPORT, "2026-02-10", "80 млн рублей",
         "metric", "financing"),
    Case("…and so is subsidising haulage", _SUPPORT, "2026-02-10", "12 млн рублей", "metric",
         "financing"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round48_reading(tmp_path: Path, case: Case) -> None:
    check_fact_case(tmp_path, case)


def test_restated_in_old_rubles(tmp_path: Path) -> None:
    """A Belarusian paper after the redenomination: the figure is new rubles, its bracketed
    restatement the old ones."""
    facts = facts_by_surface(tmp_path, _RESTATED, published="2016-10-20",
                             source="Гомельская правда")
    assert facts["1,2 млн рублей"].amount.currency == "BYN"
    assert facts["12 млрд"].amount.currency == "BYR"
