"""Agreements' sums shown once (new user, session 24, finding 2): a total told before its
parts («на общую сумму 2,1 млрд рублей. Крупнейшее — на 1,2 млрд …») marks the parts that add
up to it; «около 2,1 млрд» in a reprint and «примерно 1,2 млрд» for «1,18 млрд» join their
figure; the briefing shows one row a figure, as figures.csv does, the parts marked as parts.

The texts are written for these tests in the manner of regional ministry releases and wires."""

from __future__ import annotations

import datetime as dt
import html
import re
from types import SimpleNamespace

import pytest
from conftest import briefing_of

from analysis.briefing.figrows import Statement, _allowed
from analysis.money import describe


def wholes(text: str) -> list[tuple[str, str | None]]:
    facts = describe(SimpleNamespace(text=text, published=dt.date(2026, 5, 20)))
    return [(f.amount.surface, text[f.part_of[0]:f.part_of[1]] if f.part_of else None) for f in facts]


@pytest.mark.parametrize(("text", "parts"), [
    ("По итогам форума стороны подписали пять соглашений на общую сумму 2,1 млрд рублей. "
     "Крупнейшее — о поставках кормоуборочной техники на 1,2 млрд рублей. Ещё четыре документа, "
     "на 500 млн, 250 млн, 100 млн и 50 млн рублей, касаются поставок мебели и стройматериалов.",
     ["1,2 млрд рублей", "500 млн", "250 млн", "100 млн", "50 млн рублей"]),
    ("Контракты на общую сумму 640 млн рублей заключили машиностроители двух областей. "
     "Первый, на 400 млн рублей, касается поставок станков.\n\n"
     "Второй, на 240 млн рублей, — ремонта подвижного состава.",
     ["400 млн рублей", "240 млн рублей"]),
])
def test_sums_told_after_a_total_that_add_up_to_it_are_its_parts(text: str, parts: list[str]) -> None:
    read = wholes(text)
    total = read[0][0]
    assert read[0][1] is None
    assert [(s, w) for s, w in read[1:]] == [(p, total) for p in parts]


def test_sums_after_a_total_that_do_not_add_up_stay_sums_of_their_own() -> None:
    text = ("Стороны подписали соглашения на общую сумму 2,1 млрд рублей. Отдельно завод получит "
            "кредит на 700 млн рублей, а область выделит субсидию на 90 млн рублей.")
    assert [w for _, w in wholes(text)] == [None, None, None]


@pytest.mark.parametrize(("rounded", "exact", "agree"), [
    (900e6, 860e6, True),   # «примерно 900 млн»: rounded to hundreds of millions
    (1.4e9, 1.38e9, True),  # «около 1,4 млрд»
    (900e6, 700e6, False),
])
def test_an_approximate_whole_number_allows_its_last_digit_but_zeros(rounded: float, exact: float,
                                                                       agree: bool) -> None:
    low, high = _allowed(Statement(rounded, "approx", 1, ()))
    assert (low <= exact <= high) is agree


RELEASE = ("Смоленскую область посетила делегация Витебского облисполкома\n\n"
           "По итогам переговоров стороны подписали три соглашения на общую сумму 2,1 млрд рублей. "
           "Самое крупное из них — о поставках кормоуборочной техники на 1,18 млрд рублей. Ещё два "
           "документа, на 620 млн и 300 млн рублей, касаются поставок мебели и кирпича.\n")
WIRE = ("Смоленская область и Витебщина подписали соглашения почти на 2,1 млрд рублей\n\n"
        "СМОЛЕНСК, 20 мая. Смоленская область и Витебский облисполком заключили три соглашения на "
        "общую сумму около 2,1 млрд рублей, сообщает региональный департамент. Крупнейший документ "
        "— о поставках кормоуборочной техники примерно на 1,2 млрд рублей.\n")
META = ("file,title,source,url,published\n"
        "release.txt,Визит витебской делегации,Департамент экономики,https://a.example/1,2026-05-19\n"
        "wire.txt,Соглашения на 2 млрд,Смоленск-Информ,https://b.example/2,2026-05-20\n")


def _rows(table_html: str) -> list[str]:
    cells = re.sub(r"<[^>]+>", " ", str(getattr(table_html, "data", table_html)).replace("</tr>", "\n"))
    return [re.sub(r"\s+", " ", html.unescape(r)).strip() for r in cells.split("\n")
            if "соглашения" in r and "руб." in r]


def test_the_deals_table_shows_each_agreement_once_and_its_parts_as_parts(tmp_path) -> None:
    b = briefing_of(tmp_path / "c", {"release.txt": RELEASE, "wire.txt": WIRE, "metadata.csv": META},
                    lang="ru")
    rows = _rows(b.deals_table())
    assert len([r for r in rows if "2,1 млрд руб." in r.split("часть")[0]]) == 1
    assert len([r for r in rows if "1,18 млрд" in r or "1,2 млрд" in r]) == 1
    assert all("часть суммы 2,1 млрд" in r for r in rows if "2,1 млрд" not in r.split("часть")[0])
    assert len(rows) == 4  # the total and its three parts
