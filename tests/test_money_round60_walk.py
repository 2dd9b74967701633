"""What a figure is, for the causes found in round 60's dev part (session 38, walk60money).
The texts are written for this test in the style of such documents and news.

- a two-level table header flattened into one line («Объём финансирования, руб.: всего |
  на 2024 год | на 2025 год»): the unit before the colon spans the sub-columns after it, each
  sub-column keeps its year; a zero cell («0,00») is a blank, not a sum; the row's «всего»
  over year columns that are all after the publication is planned too; «Итого …: N» on the
  line right under the table is the table's sum in its cells' unit.
- a figure after a dash that a rate closes («… 64 млрд рублей — примерно 4,3 млн долларов по
  текущему курсу») is a conversion: a bare figure after it goes on in the rubles converted.
- a headline's bare figure that says the body's figure again («… обойдётся в 31 миллиард»
  over «… около 31 млрд рублей» on a Belarusian site) is in the rubles the body's is read in.
- the first of a pair a money figure closes after «и»/«или» («двумя траншами, 2,4 и 3,1 млн»)
  shares its unit: it is an amount of its own.
- «здесь» after a figure in Russian rubles, on a Belarusian site, is home: a bare «рублей»
  after it is Belarusian («… в Брянск за 2,3 млн российских, здесь предлагали 55 тысяч
  рублей»); «здесь, в Брянске» names its own place.
- «лям» is slang for a million («300 лямов долларов», «2 ляма рублей»), as «ярд» is for a
  milliard; «N новыми» / «N старыми» with the ruble word left out are the redenomination's
  new (BYN) and old (BYR) rubles, not «новыми тракторами».
- the plural scale right before the number with no «на» («миллионов 15 там было, не
  больше») is an approximate figure, as «миллионов на пятнадцать» is; not when a noun after
  the number is what it counts («из миллиардов 10 лет назад»).
- a slide's line headed by a year and a colon («2016: 28,1 млрд $»), or whose label closes
  with «, 2017:» («Импорт РФ ← РБ, 2017: 12,9 млрд $»), is of that year; such lines are items
  of the list under a heading, which names what they measure («ТОРГОВЛЯ …»).
- label lines («Товарооборот: 45 млрд $») under a heading in capitals that a year closes
  («ЦЕЛИ 2025», «КЛЮЧЕВЫЕ ЦИФРЫ (2019)», «ПЛАН 2021» over «Экспорт в РФ — …») take its year
  (and a plan heading's forecast).
- a year heading a table row before its cell bar («2019 | 1,2 млрд руб. | 35 млн руб.») dates
  the row's figures that carry their own unit.
- a team's budget told «на сезон» with no adjective before «сезон» is its outlay, `other`,
  as «на новый сезон» is.
- a district's or region's budget revenue («Доходы районного бюджета … составили») is what
  the territory takes in, `other` (round 17's reading of a republic's revenue), even under a
  run-in heading «Бюджет.»; the Union State budget's revenue stays `financing`.
- a price list's lines with dot leaders («МТЗ-1025 ........ 3 950 000 ₽») under «ЦЕНЫ …» are
  its items: prices, `other`, whatever programme the leaflet offers.
"""

from __future__ import annotations

from pathlib import Path

from conftest import load_gold_style

from analysis.money import describe

_PLAN = ("ПЛАН-ГРАФИК закупок на 2024 год и плановый период 2025 и 2026 годов\n\n"
         "Заказчик: МБУ «Горсвет» города Пскова\n\nРаздел 1. Закупки\n\n"
         "№ п/п | Наименование объекта закупки | Объём финансирования, руб.: всего | на 2024 год "
         "| на 2025 год | на 2026 год\n"
         "1 | Поставка автовышки на шасси МАЗ | 8 240 000,00 | 4 120 000,00 | 4 120 000,00 "
         "| 0,00\n"
         "2 | Поставка трактора «Беларус-82.1» | 3 610 500,00 | 0,00 | 0,00 | 3 610 500,00\n")


def test_a_unit_before_a_colon_spans_the_year_columns(tmp_path: Path) -> None:
    facts = describe(load_gold_style(tmp_path, _PLAN, published="2023-12-20"))
    cells = {(f.amount.surface, f.year) for f in facts}
    assert ("4 120 000,00", 2024) in cells and ("4 120 000,00", 2025) in cells
    assert ("3 610 500,00", 2026) in cells
    assert all(f.amount.currency == "RUB" for f in facts)


