"""What a new user's briefing said wrongly (session 20): a plan's «до» read as a ceiling, and
figures the table marks unrelated to Belarus drawn among Belarus's (tests/test_briefing_relevance.py
has the chart's side)."""

from __future__ import annotations

import html
from pathlib import Path

from conftest import briefing_of, tag_free

PLAN = ("Минск намерен нарастить выпуск станков\n"
        "Минск, 12 мая 2026 года. Белорусская сторона планирует к 2028 году увеличить выпуск "
        "станков для российских заводов до 900 млн долларов. Об этом сообщил министр "
        "промышленности.\n")
CEILING = ("Смоленск поддержит переработчиков\n"
           "Смоленск, 12 мая 2026 года. Администрация Смоленской области выделила предприятиям, "
           "работающим с белорусскими партнёрами, субсидии на сумму до 40 млн рублей.\n")


def test_a_plans_up_to_reads_as_the_target(tmp_path: Path) -> None:
    en = briefing_of(tmp_path / "en", {"plan.txt": PLAN}, lang="en")
    table = tag_free(en.deals_table())
    assert "target $900 m" in table and "up to" not in table
    ru = briefing_of(tmp_path / "ru", {"plan.txt": PLAN}, lang="ru")
    # (the Russian says so too: «до $900 млн» reads as a ceiling — session 21's new user)
    ru_table = tag_free(ru.deals_table())
    assert "цель: $900 млн" in ru_table and "до $900 млн" not in ru_table


def test_a_ceiling_keeps_up_to(tmp_path: Path) -> None:
    en = briefing_of(tmp_path, {"ceiling.txt": CEILING}, lang="en")
    table = tag_free(en.money_table())
    assert "up to RUB 40 m" in table and "target" not in table
    ru = briefing_of(tmp_path / "ru", {"ceiling.txt": CEILING}, lang="ru")
    assert "до 40 млн руб." in tag_free(ru.money_table()) and "цель" not in tag_free(ru.money_table())


OVER = ("Белорусский холдинг вложится в Брянск\n"
        "Брянск, 12 мая 2026 года. Белорусский холдинг «Амкодор» вложил в сборочный цех в "
        "Брянской области свыше 2 млрд рублей.\n")


def test_a_bar_carries_the_tables_qualifier(tmp_path: Path, monkeypatch) -> None:
    from analysis.briefing import charts

    shown: list[str] = []
    real = charts.barh_chart

    def spy(labels: list[str], *args: object, **kwargs: object) -> str:
        shown.extend(kwargs.get("value_labels") or [])
        return real(labels, *args, **kwargs)

    monkeypatch.setattr(charts, "barh_chart", spy)
    b = briefing_of(tmp_path, {"over.txt": OVER, "plan.txt": CEILING}, lang="ru")
    figure = html.unescape(tag_free(b.money_chart()))
    assert any(v.startswith(">") for v in shown) and "«>» — в источнике «свыше»" in figure


PLANT = ("Директор «Гомсельмаша»: «Россия остаётся главным рынком»\n"
         "Генеральный директор ОАО «Гомсельмаш» рассказал нашему изданию о поставках.\n"
         "— Сколько комбайнов ушло в Россию?\n"
         "— В прошлом году мы отгрузили российским хозяйствам продукции на 240 млн долларов.\n")


def test_a_plants_own_exports_are_its_goods_and_plausible(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"plant.txt": PLANT}, lang="ru")
    table = html.unescape(tag_free(b.trade_table()))
    # the plant's «мы» (money/firm_voice.py): not the country's exports, and no national
    # floor ($500 млн a year) for one plant's shipments
    # (the firm's own column names it; the measure does not repeat it as goods: newuser40 F8)
    assert "экспорт Беларуси в Россию Гомсельмаш" in table and "продукция «Гомсельмаш»" not in table
    assert "вне разумных пределов" not in table
    assert not b.trade_series(["export"])


SUPPLIES = ("Весенние поставки белорусской техники\n"
            "Москва, 2 июня 2025 года. «Гомсельмаш» отгрузил в Курганскую область 30 "
            "зерноуборочных комбайнов на общую сумму 900 млн рублей. Товарооборот Курганской "
            "области с Беларусью в 2024 году составил 150 млн долларов.\n")


