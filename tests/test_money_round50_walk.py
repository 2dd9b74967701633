"""What a figure is, for the causes found in round 50's dev part (session 32, issue 10,
walk50money). The texts are written for this test in the style of such news.

- a bare ruble figure alone in a bracket right after named Russian rubles, in the ratio of
  the two rubles («на 250 млн российских рублей (около 8 млн рублей)»), restates them in the
  other rubles: Belarusian ones, as a conversion told with «это» or «по курсу» is.
- a conversion does not change the money a writer goes on in: a bare figure after «14 млн
  рублей, это около 5 млн долларов» is in the rubles restated, not in dollars.
- a tranche is money: a bare scaled figure in a sentence about one («Первый транш — 80 млн —
  …») takes the currency of the figures before it, even a paragraph away.
- one company bringing goods in from a country named as the place («Компания … ввезла из
  Беларуси станки стоимостью …») makes its own purchase, `other`; a country bringing them in
  stays its import. A prize is money won, `other`.
- goods joined by «и» after a verb of receiving («поступило белорусской сельхозтехники и
  запчастей на …») are goods that came in: an import, as one kind of goods is.
- «в прошлом было …» right after a sentence of its paragraph that told a year is last
  year, «году» left out; «в прошлом» alone is the past at large.
- a sentence of a trade noun bringing money («поставки в Россию принесли комбинату $31,5
  млн») hands on that export to the next sentence with no cue of its own, as its own figure is.
- a difference between the two flows («разница между поставками … и встречным потоком —
  …») is a trade balance, `other`; a target named with its figure («о цели в 60 млрд») is a
  plan, a purpose («на эти цели в 2022 году») is none.
- a penalty or a fine named in its own clause («доначислила налог, пени в размере … и штраф
  …») is one case's sanction: no time from the sentence before, though taxes are named.
- a round year with a plural ending («с начала 2000-х», «в 1990-е») names a decade: no year.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

BY_SITE = "https://news.example.by/2020/03/10/credit"


def test_a_bracketed_bare_ruble_figure_restates_russian_rubles_in_belarusian(
        tmp_path: Path) -> None:
    text = ("Банки договорились о кредитной линии\n"
            "Российский банк откроет белорусскому партнёру кредитную линию на 250 млн "
            "российских рублей (около 8 млн рублей) сроком на три года.\n")
    got = facts_by_surface(tmp_path, text, published="2020-03-10", url=BY_SITE)
    assert got["250 млн российских рублей"].amount.currency == "RUB"
    assert got["около 8 млн рублей"].amount.currency == "BYN"


def test_a_bracketed_figure_of_another_ratio_is_no_restatement(tmp_path: Path) -> None:
    text = ("Банки договорились о кредитной линии\n"
            "Российский банк откроет кредитную линию на 250 млн российских рублей (из них 100 "
            "млн рублей — на закупку сырья).\n")
    got = facts_by_surface(tmp_path, text, published="2020-03-10",
                           url="https://news.example.ru/2020/03/10/credit")
    assert got["100 млн рублей"].amount.currency == "RUB"


def test_a_bare_figure_after_a_conversion_goes_on_in_the_rubles_restated(
        tmp_path: Path) -> None:
    text = ("Сыр из района едет в Москву\n"
            "— За полгода мы продали в Россию продукции на 14 млн рублей, это около 5 млн "
            "долларов, — говорит директор. — В прошлом году за весь год было 18 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2022-08-01",
                           url="https://region.example.by/2022/08/01/syr")
    assert got["14 млн рублей"].amount.currency == "BYN"
    assert got["18 млн"].amount.currency == "BYN"


def test_a_tranche_is_money_for_a_bare_figure(tmp_path: Path) -> None:
    text = ("Кредитная линия для экспортёров\n"
            "Банк открыл партнёру кредитную линию на 500 млн российских рублей. Средства "
            "пойдут на предэкспортное финансирование.\n\n"
            "Первый транш — 80 млн — будет перечислен в мае.\n")
    got = facts_by_surface(tmp_path, text, published="2021-04-02",
                           url="https://news.example.ru/2021/04/02/credit")
    assert got["80 млн"].amount.currency == "RUB"
    assert got["80 млн"].metric == "credit"


def test_a_decade_dates_no_figure(tmp_path: Path) -> None:
    text = ("Комбинат обновляет цеха\n"
            "С начала 2000-х в модернизацию комбината вложено более 30 млн евро. В 2008 году "
            "завод вложил в новую линию 4 млн евро.\n")
    got = facts_by_surface(tmp_path, text, published="2009-06-01")
    assert got["более 30 млн евро"].year is None
    assert got["4 млн евро"].year == 2008


def test_one_company_bringing_goods_from_a_country_makes_its_own_purchase(
        tmp_path: Path) -> None:
    text = ("Спор о вычете НДС\n"
            "Компания во втором квартале 2020 года ввезла из Беларуси станки стоимостью 120 млн "
            "рублей. По данным ФТС, в 2020 году Россия ввезла из Беларуси станков на 300 млн "
            "долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2021-05-12")
    assert got["120 млн рублей"].metric == "other"
    assert got["300 млн долларов"].metric == "import"


def test_a_prize_is_money_won(tmp_path: Path) -> None:
    text = ("Итоги конкурса экспортёров\n"
            "Победителем стал мебельный комбинат. Главный приз — 200 тысяч рублей — комбинат "
            "направит на обучение персонала.\n")
    got = facts_by_surface(tmp_path, text, published="2023-10-02")
    assert got["200 тысяч рублей"].metric == "other"


def test_goods_joined_by_and_that_came_into_a_region_are_its_import(tmp_path: Path) -> None:
    text = ("Техника для аграриев\n"
            "Всего за прошлый год в край поступило белорусской сельхозтехники и запчастей на "
            "сумму около 310 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2012-03-01")
    assert got["около 310 млн рублей"].metric == "import"


def test_last_with_year_left_out_after_this_year_s_figure(tmp_path: Path) -> None:
    text = ("Завод о российском рынке\n"
            "— В этом году поставки в Россию составят около 180 млн долларов. Для сравнения, "
            "в прошлом было 150 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2021-12-01")
    assert got["150 млн"].year == 2020


def test_in_the_past_at_large_dates_nothing(tmp_path: Path) -> None:
    text = ("Завод о себе\n"
            "Завод работает с 1965 года. В прошлом было немало трудностей, но выручка "
            "превысила 150 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2021-12-01")
    assert got["превысила 150 млн долларов"].year is None


def test_a_sentence_of_trade_bringing_money_hands_on_its_export(tmp_path: Path) -> None:
    text = ("Льнокомбинат и российский рынок\n"
            "В прошлом году продажи в Россию принесли фабрике $12 млн. По итогам нынешнего года "
            "на фабрике ожидают $14 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2010-10-01")
    assert got["$14 млн"].metric == "export"


def test_money_brought_by_trade_with_a_third_country_hands_on_revenue(tmp_path: Path) -> None:
    text = ("Льнокомбинат и рынки\n"
            "В прошлом году продажи в Казахстан принесли фабрике $12 млн. По итогам нынешнего "
            "года на фабрике ожидают $14 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2010-10-01")
    assert got["$14 млн"].metric == "other"


def test_a_difference_between_the_flows_is_a_trade_balance(tmp_path: Path) -> None:
    text = ("Торговля двух стран\n"
            "Товарооборот за год вырос до 40 млрд долларов. Баланс по-прежнему в пользу России: "
            "разница между поставками в республику и встречным потоком — около $8 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2023-03-01")
    assert got["около $8 млрд"].metric == "other"


def test_a_target_named_with_its_figure_is_a_plan_and_a_purpose_is_not(tmp_path: Path) -> None:
    text = ("Планы по торговле\n"
            "Товарооборот за год составил 45 млрд долларов. Стороны говорят о цели в 55 млрд "
            "долларов. На эти цели в 2022 году из бюджета выделено 120 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2023-03-01")
    assert got["55 млрд долларов"].forecast
    assert not got["120 млн рублей"].forecast


def test_a_penalty_in_its_own_clause_takes_no_time_from_the_sentence_before(
        tmp_path: Path) -> None:
    text = ("Налоговый спор\n"
            "Компания в первом квартале 2020 года ввезла из Беларуси станки стоимостью 80 млн "
            "рублей и уплатила НДС. Инспекция доначислила налог, пени в размере 3,1 млн рублей "
            "и штраф 1,2 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-09-01")
    for surface in ("3,1 млн рублей", "1,2 млн рублей"):
        assert (got[surface].year, got[surface].period) == (None, None), surface
