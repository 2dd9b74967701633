"""Whose trade a figure told in the first person is: the side of whoever speaks.

«Наш экспорт вырос на 10% и составил 600 млн долларов», — отметил он» in an article about a
Russian region is the region's export only when the speaker is the region's: after «Генеральный
консул Беларуси в Смоленске … рассказал о сотрудничестве» it is Belarus's (BY→RU). So is
«экспорт республики» in a Belarusian official's mouth: a speaker's «республика», not after a
preposition («поставки в республику» are the partner's), is the speaker's own country or
republic; with no speaker, it is Belarus in a Belarusian outlet or in an oblast's article.
The speaker is the one the sentence's attribution names («— сказал посол Беларуси»:
`flow._speaker_side` reads that), else — when the attribution names no one («отметил он», «по
его словам», «добавил дипломат») or the sentence is a reply of an interview («— …») — the
person introduced in the sentences before: a role noun and the side named right after it
(«консул Беларуси», «председатель Гомельского облисполкома») or the side's adjective right
before it («белорусский посол»). The words are data (`data/trade_flow_ru.json`: `first_person`,
`own_republic`, `speaker_roles`, `pronoun_attribution`, `voice_reach`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.lang import parse
from analysis.lang.case import fold_case
from analysis.lazypattern import lazy_compile
from analysis.money.first_person import first_plural_verb
from analysis.money.flow_sides import named_sides
from analysis.money.literal_gate import lead_literals
from analysis.money.outlets import belarusian_outlet
from analysis.money.region import ArticleText, SentenceSpan
from analysis.money.trade_flow_data import flow_data
from analysis.patternstore import compile_pattern

__all__ = ["republic_side", "speaks_first_person", "voiced_side"]

_WORD = lazy_compile(r"[А-Яа-яЁё-]+")
_REPLY = lazy_compile(r"[ \u00a0]*[—–]")
_REPUBLIC = "республик"  # in a region's name: «Республика Татарстан», «Удмуртская Республика»
_ROLE_WORDS = 6  # words after a role noun its side may stand in («председателя Гомельского облисполкома»)
_STOP_TAGS = ("VERB", "PREP", "INFN", "PRTF", "CONJ")  # where a role's phrase ends


class VoiceWords(NamedTuple):
    first_person: re.Pattern[str]
    own_republic: re.Pattern[str]
    roles: re.Pattern[str]
    pronoun: re.Pattern[str]
    reach: int


@cache
def _words() -> VoiceWords:
    data = flow_data()

    def union(words: list[str]) -> re.Pattern[str]:
        return compile_pattern("|".join(f"(?:{w})" for w in words))

    return VoiceWords(first_person=union(data["first_person"] + data["own_republic"]),
                      own_republic=union(data["own_republic"]),
                      roles=compile_pattern(r"(?<![а-яё-])(?:" + "|".join(data["speaker_roles"])
                                            + r")(?![а-яё])"),
                      pronoun=union(data["pronoun_attribution"]), reach=int(data["voice_reach"]))


def speaks_first_person(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] speak as a side («наш», «мы», «у нас», «республика» not after a
    preposition, a verb in the first person plural)?"""
    folded = fold_case(text)  # (the article's, kept: its words are those of the text, lowered)
    # (`map` over the cached reader: no Python frame a word, ~40 % of the verbs' reading)
    return _first_person_in(folded, lo, hi) or any(
        map(first_plural_verb, _WORD.findall(folded, lo, hi)))


def _first_person_in(folded: str, lo: int, hi: int) -> bool:
    """``first_person.search(folded, lo, hi)`` found: the pattern is tried only where one of
    the literals its every match starts with stands (`lead_literals`: «мы», «наш», …, each
    looked for in C), not at every «м», «н» and «р» of the stretch (sre tries its look-behinds
    there); the same answer."""
    pattern, leads = _words().first_person, _first_person_leads()
    if leads is None:
        return pattern.search(folded, lo, hi) is not None
    stretch, match, find = folded[lo:hi], pattern.match, folded.find
    for lead in leads:
        if lead in stretch:
            at = find(lead, lo, hi)
            while at >= 0:
                if match(folded, at, hi) is not None:
                    return True
                at = find(lead, at + 1, hi)
    return False


@cache
def _first_person_leads() -> tuple[str, ...] | None:
    return lead_literals(_words().first_person)


def _role_side(text: str, start: int, end: int) -> str | None:
    """The one side a role noun at text[start:end] is of: named in its phrase after it (up
    to a verb, a preposition or a punctuation mark), else by an adjective right before it."""
    hi = end
    for n, m in enumerate(_WORD.finditer(text, end, min(len(text), end + 80))):
        if n >= _ROLE_WORDS or re.search(r"[.,;:!?«»()—–]", text[hi:m.start()]):
            break
        if any(t in parse(m.group().lower()).tag for t in _STOP_TAGS):
            break
        hi = m.end()
    sides = {side for _, _, side in named_sides(text, end, hi)}
    if not sides:
        before = text.rfind(" ", 0, max(0, start - 1)) + 1
        sides = {side for _, _, side in named_sides(text, before, start)}
    return sides.pop() if len(sides) == 1 else None


def _sentences_before(text: str, ctx: ArticleText, span: SentenceSpan, n: int) -> list[SentenceSpan]:
    """Up to `n` sentences before `span`, nearest first, over paragraph breaks."""
    sents, i = ctx.sentence_index(span.start)
    out = list(reversed(sents[:i]))
    while len(out) < n:
        first = (out[-1] if out else sents[0]).start
        end = len(text[:first].rstrip())
        if end <= 0:
            break
        sents = ctx.sentence_index(end - 1)[0]
        out.extend(reversed(sents))
    return out[:n]


def _introduced_side(text: str, ctx: ArticleText, span: SentenceSpan) -> str | None:
    """The side of the person the sentences before `span` introduce (the nearest role noun
    with a side), at most `voice_reach` sentences back, over paragraph breaks."""
    folded = fold_case(text)
    for s in _sentences_before(text, ctx, span, _words().reach):
        for role in reversed(list(_words().roles.finditer(folded, s.start, s.end))):
            if (side := _role_side(text, role.start(), role.end())) is not None:
                return side
    return None


def voiced_side(text: str, ctx: ArticleText, span: SentenceSpan, before: int) -> str | None:
    """The side a figure told in the first person (before `before`, its amount) speaks for,
    when its sentence's attribution names no one or it is a reply of an interview: the
    person introduced before (see the module docstring); else None."""
    if not speaks_first_person(text, span.start, before):
        return None
    line = text.rfind("\n", 0, span.start) + 1
    if not (_words().pronoun.search(fold_case(text), span.start, span.end)
            or _REPLY.match(text, line)):
        return None
    return _introduced_side(text, ctx, span)


def republic_side(text: str, span: SentenceSpan, before: int, source: str | None,
                  region: str | None) -> str | None:
    """«BY» when a figure's sentence names «республика» as its side before it («Экспорт
    республики в прошлом году вырос до …») and the republic can only be Belarus: a Belarusian
    outlet writes (БелТА, «Гомельская правда»), or the figure's Russian region is no republic
    (an oblast's article); else None."""
    if not _words().own_republic.search(fold_case(text), span.start, before):
        return None
    if source and belarusian_outlet(source):
        return "BY"
    return "BY" if region and _REPUBLIC not in region.lower() else None
