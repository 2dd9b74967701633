"""What a figure measures and when, for the causes round 26's dev part and the pooled dev errors
showed (session 20, issue 10). Each rule is plain Russian grammar or acts on the dev texts of
two rounds at least; one case per rule at least. The texts are written for this test in the
style of such news.

- a month that dates a one-off sum (a deal of any money signed, a facility launched at its
  cost) gives it no period and no year, and no time is carried to it from before;
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import check_fact_case

_FUNDING = ("Очистные сооружения обновят на заём\n"
            "За январь–июнь в модернизацию сетей области вложено 12 млн рублей. Соглашение о "
            "финансировании на сумму 9,5 млн долларов подписано в августе.\n")
_LINE = ("Молокозавод нарастил выпуск\n"
         "В первом полугодии завод выпустил продукции на 40 млн рублей. В апреле предприятие "
         "запустило цех по розливу кефира стоимостью 3,4 млн евро.\n")

_GRANTS = ("Итоги конкурса стартапов\n"
           "Гранты получили 20 команд из России и Беларуси, общий грантовый фонд составил 30 млн "
           "рублей.\n")
_PAWN = ("Ломбарды и лом\n"
         "С начала года в регион ввезли золотых изделий на 12 млн рублей. Изделия сдают в "
         "ломбарды по 4–5 тыс. рублей за грамм.\n"
         "Беспошлинный порог для посылок из-за рубежа составляет 200 евро за отправление.\n")

_CLAIMS = ("Засуха ударила по хозяйствам\n"
           "Страховые компании за январь–август выплатили аграриям области 410 млн рублей "
           "возмещения. Росгосстрах выплатил фермерам за гибель посевов еще 95 млн рублей. Из "
           "областного бюджета хозяйствам направлено 60 млн рублей возмещения части затрат на "
           "семена.\n")

_PAPER = ("Бумага дорожает\n"
          "Экспорт белорусского картона в Россию за январь–май вырос до 18 млн долларов. Тонна "
          "картона с начала года подорожала с 520 до 610 долларов.\n")

_COSTS = ("Сеть откроет новые магазины\n"
          "Средняя стоимость открытия одного магазина — 9 млн рублей. В прошлом году компания "
          "сдала в Брянской области мост через Десну стоимостью 800 млн рублей. Проект "
          "стоимостью 2,4 млрд рублей финансирует Сбербанк.\n")

_LEASE = ("Перевозчик обновил парк\n"
          "Компания «ВолгаТранс» взяла в лизинг у ГТЛК 40 автобусов МАЗ; общая стоимость "
          "договоров лизинга — 1,1 млрд рублей. Лизинговая компания «Сбер Лизинг» заключила "
          "договор лизинга на 15 тягачей на сумму 210 млн рублей.\n")

_SEASON = ("Котельные запаслись брикетом\n"
           "Экспорт брикета в Россию за отопительный сезон 2022/2023 составил 4,1 млн "
           "долларов. Учебники к 2024/25 учебному году напечатают за 12 млн "
           "рублей.\n")

_FISH = ("Белорусские заводы закупили российской рыбы почти на $80 млн\n"
         "В первом полугодии импорт мороженой рыбы из России составил 78,6 млн долларов.\n")

_TARIFFS = ("Тарифы растут\n"
            "Тариф на воду с 1 января вырос до 2,1 рубля за кубометр. Тариф на тепло с 1 января "
            "вырастет до 95 рублей за гигакалорию.\n")

_PUMPS = ("Насосы для пеллетного завода\n"
          "Насосы поставит белорусский завод; контракт на 1,9 млн евро подписан в 2023 году. "
          "В этом году планируется купить еще 12 автобусов; на эти цели в бюджете "
          "предусмотрено 0,6 млрд рублей.\n")

_SIGNED = ("Кредит на очистные\n"
           "Большую часть средств предоставит российский банк: соглашение о кредите на сумму "
           "14 млн долларов подписано в 2022 году.\n")

_WHOLE = ("Выручка СП растет\n"
          "Выручка за девять месяцев достигла 412 млн рублей против 355 млн за весь 2022 год. "
          "Продажи в России за январь–август достигли 1,6 млрд рублей, за весь прошлый год – "
          "1,9 млрд.\n")

_SEIZED = ("Таможня изъяла золото\n"
           "С начала года брянские таможенники выявили 20 случаев контрабанды золота. Стоимость "
           "изъятого товара составила около 30 млн рублей.\n")

_BANK = ("Линия для игрушек\n"
         "Фабрика вложит в новую линию около 2,5 млн евро. Часть средств — 4 млн рублей — "
         "предоставит Банк развития.\n")

_HEIFERS = ("Племенной скот из Беларуси\n"
            "В прошлом году тульские хозяйства закупили в Беларуси 900 голов на 140 млн рублей. "
            "Белорусские предприятия закупили в России оборудования на 2 млрд рублей.\n")

_JEWELS = ("Ювелиры наращивают экспорт\n"
           "Лидер отрасли за прошлый год отгрузил в Россию изделий на 7,2 млн долларов. "
           "Предприятие вкладывает в обновление производства 3,5 млн рублей.\n")

CASES = [
    Case("an investment going on from a dated sentence takes no year", _JEWELS, "2019-02-14",
         "3,5 млн рублей", "year", None),
    Case("the export keeps its year", _JEWELS, "2019-02-14", "7,2 млн долларов", "year", 2018),
    Case("farms «закупили в Беларуси» make their own purchase, other", _HEIFERS, "2020-09-30",
         "140 млн рублей", "metric", "other"),
    Case("a country's firms «закупили в России» stay import", _HEIFERS, "2020-09-30",
         "2 млрд рублей", "metric", "import"),
    Case("a part a bank provides is a credit", _BANK, "2023-05-05", "4 млн рублей", "metric",
         "credit"),
    Case("the whole stays an investment", _BANK, "2023-05-05", "около 2,5 млн евро", "metric",
         "investment"),
    Case("seized goods take the time of the sentence before", _SEIZED, "2024-11-28",
         "около 30 млн рублей", "year", 2024),
    Case("«против 355 млн за весь 2022 год»: no period", _WHOLE, "2023-10-20", "355 млн",
         "period", None),
    Case("«за весь прошлый год – 1,9 млрд»: no period", _WHOLE, "2023-10-20", "1,9 млрд",
         "period", None),
    Case("a past verb after the amount in its own clause: no plan", _SIGNED, "2022-10-05",
         "14 млн долларов", "forecast", False),
    Case("a future verb before «;» makes no plan of the next clause", _PUMPS, "2023-04-06",
         "1,9 млн евро", "forecast", False),
    Case("«предусмотрено» after «;» is a plan of its own", _PUMPS, "2023-04-06",
         "0,6 млрд рублей", "forecast", True),
    Case("«с 1 января вырос» in October: this year", _TARIFFS, "2022-10-05", "2,1 рубля",
         "year", 2022),
    Case("«с 1 января вырастет» in October: the next year", _TARIFFS, "2022-10-05",
         "до 95 рублей", "year", 2023),
    Case("a rounded headline figure takes the body's metric", _FISH, "2024-08-14",
         "$80 млн", "metric", "import"),
    Case("«сезон 2022/2023» gives no year", _SEASON, "2023-08-15", "4,1 млн долларов", "year",
         None),
    Case("«к 2024/25 учебному году» gives no year", _SEASON, "2023-08-15", "12 млн рублей",
         "year", None),
    Case("one lessee's leasing contract is what it pays, other", _LEASE, "2022-08-02",
         "1,1 млрд рублей", "metric", "other"),
    Case("a lessor's «заключила договор лизинга» stays agreements", _LEASE, "2022-08-02",
         "210 млн рублей", "metric", "agreements"),
    Case("the cost of opening one shop is an investment", _COSTS, "2021-04-01", "9 млн рублей",
         "metric", "investment"),
    Case("a bridge «стоимостью» is an investment", _COSTS, "2021-04-01", "800 млн рублей",
         "metric", "investment"),
    Case("a project «стоимостью» financed by a bank is an investment", _COSTS, "2021-04-01",
         "2,4 млрд рублей", "metric", "investment"),
    Case("«подорожала с … до …» is a price, other", _PAPER, "2022-06-20", "610 долларов",
         "metric", "other"),
    Case("insurers' «выплатили … возмещения» is other", _CLAIMS, "2024-09-10",
         "410 млн рублей", "metric", "other"),
    Case("an insurer named «…страх» paying out is other", _CLAIMS, "2024-09-10",
         "95 млн рублей", "metric", "other"),
    Case("the budget's «возмещения» stays financing", _CLAIMS, "2024-09-10", "60 млн рублей",
         "metric", "financing"),
    Case("«грантовый фонд составил» is financing", _GRANTS, "2021-12-01", "30 млн рублей",
         "metric", "financing"),
    Case("a price «за грамм» is other", _PAWN, "2024-11-28", "4–5 тыс. рублей", "metric",
         "other"),
    Case("… and takes no time from the flow before", _PAWN, "2024-11-28", "4–5 тыс. рублей",
         "year", None),
    Case("«200 евро за отправление» is other", _PAWN, "2024-11-28", "200 евро", "metric",
         "other"),
    Case("a financing agreement «подписано в августе»: no period", _FUNDING, "2022-10-05",
         "9,5 млн долларов", "period", None),
    Case("… and no year", _FUNDING, "2022-10-05", "9,5 млн долларов", "year", None),
    Case("a workshop launched in April «стоимостью»: no period", _LINE, "2023-09-01",
         "3,4 млн евро", "period", None),
    Case("… and no year carried from the half-year before", _LINE, "2023-09-01",
         "3,4 млн евро", "year", None),
    Case("the half-year's output keeps its time", _LINE, "2023-09-01", "40 млн рублей",
         "period", "I полугодие"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round26_rules(tmp_path: Path, case: Case) -> None:
    check_fact_case(tmp_path, case)
