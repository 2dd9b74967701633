"""Which parts of an article natasha's NER reads: the sentences that can change the output.

The NER (and the morphology tagging of the people it finds) was most of an extraction's
time, yet a sentence whose capitals are all names the gazetteers already gave (regions,
enterprises) or an ordinary first word («Товарооборот вырос…», or an interview's answer after its question
in one sentence: «— А сервис? — Да, …») gives it nothing to find.
`NerScope.ranges(text, known)` returns the runs of sentences that may hold another name;
`ner_entities` reads those runs as one document. The rules are data
(``data/ner_scope.json``); the legal forms are the register's ``legal_form`` list
(``data/project_words.csv``) and the project cue words its kind cues
(``data/project_cues.csv``), read from those files, not copied.

With ``relevance`` on, a sentence that may hold a name is read only near a project cue,
with an organisation marker, a quotation mark, a run of capitals, a digit or a role word.
Measured on every gold set (`benchmarks/selective_ner.py`) it loses real people and
ministries («Минфин России…», «По словам Мезенцева…») for little time, so it is off.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from analysis.entities.gazetteer import Entity
from analysis.lang import analyzer, by_paragraph, lemma, parse
from analysis.lang.case import fold_yo
from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern

# A word of the text (inner hyphens kept: «сервисно-технический»).
_WORD = lazy_compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*")
_CAPITAL = lazy_compile(r"[A-ZА-ЯЁ]")
_DIGIT = lazy_compile(r"\d")
# How far back a dialogue turn's opening («? — ») is looked for before a word.
TURN_LOOKBACK = 8


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("analysis").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@dataclass(frozen=True)
class NerScope:
    """The selection rules: cue lemmas, organisation markers, the window around a cue."""

    cue_lemmas: frozenset[str]
    org_markers: frozenset[str]
    role_head: re.Pattern[str]
    quotes: frozenset[str]
    capital_run: re.Pattern[str]
    window_before: int
    window_after: int
    name_grammemes: frozenset[str]
    adjective_endings: tuple[str, ...]
    name_prefixes: tuple[str, ...]
    turn_opening: re.Pattern[str]  # what ends right before a word that opens a dialogue turn
    turn_dashes: str  # a sentence that opens with one of these is a dialogue's
    relevance: bool  # False: read every sentence that may hold a name

    def ranges(self, text: str, known: Sequence[Entity] = ()) -> list[tuple[int, int]]:
        """(start, end) of every run of sentences the NER should read, in text order;
        neighbouring chosen sentences are joined (the tagger reads them as in the article).

        `known`: what the gazetteers named (enterprises, regions); a capital letter inside
        one of them is no reason to read a sentence."""
        sents = by_paragraph(text)
        named = bytearray(len(text))  # 1: a gazetteer name; 2: a region's adjective alone
        alone = [e for e in known if " " not in e.surface
                 and e.surface.lower().endswith(self.adjective_endings)]
        for e in alone:
            # «Витебский облисполком», «Ярославский завод»: a region's adjective may open an
            # organisation's name, so alone it explains nothing
            named[e.start:e.end] = b"\x02" * (e.end - e.start)
        for e in known:
            if not any(e is a for a in alone):  # an enterprise's name wins over its region
                named[e.start:e.end] = b"\x01" * (e.end - e.start)
        cues = [False] * len(sents)
        candidate = [False] * len(sents)
        chosen = [False] * len(sents)
        for i, (a, b) in enumerate(sents):
            words = list(_WORD.finditer(text, a, b))
            dialogue = text[a:b].lstrip()[:1] in self.turn_dashes
            candidate[i] = any(self._unexplained_name(
                m, k == 0 or (dialogue and self._opens_turn(text, a, m)), named)
                for k, m in enumerate(words))
            if not self.relevance:
                chosen[i] = candidate[i]
                continue
            lemmas = self._lemmas([m.group() for m in words])
            cues[i] = not lemmas.isdisjoint(self.cue_lemmas)  # a cue borrows its neighbours
            if not candidate[i]:
                continue  # every capital is a known name or a sentence's first common word
            piece = text[a:b]
            chosen[i] = (cues[i] or not lemmas.isdisjoint(self.org_markers)
                         or any(q in piece for q in self.quotes)
                         or self.capital_run.search(piece) is not None
                         or _DIGIT.search(piece) is not None
                         or any(self.role_head.match(m.group().split("-")[0]) for m in words))
        for i, cue in enumerate(cues):
            if cue:
                for j in range(max(0, i - self.window_before),
                               min(len(sents), i + self.window_after + 1)):
                    chosen[j] = chosen[j] or candidate[j]
        out: list[tuple[int, int]] = []
        for i, (a, b) in enumerate(sents):
            if not chosen[i]:
                continue
            if out and i > 0 and chosen[i - 1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out

    def _unexplained_name(self, m: re.Match[str], first: bool, named: bytearray) -> bool:
        """A word that may be (part of) a name the gazetteers did not give: a capital
        outside their names; at the sentence's start, only a word pymorphy takes for a name,
        an abbreviation, a region's adjective alone («Витебский облисполком»), an organisation
        marker («Министерство …»), a ministry's or agency's short name («Минпромторг»,
        «Росстат») or a word it does not know, not «Товарооборот»."""
        word = m.group()
        if not _CAPITAL.match(word) or named[m.start()] == 1:
            return False
        if not first or named[m.start()] == 2 or sum(c.isupper() for c in word) > 1:
            return True
        low = word.lower()
        return (bool(self.name_grammemes & parse(low).tag.grammemes)
                or lemma(low) in self.org_markers or low.startswith(self.name_prefixes)
                or not _known_word(low))

    def _opens_turn(self, text: str, start: int, m: re.Match[str]) -> bool:
        """Whether `m` opens a dialogue turn inside its sentence («— …? — Мы …»)."""
        return self.turn_opening.search(text, max(start, m.start() - TURN_LOOKBACK),
                                        m.start()) is not None

    @staticmethod
    def _lemmas(words: list[str]) -> set[str]:
        found: set[str] = set()
        for written in words:
            word = written.lower()
            found.add(lemma(word))
            if "-" in word:  # «дилерско-сервисный»: the last part is the compound's head
                found.add(lemma(word.rsplit("-", 1)[1]))
        return found


@lru_cache(maxsize=100_000)
def _known_word(word: str) -> bool:
    """Whether pymorphy3's dictionary holds `word` (cached: sentences open with the same
    few hundred words, and each look-up walks the dictionary)."""
    return bool(analyzer().word_is_known(word))


@cache
def ner_scope() -> NerScope:
    """The rules of ``data/ner_scope.json`` with the register's cue words (read once)."""
    from analysis.entities.ner import ROLE_HEAD_RE

    rules = json.loads(resources.files("analysis").joinpath("data", "ner_scope.json")
                       .read_text("utf-8"))
    cues = frozenset(fold_yo(row["cue"].split()[0]) for row in _rows("project_cues.csv")
                     if row["field"] == "kind" and row["cue"].split()[0] != "*")
    legal = next(row["words"] for row in _rows("project_words.csv") if row["set"] == "legal_form")
    return NerScope(
        cue_lemmas=cues,
        org_markers=frozenset(rules["org_markers"]) | frozenset(legal.split()),
        role_head=ROLE_HEAD_RE,
        quotes=frozenset(rules["quotes"]),
        capital_run=compile_pattern(r"\b[A-ZА-ЯЁ]{" + str(int(rules["capital_run"])) + ",}"),
        window_before=int(rules["window_before"]),
        window_after=int(rules["window_after"]),
        name_grammemes=frozenset(rules["name_grammemes"]),
        adjective_endings=tuple(rules["adjective_endings"]),
        name_prefixes=tuple(rules["name_prefixes"]),
        turn_opening=compile_pattern(rules["turn_opening"]),
        turn_dashes=rules["turn_dashes"],
        relevance=bool(rules["relevance"]),
    )
