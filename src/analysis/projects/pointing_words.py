"""A sentence's own words that point at a project or a firm told before, or announce more:
its subject a project noun («Центр в Мурманске продолжит…», `subject_reference`) or a firm
noun after the object («Сервисный центр компания открыла…», `subject_after_object`),
another project («также», «кроме того», «ещё один»: `tells_another`), several sites («в
четырёх регионах», `announces_sites`), the local one («местной сборки»: `local_kind`).
`analysis.projects.context` and the reader read them.
"""

from __future__ import annotations

from analysis.projects.cues import CueHit, Token, words
from analysis.projects.role_phrases import ordinal_opening

_SUBJECT_SPAN = 6  # words an opening adverbial («До конца года») may take before the subject
_VERBS = ("VERB", "INFN", "PRTS")


def tells_another(toks: list[Token]) -> bool:
    """Does the sentence announce another project («также», «кроме того», «ещё один», ``another``)?
    Not «обслуживает ещё и Новосибирскую область»: «ещё и» adds to what it tells («also»)."""
    another = words("another")
    return any(t.word in another and not (
        t.word in ("ещё", "еще") and k + 1 < len(toks) and toks[k + 1].word == "и")
        for k, t in enumerate(toks)) or ordinal_opening(toks)


def announces_sites(toks: list[Token]) -> bool:
    """«в четырёх регионах», «три площадки»: a number (not «один») before a site noun."""
    count = words("site_count")
    for k, t in enumerate(toks):
        if t.pos == "NUMR" and t.lemma != "один" and any(
                u.lemma in count for u in toks[k + 1:k + 4]):
            return True
    return False


def subject_noun(toks: list[Token]) -> int | None:
    """«В следующем году дилер планирует открыть …»: the index of the sentence's subject (its
    first nominative noun not governed by a preposition, before the verb, within the first
    words, so an opening adverbial may stand before it); None when the verb comes first."""
    for k, t in enumerate(toks[:_SUBJECT_SPAN]):
        if t.pos in _VERBS:
            return None  # «В Сарапуле планируют открыть центр»: after the verb, an object
        if t.pos != "NOUN" or "nomn" not in t.tags:
            continue
        j = k - 1
        while j >= 0 and toks[j].pos in ("ADJF", "PRTF"):
            j -= 1
        if j >= 0 and toks[j].pos == "PREP":
            continue
        return k
    return None


def subject_reference(toks: list[Token]) -> int | None:
    """«До конца года центр в Мурманске продолжит принимать машины»: the index of the
    sentence's subject (`subject_noun`) when it is a project noun (``reference_start``:
    «центр», «завод», «площадка»), so the sentence continues the project last talked about
    even after an opening adverbial; None otherwise."""
    k = subject_noun(toks)
    return k if k is not None and toks[k].lemma in words("reference_start") else None


def subject_after_object(toks: list[Token]) -> bool:
    """«Сервисный центр компания открыла вместе с …», «Сборку комбайнов предприятие ведёт …»:
    the object first, then a plain firm noun (``firm_reference``, no adjective before it) in
    the nominative right before the finite verb: that noun is the subject, the firm told
    before."""
    firm = words("firm_reference")
    return any(t.lemma in firm and t.pos == "NOUN" and "nomn" in t.tags
               and toks[k + 1].pos == "VERB" and toks[k - 1].pos not in ("ADJF", "PRTF", "PREP")
               for k, t in enumerate(toks[1:_SUBJECT_SPAN], 1) if k + 1 < len(toks))


def local_kind(toks: list[Token], kinds: list[CueHit]) -> bool:
    """«Появление местной сборки позволит снизить цены»: a kind cue right after «местный»
    (``local``) points back at the project its article tells, as «здесь» does; it opens none
    of its own and borrows no firm from the sentences around it (session 31)."""
    local = words("local")
    return any(h.first and toks[h.first - 1].lemma in local for h in kinds)
