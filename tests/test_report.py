"""analysis.render: parameters, output names, failures, atomic writes, and the four briefing
notebooks rendered on the seeds (HTML and the PDF's extracted text).

Kernel runs are the expensive part (2 cores in CI): the seed renders happen once per module
in `rendered`, about ten executions in all, and every check reads those files.
"""

from __future__ import annotations

import html as html_mod
import json
import os
import re
from pathlib import Path

import nbformat
import pytest

from analysis import atomic
from analysis import render as report
from analysis.render import NotebookFailed, ParameterError
from analysis.render import execute as execute_mod
from analysis.render import export as export_mod

# Notebooks, kernels and PDF rendering: part of `make test`, not of `make test-fast`.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
BRIEFINGS = ("briefing", "trade_volumes", "localization_projects", "investments")
PARAMS = ("corpus", "region", "year_from", "year_to", "currency", "lang", "title", "rates")
# the overview notebook also takes `since` (the build sets it: what is new)

# (notebook, params, formats): ru and en, with and without a region, one empty selection
RENDERS = {
    "briefing-ru": ("briefing", {}, ("html", "pdf")),
    "briefing-en": ("briefing", {"lang": "en"}, ("html", "pdf")),
    "trade-ru": ("trade_volumes", {}, ("html", "pdf")),
    "trade-en-smolensk": ("trade_volumes", {"lang": "en", "region": "Смоленщина"}, ("html",)),
    "projects-ru-kuzbass": ("localization_projects", {"region": "Кузбасс"}, ("html", "pdf")),
    "projects-en": ("localization_projects", {"lang": "en"}, ("html",)),
    "investments-ru": ("investments", {}, ("html", "pdf")),
    "investments-en-kuzbass": ("investments", {"lang": "en", "region": "Кемеровская область"},
                               ("html",)),
    "empty-ru": ("briefing", {"region": "Тверская область", "year_from": "2030"}, ("html",)),
}


def text_of(html: str) -> str:
    """What a reader sees: no tags, entities decoded, all spaces plain."""
    body = html.split("<body>", 1)[-1]
    return re.sub(r"\s+", " ", html_mod.unescape(re.sub(r"<[^>]+>", " ", body))
                  .replace("\u00a0", " "))


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    raw = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    raw = re.sub(r"[\u2010\u00ad-]\n", "", raw)  # re-join words hyphenated at line ends
    return re.sub(r"\s+", " ", raw.replace("\u00a0", " "))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, report.RenderResult]:
    out = tmp_path_factory.mktemp("reports")
    results = {}
    with pytest.MonkeyPatch.context() as mp:
        # the kernels inherit this: the session's own extraction cache, not the developer's
        mp.setenv("BRIEFING_CACHE", str(tmp_path_factory.getbasetemp() / "extract-cache"))
        for key, (name, params, formats) in RENDERS.items():
            results[key] = report.render(NOTEBOOKS / f"{name}.ipynb", params, formats=formats,
                                         out_dir=out)
    return results


def html_of(rendered, key: str) -> str:
    return rendered[key].outputs["html"].read_text(encoding="utf-8")


# --- the notebooks as stored -----------------------------------------------------------------


@pytest.mark.parametrize("name", BRIEFINGS)
def test_notebooks_are_stored_clean_with_a_documented_parameters_cell(name):
    path = NOTEBOOKS / f"{name}.ipynb"
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    declared = report.notebook_parameters(path)
    # the overview also takes `since`: the build passes its previous tables (what is new)
    assert tuple(declared) == PARAMS + (("since",) if name == "briefing" else ())
    for d in declared.values():
        assert d.type in ("str", "int") and d.help, d  # papermill --help-notebook documents it
    assert declared["corpus"].default == "seeds" and declared["currency"].default == "USD"
    assert declared["lang"].default == "ru" and declared["year_from"].default == 0


# --- parameters ------------------------------------------------------------------------------


def test_validate_coerces_command_line_strings():
    nb = NOTEBOOKS / "briefing.ipynb"
    assert report.validate_params(nb, {"year_from": "2022", "currency": "rub", "lang": "en"}) == \
        {"year_from": 2022, "currency": "RUB", "lang": "en"}
    assert report.validate_params(nb, {"region": "Кузбасс"}) == {"region": "Кузбасс"}
    # checked once, normalised once: the notebook runs with the official name
    checked = report.check_params(nb, {"region": "Кузбасс", "currency": "rub"})
    assert checked.given == {"region": "Кузбасс", "currency": "RUB"}
    assert checked.normal == {"region": "Кемеровская область", "currency": "RUB"}


