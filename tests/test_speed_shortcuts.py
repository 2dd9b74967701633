"""The speed shortcuts of session 9 read exactly what the slow paths read (issues 10 and 11).

- the regex sentence splitter finds its candidate ends with a pattern that opens with one
  character class (`split_sentences`): the sentences must be those of the former pattern;
- future verbs after an amount are looked for at word starts only (`is_forecast`, through
  `describe`): the forecasts must be those of the former any-letter scan;
- the glued-ruble test («1500р») looks for the letter first (`find_amounts`);
- the word, token-start and sentence-end patterns of the money, entity and cue readers open
  with one character class instead of a repeat or a look-behind (sre then scans for that
  class in C instead of trying a match at every character): same matches, at any start.

Each is checked against the former pattern (restored for the reference run) on every
paragraph of the seeds and of the gold sets studied so far (the held-aside sets are not
read), and on generated news-like text. The identical-output guard over whole tables is
`benchmarks/dump_outputs.py`.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis.entities.aliases as aliases_module
import analysis.entities.gazetteer as gazetteer_module
import analysis.entities.regions as regions_module
import analysis.entities.towns as towns_module
import analysis.lang.sentences as sentences_module
import analysis.money.core_scan as core_scan_module
import analysis.money.cue_gaps as cue_gaps_module
import analysis.money.forecast as forecast_module
import analysis.money.head_stems as head_stems
import analysis.money.ruble_sentence as ruble_sentence_module
import analysis.money.tokens as tokens_module
import analysis.money.year_of_writing as year_module
import analysis.projects.cues as cues_module
from analysis.ingest import load_corpus
from analysis.lang import split_sentences
from analysis.money import describe, find_amounts
from analysis.money.period import MONTH_RE

ROOT = Path(__file__).resolve().parents[1]
# the patterns as they were before the shortcuts: the references
FORMER_SENTENCE_END = re.compile(
    r"[.!?…]+[\"»”)]*[ \u00a0]+(?=[«\"„“(]?[А-ЯЁA-Z])(?!США|US\b)|\n"
    # (with a figure opening a sentence after a full word's stop since session 45: the reading
    # the shortcut must keep)
    r"|\.(?<=[а-яё]{4}\.)(?<!млрд\.)(?<!долл\.)(?<!трлн\.)(?<!тыс\.)[ \u00a0]+(?=\d)")
# (with the «аст» of «даст», «продаст» since session 42, walk66money: the reading the shortcut
# must keep)
FORMER_PERSONAL_FORM = re.compile(r"[а-яё]{2,}(?:[еиё]т|[уюая]т|[еиё]м)(?:ся)?(?![а-яё])"
                                  r"|[а-яё]+аст(?:ся)?(?![а-яё])")
FORMER_DIGIT_THEN_R = re.compile(r"[0-9]р")


@cache
def studied_texts() -> tuple[str, ...]:
    """The seeds and every gold text studied so far (held-aside sets left out)."""
    texts = [a.text for a in load_corpus(ROOT / "seeds").articles]
    for path in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        if "heldout" in path.stem:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line) if line.strip() else {}
            if isinstance(case.get("text"), str):
                texts.append(case["text"])
    return tuple(texts)


def studied_paragraphs() -> tuple[str, ...]:
    return tuple(p for t in studied_texts() for p in t.split("\n"))


def with_pattern(monkeypatch: pytest.MonkeyPatch, module: object, name: str,
                 pattern: re.Pattern[str], read):
    """`read()` with `module.name` set to `pattern` for the call (the reference run)."""
    with monkeypatch.context() as m:
        m.setattr(module, name, pattern)
        return read()


def facts_signature(text: str) -> list[tuple]:
    doc = SimpleNamespace(text=text, published=date(2024, 5, 1), article_id="t")
    return [(f.amount.start, f.amount.end, f.metric, f.year, f.forecast, f.region)
            for f in describe(doc)]


NEWS_WORDS = st.sampled_from([
    "Завод", "планирует", "вложит", "купит", "откроет", "построят", "закупим", "направят",
    "выпустит", "получит", "собирается", "составит", "составил", "напомним", "сообщает",
    "в", "2025", "году", "до", "конца", "около", "1,5", "млрд", "рублей", "$20", "млн",
    "1500р", "7р.", "Минск", "и", ",", ".", "—", "«МАЗ»", "инвестиции", "кредит", "ёмкость",
    "Кроме", "того", "США", "\n", "по", "курсу", "Беларусь", "экспорт", "вырос", "на", "12%",
    "1", "июля", "Января", "НА", "На", "2024",
])
NEWSY = st.lists(NEWS_WORDS, min_size=1, max_size=40).map(" ".join)
GLUED = st.text(alphabet="0123456789рРp .,₽", max_size=30)


# --------------------------------------------------------------------------- regex splitter
def test_sentence_ends_are_those_of_the_former_pattern_on_studied_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    paragraphs = [p for p in studied_paragraphs() if p.strip()]
    got = [split_sentences(p) for p in paragraphs]
    former = with_pattern(monkeypatch, sentences_module, "_SENT_END", FORMER_SENTENCE_END,
                          lambda: [split_sentences(p) for p in paragraphs])
    assert got == former
    assert sum(len(s) > 1 for s in got) > 200  # paragraphs of several sentences were cut


@settings(max_examples=300, deadline=None)
@given(st.one_of(NEWSY, st.text(alphabet="аБ.!?…»\" \u00a0\n«(США", max_size=50)))
def test_sentence_ends_are_those_of_the_former_pattern_on_generated_text(text: str) -> None:
    pattern = sentences_module._SENT_END
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in FORMER_SENTENCE_END.finditer(text)]


def test_a_line_break_and_a_full_stop_still_end_sentences() -> None:
    text = "Первое предложение здесь. Второе тоже здесь!\nТретье после переноса строки"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Первое предложение здесь.", "Второе тоже здесь!", "Третье после переноса строки"]


# --------------------------------------------------------------------------- future verbs
def test_forecasts_are_those_of_the_former_scan_on_studied_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [t for t in studied_texts() if find_amounts(t)]
    got = [facts_signature(t) for t in texts]
    former = with_pattern(monkeypatch, forecast_module, "_future_verb", former_future_verb,
                          lambda: [facts_signature(t) for t in texts])
    assert got == former
    assert sum(f[4] for fs in got for f in fs) > 20  # forecasts were really read


def every_personal_form(scan, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every span `scan` (a `_future_verb`, with every personal form read as a future) finds
    in text[start:end], one after another."""
    found: list[tuple[int, int]] = []
    while (hit := scan(text, start, end)) is not None:
        found.append(hit)
        start = hit[1]
    return found


