"""Whose rubles after a named Russian ruble: the scale of the old Belarusian ruble.

On a Belarusian outlet, a bare «рублей» right after «… российских рублей» in one paragraph
goes on in the Russian rubles just named when it restates the same deal (a debt, a part, next
year's target: of the same order). Before the 2016 redenomination a Russian ruble was worth
tens to hundreds of Belarusian rubles (BYR), so a bare figure twenty and more times the named
Russian one is the writer back in the article's own rubles. Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

_SALES = ("Петербург распробовал гродненские сыры\n"
          "Сбытовая компания мясо-молочных заводов за прошлый год продала в Петербурге товара на "
          "3,2 млрд российских рублей. Чтобы открыть там склад, заводы-учредители направят на "
          "это 95 млрд рублей.\n"
          "Килограмм сыра в петербургском магазине стоит 540 российских рублей. В Гродно тот же "
          "сыр продают примерно за 120 тыс. рублей.\n")


def test_old_belarusian_rubles_of_their_scale_after_a_named_russian_ruble(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _SALES, published="2012-09-14", source="Гродненская правда")
    assert got["95 млрд рублей"].amount.currency == "BYR"
    assert got["120 тыс. рублей"].amount.currency == "BYR"
    assert got["3,2 млрд российских рублей"].amount.currency == "RUB"


def test_a_same_deal_figure_after_a_named_russian_ruble_stays_russian(tmp_path: Path) -> None:
    text = ("Суд в Гродно взыскал долг с дилера из Пскова\n"
            "По контракту 2013 года на 210 млн российских рублей псковская фирма получила "
            "погрузчики, но к весне задолжала 48 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2014-04-02", source="Гродненская правда")
    assert got["48 млн рублей"].amount.currency == "RUB"


def test_after_the_redenomination_scale_says_nothing(tmp_path: Path) -> None:
    text = ("Суд в Гродно взыскал долг с дилера из Пскова\n"
            "По контракту на 21 млн российских рублей псковская фирма получила погрузчики; "
            "по словам её директора, за пять лет она закупила в Беларуси техники на 900 млн "
            "рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-04-02", source="Гродненская правда")
    assert got["900 млн рублей"].amount.currency == "RUB"


# --------------------------------------------------------------------------- conversions
def test_bare_rubles_converting_named_russian_ones_are_belarusian(tmp_path: Path) -> None:
    text = ("«Наш главный покупатель — Россия»\n"
            "— Весной мы подписали договор с петербургским дистрибьютором на 260 млн российских "
            "рублей, это примерно 9 млн рублей по сегодняшнему курсу.\n")
    got = facts_by_surface(tmp_path, text, published="2025-06-11", source="Минская правда")
    conv = got["примерно 9 млн рублей"]
    assert conv.amount.currency == "BYN"
    assert conv.converts is not None  # the same sum told twice, counted once


def test_before_2016_the_conversion_is_into_old_rubles(tmp_path: Path) -> None:
    text = ("Контракт подписан\n"
            "Поставки оценены в 40 млн российских рублей, то есть около 11 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2013-03-05", source="Минская правда")
    assert got["около 11 млрд рублей"].amount.currency == "BYR"


def test_a_same_currency_restatement_is_no_conversion(tmp_path: Path) -> None:
    text = ("Итоги года\n"
            "— Продажи в России — 900 млн российских рублей, это около 600 млн рублей без НДС "
            "и скидок дилерам.\n")
    got = facts_by_surface(tmp_path, text, published="2025-06-11", source="Минская правда")
    assert got["около 600 млн рублей"].amount.currency == "RUB"


def test_a_new_sentence_after_a_percent_is_no_conversion(tmp_path: Path) -> None:
    text = ("Итоги полугодия\n"
            "— Выпуск продукции вырос до 52,3 млн рублей, это 112% к прошлому году. Экспорт — "
            "7,1 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2025-07-20", source="Минская правда")
    assert got["7,1 млн долларов"].converts is None
    assert got["7,1 млн долларов"].metric == "export"
