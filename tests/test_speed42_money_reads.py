"""Readings of the money stages made once where they were made again, with the same answers
(session 42, speed42a; issue 10, speed):

- `context.says` lowers an amount's sentence once for the word lists asked of it in turn
  (a one-entry cache keyed by the text object and the window);
- `year_mentions` reads a sentence's years once for the year, forecast, span and programme
  readers (`_year_mentions`, cached by text and window; each caller gets a list of its own);
- `describe` reads an amount's span of years once (`years_spanned`) for its plan
  (`plans_over`) and for its year's source;
- `describe` reads a line's list lead once for the figures of one paragraph
  (`price_lists.LineLeads`: `list_lead`, then `semicolon_lead` and `names_price_list`).

Each is checked against the former reading on sentences and pages written here and on
generated ones.
"""

from __future__ import annotations

from datetime import date

from conftest import make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.money import context, describe
from analysis.money.amounts import find_amounts
from analysis.money.context import context_words, says
from analysis.money.forecast import plans_over, years_spanned
from analysis.money.lists import list_lead, semicolon_lead
from analysis.money.price_lists import LineLeads, names_price_list
from analysis.money.scope import AmountScope
from analysis.money.year_mentions import _year_mentions, year_mentions

_SENTENCES = [
    "Выручка компании в 2023 году составила 4,2 млрд рублей.",
    "Крупнейшим покупателем белорусских тракторов остаётся Смоленская область — 96 млн.",
    "Программа на 2026–2029 годы предусматривает 9,5 млрд рублей на модернизацию.",
    "Инвестиции по контракту — 4,5 млрд рублей до 2030 года.",
    "Предприятие получило грант 15 млн рублей на закупку станков.",
    "Объём заключённых на бирже сделок за год составил 1,2 млрд долларов.",
    "В 1998–2004 гг. завод выпустил 120 машин, в 2005-м — ещё 40.",
    "ТАМОЖНЯ перечислила в бюджет 7,3 млрд рублей таможенных платежей.",
    "Сальдо торговли сложилось положительное: 185 млн долларов за 2019 год.",
    "",
]


def _former_says(words: object, text: str, start: int, end: int) -> bool:
    return words is not None and words.search(text[start:end].lower()) is not None  # type: ignore[attr-defined]


def _lists() -> list[object]:
    w = context_words()
    return [w.result_words, w.deal_volume, w.share_ranking, w.collected_payments,
            w.one_off_support, w.trade_balance]


def test_says_as_the_former_reading_on_written_sentences() -> None:
    text = " ".join(_SENTENCES)
    for words in _lists():
        for start in range(0, len(text), 37):
            for end in (start, start + 40, start + 120, len(text)):
                # asked twice in a row (the cached window) and after another window
                assert says(words, text, start, end) == _former_says(words, text, start, end)
                assert says(words, text, start, end) == _former_says(words, text, start, end)


def test_says_tells_apart_equal_windows_of_other_texts() -> None:
    first = "Выручка составила 10 млн рублей."
    other = "ВЫРУЧКА: 10 МЛН РУБЛЕЙ."
    words = context_words().result_words
    assert says(words, first, 0, len(first))
    # a text of the same length, another object: read again, not the kept window
    plain = "Прибыли нет, зато есть 10 млн рублей."[:len(first)]
    assert says(words, plain, 0, len(plain)) == _former_says(words, plain, 0, len(plain))
    assert says(words, other, 0, len(other)) == _former_says(words, other, 0, len(other))
    assert context._lowered(first, 0, 7) == "выручка"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["выручка", "Сальдо", "сделок", "крупнейшим", "грант", "ПРИБЫЛЬ",
                                 "на втором месте", "платежей", " ", ", ", "2024", "İ", "Σ"]),
                max_size=14), st.integers(0, 60), st.integers(0, 80))
def test_says_as_the_former_reading_on_generated_text(parts: list[str], lo: int, width: int) -> None:
    text = "".join(parts)
    for words in _lists():
        assert says(words, text, lo, lo + width) == _former_says(words, text, lo, lo + width)


def test_year_mentions_read_once_give_the_same_years() -> None:
    text = " ".join(_SENTENCES)
    for start in range(0, len(text), 23):
        for end in (start + 60, start + 200, len(text)):
            fresh = list(_year_mentions.__wrapped__(text, start, end))
            first = year_mentions(text, start, end)
            assert first == fresh
            first.clear()  # a caller's own list: the next caller still gets every year
            assert year_mentions(text, start, end) == fresh


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["в ", "2024", "2000-х", "году", " – ", "21", "бюджете-2021",
                                 "12024", ", ", "г.", "\n", "2004 — ", "(2019)", "19", "."]),
                max_size=12))
