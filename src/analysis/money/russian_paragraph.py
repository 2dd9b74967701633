"""A paragraph set in Russia on a Belarusian site: a digest item headed by a Russian region
(«Нижегородская область. Правительство региона и «Амкодор» подписали…»), or a paragraph
opening in Russia («В российских регионах …», «В Брянской области …»). Its bare «рублей»
are Russian (`money.rubles`; moved out of it, unchanged).
"""

from __future__ import annotations

import re

from analysis.entities import russian_regions_in
from analysis.lazypattern import lazy_compile

__all__ = ["russian_digest_item", "set_in_russia"]

_HEADING_REACH = 40  # characters a digest item's region heading may take («Ленинградская область.»)
# a paragraph opening in Russia: «В российских регионах», «В России», «В РФ», or «В» before
# a Russian region (group 1 is set for the country's own words)
_IN_RUSSIA = lazy_compile(r"(?:В|Во)[ \u00a0]+(?:(российских[ \u00a0]+регионах|России|РФ)\b)?")


def russian_digest_item(text: str, pos: int, title: bool = False) -> bool:
    """Is `pos` in a digest item headed by a Russian region («Нижегородская область.
    Правительство региона и «Амкодор» подписали…»)? Its bare «рублей» are Russian even on a
    Belarusian site. With `title`, the paragraph at `pos` (the headline) need only open with
    the region, as its subject («Брянская область рассчитывает …»)."""
    p_start = text.rfind("\n", 0, pos) + 1
    head = text[p_start:p_start + _HEADING_REACH]
    dot = head.find(".")
    if title:
        m = re.match(r"[^ \n]+[ \u00a0]+[^ \n]+", head)  # the first two words
        dot = m.end() if m else -1
    if dot < 0:
        return False
    return any(r.start == p_start for r in russian_regions_in(text, p_start, p_start + dot))


def set_in_russia(text: str, pos: int) -> bool:
    """Does the paragraph at `pos` open in Russia («В российских регионах картина другая. В
    Ростовской области хозяйства взяли в лизинг техники на 2,3 млрд рублей», «В Брянской
    области …»)? Its bare «рублей» are Russian even on a Belarusian site, as a digest item's."""
    p_start = text.rfind("\n", 0, pos) + 1
    m = _IN_RUSSIA.match(text, p_start)
    if m is None:
        return False
    return m.group(1) is not None or any(
        r.start == m.end() for r in russian_regions_in(text, m.end(), m.end() + _HEADING_REACH))