def test_zero_cells_of_a_plan_are_no_sums(tmp_path: Path) -> None:
    facts = describe(load_gold_style(tmp_path, _PLAN, published="2023-12-20"))
    assert all(f.amount.value > 0 for f in facts)
    assert not any(f.amount.surface == "0,00" for f in facts)


def test_the_total_of_planned_years_is_planned(tmp_path: Path) -> None:
    facts = describe(load_gold_style(tmp_path, _PLAN, published="2023-12-20"))
    totals = [f for f in facts if f.amount.surface in ("8 240 000,00", "3 610 500,00")
              and f.year is None]
    assert len(totals) == 2
    assert all(f.forecast for f in totals)


def test_a_total_beside_a_past_year_is_no_plan(tmp_path: Path) -> None:
    text = ("Отчёт об исполнении\n\nРаздел 1. Закупки\n\n"
            "№ п/п | Объект | Объём финансирования, руб.: всего | на 2022 год | на 2023 год\n"
            "1 | Поставка погрузчика «Амкодор» | 5 000 000,00 | 2 500 000,00 | 2 500 000,00\n"
            "2 | Ремонт тракторов МТЗ | 900 000,00 | 450 000,00 | 450 000,00\n")
    facts = describe(load_gold_style(tmp_path, text, published="2023-12-20"))
    total = next(f for f in facts if f.amount.surface == "5 000 000,00")
    assert not total.forecast


def test_a_dashed_conversion_closed_by_a_rate_lends_no_currency(tmp_path: Path) -> None:
    text = ("Бюджет утверждён\n\n"
            "БОБРУЙСК, 12 марта. Правление хоккейного клуба утвердило смету на сезон-2015 в "
            "размере 64 млрд рублей — примерно 4,3 млн долларов по текущему курсу. В прошлом "
            "сезоне клуб израсходовал 47,2 млрд.\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(
        tmp_path, text, published="2015-03-12", url="https://sport.by/2015/03/12/smeta"))}
    assert got["примерно 4,3 млн долларов"].amount.currency == "USD"
    assert got["47,2 млрд"].amount.currency == got["64 млрд рублей"].amount.currency == "BYR"


def test_a_headline_figure_takes_the_body_rubles(tmp_path: Path) -> None:
    text = ("Фестиваль обойдётся казне в 31 миллиард\n\n"
            "ГРОДНО, 2 июня. Расходы областного бюджета на проведение фестиваля национальных "
            "культур в этом году составят около 31 млрд рублей.\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(
        tmp_path, text, published="2012-06-02", url="https://grodno-news.by/2012/06/02/fest"))}
    assert got["около 31 млрд рублей"].amount.currency == "BYR"
    assert got["31 миллиард"].amount.currency == "BYR"


def test_the_first_of_a_pair_shares_the_unit(tmp_path: Path) -> None:
    text = ("Приговор\n\n"
            "Суд установил, что начальник отдела снабжения получил от поставщика 5,5 млн "
            "рублей двумя траншами, 2,4 и 3,1 млн. Деньги передавались наличными.\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(
        tmp_path, text, published="2018-04-11"))}
    assert got["2,4"].amount.value == 2.4e6
    assert got["2,4"].amount.currency == "RUB"


def test_a_count_before_a_pair_is_no_money(tmp_path: Path) -> None:
    text = ("Итоги\n\n"
            "Завод продал 4 трактора, а выручка составила 12 и 14 млн рублей в двух "
            "кварталах.\n")
    got = {f.amount.surface for f in describe(load_gold_style(tmp_path, text,
                                                               published="2018-04-11"))}
    assert "4" not in got


_HERE = ("Продал комбайн\n\n"
         "Фермер из-под Гомеля рассказал, что продал свой старый комбайн в Брянск за 2,3 млн "
         "российских, {here} за него предлагали 55 тысяч рублей.\n")


def test_here_after_russian_rubles_is_home(tmp_path: Path) -> None:
    text = _HERE.format(here="здесь")
    got = {f.amount.surface: f for f in describe(load_gold_style(
        tmp_path, text, published="2017-05-04", url="https://agro-news.by/2017/05/04/kombain"))}
    assert got["55 тысяч рублей"].amount.currency == "BYN"


