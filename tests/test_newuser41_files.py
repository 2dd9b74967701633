"""What a new analyst (session 41) found reading their own folder of saved articles, rendering
and rendering again: a date in the file name dates an article (F1); a first line that is only a
date is a date line, not the title (F2); a long amount in a printed table wraps inside its cell
(F12); a second `briefing render` with nothing changed is up to date (F13); unchanged HTML pages
come from the loader's cache as text files do (F14). Texts written here, in the style of
regional news; no real article."""

from __future__ import annotations

import importlib
import shutil
from datetime import date
from pathlib import Path

import pytest

from analysis import ingest
from analysis.ingest import load_corpus
from analysis.ingest import loader as loader_module
from analysis.ingest.datelines import is_date_line
from analysis.ingest.filedates import FILE_NAME_EVIDENCE, date_from_file_name
from analysis.ingest.headdates import head_date
from analysis.ingest.pubdates import infer_date
from analysis.ingest.reading import LoadedFile
from analysis.ingest.walk import CorpusFile
from analysis.money.publication_source import publication_source

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 5)

# no date of its own; a plan year («намечен на 2027 год») and a past year
PLANT = ("Тверской завод начнёт сборку автобусов МАЗ\n"
         "В Тверской области появится сборочное производство автобусов МАЗ. Соглашение подписали "
         "Минский автомобильный завод и ООО «Верхневолжский автобус».\n"
         "Объём инвестиций составит 1,8 млрд рублей, выпуск первых машин намечен на 2027 год.\n"
         "В 2024 году область закупила в Беларуси 40 автобусов.\n")


def _loaded(tmp_path: Path, files: dict[str, str]) -> dict[str, ingest.Article]:
    """The articles of a folder of `files`; each text gets a line of its own, so that no two
    files are identical (a copy is read once)."""
    folder = tmp_path / "c"
    folder.mkdir(exist_ok=True)
    for i, (name, text) in enumerate(files.items()):
        own = "" if name.endswith(".csv") else f"Заявок от дилеров поступило {i + 3}.\n"
        (folder / name).write_text(text + own, encoding="utf-8")
    return {a.file: a for a in load_corpus(folder, today=TODAY).articles}


# --- F1: a date in the file name ------------------------------------------------------------


@pytest.mark.parametrize(("name", "day"), [
    ("2026-02-12 Минпром о кредитах.txt", date(2026, 2, 12)),
    ("tver_2025-09-18_maz.txt", date(2025, 9, 18)),
    ("tver_2026-04-14.txt", date(2026, 4, 14)),
    ("20260212_vneshtorg.txt", date(2026, 2, 12)),
    ("12.02.2026 торговля.txt", date(2026, 2, 12)),
    ("2026_02_12 maz.html", date(2026, 2, 12)),
    ("итоги 12 февраля 2026.txt", date(2026, 2, 12)),
])
def test_the_day_a_file_name_carries(name: str, day: date) -> None:
    found = date_from_file_name(name, TODAY)
    assert found is not None and found.published == day and found.precision == "day"
    assert found.evidence.startswith(FILE_NAME_EVIDENCE)


@pytest.mark.parametrize("name", [
    "svodka_2025-01-01_2025-06-30.txt",  # a period: two days
    "itogi_2024.txt", "ekonompress_2023-11-prognoz.txt",  # a year, a month: the data's, not the text's
    "120260212.txt", "kredit_1,5_mlrd_2020.txt",  # an id, a sum
    "2027-01-15 plan.txt",  # later than today
    "2025-02-30 x.txt",  # no such day
    "2025-01-01/zametka.txt",  # a folder's name is not read
])
def test_a_file_name_that_dates_nothing(name: str) -> None:
    assert date_from_file_name(name, TODAY) is None


