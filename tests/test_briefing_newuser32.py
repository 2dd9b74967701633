"""What a new analyst found in how a briefing reads and fails (session 32): a bar label as
precise as its table (38,5, not 38), the investment table in an order the reader sees, a notes
file beside the corpus not named in the briefing, the render telling each problem of
metadata.csv, a Russian text misread as Latin-1 named garbled with the advice to re-save it as
UTF-8, and the fast suite's time stated alike in the README and the Makefile."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from conftest import dataset_of, tag_free

from analysis.briefing import Briefing
from analysis.briefing.formatting import bar_number
from analysis.render.preflight import check_corpus
from analysis.tables.dataset import extract
from analysis.tables.skipped import SideFileProblem, SkippedFile, side_file_problems, skipped_files

render_mod = importlib.import_module("analysis.render.render")
ROOT = Path(__file__).resolve().parents[1]

TEXTS = {
    "kaluga.txt": (
        "В Калуге собирают комбайны «Гомсельмаш»\n"
        "В Калужской области совместное предприятие холдинга «Гомсельмаш» и местной компании "
        "«Калугаагромаш» начало сборку кормоуборочных комбайнов. Уровень локализации техники уже "
        "достиг 42%. Объём инвестиций в проект составил 900 млн рублей в 2023 году.\n"),
    "trade.txt": (
        "Товарооборот вырос\n"
        "По итогам 2023 года товарооборот России и Беларуси составил 45,4 млрд долларов. В 2022 "
        "году он достиг 43,1 млрд долларов, а в 2021 году — 38,5 млрд долларов.\n"),
    "smolensk.txt": (
        "Кредит на сборку\n"
        "В 2025 году Смоленская область и Минский тракторный завод договорились о сборке "
        "тракторов. Инвестиции в проект составят 650 млн рублей. Банк предоставил предприятию "
        "кредит на 300 млн рублей.\n"),
}
META = ("file,title,source,url,published\nkaluga.txt,,Тест,,2024-03-01\n"
        "trade.txt,,Тест,,2024-02-01\nsmolensk.txt,,Тест,,2025-06-01\n")


def corpus(folder: Path, extra: dict[str, str] | None = None, meta: str = META) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "metadata.csv").write_text(meta, encoding="utf-8")
    for name, text in {**TEXTS, **(extra or {})}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    folder = corpus(tmp_path_factory.mktemp("nu32") / "c", {"ANSWERS.md": "# Ответы\n- F1: 45,4\n"})
    return Briefing.load(dataset=dataset_of(folder, {}), lang="ru")


# --- bar labels ------------------------------------------------------------------------------


@pytest.mark.parametrize(("shown", "size", "converted", "lang", "label"), [
    (38.5, 1e9, False, "ru", "38,5"),      # the table's «$38,5 млрд», not «38»
    (50.0, 1e9, False, "ru", "50"),
    (0.42, 1e9, False, "ru", "0,42"),      # «420 млн» on a chart of billions
    (16.2874, 1e6, True, "ru", "16,3"),    # a conversion: one decimal, as «≈ $16,3 млн»
    (45.4, 1e9, False, "en", "45.4"),
    (0.0632, 1e9, True, "ru", "0,0632"),  # 63,2 млн on a chart of billions: four decimals
    (0.0007203, 1e9, True, "ru", "720,3\u00a0тыс."),  # not «0,0007203» (new user 34)
    (0.0007203, 1e9, True, "en", "720.3\u00a0k"),
])
def test_a_bar_number_is_as_precise_as_the_table(shown: float, size: float, converted: bool,
                                                 lang: str, label: str) -> None:
    assert bar_number(shown, size, converted, lang) == label


def test_the_trade_chart_labels_38_5_as_38_5(briefing: Briefing,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.briefing import charts

    drawn: dict[str, object] = {}
    real = charts.bar_chart

    def spy(*args: object, **kwargs: object) -> object:
        drawn.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(charts, "bar_chart", spy)
    briefing.trade_by_year_chart()
    numbers = [n for series in drawn["numbers"].values() for n in series if n]  # type: ignore[union-attr]
    assert "38,5" in numbers and "45,4" in numbers and "38" not in numbers


# --- the investment table's order -------------------------------------------------------------


def test_investments_run_from_the_latest_year_and_the_note_says_so(briefing: Briefing) -> None:
    table = briefing.money_table()
    rows = [tag_free(r) for r in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]]
    investments = [r for r in rows if r.strip().startswith("инвестиции")]
    # 650 млн of 2025 before 900 млн of 2023: the year the reader sees, not the size
    assert [re.search(r"\b20\d\d\b", r).group() for r in investments] == ["2025", "2023"]
    assert "от последнего года к первому" in tag_free(table)


# --- files beside the articles ----------------------------------------------------------------


def test_a_notes_file_is_no_skipped_article_in_the_briefing(briefing: Briefing) -> None:
    assert briefing.skipped_files == ()
    assert "ANSWERS.md" not in tag_free(briefing.method_note())


def test_an_empty_article_is_named_at_the_end_of_the_method_paragraph(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "c", {"empty.txt": ""})
    note = Briefing.load(dataset=dataset_of(folder, {}), lang="ru").method_note()
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", note, re.S)
    assert len(paragraphs) == 2  # no paragraph of its own to fall alone onto a page
    assert "empty.txt" in paragraphs[-1] and "Каждая цифра" in paragraphs[-1]


def test_the_render_names_a_notes_file_apart_and_each_metadata_problem(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    meta = META.replace("trade.txt,,Тест,,2024-02-01", 'trade.txt,"Без конца,Тест,,2024-02-01') \
        .replace("smolensk.txt,,Тест,,2025-06-01", "smolensk.txt,,Тест,,31/02/2025")
    folder = corpus(tmp_path / "c", {"ANSWERS.md": "# Ответы\n", "empty.txt": ""}, meta=meta)
    notebook = ROOT / "notebooks" / "briefing.ipynb"
    checked = check_corpus(notebook, {"corpus": str(folder)})
    assert {f.file: f.article_type for f in checked.skipped} == {"ANSWERS.md": False,
                                                                 "empty.txt": True}
    reasons = [p.reason for p in checked.side_problems]
    assert len(reasons) == 2 and "not closed" in reasons[0] and "31/02/2025" in reasons[1]
    made = render_mod.RenderResult(notebook=notebook, params={}, outputs={}, seconds=1.0,
                                   skipped=checked.skipped, side_problems=checked.side_problems)
    monkeypatch.setattr(render_mod, "render", lambda *a, **k: made)
    assert render_mod.run_render_command("briefing.ipynb", pool=_NoPool()) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4, err
    assert err[0].startswith("skipped 1 file(s)") and "empty.txt" in err[0] and "ANSWERS" not in err[0]
    assert "ANSWERS.md" in err[1] and "not read as an article" in err[1]
    assert err[2].startswith("warning: metadata.csv: line 3: a quote opened")
    assert err[3].startswith("warning: metadata.csv: row 4") and "31/02/2025" in err[3]


def test_side_file_problems_are_not_skipped_files(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "c", meta=META.replace("2024-03-01", "2024-13-45"))
    ds = extract(folder, ner=False)
    assert skipped_files(ds) == []
    assert [p.file for p in side_file_problems(ds)] == ["metadata.csv"]
    assert isinstance(side_file_problems(ds)[0], SideFileProblem)
    assert SkippedFile("notes/plan.xlsx", "").article_type is False
    assert SkippedFile("News.HTM", "").article_type is True


# --- a wrongly encoded file -------------------------------------------------------------------


def test_russian_misread_as_latin1_and_saved_so_is_garbled_with_the_advice(tmp_path: Path) -> None:
    text = ("Экспорт тракторов вырос\nМинский тракторный завод увеличил поставки в Россию на "
            "треть, сообщили на предприятии. Партнёры обсуждают сборку новых моделей.\n")
    folder = corpus(tmp_path / "c", {
        "garbled.txt": text.encode("cp1251").decode("latin-1")})  # «Ýêñïîðò …», saved as UTF-8
    reasons = dict(zip(*(extract(folder, ner=False).problems[c] for c in ("file", "reason")),
                       strict=True))
    assert "re-save it as UTF-8" in reasons["garbled.txt"]
    assert "Latin-1" in reasons["garbled.txt"]


# --- the README ------------------------------------------------------------------------------


def test_the_fast_suites_time_is_stated_alike_in_the_readme_and_the_makefile() -> None:
    said = [re.search(r"make test-fast.*?NER \(([^)]*)\)", (ROOT / name).read_text(encoding="utf-8"))
            for name in ("README.md", "Makefile")]
    assert all(said) and said[0].group(1) == said[1].group(1)  # type: ignore[union-attr]
    assert "one to two minutes" not in said[0].group(1)  # type: ignore[union-attr]


class _NoPool:
    def close(self) -> None:
        pass
