"""Whether a sentence tells an agreement about its project signed or reached (issue 11).

«подписали соглашение о создании», «договорились о сборке», «заключили договор на
организацию», «подписан меморандум о строительстве», «достигнута договорённость»: the
decision is made, and the project is `agreed` even when a later sentence gives its planned
start (`analysis.vocab.SIGNED_RANK`: further along than a plan, short of works under way).
Not so, and such an `agreed` ranks below a plan as before:

* an approval or a park's resident status («одобрил проект», «стал резидентом»): nothing
  was signed between the sides;
* a signing denied («Документ пока не подписан», «договорённостей пока нет»);
* an agreement about something other than setting the project up: a purchase or a delivery
  («контракт на приобретение 30 автобусов», «соглашение о поставке машинокомплектов»), or
  the extension of what is already there («договорённость о расширении площадей центра»,
  «соглашение о продолжении строительства»): the new stage is still a plan.

A sentence that tells an agreement's terms («По условиям соглашения, … будут изготавливать
на ПТМЗ», «По документу предприятие будет изготавливать …», «Соглашение предусматривает
создание сервисных пунктов») sets its project up by that agreement: its plan is `agreed`
(`terms_agreed`), as a signing is; works told under way or running there stay what they are.
So does a signed agreement whose content is a clause («подписали соглашение о том, что
совместно откроют сервисные пункты»): the plan of that clause is what was agreed.

Word lists are data (``data/project_words.csv``: signature, agreement_heads,
agreement_not_founding, agreement_terms, agreement_provides, agreement_content).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import Token, words

if TYPE_CHECKING:
    from analysis.projects.mention import Mention, ReadSentence

_TERMS_SPAN = 2  # «по (условиям) соглашения», «соглашение (также) предусматривает»
_OBJECT_SPAN = 6  # words from an agreement's head to the «о/об/на/по» of what was agreed
_NOUN_SPAN = 3  # words from that preposition to its noun («о дальнейшем расширении»)
_NEGATION_SPAN = 2  # «пока не подписан», «так и не договорились»; «договорённостей пока нет»
# Where one clause of a sentence ends: a comma, semicolon or colon, or a dash between spaces
# («готовится к запуску … — соглашение об этом подписано в июне»).
_CLAUSE_BREAK = lazy_compile(r"[,;:](?=\s)|\s[—–-]\s")


def _signs(toks: list[Token], k: int) -> bool:
    """Token `k` tells a signing done (not «планируют подписать», «не подписан»)."""
    t = toks[k]
    if t.pos == "INFN" or "futr" in t.tags:
        return False
    before = toks[max(0, k - _NEGATION_SPAN):k]
    after = toks[k + 1:k + 1 + _NEGATION_SPAN]
    return not any(w.word == "не" for w in before) and not any(w.word == "нет" for w in after)


def _object(toks: list[Token], h: int) -> str | None:
    """The lemma of what the agreement at head `h` is about («соглашение о *создании*»,
    «контракт на *приобретение*»); None when the text does not say («соглашение подписано»)."""
    for k in range(h + 1, min(len(toks), h + 1 + _OBJECT_SPAN)):
        if toks[k].lemma in words("agreement_heads"):
            return None  # another agreement begins
        if toks[k].word in ("о", "об", "на", "по"):
            return next((t.lemma for t in toks[k + 1:k + 1 + _NOUN_SPAN] if t.pos == "NOUN"),
                        None)
    return None


def signed_agreement(toks: list[Token]) -> bool:
    """Does the sentence tell an agreement signed or reached that sets a project up?"""
    if not any(t.lemma in words("signature") and _signs(toks, k) for k, t in enumerate(toks)):
        return False
    heads = [k for k, t in enumerate(toks) if t.lemma in words("agreement_heads")]
    return not heads or any(_object(toks, h) not in words("agreement_not_founding")
                            for h in heads)


def tells_terms(toks: list[Token]) -> bool:
    """Does the sentence tell an agreement's terms (``agreement_terms``: «по (условиям)»
    before the head, or ``agreement_provides`` after it), an agreement that sets a project
    up (not «по договору поставки», «по договору лизинга»)?"""
    heads, provides = words("agreement_terms"), words("agreement_provides")
    for k, t in enumerate(toks):
        if t.lemma not in heads:
            continue
        after = toks[k + 1:k + 1 + _TERMS_SPAN]
        if after and (after[0].lemma in words("agreement_not_founding") or after[0].lemma == "лизинг"
                      or _object(toks, k) in words("agreement_not_founding")):
            continue
        if any(u.word == "по" for u in toks[max(0, k - _TERMS_SPAN):k]) \
                or any(u.lemma in provides for u in after):
            return True
        if _content_clause(after) and signed_agreement(toks):
            return True
    return False


def _content_clause(after: list[Token]) -> bool:
    """«соглашение *о том*, что …»: the words after an agreement's head open the clause that
    tells what was agreed (``agreement_content``)."""
    return len(after) == 2 and after[0].word in ("о", "об") \
        and after[1].word in words("agreement_content")


def terms_agreed(toks: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The sentence's planned mentions made `agreed` where it tells an agreement's terms
    (`tells_terms`): «По условиям соглашения, подписанного весной, … с 2026 года тележки будут
    изготавливать на ПТМЗ» is the agreed project, not a plan of its own."""
    if not any(m.status == "planned" for m in mentions) or not tells_terms(toks):
        return mentions
    return [replace(m, status="agreed") if m.status == "planned" else m for m in mentions]


def signs(m: Mention) -> bool:
    """Is mention `m` agreed by an agreement signed or reached about its project (or by the
    terms of one, `tells_terms`, or in the sentence right before: `signed_before`)?"""
    return m.status == "agreed" and (m.signed_before or signed_agreement(m.sentence.toks)
                                     or tells_terms(m.sentence.toks))


def signed_before(before: ReadSentence | None, its_firms: set[str], firms: set[str],
                  status: str) -> bool:
    """«Соглашение с ООО «Сибагромаш» мы подписали в сентябре. Первые сеялки соберём в
    Омске»: a plan (`status`) told in a sentence that names no firm of its own, whose firms
    (`firms`, read from the context) include one the sentence `before` names (`its_firms`),
    where that sentence tells an agreement signed that sets a project up: the plan is what
    was agreed."""
    return status == "planned" and before is not None and bool(firms & its_firms) \
        and signed_agreement(before.toks)


def without_signing_clauses(sent: ReadSentence) -> str:
    """The sentence's text with every clause that tells a signing done blanked out (same
    length, so offsets hold): «… готовится к запуску производство … — соглашение об этом
    подписано в июне»: June is when the agreement was signed, not when the project starts;
    the date of a clause of its own («Соглашение подписано в мае, запуск намечен на 2026
    год») stays the project's."""
    text = sent.text[sent.start:sent.end]
    done = [t.start - sent.start for k, t in enumerate(sent.toks)
            if t.lemma in words("signature") and _signs(sent.toks, k)]
    if not done:
        return text
    breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    for at in done:
        start = max(b for b in breaks if b <= at)
        end = min((b for b in breaks if b > at), default=len(text))
        text = text[:start] + " " * (end - start) + text[end:]
    return text
