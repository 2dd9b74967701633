"""Is a bare «рублей» said by a Belarusian speaker: quoted («…») with the attribution right
after the quote naming a Belarusian body or person («— сообщили в пресс-службе «Гродно Азота»»,
«— отметил директор МАЗа»), or in a reply («— …») of an interview whose speaker, named before
the headline's colon or before the lead's verb, is Belarusian (read by `analysis.money.rubles`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from analysis.entities import names_belarusian_side
from analysis.ingest import headline_end, headline_start
from analysis.lazypattern import lazy_compile

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["in_belarusian_reply", "said_by_belarusian_side"]

# the end of a quote (the last «»» of the sentence that closes the opening one) and the
# attribution verb after it («», — сообщили в …», «», — отметил …»)
_QUOTE_END = lazy_compile(r"»(?=[ \u00a0]*[,.]?[ \u00a0]*[—–-])")
_ATTRIBUTION = lazy_compile(
    r"[ \u00a0]*[,.]?[ \u00a0]*[—–-][ \u00a0]*(?:сообщил|рассказал|отметил|пояснил|заявил|"
    r"подчеркнул|сказал|уточнил|добавил)\w*")
# a reply of an interview, and the verb of a lead that introduces the speaker
_REPLY = lazy_compile(r"[ \u00a0]*[—–]")
_INTERVIEW_VERB = lazy_compile(r"(?<!\w)(?:рассказал|ответил|в\s+интервью)")
_ATTRIBUTION_REACH = 80  # characters of the speaker's name after the verb


def said_by_belarusian_side(text: str, a: Amount, s_start: int, s_end: int) -> bool:
    """Is the amount quoted («…») from a Belarusian speaker, named in the attribution right
    after the quote («— сообщили в пресс-службе «Гродно Азота»», «— отметил директор МАЗа»)?
    In an article that names whose rubles it means elsewhere, such a speaker's bare «рублей»
    are his own country's."""
    opened = text.rfind("«", s_start, a.start)
    if opened < 0 or "»" in text[opened:a.start]:
        return False
    closed = _QUOTE_END.search(text, a.end, s_end)
    if closed is None:
        return False
    attribution = _ATTRIBUTION.match(text, closed.end())
    return attribution is not None and names_belarusian_side(
        text[attribution.end():attribution.end() + _ATTRIBUTION_REACH])


def in_belarusian_reply(text: str, pos: int) -> bool:
    """Is `pos` in a reply («— …») of an interview with a Belarusian speaker, named before the
    headline's colon («Директор «Бобруйскагромаша»: «…»») or before the lead's verb
    («Генеральный директор ОАО «Бобруйскагромаш» рассказал нашему изданию …»)?"""
    line = text.rfind("\n", 0, pos) + 1
    if not _REPLY.match(text, line):
        return False
    lead_end, belarusian = _interview(text)
    return belarusian and 0 <= lead_end < line


@lru_cache(maxsize=16)  # (the article's own: read once an article, kept by its text)
def _interview(text: str) -> tuple[int, bool]:
    """Where the lead ends (-1 with no headline line or no lead), and whether the speaker of
    the interview, named before the headline's colon or the lead's verb, is Belarusian."""
    head_end = headline_end(text)
    lead_end = text.find("\n", head_end + 1) if head_end >= 0 else -1
    if head_end < 0 or lead_end < 0:
        return -1, False
    colon = text.find(":", headline_start(text), head_end)  # not a date line's «10:41»
    verb = _INTERVIEW_VERB.search(text, head_end + 1, lead_end)
    return lead_end, bool((colon > 0 and names_belarusian_side(text[headline_start(text):colon]))
                          or (verb is not None and names_belarusian_side(
                              text[head_end + 1:verb.start()])))
