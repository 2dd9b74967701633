"""A part of a sum told with it is marked with its whole (money/part_of.py, the amounts table's
`part_of`), and a briefing neither draws it beside the whole nor calls it the largest sum
(briefing/parts.py). A new user's text: «850 млн рублей, из них 320 млн рублей …» drawn as two
investments (session 20)."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import briefing_of, dataset_of

from analysis.money import describe


def wholes(text: str) -> list[tuple[str, str | None]]:
    facts = describe(SimpleNamespace(text=text, published=dt.date(2025, 6, 1)))
    return [(f.amount.surface, text[f.part_of[0]:f.part_of[1]] if f.part_of else None)
            for f in facts]


@pytest.mark.parametrize(("text", "expected"), [
    ("Стоимость проекта — 1,2 млрд рублей, из них 400 млн рублей даст областной фонд.",
     [("1,2 млрд рублей", None), ("400 млн рублей", "1,2 млрд рублей")]),
    ("Холдинг вложит в завод 90 млн долларов, в том числе 30 млн долларов — в покрасочный цех.",
     [("90 млн долларов", None), ("30 млн долларов", "90 млн долларов")]),
    # the part opens the next sentence
    ("На модернизацию депо направят 2 млрд рублей. Из них 700 млн рублей пойдут на станки.",
     [("2 млрд рублей", None), ("700 млн рублей", "2 млрд рублей")]),
    # a list of parts goes on after the first
    ("Экспорт области составил 300 млн долларов, из них на молоко пришлось 120 млн долларов, "
     "на мясо — 80 млн долларов.",
     [("300 млн долларов", None), ("120 млн долларов", "300 млн долларов"),
      ("80 млн долларов", "300 млн долларов")]),
])
def test_a_part_names_its_whole(text: str, expected: list) -> None:
    assert wholes(text) == expected


@pytest.mark.parametrize("text", [
    # one more is no part
    "Холдинг вложит в завод 90 млн долларов. Ещё 30 млн долларов пойдут на склад.",
    # «в том числе» inside the next sentence's subject, not before its amount
    "Бюджет фестиваля — 14 млн рублей. Спонсоры, в том числе банки, внесли 3 млн рублей.",
    # a larger figure after «из них» is no part of a smaller one
    "Выдано 300 млн рублей, из них по новой программе — 500 млн рублей.",
])
def test_no_part(text: str) -> None:
    assert all(whole is None for _, whole in wholes(text))


PROJECT = ("В Торжке соберут белорусские погрузчики\n"
           "Тверь, 3 июня 2025 года. Правительство Тверской области и холдинг «Амкодор» "
           "подписали соглашение о сборке погрузчиков в Торжке. Общий объем инвестиций "
           "белорусской стороны в проект составит 900 млн рублей, из них 500 млн рублей "
           "пойдут на реконструкцию цеха.\n")


def plain(text: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text))).replace("\u00a0", " ")


def test_the_amounts_table_names_the_whole(tmp_path: Path) -> None:
    rows = dataset_of(tmp_path, {"tver.txt": PROJECT}).amounts.set_index("surface")
    whole = rows.loc["900 млн рублей"]
    assert rows.loc["500 млн рублей", "part_of"] == f"tver@{whole['start']}-{whole['end']}"
    assert rows["part_of"].isna().sum() == 1


def test_a_part_is_marked_not_drawn_and_not_the_largest(tmp_path: Path, monkeypatch) -> None:
    from analysis.briefing import charts

    drawn: list[str] = []
    real = charts.barh_chart

    def spy(labels: list[str], *args: object, **kwargs: object) -> str:
        if "width" not in kwargs:  # the column's drawing (a phone's is the same chart)
            drawn.extend(labels)
        return real(labels, *args, **kwargs)

    monkeypatch.setattr(charts, "barh_chart", spy)
    b = briefing_of(tmp_path, {"tver.txt": PROJECT}, lang="ru")
    chart = plain(b.money_chart())
    assert len(drawn) == 1 and "на графике не показаны: 1" in chart
    table = plain(b.money_table())
    assert "500 млн руб." in table and "часть суммы 900 млн руб." in table
    assert b.largest("investment")["value"] == 9e8
