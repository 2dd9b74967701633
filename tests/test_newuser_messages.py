"""What a new user met on a fresh clone (session 13): messages that named the wrong trouble."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import atomic
from analysis.cli import _parser
from analysis.render.exceptions import ParameterError
from analysis.render.params import check_params

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "briefing.ipynb"


def test_a_virtual_file_system_is_not_called_full(tmp_path: Path, monkeypatch) -> None:
    """`--out /proc/nope` said «is full (0.0 MB free, 8 MB needed)» and exited 1: /proc is
    no disk, and an output folder that cannot be written to exits 2."""
    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(0, 0, 0))
    with pytest.raises(atomic.OutputFolderError) as exc:
        atomic.check_output_folder(tmp_path / "out")
    assert "virtual file system" in str(exc.value) and not exc.value.full


def test_an_absolute_corpus_path_is_not_looked_for_above_the_notebooks() -> None:
    with pytest.raises(ParameterError) as exc:
        check_params(NOTEBOOK, {"corpus": "/no/such/corpus/folder"})
    assert "'/no/such/corpus/folder': no such folder" in str(exc.value)
    assert "above" not in str(exc.value).split("Valid parameters")[0]


def test_render_help_shows_its_defaults() -> None:
    sub = _parser()._subparsers._group_actions[0].choices["render"].format_help()
    assert "default: reports/" in sub and "default: html,pdf" in sub


def test_render_help_names_every_notebook_parameter_and_how_to_brief_a_folder() -> None:
    """Session 26: `briefing render --help` said only «notebook parameter (repeatable)»; a new
    user had to find `papermill --help-notebook` in the README to learn `corpus`."""
    from analysis.render.params import notebook_parameters

    sub = _parser()._subparsers._group_actions[0].choices["render"].format_help()
    for notebook in sorted(NOTEBOOK.parent.glob("*.ipynb")):
        assert notebook.name in sub
        for name in notebook_parameters(notebook):
            assert f"  {name}" in sub or f", {name}" in sub, name
    assert "-p corpus" in sub and "briefing build --config" in sub


def test_a_misspelt_notebook_in_a_report_set_is_named_with_the_one_meant(tmp_path: Path) -> None:
    """Session 26: «notebook …/trade_volume.ipynb not found» said nothing of where it was
    looked for nor which notebooks there are."""
    from analysis.build.reportset import ConfigError, load_report_set

    (tmp_path / "nb").mkdir()
    for name in ("overview.ipynb", "trade_volumes.ipynb"):
        shutil.copy(NOTEBOOK, tmp_path / "nb" / name)
    config = tmp_path / "set.toml"
    config.write_text("[[report]]\nnotebook = 'nb/trade_volume.ipynb'\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_report_set(config)
    assert "did you mean trade_volumes.ipynb?" in str(exc.value)
    assert "relative to the report set's folder" in str(exc.value)
    config.write_text("[[report]]\nnotebook = 'nb/zzz.ipynb'\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_report_set(config)
    assert "holds overview.ipynb, trade_volumes.ipynb" in str(exc.value)
