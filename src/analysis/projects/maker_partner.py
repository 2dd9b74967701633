"""One project told in two sentences: the Belarusian maker in one, the Russian partner in the
next (issue 11, a new user's walkthrough of session 20).

«Правительство Нижегородской области и ОАО «МАЗ» договорились о создании совместного
производства городских автобусов. Партнёром белорусского автозавода выступит нижегородская
компания ООО «…», на площадке которой в Дзержинске организуют крупноузловую сборку»: the
first sentence opens a row of the maker, the second one of the partner, both of buses in the
same region. Two rows of one article and one Russian region are one project when they make one
product (their product words agree, or the row that has none names the other's in its
sentences: «до 600 автобусов в год»), one row's firms are all Belarusian
(the maker) and the other's all Russian (the partner, the side the first lacks), and their
sentences are told together: the same or the next sentence, or a later one within
`_REACH` sentences that points back («там», «на этом предприятии», «на площадке которой»:
`points_back` of `data/project_words.csv`), not one that announces another project («Кроме
того», «также»: `another`), and not the headline. Two plants of one region with different products,
or with firms on both sides each, stay two (the `two_in_one` class of the register's gold).
The merged row is the one that names the site's town (where the work is done: its kind,
«крупноузловая сборка», is the project's), else the earlier.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from analysis.entities import enterprise_info
from analysis.ingest import headline_end
from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import words
from analysis.projects.town_adjectives import belarusian_home

if TYPE_CHECKING:
    from analysis.projects.merging import Evidence, Project

__all__ = ["belarusian_firm", "maker_meets_partner", "project_texts"]

_REACH = 3  # sentences a pointing-back sentence may stand after the other row's
_DEFINED_SPAN = 80  # characters before «(ОЗКТ)» where the name it shortens stands
_SENTENCE_END = lazy_compile(r"[.!?…](?=[\s»\"]|$)")
_WORD = lazy_compile(r"[А-Яа-яЁё]+")
_LETTER = lazy_compile(r"\w")


def _defined_belarusian(firm: str, texts: set[str]) -> bool:
    """Is `firm` the short name an article defines in brackets after a name that opens with a
    Belarusian place («Оршанский завод коммунальной техники (ОЗКТ)»)?"""
    for text in texts:
        at = text.find(f"({firm})")
        if at < 0:
            continue
        before = text[max(0, at - _DEFINED_SPAN):at].split()
        if any(w[:1] == firm[:1] and belarusian_home(" ".join(before[k:]))
               for k, w in enumerate(before)):
            return True
    return False


def belarusian_firm(firm: str, texts: set[str]) -> bool:
    """Is `firm` a Belarusian side: listed so, or (a firm the gazetteer does not know) its
    name opens with a Belarusian place (`belarusian_home`: «Мозырский котельный завод»), or
    one of the articles `texts` defines it as the short name of such a name
    (`_defined_belarusian`)?"""
    info = enterprise_info()
    return info.get(firm, {}).get("country") == "BY" or (firm not in info and bool(
        belarusian_home(firm) or _defined_belarusian(firm, texts)))


def _country(firms: set[str], texts: set[str] = frozenset()) -> str | None:
    """«BY» or «RU» when all of `firms` are of one side (a firm the gazetteer does not know
    is a Russian partner's, unless it is a `belarusian_firm` of the articles `texts`), else
    None."""
    sides = {"BY" if belarusian_firm(f, texts) else "RU" for f in firms}
    return sides.pop() if len(sides) == 1 else None


def project_texts(p: Project) -> set[str]:
    """The texts of the articles that tell `p`."""
    return {e.article.text for e in p.evidence}


def _headline(ev: Evidence) -> bool:
    """Is the evidence the headline (whose product the register lends a row with none)?"""
    end = headline_end(ev.article.text)
    return ev.start < end or end < 0


def _another(text: str, ev: Evidence) -> bool:
    """Does the sentence announce another project («Кроме того, …», «Также …», «ещё»)?"""
    another = words("another")
    return any(m.group().lower() in another for m in _WORD.finditer(text, ev.start, ev.end))


def _points_back(text: str, ev: Evidence) -> bool:
    back = words("points_back")
    return any(m.group().lower() in back for m in _WORD.finditer(text, ev.start, ev.end))


def _party_of_venture(p: Project) -> bool:
    """Is `p` a joint venture named by no product whose sentence makes a firm its party
    («С российской стороны участником СП станет казанская компания …»: a role noun,
    ``project_roles``)? It is the venture told before, a party joining it."""
    if p.kind != "joint_venture" or p.product_key:
        return False
    roles = words("project_roles")
    return any(lemma(m.group().lower()) in roles for e in p.evidence
               for m in _WORD.finditer(e.article.text, e.start, e.end))


def _told_together(p: Project, q: Project) -> bool:
    """Are a sentence of `p` and one of `q` the same, next to each other, or the later one
    pointing back within `_REACH` sentences?"""
    for a in p.evidence:
        for b in q.evidence:
            if a.article.article_id != b.article.article_id:
                continue
            first, second = (a, b) if a.start <= b.start else (b, a)
            text = first.article.text
            if _headline(first) or _another(text, second):
                continue
            if second.start < first.end or not _LETTER.search(text, first.end, second.start):
                return True  # the same or the next sentence
            if len(_SENTENCE_END.findall(text, first.end, second.start)) <= _REACH \
                    and (_points_back(text, second) or (second in q.evidence and _party_of_venture(q))
                         or (second in p.evidence and _party_of_venture(p))):
                return True
    return False


def _one_product(p: Project, q: Project,
                 compatible: Callable[[set[str], set[str]], bool]) -> bool:
    """Do the two rows make one product: their product words agree, or the row without any
    names the other's product in its sentences («до 600 автобусов в год»)?"""
    if p.product_key and q.product_key:
        return compatible(p.product_key, q.product_key)
    named, bare = (p, q) if p.product_key else (q, p)
    if not named.product_key:
        return False
    if named.kind == "joint_venture" and _party_of_venture(bare):
        return True  # («участником СП станет …»: the venture told, whatever it makes)
    told = {m.group().lower() for e in bare.evidence if not _headline(e)
            for m in _WORD.finditer(e.article.text, e.start, e.end)}
    return bool(told) and compatible(named.product_key, told)


def maker_meets_partner(rows: list[Project],
                        compatible: Callable[[set[str], set[str]], bool]) -> None:
    """Merge (in place) a maker's row and a partner's row told together as one project (see
    the module docstring); `compatible`: whether two product keys agree."""
    for p in [p for p in rows if p.enterprises and p.region
              and _country(p.enterprises, project_texts(p)) == "BY"]:
        if p not in rows or len(p.articles()) != 1:
            continue
        partners = [q for q in rows if q is not p and q.region == p.region and q.enterprises
                    and _country(q.enterprises, project_texts(q)) == "RU" and q.articles() == p.articles()
                    and _one_product(p, q, compatible) and _told_together(p, q)]
        if len(partners) != 1:
            continue
        q = partners[0]
        into, other = (q, p) if q.location and not p.location else (
            (p, q) if min(e.start for e in p.evidence) <= min(e.start for e in q.evidence) else (q, p))
        into.absorb(other)
        rows.remove(other)
