"""What a figure measures and when, for the causes round 20's dev part showed (session 17,
issue 10): car and truck market results, state credits, dairy supplies by region, banks'
results, trade representatives' interviews, IT exports, plant anniversaries, building
materials. One case per cause at least; the texts are written for this test in the style of
such news.

- a sentence that ranks the markets of a maker's export told before («Крупнейшие рынки —
  Москва (12,4 млн долларов), Казань (5,1 млн)») gives shares of that export: its metric and
  time; «рынки» there is no cue of its own;
- a year heading a line of a chronicle, a dash after it («2008 — выручка превысила 1,4 млрд
  рублей;»), is «2008 год —» with the word left out: it dates its line; a bare number heading
  a line («2024 трактора …») is still no year;
- a caption's line table, its unit after the caption's last comma and its items cut by «|»
  («Экспорт молочной продукции, млн долл.: 2022 — 410,5 | 2023 — 455,1»), is read as the
  bracketed one-sentence tables are: each bare number money in that unit, of its label's time;
  a ticker line («USD 2,41 | EUR 2,64») names no unit and stays no table;
- Belarusian rubles of a year before the 2016 redenomination are BYR in an article written
  after it: a sentence that names only such years («В 2008 году выручка составила 95 млрд
  рублей»), or says «тогда» after one that does; a sentence of a later year keeps BYN;
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import facts_by_surface

_MARKETS = ("Мебельщики нарастили поставки\n"
            "ЗАО «Пинскдрев» за январь–сентябрь экспортировало в Россию мебели на $48,2 млн. "
            "Основные рынки — Москва (12,4 млн долларов), Нижний Новгород (5,1 млн) и Казань "
            "(3,7 млн).\n")
_CHRONICLE = ("Заводу — 30 лет\n"
              "ВЕХИ\n"
              "1995 — учредители внесли в уставный фонд 40 млн рублей;\n"
              "2010 — выручка впервые превысила 2 млрд рублей;\n"
              "2 400 — столько тракторов собрано в 2022 году на 3,1 млрд рублей.\n")
_CAPTION = ("Молочники подвели итоги\n"
            "Экспорт молочной продукции предприятий области в Россию растёт третий год подряд.\n"
            "USD 2,41 | EUR 2,64 | RUB (100) 3,12\n"
            "Экспорт молочной продукции, млн долл.: 2022 — 410,5 | 2023 — 455,1 | "
            "январь–май 2024 — 201,7\n")
_FEATURE = ("Гродненскому заводу — 20 лет\n"
            "В 2023 году выручка завода составила 61,4 млн белорусских рублей, чистая прибыль — "
            "4,2 млн рублей. Осенью 2004 года предприятие зарегистрировали как совместное. Его "
            "уставный фонд составил тогда 1,2 млрд белорусских рублей. В 2008 году выручка "
            "составила 95 млрд белорусских рублей.\n")
_LOOK_BACK = ("Торгпред подвёл итоги\n"
              "— По итогам 2024 года товарооборот области с Беларусью составил 410 млн долларов. "
              "Для нас это много: в 2022-м было чуть больше 300 миллионов. Экспорт белорусских "
              "товаров — около 260 млн, импорт — порядка 150 млн.\n")
_BANK = ("Банк подвёл итоги года\n"
         "Кредитный портфель банка на 1 января достиг 3,4 млрд рублей. Кроме того, банк выдал "
         "экспортёрам кредитов на 610 млн рублей. Объём расчётов в российских рублях через банк "
         "превысил 95 млрд российских рублей. Вклады населения выросли до 820 млн рублей.\n"
         "По расчётам завода, экспорт в Россию в этом году составит 140 млн долларов. Вклад "
         "российского партнёра в уставный фонд СП составил 12 млн долларов.\n")
_BROUGHT_IN = ("Цемент из Беларуси\n"
               "За девять месяцев в Псковскую область ввезено 120 тыс. тонн белорусского цемента "
               "на 460 млн рублей, сообщили в областном комитете по экономике.\n")
_PACKAGE = ("— Что везёте из Беларуси?\n"
            "— Инвестиции белорусских партнёров в регион растут. А конфеты наши в Витебске "
            "продают по 9 рублей за коробку.\n")
_GAPPED = ("Итоги года\n"
           "Гомельский завод в 2022 году отгрузил в Курскую область техники на $21,4 млн, а всего "
           "в Россию — на $310 млн. Экспорт области составил $2,1 млрд, а импорт — $1,4 млрд.\n")
_RECIPIENT = ("Банк поддержал экспортёров\n"
              "Банк за полугодие предоставил российским импортёрам белорусских тракторов кредитов "
              "на 2,1 млрд рублей.\n")
_SAVING = ("Энергетики подсчитали\n"
           "Экономия от замены импортного мазута местными видами топлива за январь–июнь "
           "составила около $120 млн.\n")
_THIS_YEAR = ("Сеть наращивает закупки\n"
              "В прошлом году торговая сеть закупила белорусской мебели на 1,2 млрд рублей. "
              "В текущем компания рассчитывает довести этот показатель до 1,5 млрд.\n")
_DOT_BYLINE = ("Банк нарастил прибыль\n"
               "Финансы · 14.03.2022 · «Банковский вестник»\n"
               "По итогам 2021 года чистая прибыль банка составила 41,2 млн белорусских рублей.\n"
               "Кредитный портфель на 1 января достиг 1,6 млрд рублей.\n"
               "Вклады населения за год выросли до 530 млн рублей.\n")

CASES = [
    Case("a ranked market takes the export's metric", _MARKETS, "2021-10-20", "12,4 млн долларов",
         "metric", "export"),
    Case("a ranked market takes the export's period", _MARKETS, "2021-10-20", "5,1 млн",
         "period", "январь–сентябрь"),
    Case("a ranked market takes the export's year", _MARKETS, "2021-10-20", "3,7 млн",
         "year", 2021),
    Case("a year heading a chronicle line dates it", _CHRONICLE, "2024-05-14", "40 млн рублей",
         "year", 1995),
    Case("a year heading a chronicle line dates a result", _CHRONICLE, "2024-05-14",
         "превысила 2 млрд рублей", "year", 2010),
    Case("a count heading a line is no year", _CHRONICLE, "2024-05-14", "3,1 млрд рублей",
         "year", 2022),
    Case("a caption's cell is money in its unit", _CAPTION, "2024-06-20", "410,5", "amount.value",
         410_500_000.0),
    Case("a caption's cell takes its label's year", _CAPTION, "2024-06-20", "455,1", "year", 2023),
    Case("a caption's cell takes its label's period", _CAPTION, "2024-06-20", "201,7", "period",
         "январь–май"),
    Case("a caption's cell takes the caption's metric", _CAPTION, "2024-06-20", "201,7", "metric",
         "export"),
    Case("a Belarusian ruble of a year before 2016 is BYR", _FEATURE, "2024-10-02",
         "95 млрд белорусских рублей", "amount.currency", "BYR"),
    Case("«тогда» after a sentence of 2004 is BYR", _FEATURE, "2024-10-02",
         "1,2 млрд белорусских рублей",
         "amount.currency", "BYR"),
    Case("a Belarusian ruble of 2023 stays BYN", _FEATURE, "2024-10-02", "4,2 млн рублей",
         "amount.currency", "BYN"),
    Case("the figure looked back at keeps its year", _LOOK_BACK, "2025-02-11",
         "чуть больше 300 миллионов", "year", 2022),
    Case("an elliptic sentence after a look back is of the focus's year", _LOOK_BACK,
         "2025-02-11", "около 260 млн", "year", 2024),
    Case("… and so is its second item", _LOOK_BACK, "2025-02-11", "порядка 150 млн", "year",
         2024),
    Case("settlements are other, not the credit before", _BANK, "2023-02-14",
         "превысил 95 млрд российских рублей", "metric", "other"),
    Case("deposits are other, not the credit before", _BANK, "2023-02-14", "820 млн рублей",
         "metric", "other"),
    Case("«по расчётам» is an estimate, not settlements", _BANK, "2023-02-14",
         "140 млн долларов", "metric", "export"),
    Case("a contribution to the charter fund is investment", _BANK, "2023-02-14",
         "12 млн долларов", "metric", "investment"),
    Case("goods brought in are an import", _BROUGHT_IN, "2021-10-18", "460 млн рублей",
         "metric", "import"),
    Case("a price per package is other", _PACKAGE, "2019-05-06", "9 рублей", "metric", "other"),
    Case("a gapped clause measures what the figure before measures", _GAPPED, "2023-03-01",
         "$310 млн", "metric", "export"),
    Case("a clause naming its own measure keeps it", _GAPPED, "2023-03-01", "$1,4 млрд",
         "metric", "import"),
    Case("a bare dative is the recipient, the money's word decides", _RECIPIENT, "2023-07-20",
         "2,1 млрд рублей", "metric", "credit"),
    Case("money saved is other, not the import", _SAVING, "2022-07-25", "около $120 млн",
         "metric", "other"),
    Case("«в текущем» before a subject is this year", _THIS_YEAR, "2021-06-10", "до 1,5 млрд",
         "year", 2021),
    Case("«за год» after a «·» byline is the lead's year", _DOT_BYLINE, "2022-03-14",
         "530 млн рублей", "year", 2021),
]


def test_a_ticker_line_is_no_table(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _CAPTION, published="2024-06-20")
    assert not {"2,41", "2,64", "3,12"} & set(facts)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round20_fact(case: Case, tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, case.text, published=case.published)
    fact = facts[case.surface]
    for name in case.field.split("."):
        fact = getattr(fact, name)
    assert fact == case.want