def test_the_notebooks_validation_cell_normalises_and_rejects(monkeypatch):
    monkeypatch.chdir(NOTEBOOKS)  # where the kernel runs: "seeds" is found upwards
    params = report.check_notebook_params(region="Кузбасс", currency="eur", lang="en")
    assert params.region == "Кемеровская область" and params.currency == "EUR"
    assert params.as_dict() == {"corpus": "seeds", "region": "Кемеровская область",
                                "year_from": 0, "year_to": 0, "currency": "EUR",
                                "lang": "en", "title": "", "rates": "", "since": ""}
    with pytest.raises(ParameterError) as info:
        report.check_notebook_params(region="Атлантида", lang="de", year_from=2025,
                                     year_to=2020)
    assert len(info.value.problems) == 3 and "not a Russian region" in str(info.value)


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"regoin": "Кузбасс"}, "unknown parameter 'regoin'"),
        ({"year_from": "двадцатый"}, "year_from='двадцатый': expected int"),
        ({"year_from": 2.5}, "expected int"),
        ({"region": 42}, "expected str"),
        ({"region": "Атлантида"}, "not a Russian region"),
        ({"currency": "XYZ"}, "unknown currency"),
        ({"lang": "de"}, "expected one of ru, en"),
        ({"year_from": 2025, "year_to": 2020}, "after year_to"),
        ({"year_to": 12}, "expected a year"),
        # (a corpus folder not found is a path's slip: no list, a near folder instead;
        # tests/test_newuser42_briefing.py, newuser42 F12)
    ],
)
def test_bad_parameters_are_rejected_with_the_list_of_valid_ones(params, fragment):
    with pytest.raises(ParameterError) as info:
        report.validate_params(NOTEBOOKS / "briefing.ipynb", params)
    message = str(info.value)
    assert fragment in message
    assert "Valid parameters of briefing.ipynb" in message
    for name in PARAMS:
        assert f"  {name}: " in message
    assert "year_from: int = 0" in message and 'currency: str = "USD"' in message


def test_all_problems_reported_at_once():
    with pytest.raises(ParameterError) as info:
        report.validate_params(NOTEBOOKS / "briefing.ipynb", {"lang": "de", "currency": "XYZ"})
    assert len(info.value.problems) == 2


def test_notebook_without_parameters_cell():
    nb = FIXTURES / "no_parameters_cell.ipynb"
    assert report.validate_params(nb, {}) == {}
    with pytest.raises(ParameterError, match="declares no parameters"):
        report.validate_params(nb, {"lang": "en"})


