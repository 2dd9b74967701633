"""How deep a project's localisation is: the share told now and the target with its year.

Russian news writes it «уровень локализации — 45%», «доля российских комплектующих
составляет 30%», «довести локализацию до 60% к 2029 году», «с 20 до 55%» and, in a plan,
«38% → 52% → 70%». `localisation_figures` reads one sentence: from a localisation cue on,
each percent of the cue's clauses is a share (what was reached: «достиг 38%», «выросла до
52%») or a target (its clause speaks of the future: «должен вырасти до 52%», «планируется»,
or names a later year than the article's), the target taking the year its clause names. A
percent after another measure («рентабельность», «доля рынка», «принадлежит 49%»), a step
(«выросла на 10%») or a rate («под 5% годовых») is not localisation. The words are data
(``data/localisation_ru.json``); which row a figure belongs to is the register's business
(`analysis.projects.register`, as for investment figures).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.datafiles import data_json
from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern
from analysis.projects.timelines import normalize_timeline

if TYPE_CHECKING:
    from analysis.ingest import Article
    from analysis.projects.mention import ReadSentence
    from analysis.projects.merging import Project

__all__ = ["Localisation", "LocalisationFigure", "ToldIn", "continues_localisation", "later_localisation",
           "localisation_figures", "may_tell_localisation", "names_localisation", "no_target_year",
           "tells_percent", "tie_localisation", "told_localisation", "told_rows"]

_NUMBER = r"(\d{1,3}(?:[.,]\d{1,2})?)"
# («6 процентных пунктов» is a step, not a level)
_PERCENT = lazy_compile(_NUMBER + r"\s*(?:%|процент(?!\w*\s+пункт)\w*)")
# «от 10 до 25%»: a spread over several (plants, models), no one project's share
_SPREAD = lazy_compile(r"(?i)\bот\s+\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|процент\w*)?\s+до\s+$")
# «с 20 до 55%», «с 20% до 55%»: the earlier level, then the later one
_RANGE = lazy_compile(r"(?i)\bс\s+" + _NUMBER + r"\s*(?:%|процент\w*)?\s+до\s+" + _NUMBER
                      + r"\s*(?:%|процент\w*)")
_ARROW = lazy_compile(r"^\s*(?:→|->|—>|=>|⇒)\s*$")
_CLAUSE_END = lazy_compile(r"[;:]|,\s+(?:а|но|однако|тогда как|при этом)\s")
# «достигла 40%, а с новыми узлами превысит 60%»: a contrast that goes on with the same
# share's future, its subject left out
_CONTRAST = lazy_compile(r",\s+(?:а|но|однако|при этом)\s")
_NAMED = lazy_compile(r"[«\"]|\b[А-ЯЁA-Z]")
_NEXT_CLAUSE = lazy_compile(r"[,;:]")
_YEAR = lazy_compile(r"^\d{4}")
# a percent this far from its cue (or the percent before) is told of something else
_REACH = 160


class LocalisationFigure(NamedTuple):
    """What one clause tells of a project's localisation (clean-text offsets)."""

    position: int  # of its cue
    share: float | None = None  # the share reached («достиг 38%»)
    target: float | None = None  # the share to be reached («до 60%»)
    target_year: int | None = None  # when («к 2029 году»)


class ToldIn(NamedTuple):
    """A sentence a localisation value rests on (clean-text offsets into `article.text`)."""

    article: Article
    start: int
    end: int


class Localisation(NamedTuple):
    """The localisation a register row keeps: each value from the latest news that gives
    it, with the sentences it rests on."""

    share: float | None
    target: float | None
    target_year: int | None
    told: tuple[date, int]  # (publication date, position): which news is later
    sentences: tuple[ToldIn, ...]


def told_localisation(figure: LocalisationFigure, article: Article, start: int,
                      end: int) -> Localisation:
    """`figure` of the sentence `start:end` of `article` as a row keeps it."""
    return Localisation(share=figure.share, target=figure.target, target_year=figure.target_year,
                        told=(article.published or date.min, figure.position),
                        sentences=(ToldIn(article, start, end),))


