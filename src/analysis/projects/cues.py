"""Project cues: the rule tables of the register and the sentence's lemmas they are matched on.

``data/project_cues.csv`` lists the *kind* and *status* cues (lemmas or word forms, the gap
allowed between their words, required grammemes, strength); ``data/project_words.csv`` the
word lists the rules of `analysis.projects` consult by name (see its `why` column). This
module loads them, tokenises text into lemmas (pymorphy3, cached) and finds every cue
occurrence in a run of tokens; what the occurrences mean is decided in `analysis.mentions`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from analysis.entities import norm_word
from analysis.lang.morph import analyzer

_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*")


@dataclass(frozen=True)
class _Cue:
    field: str  # kind | status
    value: str
    words: tuple[str, ...]  # lemmas or word forms; "*" = any word with `grammemes`
    max_gap: int
    grammemes: frozenset[str]
    strong: bool
    both_sides: bool = False  # counts only where a Belarusian and a Russian side are named



# What an assembly/component cue becomes next to «совместно с …».
_JOINT = _Cue("kind", "joint_development", ("совместно",), 0, frozenset(), True)


def _data(name: str) -> list[dict[str, str]]:
    text = resources.files("analysis").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@cache
def _cues() -> tuple[_Cue, ...]:
    return tuple(
        _Cue(r["field"], r["value"], tuple(norm_word(r["cue"]).split()), int(r["max_gap"] or 0),
             frozenset((r["grammemes"] or "").split()), r["strength"] != "weak",
             r["strength"] == "both_sides")
        for r in _data("project_cues.csv"))


@cache
def _cue_index() -> tuple[dict[str, list[_Cue]], list[_Cue]]:
    """Cues by their first word, and the wildcard cues («*» + grammemes)."""
    index: dict[str, list[_Cue]] = {}
    for cue in _cues():
        if cue.words[0] != "*":
            index.setdefault(cue.words[0], []).append(cue)
    return index, [c for c in _cues() if c.words[0] == "*"]


@cache
def _words(name: str) -> frozenset[str]:
    """A word list of ``data/project_words.csv`` (see its `why` column)."""
    return frozenset(next(r["words"] for r in _data("project_words.csv")
                          if r["set"] == name).split())


@lru_cache(maxsize=200_000)
def _analyse(word: str) -> tuple[str, frozenset[str], str | None]:
    """(lemma, grammemes, POS) of a lower-case word; cached because news repeats words."""
    p = analyzer().parse(word)[0]
    return norm_word(p.normal_form), frozenset(p.tag.grammemes), p.tag.POS


@dataclass
class _Tok:
    start: int
    end: int
    word: str  # lower case, ё → е
    lemma: str
    tags: frozenset[str]
    pos: str | None


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out = []
    for m in _WORD.finditer(text, start, end):
        w = norm_word(m.group())
        out.append(_Tok(m.start(), m.end(), w, *_analyse(w)))
    return out


def _cue_hits(toks: list[_Tok]) -> list[tuple[_Cue, int, int]]:
    """(cue, first token index, last token index) for every cue occurrence."""
    index, wildcards = _cue_index()
    hits = []
    for i, t in enumerate(toks):
        hits += [(cue, i, i) for cue in wildcards if cue.grammemes <= t.tags]
        cands = index.get(t.word, []) + (index.get(t.lemma, []) if t.lemma != t.word else [])
        if not cands and "-" in t.word:
            # «дилерско-сервисный центр», «торгово-логистический центр»: the last part is
            # the head of the compound («сервисный центр», «логистический центр»)
            tail = t.word.rsplit("-", 1)[1]
            tail_lemma = _analyse(tail)[0]
            cands = index.get(tail, []) + (index.get(tail_lemma, []) if tail_lemma != tail else [])
        for cue in cands:
            if not cue.grammemes <= t.tags:
                continue
            j = i
            for w in cue.words[1:]:
                j = next((k for k in range(j + 1, min(len(toks), j + 2 + cue.max_gap))
                          if w in (toks[k].word, toks[k].lemma)), -1)
                if j < 0:
                    break
            if j >= 0:
                hits.append((cue, i, j))
    return hits
