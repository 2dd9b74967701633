"""A listed town whose name is an adjective, used as an adjective: no place.

«Волжский» (Волгоградская область) is a town, but «суда Волжского бассейна» names the
Volga basin, not the town: the town's form agrees with the noun right after it (same case,
number and, in the singular, gender), as an adjective agrees with its noun. Where the town is
named as a town («в Волжском запустили сборку», «в Нижнекамске, Ярославле, Волжском и …»)
no noun agreeing with it follows; its district («Чайковского района») is its own. The
generated towns never read such a form (`townlist.generated_town_forms`); this guards the
hand list (session 33).
"""

from __future__ import annotations

from pymorphy3.tagset import OpencorporaTag

from analysis.entities.gazetteer import Entity
from analysis.lang import analyzer
from analysis.lazypattern import lazy_compile

__all__ = ["used_as_adjective"]

_NEXT_WORD = lazy_compile(r"[ \u00a0]+([а-яё]+)(?![а-яё-])")
# nouns a town's adjective names the town's own with («Чайковский район», «… городской
# округ»: `districts`)
_TOWNS_OWN = frozenset({"район", "округ"})
# a quoted name opening with the town's adjective is a firm's named after its home town
# («Волжский трубный завод» is in Волжский): the gazetteers read it as before
_OPENING_QUOTES = "«\"“„"


def used_as_adjective(e: Entity, text: str) -> bool:
    """Whether the one-word town `e` («Волжского») stands as an adjective before a noun it
    agrees with («… бассейна»)."""
    if e.role != "city" or " " in e.surface or "-" in e.surface \
            or (e.start > 0 and text[e.start - 1] in _OPENING_QUOTES):
        return False
    after = _NEXT_WORD.match(text, e.end)
    if after is None:
        return False
    forms = [p.tag for p in analyzer().parse(e.surface.lower()) if p.tag.POS == "ADJF"]
    # (the word's likeliest reading: «и» is a conjunction, not the letter's name)
    noun = analyzer().parse(after.group(1))[0]
    return noun.tag.POS == "NOUN" and noun.normal_form not in _TOWNS_OWN \
        and any(_agree(a, noun.tag) for a in forms)


def _agree(adjective: OpencorporaTag, noun: OpencorporaTag) -> bool:
    """Same case and number, and in the singular the same gender."""
    if adjective.case != noun.case or adjective.number != noun.number:
        return False
    return noun.number == "plur" or adjective.gender == noun.gender
