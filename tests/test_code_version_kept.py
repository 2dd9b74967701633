"""The code version a `briefing extract` process takes from the last one (`tables.fingerprints`):
while every file it hashed has the same stat and none was added or removed, the answer is
read, not hashed again; any change to a file of the package hashes it again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import exitstore
from analysis.tables import fingerprints
from analysis.tables.fingerprints import code_version

PACKAGE = Path(fingerprints.__file__).resolve().parents[1]


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "analysis"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprints, "_SETTLED_NS", 0)  # the copy's files were just made
    exitstore.keep_between_processes(tmp_path / "startup")
    yield copy
    exitstore.stop_keeping()


def _next_process(package: Path) -> None:
    exitstore.stop_keeping()  # what the process added is written at its end
    exitstore.keep_between_processes(package.parent / "startup")


def test_a_later_process_reads_the_version_while_no_file_changed(package, monkeypatch) -> None:
    hashed = fingerprints._hashed_code(package)
    assert code_version(package) == hashed
    _next_process(package)
    monkeypatch.setattr(fingerprints, "_hashed_code", lambda *a, **k: pytest.fail("hashed again"))
    assert code_version(package) == hashed


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_a_changed_added_or_removed_file_is_hashed_again(package, change) -> None:
    before = code_version(package)
    _next_process(package)
    rule = package / "data" / "figure_rules.json"
    if change == "edit":
        rule.write_text(rule.read_text(encoding="utf-8") + " ", encoding="utf-8")
    elif change == "add":
        (package / "data" / "new_words.json").write_text("[]", encoding="utf-8")
    else:
        rule.unlink()
    after = code_version(package)
    assert after != before and after == fingerprints._hashed_code(package)


def test_a_file_changed_just_now_is_not_kept(package, monkeypatch) -> None:
    monkeypatch.setattr(fingerprints, "_SETTLED_NS", 10**18)  # every file «just changed»
    code_version(package)
    _next_process(package)
    calls = []
    real = fingerprints._hashed_code
    monkeypatch.setattr(fingerprints, "_hashed_code", lambda *a: calls.append(1) or real(*a))
    assert code_version(package) == real(package) and calls


def test_without_the_exit_stores_the_files_are_hashed() -> None:
    assert exitstore.exit_store(fingerprints.CODE_FILES_STORE, "x", 4) is None
    assert code_version() == fingerprints._hashed_code(fingerprints.PACKAGE_DIR)