def test_a_file_name_dates_an_article_whose_text_only_mentions_years(tmp_path: Path) -> None:
    art = _loaded(tmp_path, {"2025-09-18_tver_maz.txt": PLANT})["2025-09-18_tver_maz.txt"]
    assert art.published == date(2025, 9, 18) and art.published_precision == "day"
    assert not art.published_inferred  # the reader sees «18.09.2025», not «(дата по тексту)»
    assert art.published_evidence == f"{FILE_NAME_EVIDENCE} «2025-09-18»"
    assert publication_source(art) == "metadata"


def test_a_plan_for_the_first_machines_does_not_date_the_text() -> None:
    # «выпуск первых машин намечен на 2027 год» is a start set for a year: an upper bound only
    guess = infer_date(PLANT, [], today=TODAY)
    assert guess.published == date(2024, 1, 1), guess  # the year the text tells of, not 2027 (or today's)
    assert "2027" not in (guess.evidence or "")


def test_the_text_s_own_head_date_beats_the_file_name(tmp_path: Path) -> None:
    dated = "03.03.2026\n" + PLANT
    wire = PLANT.replace("В Тверской области появится",
                         "ТВЕРЬ, 2 марта 2026 г. — В Тверской области появится")
    arts = _loaded(tmp_path, {"2026-03-05 tver.txt": dated, "2026-03-06 tver_wire.txt": wire})
    assert arts["2026-03-05 tver.txt"].published == date(2026, 3, 3)
    assert arts["2026-03-06 tver_wire.txt"].published == date(2026, 3, 2)
    assert head_date(wire, TODAY).published == date(2026, 3, 2)
    assert head_date(PLANT, TODAY).published is None  # a yearless text states no whole date


def test_metadata_and_its_url_beat_the_file_name(tmp_path: Path) -> None:
    meta = ("file,title,source,url,published\n"
            "2026-02-12 a.txt,,,,2026-02-10\n"
            "2026-02-12 b.txt,,,https://tver-news.ru/2026/02/11/maz/,\n")
    arts = _loaded(tmp_path, {"2026-02-12 a.txt": PLANT, "2026-02-12 b.txt": PLANT,
                              "2026-02-12 c.txt": PLANT, "metadata.csv": meta})
    assert arts["2026-02-12 a.txt"].published == date(2026, 2, 10)
    assert arts["2026-02-12 b.txt"].published == date(2026, 2, 11)
    assert arts["2026-02-12 b.txt"].published_evidence.startswith("URL")
    assert arts["2026-02-12 c.txt"].published == date(2026, 2, 12)


# --- F2: a date line is not the title ---------------------------------------------------------


@pytest.mark.parametrize("line", ["24.06.2026", "19 сентября 2025", "28 ноября 2025 г.", "2026-08-05",
                                  "16 мая 2024 года", "Опубликовано: 15.02.2026 10:35"])
def test_a_first_line_that_is_only_a_date_is_a_date_line(line: str, tmp_path: Path) -> None:
    assert is_date_line(line)
    art = _loaded(tmp_path, {"smolensk.txt": f"{line}\n{PLANT}"})["smolensk.txt"]
    assert art.title == "Тверской завод начнёт сборку автобусов МАЗ"
    assert art.published is not None and art.published.year in (2024, 2025, 2026)


@pytest.mark.parametrize("line", ["24.06.2026 Смоленская таможня подвела итоги",
                                  "Смоленская таможня: итоги за январь–май"])
def test_a_headline_with_a_date_in_it_stays_the_title(line: str) -> None:
    assert not is_date_line(line)


def test_one_day_s_date_line_opening_two_files_is_no_tagline(tmp_path: Path) -> None:
    other = ("Брянские аграрии получили тракторы МТЗ\n"
             "В Брянскую область поступила партия тракторов Минского тракторного завода.\n")
    arts = _loaded(tmp_path, {"a.txt": "24.06.2026\n" + PLANT, "b.txt": "24.06.2026\n" + other})
    assert {a.published for a in arts.values()} == {date(2026, 6, 24)}
    assert arts["b.txt"].title == "Брянские аграрии получили тракторы МТЗ"


# --- F14: unchanged pages come from the cache ---------------------------------------------------

