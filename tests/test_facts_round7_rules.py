"""Facts in context, the rules added after round 7's first look (issue 10, the open part).

Years counted from the figure in focus («того же года», «годом позже», «за аналогичный
период прошлого года»), horizons and «сейчас», an agency dateline's date, an interview's
questions, «за тот же период»; Belarusian rubles by what stands next to a bare «рублей»;
governing words (an inflow said by an adjective, a bare «оборот», a budget's «заложено»,
the writer's «напомним»). The articles are written here in the style of regional news and go
through the real loader, so the publication date is read as in production.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface, load_gold_style

from analysis.money import find_amounts
from analysis.quality.money import period_key

load = load_gold_style  # the shared loader (conftest)
read = facts_by_surface


# --------------------------------------------------------------------------- years
def test_year_of_same_year_phrase_is_the_figure_in_focus(tmp_path: Path) -> None:
    text = ("Псковская область подвела итоги торговли с Беларусью\n"
            "По итогам 2023 года товарооборот Псковской области с Республикой Беларусь "
            "составил 296 млн долларов.\n"
            "Для сравнения: взаимная торговля России и Беларуси по итогам того же года "
            "превысила 50 млрд долларов.\n")
    got = read(tmp_path, text, published="2024-04-02")
    assert got["превысила 50 млрд долларов"].year == 2023  # not 2024, the publication's


def test_year_later_counts_forward_from_the_figure(tmp_path: Path) -> None:
    text = ("Экспорт смоленских предприятий в Беларусь в 2021 году составил 610 млн "
            "долларов, а годом позже — 705 млн долларов.\n")
    got = read(tmp_path, text, published="2024-01-20")
    assert got["610 млн долларов"].year == 2021
    assert got["705 млн долларов"].year == 2022


def test_same_period_last_year_counts_from_the_figures_year(tmp_path: Path) -> None:
    text = ("В январе–сентябре 2023 года Брянская область поставила в Беларусь продукции на "
            "640 млн долларов против 590 млн долларов за аналогичный период прошлого года.\n")
    got = read(tmp_path, text, published="2024-02-15")
    assert got["640 млн долларов"].year == 2023
    # the figure's year minus one, not the publication's (2023)
    assert got["590 млн долларов"].year == 2022


def test_year_before_last_counts_from_publication(tmp_path: Path) -> None:
    text = "В позапрошлом году экспорт области в Беларусь составил 212 млн долларов.\n"
    got = read(tmp_path, text, published="2024-05-10")
    assert got["212 млн долларов"].year == 2022


def test_horizon_of_years_fixes_no_year(tmp_path: Path) -> None:
    text = ("Калужский завод в прошлом году закупил у белорусских поставщиков комплектующих "
            "на 1,9 млрд рублей и в ближайшие три года планирует вложить в локализацию еще "
            "2,4 млрд.\n")
    got = read(tmp_path, text, published="2024-03-01")
    assert got["1,9 млрд рублей"].year == 2023  # the horizon belongs to the next verb
    assert got["2,4 млрд"].year is None  # «в ближайшие три года»: no one year


def test_present_price_takes_the_publication_year(tmp_path: Path) -> None:
    text = ("Белорусские автобусы подорожали\n"
            "Городской автобус МАЗ-203 сейчас стоит 24 600 тыс. руб. с НДС.\n"
            "На данный момент в регионе реализуется 40 инвестиционных проектов с общим объемом "
            "вложений свыше 60 млрд рублей.\n")
    got = read(tmp_path, text, published="2023-06-14")
    price = got["24 600 тыс. руб."]
    assert price.year == 2023 and price.year_source == "metadata"
    # a sum of investments spanning years has no year, «на данный момент» or not
    assert got["свыше 60 млрд рублей"].year is None


def test_dateline_date_is_not_the_figures_year(tmp_path: Path) -> None:
    text = ("Псковская область нарастила торговлю с Беларусью\n"
            "Псков, 12 февраля 2021 г. — Агентство «Северо-Запад». Внешнеторговый оборот "
            "Псковской области с Республикой Беларусь в 2020 году вырос на 9% и составил "
            "318,2 млн долларов.\n"
            "Экспорт региона в республику достиг 201,5 млн долларов.\n")
    got = read(tmp_path, text)
    assert got["318,2 млн долларов"].year == 2020
    assert got["201,5 млн долларов"].year == 2020  # the lead's figure, not the dateline


def test_interview_answer_takes_its_questions_year(tmp_path: Path) -> None:
    text = ("Директор «Гомельского литейного завода»: «Россия — наш главный рынок»\n"
            "— Как предприятие закончило прошлый год?\n"
            "— Выручка составила 260 млн белорусских рублей. Экспорт в Россию — около 70 млн "
            "долларов.\n"
            "— Какие регионы самые крупные?\n"
            "— Только в Брянскую область мы продали продукции на 12 млн долларов.\n"
            "— Как вам помогает государство?\n"
            "— Банк развития выдал нам льготный кредит на 15 млн рублей.\n")
    got = read(tmp_path, text, published="2025-04-08")
    assert got["260 млн белорусских рублей"].year == 2024
    assert got["около 70 млн долларов"].year == 2024
    # a trade figure after a question with no time still speaks of the year asked about
    assert got["12 млн долларов"].year == 2024
    assert got["12 млн долларов"].context is not None  # the inherited meaning is cited
    # a credit after a new subject's question takes no year from an older question
    assert got["15 млн рублей"].year is None


def test_same_period_takes_the_period_of_the_figure_in_focus(tmp_path: Path) -> None:
    text = ("— За девять месяцев товарооборот области с Белоруссией вырос на 6% и вышел на "
            "870 млн долларов. До конца года, думаю, перешагнем рубеж в 1,1 миллиарда. Для "
            "сравнения, в целом по стране торговля с Белоруссией за тот же период составила "
            "порядка 29 миллиардов долларов.\n")
    got = read(tmp_path, text, published="2022-11-10")
    national = got["порядка 29 миллиардов долларов"]
    assert period_key(national.period) == (1, 9)
    assert national.year == 2022


# --------------------------------------------------------------------------- Belarusian rubles
def test_bare_rubles_after_named_belarusian_rubles_are_byn(tmp_path: Path) -> None:
    text = ("Могилевский завод отчитался о работе\n"
            "По словам директора, выручка в прошлом году составила 380 млн белорусских рублей. "
            "Чистая прибыль — 19 млн рублей.\n"
            "Цены на продукцию завода в российских магазинах выросли до 450 рублей за "
            "упаковку.\n")
    got = read(tmp_path, text, published="2025-03-03", url="https://promnews.ru/a/1")
    profit = got["19 млн рублей"]
    assert profit.amount.currency == "BYN" and profit.amount.implied_currency
    # a later paragraph about Russian shops: the Belarusian ruble is not named near it
    assert got["450 рублей"].amount.currency == "RUB"


def test_conversion_into_russian_rubles_stays_rub(tmp_path: Path) -> None:
    text = ("Витебский комбинат получил кредит на 10 млн белорусских рублей (около 290 млн "
            "рублей) на модернизацию цеха.\n")
    got = read(tmp_path, text, published="2024-09-01", url="https://promnews.ru/a/2")
    assert got["около 290 млн рублей"].amount.currency == "RUB"


def test_belarusian_budget_pays_in_byn_and_headline_echo_stays_rub(tmp_path: Path) -> None:
    text = ("Минск просит у Москвы кредит на 80 млрд рублей\n"
            "МИНСК, 3 окт — Вестник Союза. Правительство Беларуси направило в Минфин России "
            "заявку на кредит объемом 80 миллиардов российских рублей.\n"
            "Из республиканского бюджета на поддержку экспортеров в будущем году выделят "
            "1,2 млрд рублей.\n")
    got = read(tmp_path, text, url="https://vestnik-soyuza.ru/news/kredit/")
    assert got["1,2 млрд рублей"].amount.currency == "BYN"
    assert got["80 млрд рублей"].amount.currency == "RUB"  # the named Russian sum, repeated


def test_russian_statistics_of_imports_from_belarus_stay_rub(tmp_path: Path) -> None:
    text = ("Тверская область в прошлом году ввезла из Беларуси товаров на 5,2 млрд рублей. "
            "Белорусская сторона оценивает поставки в 190 млн белорусских рублей.\n")
    got = read(tmp_path, text, published="2024-02-01", url="https://tver-news.ru/a/3")
    assert got["5,2 млрд рублей"].amount.currency == "RUB"


# --------------------------------------------------------------------------- formats, metric
def test_lot_number_with_its_name_in_brackets_is_no_spelled_amount() -> None:
    text = ("Начальная цена: 940 000,00 BYN, в том числе: лот № 1 (шины и диски) — "
            "610 000,00 BYN; лот № 2 (фильтры) — 330 000,00 BYN.")
    got = [(a.surface, a.value) for a in find_amounts(text)]
    assert got == [("940 000,00 BYN", 940000.0), ("610 000,00 BYN", 610000.0),
                   ("330 000,00 BYN", 330000.0)]


def test_goods_named_by_adjective_flowing_in_are_import(tmp_path: Path) -> None:
    text = ("Экспорт региона в республику достиг 140 млн долларов. Белорусские товары "
            "поступили в регион на 96,4 млн.\n")
    got = read(tmp_path, text, published="2024-03-01")
    assert got["96,4 млн"].metric == "import"


def test_bare_oborot_named_again_is_trade_turnover(tmp_path: Path) -> None:
    text = ("В министерстве рассчитывают, что в текущем году оборот прибавит не менее 8% и "
            "выйдет на 610–620 млн долларов.\n")
    got = read(tmp_path, text, published="2024-03-01")
    assert got["610–620 млн долларов"].metric == "trade_turnover"


def test_budget_allocation_is_a_plan_and_writers_reminder_is_not(tmp_path: Path) -> None:
    text = ("В бюджете области на будущий год на эти цели заложено 740 млн рублей.\n"
            "Напомним, в прошлом году областной фонд выдал машиностроителям займы на 310 млн "
            "рублей.\n")
    got = read(tmp_path, text, published="2024-10-01")
    assert got["740 млн рублей"].forecast
    assert not got["310 млн рублей"].forecast


def test_money_sent_on_expansion_is_an_investment(tmp_path: Path) -> None:
    text = ("В текущем году на расширение площадки совместного предприятия направят еще "
            "140 млн рублей.\n")
    got = read(tmp_path, text, published="2024-03-01")
    assert got["140 млн рублей"].metric == "investment"


def test_local_reference_takes_the_one_region_named_before(tmp_path: Path) -> None:
    text = ("Белорусские тракторы дорожают, но спрос держится\n"
            "Дилеры МТЗ в Поволжье подняли цены на 5–7%.\n"
            "Самарский дилер «Агро-Волга» по итогам I квартала продал 96 машин на "
            "640 млн руб.\n"
            "По данным Самарастата, импорт области из Беларуси в прошлом году вырос до "
            "$286 млн.\n")
    got = read(tmp_path, text, published="2023-05-04")
    imported = got["$286 млн"]
    assert imported.region == "Самарская область"
    assert imported.context is not None and "Самарский дилер" in imported.context.text


def test_plan_after_and_belongs_to_the_next_predicate(tmp_path: Path) -> None:
    text = ("Тульский завод в прошлом году закупил у белорусских партнеров узлов на 1,2 млрд "
            "рублей и в следующем году планирует вложить в сборочный цех еще 600 млн.\n")
    got = read(tmp_path, text, published="2024-03-01")
    assert not got["1,2 млрд рублей"].forecast  # bought: done
    assert got["600 млн"].forecast