def test_missing_notebook_is_a_parameter_error(tmp_path):
    with pytest.raises(ParameterError, match="notebook not found"):
        report.render(tmp_path / "nope.ipynb", {}, out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_bad_parameter_fails_before_execution_exit_2_and_touches_nothing(tmp_path, capsys,
                                                                         monkeypatch):
    def no_execution(*_a, **_k):
        raise AssertionError("executed despite a bad parameter")

    monkeypatch.setattr(execute_mod, "execute_notebook", no_execution)
    out = tmp_path / "reports"
    code = report.run_render_command(NOTEBOOKS / "briefing.ipynb", [("currency", "XYZ")],
                                     "html,pdf", out)
    assert code == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert "unknown currency" in err and "region: str" in err
    # an existing report folder keeps exactly what it had
    out.mkdir()
    (out / "briefing--currency-xyz.html").write_text("old")
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    assert report.run_render_command(NOTEBOOKS / "briefing.ipynb", [("lang", "fr")],
                                     ["html"], out) == 2
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before
    assert report.run_render_command(NOTEBOOKS / "briefing.ipynb", [], "html,docx", out) == 2


def test_cli_subcommand_calls_the_renderer(tmp_path, monkeypatch):
    from analysis import cli

    monkeypatch.setattr(execute_mod, "execute_notebook", lambda *a, **k: pytest.fail("executed"))
    code = cli.main(["render", str(NOTEBOOKS / "briefing.ipynb"), "-p", "lang", "xx",
                     "--out", str(tmp_path / "o")])
    assert code == 2 and not (tmp_path / "o").exists()


# --- output names ----------------------------------------------------------------------------


def test_output_stem():
    nb = NOTEBOOKS / "briefing.ipynb"
    assert report.output_stem(nb, {}) == "briefing"
    # defaults are left out, whatever form they come in
    assert report.output_stem(nb, {"lang": "ru", "currency": "usd", "year_from": "0"}) == \
        "briefing"
    # order of the parameters cell, not of the dict; Cyrillic transliterated
    # a region by its official name, however typed: one briefing, one file name
    assert report.output_stem(nb, {"lang": "en", "region": "Кузбасс"}) == \
        "briefing--region-kemerovskaya-oblast--lang-en"
    assert report.output_stem(nb, {"region": "Смоленщина"}) == \
        report.output_stem(nb, {"region": "Смоленская область"}) == \
        "briefing--region-smolenskaya-oblast"
    # a rates file by its name, not its path
    assert report.output_stem(nb, {"rates": "/home/analyst/data/rates/my_rates.csv"}) == \
        "briefing--rates-my_rates"  # an underscore is kept (session 30)
    assert report.output_stem(nb, {"region": "Кемеровская область", "year_from": 2022}) == \
        "briefing--region-kemerovskaya-oblast--year_from-2022"
    long = report.output_stem(nb, {"title": "Очень длинный заголовок " * 5})
    assert len(long) < 80 and re.fullmatch(r"briefing--title-[a-z0-9-]+", long)
    assert report.output_stem(nb, {"title": "!!!"}) != report.output_stem(nb, {"title": "???"})
    for stem in (long, report.output_stem(nb, {"title": "../../etc/passwd"})):
        assert "/" not in stem and ".." not in stem


# --- failures and atomic writes ------------------------------------------------------------


def test_failing_notebook_names_the_cell_and_keeps_previous_outputs(tmp_path):
    nb = FIXTURES / "raises_in_third_cell.ipynb"
    stem = report.output_stem(nb, {"count": 1})
    old = {}
    for ext in ("html", "pdf", "ipynb"):
        path = tmp_path / f"{stem}.{ext}"
        path.write_text(f"previous good {ext}")
        old[path] = path.stat().st_mtime_ns
    with pytest.raises(NotebookFailed) as info:
        report.render(nb, {"count": "1"}, out_dir=tmp_path)
    err = info.value
    assert err.cell == 2  # index in the stored notebook (papermill's injected cell not counted)
    message = str(err)
    assert "raises_in_third_cell.ipynb" in message
    assert "cell 2" in message and 'raise ValueError("boom in the third cell")' in message
    assert "ValueError: boom in the third cell" in message
    for path, mtime in old.items():
        assert path.read_text() == f"previous good {path.suffix[1:]}"
        assert path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in old)


def test_failing_notebook_exit_status_1(tmp_path, capsys):
    code = report.run_render_command(FIXTURES / "raises_in_third_cell.ipynb", [], ["html"],
                                     tmp_path)
    assert code == 1
    err = capsys.readouterr().err
    assert "cell 2" in err and "boom in the third cell" in err
    assert list(tmp_path.iterdir()) == []


def test_kernel_death_is_blamed_on_the_running_cell(tmp_path):
    with pytest.raises(NotebookFailed) as info:
        report.render(FIXTURES / "kernel_dies_in_second_cell.ipynb", {}, out_dir=tmp_path)
    assert info.value.cell == 1 and "DeadKernelError" in str(info.value)
    assert "cell 1 (`import os`)" in str(info.value)
    assert not tmp_path.exists() or list(tmp_path.iterdir()) == []


def test_render_failure_after_execution_replaces_nothing(tmp_path, monkeypatch):
    nb = FIXTURES / "prints_parameters.ipynb"
    (tmp_path / "prints_parameters.html").write_text("good html")
    (tmp_path / "prints_parameters.ipynb").write_text("good record")

    def broken_pdf(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(export_mod, "to_pdf", broken_pdf)
    with pytest.raises(NotebookFailed, match="disk on fire"):
        report.render(nb, {}, out_dir=tmp_path)
    assert (tmp_path / "prints_parameters.html").read_text() == "good html"
    assert (tmp_path / "prints_parameters.ipynb").read_text() == "good record"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "prints_parameters.html", "prints_parameters.ipynb"]