PAGE = ("<html><head><title>Гродненский завод поставит в Псков оборудование</title>"
        '<meta property="article:published_time" content="2026-05-20"></head><body><article>'
        "<h1>Гродненский завод поставит в Псков оборудование</h1>"
        "<p>Гродненский механический завод подписал контракт с псковским предприятием на поставку "
        "станков. Сумма контракта составила 240 млн рублей, сообщила пресс-служба завода.</p>"
        "<p>Первые станки отгрузят в июле, остальные до конца года.</p></article></body></html>")


def test_an_unchanged_html_page_is_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.tables.shelf import Shelf

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "grodno_pskov.html").write_text(PAGE, encoding="utf-8")
    (folder / "tver.txt").write_text(PLANT, encoding="utf-8")
    with Shelf(tmp_path / "loaded.sqlite") as memo:
        first = load_corpus(folder, memo=memo, seen=memo)
    read: list[str] = []
    original = loader_module.read_file

    def counting(f: CorpusFile) -> LoadedFile:
        read.append(f.rel)
        return original(f)

    monkeypatch.setattr(loader_module, "read_file", counting)
    with Shelf(tmp_path / "loaded.sqlite") as memo:  # a new process: a new shelf
        again = load_corpus(folder, memo=memo, seen=memo)
    assert read == []
    assert [(a.file, a.title, a.published) for a in again.articles] == \
        [(a.file, a.title, a.published) for a in first.articles]
    (folder / "grodno_pskov.html").write_text(PAGE.replace("240 млн", "250 млн"), encoding="utf-8")
    with Shelf(tmp_path / "loaded.sqlite") as memo:
        changed = load_corpus(folder, memo=memo, seen=memo)
    assert read == ["grodno_pskov.html"]
    assert "250 млн" in next(a.text for a in changed.articles if a.file == "grodno_pskov.html")


# --- F13: a render with nothing changed is up to date -------------------------------------------


def test_a_second_render_with_nothing_changed_is_up_to_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from analysis.render.freshness import RENDER_MANIFEST

    # (the package's `render` is the function)
    render_module = importlib.import_module("analysis.render.render")

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "tver.txt").write_text(PLANT, encoding="utf-8")
    out = tmp_path / "reports"
    runs: list[str] = []

    def fake_render(notebook, params, formats, out_dir, pool):  # no kernel: the files it would write
        from analysis.render.naming import output_stem
        from analysis.render.params import check_params

        stem = output_stem(notebook, check_params(Path(notebook), params).given)
        Path(out_dir).mkdir(exist_ok=True)
        outputs = {}
        for fmt in ("ipynb", "html"):
            outputs[fmt] = Path(out_dir) / f"{stem}.{fmt}"
            outputs[fmt].write_text(f"{fmt} {len(runs)}", encoding="utf-8")
        runs.append(stem)
        return render_module.RenderResult(notebook=Path(notebook), params=dict(params),
                                          outputs=outputs, seconds=0.0)

    monkeypatch.setattr(render_module, "render", fake_render)
    notebook = ROOT / "notebooks" / "briefing.ipynb"

    def run(force: bool = False) -> int:
        return render_module.run_render_command(notebook, [("corpus", str(corpus))], "html", out,
                                                force=force)

    assert run() == 0 and len(runs) == 1
    assert (out / RENDER_MANIFEST).is_file()
    capsys.readouterr()
    assert run() == 0 and len(runs) == 1  # nothing changed: nothing run, nothing written
    said = capsys.readouterr().out
    assert "up to date" in said and "--force" in said and f"{runs[0]}.html" in said
    assert run(force=True) == 0 and len(runs) == 2
    (corpus / "bryansk.txt").write_text(PLANT.replace("Тверской", "Брянский"), encoding="utf-8")
    assert run() == 0 and len(runs) == 3  # a new article: rendered again
    (out / f"{runs[0]}.html").write_text("written by someone else", encoding="utf-8")
    assert run() == 0 and len(runs) == 4  # its file changed since: rendered again
    (out / f"{runs[0]}.html").unlink()
    assert run() == 0 and len(runs) == 5  # its file gone: rendered again


