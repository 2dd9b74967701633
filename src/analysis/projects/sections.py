"""A maker's section of an overview and the goods an article names a maker by.

Trade press lists the sites of several makers under short headings, one maker a paragraph:
«Лифты «Могилевлифтмаш». Белорусский завод имеет в России три сборочные площадки. В
Московской области действует совместное предприятие … В Краснодарском крае строится
сборочный цех …». The sites are told without a firm; the heading («Лифты «Могилевлифтмаш»»,
«Автобусы МАЗ») names the maker of each of them and what it makes. News names a maker by its
goods elsewhere too: «лифты «Могилевлифтмаша»», «Троллейбусы «Белкоммунмаш»». A project whose
cue phrase names no product («сборочный цех», «сервисный центр») then takes those goods.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from analysis.lang.morph import parses
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.entities import Entity
    from analysis.projects.mention import ReadSentence

__all__ = ["heading_maker", "maker_goods"]

_HEADING_WORDS = 4  # «Лифты «Могилевлифтмаш».», «Автобусы МАЗ.», «Прицепы «Могилевтрансмаша»»
_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "PRED"})
_BEFORE_NAME = lazy_compile(r"\s*«?\s*")  # what stands between the goods and the maker's name
_GOODS_WORD = lazy_compile(r"([А-Яа-яЁё]+)$")

EntitiesIn = Callable[[int, str | None], list["Entity"]]


def _heading_of(sents: list[ReadSentence], entities_in: EntitiesIn, j: int,
                makers: Callable[[str], bool]) -> set[str]:
    """The one Belarusian maker sentence `j` names when it is a heading: the first of its
    paragraph, a few words with no verb (empty otherwise)."""
    sent = sents[j]
    if j > 0 and sents[j - 1].paragraph == sent.paragraph:
        return set()
    toks = sent.toks
    if not toks or len(toks) > _HEADING_WORDS or any(t.pos in _VERB_POS for t in toks):
        return set()
    named = {e.normal for e in entities_in(j, "enterprise")}
    return named if len(named) == 1 and all(makers(f) for f in named) else set()


def heading_maker(sents: list[ReadSentence], entities_in: EntitiesIn, idx: int,
                  makers: Callable[[str], bool]) -> set[str]:
    """The maker of the section sentence `idx` stands in: the heading that opens its
    paragraph, or the heading standing alone as the paragraph before it (not the article's
    title, which `SentenceContext.headline_maker` reads)."""
    para = sents[idx].paragraph
    first = idx
    while first > 0 and sents[first - 1].paragraph == para:
        first -= 1
    if 0 < first < idx:
        found = _heading_of(sents, entities_in, first, makers)
        if found:
            return found
    if first > 1 and sents[first - 1].paragraph != sents[first - 2].paragraph:
        return _heading_of(sents, entities_in, first - 1, makers)  # a heading on its own line
    return set()


@lru_cache(maxsize=20_000)  # asked for every maker named after a word: the same goods recur
def _plural(word: str) -> str:
    """The nominative plural of a goods noun («лифтов» → «лифты»)."""
    parse = next((p for p in parses(word.lower()) if p.tag.POS == "NOUN"), None)
    inflected = parse.inflect({"plur", "nomn"}) if parse is not None else None
    return inflected.word if inflected is not None else word.lower()


def maker_goods(text: str, sents: list[ReadSentence], entities_in: EntitiesIn,
                firms: set[str]) -> str:
    """The goods the article names one of `firms` by, a goods noun right before its name
    («лифты «Могилевлифтмаша»», «Автобусы МАЗ»): their nominative plural, "" when none."""
    heads = words("product_heads")
    for j in range(len(sents)):
        for e in entities_in(j, "enterprise"):
            if e.normal not in firms:
                continue
            before = text[max(sents[j].start, e.start - 30):e.start]
            gap = _BEFORE_NAME.match(before[::-1])
            word = _GOODS_WORD.search(before[:len(before) - gap.end()] if gap else before)
            if word is None:
                continue
            goods = _plural(word.group(1))
            if parses(goods)[0].normal_form in heads:
                return goods
    return ""