def test_write_atomic_all_or_nothing(tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.pdf"
    a.write_text("old a")
    b.write_text("old b")
    with pytest.raises(TypeError):
        atomic.write_all({a: b"new a", b: "not bytes"})  # the second write fails
    assert a.read_text() == "old a" and b.read_text() == "old b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "b.pdf"]  # no temp files
    atomic.write(a, "new a")
    assert a.read_text() == "new a"
    assert oct(a.stat().st_mode & 0o777) == oct(0o644)


def test_fixture_notebook_render_outputs(tmp_path):
    res = report.render(FIXTURES / "prints_parameters.ipynb", {"count": "2", "lang": "en"},
                        formats="html", out_dir=tmp_path)
    assert set(res.outputs) == {"ipynb", "html"}
    assert res.outputs["html"].name == "prints_parameters--lang-en--count-2.html"
    html = res.outputs["html"].read_text(encoding="utf-8")
    assert len(re.findall(r"class=['\"]line", html)) == 2
    assert "stdout is not part of the report" not in html  # streams are not shown
    assert "&lt;script&gt;plain text repr is escaped&lt;/script&gt;" in html
    assert "<script" not in html
    record = nbformat.read(res.outputs["ipynb"], as_version=4)
    assert any(c.get("outputs") for c in record.cells)
    assert "start_time" not in record.metadata["papermill"]  # no wall clock in the record
    assert res.params == {"count": 2, "lang": "en"} and res.seconds > 0


# --- the briefings on the seeds ---------------------------------------------------------------


def test_outputs_named_and_kept_together(rendered):
    res = rendered["projects-ru-kuzbass"]
    assert {k: p.name for k, p in res.outputs.items()} == {
        "ipynb": "localization_projects--region-kemerovskaya-oblast.ipynb",
        "html": "localization_projects--region-kemerovskaya-oblast.html",
        "pdf": "localization_projects--region-kemerovskaya-oblast.pdf",
    }
    assert len({p.parent for p in res.outputs.values()}) == 1
    assert rendered["briefing-en"].outputs["html"].name == "briefing--lang-en.html"
    assert "pdf" not in rendered["trade-en-smolensk"].outputs


def test_seed_figures_ru(rendered):
    briefing = text_of(html_of(rendered, "briefing-ru"))
    assert "По итогам 2024 г. товарооборот России и Беларуси превысил $50 млрд" in briefing
    assert "105 млрд руб." in briefing and "1,2 млрд руб." in briefing
    trade = text_of(html_of(rendered, "trade-ru"))
    assert "свыше $50 млрд" in trade and "294 млрд руб." in trade and "Смоленская область" in trade
    invest = text_of(html_of(rendered, "investments-ru"))
    assert "105 млрд руб." in invest and "1,2 млрд руб." in invest
    assert "по среднегодовому курсу" in invest  # conversions are marked as such
    projects = text_of(html_of(rendered, "projects-ru-kuzbass"))
    assert "1,2 млрд руб." in projects and "БелАЗ" in projects
    assert "Смоленская область" not in projects  # the region filter holds


def test_seed_figures_en(rendered):
    briefing = text_of(html_of(rendered, "briefing-en"))
    assert "In 2024, Russia–Belarus trade turnover exceeded $50 bn" in briefing
    assert "RUB 105 bn" in briefing
    assert "RUB 294 bn" in text_of(html_of(rendered, "trade-en-smolensk"))
    invest = text_of(html_of(rendered, "investments-en-kuzbass"))
    assert "RUB 1.2 bn" in invest and "at the 2025 annual average rate" in invest
    # headings and labels in English; quotations stay Russian
    headings = re.findall(r"<h2>(.*?)</h2>", html_of(rendered, "projects-en"))
    assert headings and all(not re.search("[а-яё]", h, re.I) for h in headings)
    assert re.search(r'class="quote"[^>]*>(?:<span class="quote-label">[^<]*</span> )?«[^»]*[а-я]',
                     html_of(rendered, "projects-en"))


def test_seed_figures_in_pdf_text(rendered):
    briefing = pdf_text(rendered["briefing-ru"].outputs["pdf"])
    assert "превысил $50 млрд" in briefing and "105 млрд руб." in briefing
    assert "1,2 млрд руб." in briefing
    assert "294 млрд руб." in pdf_text(rendered["trade-ru"].outputs["pdf"])
    invest = pdf_text(rendered["investments-ru"].outputs["pdf"])
    assert "105 млрд руб." in invest and "1,2 млрд руб." in invest
    en = pdf_text(rendered["briefing-en"].outputs["pdf"])
    assert "exceeded $50 bn" in en and "Sources" in en


def test_every_figure_has_a_citation(rendered):
    for key in RENDERS:
        if key.startswith("empty"):
            continue
        html = html_of(rendered, key)
        refs = set(re.findall(r'<li id="ref-(\d+)"', html))
        cited = set(re.findall(r'href="#ref-(\d+)(?:-\d+)?"', html))
        assert cited and cited == refs, key  # every citation resolves, every reference is used
        for anchor in set(re.findall(r'href="#(ref-\d+-\d+)"', html)):
            assert f'id="{anchor}"' in html, (key, anchor)  # a sentence's mark finds its quote
        for fig in re.findall(r'<figure class="chart".*?</figure>', html, re.S):
            assert 'class="source-line"' in fig and 'href="#ref-' in fig, key
        for card in re.findall(r'<div class="card">(.*?)</div>', html):
            if re.search(r"млрд|млн| bn| m\b", card):
                assert 'href="#ref-' in card, (key, card)
        for table in re.findall(r"<table.*?</table>", html, re.S):
            for row in re.findall(r"<tr>(.*?)</tr>", table.split("</thead>")[-1], re.S):
                if re.search(r"млрд|млн| bn\b| m\b", row):
                    assert 'href="#ref-' in row, (key, row)
        # every reference gives the article and the sentence
        for item in re.findall(r'<li id="ref-\d+".*?</li>', html):
            assert 'class="meta"' in item and 'class="quote"' in item, item


def test_html_is_self_contained(rendered):
    for key in RENDERS:
        html = html_of(rendered, key)
        assert "<script" not in html.lower(), key
        assert "<link" not in html.lower() and "@import" not in html
        assert not re.search(r"""\ssrc\s*=\s*["']?(https?:)?//""", html, re.I), key
        for m in re.finditer(r"""<(\w+)[^>]*\shref\s*=\s*["']?(https?:)?//""", html, re.I):
            assert m.group(1) == "a" and 'class="source-url"' in m.group(0), m.group(0)
        assert "require.js" not in html and "mathjax" not in html.lower()
    # charts are inline data URIs
    assert 'src="data:image/png;base64,' in html_of(rendered, "briefing-ru")


def test_title_block_parameters_and_coverage(rendered):
    html = html_of(rendered, "projects-ru-kuzbass")
    block = text_of(re.search(r'<header class="title-block">.*?</header>', html, re.S).group(0))
    assert "Кемеровская область" in block and "5 статей" in block and "USD" in block
    assert re.search(r"Данные на \d{1,2} \w+ 20\d\d г\.", block)
    assert "<title>Проекты локализации" in html
    # no code, no prompts, no execution counts in the report
    assert "In&nbsp;[" not in html and "In [" not in html and "jp-InputArea" not in html
    assert "Briefing.load" not in html and "from analysis" not in html
    assert "Edit the parameters below" not in html  # the notebook-only note stays out


def test_empty_selection_renders_a_briefing_that_says_so(rendered):
    html = html_of(rendered, "empty-ru")
    text = text_of(html)
    assert "нет данных" in text and "Тверская область" in text
    assert "Traceback" not in text and "Error" not in text


def test_pdf_layout(rendered):
    from pypdf import PdfReader

    reader = PdfReader(rendered["briefing-ru"].outputs["pdf"])
    assert len(reader.pages) >= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    n = len(reader.pages)
    second = re.sub(r"\s+", " ", reader.pages[1].extract_text())
    assert f"2 / {n}" in second  # page numbers
    assert "Россия — Беларусь: промышленная кооперация" in second  # running header
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None:
                desc = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            desc = desc.get_object()
            embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts.add((str(font["/BaseFont"]).split("+")[-1], embedded))
    assert fonts and all(embedded for _, embedded in fonts)
    assert any("DejaVu" in name for name, _ in fonts)
    html = html_of(rendered, "briefing-ru")
    assert re.search(r"tr \{[^}]*break-inside: avoid", html)  # rows never split


def test_executed_notebook_kept_as_the_record(rendered):
    record = nbformat.read(rendered["investments-ru"].outputs["ipynb"], as_version=4)
    tags = [c.metadata.get("tags", []) for c in record.cells]
    assert ["injected-parameters"] not in tags  # no parameters passed: nothing injected
    assert any(c.get("outputs") for c in record.cells)
    assert not any(o.get("output_type") == "error" for c in record.cells
                   for o in c.get("outputs", []))
    en = nbformat.read(rendered["briefing-en"].outputs["ipynb"], as_version=4)
    injected = [c for c in en.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and 'lang = "en"' in injected[0].source


def test_rerender_is_byte_identical(rendered, tmp_path, monkeypatch, tmp_path_factory):
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path_factory.getbasetemp() / "extract-cache"))
    first = rendered["investments-ru"]
    again = report.render(first.notebook, first.params, formats=("html", "pdf"),
                          out_dir=tmp_path)
    for fmt in ("html", "ipynb", "pdf"):
        assert again.outputs[fmt].read_bytes() == first.outputs[fmt].read_bytes(), fmt


