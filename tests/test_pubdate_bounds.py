"""Issue 10 (newuser 21b, findings 7 and 15): a year something began in or that the text
recalls is a lower bound of the publication year, and the reader is told the date is a
guess; a rejected stated date says what the article is left with; a `;` rates file is read.

The texts are written for these tests in the manner of trade-press and district news."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from analysis.briefing.citations import Citations, shown_date
from analysis.ingest import NOT_BEFORE, load_corpus, year_is_a_lower_bound
from analysis.ingest.pubdates import infer_date
from analysis.money import LayeredRates, rates_file_problems

TODAY = date(2026, 12, 3)


def guess(text: str, today: date = TODAY):
    return infer_date(text, [], today=today)


# --------------------------------------------------------------------------- «с N года»


def test_since_a_year_is_a_lower_bound_even_next_to_a_plan():
    # the plan of the second clause must not make «с 2022 года» an upper bound
    g = guess("На площадке в Тверской области с 2022 года собрано более 900 тракторов, "
              "на 2024 год запланирован выпуск еще 400 машин.")
    assert g.published == date(2024, 1, 1)
    assert "≤2022" not in (g.evidence or "")


def test_since_alone_gives_not_before_that_year():
    g = guess("Линия окраски кабин работает на заводе с 2021 года и выпускает по 30 кабин в смену.")
    assert g.published == date(2021, 1, 1)
    assert g.evidence == f"{NOT_BEFORE} 2021: «с 2021 года»"
    assert year_is_a_lower_bound(g.evidence) == 2021


def test_since_in_a_planning_clause_is_a_plan_not_a_bound():
    # a start planned for 2027 was written before 2027, perhaps years before: neither a
    # lower bound nor the date (newuser 22b); only an upper bound, which alone dates nothing
    g = guess("С 2027 года предприятие планирует перейти на выпуск электробусов.", date(2030, 1, 1))
    assert g.published is None
    g = guess("С 2027 года предприятие планирует перейти на выпуск электробусов. "
              "Напомним, в 2024 году завод выпустил первые 40 машин.", date(2030, 1, 1))
    assert g.published == date(2024, 1, 1) and year_is_a_lower_bound(g.evidence) == 2024


def test_a_since_year_beats_no_date_but_not_a_later_anchor():
    g = guess("С 2020 года компания поставила в регион 150 комбайнов. "
              "В марте 2023 года открыт новый сервисный центр.")
    assert g.published is not None and g.published.year == 2023


# --------------------------------------------------------------------------- recalled years


def test_a_recalled_year_is_not_the_date_but_a_lower_bound():
    g = guess("В районе обновляют парк техники. Напомним, в 2023 году хозяйства края "
              "по льготному лизингу приобрели свыше 300 белорусских тракторов.")
    assert g.published == date(2023, 1, 1)
    assert year_is_a_lower_bound(g.evidence) == 2023


def test_the_same_year_without_a_recall_cue_stays_an_anchor():
    g = guess("В 2023 году хозяйства края приобрели свыше 300 белорусских тракторов.")
    assert g.published == date(2023, 1, 1)
    assert year_is_a_lower_bound(g.evidence) is None


def test_a_lower_bound_after_today_does_not_hide_an_earlier_one():
    # «к 2030 году» alone would be dropped (after today); «с 2021 года» still dates the text
    g = guess("С 2021 года на проект направлено 2 млрд рублей. "
              "Объем выпуска вырос к 2030 году, сообщили в министерстве.", date(2026, 1, 1))
    assert g.published == date(2021, 1, 1)


# --------------------------------------------------------------------------- what a reader sees


def test_the_sources_list_says_an_inferred_date_is_a_guess_and_from_what():
    arts = pd.DataFrame([
        {"article_id": "a", "title": "Сборка автобусов", "published": "2023-01-01",
         "published_inferred": True, "published_precision": "year",
         "published_evidence": f"{NOT_BEFORE} 2023: «с 2023 года»"},
        {"article_id": "b", "title": "Тракторы", "published": "2025-01-01",
         "published_inferred": True, "published_precision": "year",
         "published_evidence": "year 2025 from «2025 год»"},
        {"article_id": "c", "title": "Торговля", "published": "2025-11-24",
         "published_inferred": False, "published_precision": "day",
         "published_evidence": "metadata.csv"},
    ])
    c = Citations(arts)
    for aid in "abc":
        c.cite(aid)
    html = c.html("ru")
    assert "дата по тексту: не ранее 2023" in html
    assert "2025\u00a0г. (дата по тексту)" in html
    assert html.count("дата по тексту") == 2  # the stated date is not flagged
    assert shown_date("2023-01-01", "en", "year", True, f"{NOT_BEFORE} 2023: «с 2023 года»") \
        == "date inferred: not before 2023"


# --------------------------------------------------------------------------- rejected dates


def _corpus(tmp_path: Path, text: str, published: str) -> Path:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        f"file,title,source,url,published\na.txt,,,,{published}\n", encoding="utf-8")
    return tmp_path


def test_a_future_stated_date_leaves_the_datelines_day_when_the_text_has_no_year(tmp_path):
    # session 22 (walk22money, finding 15): the dateline's day in the latest year it is not
    # after today, inferred, and the problem says so
    c = load_corpus(_corpus(tmp_path, "МИНСК, 5 августа. Завод отгрузил партию лифтов в Смоленск.\n",
                            "2031-01-01"), today=TODAY)
    [a] = c.articles
    assert a.published == date(2026, 8, 5) and a.published_inferred
    assert "5 августа" in (a.published_evidence or "")
    [p] = c.problems
    assert "later than today" in p.reason and "inferred from its dateline" in p.reason
    assert "2026-08-05" in p.reason and "without a date" not in p.reason


def test_a_dateline_after_today_in_this_year_is_of_the_year_before(tmp_path):
    c = load_corpus(_corpus(tmp_path, "БРЕСТ, 20 декабря. Комбинат отгрузил в Псков партию мебели.\n",
                            "2031-01-01"), today=TODAY)
    [a] = c.articles
    assert a.published == date(2025, 12, 20) and a.published_inferred


def test_a_future_stated_date_leaves_an_article_with_no_day_nor_year_undated(tmp_path):
    c = load_corpus(_corpus(tmp_path, "Завод отгрузил партию лифтов в Смоленск.\n", "2031-01-01"),
                    today=TODAY)
    [a] = c.articles
    assert a.published is None
    [p] = c.problems
    assert "later than today" in p.reason and "left without a date" in p.reason
    assert "kept" not in p.reason


def test_a_bad_stated_date_names_the_inferred_date_that_is_kept(tmp_path):
    c = load_corpus(_corpus(tmp_path, "Соглашение подписано 14 мая 2024 года в Гомеле.\n",
                            "32.13.2024"), today=TODAY)
    [a] = c.articles
    assert a.published == date(2024, 5, 14) and a.published_inferred
    [p] = c.problems
    assert p.reason.endswith("not used: the date inferred from the text (2024-05-14) is kept")


# --------------------------------------------------------------------------- rates separators


def test_a_semicolon_rates_file_is_read(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("year;currency;quote_currency;rate\n2024;USD;RUB;92,5\n", encoding="utf-8")
    assert rates_file_problems(path) == []
    conv = LayeredRates.load(path, use_ecb=False).convert(2.0, "USD", "RUB", 2024)
    assert conv.origin == "user" and conv.conversion.value == 185.0


def test_a_semicolon_rates_file_with_wrong_columns_names_them_and_the_separator(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("year;cur;rate\n2024;USD;90\n", encoding="utf-8")
    [msg] = rates_file_problems(path)
    assert "missing column(s) currency, quote_currency" in msg and "year" not in msg.split(";")[0]
    assert "separated by ';'" in msg


def _guessed(article_id: str, year: int) -> dict:
    """An article whose date is only a lower bound read from its text («с 2024 года»)."""
    return {"article_id": article_id, "title": "Сборка автобусов", "published": f"{year}-01-01",
            "published_inferred": True, "published_precision": "year",
            "published_evidence": f"{NOT_BEFORE} {year}: «с {year} года»", "text": ""}


def _cover(rows: list[dict]) -> str:
    from analysis.briefing import Briefing

    return str(Briefing.from_frames(pd.DataFrame(rows), pd.DataFrame(), pd.DataFrame(), lang="ru")
               .title_block()._repr_mimebundle_()[0]["text/html"])


def test_the_cover_says_which_end_of_the_coverage_is_guessed():
    html = _cover([_guessed("a", 2024),
                   {"article_id": "c", "title": "Торговля", "published": "2025-11-24",
                    "published_inferred": False, "published_precision": "day",
                    "published_evidence": "metadata.csv", "text": ""}])
    assert "дата по тексту: не ранее 2024 — 24.11.2025" in html


def test_a_cover_whose_both_ends_are_guessed_says_so_once():
    html = _cover([_guessed("a", 2022), _guessed("b", 2025)])
    assert "не ранее 2022 — не ранее 2025 (даты по тексту)" in html
    assert "дата по тексту" not in html
