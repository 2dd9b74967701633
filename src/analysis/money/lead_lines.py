"""Where an article's lead ends and which lines are no sentence of the text: the agency
dateline that opens a paragraph, a byline paragraph of fields or of a place, date and source
(split from `analysis.money.region` for size; the region reading asks them)."""

from __future__ import annotations

from analysis.ingest import headline_end
from analysis.lang.newslayout import dateline_end
from analysis.lazypattern import lazy_compile

__all__ = ["in_dateline", "is_byline", "lead_end", "line_end"]

# A byline paragraph: fields cut by «|» («Брянскстат | Главная / Новости | 14.08.2023»), or a
# place and date before a dash and a short source («Брянск, 9 февраля 2018 г. — Пресс-служба
# департамента»), with no sentence of its own; a date's dots are no sentence's end
# («28.04.2022 | Экономическая газета | № 32», «09.11.2021 | Порты»: rounds 17, 18, 21)
BYLINE = lazy_compile(r"(?:[^\n.!?]|(?<=\d)\.(?=\d)){0,80}(?:[ \u00a0][|·/][ \u00a0][^\n]{0,160}"
                     r"|(?:19|20)\d\d[ \u00a0]*(?:г\.|года)?[ \u00a0]*[—–][^\n.!?]{0,60})")


_KIND_LINES = 2  # short lines of capitals passed over under the headline
_KIND_LINE = lazy_compile(r"[ \u00a0]*[А-ЯЁA-Z][А-ЯЁA-Z \u00a0№\d/-]{2,38}")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Is text[start:end] written in capitals (a document's heading, not a news headline)?"""
    line = text[start:end]
    return any(c.isalpha() for c in line) and line == line.upper()


def _is_kind_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a short line of capitals alone («ЗАКЛЮЧЕНИЕ», «ПРОТОКОЛ № 47»): a
    document's kind over its lead, not the lead?"""
    return end - start <= 40 and _KIND_LINE.fullmatch(text, start, end) is not None


def in_dateline(text: str, pos: int) -> bool:
    """Is `pos` inside the agency dateline that opens its paragraph?"""
    para = text.rfind("\n", 0, pos) + 1
    return pos < dateline_end(text, para, line_end(text, pos))


def line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def is_byline(text: str, start: int, end: int) -> bool:
    """Does the line text[start:end] fully match `BYLINE`? (One with no field mark and no
    dash after a year cannot: told without the pattern's backtracking, as most lines are.)"""
    line = text[start:end]
    if not ("|" in line or "·" in line or "/" in line or (
            ("—" in line or "–" in line) and ("19" in line or "20" in line))):
        return False
    return BYLINE.fullmatch(text, start, end) is not None


def lead_end(text: str, over_headline: bool = False) -> int:
    """End of the headline plus the first paragraph (the lead), or the paragraph after it
    when the first is a byline («Брянскстат | Пресс-центр | 14.08.2023», «Брянск, 9 февраля
    2018 г. — Пресс-служба департамента»): the lead is the first paragraph that tells.
    `over_headline`: a byline line over the headline is passed over too."""
    first = headline_end(text)
    if first < 0:
        return len(text)
    if over_headline and is_byline(text, 0, first):
        # «Себежские вести | Экономика | 24.11.2022» over the headline: the headline and
        # the paragraph under it are the lead (for its region, which holds for the whole
        # article; the lead's time stays the lead's figures', money/carry.py)
        first = text.find("\n", first + 1)
        if first < 0:
            return len(text)
    second = text.find("\n", first + 1)
    # (the short line under the headline looked at first: the headline's capitals, a copy of
    # it in upper case, are asked only when one stands; speed46b)
    if second >= 0 and _is_kind_line(text, first + 1, second) and _in_capitals(text, 0, first):
        for _ in range(_KIND_LINES):
            if second < 0 or not _is_kind_line(text, first + 1, second):
                break
            # «ЗАКЛЮЧЕНИЕ» alone under the body's name in capitals: the document's kind in its
            # heading block, no lead of its own («КОМИТЕТ … ПО БЮДЖЕТУ И НАЛОГАМ\nЗАКЛЮЧЕНИЕ\nна
            # проект бюджета Союзного государства на 2021 год\n…»: round 70); a news headline's
            # rubric under it («РАССЛЕДОВАНИЕ») is left as it was
            first, second = second, text.find("\n", second + 1)
    if second >= 0 and is_byline(text, first + 1, second):
        third = text.find("\n", second + 1)
        return len(text) if third < 0 else third
    return len(text) if second < 0 else second
