"""What a figure is, for the causes found in round 62's dev part (session 40, walk62money).
The texts are written for this test in the style of such pages and news.

- a list set without bullets, one item a line closed by «;», under a short caption with a
  colon («Основные позиции импорта:»): the caption's measure noun is what its items measure,
  and the items' goods go where the text before the caption (or the page's title: «Обзор
  внешней торговли Республики Беларусь с Российской Федерацией») says the trade goes.
- «этот показатель» opening a figure's clause points back to the figure told before; a weak
  word after the amount, in the clause that explains the change («– сказался спад в
  строительстве»), names no kind of this money (a measure noun there still does).
- a facility's cost: a rolling mill («стан») is a plant; a centre «по обслуживанию … техники
  стоимостью» is the centre's cost, the goods named are what it serves.
- «туда» in a figure's clause is the Russian region named before: the goods go into it (a
  Belarusian outlet's «мы продали туда …» is the maker's export into that region, which keeps
  the region); a sentence of trade with one side («Товарооборот Могилёвской области с
  Калужской областью …») makes the next «Наш экспорт – …» the other side's.
- a purchase's lots («Лот № 1. … — 1 860 000,00 руб.») under «Ориентировочная стоимость
  закупки на 2009 год — …, в том числе:» (a blank line between) are items of its list: they
  take its year, and a year after the publication makes them a plan; a price per unit a lot
  names besides («не более 265 000 руб. за единицу») takes no time from it.
- a bare «показатель» as a clause's subject points back as «этот показатель» does; a year of
  make («2005 г. в.», «года выпуска») is the thing's, no time of its price.
- a share of a cost with a cap («30% стоимости оборудования, но не более 2 млн рублей»): the
  cost is the share's base, the cap is what the question or the topic names (a compensation).
- a programme passport's totals («общий объём финансирования программы составляет …») under
  its title «… программы … на 2019–2024 годы» are a multi-year plan, as when the sentence
  names the span.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

_REVIEW = (
    "Внешняя торговля Республики Беларусь с Российской Федерацией в I квартале 2021 года\n\n"
    "Экспорт белорусских товаров в Россию за квартал составил 4 210,6 млн долларов США, импорт "
    "из России – 5 870,2 млн долларов США.\n\n"
    "Крупнейшие статьи экспорта:\n"
    "сыры и творог – 201,4 млн долл.;\n"
    "шины легковые – 48,9 млн долл.;\n"
    "мебель – 37,5 млн долл.\n\n"
    "Крупнейшие статьи импорта:\n"
    "нефть – 1 902,3 млн долл.;\n"
    "прокат плоский – 311,7 млн долл.\n")


def test_items_under_a_caption_measure_what_it_names(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _REVIEW, published="2021-05-12")
    for surface in ("201,4 млн долл.", "48,9 млн долл.", "37,5 млн долл."):
        assert facts[surface].metric == "export", surface
        assert facts[surface].flow == "BY→RU", surface
    for surface in ("1 902,3 млн долл.", "311,7 млн долл."):
        assert facts[surface].metric == "import", surface
        assert facts[surface].flow == "RU→BY", surface


def test_a_title_of_trade_with_one_side_places_the_caption_items(tmp_path: Path) -> None:
    text = ("Обзор торговли Республики Беларусь с Российской Федерацией за 2020 год\n\n"
            "Сальдо торговли сложилось отрицательным.\n\n"
            "Основные позиции экспорта:\n"
            "тракторы – 512,3 млн долл.;\n"
            "молоко – 388,0 млн долл.\n")
    facts = facts_by_surface(tmp_path, text, published="2021-02-20")
    assert facts["512,3 млн долл."].metric == "export"
    assert facts["512,3 млн долл."].flow == "BY→RU"
    assert facts["388,0 млн долл."].flow == "BY→RU"


def test_a_colon_line_with_a_speaker_names_no_measure_of_one_line(tmp_path: Path) -> None:
    # one line after a colon is no list; a lead with a body and a comma is no caption
    text = ("Министр экономики, выступая на коллегии, сказал о главном:\n"
            "на ремонт дорог направят 120 млн рублей;\n"
            "на экспорт услуг – ещё 15 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2021-02-20")
    assert facts["120 млн рублей"].metric != "export"


def test_this_measure_points_back_past_a_weak_word_after_it(tmp_path: Path) -> None:
    text = ("В 2014 году Россия ввезла из Белоруссии мебели на 610 млн долларов. К 2016 году "
            "этот показатель снизился до 455 млн – сказался спад в строительстве. Затем "
            "начался рост: 2018 год – 530 млн, 2019 год – 588 млн долларов.")
    facts = facts_by_surface(tmp_path, text, published="2020-03-02")
    for surface in ("455 млн", "530 млн", "588 млн долларов"):
        assert facts[surface].metric == "import", surface
        assert facts[surface].flow == "BY→RU", surface


def test_a_measure_noun_after_the_pointed_figure_still_names_it(tmp_path: Path) -> None:
    text = ("Экспорт области в Белоруссию в 2022 году составил 310 млн долларов. В прошлом году "
            "этот показатель превысил 290 млн долларов: торговля немного снизилась.")
    facts = facts_by_surface(tmp_path, text, published="2024-02-02")
    assert facts["превысил 290 млн долларов"].metric == "trade_turnover"


def test_a_mill_and_a_service_centre_cost_what_is_invested(tmp_path: Path) -> None:
    text = ("Банк открыл комбинату кредитную линию под строительство нового прокатного стана. "
            "Сам стан обошёлся примерно в 120 млн евро. Губернатор предложил открыть в области "
            "центр по обслуживанию карьерной и дорожной техники стоимостью около 90 млн рублей.")
    facts = facts_by_surface(tmp_path, text, published="2020-03-02")
    assert facts["120 млн евро"].metric == "investment"
    assert facts["около 90 млн рублей"].metric == "investment"


_BULLETIN = ("Новости региона. 12.10.2023\n\n"
             "КОРР.: Гости из Тульской области побывали на «Гомсельмаше».\n\n"
             "СИНХРОН (директор завода): Рынок Тульской области для нас растёт. В прошлом году "
             "мы продали туда комбайнов на 6,3 миллиона долларов.\n\n"
             "КОРР.: Товарооборот Гомельской области с Тульской областью за январь–август "
             "превысил 94 миллиона долларов. Наш экспорт за этот период – 61 миллион.\n")


def test_there_is_the_region_named_before(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _BULLETIN, published="2023-10-12",
                             url="https://gomel-tv.example.by/news/2023/10/12")
    fact = facts["6,3 миллиона долларов"]
    assert (fact.metric, fact.flow, fact.region) == ("export", "BY→RU", "Тульская область")


def test_our_export_after_trade_with_one_side_is_the_other_sides(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _BULLETIN, published="2023-10-12",
                             url="https://gomel-tv.example.by/news/2023/10/12")
    fact = facts["61 миллион"]
    assert (fact.flow, fact.region) == ("BY→RU", "Тульская область")


def test_lots_under_a_purchase_for_a_year_take_its_year(tmp_path: Path) -> None:
    text = ("Запрос коммерческих предложений на поставку шин в 2016 году\n\n"
            "Дата размещения: 20.11.2015\n\n"
            "Ориентировочная стоимость закупки на 2016 год — 2 500 000,00 руб., в том числе:\n\n"
            "Лот № 1. Шины для автобусов МАЗ — 1 700 000,00 руб. Цена одной шины — не более "
            "21 000 руб. за единицу.\n"
            "Лот № 2. Шины для грузовиков — 800 000,00 руб.\n")
    facts = facts_by_surface(tmp_path, text, published="2015-11-20")
    for surface in ("1 700 000,00 руб.", "800 000,00 руб."):
        assert (facts[surface].year, facts[surface].forecast) == (2016, True), surface
    cap = facts["не более 21 000 руб."]
    assert (cap.year, cap.forecast) == (None, False)


def test_a_bare_measure_word_points_back_to_the_whole(tmp_path: Path) -> None:
    text = ("Товарооборот области с Белоруссией в прошлом году составил 320,4 млн долларов. Из "
            "них на экспорт пришлось 120,1 млн, на импорт — 200,3 млн. В январе–марте этого "
            "года показатель снизился на 4%, до 71,2 млн долларов: сказалось падение поставок "
            "льна.")
    facts = facts_by_surface(tmp_path, text, published="2015-05-20")
    assert facts["71,2 млн долларов"].metric == "trade_turnover"


def test_a_year_of_make_is_no_time_of_the_price(tmp_path: Path) -> None:
    text = ("ОБЪЯВЛЕНИЯ\nПродаю комбайн «Дон-1500», 2007 г. в., на ходу, 42 млн руб.\n"
            "Продаю погрузчик Амкодор, 2011 года выпуска, 95 млн руб., торг.\n")
    facts = facts_by_surface(tmp_path, text, published="2012-04-05")
    assert facts["42 млн руб."].year is None
    assert facts["95 млн руб."].year is None


def test_a_cap_on_a_share_of_a_cost_is_the_compensations(tmp_path: Path) -> None:
    text = ("Вопрос: Каков размер субсидии?\n"
            "Ответ: 30% стоимости оборудования без учёта НДС, но не более 2 млн рублей на одно "
            "хозяйство.\n")
    facts = facts_by_surface(tmp_path, text, published="2021-03-03")
    assert facts["не более 2 млн рублей"].metric == "financing"


def test_a_passports_programme_total_is_a_plan_over_the_titles_span(tmp_path: Path) -> None:
    text = ("ПАСПОРТ\n"
            "муниципальной программы «Поддержка малого предпринимательства» на 2021–2025 годы\n\n"
            "Утверждена постановлением администрации от 10.12.2020 № 311\n\n"
            "Объём финансирования: общий объём финансирования программы составляет 12 400,0 тыс. "
            "рублей, в том числе средства местного бюджета — 9 100,0 тыс. рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2020-12-15")
    for surface in ("12 400,0 тыс. рублей", "9 100,0 тыс. рублей"):
        assert (facts[surface].metric, facts[surface].forecast) == ("financing", True), surface
        assert facts[surface].year is None, surface