def test_render_force_is_an_option_of_the_command_line() -> None:
    from analysis.cli import _parser

    args = _parser().parse_args(["render", "notebooks/briefing.ipynb", "--force"])
    assert args.force is True


# --- F12: a long amount wraps inside its cell ---------------------------------------------------


def test_a_table_amount_may_break_before_its_currency_word_only() -> None:
    from analysis.briefing.formatting import fmt_money, table_html

    cells = [fmt_money(1.4e6, "BYN", "ru"), fmt_money(2.3e9, "RUB", "ru"), fmt_money(12, "RUB", "ru"),
             fmt_money(5.1e7, "USD", "ru")]
    html = str(table_html([("Сумма", "num")], [[c] for c in cells]))
    assert "1,4\u00a0млн бел.\u00a0руб." in html  # a break before «бел. руб.», none inside it
    assert "2,3\u00a0млрд руб." in html and "12 руб." in html
    assert "$51\u00a0млн" in html  # a sign before the number: nothing to break


@pytest.mark.slow
def test_a_printed_register_wraps_a_long_amount_inside_its_cell(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    from analysis.briefing.formatting import fmt_money, table_html
    from analysis.briefing.styles import styled
    from analysis.render.export import to_pdf

    heads = [("Проект", ""), ("Регион", ""), ("Предприятия", ""), ("Статус", ""), ("Сроки", ""),
             ("Инвестиции", "num"), ("Локализация", ""), ("Ист.", "")]
    rows = [["Дилерско-сервисный центр", "Курская область", "Бобруйскагромаш, КурскАгроСнаб",
             "действует", "—", fmt_money(1.4e6, "BYN", "ru"), "—", "[8.1]"],
            ["Сборка погрузчиков", "Пензенская область", "Амкодор, ПЗДМ", "действует", "—",
             fmt_money(1234.5e6, "BYN", "ru"), "30% → цель 50% к 2028 г.", "[9.2]"]]
    table = str(table_html(heads, rows, cls="data projects localised"))
    css = (ROOT / "src" / "analysis" / "templates" / "briefing" / "briefing.css").read_text(encoding="utf-8")
    page = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>{css}</style></head>'
            f'<body><main class="briefing">{styled(table)}</main></body></html>')
    pdf = tmp_path / "register.pdf"
    pdf.write_bytes(to_pdf(page))
    with pdfplumber.open(pdf) as doc:
        words = [w for p in doc.pages for w in p.extract_words()]
    clashes = [(a["text"], b["text"]) for i, a in enumerate(words) for b in words[i + 1:]
               if a["top"] < b["bottom"] and b["top"] < a["bottom"]
               and a["x0"] < b["x1"] - 1 and b["x0"] < a["x1"] - 1]
    assert not clashes, clashes[:5]
    assert not any("руб" in w["text"] and "—" in w["text"] for w in words)  # «руб.—» was one run


def test_the_analyst_s_corpus_names_and_lines_are_read_without_the_corpus(tmp_path: Path) -> None:
    # the four file-name forms and the six date lines of the finding, on texts written here
    files = {"2026-02-12 Минпром Беларуси кредиты.txt": PLANT, "2026-10-20 vneshtorg.txt": PLANT,
             "2025-09-18_lenobl_maz.txt": PLANT, "omsk_2026-04-14.txt": PLANT,
             "a.txt": "24.06.2026\n" + PLANT, "b.txt": "19 сентября 2025\n" + PLANT,
             "c.txt": "03.03.2026\n" + PLANT, "d.txt": "16 мая 2024\n" + PLANT,
             "e.txt": "2026-08-05\n" + PLANT, "f.txt": "28 ноября 2025 г.\n" + PLANT}
    arts = _loaded(tmp_path, files)
    assert {f: a.published.isoformat() for f, a in arts.items() if a.published} == {
        "2026-02-12 Минпром Беларуси кредиты.txt": "2026-02-12", "2026-10-20 vneshtorg.txt": "2026-10-20",
        "2025-09-18_lenobl_maz.txt": "2025-09-18", "omsk_2026-04-14.txt": "2026-04-14",
        "a.txt": "2026-06-24", "b.txt": "2025-09-19", "c.txt": "2026-03-03", "d.txt": "2024-05-16",
        "e.txt": "2026-08-05", "f.txt": "2025-11-28"}
    assert {a.title for a in arts.values()} == {"Тверской завод начнёт сборку автобусов МАЗ"}
    shutil.rmtree(tmp_path / "c")


