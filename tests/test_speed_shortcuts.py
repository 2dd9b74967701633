"""The speed shortcuts of session 9 read exactly what the slow paths read (issues 10 and 11).

- razdel's splitter is skipped for a paragraph with no delimiter it could cut at
  (`split_sentences_razdel`): the answer must be razdel's own;
- the gazetteer normalises words by cutting one lower-cased copy of the text (`_scan_words`)
  and visits only the words that open a name or hold a hyphen (`Gazetteer.scan`): the words,
  norms and entities must be those of the word-by-word reading;
- the amount scanner looks for currency-code heads only when a code's letters are in the text.

Each is checked on every paragraph of the seeds and of the gold sets studied so far (the
held-aside sets are not read), and on generated texts with the letters that make lower-casing
tricky («İ» grows, «Σ» depends on its neighbours, «ё» is normalised, the Kelvin sign folds to
ASCII «k»). The identical-output guard over whole tables is `benchmarks/dump_outputs.py`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import sentenize

from analysis.entities import find_enterprises, find_regions, norm_word
from analysis.entities.enterprises import enterprises_gazetteer
from analysis.entities.gazetteer import Entity, Gazetteer, _scan_words
from analysis.entities.regions import regions_gazetteer
from analysis.ingest import load_corpus
from analysis.lang import Span, split_sentences_razdel
from analysis.money import find_amounts
from analysis.money.amounts import _CODE_HEAD, _heads

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*")


@cache
def studied_paragraphs() -> tuple[str, ...]:
    """Every paragraph of the seeds and of the gold sets with texts, held-aside sets left out."""
    texts = [a.text for a in load_corpus(ROOT / "seeds").articles]
    for path in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        if "heldout" in path.stem:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line) if line.strip() else {}
            if isinstance(case.get("text"), str):
                texts.append(case["text"])
    return tuple(p for t in texts for p in t.split("\n"))


def razdel_spans(text: str) -> list[Span]:
    return [Span(s.start, s.stop) for s in sentenize(text)]


def word_by_word_scan(g: Gazetteer, text: str) -> list[Entity]:
    """`Gazetteer.scan` as it read before the shortcut: every token visited in turn."""
    toks = list(_WORD.finditer(text))
    words = [t.group() for t in toks]
    norms = [norm_word(w) for w in words]
    found: list[Entity] = []
    i = 0
    while i < len(toks):
        hit = g._match_at(text, toks, words, norms, i) if norms[i] in g._table else None
        if hit:
            n = len(hit.words)
            found.append(g._entity(text, toks[i].start(), toks[i + n - 1].end(), hit.entry))
            i += n
            continue
        if "-" in norms[i]:
            found.extend(g._scan_parts(text, toks[i]))
        i += 1
    return found


TRICKY = st.text(alphabet="аёЁеБМАЗ-азмоскваМосквы İΣσK «»\"., \n", max_size=80)
NEWSY = st.lists(st.sampled_from(["МАЗ", "Минский", "тракторный", "завод", "Смоленской",
                                  "области", "в", "Москве", "ёлка", "российско-белорусский",
                                  "«Гомсельмаш»", "İstanbul", "KAMAZ", "ΣΑΣ", "БелАЗа", ",",
                                  "Кемеровской", "—", "Кузбасса", "ОАО", "Br", "USD", "100",
                                  "млн", "рублей", "\n"]), max_size=30).map(" ".join)


# --------------------------------------------------------------------------- razdel
def test_razdel_shortcut_gives_razdels_spans_on_every_studied_paragraph() -> None:
    paragraphs = studied_paragraphs()
    assert len(paragraphs) > 1000  # the corpus is really there
    undelimited = 0
    for p in paragraphs:
        assert split_sentences_razdel(p) == razdel_spans(p), p[:60]
        undelimited += sentenize.split.re.search(p) is None
    assert undelimited > 50  # headlines and short lines: the shortcut is exercised


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="аб Б\u00a0\t\n.;!?…«»\"()", max_size=40))
def test_razdel_shortcut_gives_razdels_spans_on_generated_text(text: str) -> None:
    assert split_sentences_razdel(text) == razdel_spans(text)


def test_razdel_shortcut_keeps_razdels_answer_for_a_blank_paragraph() -> None:
    # razdel «finds» the empty sentence at 0; the tables were built with that answer
    assert split_sentences_razdel("   ") == razdel_spans("   ") == [Span(0, 0)]
    assert split_sentences_razdel("  Гомсельмаш открыл центр  ") == [Span(2, 25)]


# --------------------------------------------------------------------------- gazetteer words
def test_scan_words_norms_are_norm_word_of_each_word_on_studied_text() -> None:
    for p in studied_paragraphs():
        _scan_words.cache_clear()
        sw = _scan_words(p)
        assert sw.norms == [norm_word(w) for w in sw.words]


@settings(max_examples=300, deadline=None)
@given(st.one_of(TRICKY, NEWSY))
def test_scan_words_norms_survive_letters_that_grow_or_fold(text: str) -> None:
    _scan_words.cache_clear()
    sw = _scan_words(text)
    assert sw.words == [m.group() for m in _WORD.finditer(text)]
    assert sw.norms == [norm_word(w) for w in sw.words]


def test_scan_words_fall_back_word_by_word_when_lower_case_grows() -> None:
    text = "İzmir и МАЗ в Ёлкине"  # «İ» lower-cases to two characters: offsets would shift
    assert len(text.lower()) > len(text)
    _scan_words.cache_clear()
    # («İ» is no word letter: the word is «zmir»; the later words keep their own norms)
    assert _scan_words(text).norms == ["zmir", "и", "маз", "в", "елкине"]


def test_gazetteer_scan_equals_the_word_by_word_reading_on_studied_text() -> None:
    gazetteers = (regions_gazetteer(), enterprises_gazetteer())
    found = 0
    for p in studied_paragraphs():
        for g in gazetteers:
            got = g.scan(p)
            assert got == word_by_word_scan(g, p), p[:60]
            found += len(got)
    assert found > 1000  # names were really found, multi-word and hyphenated among them


@settings(max_examples=200, deadline=None)
@given(st.one_of(TRICKY, NEWSY))
def test_gazetteer_scan_equals_the_word_by_word_reading_on_generated_text(text: str) -> None:
    for g in (regions_gazetteer(), enterprises_gazetteer()):
        assert g.scan(text) == word_by_word_scan(g, text)


def test_scan_still_finds_multiword_names_and_hyphen_parts() -> None:
    text = "Российско-белорусский проект: Минский тракторный завод и Кемеровская область — Кузбасс"
    found = [(e.surface, e.normal) for e in find_regions(text)]
    assert ("белорусский", "Беларусь") in found  # a part of a hyphenated word
    assert ("Кемеровская область — Кузбасс", "Кемеровская область") in found  # merged names
    assert [(e.surface, e.normal) for e in find_enterprises(text)] == [
        ("Минский тракторный завод", "МТЗ")]  # three words


# --------------------------------------------------------------------------- amount heads
@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_code_heads_are_found_exactly_where_the_code_pattern_matches(text: str) -> None:
    lowered = text.lower()
    if len(lowered) != len(text):
        return  # the scanner's folded copy keeps offsets; not this generator's concern
    heads = set(_heads(text, lowered))
    for m in _CODE_HEAD.finditer(text):
        p = m.start()
        if not (p and text[p - 1].isascii() and text[p - 1].isalpha()):
            assert p in heads


def test_amounts_with_codes_only_are_still_found() -> None:
    [a] = find_amounts("Контракт оценён в USD 2 500 000.")
    assert (a.value, a.currency) == (2_500_000, "USD")
    [b] = find_amounts("Выручка составила Br40 млн.")
    assert b.currency in ("BYN", "BYR") and b.value == 40e6
    assert find_amounts("Без кодов валют: 40 тракторов.") == []