# (session 44: the scan led by the forms' last letters, each run then read whole, against the
# former pattern at every start: inside a word too, and before «ся»; every form a future)
@settings(max_examples=400, deadline=None)
@given(st.one_of(NEWSY, st.text(alphabet="аетмсяюуиёод .,Аz1", max_size=40),
                 st.lists(st.sampled_from(["откроет", "даст", "продастся", "бьётся", "тся", "ется",
                                           "астся", "аст", "мся", "емся", "объем", "идёт", "ст",
                                           "вложим", " ", ",", "я", "т", "м"]),
                          max_size=12).map("".join)),
       st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=80))
def test_the_last_letter_scan_finds_what_the_any_letter_scan_finds(text: str, start: int,
                                                                   length: int) -> None:
    folded = text.lower()
    start = min(start, len(folded))
    end = min(len(folded), start + length)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(forecast_module, "_is_future", lambda word: True)
        assert every_personal_form(forecast_module._future_verb, folded, start, end) == (
            every_personal_form(former_future_verb, folded, start, end))


@pytest.mark.parametrize(("sentence", "forecast"), [
    ("Завод вложит в модернизацию 300 млн рублей.", True),
    ("В 2025 году объём составит около 1,5 млрд долларов.", True),
    ("Завод вложил в модернизацию 300 млн рублей.", False),
    ("Напомним, в прошлом году завод получил кредит на 40 млн долларов.", False),
])
def test_a_future_verb_still_makes_a_forecast(sentence: str, forecast: bool) -> None:
    [fact] = describe(SimpleNamespace(text=sentence, published=date(2024, 5, 1),
                                      article_id="t"))
    assert fact.forecast is forecast