def test_one_delivery_is_a_deal_not_the_regions_trade(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"supplies.txt": SUPPLIES}, lang="ru")
    rows = b.metric_rows(["export"])
    assert list(rows["metric"]) == ["export"]  # the gold's convention: the shipper's export
    summary = tag_free(b.trade_summary())
    assert "Региональных показателей — 1 (Курганская область)" in summary
    trade = tag_free(b.trade_table())
    assert "одна поставка, не объём торговли региона" in trade and "150" in trade
    deals = tag_free(b.deals_table())
    # (the maker named with its goods: one firm's delivery, session 21)
    assert "поставка (экспорт: комбайны «Гомсельмаш»)" in deals and "900 млн руб." in deals


def test_a_trade_volume_counts_no_units_so_is_no_delivery(tmp_path: Path) -> None:
    text = SUPPLIES.replace("отгрузил в Курганскую область 30 зерноуборочных комбайнов",
                            "отгрузил в Курганскую область комбайнов")
    b = briefing_of(tmp_path, {"supplies.txt": text}, lang="ru")
    assert "Региональных показателей — 2" in tag_free(b.trade_summary())
    assert not str(b.deals_table())


THIRD_MARKETS = ("Ярославские экспортёры нашли новые рынки\n"
                 "Ярославль, 12 февраля 2025 года. Товарооборот Ярославской области с Беларусью "
                 "в 2024 году составил 398 млн долларов, сообщили в региональном правительстве.\n"
                 "Кроме того, ярославские предприятия поставили в Казахстан и Монголию продукции "
                 "на 215 млн долларов.\n")


def test_a_regions_trade_with_third_countries_is_no_trade_with_belarus(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"yaroslavl.txt": THIRD_MARKETS}, lang="ru")
    rows = b.metric_rows(["export"])
    assert list(rows["flow"]) == ["other"]  # the annotators' reading: a flow with third countries
    assert "Региональных показателей — 1 (Ярославская область)" in tag_free(b.trade_summary())
    trade = tag_free(b.trade_table(regional=True))
    assert "215" in trade and "не торговля с Беларусью" in trade
    assert not str(b.trade_by_region_chart())  # one figure of trade with Belarus: no chart


NINE_MONTHS = ("Лизинг белорусской техники\n"
               "Москва, 29 октября 2026 года. Российская «Росагролизинг» за девять месяцев "
               "профинансировала поставки белорусских тракторов на 5,4 млрд рублей.\n")


def test_the_money_tables_show_a_figures_period_with_its_year(tmp_path: Path) -> None:
    # (session 21's new user: «за девять месяцев» read as the whole year in the money tables)
    b = briefing_of(tmp_path, {"nine.txt": NINE_MONTHS}, lang="ru")
    table = tag_free(b.money_table())
    assert "финансирование 2026 январь–сентябрь" in table
    assert "финансирование (январь–сентябрь): 5,4 млрд руб." in tag_free(b.money_by_year())


UNION_CREDITS = ("Банки делают ставку на союзную промышленность\n"
                 "Москва, 29 октября 2026 года. Госбанки двух стран подписали соглашение о "
                 "синдицированном кредите на 12 млрд рублей для совместных заводов.\n"
                 "Спрос на союзное финансирование будет расти. По оценке экспертов, к 2030 году "
                 "совокупный объём кредитов на кооперационные проекты может составить 900 млрд "
                 "рублей.\n"
                 "Напомним, ранее Россия предоставила Беларуси государственный кредит на 80 млрд "
                 "рублей.\n")


def test_the_largest_credit_is_the_news_not_a_recall_nor_an_experts_total(tmp_path: Path) -> None:
    # (session 21's new user: a recalled credit led the briefing, dated by the publication)
    b = briefing_of(tmp_path, {"credits.txt": UNION_CREDITS}, lang="ru")
    assert b.largest("credit")["value"] == 12e9
    table = tag_free(b.money_table())
    # (a state credit of Russia to Belarus is the two countries' own: «Россия — Беларусь», not
    # «регион не назван»; newuser42 F9)
    assert "ранее, год не указан Россия — Беларусь 80 млрд руб." in table
    assert "900 млрд руб." in table and "Беларусь рядом не названа" not in table
