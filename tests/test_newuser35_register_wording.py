"""A new user's register, notebook and wording findings (newuser35).

A project announced in one article and given up in a later one stayed «согласован»; «С 2024
года … идёт сборка» read «в работе» with no start; plain papermill let `-p year_from
двадцать` through the notebook's check; an English briefing transliterated outlets' generic
words; a conversion at a rate its source rounded to 0.1 did not say so; a reprint was listed
before its original. Texts written for these tests, in the manner of regional news.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import make_article

from analysis.briefing.names import names
from analysis.briefing.projects import project_timeline
from analysis.money.fx import ROUGH_PATTERN, Rates
from analysis.projects import build_register
from analysis.render import ParameterError, check_notebook_params

ROOT = Path(__file__).resolve().parents[1]

# ------------------------------------------------------------------ a project given up later

_ANNOUNCED = (
    "В Липецке будут собирать погрузчики «Амкодор»\n"
    "Правительство Липецкой области и холдинг «Амкодор» подписали соглашение о создании "
    "совместного предприятия по сборке фронтальных погрузчиков. Сборку планируют наладить на "
    "площадях ООО «Липецкий механический завод».\n"
    "Вложения в проект оценены в 450 млн рублей, первые машины ожидаются через год.\n"
)

_GIVEN_UP = (
    "Сборки погрузчиков «Амкодор» в Липецке не будет\n"
    "Совместное предприятие по сборке погрузчиков «Амкодор» в Липецке так и не появилось. "
    "Как пояснили в региональном департаменте промышленности, стороны окончательно "
    "отказались от проекта из-за нехватки заказов.\n"
    "Цех, который готовили под сборку, сдадут в аренду.\n"
)


def _lipetsk_rows(*articles: tuple[str, str, date]) -> list[dict]:
    rows = build_register([make_article(name, text, day) for name, text, day in articles])
    return [r for r in rows.to_dict("records") if r["region"] == "Липецкая область"]


def test_a_project_given_up_in_a_later_article_stays_cancelled_with_its_year_and_sentence() -> None:
    rows = _lipetsk_rows(("plan", _ANNOUNCED, date(2019, 5, 14)),
                         ("later", _GIVEN_UP, date(2021, 11, 2)))
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["halted"] == "cancelled" and row["status"] == "unknown"
    assert row["timeline"] == "2021"
    assert "later" in row["article_ids"].split(";") and "plan" in row["article_ids"].split(";")
    assert "отказались от проекта" in row["timeline_evidence"]
    assert project_timeline(row, "ru") == "отказ: 2021\xa0г."
    assert project_timeline(row, "en") == "given up: 2021"


def test_the_announcement_alone_is_no_cancelled_project() -> None:
    rows = _lipetsk_rows(("plan", _ANNOUNCED, date(2019, 5, 14)))
    assert rows and all(r["halted"] != "cancelled" for r in rows)


def test_a_project_given_up_in_its_own_article_is_not_listed_cancelled() -> None:
    # (its own article's cancellation drops it: tests/gold/README.md)
    told_and_dropped = _ANNOUNCED + ("Однако позже стороны окончательно отказались от проекта.\n")
    rows = _lipetsk_rows(("only", told_and_dropped, date(2019, 5, 14)))
    assert all(r["halted"] != "cancelled" for r in rows)


# ------------------------------------------------------------------ «с … года идёт сборка»


def _one_row(text: str, day: date) -> dict:
    rows = build_register([make_article("a", text, day)]).to_dict("records")
    assert len(rows) == 1, rows
    return rows[0]


def test_work_going_on_since_a_year_runs_since_that_year() -> None:
    row = _one_row("Новости промышленности Пензенской области\n"
                   "С 2022 года на заводе ООО «Пензенский агромаш» в Кузнецке идёт сборка "
                   "тракторов «Беларус» Минского тракторного завода.\n", date(2024, 8, 20))
    assert (row["status"], row["timeline"]) == ("operating", "2022-since")


def test_work_going_on_without_a_start_year_is_still_under_way() -> None:
    row = _one_row("Новости промышленности Пензенской области\n"
                   "На заводе ООО «Пензенский агромаш» в Кузнецке идёт сборка первой партии "
                   "тракторов «Беларус» Минского тракторного завода.\n", date(2024, 8, 20))
    assert row["status"] == "in_progress"


# ------------------------------------------------------------------ the notebook's own check


@pytest.mark.parametrize(("given", "problem"), [
    ({"year_from": "тысяча"}, "year_from='тысяча': expected int, got str 'тысяча'; give the year "
                              "in digits (-p year_from 2020) or 0 for no bound"),
    ({"year_to": 2024.5}, "year_to=2024.5: expected int, got float 2024.5"),
    ({"title": 1999}, "title=1999: expected str, got int 1999; to pass it as text, write "
                      "-r title 1999"),
])
def test_the_notebooks_check_refuses_a_value_of_the_wrong_type(given: dict, problem: str) -> None:
    with pytest.raises(ParameterError) as info:
        check_notebook_params(**given)
    assert problem in str(info.value)


def test_the_notebooks_check_takes_a_year_in_digits() -> None:
    assert check_notebook_params(year_from=2021, year_to=2023).year_from == 2021


@pytest.mark.slow
def test_plain_papermill_refuses_a_year_in_words_at_the_check_cell(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "papermill", str(ROOT / "notebooks" / "briefing.ipynb"),
                           str(tmp_path / "out.ipynb"), "-p", "year_from", "тысяча",
                           "--cwd", str(ROOT / "notebooks")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    last = done.stderr.rstrip().splitlines()[-1]
    assert last.startswith("ParameterError: the parameters cell: year_from='тысяча': expected int")
    assert 'Exception encountered at "In [3]"' in done.stderr  # the check cell, not a later one
    assert "state.py" not in done.stderr


# ------------------------------------------------------------------ outlets in English


@pytest.mark.parametrize(("outlet", "english"), [
    ("Газета «Липецкая заря»", "«Lipetskaya zarya» (newspaper)"),
    ("Телеканал «Пенза-24»", "«Penza-24» (TV channel)"),
    ("Еженедельник «Деловой вторник»", "«Delovoy vtornik» (weekly)"),
    ("Липецкая таможня", "Lipetsk Customs"),
    ("Брестский облисполком", "Brest Oblast Executive Committee"),
    ("БелТА", "BelTA"),  # the table's own name first
])
def test_an_outlets_generic_words_read_in_english(outlet: str, english: str) -> None:
    assert names().name(outlet, "outlet", "en") == english
    assert names().name(outlet, "outlet", "ru") == outlet


# ------------------------------------------------------------------ a rough rate says so


def test_a_conversion_at_a_rate_rounded_to_a_tenth_says_how_rough_it_is() -> None:
    rates = Rates.from_rows([{"year": 2013, "currency": "USD", "quote_currency": "BYN",
                              "rate": "0.9", "source_url": "x"},
                             {"year": 2013, "currency": "USD", "quote_currency": "RUB",
                              "rate": "31.85", "source_url": "y"}], "test")
    rough = rates.convert(45e9, "BYR", "USD", 2013)
    assert rough.value == pytest.approx(5e6)
    assert (found := ROUGH_PATTERN.search(rough.note)) is not None and found.group(1) == "6"
    precise = rates.convert(1e6, "USD", "RUB", 2013)
    assert ROUGH_PATTERN.search(precise.note) is None


# ------------------------------------------------------------------ a reprint after its original


_WIRE = (
    "Товарооборот России и Беларуси за полгода вырос\n"
    "Товарооборот России и Беларуси за январь–июнь 2024 года составил 22,4 млрд долларов, "
    "сообщили в Постоянном комитете Союзного государства. Больше всего выросли поставки "
    "сельхозтехники и продовольствия, отметили в комитете.\n"
)
_REPRINT = _WIRE.replace("Товарооборот России и Беларуси за полгода вырос",
                         "Торговля двух стран прибавила за полгода")


def test_a_figures_sources_are_numbered_by_date_original_before_reprint(tmp_path: Path) -> None:
    from conftest import briefing_of

    meta = ("file,title,source,url,published\n"
            "reprint.txt,,Газета «Северный вестник»,,2024-07-19\n"
            "wire.txt,,Информагентство «Союзный вестник»,,2024-07-18\n")
    b = briefing_of(tmp_path / "c", {"reprint.txt": _REPRINT, "wire.txt": _WIRE,
                                     "metadata.csv": meta})
    b.trade_table(partial=True)
    assert [r.article_id for r in b.citations.refs][:2] == ["wire", "reprint"]
    assert b.citations.published_key("nowhere") == "9999"
