"""`briefing build`: incremental, parallel, failure-tolerant, locked, reproducible.

Most tests render a tiny fixture notebook (tests/fixtures/build/notebooks/hello.ipynb) on a
one-article corpus, in HTML only, so that a build of two jobs takes a few seconds; they go
through the real `report.render`, kernels and all.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import build
from analysis.build import runner

# Notebooks, kernels and PDF rendering: part of `make test`, not of `make test-fast`.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "build"

TWO_LANGS = """
[defaults]
formats = ["html"]
params = { corpus = "corpus" }

[[report]]
notebook = "notebooks/hello.ipynb"
params = [{ lang = "ru" }, { lang = "en" }]
"""


# The package code is part of every job's hash. Pin it, so that a colleague saving a module
# mid-test does not turn "skipped" into "built"; `code_version` itself is tested on its own.
REAL_CODE_VERSION = runner.code_version
PIN = ("import sys\nfrom analysis import build\nfrom analysis.build import runner\n"
       "runner.code_version = lambda *a, **k: 'test-code'\n")


@pytest.fixture(autouse=True)
def _pinned_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "code_version", lambda *a, **k: "test-code")


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the fixture project (notebook, corpus, report set) as the current folder."""
    shutil.copytree(FIXTURES / "notebooks", tmp_path / "notebooks")
    shutil.copytree(FIXTURES / "corpus", tmp_path / "corpus")
    (tmp_path / "reports.toml").write_text(TWO_LANGS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], **kwargs) -> tuple[int, dict[str, str], str]:
    """Build in this process; return (exit status, {job: status}, summary text)."""
    kwargs.setdefault("config", Path("reports.toml"))
    kwargs.setdefault("out", Path("reports"))
    kwargs.setdefault("jobs", 2)
    code = build.run_build(**kwargs)
    out = capsys.readouterr().out
    return code, statuses(out), out


def statuses(summary: str) -> dict[str, str]:
    found = {}
    for line in summary.splitlines():
        m = re.match(r"^(\S+)\s+(built|skipped|failed)\s", line)
        if m:
            found[m.group(1)] = m.group(2)
    return found


def manifest(out: Path = Path("reports")) -> dict:
    return json.loads((out / build.MANIFEST_NAME).read_text(encoding="utf-8"))


def add_article(project: Path, name: str = "002_extra.txt") -> None:
    text = (FIXTURES / "corpus" / "000_c7ff2b375120a76f.txt").read_text(encoding="utf-8")
    (project / "corpus" / name).write_text("Ещё одна статья\n" + text, encoding="utf-8")


# --- the report set ----------------------------------------------------------------------------


def test_report_set_expands_parameter_sets_for_each_and_merges_duplicates(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "notebooks", tmp_path / "notebooks")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "reports.toml").write_text("""
[defaults]
params = { corpus = "corpus" }

[[report]]
notebook = "notebooks/hello.ipynb"
params = [{ lang = "ru" }, { lang = "en" }]

[[report]]
notebook = "notebooks/hello.ipynb"
params = { lang = "en" }
formats = ["html"]

[[report]]
notebook = "notebooks/hello.ipynb"
for_each = { title = "regions_with_projects", lang = ["ru", "en"] }
""", encoding="utf-8")
    asked: list[Path] = []

    def info(corpus: Path) -> dict:
        asked.append(corpus)
        return {"data_as_of": "2024-01-01", "regions_with_projects": ["Кемеровская область",
                                                                      "Смоленская область"]}

    jobs = build.expand(build.load_report_set(tmp_path / "reports.toml"), info)
    assert [(j.params.get("lang"), j.params.get("title")) for j in jobs] == [
        ("ru", None), ("en", None),
        ("ru", "Кемеровская область"), ("en", "Кемеровская область"),
        ("ru", "Смоленская область"), ("en", "Смоленская область"),
    ]
    # the second [[report]] duplicates lang=en: one job, default formats kept
    assert jobs[1].formats == ("html", "pdf")
    assert all(j.corpus == (tmp_path / "corpus").resolve() for j in jobs)
    assert asked == [(tmp_path / "corpus").resolve()]
    assert all(j.params["corpus"] == "corpus" for j in jobs)


