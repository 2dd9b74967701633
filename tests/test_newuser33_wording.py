"""What new user 33 found worded, ordered or linked wrongly in a briefing, and how it reads now.

- «не менее 50 млрд» means "50 or more", not "more than 50": `at_least`, printed «не менее» /
  "at least" and «≥» on a bar (the gold sets still write both bounds `over`);
- a halted project's «возобновление:» is the year its resuming clause gives («не раньше 2027
  года»), never the year its first output was planned for before the halt;
- a trade row dated by its publication sorts under that year, not after every dated row;
- a citation mark links to the quoted sentence («#ref-2-1»), not only to the article;
- a source's address breaks at the slashes of its path, never «h / ttps://»;
- plain papermill and JupyterLab show a bad parameter's message without a kernel traceback;
- a Mac Cyrillic text file is read as Russian, not as cp1251 garble.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from conftest import briefing_of, make_article, tag_free

from analysis.briefing.citations import Citations, breakable_url
from analysis.briefing.formatting import fmt_money
from analysis.briefing.rows import sort_by_year
from analysis.briefing.trade import qualifier_mark
from analysis.figures.bounds import interval_of
from analysis.ingest.encodings import decode
from analysis.money import find_amounts
from analysis.projects import build_register
from analysis.projects.timelines import normalize_timeline
from analysis.render import ParameterError, check_notebook_params
from analysis.vocab import GOLD_QUALIFIER, LOWER_BOUNDS

# --------------------------------------------------------------------------- «не менее»


@pytest.mark.parametrize(("text", "surface"), [
    ("Холдинг вложит в новый цех не менее 3 млрд рублей.", "не менее 3 млрд рублей"),
    ("Стоимость лота — не ниже 45 млн рублей.", "не ниже 45 млн рублей"),
    ("На модернизацию потребуется как минимум 700 млн рублей.", "как минимум 700 млн рублей"),
    ("Оборот составит по меньшей мере 2 млрд долларов.", "по меньшей мере 2 млрд долларов"),
])
def test_a_bound_the_figure_may_equal_is_read_as_at_least(text: str, surface: str) -> None:
    [amount] = find_amounts(text)
    assert (amount.surface, amount.qualifier) == (surface, "at_least")
    # the gold sets write every lower bound `over`: the scoring compares it so
    assert GOLD_QUALIFIER[amount.qualifier] == "over"


def test_more_than_stays_over() -> None:
    [amount] = find_amounts("Поставки тракторов превысили 4 млрд рублей.")
    assert amount.qualifier == "over"


def test_at_least_is_worded_as_at_least_in_both_languages() -> None:
    assert fmt_money(50e9, "USD", "ru", "at_least") == "не менее $50\u00a0млрд"
    assert fmt_money(50e9, "USD", "en", "at_least").startswith("at least $50")
    assert fmt_money(50e9, "USD", "ru", "over").startswith("свыше")
    assert qualifier_mark("at_least") == "≥" and qualifier_mark("over") == ">"


def test_at_least_allows_the_number_itself_and_above() -> None:
    assert "at_least" in LOWER_BOUNDS
    low, high = interval_of({"qualifier": "at_least", "value": 50e9, "surface": "не менее 50 млрд",
                             "value_low": None, "value_high": None})
    assert low == 50e9 and high > 50e9


def test_the_briefing_says_at_least_where_the_source_does(tmp_path: Path) -> None:
    text = ("Торговля с Белоруссией вырастет\n"
            "МОСКВА, 14 ноября 2023 г. По оценке Минэкономразвития, по итогам текущего года "
            "товарооборот России и Белоруссии составит не менее 48 млрд долларов.\n")
    ru = briefing_of(tmp_path / "ru", {"a.txt": text})
    table = tag_free(ru.trade_table())
    assert "не менее $48 млрд" in table and "свыше" not in table
    en = briefing_of(tmp_path / "en", {"a.txt": text}, lang="en")
    assert "at least $48 bn" in tag_free(en.trade_table())


# --------------------------------------------------------------------------- resumption

_PLAN = ("Сборку тракторов МТЗ наладят в Калуге\n"
         "ООО «Калужский агрокомплект» и Минский тракторный завод подписали соглашение о сборке "
         "тракторов в Калуге. Выпуск первых машин запланирован на 2023 год.\n")
_HALT = ("Сборка тракторов МТЗ в Калуге остановлена\n"
         "ООО «Калужский агрокомплект» приостановило сборку тракторов МТЗ в Калуге из-за "
         "нехватки комплектующих.")


def _timeline(*later: str) -> str | None:
    articles = [make_article("plan", _PLAN, date(2022, 3, 1)),
                make_article("halt", " ".join((_HALT, *later)) + "\n", date(2024, 6, 1))]
    [row] = build_register(articles).to_dict("records")
    assert row["halted"] == "suspended"
    return row["timeline"]


def test_a_halted_project_takes_the_year_its_resuming_clause_gives() -> None:
    assert _timeline("Возобновить сборку стороны рассчитывают не ранее 2026 года.") == "2026"


def test_a_halted_project_with_no_resumption_shows_no_plan_of_another_step() -> None:
    assert _timeline() is None  # 2023 was the first output's year, not a resumption's


def test_a_bound_on_a_year_is_that_year() -> None:
    assert normalize_timeline("работы продолжат не раньше 2027 года", None) == "2027"
    assert normalize_timeline("завод достроят не позднее 2029 года", None) == "2029"


# --------------------------------------------------------------------------- row order


def test_a_year_dated_by_publication_sorts_with_its_year() -> None:
    rows = pd.DataFrame([
        {"metric": "trade_turnover", "year": 2016, "fx_year": 2016, "year_source": "text"},
        {"metric": "trade_turnover", "year": None, "fx_year": 2023, "year_source": "published"},
        {"metric": "trade_turnover", "year": 2024, "fx_year": 2024, "year_source": "text"},
    ])
    assert list(sort_by_year(rows)["fx_year"]) == [2024, 2023, 2016]


# --------------------------------------------------------------------------- links


def test_a_mark_links_to_the_sentence_it_names() -> None:
    c = Citations(pd.DataFrame([{"article_id": "x", "title": "Заголовок", "url": ""}]))
    first = c.cite("x", "Первая фраза о заводе.")
    second = c.cite("x", "Вторая фраза о сборке.")
    mark = Citations.mark([first, second])
    assert 'href="#ref-1-1"' in mark and 'href="#ref-1-2"' in mark
    listed = c.html("ru")
    assert 'id="ref-1-1"' in listed and 'id="ref-1-2"' in listed


def test_an_address_breaks_only_at_the_slashes_of_its_path() -> None:
    shown = breakable_url("https://oblast.example.ru/news/2026/03/zavod")
    assert shown == ('<span class="url-head">https://oblast.example.ru/</span>'
                     "news/<wbr>2026/<wbr>03/<wbr>zavod")  # the site's name is kept whole
    assert tag_free(breakable_url("https://oblast.example.ru")).strip() == "https://oblast.example.ru"


# --------------------------------------------------------------------------- parameters


def test_the_notebook_shows_a_bad_parameter_without_a_traceback() -> None:
    with pytest.raises(ParameterError) as info:
        check_notebook_params(year_from=2025, year_to=2020)
    shown = info.value._render_traceback_()  # what IPython prints in place of a traceback
    assert shown == ["ParameterError: the parameters cell: year_from=2025 is after year_to=2020: "
                     "swap them (year_from=2020, year_to=2025)"]


# --------------------------------------------------------------------------- Mac Cyrillic


def test_a_mac_cyrillic_file_is_read_as_russian() -> None:
    text = ("ОАО «Гомсельмаш» и ООО «Брянская техника» начнут сборку комбайнов в Брянске.\n"
            "Первая партия ожидается в январе.\n")
    decoded = decode(text.encode("mac-cyrillic"))
    assert (decoded.text, decoded.encoding) == (text, "mac-cyrillic")
    # the same words in Windows-1251 are still Windows-1251
    assert decode(text.encode("cp1251")).encoding == "cp1251"


def test_years_in_the_wrong_order_exit_2_before_any_kernel(tmp_path: Path, capsys,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis import render
    from analysis.render import execute

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("a kernel ran for a bad pair of years")

    monkeypatch.setattr(execute, "execute_notebook", never)
    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "briefing.ipynb"
    code = render.run_render_command(notebook, [("year_from", "2025"), ("year_to", "2020")],
                                     "html", tmp_path / "out")
    assert code == 2 and not (tmp_path / "out").exists()
    assert "year_from=2025 is after year_to=2020" in capsys.readouterr().err


@pytest.mark.slow
def test_plain_papermill_ends_on_the_message_without_the_kernels_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-m", "papermill", str(root / "notebooks" / "briefing.ipynb"),
                           str(tmp_path / "out.ipynb"), "-p", "year_from", "2025", "-p", "year_to",
                           "2020", "--cwd", str(root / "notebooks")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1  # papermill's own status for a failed cell (README)
    last = done.stderr.rstrip().splitlines()[-1]
    assert last == ("ParameterError: the parameters cell: year_from=2025 is after year_to=2020: "
                    "swap them (year_from=2020, year_to=2025)")
    assert "Cell In[" not in done.stderr and "check_notebook_params(" not in done.stderr
