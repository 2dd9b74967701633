"""Values kept between processes (`analysis.exitstore`): compiled regular expressions
(`analysis.patternstore`) and word analyses (`projects.cues.analyse`). A kept value gives
what computing it gives; a damaged, foreign or missing store only means computing as usual;
the package's pattern sources are the same in every process."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import exitstore, lazypattern, patternstore
from analysis.exitstore import ExitStore, exit_store, keep_between_processes
from analysis.patternstore import STORE, compile_pattern, compile_through, engine_key
from analysis.projects import cues

SRC = Path(__file__).resolve().parents[1] / "src"
SOURCE = r"(?P<num>\d+(?:[.,]\d+)?)[ \u00a0]*(?P<scale>млн|млрд)\.?(?=\s|$)"
TEXT = "Выручка составила 12,5 млрд рублей, прибыль — 300 млн."


@pytest.fixture(autouse=True)
def no_store_left_behind():
    exitstore.stop_keeping()  # an earlier test in this process may have run `briefing extract`
    yield
    exitstore.stop_keeping()


def _same(made: re.Pattern[str], flags: int = 0) -> None:
    real = re.compile(made.pattern, flags)
    # a pattern's equality compares its flags, source and compiled program: the stored one is
    # the program the package makes (re's own, or with its first characters told: the same
    # matches as re's)
    assert made == patternstore._engine(made.pattern, patternstore._program(made.pattern, flags))
    assert made.groupindex == real.groupindex and made.groups == real.groups
    assert [m.groupdict() for m in made.finditer(TEXT)] == [m.groupdict() for m in real.finditer(TEXT)]


def test_a_stored_program_makes_the_pattern_re_makes(tmp_path) -> None:
    path = tmp_path / "patterns.marshal"
    store = ExitStore(path, 100)
    first = compile_through(store, SOURCE, re.IGNORECASE)
    assert store.added == 1
    _same(first, re.IGNORECASE)
    store.save()
    assert path.is_file() and store.added == 0

    again = ExitStore(path, 100)
    read = compile_through(again, SOURCE, re.IGNORECASE)
    assert again.added == 0  # the program came from the file
    _same(read, re.IGNORECASE)
    assert read.search(TEXT).group("scale") == "млрд"


def test_a_pattern_the_store_lacks_is_compiled_and_added(tmp_path) -> None:
    path = tmp_path / "patterns.marshal"
    store = ExitStore(path, 100)
    compile_through(store, SOURCE)
    store.save()
    later = ExitStore(path, 100)
    _same(compile_through(later, r"(?m)^Итого:\s*(\d+)", re.MULTILINE), re.MULTILINE)
    assert later.added == 1
    later.save()
    assert len(ExitStore(path, 100).values) == 2  # the file kept both


def test_the_same_source_with_other_flags_is_another_program(tmp_path) -> None:
    store = ExitStore(tmp_path / "p.marshal", 100)
    plain, folded = compile_through(store, "млн"), compile_through(store, "млн", re.IGNORECASE)
    assert plain.search("МЛН") is None and folded.search("МЛН") is not None
    assert store.added == 2


def test_a_damaged_store_compiles_as_usual(tmp_path) -> None:
    path = tmp_path / "p.marshal"
    path.write_bytes(b"\x00not a marshal file")
    store = ExitStore(path, 100)
    _same(compile_through(store, SOURCE))
    # a program the engine rejects is compiled again, and the good one replaces it
    flags, code, groups, groupindex, indexgroup = store.values[(SOURCE, 0)]
    bad = ExitStore(path, 100)
    bad.values[(SOURCE, 0)] = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)
    _same(compile_through(bad, SOURCE))
    assert bad.added == 1


def test_programs_are_kept_for_the_engine_that_reads_them() -> None:
    import _sre

    key = engine_key()
    assert str(_sre.MAGIC) in key and "".join(map(str, sys.version_info[:3])) in key


def test_bytes_patterns_are_compiled_but_not_stored(tmp_path) -> None:
    store = ExitStore(tmp_path / "p.marshal", 100)
    assert compile_through(store, rb"\d+").search(b"ab 12").group() == b"12"
    assert store.added == 0 and not store.values


def test_a_store_grown_too_large_keeps_what_the_process_used(tmp_path) -> None:
    path = tmp_path / "p.marshal"
    old = ExitStore(path, 3)
    for k in range(3):
        compile_through(old, f"старый{k}")
    old.save()
    new = ExitStore(path, 3)
    compile_through(new, "старый0")
    compile_through(new, "новый")
    new.save()
    assert sorted(ExitStore(path, 3).values) == [("новый", 0), ("старый0", 0)]


def test_stores_are_used_only_once_kept_between_processes(tmp_path) -> None:
    assert exit_store(STORE, engine_key(), 10) is None
    assert compile_pattern("xy+") == re.compile("xy+")  # no store: compiled in the process
    keep_between_processes(tmp_path)
    store = exit_store(STORE, engine_key(), 10)
    assert store is not None and exit_store(STORE, engine_key(), 10) is store  # one a process
    lazy = lazypattern.lazy_compile(SOURCE, re.IGNORECASE)
    assert lazy.search(TEXT).group("num") == "12,5"
    assert (SOURCE, re.IGNORECASE) in store.values and store.added == 1
    exitstore.stop_keeping()  # what the process added is written
    written = marshal.loads((tmp_path / f"{STORE}-{engine_key()}.marshal").read_bytes())
    assert (SOURCE, int(re.IGNORECASE)) in written


def test_a_store_asked_again_is_the_one_of_the_folder_in_use(tmp_path) -> None:
    # stores are found by name and key without joining a path each time: moving to another
    # folder must still give that folder's store, not the one found before
    keep_between_processes(tmp_path / "first")
    first = exit_store(STORE, engine_key(), 10)
    assert exit_store(STORE, engine_key(), 10) is first
    assert exit_store(STORE, "another-key", 10) is not first
    keep_between_processes(tmp_path / "second")
    second = exit_store(STORE, engine_key(), 10)
    assert second is not first and second.path.parent == tmp_path / "second"
    exitstore.stop_keeping()
    keep_between_processes(tmp_path / "first")
    again = exit_store(STORE, engine_key(), 10)
    assert again is not first and again.path == first.path  # stopped: a new store, same file


def test_a_kept_word_analysis_is_the_one_pymorphy_gives(tmp_path) -> None:
    words = ["сборку", "тракторов", "белорусского", "производства", "в", "2025", "ёмкостей"]
    made = {w: cues.analyse.__wrapped__(w) for w in words}  # no store in use: parsed
    keep_between_processes(tmp_path)
    store = exit_store(cues.KEPT_ANALYSES, cues._analyses_key(), cues.KEPT_ANALYSES_MAX)
    assert [cues.analyse.__wrapped__(w) for w in words] == list(made.values())
    assert store.added == len(words)
    exitstore.stop_keeping()

    keep_between_processes(tmp_path)  # a later process: read, not parsed
    again = exit_store(cues.KEPT_ANALYSES, cues._analyses_key(), cues.KEPT_ANALYSES_MAX)
    read = {w: cues.analyse.__wrapped__(w) for w in words}
    assert read == made and again.added == 0 and again.used == set(words)
    assert all(isinstance(a.tags, frozenset) and a == made[w] for w, a in read.items())


def test_a_kept_word_analysis_that_is_not_one_is_parsed_again(tmp_path) -> None:
    keep_between_processes(tmp_path)
    store = exit_store(cues.KEPT_ANALYSES, cues._analyses_key(), cues.KEPT_ANALYSES_MAX)
    store.values["сборку"] = ("x", ("not", "a", "frozenset"), None)
    assert cues.analyse.__wrapped__("сборку").lemma == "сборка"


def _sources_digest(seed: str) -> str:
    probe = ("from analysis.money import grammar, year; from analysis.figures import figure_rules\n"
             "from analysis.projects import denied_places, streets\n"
             "import hashlib\n"
             "sources = [grammar.CORE.pattern, figure_rules().partial_period.pattern,\n"
             "           year.RELATIVE_YEARS, denied_places._denied_pattern().pattern,\n"
             "           [p.pattern for p in streets._street_patterns()]]\n"
             "print(hashlib.sha256(repr(sources).encode()).hexdigest())\n")
    env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, env=env).stdout.strip()


def test_the_largest_patterns_have_one_source_in_every_process() -> None:
    # built from sets of words: equal lengths in a fixed order, so a stored program is found
    # again by the next process whatever its string hashing
    assert _sources_digest("1") == _sources_digest("2") == _sources_digest("12345")
