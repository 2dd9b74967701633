"""The region reading's shortcuts of session 37 (issue 10, speed) give exactly what the full
steps give: each is compared with the step run without it on sentences written here and
(slow) on the seeds and the gold texts studied so far (held-aside sets are not read)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_texts

from analysis.entities import openers
from analysis.lang import fold_case, split_sentences
from analysis.lang.case import fold_yo
from analysis.money import firm_town

FIRM_SENTENCES = (
    "Череповецкий канатно-метизный завод нарастил поставки в Минск.",
    "екатеринбургская компания «УралДронТех» подписала контракт на 5 млн долларов.",
    "Смоленский льнокомбинат и брянское предприятие обсудили поставки.",
    "Российские и белорусские производители сельхозтехники провели встречу.",
    "Кировский завод и Брестский завод договорились о кооперации.",
    "Поставки по российско-белорусским соглашениям выросли на 12%.",
    "Ничего о фирмах здесь не сказано.",
    "",
)


def _firms(folded: str, start: int, end: int, monkeypatch: pytest.MonkeyPatch,
           gated: bool) -> list:
    with monkeypatch.context() as m:
        if not gated:
            m.setattr(firm_town, "_noun_stems", lambda: None)
        return firm_town.firm_town_regions(folded, start, end)


def test_firm_nouns_give_a_gate() -> None:
    stems = firm_town._noun_stems()
    assert stems is not None and "завод" in stems


@pytest.mark.parametrize("text", FIRM_SENTENCES)
def test_firm_town_gate_same_as_full_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    folded = fold_case(text)
    for start, end in [(0, len(text)), (3, len(text)), (0, len(text) // 2)]:
        assert _firms(folded, start, end, monkeypatch, True) == _firms(
            folded, start, end, monkeypatch, False)


def test_firm_town_gate_finds_a_firm() -> None:
    text = FIRM_SENTENCES[0]
    assert firm_town.firm_town_regions(fold_case(text), 0, len(text))


@pytest.mark.slow
def test_firm_town_gate_on_studied_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    differ = 0
    for text in studied_texts():
        folded = fold_case(text)
        for para_start, para in _paragraphs(text):
            for a, b in split_sentences(para):
                start, end = para_start + a, para_start + b
                differ += _firms(folded, start, end, monkeypatch, True) != _firms(
                    folded, start, end, monkeypatch, False)
    assert differ == 0


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for para in text.split("\n"):
        out.append((pos, para))
        pos += len(para) + 1
    return out


HYPHEN_TEXTS = ("санкт-петербург и брянско-белорусские связи", "x-аб-вг", " -аб-", "аб--вг-де",
                "5аб-вг", "a-", "-", "éаб-вг", "аб-вг-", "ёж-ик", "аб-1-вг", "а-б-в г-д", "")


def _hyphenated_spans(low: str) -> tuple[list, list]:
    return ([m.span() for m in openers._HYPHENATED.finditer(low)],
            [m.span() for m in openers.hyphenated_words(low)])


@pytest.mark.parametrize("low", HYPHEN_TEXTS)
def test_hyphenated_words_same_as_scan(low: str) -> None:
    old, new = _hyphenated_spans(low)
    assert old == new


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="аяб-xzé ё1-", max_size=40))
def test_hyphenated_words_same_as_scan_generated(low: str) -> None:
    old, new = _hyphenated_spans(low)
    assert old == new


@pytest.mark.slow
def test_hyphenated_words_on_studied_texts() -> None:
    differ = 0
    for text in studied_texts():
        low = fold_yo(fold_case(text))
        old, new = _hyphenated_spans(low)
        differ += old != new
    assert differ == 0
