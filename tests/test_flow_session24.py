"""Which way an export or import figure's goods go (`Fact.flow`), the causes of flow errors
sorted in session 24 (brief flow24) over the dev parts of rounds 6–34: an attribution's words,
a trade «с» one side, totals («Всего экспорт …», a country's import told by where it goes),
lists of markets under a heading, a Belarusian maker in a Russian region's figure, the dative
after a trade verb, a whole and its part carried to a later figure. Texts are our own."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import make_article

from analysis.money import describe
from analysis.money.flow_clause import flow_of_clause
from analysis.money.flow_sides import sides_in
from analysis.money.side_roles import ORIGIN


def flows(text: str) -> dict[str, str | None]:
    """surface → flow of each export or import figure of one article made of `text`."""
    return {f.amount.surface: f.flow
            for f in describe(make_article("flow24", text, date(2025, 3, 20)))
            if f.metric in ("export", "import")}


def test_an_attribution_ends_at_its_clause_break() -> None:
    """«по данным …, …» names its source before the comma; a side after it is what is said
    (old code read «в Россию» as the source's side and reversed the figure)."""
    got = flows("МТЗ нарастил поставки тракторов\n"
                "Экспорт тракторов МТЗ в Россию за первое полугодие составил 612 млн рублей. "
                "Годом ранее, по данным той же отчетности, экспорт был 498 млн рублей, то есть "
                "рост поставок в Россию составил 23%.")
    assert got["612 млн рублей"] == "BY→RU"
    assert got["498 млн рублей"] == "BY→RU"


def test_trade_with_one_side_is_the_other_sides() -> None:
    """«товарооборот с Гомельской областью …, экспорт — …»: the export goes to the side after
    «с»; the speaker «отметил, что» introduces what is said, not a side."""
    got = flows("Брянская область и Гомельщина\n"
                "Губернатор Брянской области отметил, что товарооборот с Гомельской областью за "
                "полугодие составил 210 млн долларов, экспорт — 130 млн.")
    assert got["130 млн"] == "RU→BY"


@pytest.mark.parametrize(("text", "surface", "flow"), [
    # «Всего экспорт компании» after its supplies to Belarus: every market's
    ("Уфимский завод нарастил отгрузки\nЗавод за полугодие поставил в Белоруссию соды на 2,1 "
     "млрд руб. Всего экспорт компании за полугодие составил 7,4 млрд руб.",
     "7,4 млрд руб.", "other"),
    # …but «всего» over goods to one place is that place's total
    ("Молочники нарастили поставки в Москву\nМинские молочные заводы поставили в Москву "
     "продукции на 312 млн долларов. Всего экспорт белорусского продовольствия в Москву "
     "за семь месяцев составил 1,04 млрд долларов.", "1,04 млрд долларов", "BY→RU"),
])
def test_a_total_over_every_market(text: str, surface: str, flow: str) -> None:
    assert flows(text)[surface] == flow


def test_a_countrys_import_told_by_where_it_goes_is_every_markets() -> None:
    """«в Россию ввезено … на $310 млн» names the importer only: Russia's import from every
    market; the supplier said of a side («Крупнейшим поставщиком остается Беларусь») is where
    the goods come from."""
    got = flows("Рынок плитки: импорт сокращается\n"
                "В 2023 году в Россию ввезено керамической плитки на $310 млн. "
                "Крупнейшим поставщиком остается Беларусь: на ее долю пришлось $95 млн, или "
                "почти 31% ввоза.")
    assert got["$310 млн"] == "other"
    assert got["$95 млн"] == "BY→RU"


@pytest.mark.parametrize("table", [
    "Структура импорта плитки в РФ, 2023 г., млн долл.: Беларусь – 95; Китай – 80; Италия – 40.",
    "ИМПОРТ ПЛИТКИ В РФ (январь–декабрь 2023, млн долл.)\nКитай — 80\nБеларусь — 95\nИталия — 40",
])
def test_an_item_under_a_heading_of_the_other_sides_import(table: str) -> None:
    """A list under «импорт … в РФ»: a place named alone is where the goods come from."""
    got = flows("Рынок плитки в цифрах\nИмпорт плитки растёт третий год подряд.\n" + table)
    assert got["95"] == "BY→RU"
    assert got["80"] == "other"


def test_a_markets_heading_ending_in_a_units_abbreviation() -> None:
    got = flows("Гродненский завод посуды нарастил экспорт\n"
                "ЭКСПОРТ ПО РЫНКАМ, млн долл.: Россия – 16,3 | Казахстан – 2,1 | прочие страны – 2,0")
    assert got["16,3"] == "BY→RU"
    assert got["2,1"] == "other"


def test_a_belarusian_maker_in_a_russian_regions_figure() -> None:
    """A Russian region's figure is the region's own trade with Belarus, but a Belarusian
    seller its sentence names sends Belarusian goods into the region."""
    got = flows("В Тверской области построят льнозавод\n"
                "В Тверской области построят завод по переработке льна. Оборудование на 320 млн "
                "рублей поставит белорусское ОАО «Льномаш», контракт подписан на прошлой неделе.")
    assert got["320 млн рублей"] == "BY→RU"


def test_the_dative_after_a_trade_verb_is_the_receiver() -> None:
    """«продала России»: after a verb the side in the dative is whom the goods go to (the
    genitive owner is a noun's: «экспорт Беларуси»)."""
    got = flows("Итоги года\nЗа год Беларусь продала России тракторов на 1,2 млрд долларов.")
    assert got["1,2 млрд долларов"] == "BY→RU"


def test_a_later_figure_follows_the_whole_unless_it_names_the_part() -> None:
    whole = flows("«Фармтех» подвел итоги\nЭкспорт завода в целом за 2023 год составил $14,1 "
                  "млн, из них в Россию — $11,9 млн. На текущий год предприятие планирует "
                  "довести экспорт до $17 млн.")
    assert (whole["$14,1 млн"], whole["$11,9 млн"], whole["до $17 млн"]) == (
        "other", "BY→RU", "other")
    part = flows("Страховщик подвел итоги\nОбщий объем застрахованного экспорта превысил 5,6 "
                 "млрд долларов, из которых на Россию пришлось около 3,9 млрд. В 2023 году по "
                 "России было застраховано экспорта на 3,1 млрд долларов.")
    assert part["3,1 млрд долларов"] == "BY→RU"


def test_makers_after_dlya_and_the_market_of_a_country() -> None:
    """«Для белорусских производителей»: makers are where goods come from; «на рынок России»:
    the genitive after a receivers noun is where they go."""
    got = flows("ЕЭК ввела пошлину на прокат из Китая\n"
                "Для белорусских производителей мера важна: их поставки на рынок России в 2023 "
                "году составили 48 млн долларов.")
    assert got["48 млн долларов"] == "BY→RU"


@pytest.mark.parametrize(("text", "surface", "flow"), [
    # a figure naming no market before one of its kind told the pair's market: the whole
    ("Обойная фабрика подвела итоги\nЭкспорт за девять месяцев – $12,8 млн, в Россию "
     "поставлено продукции на $10,1 млн.", "$12,8 млн", "other"),
    # …but not a share of the later one
    ("Рейтинг экспортеров\nВсего на пятерку крупнейших экспортеров пришлось порядка 2,1 млрд "
     "долларов, или около 20% белорусского экспорта товаров в Россию, который в прошлом году "
     "составил 10,4 млрд долларов.", "порядка 2,1 млрд долларов", "BY→RU"),
    # «на экспорт» naming no market: abroad
    ("Фабрика игрушек подвела итоги\nФабрика за полугодие отгрузила продукции на 15,2 млн "
     "рублей, из них на экспорт — на 5,1 млн долларов.", "5,1 млн долларов", "other"),
])
def test_a_whole_and_its_part_in_one_sentence(text: str, surface: str, flow: str) -> None:
    assert flows(text)[surface] == flow


def test_a_figure_after_a_share_is_the_whole() -> None:
    """After «На долю граждан России пришлось …», a figure naming no side is the whole's."""
    got = flows("Экспорт медуслуг растет\n"
                "За полугодие клиники оказали иностранным гражданам медицинских услуг на 28 млн "
                "долларов. На долю граждан России пришлось около 15 млн долларов, или 54% всего "
                "объема.\n"
                "В прошлом году экспорт медицинских услуг достиг 52 млн долларов.")
    assert got["52 млн долларов"] == "other"


def test_the_object_of_a_trade_verb_is_the_goods() -> None:
    """«закупили российской рыбы»: the adjective of the verb's object names where the goods
    are made, whatever the noun; a subject in the nominative is who trades, not the goods."""
    text = "Белорусские переработчики за полгода закупили российской рыбы почти на $150 млн"
    assert [(m.side, m.role) for m in sides_in(text, 0, len(text))][-1] == ("RU", ORIGIN)
    at = text.index("$150")
    assert flow_of_clause(text, 0, len(text), at, "import").flow == "RU→BY"
    subject = "За полгода рыбу закупили российские переработчики на 150 млн рублей"
    assert ("RU", ORIGIN) not in [(m.side, m.role) for m in sides_in(subject, 0, len(subject))]
