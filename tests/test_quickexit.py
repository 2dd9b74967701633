"""`analysis.quickexit.leave` and the command line's use of it: the exit handlers run, the
streams are flushed, the status is kept; a running thread is waited for as usual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
from conftest import ROOT


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin",
                               "BRIEFING_STARTUP_CACHE": str(cwd / "startup")})


def test_leave_runs_the_exit_handlers_and_keeps_the_status(tmp_path: Path) -> None:
    run = _python("import atexit, sys\n"
                  "atexit.register(lambda: print('handler ran'))\n"
                  "from analysis.quickexit import leave\n"
                  "print('before', end=' '); print('to stderr', file=sys.stderr, end='')\n"
                  "leave(3)\n"
                  "print('never')", tmp_path)
    assert run.returncode == 3
    assert run.stdout == "before handler ran\n"
    assert run.stderr == "to stderr"


def test_leave_waits_for_a_running_thread(tmp_path: Path) -> None:
    run = _python("import threading, time\n"
                  "from pathlib import Path\n"
                  "from analysis.quickexit import leave\n"
                  "def late():\n"
                  "    time.sleep(0.3); Path('done').write_text('x')\n"
                  "threading.Thread(target=late).start()\n"
                  "leave(0)", tmp_path)
    assert run.returncode == 0
    assert (tmp_path / "done").read_text() == "x"


def test_extract_as_a_process_writes_every_table_and_says_so(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Смоленская область и Витебская область договорились.\n"
                                  "В 2024 году товарооборот составил 1,2 млрд долларов.\n",
                                  encoding="utf-8")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "analysis", "extract", str(corpus), "--out", str(out),
                          "--no-cache", "--no-ner", "--jobs", "1"], capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin",
                              "BRIEFING_STARTUP_CACHE": str(tmp_path / "startup")})
    assert run.returncode == 0, run.stderr
    assert run.stdout.rstrip().splitlines()[-1].startswith(f"tables written to {out}/")
    assert pd.read_csv(out / "amounts.csv")["value"].tolist() == [1.2e9]
    assert (out / "meta.json").is_file()


def test_collect_less_raises_the_thresholds_and_gives_the_old_ones() -> None:
    import gc

    from analysis.collector import OLDER, YOUNG, collect_less

    before = gc.get_threshold()
    try:
        assert collect_less() == before
        assert gc.get_threshold() == (YOUNG, OLDER, OLDER)
    finally:
        gc.set_threshold(*before)


def test_an_extract_process_runs_with_fewer_collections(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("В 2024 году товарооборот составил 1,2 млрд долларов.\n",
                                  encoding="utf-8")
    run = _python("import atexit, gc, sys\n"
                  "atexit.register(lambda: print('thresholds', gc.get_threshold()))\n"
                  f"sys.argv = ['briefing', 'extract', {str(corpus)!r}, '--out', 'out', '--no-cache',"
                  " '--no-ner', '--jobs', '1']\n"
                  "from analysis.cli import entry\n"
                  "entry()", tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "thresholds (10000, 50, 50)"
    assert (tmp_path / "out" / "amounts.csv").is_file()


def _extract_reporting_the_collector(corpus: Path, cwd: Path, *more: str) -> subprocess.CompletedProcess:
    return _python("import atexit, gc, sys\n"
                   "atexit.register(lambda: print('collector on', gc.isenabled()))\n"
                   f"sys.argv = ['briefing', 'extract', {str(corpus)!r}, '--out', 'out', '--cache',"
                   f" 'cache', '--no-ner', '--jobs', '1', *{list(more)!r}]\n"
                   "from analysis.cli import entry\n"
                   "entry()", cwd)


def test_an_extract_process_of_few_new_articles_stops_the_collector_and_many_keep_it(
        tmp_path: Path) -> None:
    from analysis.collector import FEW_NEW

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(FEW_NEW + 1):
        (corpus / f"a{i:03}.txt").write_text(f"Выпуск {i}. Товарооборот составил {i + 1},2 млрд "
                                             "долларов.\n", encoding="utf-8")
    many = _extract_reporting_the_collector(corpus, tmp_path)
    assert many.returncode == 0, many.stderr
    assert many.stdout.splitlines()[-1] == "collector on True"  # 65 articles extracted
    (corpus / "added.txt").write_text("Выпуск добавленный. Инвестиции составят 3 млрд рублей.\n",
                                      encoding="utf-8")
    few = _extract_reporting_the_collector(corpus, tmp_path)
    assert few.returncode == 0, few.stderr
    assert few.stdout.splitlines()[-1] == "collector on False"  # one article new
    assert (tmp_path / "out" / "amounts.csv").is_file()


def test_pause_for_few_acts_only_in_a_process_that_ends_with_its_command() -> None:
    import gc

    from analysis.collector import FEW_NEW, collect_less, pause_for_few

    before = gc.get_threshold()
    try:
        collect_less()  # as a watcher or a library caller: never stopped
        assert not pause_for_few(1) and gc.isenabled()
        collect_less(pausable=True)
        assert not pause_for_few(FEW_NEW + 1) and gc.isenabled()
        assert pause_for_few(FEW_NEW) and not gc.isenabled()
    finally:
        gc.enable()
        collect_less()
        gc.set_threshold(*before)
