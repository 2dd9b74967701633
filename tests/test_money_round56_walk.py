"""What a figure is, for the causes found in round 56's dev part (session 35, issue 10,
walk56money). The texts are written for this test in the style of such news.

- a URL whose segment opens with the date before a slug («/view/20170915-sahar-eksport»)
  dates the article (`ingest.urldates`).
- a whole a part is told «из» keeps the year of writing when it has its own period («… $4 млрд
  из $5,2 млрд экспорта за восемь месяцев»): only a whole with no time of its own (a credit's
  sum) takes none from the writing.
  The part told right before «из» with no time of its own is a share of that flow, of its time.
- a price told with a verb of costing and a Belarusian oblast in its clause («стоил в
  Гомельской области 52 тыс. рублей») is in Belarusian rubles, in a Russian outlet too.
- a paragraph opening with a Belarusian bank or budget as its subject («Беларусбанк … увеличил
  активы до 48 трлн рублей. Прибыль банка …») counts in Belarusian rubles, unless a Russian
  lender is named before the amount.
- «два из трёх рублей выручки»: a spelled-out number with no scale after a number and «из»
  counts a share of every unit, no sum (`count_share` of `data/money_ru.json`).
- a base set against the figure before it with «против» («по $380 за тонну против $410 в среднем
  в прошлом году») measures what that figure does, and takes a period only from its own words.
- a table with no column headers whose lead line names the market («ТОРГОВЛЯ ТОВАРАМИ С
  РОССИЕЙ (…)») gives its export and import rows that market's direction.
- a thing «продаётся … за» a sum: its price, no topic from the investment told before.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_whole_with_its_own_period_is_of_the_year_of_writing(tmp_path: Path) -> None:
    text = ("Расчёты в национальных валютах\n\n"
            "По данным банка, в национальных валютах оплачено около $4 млрд из $5,2 млрд "
            "экспорта за восемь месяцев.\n")
    got = facts_by_surface(tmp_path, text, published="2024-10-08")
    assert got["$5,2 млрд"].period is not None
    assert got["$5,2 млрд"].year == 2024
    # the part told right before «из» is a share of that export, of its time
    part = got["около $4 млрд"]
    assert (part.metric, part.year, part.period) == ("export", 2024, got["$5,2 млрд"].period)
    assert part.part_of == (got["$5,2 млрд"].amount.start, got["$5,2 млрд"].amount.end)


def test_a_credits_whole_still_takes_no_year_of_writing(tmp_path: Path) -> None:
    text = ("Кредит\n\n"
            "До конца года республика получит 12 млрд рублей из предусмотренных соглашением "
            "80 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-10-08")
    assert got["80 млрд рублей"].year is None


def test_a_price_told_in_a_belarusian_oblast_is_in_belarusian_rubles(tmp_path: Path) -> None:
    text = ("Цены двух столиц\n\n"
            "В 2012 году килограмм сыра стоил в Гомельской области 52 тыс. рублей, а в "
            "брянском супермаркете — 290 рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-03-05")
    assert got["52 тыс. рублей"].amount.currency == "BYR"
    assert got["290 рублей"].amount.currency == "RUB"


def test_a_paragraph_opening_with_a_belarusian_bank_counts_in_its_rubles(tmp_path: Path) -> None:
    text = ("Российский банк расширил сотрудничество с Минском\n\n"
            "Банк открыл белорусскому партнёру кредитную линию на $30 млн.\n\n"
            "Беларусбанк за девять месяцев увеличил активы до 48 трлн рублей. Прибыль банка "
            "за тот же период — 1,9 трлн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2014-11-20")
    assert got["48 трлн рублей"].amount.currency == "BYR"
    assert got["1,9 трлн рублей"].amount.currency == "BYR"


def test_a_russian_lender_before_the_amount_keeps_russian_rubles(tmp_path: Path) -> None:
    text = ("Кредиты\n\n"
            "Белагропромбанк получил от Россельхозбанка кредит на 3 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2014-11-20")
    assert got["3 млрд рублей"].amount.currency == "RUB"


def test_a_share_of_every_unit_is_no_sum() -> None:
    from analysis.money import find_amounts

    assert find_amounts("Сегодня два из трёх рублей выручки комбинат получает в Сибири.") == []
    # a sum after «из» with a scale is a whole all the same
    assert [a.surface for a in find_amounts("Из пяти миллионов долларов три ушли на технику.")] == [
        "пяти миллионов долларов"]


def test_a_base_set_against_a_price_is_a_price_of_its_own_time(tmp_path: Path) -> None:
    text = ("Цена на нефть для НПЗ\n\n"
            "В первом квартале заводы будут получать нефть по $380 за тонну против $410 в "
            "среднем в прошлом году.\n")
    got = facts_by_surface(tmp_path, text, published="2019-01-20")
    assert got["$410"].metric == got["$380"].metric == "other"
    assert got["$410"].year == 2018
    assert got["$410"].period is None
    assert got["$380"].period == "I квартал"


def test_a_tables_lead_line_names_the_market_of_its_rows(tmp_path: Path) -> None:
    text = ("Торговля с соседом\n\n"
            "ТОРГОВЛЯ ТОВАРАМИ С РОССИЕЙ (январь–март 2023 г., млн долл. США)\n"
            "Экспорт – 5 310,6\n"
            "Импорт – 4 870,2\n\n"
            "Данные предварительные.\n")
    got = facts_by_surface(tmp_path, text, published="2023-05-10",
                           url="https://stat.example.by/digest/2023/05/torgovlya")
    assert got["5 310,6"].flow == "BY→RU"
    assert got["4 870,2"].flow == "RU→BY"


def test_a_thing_sold_for_a_sum_is_its_price_not_the_investment_before(tmp_path: Path) -> None:
    text = ("Сборка в Смоленске\n\n"
            "Минский завод вложил в сборочный цех под Смоленском 300 млн российских рублей. "
            "Автобус оттуда продаётся перевозчикам области примерно за 9 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-06-11")
    assert got["300 млн российских рублей"].metric == "investment"
    assert got["9 млн рублей"].metric == "other"