@pytest.mark.parametrize(("text", "message"), [
    ("[[report]]\nnotebook = 'notebooks/missing.ipynb'\n", "not found"),
    ("[[report]]\nnotebook = 'notebooks/hello.ipynb'\nformats = ['docx']\n", "unknown format"),
    ("[[report]]\nnotebook = 'notebooks/hello.ipynb'\nfor_each = { region = 'planets' }\n",
     "regions_with_projects"),
    ("[[report]]\nnotebok = 'x'\n", "unknown key"),
    ("[defaults]\n", "no [[report]]"),
    ("[[report\n", "reports.toml"),
])
def test_an_unusable_report_set_exits_2_and_says_why(project: Path, capsys, text: str,
                                                     message: str) -> None:
    (project / "reports.toml").write_text(text, encoding="utf-8")
    assert build.run_build(config=Path("reports.toml"), out=Path("reports")) == 2
    assert message in capsys.readouterr().err
    assert not (project / "reports" / build.MANIFEST_NAME).exists()


def test_code_version_ignores_build_and_caches(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "__pycache__").mkdir(parents=True)
    (pkg / "report.py").write_text("x = 1\n")
    before = REAL_CODE_VERSION(pkg)
    (pkg / "build").mkdir()
    (pkg / "build" / "runner.py").write_text("# the build itself does not change a briefing\n")
    (pkg / "cli.py").write_text("# nor does the command line\n")
    (pkg / "__pycache__" / "report.cpython-311.pyc").write_bytes(b"\0")
    assert REAL_CODE_VERSION(pkg) == before
    (pkg / "report.py").write_text("x = 2\n")
    assert REAL_CODE_VERSION(pkg) != before
    (pkg / "templates").mkdir()
    (pkg / "templates" / "page.css").write_text("body{}")
    assert REAL_CODE_VERSION(pkg) != before


# --- incremental builds ------------------------------------------------------------------------


