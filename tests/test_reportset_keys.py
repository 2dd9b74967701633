"""A report set's misspelled keys are refused, wherever they stand (session 36).

A new user's `parmas = { corpus = … }` in `[defaults]` was ignored: the build briefed the
seeds instead of their corpus and exited 0. Unknown keys of `[defaults]`, of every
`[[report]]` and of the file's top level are named together, each with a did-you-mean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.build.reportset import ConfigError, load_report_set

REPORT = '[[report]]\nnotebook = "brief.ipynb"\n'


def _refusal(tmp_path: Path, text: str) -> str:
    (tmp_path / "brief.ipynb").write_text("{}", encoding="utf-8")
    config = tmp_path / "reports.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_report_set(config)
    return str(caught.value)


def test_a_misspelled_defaults_key_is_refused_with_its_file_table_and_hint(tmp_path: Path) -> None:
    message = _refusal(tmp_path, '[defaults]\nparmas = { corpus = "my_articles" }\n' + REPORT)
    assert str(tmp_path / "reports.toml") in message
    assert "[defaults]" in message
    assert "parmas (did you mean params?)" in message


def test_every_unknown_key_of_defaults_and_reports_is_named(tmp_path: Path) -> None:
    message = _refusal(tmp_path, '[defaults]\nfromats = ["pdf"]\n'
                                 '[[report]]\nnotebook = "brief.ipynb"\nparms = {}\nfor_eahc = {}\n')
    assert "fromats (did you mean formats?)" in message
    assert "report #1" in message
    assert "parms (did you mean params?)" in message
    assert "for_eahc (did you mean for_each?)" in message


def test_a_misspelled_table_name_is_refused(tmp_path: Path) -> None:
    message = _refusal(tmp_path, '[defualts]\nformats = ["html"]\n' + REPORT)
    assert "defualts (did you mean defaults?)" in message


def test_a_key_with_nothing_near_is_named_with_the_known_keys(tmp_path: Path) -> None:
    message = _refusal(tmp_path, '[defaults]\ncolour = "blue"\n' + REPORT)
    assert "unknown key(s) colour; use formats, params" in message


def test_known_keys_still_load(tmp_path: Path) -> None:
    (tmp_path / "brief.ipynb").write_text("{}", encoding="utf-8")
    config = tmp_path / "reports.toml"
    config.write_text('[defaults]\nformats = ["html"]\nparams = { lang = "ru" }\n' + REPORT,
                      encoding="utf-8")
    loaded = load_report_set(config)
    assert loaded.entries[0].params == ({"lang": "ru"},)
    assert loaded.entries[0].formats == ("html",)
