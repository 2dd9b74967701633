"""analysis.cues: the rule tables, lemmas and cue matching of the project register."""

from __future__ import annotations

import pytest

from analysis.projects.cues import _cue_hits, _cues, _tokens, _words
from analysis.projects.register import KINDS, STATUS_RANK


def _hits(text: str) -> set[tuple[str, str]]:
    return {(c.field, c.value) for c, _, _ in _cue_hits(_tokens(text, 0, len(text)))}


def test_cue_table_values_are_kinds_and_statuses():
    cues = _cues()
    assert cues
    assert {c.value for c in cues if c.field == "kind"} <= set(KINDS)
    assert {c.value for c in cues if c.field == "status"} <= set(STATUS_RANK)


def test_word_lists_are_loaded_by_name():
    assert {"партнер", "сторона"} <= _words("parties")
    assert "импорт" in _words("trade")
    with pytest.raises(StopIteration):
        _words("no such list")


def test_tokens_carry_lemmas_and_offsets():
    text = "Заводы собирают тракторы"
    toks = _tokens(text, 7, len(text))
    assert [t.lemma for t in toks] == ["собирать", "трактор"]
    assert [text[t.start:t.end] for t in toks] == ["собирают", "тракторы"]


@pytest.mark.parametrize(("text", "cue"), [
    ("Стороны подписали соглашение о сборке тракторов МТЗ.", ("kind", "assembly")),
    ("Стороны подписали соглашение о сборке тракторов МТЗ.", ("status", "agreed")),
    ("Белшина и Кордиант ведут совместную разработку шины.", ("kind", "joint_development")),
    # a hyphenated compound matches by its head
    ("В Тосно начал работу дилерско-сервисный центр.", ("kind", "service_center")),
    ("В Тосно начал работу дилерско-сервисный центр.", ("status", "operating")),
])
def test_cue_hits(text, cue):
    assert cue in _hits(text)


def test_no_cue_in_plain_text():
    assert _hits("Погода в Минске была солнечной.") == set()
