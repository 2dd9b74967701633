"""Where the money heads' stems stand in a lower-cased text: every place of every stem, found
in one Aho–Corasick pass (`lang.literal_pass`) instead of one ``str.find`` loop a stem.

A head is a scale word, a currency word or a symbol (`core_scan._heads` then keeps the places
where `_HEAD_AT` matches); the stems below open every head. No stem can overlap itself (none
has a proper prefix that is also its suffix), so a ``str.find`` loop that goes on past each
place found («p = low.find(stem, p + len(stem))») finds every place of its stem — the places an
overlapping Aho–Corasick pass reports for that stem. The pass reports them in the order they
end in, the loops stem after stem: the caller sorts the heads and keeps each stem's places in
text order (one stem's places end in the order they start).

A text holding a lone surrogate (the reader keeps undecodable bytes so) or a character past
the Basic Multilingual Plane (an emoji: four UTF-16 bytes) is read by the ``str.find`` loops
(`tests/test_speed_head_stems.py` proves the two alike).
"""

from __future__ import annotations

from analysis.lang.literal_pass import LiteralPass, units

__all__ = ["GLUED_STEMS", "HEAD_STEMS", "LATIN_HEAD_STEMS", "SCALE_HEADS", "first_glued",
           "stem_places"]

# Money *heads* — a scale word, a currency word, symbol or code — are found in the lower-cased
# text (far faster than a regex scan); every amount contains one.
HEAD_STEMS = ("тыс", "мл", "милл", "трлн", "трилл", "руб", "р.", "дол", "евро", "юан",
              "тенге", "фунт", "коп", "центов", "цента", "ярд", "лям", "$", "€", "₽", "£", "¥", "₸")
# English scales of translated wires («$412.6 million», «$2bn»): looked for only in a text
# that holds an «m» or a «b» at all (most articles hold no Latin letter)
LATIN_HEAD_STEMS = ("mn", "bn", "mln", "bln", "million", "billion")
# Head stems whose every place the scan keeps for the inverted figures («миллионов на
# триста»): each opens scale words of theirs («миллион», «миллиард», «тысяч») and cannot
# overlap itself (`tests/test_speed_amount_scan38.py` checks both). First in each finder's
# list: a place's stem index below len(SCALE_HEADS) names the scale head.
SCALE_HEADS = ("милл", "тыс")

# An ASCII digit right before «р»: where a glued ruble («1500р») may stand. Looked for in the
# same pass (keys after the stems': `first_glued`), so the scan's «is there one at all» reads no
# text of its own (a pattern led by «р» stopped at every «р» of the article, ~35 k
# instructions an article). None overlaps itself or holds a stem.
GLUED_STEMS = tuple(f"{d}р" for d in "0123456789")

# the finders' stems, without and with the English ones (indexed by «does the text hold a
# Latin m or b»)
_ORDERS = tuple((*SCALE_HEADS, *(s for s in stems if s not in SCALE_HEADS))
                for stems in (HEAD_STEMS, HEAD_STEMS + LATIN_HEAD_STEMS))
# the finders' keys: the stems, then `GLUED_STEMS`
_KEYS = tuple((*order, *GLUED_STEMS) for order in _ORDERS)
# (searched in the text's UTF-16 bytes, `lang.literal_pass`: two bytes a character of the
# Basic Multilingual Plane, so a place is its byte offset halved — a str haystack costs its
# UTF-8 copy and the char offsets of every match)
_FINDERS = tuple(LiteralPass(keys) for keys in _KEYS)


def first_glued(latin: bool) -> int:
    """The first key of `GLUED_STEMS` among `stem_places(…, latin)`'s (theirs from it on)."""
    return len(_ORDERS[latin])


def stem_places(lowered: str, latin: bool) -> list[tuple[int, int, int]]:
    """(stem index, start, end) of every place of every head stem in `lowered` (with `latin`,
    of the English stems too) and of every one of `GLUED_STEMS` (an index from
    `first_glued(latin)` on); a stem index below ``len(SCALE_HEADS)`` is that
    scale head's. Each stem's places come in text order."""
    raw = units(lowered)
    if raw is None:  # a lone surrogate, or a character past the BMP (an emoji)
        return find_places(lowered, latin)
    return _FINDERS[latin].places(raw)  # (the stems are distinct: a key is its stem's index)


def find_places(lowered: str, latin: bool) -> list[tuple[int, int, int]]:
    """`stem_places` by one ``str.find`` loop a stem, stem after stem (the former scan)."""
    out: list[tuple[int, int, int]] = []
    for i, stem in enumerate(_KEYS[latin]):
        p = lowered.find(stem)
        while p >= 0:
            out.append((i, p, p + len(stem)))
            p = lowered.find(stem, p + len(stem))
    return out
