"""Readings for the causes found in round 67's dev part (session 43, walk67money). The texts
are written for this test in the style of such news.

- which rubles: the base of a comparison («больше, чем в 2008-м») dates no figure's rubles;
  «в том же году» after a sentence set before 2016 does; a bracket naming the country of
  another noun («(белорусские участники не заявлялись)») names no rubles; a writer who counts
  in Russian rubles and names one sum in Belarusian ones goes on in Russian rubles;
- a month counted back from the publication: «в минувшем месяце» (the month before, and its
  year);
- a running total «с начала года» right after one month's figure of its kind runs to that
  month (after a span of months it keeps its label, as rounds 16–51 read);
- a bank's count of loans granted in a month is a volume over that month, not one loan's day;
- a creditor's claim, payables and tax arrears are money owed (`other`), not a credit;
- a document's number («№ А41-77215/2015») and a procedure's term («сроком на шесть
  месяцев») are no time;
- a subsidy shared out over many recipients is the year's budget money, a series;
- a body figure with a cue of its own says no headline figure again, even with its rubles
  implied;
- «в следующем году» counts from the past year its sentence tells of.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_comparison_base_year_does_not_make_rubles_old(tmp_path: Path) -> None:
    text = ("Гомельский литейный завод подвёл итоги\n\n"
            "ГОМЕЛЬ, 12 февраля. По итогам прошлого года литейный завод отгрузил продукции на "
            "96,4 млн рублей — в 1,8 раза больше, чем в 2012-м. Экспорт в Россию составил "
            "21 млн долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-02-12",
                             source="Гомельская правда", url="https://gp.example.by/zavod")
    assert facts["96,4 млн рублей"].amount.currency == "BYN"


def test_the_same_year_as_the_sentence_before_makes_rubles_old(tmp_path: Path) -> None:
    text = ("Мозырский станкозавод: полвека истории\n\n"
            "МОЗЫРЬ, 3 мая. В 2010 году завод выпустил продукции на 54 млрд рублей. В том же "
            "году на реконструкцию литейного участка направили 7 млрд рублей собственных "
            "средств. В прошлом году выпуск составил 118 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2025-05-03",
                             source="Мозырский вестник", url="https://mv.example.by/zavod-50")
    assert facts["54 млрд рублей"].amount.currency == "BYR"
    assert facts["7 млрд рублей"].amount.currency == "BYR"
    assert facts["118 млн рублей"].amount.currency == "BYN"


def test_a_bracket_about_other_belarusian_things_names_no_rubles(tmp_path: Path) -> None:
    text = ("Закупки недели\n\n"
            "Городская поликлиника купила автомобиль на шасси ГАЗ за 5,9 млн руб. (белорусские "
            "поставщики в торгах не участвовали).\n")
    facts = facts_by_surface(tmp_path, text, published="2022-03-04")
    assert facts["5,9 млн руб."].amount.currency == "RUB"


def test_a_bracket_naming_the_rubles_still_names_them(tmp_path: Path) -> None:
    text = ("Цены на технику\n\n"
            "Трактор на заводе стоит 92 тыс. рублей (белорусских), у дилера в Смоленске — "
            "дороже.\n")
    facts = facts_by_surface(tmp_path, text, published="2022-03-04")
    assert facts["92 тыс. рублей"].amount.currency == "BYN"


def test_bare_rubles_go_on_russian_after_one_named_belarusian_sum(tmp_path: Path) -> None:
    text = ("Суд ввёл наблюдение в торговом доме\n\n"
            "Москва, 20 мая 2015 г. В реестр включены требования на 840 млн рублей. Основной "
            "кредитор — Бобруйский завод: 310 млн рублей за поставленные машины. В отчётности "
            "завода этот долг отражён в сумме 95 млрд белорусских рублей. Ещё один банк заявил "
            "требование на 220 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2015-05-20")
    assert facts["95 млрд белорусских рублей"].amount.currency == "BYR"
    assert facts["220 млн рублей"].amount.currency == "RUB"


def test_last_month_is_the_month_before_publication(tmp_path: Path) -> None:
    text = ("Неделя с Беларусью\n\n"
            "По данным таможни, в минувшем месяце товарооборот Томской области с Беларусью "
            "составил 14,2 млн долларов. В прошлом месяце через лизинговую компанию хозяйства "
            "области получили техники на 96 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2023-06-05")
    for surface in ("14,2 млн долларов", "96 млн рублей"):
        assert facts[surface].year == 2023, surface
        assert facts[surface].period == "май", surface


def test_last_month_of_a_january_text_is_december(tmp_path: Path) -> None:
    text = ("Итоги декабря\n\n"
            "В минувшем месяце товарооборот Томской области с Беларусью составил 17,5 млн "
            "долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-01-09")
    assert facts["17,5 млн долларов"].year == 2023
    assert facts["17,5 млн долларов"].period == "декабрь"


def test_a_running_total_runs_to_the_month_reported(tmp_path: Path) -> None:
    text = ("Торговля с Беларусью: итоги апреля\n\n"
            "В апреле товарооборот Томской области с Беларусью составил 41 млн долларов. С "
            "начала года он достиг 158 млн долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2022-05-10")
    assert facts["158 млн долларов"].period == "январь–апрель"


def test_a_running_total_after_a_span_keeps_its_label(tmp_path: Path) -> None:
    text = ("Исполнение бюджета за январь–июль\n\n"
            "За январь–июль на закупку тракторов МТЗ для районов направлено 48 млн рублей. "
            "Субсидии на уплату процентов по кредитам с начала года составили 6,2 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2019-08-20")
    assert facts["6,2 млн рублей"].period == "с начала года"


def test_list_items_of_running_totals_take_the_months_of_the_total(tmp_path: Path) -> None:
    text = ("Торговля с Беларусью: итоги апреля\n\n"
            "В апреле товарооборот Томской области с Беларусью составил 41 млн долларов. С "
            "начала года он достиг 158 млн долларов.\n\n"
            "Крупнейшие статьи товарооборота с начала года:\n"
            "— машины и оборудование — 62 млн долларов;\n"
            "— продовольствие — 37 млн долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2022-05-10")
    assert facts["62 млн долларов"].period == "январь–апрель"


def test_a_running_total_with_no_month_told_keeps_its_label(tmp_path: Path) -> None:
    text = ("Экспорт растёт\n\n"
            "С начала года экспорт Брянской области в Беларусь составил 112 млн долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2019-08-20")
    assert facts["112 млн долларов"].period == "с начала года"


def test_a_month_of_lending_counted_in_loans_is_a_period(tmp_path: Path) -> None:
    text = ("Кредиты на технику: итоги марта\n\n"
            "В марте банк выдал фермерам 215 кредитов на покупку белорусских тракторов на общую "
            "сумму 1,9 млрд рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-04-08")
    assert facts["1,9 млрд рублей"].year == 2024
    assert facts["1,9 млрд рублей"].period == "март"


def test_claims_payables_and_tax_arrears_are_owed_money(tmp_path: Path) -> None:
    text = ("Перевозчик отчитался\n\n"
            "В реестр включены требования на общую сумму 730 млн рублей. Кредиторская "
            "задолженность на конец года — 41,5 млн рублей. Недоимка по налогам — около 12 млн "
            "рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2016-03-14")
    for surface in ("730 млн рублей", "41,5 млн рублей", "около 12 млн рублей"):
        assert facts[surface].metric == "other", surface


def test_a_case_number_and_a_term_are_no_time(tmp_path: Path) -> None:
    text = ("Суд признал дилера банкротом\n\n"
            "Москва, 10 апреля 2017 г. Арбитражный суд открыл конкурсное производство сроком на "
            "шесть месяцев. Как следует из материалов дела № А40-51234/2016, Россельхозбанк "
            "заявил требование 210 млн рублей по кредитному договору, бюджет — недоимку по "
            "налогам около 9 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2017-04-10")
    for surface in ("210 млн рублей", "около 9 млн рублей"):
        assert facts[surface].year is None, surface
        assert facts[surface].period is None, surface


def test_a_running_total_after_another_kind_keeps_its_label(tmp_path: Path) -> None:
    text = ("Дилер подвёл итоги\n\n"
            "Контракт на поставку камер на 47 млн рублей подписан в июле. Дилер с начала года "
            "продал техники на 18 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2021-09-20")
    assert facts["18 млн рублей"].period == "с начала года"


def test_a_subsidy_shared_over_many_farms_takes_the_budget_year(tmp_path: Path) -> None:
    text = ("Аграриям распределили субсидии\n\n"
            "Всего в областном бюджете на компенсацию затрат на технику в 2023 году "
            "предусмотрено 90 млн рублей. По итогам отбора субсидии получат 41 хозяйство, им "
            "распределено 84,5 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2023-06-15")
    assert facts["84,5 млн рублей"].year == 2023


def test_a_grant_to_one_farm_keeps_no_year(tmp_path: Path) -> None:
    text = ("Аграриям распределили субсидии\n\n"
            "Всего в областном бюджете на компенсацию затрат на технику в 2023 году "
            "предусмотрено 90 млн рублей. Хозяйство «Рассвет» получит субсидию 4,1 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2023-06-15")
    assert facts["4,1 млн рублей"].year is None


def test_a_body_figure_with_implied_rubles_keeps_its_own_time(tmp_path: Path) -> None:
    text = ("«Белэксимгарант» застраховал поставки тракторов в Россию на 0,9 трлн рублей\n\n"
            "МИНСК, 12 июля. Страховщик в I полугодии застраховал экспортные контракты на "
            "поставку тракторов в Российскую Федерацию на 0,9 трлн рублей.\n")
    facts = {f.amount.start: f for f in _describe(tmp_path, text)}
    body = max(facts)
    assert facts[body].year == 2013
    assert facts[body].period == "I полугодие"


def test_next_year_counts_from_the_story_year(tmp_path: Path) -> None:
    text = ("Десять лет назад\n\n"
            "Пятнадцать лет назад банк открыл в Перми представительство и пообещал уже в "
            "следующем году прокредитовать покупателей белорусской техники на сумму до 30 млн "
            "долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2020-03-02")
    assert facts["до 30 млн долларов"].year == 2006


def test_next_year_after_last_year_counts_from_the_writing(tmp_path: Path) -> None:
    text = ("Планы завода\n\n"
            "В 2019 году завод поставил в Россию продукции на 40 млн долларов, в следующем году "
            "рассчитывает выйти на 45 млн долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2020-03-02")
    assert facts["45 млн долларов"].year == 2021


def _describe(tmp_path: Path, text: str) -> list:
    from conftest import load_gold_style

    from analysis.money import describe

    return describe(load_gold_style(tmp_path, text, published="2013-07-12",
                                    source="Финансовый вестник",
                                    url="https://finvestnik.example.by/strahovanie"))


def test_a_model_number_before_a_farmer_counts_no_recipients(tmp_path: Path) -> None:
    text = ("Интервью губернатора\n\n"
            "В 2022 году хозяйства получили субсидий на 90 млн рублей. Трактор МТЗ-82 фермеру "
            "обходится в среднем в 3,1 млн рублей, а с учётом субсидии — дешевле.\n")
    facts = facts_by_surface(tmp_path, text, published="2023-02-01")
    assert facts["3,1 млн рублей"].year is None


def test_a_report_named_in_the_lead_after_its_dateline_dates_its_figures(tmp_path: Path) -> None:
    text = ("Трамвайное управление подвело итоги\n\n"
            "ВОЛГОГРАД, 30 марта 2012 г. МУП «Горэлектротранс» опубликовало годовой отчёт за "
            "2011 год.\n\n"
            "Субсидия из городского бюджета на перевозку льготников — 86,2 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2012-03-30")
    assert facts["86,2 млн рублей"].year == 2011
