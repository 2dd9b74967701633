"""A live blog's entries («10:15 Премьер-министр поправляет: …») are sentences like any other:
a bare figure in the next entry borrows the currency of the figure just before, as it would
without the time stamp; three entries on, with no money words, it does not. Texts written for
this test."""

from __future__ import annotations

from analysis.money import find_amounts

BLOG = ("Форум в Гродно: онлайн\n"
        "12:04 Первая цифра: товарооборот двух стран в прошлом году — 49,8 млрд долларов.\n"
        "12:09 Вице-премьер Беларуси поправляет: «По нашим данным, с услугами — больше 52 "
        "миллиардов».\n")


def test_a_timestamped_entry_borrows_the_currency_before() -> None:
    got = {a.surface: a.currency for a in find_amounts(BLOG)}
    assert got.get("больше 52 миллиардов") == "USD", got


def test_a_far_entry_with_no_money_words_is_no_money() -> None:
    text = (BLOG + "12:15 Зал аплодирует.\n12:20 Техническая пауза.\n"
            "12:31 Слово губернатору: «Участников — больше 3 тысяч, гостей — 2 тысячи».\n")
    got = [a.surface for a in find_amounts(text)]
    assert not any("тысяч" in s for s in got), got
