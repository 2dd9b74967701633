"""A firm in a bankruptcy procedure: its project is halted, whatever verb tells the procedure.

«Арбитражный суд ввёл процедуру наблюдения в отношении ООО «…» — совместного предприятия …»
read as a running venture (the court's «ввёл» is a status cue of a start; session 36). A word
of insolvency (``insolvency`` of ``data/project_words.csv``: банкротство, несостоятельность,
банкрот, конкурсное производство or управляющий) or a procedure of it named as one
(``insolvency_stages`` after ``insolvency_stage_heads``: «процедура наблюдения», «стадия
ликвидации»; or as what a court «ввёл»: «введено наблюдение») tells the firm's work is
halted: `SUSPENDED` (the court decides what becomes of it); a liquidation
(``insolvency_closing``) `CLOSED`. A threat or a wish («на грани банкротства», «избежать
банкротства»), a time («до банкротства завод выпускал …»: ``insolvency_not_now`` right
before) and a negation tell no procedure under way; nor does a sentence that tells the work
resumed («прошла через процедуру наблюдения … и возобновила сборку»: the reader's caller).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words
from analysis.vocab import CLOSED, SUSPENDED

if TYPE_CHECKING:
    from analysis.projects.cues import Token

__all__ = ["insolvency_halt"]

_HEAD_SPAN = 2  # words from «процедура»/«ввёл» to the procedure («процедуру внешнего наблюдения»)


def _not_now(toks: list[Token], k: int) -> bool:
    """«на грани банкротства», «не является банкротом», «до банкротства»: no procedure now."""
    before = toks[max(0, k - _HEAD_SPAN):k]
    return any(t.lemma in words("insolvency_not_now") or t.word == "не" for t in before)


def _stage_named(toks: list[Token], k: int) -> bool:
    """Is the procedure noun at `k` named as one («процедуру наблюдения», «ввёл наблюдение»)?"""
    before = toks[max(0, k - _HEAD_SPAN - 1):k]
    return any(t.lemma in words("insolvency_stage_heads") for t in before)


def insolvency_halt(toks: list[Token]) -> str:
    """`CLOSED` for a liquidation procedure, `SUSPENDED` for any other insolvency told, else ""."""
    found = ""
    for k, t in enumerate(toks):
        if _not_now(toks, k):
            continue
        if t.lemma in words("insolvency_stages") and _stage_named(toks, k):
            if t.lemma in words("insolvency_closing"):
                return CLOSED
            found = SUSPENDED
        elif t.lemma in words("insolvency"):
            found = SUSPENDED
    return found