def test_same_content_as_in_jupyterlab(rendered):
    """The report shows exactly the notebook's outputs: every text/html output of the
    executed record appears verbatim in the HTML, in order."""
    record = json.loads(rendered["briefing-ru"].outputs["ipynb"].read_text(encoding="utf-8"))
    html = html_of(rendered, "briefing-ru")
    pos = 0
    for cell in record["cells"]:
        for out in cell.get("outputs", []):
            frag = "".join(out.get("data", {}).get("text/html", ""))
            if frag:
                found = html.find(frag, pos)
                assert found >= 0, frag[:200]
                pos = found + len(frag)


def test_render_time_is_reported(rendered):
    assert all(r.seconds > 0 for r in rendered.values())
    os.environ.get("CI") or print({k: round(r.seconds, 1) for k, r in rendered.items()})


@pytest.mark.parametrize(("typed", "meant"), [("regon", "region"), ("curency", "currency"),
                                              ("yearfrom", "year_from"), ("Lang", "lang")])
def test_a_mistyped_parameter_name_gets_a_hint_of_the_name_meant(typed, meant):
    with pytest.raises(ParameterError) as info:
        report.validate_params(NOTEBOOKS / "briefing.ipynb", {typed: "x"})
    assert f"unknown parameter {typed!r} (did you mean {meant!r}?)" in str(info.value)


