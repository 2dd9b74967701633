"""analysis.projects.cues: the rule tables, lemmas and cue matching of the project register."""

from __future__ import annotations

import pytest

from analysis.projects.cues import cue_hits, cue_table, tokens, words
from analysis.vocab import KINDS, STATUS_RANK


def _hits(text: str) -> set[tuple[str, str]]:
    return {(h.cue.field, h.cue.value) for h in cue_hits(tokens(text, 0, len(text)))}


def test_cue_table_values_are_kinds_and_statuses():
    cues = cue_table()
    assert cues
    assert {c.value for c in cues if c.field == "kind"} <= set(KINDS)
    assert {c.value for c in cues if c.field == "status"} <= set(STATUS_RANK)


def test_word_lists_are_loaded_by_name():
    assert {"партнер", "сторона"} <= words("parties")
    assert "импорт" in words("trade")
    with pytest.raises(StopIteration):
        words("no such list")


def test_tokens_carry_lemmas_and_offsets():
    text = "Заводы собирают тракторы"
    toks = tokens(text, 7, len(text))
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