# --- F15: a hurried user's slips ---------------------------------------------------------------


def test_a_misspelt_option_gets_its_command_s_usage_and_the_option_it_is_near(
        capsys: pytest.CaptureFixture[str]) -> None:
    from analysis.cli import main

    with pytest.raises(SystemExit) as done:
        main(["render", "notebooks/briefing.ipynb", "--fromat", "html"])
    err = capsys.readouterr().err
    assert done.value.code == 2
    assert err.startswith("usage: briefing render ")  # not the top level's «briefing [-h] COMMAND»
    assert "unrecognized arguments: --fromat html (did you mean --format?)" in err
    with pytest.raises(SystemExit):
        main(["build", "--forse"])
    assert "(did you mean --force?)" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["render", "notebooks/briefing.ipynb", "--zzzzzz"])
    assert "did you mean" not in capsys.readouterr().err  # nothing near: no guess


@pytest.mark.parametrize(("typed", "meant"), [("Омскя", "Омская область"), ("Кузбас", "Кемеровская область"),
                                              ("Татарстн", "Республика Татарстан")])
def test_a_misspelt_region_gets_the_region_it_is_near(typed: str, meant: str) -> None:
    from analysis.render import ParameterError, check_params

    with pytest.raises(ParameterError) as info:
        check_params(ROOT / "notebooks" / "briefing.ipynb", {"region": typed})
    assert f"did you mean «{meant}»?" in str(info.value)


def test_a_name_near_no_region_gets_no_guess() -> None:
    from analysis.render import ParameterError, check_params

    with pytest.raises(ParameterError) as info:
        check_params(ROOT / "notebooks" / "briefing.ipynb", {"region": "Минск"})
    assert "did you mean" not in str(info.value)  # «Минск» is no slip of «Омск»


def test_reversed_years_are_told_to_be_swapped() -> None:
    from analysis.render import ParameterError, check_params

    with pytest.raises(ParameterError) as info:
        check_params(ROOT / "notebooks" / "briefing.ipynb", {"year_from": "2026", "year_to": "2024"})
    assert "year_from=2026 is after year_to=2024: swap them (year_from=2024, year_to=2026)" in str(info.value)


PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)) * 8
JPEG = bytes.fromhex("ffd8ffe000104a464946") + bytes(range(256)) * 8


def test_a_binary_file_whose_bytes_are_an_image_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "скан_статьи.html").write_bytes(PNG)
    (folder / "фото.txt").write_bytes(JPEG)
    (folder / "выгрузка.txt").write_bytes(b"\x00\x17" + bytes(range(40, 200)) * 50)
    (folder / "bmw.txt").write_text("BMW и МАЗ обсудили поставки\nМинский автозавод провёл переговоры.\n",
                                    encoding="utf-8")
    corpus = load_corpus(folder, today=TODAY)
    reasons = {p.file: p.reason for p in corpus.problems}
    assert "a PNG image" in reasons["скан_статьи.html"] and ".txt" in reasons["скан_статьи.html"]
    assert "a JPEG image" in reasons["фото.txt"]
    assert "image" not in reasons["выгрузка.txt"] and "binary" in reasons["выгрузка.txt"]
    assert [a.file for a in corpus.articles] == ["bmw.txt"]  # «BM…» opens a text too
