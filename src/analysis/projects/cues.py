"""Project cues: the rule tables of the register and the sentence's lemmas they are matched on.

``data/project_cues.csv`` lists the *kind* and *status* cues (lemmas or word forms, the gap
allowed between their words, required grammemes, strength); ``data/project_words.csv`` the
word lists the rules of `analysis.projects` consult by name (see its `why` column). This
module loads them, tokenises text into lemmas (pymorphy3, cached) and finds every cue
occurrence in a run of tokens (`cue_hits` → `CueHit`); what the occurrences mean is decided
in `analysis.projects.kinds` and `analysis.projects.reader`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from analysis.entities import norm_word, source_key
from analysis.exitstore import exit_store
from analysis.lang import analyzer
from analysis.lazypattern import lazy_compile

# A word: letters/digits, inner hyphens kept («дилерско-сервисный», «МТЗ-Татарстан»).
# (a class first, not a repeat: sre then scans for its first letter in C instead of
# trying a match at every character)
WORD = lazy_compile(r"[0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё]*(?:-[0-9A-Za-zА-Яа-яЁё]+)*")


@dataclass(frozen=True)
class Cue:
    """One row of ``data/project_cues.csv``: a kind or status cue."""

    field: str  # kind | status
    value: str
    words: tuple[str, ...]  # lemmas or word forms; "*" = any word with `grammemes`
    max_gap: int
    grammemes: frozenset[str]
    strong: bool
    both_sides: bool = False  # counts only where a Belarusian and a Russian side are named
    for_client: bool = False  # weak, and counts only where the work is for a Russian client


# What an assembly/component cue becomes next to «совместно с …».
JOINT = Cue(field="kind", value="joint_development", words=("совместно",), max_gap=0,
            grammemes=frozenset(), strong=True)


class CueHit(NamedTuple):
    """One occurrence of a cue in a run of tokens: the indices of its first and last word."""

    cue: Cue
    first: int
    last: int


class WordAnalysis(NamedTuple):
    """What pymorphy3 says of a lower-case word: its lemma (ё as е), grammemes and POS."""

    lemma: str
    tags: frozenset[str]
    pos: str | None


@dataclass(slots=True)
class Token:
    """A word of the text with its clean-text offsets and its analysis."""

    start: int
    end: int
    word: str  # lower case, ё → е
    lemma: str
    tags: frozenset[str]
    pos: str | None


def _data(name: str) -> list[dict[str, str]]:
    text = resources.files("analysis").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@cache
def cue_table() -> tuple[Cue, ...]:
    """Every cue of ``data/project_cues.csv``, in file order (read once per process)."""
    return tuple(
        Cue(field=r["field"], value=r["value"], words=tuple(norm_word(r["cue"]).split()),
            max_gap=int(r["max_gap"] or 0), grammemes=frozenset((r["grammemes"] or "").split()),
            strong=r["strength"] not in ("weak", "for_client"),
            both_sides=r["strength"] == "both_sides", for_client=r["strength"] == "for_client")
        for r in _data("project_cues.csv"))


@cache
def _cue_index() -> tuple[dict[str, list[Cue]], list[Cue]]:
    """Cues by their first word, and the wildcard cues («*» + grammemes)."""
    index: dict[str, list[Cue]] = {}
    for cue in cue_table():
        if cue.words[0] != "*":
            index.setdefault(cue.words[0], []).append(cue)
    return index, [c for c in cue_table() if c.words[0] == "*"]


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    """Every word list of ``data/project_words.csv`` by name (the file read once, not once a
    list: the register asks for ~70 lists)."""
    sets: dict[str, frozenset[str]] = {}
    for r in _data("project_words.csv"):
        sets.setdefault(r["set"], frozenset(r["words"].split()))  # the first row of a name
    return sets


@cache
def words(name: str) -> frozenset[str]:
    """A word list of ``data/project_words.csv`` (see its `why` column); StopIteration if unknown."""
    found = _word_sets().get(name)
    if found is None:
        raise StopIteration(name)
    return found


# Word analyses kept between processes (`analysis.exitstore`): a run that adds one article
# reads the register's sentences again (the same words every run) and a new article's words
# are mostly words met before; a pymorphy3 parse costs ~60 µs, a kept one a dict lookup.
KEPT_ANALYSES = "word-analyses"
KEPT_ANALYSES_MAX = 10_000  # words (~5 ms to read); past it a process keeps what it used


@cache
def _analyses_key() -> str:
    """What a word's analysis depends on: this code, the normal form, pymorphy3's dictionary."""
    return source_key(("projects/cues.py", "entities/gazetteer.py", "lang/morph.py"),
                      ("pymorphy3", "pymorphy3-dicts-ru"))


@lru_cache(maxsize=200_000)
def analyse(word: str) -> WordAnalysis:
    """(lemma, grammemes, POS) of a lower-case word; cached because news repeats words."""
    kept = exit_store(KEPT_ANALYSES, _analyses_key(), KEPT_ANALYSES_MAX)
    found = kept.get(word) if kept is not None else None
    if isinstance(found, tuple) and len(found) == 3 and isinstance(found[1], frozenset):
        return WordAnalysis(*found)
    p = analyzer().parse(word)[0]
    # plain strs: pymorphy3's own grammeme type compares slowly, and tags are compared often
    pos = p.tag.POS
    made = WordAnalysis(norm_word(p.normal_form), frozenset(str(g) for g in p.tag.grammemes),
                        str(pos) if pos is not None else None)
    if kept is not None:
        kept.add(word, tuple(made))
    return made


class WordInfo(NamedTuple):
    """A word as written, read once: its normal form (lower case, ё as е) and analysis."""

    word: str
    analysis: WordAnalysis


@lru_cache(maxsize=200_000)
def word_info(written: str) -> WordInfo:
    """`written` normalised and analysed (cached on the written form: one lookup a word)."""
    w = norm_word(written)
    return WordInfo(word=w, analysis=analyse(w))


@lru_cache(maxsize=200_000)
def may_matter(written: str) -> bool:
    """Could the word `written` (as written, or lower case) make a sentence worth reading:
    start a cue (`cue_hits`: its form, lemma or the head of a hyphenated compound indexed,
    or a wildcard cue's grammemes), add a site («один», «такой», ``another_site``, ``ordinal``), open
    with a pronoun (``pronoun_start``), name a project or client role (``project_roles``,
    ``client_role``) or deny
    (``cancel``, ``denial_forms``: a cancellation of the project last told)? A sentence
    with no such word gives no mention (`ArticleReader.mentions`' first check), so it is
    passed over without tokens. Exact by construction: it asks what those checks ask."""
    w, a = word_info(written)
    index, wildcards = _cue_index()
    if w in index or a.lemma in index or (w not in words("writer_verbs") and any(
            c.grammemes <= a.tags for c in wildcards)):
        return True
    if "-" in w:
        tail = w.rsplit("-", 1)[1]
        if tail in index or analyse(tail).lemma in index:
            return True
    return (a.lemma in ("один", "такой") or a.lemma in words("another_site")
            or a.lemma in words("ordinal")
            or w in words("pronoun_start") or a.lemma in words("project_roles")
            or a.lemma in words("client_role")
            or a.lemma in words("cancel") or w in words("denial_forms"))


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The words of ``text[start:end]`` with their lemmas (offsets into `text`)."""
    out = []
    append = out.append
    for m in WORD.finditer(text, start, end):
        w, a = word_info(m.group())
        s, e = m.span()
        append(Token(s, e, w, *a))  # (start, end, word) and the analysis (lemma, tags, pos)
    return out


class CueStarts(NamedTuple):
    """The cues a word may start, by what it is (read once per word: `cue_starts`)."""

    single: tuple[Cue, ...]  # wildcard cues its grammemes satisfy: a hit on the word alone
    multi: tuple[Cue, ...]  # cues indexed by its form, lemma or compound head, grammemes met


@lru_cache(maxsize=200_000)
def cue_starts(word: str, lemma: str, tags: frozenset[str]) -> CueStarts | None:
    """What `cue_hits` would try at a token of this word, lemma and tags (None: nothing)."""
    index, wildcards = _cue_index()
    # («Напомним, …»: the writer's own future form plans nothing, ``writer_verbs``)
    single = tuple(c for c in wildcards if c.grammemes <= tags) if word not in words(
        "writer_verbs") else ()
    cands: list[Cue] = []
    if word in index or lemma in index or "-" in word:
        cands = index.get(word, []) + (index.get(lemma, []) if lemma != word else [])
        if not cands and "-" in word:
            # «дилерско-сервисный центр», «торгово-логистический центр»: the last part is
            # the head of the compound («сервисный центр», «логистический центр»)
            tail = word.rsplit("-", 1)[1]
            tail_lemma = analyse(tail).lemma
            cands = index.get(tail, []) + (index.get(tail_lemma, []) if tail_lemma != tail else [])
    multi = tuple(c for c in cands if c.grammemes <= tags)
    return CueStarts(single=single, multi=multi) if single or multi else None


def cue_hits(toks: list[Token]) -> list[CueHit]:
    """Every cue occurrence in `toks`, token by token (wildcards first at each token)."""
    hits: list[CueHit] = []
    n = len(toks)
    for i, t in enumerate(toks):
        starts = cue_starts(t.word, t.lemma, t.tags)
        if starts is None:
            continue  # most words start no cue: one cached look-up each
        for cue in starts.single:
            hits.append(CueHit(cue=cue, first=i, last=i))
        for cue in starts.multi:
            j = i
            for w in cue.words[1:]:
                j = next((k for k in range(j + 1, min(n, j + 2 + cue.max_gap))
                          if w in (toks[k].word, toks[k].lemma)), -1)
                if j < 0:
                    break
            if j >= 0:
                hits.append(CueHit(cue=cue, first=i, last=j))
    return hits