def test_here_naming_a_russian_place_is_no_home(tmp_path: Path) -> None:
    text = _HERE.format(here="а здесь, в Брянске,")
    got = {f.amount.surface: f for f in describe(load_gold_style(
        tmp_path, text, published="2017-05-04", url="https://agro-news.by/2017/05/04/kombain"))}
    assert got["55 тысяч рублей"].amount.currency == "RUB"


def test_slang_million(tmp_path: Path) -> None:
    text = ("Комментарии\n\n"
            "Гость: Да им в позапрошлом году дали кредит 300 лямов долларов, и где он? А мой "
            "сосед продал дом за 2 ляма рублей.\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(tmp_path, text,
                                                                 published="2019-02-11"))}
    assert got["300 лямов долларов"].amount.value == 3e8
    assert got["2 ляма рублей"].amount.value == 2e6


def test_a_word_in_lyam_is_no_scale(tmp_path: Path) -> None:
    text = "Новости\n\nЛямин заплатил 5 тысяч рублей штрафа, а Лямова — 12 тысяч рублей.\n"
    got = {f.amount.value for f in describe(load_gold_style(tmp_path, text,
                                                            published="2019-02-11"))}
    assert got == {5000.0, 12000.0}


def test_scale_before_the_number_without_na_is_approximate(tmp_path: Path) -> None:
    text = ("Форум\n\n"
            "Экспорт мебели в Россию в 2014 году составил 240 миллионов долларов. Без "
            "разовых контрактов миллионов 150 было бы, не больше.\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(tmp_path, text,
                                                                 published="2016-10-03"))}
    rough = got["миллионов 150"]
    assert rough.amount.value == 1.5e8 and rough.amount.qualifier == "approx"
    assert rough.amount.currency == "USD"


def test_a_counted_noun_after_the_inverted_number_is_no_money(tmp_path: Path) -> None:
    text = ("Итоги\n\n"
            "Из вложенных миллиардов 10 лет назад ничего не осталось, а экспорт составил "
            "5 млрд долларов.\n")
    got = {f.amount.surface for f in describe(load_gold_style(tmp_path, text,
                                                               published="2016-10-03"))}
    assert got == {"5 млрд долларов"}


def test_a_year_heading_a_slide_line_before_a_colon_dates_it(tmp_path: Path) -> None:
    text = ("[Слайд 2]\n"
            "ТОРГОВЛЯ РОССИИ И БЕЛАРУСИ\n"
            "2016: 26,1 млрд $\n"
            "2017: 32,4 млрд $ (+24%)\n"
            "Импорт РФ ← РБ, 2017: 12,9 млрд $\n"
            "Источник: ФТС России\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(tmp_path, text,
                                                                 published="2018-06-20"))}
    assert got["26,1 млрд $"].year == 2016
    assert got["32,4 млрд $"].year == 2017
    assert got["12,9 млрд $"].year == 2017
    assert got["26,1 млрд $"].metric == got["32,4 млрд $"].metric == "trade_turnover"



_SHEET = ("[Слайд 4]\n"
          "{heading}\n"
          "Товарооборот: 45 млрд $\n"
          "Доля расчётов в рублях: не ниже 80%\n")


def test_label_lines_under_a_capital_heading_take_its_year(tmp_path: Path) -> None:
    got = {f.amount.surface: f for f in describe(load_gold_style(
        tmp_path, _SHEET.format(heading="ЦЕЛИ 2025"), published="2019-05-14"))}
    target = got["45 млрд $"]
    assert target.year == 2025 and target.forecast


def test_a_fact_sheet_heading_with_a_bracketed_year(tmp_path: Path) -> None:
    text = ("FACT SHEET\n\n"
            "КЛЮЧЕВЫЕ ЦИФРЫ (2019)\n"
            "Выручка: 96,4 млн BYN\n"
            "Инвестиции в модернизацию: 12 млн BYN\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(tmp_path, text,
                                                                 published="2020-02-03"))}
    assert got["96,4 млн BYN"].year == 2019
    assert got["12 млн BYN"].year == 2019


