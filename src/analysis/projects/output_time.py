"""When a year is an output's, not a project's: «собрать там 900 лифтов в этом году», «к 2028
году выйти на 15 тысяч» count goods or a share the project is to reach, so the year is not
its timeline (its start); nor is «…, в 2026 году — до 400», a count told elliptically after a
dash (newuser31 a02)."""

from __future__ import annotations

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import Token, words
from analysis.projects.timelines import whole_year_at

# «собрать там 900 лифтов»: goods counted in the cue's phrase, an amount of output
_COUNTED = lazy_compile(r"(?:^|\s)\d[\d\s\u00a0.,]*(?:\s+[а-яё]|\s*%)")
# «…, в 2026 году — до 400»: a count after a dash closing the year's clause, its goods those
# of the clause before (an elliptic volume: the year's output, no start)
_ELLIPTIC_COUNT = lazy_compile(
    r"^\s*(?:год[ау]?\s*)?[—–-]\s*(?:(?:до|около|порядка|более|свыше|не\s+менее)\s+)?"
    r"\d[\d\s\u00a0.,]*(?:тыс\.?|тысяч\w*)?\s*$")
_YEAR = lazy_compile(r"\d{4}")  # a timeline that is a whole year («в этом году»)
_CLAUSE_END = lazy_compile(r"[,;:.!?]")


def output_year(sentence: str, timeline: str | None, cue_at: int | None = None) -> bool:
    """«… а к 2028 году выйти на 15 тысяч», «уровень локализации к 2029 году должен достичь
    60%»: a year whose own clause counts goods or a share after it is when an output or a
    level is to be reached, not the project's timeline (its start). With `cue_at`
    (the kind cue's offset in `sentence`), only when the cue stands in another clause: «К
    2027 году партнёры рассчитывают выйти на выпуск 1200 машин, выручка СП …» (the cue «СП»
    after the comma), not «в 2026 году начнётся выпуск 500 машин» (the start of the output)."""
    if timeline is None or not _YEAR.fullmatch(timeline):
        return False
    # «В этом году планируем выйти на 200 единиц»: a relative year names it in words
    at, after = sentence.find(timeline), sentence.find(timeline) + len(timeline)
    if at < 0:
        if (span := whole_year_at(sentence)) is None:
            return False
        at, after = span
    end = _CLAUSE_END.search(sentence, at)
    stop = end.start() if end else len(sentence)
    begin = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)), default=0)
    if cue_at is not None and begin <= cue_at < stop:
        return False
    if _reaches_level(sentence[begin:stop]):
        return True  # «этот показатель планируют достичь к 2028 году»: the capacity's year
    return bool(_COUNTED.search(sentence[after:stop])) or bool(
        _ELLIPTIC_COUNT.match(sentence[after:stop]))


def _reaches_level(clause: str) -> bool:
    """Does the clause name a level to be reached (``level_words``: «проектная мощность»,
    «этот показатель»)?"""
    low = clause.lower()
    return any(stem in low for stem in words("level_words"))


def first_output(toks: list[Token]) -> bool:
    """«первые автобусы планируют выпустить …»: «первый» before a noun, and a verb of making
    (``first_output``): the sentence tells when the project last told starts its output."""
    return any(t.lemma == "первый" and k + 1 < len(toks) and toks[k + 1].pos == "NOUN"
               for k, t in enumerate(toks)) and not words("first_output").isdisjoint(
                   t.lemma for t in toks)


def counted_in_year(phrase: str, timeline: str | None) -> bool:
    """«В этом году планируем собрать там 900 лифтов»: goods counted in the phrase, for a
    whole year: an amount planned in a year (for a project told before) is its output."""
    return bool(_COUNTED.search(phrase)) and bool(_YEAR.fullmatch(timeline or ""))
