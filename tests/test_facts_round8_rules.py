"""Facts in context, the rules added after round 8's first look (issue 10).

Conventional units («у.е.») as dollars; leasing and a bank's portfolio as financing, «стоит»
as a price; a comparison base with a period between («к уровню января–сентября 2025 года»,
«против убытка годом ранее») is not the figure's year; result figures (revenue, profit, a
trade balance) take the year of a results report or of the figures just before them. The
articles are written here in the style of company, bank and statistics releases and go
through the real loader, so the publication date is read as in production.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface, load_gold_style

from analysis.money import find_amounts
from analysis.quality.money import period_key

load = load_gold_style  # the shared loader (conftest)
read = facts_by_surface


# --------------------------------------------------------------------------- formats
def test_conventional_units_are_dollars() -> None:
    found = find_amounts("Завод заключил договор на поставку 40 станков на сумму 12 млн у.е.")
    assert [(a.surface, a.value, a.currency) for a in found] == [
        ("12 млн у.е.", 12e6, "USD")]


def test_conventional_units_with_a_space_are_dollars() -> None:
    found = find_amounts("Аренда площадки обойдётся в 250 тыс. у. е. в год.")
    assert [(a.value, a.currency) for a in found] == [(250e3, "USD")]


# --------------------------------------------------------------------------- metrics
def test_leasing_deal_is_financing(tmp_path: Path) -> None:
    text = ("Компания «Приволжлизинг» передала в лизинг фермерам Ульяновской области "
            "35 тракторов «Беларус» на 420 млн рублей.\n")
    got = read(tmp_path, text, published="2025-05-14")
    assert got["420 млн рублей"].metric == "financing"


def test_credit_portfolio_is_credit_not_agreements(tmp_path: Path) -> None:
    text = ("Кредитный портфель банка в сегменте сельхозтехники на 1 апреля 2025 года "
            "составил 9,6 млрд рублей.\n")
    got = read(tmp_path, text, published="2025-04-20")
    assert got["9,6 млрд рублей"].metric == "credit"


def test_bank_portfolio_target_is_financing(tmp_path: Path) -> None:
    text = ("«В этом году мы намерены нарастить портфель в этом направлении до 3 млрд "
            "рублей», — сказал зампред правления банка.\n")
    got = read(tmp_path, text, published="2025-02-11")
    assert got["до 3 млрд рублей"].metric == "financing"


def test_price_said_with_stoit_is_other_not_the_credit_before(tmp_path: Path) -> None:
    text = ("Под закупку техники предприятие взяло кредит в 30 млн евро.\n"
            "Один карьерный самосвал стоит от 2 млн долларов.\n")
    got = read(tmp_path, text, published="2025-07-01")
    assert got["30 млн евро"].metric == "credit"
    assert got["от 2 млн долларов"].metric == "other"


# --------------------------------------------------------------------------- years
def test_comparison_base_with_period_is_not_the_year(tmp_path: Path) -> None:
    text = ("Белстат: поставки в Россию за январь–июнь\n"
            "Статистический комитет опубликовал данные о торговле за январь–июнь "
            "2026 года.\n"
            "Экспорт в Российскую Федерацию составил 12,4 млрд долларов США, или 103,1% к "
            "уровню января–июня 2025 года. Импорт из России — 15,8 млрд долларов США.\n")
    got = read(tmp_path, text, published="2026-07-30")
    export, imports = got["12,4 млрд долларов США"], got["15,8 млрд долларов США"]
    assert (export.year, period_key(export.period)) == (2026, (1, 6))
    assert (imports.year, period_key(imports.period)) == (2026, (1, 6))


def test_year_after_against_a_loss_is_the_bases(tmp_path: Path) -> None:
    text = ("«Гидромаш» подвёл итоги 2024 года\n"
            "Завод представил результаты работы за 2024 год.\n"
            "Выручка составила 3,1 млрд рублей, чистая прибыль — 84 млн рублей против "
            "убытка годом ранее.\n")
    got = read(tmp_path, text, published="2025-03-12")
    assert got["3,1 млрд рублей"].year == 2024
    assert got["84 млн рублей"].year == 2024  # not 2023, the loss's year


def test_revenue_takes_the_year_of_the_results_report(tmp_path: Path) -> None:
    text = ("ПАО «Уралагромаш» опубликовало отчётность по МСФО за прошлый год. Выручка "
            "группы выросла на 12% и составила 21,7 млрд рублей.\n")
    got = read(tmp_path, text, published="2026-03-30")
    assert got["21,7 млрд рублей"].year == 2025


def test_trade_balance_takes_the_time_of_the_figures_before(tmp_path: Path) -> None:
    text = ("Товарооборот Брянской области с Беларусью в январе–июне 2025 года составил "
            "540 млн долларов.\n"
            "Экспорт составил 320 млн долларов, импорт — 220 млн долларов. Положительное "
            "сальдо сложилось в размере 100 млн долларов.\n")
    got = read(tmp_path, text, published="2025-08-20")
    balance = got["100 млн долларов"]
    assert (balance.metric, balance.year) == ("other", 2025)
    assert period_key(balance.period) == (1, 6)


def test_price_far_below_a_results_report_takes_no_year(tmp_path: Path) -> None:
    text = ("«Шинпром» по итогам года нарастил экспорт\n"
            "Компания сообщила о результатах работы за 2025 год. Выручка — 2,2 млрд "
            "рублей.\n"
            "Крупнейшие покупатели — горнодобывающие компании Кузбасса.\n"
            "В 2027 году завод запустит новую линию.\n"
            "Шина для карьерных самосвалов стоит от 3,9 млн рублей.\n")
    got = read(tmp_path, text, published="2026-02-18")
    assert got["2,2 млрд рублей"].year == 2025
    assert got["от 3,9 млн рублей"].year is None


# --------------------------------------------------------------------------- currencies
def test_digest_item_headed_by_a_russian_region_speaks_russian_rubles(tmp_path: Path) -> None:
    text = ("Главное за неделю\n"
            "Гродненская область. Облисполком утвердил программу обновления автобусного "
            "парка на 18 млн рублей.\n"
            "Псковская область. Администрация региона и «Гомсельмаш» открыли сервисный "
            "центр, вложения составили 240 млн рублей.\n")
    got = read(tmp_path, text, url="https://promnovosti.by/digest/2025/03/10/nedelya",
               published="2025-03-10")
    assert got["18 млн рублей"].amount.currency == "BYN"  # a Belarusian site's own rubles
    assert got["240 млн рублей"].amount.currency == "RUB"  # the Russian region's item


# --------------------------------------------------------------------------- forecasts
def test_wish_said_with_khotim_is_a_forecast(tmp_path: Path) -> None:
    text = ("— Какие планы на этот год?\n"
            "— Хотим 700 миллионов долларов оборота с Беларусью.\n"
            "— А в прошлом году?\n"
            "— Было 560 миллионов долларов.\n")
    got = read(tmp_path, text, published="2025-04-03")
    assert got["700 миллионов долларов"].forecast is True
    assert got["560 миллионов долларов"].forecast is False


def test_rubles_said_to_be_undenominated_are_byr_in_a_recent_article(tmp_path: Path) -> None:
    text = ("Двадцать лет на российском рынке\n"
            "В 2013 году выручка завода от продаж в России составляла около 6,4 трлн рублей — "
            "речь о неденоминированных белорусских рублях. В 2023-м она составила 1,9 млрд "
            "рублей.\n")
    got = read(tmp_path, text, url="https://promzhurnal.by/articles/2024/10/01/20-let",
               published="2024-10-01")
    assert got["около 6,4 трлн рублей"].amount.currency == "BYR"
    assert got["1,9 млрд рублей"].amount.currency == "BYN"