@cache
def _words() -> dict[str, list[str]]:
    return {k: v for k, v in data_json("localisation_ru.json").items() if not k.startswith("_")}


def _stems(name: str) -> str:
    return "|".join(re.escape(w) for w in _words()[name])


@cache
def _cue() -> re.Pattern[str]:
    """«локализация», «локализованы», «доля российских комплектующих»."""
    return compile_pattern(rf"(?i)\b(?:(?:{_stems('cue_stems')})\w*|(?:{_stems('share_words')})\w*"
                           rf"\s+(?:\w+\s+)?(?:{_stems('share_of')})\w*\s+(?:{_stems('share_parts')})\w*)")


@cache
def _stem_pattern(name: str) -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b(?:{_stems(name)})\w*")


@cache
def _continues() -> re.Pattern[str]:
    return compile_pattern(rf"(?i)^\W*(?:{'|'.join(re.escape(w) for w in _words()['continues'])})\b")


@cache
def _continues_object() -> re.Pattern[str]:
    """«довести его до 50%», «намерены повысить его до 45%»: a future stem (and a verb after
    it), a pronoun for the level told before, «до» and a number."""
    return compile_pattern(rf"(?i)\b(?:{_stems('future')})\w*(?:\s+\w+)?\s+"
                           rf"(?:{_stems('continues_object')})\s+до\s+\d")


def _continued_at(sentence: str) -> int | None:
    """Where a sentence that goes on about the localisation told before opens its clause:
    «Этот показатель вырастет до 70%» at its start, «Партнёры рассчитывают довести его до
    50%» at the verb; None if it does not go on."""
    m = _continues().search(sentence) or _continues_object().search(sentence)
    return m.start() if m else None


_MAY = lazy_compile(r"(?i)локализ|комплектующ|компонент|детал|узл|материал")


def may_tell_localisation(text: str) -> bool:
    """A cheap first look: can any sentence of `text` tell localisation?"""
    return bool(_MAY.search(text))


def names_localisation(text: str) -> bool:
    """Does `text` name localisation (a cue: «локализация», «доля российских комплектующих»)?"""
    return bool(_cue().search(text))


def tells_percent(text: str) -> bool:
    """Does `text` give a percent («38%», «45 процентов»)?"""
    return bool(_PERCENT.search(text))


def continues_localisation(sentence: str) -> bool:
    """«Этот показатель вырастет до 70%» after a sentence of localisation: it goes on."""
    return _continued_at(sentence) is not None


def no_target_year(timeline: str | None, sent: ReadSentence, before: ReadSentence | None,
                   published: date | None) -> str | None:
    """`timeline` unless it is the year a localisation share of `sent` is to reach («Партнёры
    рассчитывают довести его до 50% к 2028 году»: the target's year, which the register
    keeps as the localisation's, not the project's date; newuser41 F7). `before`: the
    sentence before, whose localisation «его» may go on about."""
    if timeline is None:
        return None
    text = sent.text[sent.start:sent.end]
    continued = before is not None and may_tell_localisation(
        before.text[before.start:before.end]) and continues_localisation(text)
    if not (continued or may_tell_localisation(text)):
        return timeline
    years = {str(f.target_year) for f in localisation_figures(text, 0, published, continued)
             if f.target_year is not None}
    return None if timeline in years else timeline


def _value(digits: str) -> float:
    return float(digits.replace(",", "."))


def _future(context: str, published: date | None) -> tuple[bool, int | None]:
    """Does `context` (a percent's clause) speak of the future, and of which year?"""
    timeline = normalize_timeline(context, published)
    year = int(timeline[:4]) if timeline and _YEAR.match(timeline) else None
    later = year is not None and published is not None and year > published.year
    return bool(_stem_pattern("future").search(context)) or later, year