def test_a_total_line_under_a_table_is_its_sum(tmp_path: Path) -> None:
    text = _PLAN + "Итого по плану-графику: 11 850 500,00\n"
    facts = describe(load_gold_style(tmp_path, text, published="2023-12-20"))
    total = next(f for f in facts if f.amount.surface == "11 850 500,00")
    assert total.amount.value == 11850500.0 and total.amount.currency == "RUB"
    assert total.year is None and total.forecast


def test_a_year_heading_a_row_dates_its_cells(tmp_path: Path) -> None:
    text = ("Карточка компании\n\n"
            "Финансовые показатели\n"
            "Год | Выручка | Чистая прибыль\n"
            "2018 | 0,96 млрд руб. | 12,4 млн руб.\n"
            "2019 | 1,21 млрд руб. | 30,5 млн руб.\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(tmp_path, text))}
    assert got["0,96 млрд руб."].year == got["12,4 млн руб."].year == 2018
    assert got["1,21 млрд руб."].year == got["30,5 млн руб."].year == 2019


def test_a_budget_for_the_season_is_an_outlay(tmp_path: Path) -> None:
    text = ("«Нёман» утвердил бюджет на сезон: 4,2 млн рублей\n\n"
            "ГРОДНО, 20 января. Правление клуба утвердило смету расходов команды.\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(
        tmp_path, text, published="2019-01-20", url="https://sport.grodno.by/2019/01/20/nieman"))}
    assert got["4,2 млн рублей"].metric == "other"


def test_a_district_budget_revenue_is_other(tmp_path: Path) -> None:
    text = ("Отчёт главы района за 2011 год\n\n"
            "Бюджет. Доходы районного бюджета в 2011 году составили 188,4 млн рублей, из них "
            "собственные — 52,7 млн.\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(tmp_path, text,
                                                                 published="2012-02-14"))}
    assert got["188,4 млн рублей"].metric == "other"
    assert got["52,7 млн"].metric == "other"


def test_the_union_budget_revenue_stays_financing(tmp_path: Path) -> None:
    text = ("Бюджет Союза\n\n"
            "Совмин утвердил отчёт. Доходы бюджета Союзного государства составили 4,9 млрд "
            "рублей.\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(tmp_path, text,
                                                                 published="2013-03-02"))}
    assert got["4,9 млрд рублей"].metric == "financing"


def test_dot_leader_lines_under_a_price_heading_are_prices(tmp_path: Path) -> None:
    text = ("ТЕХНИКА В ЛИЗИНГ — 2024\n"
            "Программа льготного финансирования для фермеров\n\n"
            "ЦЕНЫ ПО ПРОГРАММЕ (с НДС)\n"
            "МТЗ-1025 ........................ 3 950 000 ₽\n"
            "МТЗ-2022 ........................ 7 120 000 ₽\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(tmp_path, text))}
    assert got["3 950 000 ₽"].metric == "other"
    assert got["7 120 000 ₽"].metric == "other"


def test_dash_label_lines_under_a_plan_heading(tmp_path: Path) -> None:
    text = ("FACT SHEET 2020\n\n"
            "КЛЮЧЕВЫЕ ЦИФРЫ (2019)\n"
            "Экспорт: 61,5 млн USD\n\n"
            "ПЛАН 2021\n"
            "Экспорт в РФ — 70 млн USD\n"
            "Инвестпрограмма — 14 млн USD\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(tmp_path, text,
                                                                 published="2020-03-03"))}
    assert got["61,5 млн USD"].year == 2019
    plan = got["70 млн USD"]
    assert plan.year == 2021 and plan.forecast
    assert got["14 млн USD"].year == 2021


def test_new_and_old_rubles_with_the_noun_left_out(tmp_path: Path) -> None:
    text = ("Комментарии\n\n"
            "Гость: 35 тысяч новыми это 350 миллионов старыми, за такие деньги не продают.\n")
    got = {f.amount.surface: f for f in describe(load_gold_style(tmp_path, text,
                                                                 published="2017-02-11"))}
    assert got["35 тысяч новыми"].amount.currency == "BYN"
    assert got["350 миллионов старыми"].amount.currency == "BYR"


def test_new_machines_are_no_rubles(tmp_path: Path) -> None:
    text = ("Техника\n\n"
            "Хозяйство оснастили 12 новыми тракторами, купленными за 30 млн рублей.\n")
    got = {f.amount.surface for f in describe(load_gold_style(tmp_path, text,
                                                               published="2017-02-11"))}
    assert got == {"30 млн рублей"}
