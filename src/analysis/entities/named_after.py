"""A plant's abbreviation followed by «имени <name>» («ОАО «ММЗ имени С.И.Вавилова»»): the
honorific is part of the plant's name, and it tells plants apart that share an abbreviation.

The gazetteer's «ММЗ» is the Minsk motor plant, whose full name carries no «имени»; «ММЗ
имени С.И.Вавилова» is another plant, the Minsk mechanical plant named after S. I. Vavilov.
So an abbreviation the gazetteer matched, written with «имени X» (or «им. X») right after it,
(an abbreviation, not a name written in full: «Уралвагонзавод имени …» is that plant) is read
again: the listed enterprise whose full name is named after X and whose words begin
with the abbreviation's letters (М-М-З: «Минский механический завод имени С. И. Вавилова»), or
the entry matched when one of its own names carries X; else a plant the list does not know,
named as written.

    named_after("ОАО «ММЗ имени С.И.Вавилова» подписало", entity_of_ММЗ) -> Entity(normal=
        "Минский механический завод", ...)
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from analysis.entities.gazetteer import Entity, enterprise_rows, norm_word, split_cell
from analysis.lazypattern import lazy_compile

__all__ = ["named_after"]

# «имени С.И.Вавилова», «им. Козлова», «имени Октябрьской революции»: the honorific and the
# name it gives (initials, then one capitalised word and an optional second one)
_NAMED_AFTER = lazy_compile(r"[ \u00a0]+(?:имени|им\.)[ \u00a0]*((?:[А-ЯЁ]\.[ \u00a0]?){0,2}"
                            r"[А-ЯЁ][а-яё]+(?:[ \u00a0]+[а-яё]+(?=[ \u00a0]*[»\"]))?)")
_HONORIFIC = lazy_compile(r"(?:имени|им\.)[ \u00a0]*(?:[А-ЯЁ]\.[ \u00a0]?){0,2}([А-ЯЁ][а-яё]+)")
_WORD = lazy_compile(r"[А-ЯЁA-Zа-яёa-z]+")
_ABBREVIATION = lazy_compile(r"[А-ЯЁ]{2,6}")
_STEM = 5  # letters of a surname compared (its case ending aside: «Вавилов», «Вавилова»)


def _stem(word: str) -> str:
    return norm_word(word)[:_STEM]


@cache
def _honoured() -> tuple[tuple[str, str, str], ...]:
    """(normal, the initials of the words before «имени», the honoured name's stem) of every
    listed enterprise one of whose names carries an honorific."""
    out = []
    for row in enterprise_rows():
        for name in split_cell(row["aliases"]) or [row["normal"]]:
            m = _HONORIFIC.search(name)
            if m is None:
                continue
            initials = "".join(w[0].upper() for w in _WORD.findall(name[:m.start()]))
            out.append((row["normal"], initials, _stem(m.group(1))))
    return tuple(out)


def named_after(text: str, e: Entity) -> Entity:
    """`e` (a listed enterprise found in `text`) read again when «имени X» follows it (see
    the module docstring); `e` as it is otherwise."""
    m = _NAMED_AFTER.match(text, e.end)
    if m is None or e.type != "enterprise" or not _ABBREVIATION.fullmatch(e.surface):
        return e  # (a plant named in full, «Уралвагонзавод имени …», is that plant)
    honoured = _HONORIFIC.search(m.group())
    stem = _stem(honoured.group(1)) if honoured else ""
    rows = _honoured()
    if any(normal == e.normal and s == stem for normal, _, s in rows):
        return e  # (the entry's own name carries X: «МЭТЗ им. Козлова»)
    for normal, initials, s in rows:
        if s == stem and initials == e.surface:
            return replace(e, end=m.end(), surface=text[e.start:m.end()], normal=normal)
    name = " ".join(text[e.start:m.end()].lstrip("«").split())
    return replace(e, end=m.end(), surface=text[e.start:m.end()], normal=name, role=None)