def former_future_verb(text: str, start: int, end: int) -> tuple[int, int] | None:
    writer = forecast_module.context_words().writer_verbs
    return next((m.span() for m in FORMER_PERSONAL_FORM.finditer(text, start, end)
                 if m.group() not in writer and forecast_module._is_future(m.group())), None)


@pytest.mark.parametrize("text", ["завод откроет цех и наладит выпуск", "млнвложит и купит"])
def test_a_scan_that_starts_inside_a_word_reads_as_the_former_scan(text: str) -> None:
    for start in range(len(text)):  # every start, inside words and at their starts
        assert forecast_module._future_verb(text, start, len(text)) == former_future_verb(
            text, start, len(text))


# --------------------------------------------------------------------------- glued rubles
@settings(max_examples=300, deadline=None)
@given(st.one_of(GLUED, NEWSY))
def test_glued_ruble_test_agrees_with_the_former_pattern(text: str) -> None:
    lowered = text.lower()
    # (since session 46 the stems' pass finds it: a key of `GLUED_STEMS`)
    latin = core_scan_module.holds_any(text, core_scan_module._LATIN_HEAD_FIRST)
    fast = any(i >= head_stems.first_glued(latin)
               for i, _, _ in head_stems.stem_places(lowered, latin))
    assert fast == bool(FORMER_DIGIT_THEN_R.search(lowered))


def test_glued_rubles_are_still_amounts() -> None:
    [a] = find_amounts("Цена набора — 1500р за штуку.")
    assert (a.value, a.currency) == (1500, "RUB")


# --------------------------------------------------------------------------- class-led patterns
CLASS_LED = [  # (module, name, the former pattern, as source or compiled)
    (tokens_module, "TOKEN_START", r"(?<![\w.,$€₽£¥₸])[\w$€₽£¥₸]"),
    (ruble_sentence_module, "_SENTENCE_END", r"[.!?](?=\s)|\n"),
    (cue_gaps_module, "_WORD", r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁё]+)*"),
    (gazetteer_module, "_WORD", r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*"),
    (aliases_module, "_WORD", r"[0-9A-Za-zА-Яа-яЁё]+"),
    (towns_module, "_WORD", r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*"),
    (regions_module, "_LOWER_WORD", r"[а-яa-z]+(?:-[а-яa-z]+)*"),
    (regions_module, "_LOWER_PART", r"[а-яa-z]+"),
    (sentences_module, "_ROUGH_END", r"[.!?…](?=\s|$)|\n"),
    (cues_module, "WORD", r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*"),
    (year_module, "_DATE_NO_YEAR",
     re.compile(r"на[ \u00a0]+\d{1,2}[ \u00a0]+(?P<mon>" + MONTH_RE
                + r")(?![ \u00a0]*(?:19|20)\d\d)", re.IGNORECASE)),
]
CLASS_LED_IDS = [f"{m.__name__.rsplit('.', 1)[-1]}.{n}" for m, n, _ in CLASS_LED]


def spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


@pytest.mark.parametrize(("module", "name", "former"), CLASS_LED, ids=CLASS_LED_IDS)
def test_class_led_pattern_matches_as_the_former_on_studied_text(module: object, name: str,
                                                                  former: str) -> None:
    fast, slow = getattr(module, name), re.compile(former)  # (a compiled one as it is)
    for text in studied_texts():
        for t in (text, text.lower()):
            assert spans(fast, t, 0, len(t)) == spans(slow, t, 0, len(t))
            mid = len(t) // 3  # a scan that starts and ends inside the text (inside a word)
            assert spans(fast, t, mid, 2 * mid) == spans(slow, t, mid, 2 * mid)


@settings(max_examples=150, deadline=None)
@given(st.one_of(NEWSY, st.text(alphabet="аБz-Z1 .!?…\n,$€₽_ё", max_size=40)),
       st.integers(min_value=0, max_value=50), st.integers(min_value=0, max_value=50))
def test_class_led_patterns_match_as_the_former_from_any_start(text: str, start: int,
                                                               length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    for module, name, former in CLASS_LED:
        assert spans(getattr(module, name), text, start, end) == spans(
            re.compile(former), text, start, end), name
