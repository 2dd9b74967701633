"""Phrases that tell a project's place in a story by a role or a count, not by a name.

* `ordinal_opening`: «Второй проект — ремонтный цех в Белове»: the next item of a list;
* `goods_attribute`: «центр модернизации действующих лифтов»: a participle of a status cue
  before a noun that is no project describes that noun;
* `partner_of_maker`: «официального сервисного партнёра завода», «дилер гомельского холдинга»:
  a firm's role towards a maker named by its generic noun (the article's maker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import Token

__all__ = ["goods_attribute", "ordinal_opening", "partner_of_maker"]

_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_NUMBERS = frozenset({"sing", "plur"})
_ROLE_TO_HEAD = 3  # words from the role noun to the maker's generic noun («партнёра завода»)


def ordinal_opening(toks: list[Token]) -> bool:
    """«Второй проект — ремонтный цех в Белове», «Вторая площадка — сервисный центр в
    Батайске»: a sentence opening with an ordinal before a project noun in the nominative
    (``ordinal_items``, ``ordinal_heads``) tells the next item of a list, another project (not
    «Вторая очередь завода …»: a stage of the same one)."""
    return len(toks) > 1 and toks[0].lemma in words("ordinal_items") \
        and toks[1].lemma in words("ordinal_heads") and "nomn" in toks[1].tags


def partner_of_maker(text: str, toks: list[Token]) -> bool:
    """«ООО «Кузбасс-БелТехСервис», официального сервисного партнёра завода», «сервисным
    партнёром минского завода», «официальный дилер гомельского завода»: a role noun
    (``maker_roles``) with a maker's generic noun (``firm_reference``) in the genitive singular
    after it (adjectives between) and no name after that noun, set off by a comma after a
    firm (an apposition): the role is towards the article's maker. «Партнёром белорусского
    завода станет ООО «…»» names the partner of the project told (`maker_partner`): left."""
    roles, heads = words("maker_roles"), words("firm_reference")
    for k, t in enumerate(toks):
        if t.lemma not in roles or not _apposition(text, toks, k):
            continue
        for j in range(k + 1, min(len(toks), k + 1 + _ROLE_TO_HEAD)):
            u = toks[j]
            if u.lemma in heads and {"gent", "sing"} <= u.tags:
                return not text[u.end:u.end + 3].lstrip().startswith("«")
            if u.pos not in ("ADJF", "PRTF"):
                break
    return False


def goods_attribute(toks: list[Token], k: int) -> bool:
    """«центр модернизации действующих лифтов», «через действующих дилеров», «не имела
    действующих аттестатов»: a status cue at `k` that is a participle right before a noun
    other than a project's (``reference_start``, ``facility``, ``making_sites``) describes
    that noun, not the project's stage («действующее производство», «уже действующий проект»
    keep it; so does a participle whose object follows: «предприятие, собирающее комбайны»)."""
    if "PRTF" not in toks[k].tags or k + 1 >= len(toks) or toks[k + 1].pos != "NOUN":
        return False
    # (agreeing with it: «предприятие, собирающее комбайны» has the noun as its object)
    if not (toks[k].tags & toks[k + 1].tags & _CASES and toks[k].tags & toks[k + 1].tags & _NUMBERS):
        return False
    return toks[k + 1].lemma not in (words("reference_start") | words("facility")
                                     | words("making_sites"))


_FLEET_SPAN = 7  # words from the verb to the counted noun («работает более 1,5 тыс. единиц»)
_FLEET_VERBS = frozenset({"работать", "действовать"})


def fleet_count(toks: list[Token], k: int) -> bool:
    """«в регионе работает около 4 тыс. тракторов МТЗ», «работают более 400 кормосмесителей»:
    a stage verb at `k` followed by a count of machines (a number, then a goods noun:
    ``product_heads``, ``product_vague`` or «единица») tells a fleet in use, not the
    project's stage («на участке работают 18 человек» counts people: the site's own stage)."""
    if toks[k].lemma not in _FLEET_VERBS:
        return False
    counted = False
    for t in toks[k + 1:k + 1 + _FLEET_SPAN]:
        if t.word.isdigit() or t.pos == "NUMR":
            counted = True
        elif t.pos == "NOUN" and t.lemma not in ("тысяча", "тыс", "млн", "миллион"):
            return counted and (t.lemma in words("product_heads") or t.lemma in words("product_vague")
                                or t.lemma == "единица")
        elif t.pos not in ("ADVB", "PREP", "ADJF", "PRCL", "NUMR", None) and t.word != "тыс" \
                and t.word not in words("possessive"):  # «около 300 их погрузчиков»
            return False
    return False


def _apposition(text: str, toks: list[Token], k: int) -> bool:
    """Does the role noun at `k` (with its adjectives before it) follow a comma: «ООО «…»,
    официального сервисного партнёра завода»?"""
    j = k
    while j > 0 and toks[j - 1].pos in ("ADJF", "PRTF"):
        j -= 1
    return j > 0 and "," in text[toks[j - 1].end:toks[j].start]



_VOLUME_SPAN = 2  # words from the plan verb to its shipping infinitive, and on to the count


def volume_planned(toks: list[Token], k: int) -> bool:
    """«В январе отгружено 140 рам, в феврале планируется отгрузить 160»: a plan verb at `k`
    whose infinitive ships goods (``shipped``) with a count after it, in a sentence that tells
    goods of the kind shipped already (a shipping word that is no infinitive, before it),
    plans the next batch of a production that runs: its stage is operating (round 63). A
    first batch planned («первые 100 машин планируется отгрузить …») tells no shipment done."""
    for j in range(k + 1, min(len(toks), k + 1 + _VOLUME_SPAN)):
        if toks[j].pos == "INFN" and toks[j].lemma in words("shipped"):
            counted = any(t.word.isdigit() or t.pos == "NUMR"
                          for t in toks[j + 1:j + 2 + _VOLUME_SPAN])
            shipped = any(t.lemma in words("shipped") and t.pos != "INFN" for t in toks[:k])
            return counted and shipped
    return False
