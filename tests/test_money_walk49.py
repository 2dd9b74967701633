"""Readings of round 49's dev part studied by walk49money (issue 10, session 32).

Each case is a short sentence written for this test in the style of Russian trade news; none
is a gold article's. Fields are «metric» unless named.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import facts_by_surface

# reading -> (text, surface, expected value[, field[, publication date]])
READINGS: dict[str, list[tuple[str, ...]]] = {
    "a clause between commas opened by a word that may be a participle modifies its noun": [
        ("Средняя зарплата рабочих, занятых на производстве мебели, в марте составила 1 250 рублей.",
         "1 250 рублей", "other"),
    ],
    "a result after a figure and its base «против … годом ранее» is of the figure's year": [
        ("Станкозавод по итогам 2023 года поставил в Беларусь станков на 12 млн долларов против "
         "9 млн долларов годом ранее. Выручка предприятия составила 40 млн долларов.",
         "40 млн долларов", "2023", "year"),
    ],
    "«этот показатель» is the figure told before: its goods go the same way": [
        ("Брянская область остается главным рынком. В 2022 году белорусские заводы поставили "
         "туда мебели на 3,2 млн долларов. Власти региона надеются, что в 2023 году этот "
         "показатель превысит 4 млн долларов.", "превысит 4 млн долларов", "BY→RU", "flow"),
    ],
    "a unit's abbreviation in a heading is no sentence's end: its list's items follow it": [
        ("Гомельский завод за полгода экспортировал продукции на 6 млн долларов.\n\n"
         "ПОСТАВКИ В РЕГИОНЫ РОССИИ (январь–июнь 2024 г., тыс. долл. США):\n"
         "Смоленская область — 820;\nБрянская область — 610.\n",
         "820", "BY→RU", "flow"),
    ],
    "«к концу года» after a part-year figure: the whole year, no period": [
        ("Мебельная фабрика за десять месяцев выпустила продукции на 52 млн рублей, к концу года "
         "ожидается около 64 млн.", "около 64 млн", "None", "period"),
        ("За девять месяцев завод отгрузил продукции на 12 млн долларов, к концу декабря "
         "рассчитывает выйти на 17 млн.", "17 млн", "None", "period"),
    ],
    "a deal signed in a month «на 2025 год»: the month is the signing's day, the year the deal's": [
        ("В ноябре завод подписал с гомельским дилером договор на 2025 год на сумму 64 млн "
         "рублей.", "64 млн рублей", "None", "period"),
        ("В ноябре завод подписал с гомельским дилером договор на 2025 год на сумму 64 млн "
         "рублей.", "64 млн рублей", "2025", "year"),
    ],
    "a change told in one month: the level it grew from is of that month's year": [
        ("В марте стоимость проезда в пригородных автобусах выросла с 90 до 110 рублей.",
         "90", "2024", "year"),
        ("В 2023 году экспорт завода вырос с 40 млн до 55 млн долларов.",
         "40 млн", "2022", "year"),
    ],
    "a place in a clause set against a speaker's figure with «, а» is the other figure's": [
        ("Крупнейший белорусский поставщик — фабрика «Гроднодрев» из Гродно. Её генеральный "
         "директор Олег Ковалёв сообщил, что за квартал фабрика отгрузила российским дилерам "
         "мебели на 1,2 млн долларов. Всего в 2010 году выручка фабрики составила 64 млрд "
         "белорусских рублей.\n\n«Мы держим цену: шкаф-купе стоит у нас 900 тыс. рублей, а в "
         "Брянске его продают за 9 000 российских рублей», — пояснил он.\n\nБрянская область "
         "остается главным рынком. В 2010 году белорусские фабрики поставили туда мебели на "
         "3,2 млн долларов.", "900 тыс. рублей", "BYR", "amount.currency", "2011-05-01"),
    ],
    "an amount in brackets after its noun: the predicate after the bracket dates it": [
        ("Первая очередь цеха открыта весной. Вторая очередь (18 млн рублей) намечена на 2026 "
         "год.", "18 млн рублей", "2026", "year"),
    ],
    "deliveries an agreement sets are the agreement's value, as a contract's are": [
        ("Смоленский завод подписал с минским холдингом пятилетний договор на поставку "
         "профиля. Соглашение предусматривает ежегодные поставки на 3 млн долларов.",
         "3 млн долларов", "agreements"),
    ],
    "a Belarusian seller's sales at home are no export, though the article names Russian regions": [
        ("Белорусский ансамбль весной выступит в Смоленской области. Российский хор в ответ "
         "покажет программу в Гомеле летом. Белорусская сторона рассчитывает выручить от продажи "
         "билетов около 90 тыс. белорусских рублей.", "около 90 тыс. белорусских рублей", "other"),
    ],
    "a noun read first in the nominative with a verb after it is the next clause's subject": [
        ("В 2022 году комбинат вложил в новую печь 30 млн рублей. Ещё 45 млн карьер надеется "
         "получить в виде кредита.", "45 млн", "credit"),
    ],
    "a counted noun takes a plural or neuter verb: «12 млн человек получило» counts people": [
        ("На программу выделено 5 млн рублей, ещё 2 млн человек получило выплаты.",
         "5 млн рублей", "financing"),
    ],
    "«Ещё» before a credit after an investment: one more sum, not one more of that figure's time": [
        ("В 2022 году комбинат вложил в новую печь 30 млн рублей. Ещё 45 млн карьер надеется "
         "получить в виде кредита.", "45 млн", "None", "year"),
    ],
    "money a farm sends on planting a plantation is an investment, as building is": [
        ("В прошлом году на закладку нового яблоневого сада хозяйство направило 2,7 млн рублей.",
         "2,7 млн рублей", "investment"),
    ],
    "a side's adjective before «направление» names where the goods go": [
        ("Гродненский мебельный комбинат за полгода отгрузил в российском направлении продукции "
         "на 2,3 млн долларов.", "2,3 млн долларов", "BY→RU", "flow"),
        ("В первом квартале в белорусском направлении брянские предприятия отгрузили продукции "
         "на 14 млн долларов.", "14 млн долларов", "RU→BY", "flow"),
    ],
}


@pytest.mark.parametrize("case", [c for cases in READINGS.values() for c in cases],
                         ids=[f"{k[:40]}-{i}" for k, cases in READINGS.items()
                              for i in range(len(cases))])
def test_reading(tmp_path: Path, case: tuple[str, ...]) -> None:
    text, surface, want, *rest = case
    field, published = (rest + ["metric", "2024-05-01"][len(rest):])[:2]
    fact = facts_by_surface(tmp_path, text, published=published)[surface]
    got: object = fact
    for name in field.split("."):
        got = getattr(got, name)
    assert str(got) == want, (text, got)


def test_counted_people_are_no_money() -> None:
    from analysis.money import find_amounts

    found = find_amounts("На программу выделено 5 млн рублей, ещё 2 млн человек получило выплаты.")
    assert [a.surface for a in found] == ["5 млн рублей"]
