"""Money read as a person reads it (session 23, the second new user's texts; own sentences of
the same shape, written for these tests):

- a one-off sum told in the past right after the sentence of its paragraph that dates the
  event takes that event's year, not the publication's (money/event_time.py);
- a commodity group's share of imports keeps its goods and is a part of the import total
  (money/goods.py, money/goods_parts.py);
- a credit described by a participle clause before «на сумму» stays a credit
  (money/aside_reach.py);
- the item of a counted set («Крупнейшим из них …») is a part of the set's sum and takes its
  year, and so does «Ещё …» after it (money/part_of.py);
- a sum pledged «до 2030 года» is a plan (money/forecast.py);
- a firm's revenue told right after the firm's year in the past takes that year.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import counted_goods, describe

PUBLISHED = dt.date(2026, 9, 14)


def facts(text: str, published: dt.date = PUBLISHED) -> dict[str, object]:
    got = describe(SimpleNamespace(text=text, published=published, source=None, url=None))
    return {f.amount.surface: f for f in got}


HISTORY = ("Директор: «Цех мы не закрыли»\n"
           "Гендиректор завода рассказал, как запускали совместную линию.\n"
           "— С чего всё началось?\n"
           "— Соглашение подписали в 2018 году, а первую сеялку собрали осенью 2019-го. "
           "Вложили тогда около 120 млн рублей — в покрасочную камеру и станки.\n"
           "— Когда линию перезапустили?\n"
           "— В марте 2023 года, когда нашли нового поставщика подшипников. Дополнительно "
           "вложили 260 млн рублей, из них 200 млн — льготный заём.\n")


def test_a_sum_spent_takes_the_year_of_the_event_before_it() -> None:
    got = facts(HISTORY)
    assert got["около 120 млн рублей"].year == 2019
    assert got["260 млн рублей"].year == 2023
    assert got["200 млн"].year == 2023 and got["200 млн"].metric == "credit"


def test_no_event_year_from_a_figures_sentence_or_the_year_of_writing() -> None:
    got = facts("Пекарня подвела итоги\n"
                "Выручка пекарни за 2025 год составила 96 млн рублей. Часть денег направлена на "
                "модернизацию: в новую печь вложено 3 млн рублей.\n"
                "В этом году сеть открыла два магазина. Компания вложила в их открытие 1,1 млн "
                "рублей.\n")
    assert got["3 млн рублей"].year is None  # the year before is the revenue's
    assert got["1,1 млн рублей"].metric == "investment"
    assert got["1,1 млн рублей"].year is None  # «в этом году» dates the news


def test_a_plan_keeps_no_event_year() -> None:
    got = facts("Линия\nПервую линию запустили в 2021 году. Вложат в новую ещё 80 млн рублей.\n")
    assert got["80 млн рублей"].year != 2021


def test_a_commodity_groups_share_keeps_its_goods_and_is_a_part_of_the_total() -> None:
    got = facts("Смоленская таможня о торговле\n"
                "Импорт из Беларуси за январь–июнь 2026 года составил 210,5 млн долларов. "
                "В импорте преобладает металлопродукция — 31,2%, или 65,7 млн долларов.\n")
    total, group = got["210,5 млн долларов"], got["65,7 млн долларов"]
    assert group.goods == "металлопродукция" and group.metric == "import"
    assert group.part_of == (total.amount.start, total.amount.end)
    assert total.part_of is None


def test_a_goods_figure_of_another_period_is_no_part() -> None:
    got = facts("Таможня\nИмпорт из Беларуси за январь–июнь 2026 года составил 210,5 млн "
                "долларов. Ввоз металлопродукции за 2025 год составил 95 млн долларов.\n")
    assert got["95 млн долларов"].part_of is None


def test_a_credit_with_a_participle_clause_before_its_sum_is_a_credit() -> None:
    got = facts("Хозяйство обновило технику\n"
                "Покупка оплачена за счет кредита Белагропромбанка (Минск), выданного на семь "
                "лет, на сумму 12 млн рублей.\n")
    assert got["12 млн рублей"].metric == "credit"


def test_the_largest_of_a_counted_set_is_a_part_of_its_sum_and_takes_its_year() -> None:
    got = facts("Итоги года\n"
                "В 2025 году в области запущено 9 проектов с общим объемом вложений 18,3 млрд "
                "рублей.\n"
                "Крупнейшим из них стал комбинат «Север»: инвестиции составили 6,1 млрд рублей. "
                "Ещё 2,4 млрд рублей направила в новый цех компания «Юг».\n")
    whole = got["18,3 млрд рублей"]
    for part in ("6,1 млрд рублей", "2,4 млрд рублей"):
        assert got[part].part_of == (whole.amount.start, whole.amount.end), part
        assert got[part].year == 2025, part


def test_an_item_with_a_span_of_its_own_keeps_it() -> None:
    got = facts("Бюджет\nВ 2026 году на 12 программ направят 5,1 млрд рублей. Крупнейшая из них "
                "— программа «Станок» с объемом 2,2 млрд рублей на 2025–2029 годы.\n",
                published=dt.date(2025, 12, 1))
    assert got["2,2 млрд рублей"].year is None


def test_a_sum_pledged_up_to_a_later_year_is_a_plan() -> None:
    got = facts("Контракт\nВ сентябре область заключила СПИК с заводом «Прибор». Объем "
                "инвестиций по контракту — 2,1 млрд рублей до 2030 года.\n")
    assert got["2,1 млрд рублей"].forecast is True
    assert got["2,1 млрд рублей"].year is None


def test_a_credits_term_is_no_plan() -> None:
    got = facts("Кредит\nБанк выдал заводу кредит на 500 млн рублей до 2030 года.\n")
    assert got["500 млн рублей"].forecast is False


def test_revenue_after_the_firms_year_in_the_past_takes_it() -> None:
    got = facts("Обзор\nМинский завод в прошлом году поставил российским заказчикам 300 "
                "погрузчиков. Выручка от российских контрактов составила около 2,4 млрд "
                "российских рублей.\n")
    assert got["около 2,4 млрд российских рублей"].year == 2025


def test_a_count_in_words_counts_goods() -> None:
    assert counted_goods("Хозяйство приобрело пять зерноуборочных комбайнов")
    assert counted_goods("закупили 12 тракторов")
    assert not counted_goods("хозяйство обновило технику")
