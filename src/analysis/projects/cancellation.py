"""«В 2021 году проект официально отменили»: a sentence that cancels the project last told
(`cancellation`), or a project of its own told apart («Проект сборки …, о котором объявили,
отменили»: `Mention.cancels_own`), or a venture named by its noun and wound up («СП … в
прошлом году было ликвидировано», session 32). Word lists are data
(``data/project_words.csv``: cancel, denial_forms, relative, resume, closed, trade,
agreement_terms, plan_nouns, wound_up, wound_up_nouns).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import CueHit, Token, words
from analysis.projects.mention import Mention
from analysis.projects.stance import (
    CLAUSE_MARK,
    ceases_work,
    declines_to_speak,
    denied,
    never_started,
    told_announced,
)

if TYPE_CHECKING:
    from analysis.entities import Entity
    from analysis.projects.mention import ReadSentence


def _clause_start(toks: list[Token], at: int, text: str) -> int:
    """The first word of the clause (between punctuation marks) that word `at` is in."""
    return next((k + 1 for k in range(at - 1, -1, -1)
                 if CLAUSE_MARK.search(text, toks[k].end, toks[k + 1].start)), 0)


def _opens_relative(toks: list[Token], first: int) -> bool:
    """Does the clause at word `first` open with «который», «где» (``relative``), also after
    a preposition («о котором», «в котором»), or with a participle («Соглашение о сборке …,
    подписанное с помпой, расторгли»: a participle clause describes its noun as a relative
    one does)?"""
    relative = words("relative")
    return toks[first].lemma in relative or toks[first].pos == "PRTF" or (
        toks[first].pos == "PREP" and first + 1 < len(toks) and toks[first + 1].lemma in relative)


def cancellation(sent: ReadSentence, toks: list[Token], hits: list[CueHit], firms: list[Entity],
                 text: str) -> Mention | None:
    """«В 2021 году проект официально отменили», «стороны отказались от проекта, а компанию
    ликвидировали»: a denial with no kind cue of its own that names «проект» (`reference`)
    or a firm (`firms`: the sentence's enterprises) cancels the project last told; the merge
    decides whether there is one. None: the sentence cancels nothing."""
    cancel, forms = words("cancel"), words("denial_forms")
    if cancel.isdisjoint(sent.lemmas) and forms.isdisjoint(sent.words):
        return None
    # «Были ли проекты, от которых пришлось отказаться?»: a question tells nothing
    if text[sent.start:sent.end].rstrip().endswith("?") or "ли" in sent.words:
        return None
    # «От проекта никто не отказывается»: a negated cancellation cancels nothing; a pause
    # («работы приостановлены») is no cancellation either (no ``cancel`` word)
    at = next((n for n, t in enumerate(toks) if (t.lemma in cancel or t.word in forms)
               and not any(u.word in ("не", "ни") for u in toks[max(0, n - 2):n])
               and not declines_to_speak(toks, n, text)), None)
    if at is None or not denied(toks, text):
        return None
    if not words("resume").isdisjoint(sent.lemmas):
        # «партнёр отказался продлевать договор, возобновить обслуживание рассчитывают …»:
        # a stop told with its restart hoped for is a pause, no cancellation (session 30)
        return None
    if ceases_work(toks, at) or toks[at].word in words("closed"):
        return None  # «СП … прекращает работу», «… ликвидируется»: a working one closes (`told_halted`)
    if at + 1 < len(toks) and toks[at + 1].lemma in words("trade"):
        # «после того, как западные производители прекратили поставки запчастей»: trade
        # stopped (its object), not the project
        return None
    # the cancelling clause (between punctuation marks) names no project of its own: «о
    # сборке … расторгнут» denies its own project, «а участок продали под склад» is apart
    first = _clause_start(toks, at, text)
    told_apart = first > 1 and _opens_relative(toks, before := _clause_start(toks, first - 1, text))
    if told_apart:
        # «Проект сборки …, о котором громко объявили, официально отменили»: the relative
        # clause sits inside the cancelling one, whose subject comes before it
        first = _clause_start(toks, before - 1, text) if before else 0
    last = next((k for k in range(at, len(toks) - 1)
                 if CLAUSE_MARK.search(text, toks[k].end, toks[k + 1].start)), len(toks) - 1)
    # («СП … было ликвидировано»: the venture's noun names the venture wound up, no project
    # of its own; session 32)
    wound_up = toks[at].lemma in words("wound_up")
    if any(h.cue.field == "kind" and first <= h.first <= last
           and not (wound_up and h.first == h.last and toks[h.first].lemma in words("wound_up_nouns"))
           for h in hits):
        # («…, о котором объявляли, так и не был запущен»: an announced project, a row)
        own_row = firms or not told_apart or (told_announced(sent) and never_started(toks))
        return None if own_row else Mention(sentence=sent, kind=None, status="unknown",
                                          enterprises=set(), region=None, cancels=True,
                                          cancels_own=True)
    # «Инвестиционное соглашение тогда подписали, но через два года его расторгли»: the
    # agreement the project stood on, cancelled, cancels it as «проект» does
    named = "проект" in sent.lemmas or not words("agreement_terms").isdisjoint(sent.lemmas)
    # («Позже от этой идеи отказались»: a plan noun, ``plan_nouns``, in a sentence that tells
    # nothing else — no kind cue, no firm — points at the plan last told)
    named = named or (not firms and not any(h.cue.field == "kind" for h in hits)
                      and not words("plan_nouns").isdisjoint(sent.lemmas))
    # («СП … в прошлом году было ликвидировано»: the venture named by its noun, wound up)
    named = named or (wound_up and not words("wound_up_nouns").isdisjoint(sent.lemmas))
    if not (named or firms):
        return None
    return Mention(sentence=sent, kind=None, status="unknown",
                   enterprises={e.normal for e in firms}, region=None, reference=named,
                   cancels=True)