def _not_a_level(text: str, start: int) -> bool:
    """«выросла на 10%», «под 5% годовых»: a step or a rate, not a level («локализованы на
    45%» is one); «от 10 до 25%»: a spread, no one level."""
    if _SPREAD.search(text, max(0, start - 40), start):
        return True
    before = re.findall(r"\w+", text[max(0, start - 40):start])
    if not before or before[-1].lower() not in _words()["increment_before"]:
        return False
    # («выйти на 55%», «вышли на 40%»: a level reached, as «локализованы на 45%»)
    return not (len(before) > 1 and (_cue().fullmatch(before[-2])
                                     or _stem_pattern("reach_before").fullmatch(before[-2])))


def _segments(text: str, published: date | None = None) -> list[tuple[int, int, int]]:
    """(clause start, cue, end) of each localisation clause: from a cue to the next clause
    boundary that opens another clause («…, а …», «;»), or the next cue; a contrast clause
    that tells the same share's future goes with it (`_future_goes_on`)."""
    cues = [m.start() for m in _cue().finditer(text)]
    out = []
    for k, at in enumerate(cues):
        if out and out[-1][2] > at:
            continue  # the same clause names localisation twice
        stop = cues[k + 1] if k + 1 < len(cues) else len(text)
        end = next((m.start() for m in _CLAUSE_END.finditer(text, at, stop)
                    if _PERCENT.search(text, at, m.start())), stop)
        end = _future_goes_on(text, end, stop, published)
        starts = [m.end() for m in re.finditer(r"[,;:—–]\s", text[:at])]
        out.append((starts[-1] if starts else 0, at, end))
    return out


def _future_goes_on(text: str, end: int, stop: int, published: date | None) -> int:
    """Where a localisation clause ending at `end` ends when the contrast after it tells
    the same share ahead with no subject of its own («достигла 40%, а с новыми узлами
    превысит 60%», «составляет 35%, но к 2028 году вырастет до 50%»): the contrast's end;
    else `end`. A contrast naming another measure («, а рентабельность — 12%») or a name of
    its own («, а в Нижнем Новгороде к 2029 году — 60%»: another site's) stays apart."""
    contrast = _CONTRAST.match(text, end)
    if contrast is None:
        return end
    after = next((m.start() for m in _CLAUSE_END.finditer(text, contrast.end(), stop)), stop)
    clause = text[contrast.end():after]
    percent = _PERCENT.search(clause)
    if percent is None or _stem_pattern("breaks").search(clause[:percent.start()]) or \
            _NAMED.search(clause, 0, percent.start()):
        return end
    return after if _future(clause[:percent.end()], published)[0] else end


def _read_segment(text: str, clause: int, cue: int, end: int, published: date | None,
                  offset: int) -> LocalisationFigure | None:
    share = target = year = None
    anchor, told = cue, clause  # the last cue or percent read; where its clause began
    percents = list(_PERCENT.finditer(text, cue, end))
    k = 0
    while k < len(percents):
        m = percents[k]
        tail = re.match(r"\s*\w+", text[m.end():end])
        between = text[anchor:m.start()] + (tail.group() if tail else "")
        if m.start() - anchor > _REACH or _stem_pattern("breaks").search(between):
            break
        if _not_a_level(text, m.start()):
            anchor, k = m.end(), k + 1
            continue
        chain = [m]
        while k + len(chain) < len(percents) and _ARROW.match(
                text[chain[-1].end():percents[k + len(chain)].start()]):
            chain.append(percents[k + len(chain)])
        # what follows the percent in its clause («до 60% к 2029 году»), not the next clause's
        after = text[chain[-1].end():next((p.start() for p in percents[k + len(chain):]), end)]
        after = after[:cut.start()] if (cut := _NEXT_CLAUSE.search(after)) else after
        context = text[told:chain[-1].end()] + after
        future, when = _future(context, published)
        if future and when is None:  # «План на 2027 год — … выход на локализацию 70%»
            _, told_year = _future(text[:end], published)
            if told_year is not None and (published is None or told_year > published.year):
                when = told_year
        rng = _RANGE.search(text, told, m.end())
        if len(chain) > 1:  # «38% → 52% → 70%»: from now to the plan
            share, target, year = _value(m.group(1)), _value(chain[-1].group(1)), when
        elif rng and rng.end() == m.end():
            low, high = _value(rng.group(1)), _value(rng.group(2))
            if future:
                share, target, year = low, high, when
            else:
                share = high
        elif future:
            target, year = _value(m.group(1)), when
        elif share is not None:
            break  # «GS12 составил 72%, GS812 — 64%»: the next share is another thing's
        else:
            share = _value(m.group(1))
        anchor = told = chain[-1].end()
        k += len(chain)
    if share is None and target is None:
        return None
    return LocalisationFigure(position=offset + cue, share=share, target=target, target_year=year)


