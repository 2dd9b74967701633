"""analysis.formatting: numbers, money, converted values, dates, timelines, plurals, quoting."""

from __future__ import annotations

import pytest

from analysis.briefing.formatting import (
    Html,
    esc,
    fmt_converted,
    fmt_date,
    fmt_money,
    fmt_number,
    fmt_timeline,
    plural_ru,
    quoted,
)

NB = "\u00a0"


# --- numbers and money ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "currency", "lang", "qualifier", "expected"),
    [
        (1.2e9, "RUB", "ru", "exact", "1,2 млрд руб."),
        (5e10, "USD", "ru", "over", "свыше $50 млрд"),
        (5e10, "USD", "en", "over", "over $50 bn"),
        (2.94e11, "RUB", "ru", "exact", "294 млрд руб."),
        (1.05e11, "RUB", "en", "exact", "RUB 105 bn"),
        (1.2e9, "USD", "ru", "approx", "около $1,2 млрд"),
        (2.5e10, "USD", "ru", "up_to", "до $25 млрд"),
        (3.86076e10, "RUB", "ru", "exact", "38,61 млрд руб."),
        (7e8, "EUR", "ru", "under", "менее €700 млн"),
        (5e6, "BYN", "ru", "exact", "5 млн бел. руб."),
        (5e6, "BYN", "en", "exact", "BYN 5 m"),
        (1e7, "CNY", "ru", "exact", "10 млн юаней"),
        (500, "RUB", "ru", "exact", "500 руб."),
        (1.2e12, "RUB", "ru", "exact", "1,2 трлн руб."),
    ],
)
def test_fmt_money(value, currency, lang, qualifier, expected):
    assert fmt_money(value, currency, lang, qualifier).replace(NB, " ") == expected


def test_fmt_money_range_and_blank():
    assert fmt_money(2e9, "RUB", "ru", "range", 3e9).replace(NB, " ") == "от 2 до 3 млрд руб."
    assert fmt_money(2e9, "RUB", "en", "range", 3e9).replace(NB, " ") == "RUB 2–3 bn"
    # different scales: both spelled out
    assert fmt_money(8e8, "RUB", "ru", "range", 1.2e9).replace(NB, " ") == \
        "от 800 млн руб. до 1,2 млрд руб."
    assert fmt_money(None, "RUB", "ru") == "—"


def test_a_range_in_dollars_puts_the_sign_on_its_first_number():
    # was «$от 4 до 5 млрд» in a lead: the sign glued to the preposition
    assert fmt_money(4e9, "USD", "ru", "range", 5e9).replace(NB, " ") == "от $4 до 5 млрд"
    assert fmt_money(480e6, "EUR", "ru", "range", 500e6).replace(NB, " ") == "от €480 до 500 млн"
    assert fmt_money(4e9, "USD", "en", "range", 5e9).replace(NB, " ") == "$4–5 bn"
    assert fmt_money(8e8, "USD", "ru", "range", 1.2e9).replace(NB, " ") == "от $800 млн до $1,2 млрд"


def test_number_keeps_from_wrapping_and_groups_thousands():
    # no-break space: «1 200» never splits across lines; comma decimals in Russian
    assert fmt_number(1200.5, "ru") == f"1{NB}200,5"
    assert fmt_number(1200.5, "en") == "1,200.5"
    assert NB in fmt_money(1.2e9, "RUB", "ru")


def test_converted_values_are_marked_and_missing_rates_stated():
    assert fmt_converted(3.6e9, "USD", 2024, "ru").replace(NB, " ") == \
        "≈ $3,6 млрд по среднегодовому курсу 2024 г."
    assert fmt_converted(3.6e9, "USD", 2024, "en").replace(NB, " ") == \
        "≈ $3.6 bn at the 2024 annual average rate"
    missing = fmt_converted(None, "USD", 2024, "ru").replace(NB, " ")
    assert "нет курса за 2024 г." in missing and "не пересчитано" in missing
    assert "no 2024 rate" in fmt_converted(None, "USD", 2024, "en")
    assert fmt_converted(1.0, "USD", 2024, "ru", same_currency=True) == ""


def test_plural_ru():
    forms = ("проект", "проекта", "проектов")
    assert [plural_ru(n, *forms) for n in (1, 2, 5, 11, 12, 21, 22, 25, 111)] == [
        "проект", "проекта", "проектов", "проектов", "проектов", "проект", "проекта",
        "проектов", "проектов"]


def test_timelines_read_as_words():
    assert fmt_timeline("2025-H2", "ru").replace(NB, " ") == "II полугодие 2025 г."
    assert fmt_timeline("2025-H2", "en") == "H2 2025"
    assert fmt_timeline("2024-Q3", "ru").replace(NB, " ") == "III квартал 2024 г."
    assert fmt_timeline("2023-06", "ru").replace(NB, " ") == "июнь 2023 г."
    assert fmt_timeline("2023-06", "en") == "Jun 2023"
    assert fmt_timeline("осенью", "ru") == "осенью"
    assert fmt_timeline(None, "ru") == ""


def test_quoted_sentence_is_escaped_and_never_double_quoted() -> None:
    assert quoted("Инвестиции составят <b>1,2 млрд</b> рублей.") == (
        "«Инвестиции составят &lt;b&gt;1,2 млрд&lt;/b&gt; рублей.»")
    whole = "«Мы откроем цех с ОАО «МАЗ» в этом году», — сказал губернатор."
    assert quoted(whole) == whole
    # the first sentence of a quotation that goes on: its mark is closed, not doubled
    opening = "«В регионе обсуждают открытие цехов с ОАО «МАЗ»."
    assert quoted(opening) == opening + "»"
    assert not quoted(opening).startswith("««")
    # the last sentence of one that began earlier: opened
    closing = "Сервисный центр заработает в 2026 году»."
    assert quoted(closing) == "«" + closing
    # a sentence with an inner name only: quoted once
    assert quoted("Завод «Амкодор» соберёт погрузчики.") == "«Завод «Амкодор» соберёт погрузчики.»"


def test_dates_are_shown_only_as_precise_as_they_are_known() -> None:
    assert fmt_date("2022-01-01", "ru", precision="year") == "2022\u00a0г."
    assert fmt_date("2022-01-01", "en", precision="year") == "2022"
    assert fmt_date("2025-06-01", "ru", precision="month") == "июнь 2025\u00a0г."
    assert fmt_date("2025-10-21", "ru") == "21.10.2025"


def test_html_fragments_escape_and_display_as_html():
    assert esc('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"
    assert esc(None) == "" and esc(float("nan")) == ""
    frag = Html("<p>x</p>")
    # shown with its own scoped styles, so Lab displays what prints (issue 14)
    shown = frag._repr_html_()
    assert shown.startswith('<div class="bf"><style>') and shown.endswith("<p>x</p></div>")
    assert "<p>" not in repr(frag)
