"""A training stay: «Для освоения сборки группа сварщиков пройдёт стажировку на производстве
партнёра в Ярославле», «наши технологи стажировались в Минске». People who go through
training (``training_stay`` after «пройти» / «проходить», or a ``training_verbs`` verb) are
trained for the work of a project told elsewhere; the kind cues of that clause («сборки»:
what they learn, «на производстве партнёра»: where) name no project of their own, and the
place of the stay is no site (rounds 12, 14, 40, 44: a stay is part of the project it serves)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit, Token
    from analysis.projects.kind_context import KindContext

_STAY_SPAN = 3  # words from «пройти» to its training noun («прошли месячную стажировку»)
_CLAUSE_MARK = lazy_compile(r"[;:—–]|,\s+(?:а|но|и)\s")  # what ends a clause between two words


def _stay_at(toks: list[Token]) -> list[int]:
    """The tokens that tell a training stay: a ``training_verbs`` verb, or a
    ``training_stay`` noun within a few words after «пройти» / «проходить»."""
    stay, verbs = words("training_stay"), words("training_verbs")
    out = [k for k, t in enumerate(toks) if t.lemma in verbs]
    for k, t in enumerate(toks):
        if t.lemma in ("пройти", "проходить"):
            out += [j for j in range(k + 1, min(len(toks), k + 1 + _STAY_SPAN))
                    if toks[j].lemma in stay]
    return out


def not_a_training_stay(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """Drop the kind cues of a clause that tells a training stay (no clause mark between
    the cue and the stay)."""
    toks, text = ctx.toks, ctx.text
    stays = _stay_at(toks)
    if not stays:
        return kinds

    def same_clause(i: int, j: int) -> bool:
        a, b = min(i, j), max(i, j)
        return not _CLAUSE_MARK.search(text, toks[a].end, toks[b].start)

    return [h for h in kinds if not any(same_clause(h.first, k) for k in stays)]