def test_a_parameter_name_like_none_declared_gets_no_hint():
    with pytest.raises(ParameterError) as info:
        report.validate_params(NOTEBOOKS / "briefing.ipynb", {"zzqx": "1"})
    assert "unknown parameter 'zzqx'" in str(info.value) and "did you mean" not in str(info.value)


def test_a_corpus_given_by_its_full_path_names_outputs_by_its_last_folders():
    nb = NOTEBOOKS / "briefing.ipynb"
    stem = report.output_stem(nb, {"corpus": "/srv/analysts/petrova/may_news/corpus"})
    assert re.fullmatch(r"briefing--corpus-may_news-corpus-[0-9a-f]{6}", stem), stem
    # two folders of one name in different places still name different files
    other = report.output_stem(nb, {"corpus": "/srv/analysts/ivanov/may_news/corpus"})
    assert other != stem and other.startswith("briefing--corpus-may_news-corpus-")
    # the folder's own name stays readable: an underscore is kept (session 30's new user)
    assert report.output_stem(nb, {"corpus": "my_corpus"}) == "briefing--corpus-my_corpus"


def test_a_name_made_of_many_long_values_is_cut_with_a_hash_of_the_whole():
    nb = NOTEBOOKS / "briefing.ipynb"
    params = {"corpus": "/data/" + "очень-длинная-папка/" * 6 + "корпус",
              "region": "Ханты-Мансийский автономный округ — Югра",
              "title": "Сводка о промышленной кооперации двух стран за несколько лет " * 3,
              "rates": "/data/" + "курсы_валют_" * 8 + ".csv", "year_from": 2019,
              "year_to": 2025, "currency": "eur", "lang": "en"}
    stem = report.output_stem(nb, params)
    assert len(stem) <= 160 and re.fullmatch(r"briefing(--[a-z0-9_-]+)+", stem), stem
    assert report.output_stem(nb, {**params, "lang": "ru"}) != stem
