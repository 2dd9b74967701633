"""What a figure is, for the causes found in round 51's dev part (session 33, issue 10,
walk51money). The texts are written for this test in the style of such news.

- lines opening with a dash under a question that opens with one are a dialogue's replies,
  not items of a list under the line above them («Расшифровка выпуска» is no heading over
  «— Какой объём торговли …?» «— По итогам года — …»): a reply takes its question's topic.
- goods of a country named with a second adjective («поступило белорусской карьерной техники
  на …») came in from that country: the receiving region's import, as one adjective's are.
- leasing named as the way a price is paid («Стоимость трактора на условиях лизинга — …») is
  no lessor's financing: what one machine costs the farm, a price, `other`, with no year.
- a maker's warranty told as a time («ремонт за пределами гарантии») is no bank's guarantee.
- the security for a contract («Обеспечение исполнения контракта — …») is a deposit, `other`,
  not the contract's value.
- «за тот же период» speaks of the figure in focus, not of one dated back from it («Годом
  ранее этот показатель составлял …» between them).
- «Лидером среди регионов-покупателей стала … — сделки на …» ranks the shares of the deals
  told before: they are of that total's time; the deals of one trading session («На торгах
  12 марта заключены сделки на …») are a volume of deals, of that day's month.
- what one party pays told with «для одного» («её стоимость для одного участника — …») is a
  price, `other`, of no time, though its currency is borrowed from the site.
- «Ещё один, под …, обойдётся в …» after a sentence naming a facility is one more facility:
  its cost is an investment; so is the cost of setting up an enterprise («Создание
  предприятия обошлось учредителям в …»).
- money of a possibility weighed («рассматривает возможность открыть … центр с объёмом
  вложений до …») is a plan.
- a table's cell told with «минус» («сальдо — минус 12,5») is a negative amount in the
  table's unit.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

from analysis.money.lists import list_lead


def test_a_dialogue_under_a_caption_is_no_list() -> None:
    text = ("Интервью с послом\nВыпуск третий\n— Сколько стоит трактор?\n— Около 3 млн рублей.\n")
    assert list_lead(text, text.index("— Около")) is None


def test_a_transcript_reply_takes_the_topic_of_its_question(tmp_path: Path) -> None:
    text = ("Радиоэфир: представитель Беларуси о торговле с Пермским краем\n"
            "Расшифровка выпуска\n\n"
            "— Каков товарооборот Беларуси с Пермским краем?\n\n"
            "— В прошлом году — 410 млн долларов. За полгода мы вышли на 230 млн.\n\n"
            "— Сколько сегодня стоит автобус МАЗ в Перми?\n\n"
            "— Сейчас около 14 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-08-01",
                           url="https://radio.example.ru/2024/08/01/perm")
    assert got["410 млн долларов"].metric == "trade_turnover"
    assert got["230 млн"].metric == "trade_turnover"
    assert got["около 14 млн рублей"].metric == "other"


def test_goods_with_two_adjectives_received_are_an_import(tmp_path: Path) -> None:
    text = ("Самосвалы для разрезов\n"
            "Угольщики подписали договор на поставку самосвалов. Сумма сделки — 2 млрд рублей. "
            "Всего в прошлом году в Хакасию поступило белорусской горной техники на 5,4 млрд "
            "рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2015-03-02",
                           url="https://news.example.ru/2015/03/02/samosvaly")
    assert got["5,4 млрд рублей"].metric == "import"
    assert got["5,4 млрд рублей"].flow == "BY→RU"


def test_a_price_paid_by_leasing_is_a_price(tmp_path: Path) -> None:
    text = ("Техника в лизинг\n"
            "В прошлом году по программе хозяйства области получили машин на 300 млн рублей. "
            "Стоимость трактора МТЗ-82 на условиях лизинга — 3,1 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2016-05-12",
                           url="https://agro.example.ru/2016/05/12/lizing")
    assert got["3,1 млн рублей"].metric == "other"
    assert got["3,1 млн рублей"].year is None


def test_a_warranty_is_no_guarantee(tmp_path: Path) -> None:
    text = ("Автобусы для города\n"
            "Гарантийный срок — два года. Стоимость часа ремонта за пределами гарантии — "
            "1 900 руб.\n")
    got = facts_by_surface(tmp_path, text, published="2023-02-01",
                           url="https://zakupki.example.ru/2023/02/01/avtobusy")
    assert got["1 900 руб."].metric == "other"


def test_a_contract_security_is_no_contract_value(tmp_path: Path) -> None:
    text = ("Итоги аукциона на поставку автобусов\n"
            "Контракт на поставку автобусов МАЗ заключён по цене 118 500 000 руб.\n\n"
            "Обеспечение исполнения контракта — 5 925 000 руб.\n")
    got = facts_by_surface(tmp_path, text, published="2024-04-02",
                           url="https://zakupki.example.ru/2024/04/02/avtobusy")
    assert got["5 925 000 руб."].metric == "other"


def test_the_same_period_is_the_focus_not_the_year_before(tmp_path: Path) -> None:
    text = ("Транзит через Беларусь\n"
            "Экспорт российских услуг по перевозке грузов в Беларусь за январь–июнь 2023 года "
            "вырос до $420 млн. Годом ранее этот показатель составлял $350 млн. Белорусские "
            "перевозчики за тот же период оказали российским клиентам услуг на $610 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2023-08-10",
                           url="https://cargo.example.ru/2023/08/10/tranzit")
    assert (got["$610 млн"].year, got["$610 млн"].period) == (2023, "январь–июнь")


def test_the_leader_among_buyers_and_a_sessions_deals_take_their_time(tmp_path: Path) -> None:
    text = ("Биржа продала древесину\n"
            "Биржа за январь–март 2023 года заключила с российскими покупателями сделок по "
            "продаже пиломатериалов на $9,4 млн.\n\n"
            "Лидером среди регионов-покупателей стала Смоленская область — сделки на $2,1 млн.\n\n"
            "На торгах 14 марта заключены сделки на 0,8 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2023-04-05",
                           url="https://birzha.example.by/2023/04/05/les")
    assert (got["$2,1 млн"].year, got["$2,1 млн"].period) == (2023, "январь–март")
    assert (got["0,8 млн долларов"].year, got["0,8 млн долларов"].period) == (2023, "март")


def test_what_one_participant_pays_is_a_price(tmp_path: Path) -> None:
    text = ("Биржа открыла секцию леса\n"
            "Биржа рассчитывает, что в 2023 году сделки с лесом превысят $30 млн. Для "
            "иностранцев действует упрощённая регистрация: её стоимость для одного участника — "
            "1 800 рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2023-04-05",
                           url="https://birzha.example.by/2023/04/05/les")
    assert got["1 800 рублей"].metric == "other"
    assert got["1 800 рублей"].year is None


def test_one_more_facility_and_setting_up_an_enterprise_cost_investment(tmp_path: Path) -> None:
    text = ("Сервис для самосвалов\n"
            "В Кемерове открыт сервисный центр БелАЗ, вложения — 200 млн рублей. Ещё один, под "
            "Новокузнецком, обойдётся примерно в 300 млн.\n\n"
            "Создание предприятия в 2005 году обошлось учредителям в 40 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-06-01",
                           url="https://kuzbass.example.ru/2024/06/01/servis")
    assert got["300 млн"].metric == "investment"
    assert got["40 млн рублей"].metric == "investment"


def test_a_table_cell_with_minus_is_a_negative_amount(tmp_path: Path) -> None:
    text = ("Псковстат: торговля с Беларусью\n"
            "Оборот торговли области с Беларусью в I квартале 2025 года составил 95,1 млн "
            "долларов США.\n\n"
            "СТРУКТУРА (млн долл. США):\n"
            "экспорт — 41,3;\n"
            "импорт — 53,8;\n"
            "сальдо — минус 12,5.\n")
    got = facts_by_surface(tmp_path, text, published="2025-05-20",
                           url="https://stat.example.ru/2025/05/20/torgovlya")
    assert got["минус 12,5"].amount.value == -12_500_000
    assert got["минус 12,5"].amount.currency == "USD"


def test_a_possibility_weighed_is_a_plan(tmp_path: Path) -> None:
    text = ("Лифты для Томска\n"
            "По словам губернатора, белорусский завод рассматривает возможность открыть в Томске "
            "сервисный центр с объёмом вложений до 25 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2019-03-01",
                           url="https://tomsk.example.ru/2019/03/01/lifty")
    assert got["до 25 млн рублей"].forecast
