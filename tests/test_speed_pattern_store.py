"""Compiled regular expressions kept between processes (`analysis.patternstore`): a stored
program makes the pattern `re.compile` makes; a damaged, foreign or missing store only means
compiling as usual; the package's pattern sources are the same in every process."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import lazypattern, patternstore
from analysis.patternstore import PatternStore, compile_pattern, keep_patterns, store_name

SRC = Path(__file__).resolve().parents[1] / "src"
SOURCE = r"(?P<num>\d+(?:[.,]\d+)?)[ \u00a0]*(?P<scale>млн|млрд)\.?(?=\s|$)"
TEXT = "Выручка составила 12,5 млрд рублей, прибыль — 300 млн."


@pytest.fixture(autouse=True)
def no_store_left_behind():
    yield
    patternstore.forget_patterns()


def _same(made: re.Pattern[str], flags: int = 0) -> None:
    real = re.compile(made.pattern, flags)
    # a pattern's equality compares its flags, source and compiled program
    assert made == real
    assert made.groupindex == real.groupindex and made.groups == real.groups
    assert [m.groupdict() for m in made.finditer(TEXT)] == [m.groupdict() for m in real.finditer(TEXT)]


def test_a_stored_program_makes_the_pattern_re_makes(tmp_path) -> None:
    store = PatternStore(tmp_path / store_name())
    first = store.compile(SOURCE, re.IGNORECASE)
    assert store.added == 1
    _same(first, re.IGNORECASE)
    store.save()
    assert (tmp_path / store_name()).is_file() and store.added == 0

    again = PatternStore(tmp_path / store_name())
    read = again.compile(SOURCE, re.IGNORECASE)
    assert again.added == 0  # the program came from the file
    _same(read, re.IGNORECASE)
    assert read.search(TEXT).group("scale") == "млрд"


def test_a_pattern_the_store_lacks_is_compiled_and_added(tmp_path) -> None:
    path = tmp_path / store_name()
    store = PatternStore(path)
    store.compile(SOURCE)
    store.save()
    later = PatternStore(path)
    _same(later.compile(r"(?m)^Итого:\s*(\d+)", re.MULTILINE), re.MULTILINE)
    assert later.added == 1
    later.save()
    assert len(PatternStore(path).programs) == 2  # the file kept both


def test_the_same_source_with_other_flags_is_another_program(tmp_path) -> None:
    store = PatternStore(tmp_path / store_name())
    plain, folded = store.compile("млн"), store.compile("млн", re.IGNORECASE)
    assert plain.search("МЛН") is None and folded.search("МЛН") is not None
    assert store.added == 2


def test_a_damaged_store_compiles_as_usual(tmp_path) -> None:
    path = tmp_path / store_name()
    path.write_bytes(b"\x00not a marshal file")
    store = PatternStore(path)
    _same(store.compile(SOURCE))
    # a program the engine rejects is compiled again, and the good one replaces it
    bad = PatternStore(path)
    flags, code, groups, groupindex, indexgroup = store.programs[(SOURCE, 0)]
    bad.programs[(SOURCE, 0)] = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)
    _same(bad.compile(SOURCE))
    assert bad.added == 1


def test_the_file_is_named_for_the_engine_that_reads_it() -> None:
    import _sre

    name = store_name()
    assert str(_sre.MAGIC) in name and "".join(map(str, sys.version_info[:3])) in name


def test_bytes_patterns_are_compiled_but_not_stored(tmp_path) -> None:
    store = PatternStore(tmp_path / store_name())
    assert store.compile(rb"\d+").search(b"ab 12").group() == b"12"
    assert store.added == 0 and not store.programs


def test_a_store_grown_too_large_keeps_what_the_process_used(tmp_path, monkeypatch) -> None:
    path = tmp_path / store_name()
    monkeypatch.setattr(patternstore, "MAX_ENTRIES", 3)
    old = PatternStore(path)
    for k in range(3):
        old.compile(f"старый{k}")
    old.save()
    new = PatternStore(path)
    new.compile("старый0")
    new.compile("новый")
    new.save()
    assert sorted(PatternStore(path).programs) == [("новый", 0), ("старый0", 0)]


def test_lazy_patterns_compile_through_the_store_once_it_is_kept(tmp_path) -> None:
    assert compile_pattern("x+") == re.compile("x+")  # no store: re.compile itself
    store = keep_patterns(tmp_path)
    lazy = lazypattern.lazy_compile(SOURCE, re.IGNORECASE)
    assert lazy.search(TEXT).group("num") == "12,5"
    assert (SOURCE, re.IGNORECASE) in store.programs and store.added == 1
    assert keep_patterns(tmp_path) is store  # one store a process
    patternstore._save_at_exit()
    assert (tmp_path / store_name()).is_file()
    assert (SOURCE, int(re.IGNORECASE)) in marshal.loads((tmp_path / store_name()).read_bytes())


def _core_source(seed: str) -> str:
    probe = ("from analysis.money import grammar; from analysis.figures import figure_rules\n"
             "import hashlib\n"
             "sources = [grammar.CORE.pattern, figure_rules().partial_period.pattern]\n"
             "print(hashlib.sha256(repr(sources).encode()).hexdigest())\n")
    env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, env=env).stdout.strip()


def test_the_largest_patterns_have_one_source_in_every_process() -> None:
    # built from sets of words: equal lengths in a fixed order, so a stored program is found
    # again by the next process whatever its string hashing
    assert _core_source("1") == _core_source("2") == _core_source("12345")