def test_second_build_skips_unchanged_jobs_without_heavy_imports(project: Path, capsys) -> None:
    code, status, _ = run(capsys)
    assert code == 0
    assert status == {"hello": "built", "hello--lang-en": "built"}
    out = project / "reports"
    html = {p.name: p.stat().st_mtime_ns for p in out.glob("*.html")}
    assert set(html) == {"hello.html", "hello--lang-en.html", "index.html"}
    assert "Articles in the corpus: 1" in (out / "hello--lang-en.html").read_text()

    # The no-op build runs in a fresh interpreter so that we see what it imports.
    probe = (
        "import json, sys\n"
        "from pathlib import Path\n" + PIN +
        "code = build.run_build(config=Path('reports.toml'), out=Path('reports'))\n"
        "heavy = sorted(m for m in ('pandas', 'papermill', 'nbconvert', 'weasyprint',"
        " 'jupyter_client', 'matplotlib') if m in sys.modules)\n"
        "print('RESULT', json.dumps([code, heavy]))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=False, cwd=project)
    assert result.returncode == 0, result.stderr
    assert statuses(result.stdout) == {"hello": "skipped", "hello--lang-en": "skipped"}
    # no wall-clock limit here (it failed on a loaded machine): the speed of a no-op build is
    # benchmarks/build.py's; what this test holds is that nothing heavy is imported
    code, heavy = json.loads(result.stdout.split("RESULT")[1])
    assert code == 0 and heavy == [], result.stdout
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.html")} == html


def test_a_missing_output_is_rebuilt(project: Path, capsys) -> None:
    assert run(capsys)[0] == 0
    (project / "reports" / "hello--lang-en.html").unlink()
    code, status, _ = run(capsys)
    assert code == 0
    assert status == {"hello": "skipped", "hello--lang-en": "built"}
    assert (project / "reports" / "hello--lang-en.html").is_file()


def test_a_changed_corpus_rebuilds_every_job_on_it(project: Path, capsys) -> None:
    assert run(capsys)[0] == 0
    add_article(project)
    code, status, _ = run(capsys)
    assert code == 0
    assert status == {"hello": "built", "hello--lang-en": "built"}
    assert "Articles in the corpus: 2" in (project / "reports" / "hello--lang-en.html").read_text()
    assert "Статей в корпусе: 2" in (project / "reports" / "hello.html").read_text()


def test_a_changed_parameter_rebuilds_only_that_job(project: Path, capsys) -> None:
    assert run(capsys)[0] == 0
    (project / "reports.toml").write_text(
        TWO_LANGS.replace('{ lang = "en" }', '{ lang = "en", title = "Second" }'),
        encoding="utf-8")
    code, status, _ = run(capsys)
    assert code == 0
    assert status == {"hello": "skipped", "hello--lang-en--title-second": "built"}
    # the job that left the set is forgotten by the manifest, its files stay on disk
    names = {e["name"] for e in manifest()["jobs"].values()}
    assert names == {"hello", "hello--lang-en--title-second"}
    assert (project / "reports" / "hello--lang-en.html").is_file()
    index = (project / "reports" / "index.html").read_text()
    assert "hello--lang-en--title-second.html" in index and 'href="hello--lang-en.html"' not in index


def test_only_builds_the_matching_jobs_and_force_rebuilds(project: Path, capsys) -> None:
    code, status, _ = run(capsys, only="*--lang-en")
    assert code == 0 and status == {"hello--lang-en": "built"}
    assert not (project / "reports" / "hello.html").exists()
    code, status, _ = run(capsys, only="hello--lang-en")
    assert status == {"hello--lang-en": "skipped"}
    code, status, _ = run(capsys, only="hello--lang-en", force=True)
    assert status == {"hello--lang-en": "built"}
    assert build.run_build(config=Path("reports.toml"), out=Path("reports"), only="nothing*") == 2
    assert "no job matches" in capsys.readouterr().err


# --- failures ----------------------------------------------------------------------------------


def break_notebook(path: Path, cell: int, source: str) -> None:
    nb = nbformat.read(path, as_version=4)
    nb.cells[cell].source = source
    nbformat.write(nb, path)


def test_a_failing_job_does_not_stop_the_others(project: Path, capsys) -> None:
    shutil.copy(project / "notebooks" / "hello.ipynb", project / "notebooks" / "other.ipynb")
    (project / "reports.toml").write_text(TWO_LANGS + """
[[report]]
notebook = "notebooks/other.ipynb"
""", encoding="utf-8")
    assert run(capsys)[0] == 0
    out = project / "reports"
    good_other = (out / "other.html").read_bytes()
    other_files = {p.name: p.read_bytes() for p in out.glob("other.*")}

    break_notebook(project / "notebooks" / "other.ipynb", 3,
                   "raise ValueError('broken on purpose')")
    add_article(project)  # so that the good jobs have something new to write
    code, status, summary = run(capsys)
    assert code == 1
    assert status == {"hello": "built", "hello--lang-en": "built", "other": "failed"}
    failure = [line for line in summary.splitlines() if line.startswith("FAILED")]
    assert len(failure) == 1
    assert "other" in failure[0] and "cell 3" in failure[0]
    assert "ValueError: broken on purpose" in failure[0]
    # the good jobs were written, the failed one kept its earlier good files
    assert "Articles in the corpus: 2" in (out / "hello--lang-en.html").read_text()
    assert {p.name: p.read_bytes() for p in out.glob("other.*")} == other_files
    assert (out / "other.html").read_bytes() == good_other
    # the index still links the last good render; the failure is retried next time
    assert 'href="other.html"' in (out / "index.html").read_text()
    code, status, _ = run(capsys)
    assert code == 1 and status["other"] == "failed" and status["hello"] == "skipped"


def test_a_bad_parameter_fails_that_job_before_it_runs(project: Path, capsys) -> None:
    (project / "reports.toml").write_text(TWO_LANGS + """
[[report]]
notebook = "notebooks/hello.ipynb"
params = { lang = "fr" }
""", encoding="utf-8")
    code, status, summary = run(capsys)
    assert code == 1
    assert status["hello"] == "built" and status["hello--lang-en"] == "built"
    assert "lang='fr'" in summary and "before execution" in summary
    assert not list((project / "reports").glob("*fr*"))


# --- two builds at once ------------------------------------------------------------------------


def test_two_builds_started_at_once_do_not_corrupt_each_other(project: Path) -> None:
    cmd = [sys.executable, "-c", PIN + "sys.exit(build.main(['--jobs', '1']))"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    procs = [subprocess.Popen(cmd, cwd=project, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    per_build = [statuses(out) for out, _ in results]
    # every job was rendered exactly once: the second build waited, then found it done
    for job in ("hello", "hello--lang-en"):
        assert sorted(s[job] for s in per_build) == ["built", "skipped"], per_build
    assert any("waiting" in err for _, err in results)
    data = manifest(project / "reports")
    assert {e["name"] for e in data["jobs"].values()} == {"hello", "hello--lang-en"}
    for entry in data["jobs"].values():
        for rel in entry["outputs"].values():
            assert (project / "reports" / rel).stat().st_size > 0
    html = (project / "reports" / "hello.html").read_text()
    assert html.rstrip().endswith("</html>")
    nbformat.validate(nbformat.read(project / "reports" / "hello.ipynb", as_version=4))
    assert not list((project / "reports").glob(".*.tmp"))


# --- reproducibility and the index -------------------------------------------------------------


def test_a_forced_rebuild_writes_byte_identical_files(project: Path, capsys) -> None:
    (project / "reports.toml").write_text(TWO_LANGS.replace('["html"]', '["html", "pdf"]'),
                                          encoding="utf-8")
    assert run(capsys)[0] == 0
    out = project / "reports"
    first = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in {".html", ".ipynb",
                                                                          ".pdf"}}
    assert len(first) == 7  # 2 jobs × (html, pdf, ipynb) + index.html
    time.sleep(1.1)  # a wall-clock timestamp anywhere would now differ
    code, status, _ = run(capsys, force=True)
    assert code == 0 and set(status.values()) == {"built"}
    second = {p.name: p.read_bytes() for p in out.iterdir() if p.name in first}
    for name in first:
        if not name.endswith(".ipynb"):
            assert second[name] == first[name], name  # HTML (the contract), PDF, the index
    for name in (n for n in first if n.endswith(".ipynb")):
        # papermill gives its injected-parameters cell a random id; all else must match
        assert _without_ids(second[name]) == _without_ids(first[name]), name


def _without_ids(raw: bytes) -> dict:
    nb = json.loads(raw)
    for cell in nb["cells"]:
        cell.pop("id", None)
    return nb


def test_the_index_lists_every_output(project: Path, capsys) -> None:
    (project / "reports.toml").write_text(TWO_LANGS + """
[[report]]
notebook = "notebooks/hello.ipynb"
params = { title = "A & B <i>" }
formats = ["html", "pdf"]
""", encoding="utf-8")
    assert run(capsys)[0] == 0
    out = project / "reports"
    index = (out / "index.html").read_text(encoding="utf-8")
    data = manifest(out)
    assert len(data["jobs"]) == 3
    links = set(re.findall(r'href="([^"]+)"', index))
    for entry in data["jobs"].values():
        assert set(entry["outputs"]) >= {"html", "ipynb"}
        for rel in entry["outputs"].values():
            assert rel in links, rel
            assert (out / rel).is_file()
        assert entry["data_as_of"] == "2023-07-16"  # the fixture article's date
    assert index.count("2023-07-16") == 3
    assert "hello--title-a-b-i.pdf" in links
    # every file of the folder that is a briefing is linked, and every table to take away
    briefings = {p.name for p in out.iterdir() if p.suffix in {".html", ".pdf", ".ipynb"}}
    tables = {f"tables/{p.name}" for p in (out / "tables").iterdir()}
    assert (briefings - {"index.html"}) | tables == links
    for entry in data["jobs"].values():  # each briefing's figures and projects, both formats
        assert {"figures-csv", "figures-xlsx", "projects-csv", "projects-xlsx"} <= set(
            entry["outputs"])
    assert {"tables/corpus-corpus--figures.csv", "tables/corpus-corpus--projects.xlsx",
            "tables/corpus-corpus--articles.csv"} <= links
    # parameters shown, text escaped, self-contained
    assert "<code>title=A &amp; B &lt;i&gt;</code>" in index
    assert "<i>" not in index
    assert "<script" not in index and "http" not in index


def test_render_index_is_deterministic_and_escapes() -> None:
    rows = [{"name": "x", "title": "<b>Заголовок</b>", "params": {"region": "Кемеровская область"},
             "data_as_of": "2024-05-01", "outputs": {"html": "x y.html", "pdf": "x y.pdf"}}]
    page = build.render_index(rows)
    assert page == build.render_index(rows)
    assert "&lt;b&gt;Заголовок&lt;/b&gt;" in page
    assert 'href="x%20y.html"' in page and 'href="x%20y.pdf"' in page
    assert "Notebook" not in page.split("<tbody>")[1]  # no ipynb, no link to it
    assert "No briefing" in build.render_index([])
    # the set's briefings are mostly Russian: every heading says it in Russian too
    assert "Аналитические записки" in page and "Данные на" in page and 'lang="ru"' in page


# --- the real report set -----------------------------------------------------------------------


def test_the_default_report_set_covers_the_briefings_and_every_region_with_a_project(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis import entities
    from analysis import render as report
    from analysis.tables import dataset

    monkeypatch.chdir(ROOT)
    report_set = build.load_report_set(ROOT / "reports.toml")
    jobs = build.expand(report_set, build.compute_corpus_info)
    names = [report.output_stem(j.notebook, build.render_params(j)) for j in jobs]
    for stem in ("briefing", "briefing--lang-en", "trade_volumes", "localization_projects",
                 "investments"):
        assert stem in names
    ds = dataset.cached(ROOT / "seeds")
    regions = {entities.normalize_region(r) for r in ds.projects["region"].dropna()} - {None}
    assert regions, "the seeds should hold at least one regional project"
    regional = {j.params["region"] for j in jobs if "region" in j.params}
    assert regional == regions
    assert all(j.formats == ("html", "pdf") for j in jobs)
    assert len(set(names)) == len(names)
    for stem in names:
        assert re.fullmatch(r"[a-z0-9_]+(--[a-z0-9_]+-[a-z0-9-]+)*", stem), stem
    for job in jobs:
        report.validate_params(job.notebook, build.render_params(job))


def test_two_reports_with_the_same_output_name_are_refused(project: Path, capsys) -> None:
    # lang="ru" is the notebook's default, so both parameter sets would write hello.*
    (project / "reports.toml").write_text(TWO_LANGS.replace('{ lang = "en" }', "{}"),
                                          encoding="utf-8")
    assert build.run_build(config=Path("reports.toml"), out=Path("reports")) == 2
    err = capsys.readouterr().err
    assert "hello.*" in err and "lang=ru" in err
    assert not list((project / "reports").glob("*.html"))


def test_only_matches_stems_notebooks_and_parameters(tmp_path: Path) -> None:
    job = build.Job(tmp_path / "nb.ipynb", "notebooks/briefing.ipynb",
                    {"corpus": "seeds", "region": "Кемеровская область"}, ("html",), None,
                    name="briefing--region-kemerovskaya-oblast")
    for pattern in ("briefing--region-*", "briefing", "notebooks/*.ipynb", "*Кемеровская*",
                    ["nothing", "*kemerovskaya*"]):
        assert job.matches(pattern), pattern
    for pattern in ("investments", "*Смоленская*", "briefing--lang-en"):
        assert not job.matches(pattern), pattern
    assert job.matches(None)


def test_a_real_briefing_of_the_default_set_builds_and_is_indexed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from analysis.tables import dataset

    monkeypatch.chdir(ROOT)
    out = tmp_path / "reports"
    code, status, _ = run(capsys, config=ROOT / "reports.toml", out=out, only="investments")
    assert code == 0 and status == {"investments": "built"}
    entry = next(iter(manifest(out)["jobs"].values()))
    assert set(entry["outputs"]) == {"html", "pdf", "ipynb", "figures-csv", "figures-xlsx",
                                     "projects-csv", "projects-xlsx"}
    figures = pd.read_csv(out / entry["outputs"]["figures-csv"], encoding="utf-8-sig")
    # the investments briefing's own figures: investment, credit and financing, and (in a
    # section of their own) agreement sums and production values, each cited; no trade
    assert len(figures) and set(figures["metric"]) <= {"investment", "credit", "financing",
                                                       "agreements", "production"}
    assert {"investment", "credit"} <= set(figures["metric"])
    assert figures["sentence"].notna().all() and figures["title"].notna().all()
    assert entry["data_as_of"] == dataset.cached(ROOT / "seeds").data_as_of
    assert entry["title"] and entry["title"] != "investments"
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="investments.pdf"' in index and entry["data_as_of"] in index
    assert (out / "investments.pdf").read_bytes().startswith(b"%PDF")


def test_a_damaged_manifest_means_a_full_rebuild_not_a_crash(tmp_path: Path, capsys) -> None:
    (tmp_path / build.MANIFEST_NAME).write_text('{"version": 1, "jobs": {', encoding="utf-8")
    assert build.read_manifest(tmp_path)["jobs"] == {}
    assert "unreadable" in capsys.readouterr().err
    build.write_manifest(tmp_path, {"version": 1, "jobs": {"k": {"name": "x"}}, "corpora": {}})
    assert build.read_manifest(tmp_path)["jobs"] == {"k": {"name": "x"}}
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


def test_the_ci_workflow_builds_the_briefings_and_uploads_reports() -> None:
    import yaml

    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "briefings.yml").read_text())
    steps = {name: job["steps"] for name, job in flow["jobs"].items()}
    runs = {name: " ".join(s.get("run", "") for s in st) for name, st in steps.items()}
    uses = {name: [s.get("uses", "") for s in st] for name, st in steps.items()}
    assert any("make briefings" in r for r in runs.values())
    assert any("make test" in r for r in runs.values())
    for name in steps:
        assert any(u.startswith("actions/checkout@") for u in uses[name])
        setup = next(s for s in steps[name] if s.get("uses", "").startswith("actions/setup-python"))
        assert str(setup["with"]["python-version"]) == "3.11"
    build_job = next(n for n, r in runs.items() if "make briefings" in r)
    upload = next(s for s in steps[build_job]
                  if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"].rstrip("/") == "reports"
    assert upload.get("if") == "always()"  # a failed job still publishes the good briefings


def test_the_overview_says_what_is_new_since_the_previous_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    later = sorted(SEEDS.glob("*.txt"))
    for path in later[:2] + later[3:]:  # the Smolensk article (294 bn RUB) comes later
        shutil.copy(path, corpus / path.name)
    (tmp_path / "reports.toml").write_text(
        f'[[report]]\nnotebook = "{ROOT / "notebooks" / "briefing.ipynb"}"\n'
        f'params = {{ corpus = "{corpus}" }}\nformats = ["html"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "reports"
    assert run(capsys, out=out)[0] == 0
    outputs = next(iter(manifest(out)["jobs"].values()))["outputs"]
    first = (out / outputs["html"]).read_text(encoding="utf-8")
    assert "Что нового" in first and "первая сборка" in first
    assert (out / outputs["figures-csv"]).is_file()

    shutil.copy(later[2], corpus / later[2].name)
    assert set(run(capsys, out=out)[1].values()) == {"built"}
    second = (out / outputs["html"]).read_text(encoding="utf-8")
    news = second[second.index("Что нового"):second.index("</section>", second.index("Что нового"))]
    assert "Новые цифры" in news and "294" in news
    assert "первая сборка" not in news