def localisation_figures(sentence: str, offset: int = 0, published: date | None = None,
                         continued: bool = False, answered: bool = False) -> list[LocalisationFigure]:
    """The localisation figures of one sentence, one per clause that tells one, in order
    (`offset`: the sentence's start in the article; `continued`: the sentence before told
    localisation, so «Этот показатель …» opens a clause of it; `answered`: the sentence
    answers a question naming localisation, «— Около 38%.», so it is all one clause of it)."""
    segments = _segments(sentence, published)
    if not segments and continued and (at := _continued_at(sentence)) is not None:
        segments = [(0, at, len(sentence))]
    if not segments and answered:
        segments = [(0, 0, len(sentence))]
    found = [_read_segment(sentence, clause, cue, end, published, offset)
             for clause, cue, end in segments]
    return [f for f in found if f is not None]


def later_localisation(held: Localisation | None, new: Localisation | None) -> Localisation | None:
    """Each value from the later of two localisations that gives it (a target keeps its year)."""
    if held is None or new is None:
        return held or new
    first, last = sorted((held, new), key=lambda x: x.told)
    share = last.share if last.share is not None else first.share
    aim = last if last.target is not None else first
    kept = [s for x in (first, last) for s in x.sentences
            if (x.share is not None and x.share == share) or (x is aim and x.target is not None)]
    sentences = tuple({(s.article.article_id, s.start, s.end): s for s in kept}.values())
    return Localisation(share=share, target=aim.target, target_year=aim.target_year,
                        told=last.told, sentences=sentences)


def tie_localisation(rows: list[Project], sent: ReadSentence, article: Article,
                     continued: bool, answered: bool = False) -> bool:
    """The localisation figures of `sent` join `rows` (the projects the sentence may tell of,
    `told_rows`): one project takes them all; several projects of one
    sentence take one figure each, in order, or none (no guess). `continued`: the sentence
    before told localisation; `answered`: the sentence answers a question naming it
    (`localisation_answers`). Whether this sentence told any."""
    text = sent.text[sent.start:sent.end]
    found = localisation_figures(text, sent.start, article.published,
                                 continued and continues_localisation(text), answered)
    if len(rows) > 1 and len(found) != len(rows):
        return bool(found)
    for p, fig in zip(rows if len(rows) > 1 else rows * len(found), found, strict=False):
        p.localisation = later_localisation(p.localisation, told_localisation(
            fig, article, sent.start, sent.end))
    return bool(found)


def told_rows(idx: int, sents: list[ReadSentence], last: Project | None, last_sent: int,
              of_last_sentence: list[Project]) -> list[Project]:
    """The projects a figure of sentence `idx` may tell of (the register's reading: `last`
    told in sentence `last_sent` with `of_last_sentence`): those of its own sentence, else
    the last project if told in the sentence or paragraph before (as investment figures)."""
    if last_sent == idx:
        return list(dict.fromkeys(of_last_sentence))
    if last is None or last_sent < 0:
        return []
    near = last_sent == idx - 1 or sents[last_sent].paragraph == sents[idx].paragraph
    return [last] if near else []