def test_year_mentions_read_once_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert year_mentions(text, 0, len(text)) == list(_year_mentions.__wrapped__(text, 0, len(text)))


def _scopes(text: str) -> list[AmountScope]:
    amounts = find_amounts(text)
    return [AmountScope(text=text, start=0, end=len(text), amount=a, others=amounts)
            for a in amounts]


def _plan(sentence: str, published: date | None, horizon: bool = True) -> bool:
    """`plans_over` of the sentence's first amount, its span read once (as `describe` does)."""
    scope = _scopes(sentence)[0]
    return plans_over(scope, published, years_spanned(scope, published, horizon=horizon))


def test_a_plan_over_years_not_yet_over_from_the_span_read_once() -> None:
    programme = "Программа на 2026–2029 годы предусматривает 9,5 млрд рублей на модернизацию."
    assert _plan(programme, date(2025, 3, 1)) and _plan(programme, None)
    assert not _plan(programme, date(2030, 3, 1))  # the programme is over: told, not planned
    assert not _plan("По программе на 2026–2029 годы уже выделено 2 млрд рублей.", date(2026, 3, 1))
    horizon = "Инвестиции по контракту — 4,5 млрд рублей до 2030 года."
    assert _plan(horizon, date(2025, 3, 1))
    assert not _plan(horizon, date(2025, 3, 1), horizon=False)  # a credit's term is no plan
    assert not _plan("Выручка компании в 2023 году составила 4,2 млрд рублей.", date(2024, 3, 1))


_PAGES = [
    "ТАРИФЫ (без НДС):\nдекларация на импорт – от 3 500 руб.;\nтранзитная декларация – 2 000 руб.",
    "Министр рассказал, на что пойдут деньги в 2024 году:\n• 620 млн — субсидии;\n• 300 млн — "
    "кредиты.\nЭкспорт вырос на 12%. Импорт — 40 млн долларов.",
    "ПОСТАВКИ В РФ (январь–сентябрь)\n— Москва — 3,62 млрд $\n— Смоленск — 1,1 млрд $",
    "Цены на услуги:\n\nпогрузка – 1 200 руб.;\nхранение – 300 руб.\n",
    "Экспорт составил 5 млрд долларов. Импорт — 3 млрд, а сальдо — 2 млрд долларов.\n\n"
    "— Что покупает Татарстан?\n— Тракторы на 40 млн долларов.",
    "Итого: 71,1 млрд\nЦЕЛИ 2024\nТоварооборот: 50 млрд $\nЭкспорт в РФ — 9 млрд руб.",
]


def _former_leads(text: str, start: int) -> tuple[tuple[int, int] | None, bool]:
    item = list_lead(text, start)
    price = item or semicolon_lead(text, start)
    if price and names_price_list(text, *price):
        return price, True
    return item, False


def test_line_leads_as_the_former_reading_on_written_pages() -> None:
    for page in _PAGES:
        leads = LineLeads(page)
        for start in range(len(page) + 1):
            assert leads.of(start) == _former_leads(page, start), (page, start)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ТАРИФЫ:", "Цены на услуги:", "• 620 млн — субсидии", "\n",
                                 ";", "— Москва — 3 млрд $", "2019 г. — 310 млн", "Итого: 7 млн",
                                 "Экспорт вырос.", "погрузка .... 1 200 руб.", "?", " "]),
                max_size=12), st.data())
def test_line_leads_as_the_former_reading_on_generated_pages(parts: list[str],
                                                             data: st.DataObject) -> None:
    page = "".join(parts)
    leads = LineLeads(page)
    for start in data.draw(st.lists(st.integers(0, len(page)), max_size=6)):
        assert leads.of(start) == _former_leads(page, start)


def test_describe_reads_a_price_list_and_a_list_lead_line_by_line() -> None:
    article = make_article("speed42a", _PAGES[0] + "\n\n" + _PAGES[1], date(2024, 3, 1))
    facts = describe(article)
    assert [f.metric for f in facts][:2] == ["other", "other"]  # the tariffs: prices
    subsidies = next(f for f in facts if f.amount.surface.startswith("620"))
    assert subsidies.year == 2024  # the lead's year
