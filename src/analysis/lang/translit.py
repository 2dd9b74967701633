"""Cyrillic → Latin, one table for the whole package (English briefings, file names).

A BGN/PCGN-style romanisation without diacritics: ё → yo, й → y, х → kh, щ → shch,
ю → yu, я → ya; hard and soft signs are dropped. The Belarusian and Ukrainian letters that
appear in news (і, ў, є) are covered too.
"""

from __future__ import annotations

TABLE: dict[str, str] = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўє",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
     "i", "u", "ye"],
    strict=True))


def translit(text: str) -> str:
    """`text` in Latin letters; a capital stays a capital («Щёлково» → «Shchyolkovo»)."""
    out = []
    for ch in text:
        low = ch.lower()
        rep = TABLE.get(low)
        if rep is None:
            out.append(ch)
        else:
            out.append(rep.capitalize() if ch != low else rep)
    return "".join(out)
