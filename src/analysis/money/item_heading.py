"""A digest item headed by its place: «2️⃣ Калужская область. На площадке … запустили сборку
… Инвестиции — 740 млн рублей». The item is one story, so a figure tied to a place that its
sentence and the sentence before leave without a region is the heading's region's, as the
register reads the item's project there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from analysis.entities import RegionMention
from analysis.lazypattern import lazy_compile

__all__ = ["heading_region"]

_HEADING_WORDS = 3  # «Республика Северная Осетия.» at most; «Калужская область запустила сборку.» no

# a paragraph opening with a place and a full stop, after an item's number perhaps
# («2️⃣ Калужская область.», «3. Омск.», «Приморский край. Во Владивостоке …»)
_HEADING = lazy_compile(r"[ \u00a0]*(?:\d{1,2}\ufe0f?\u20e3[ \u00a0]*|\d{1,2}[.)][ \u00a0]+)?"
                        r"([А-ЯЁ][а-яё-]+(?:[ \u00a0][А-ЯЁа-яё-]+){0,3})\.(?=[ \u00a0]|$)")


def heading_region(text: str, first: tuple[int, int],
                   regions: Callable[[int, int], Sequence[RegionMention]]) -> str | None:
    """The one Russian region the paragraph's first sentence `first` is a heading of (the
    heading's words are that place and nothing else), else None."""
    m = _HEADING.match(text, first[0], first[1])
    if m is None:
        return None
    named = regions(m.start(1), m.end(1))
    if (len({r.normal for r in named}) != 1 or named[0].start != m.start(1)
            or len(m.group(1).split()) > _HEADING_WORDS):
        return None
    return named[0].normal
