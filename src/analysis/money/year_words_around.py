"""Two looks around a relative year's words for `money.year`: a quotation the amount stands
outside of, and the word after an elliptic «в текущем» (a verb or a subject: «году» left out)."""

from __future__ import annotations

from analysis.lang import parse
from analysis.lang.morph import parses
from analysis.lazypattern import lazy_compile

__all__ = ["quoted_apart", "verb_after"]

_NEXT_WORD = lazy_compile(r"[ \u00a0]+([а-яёА-ЯЁ]+)")


def quoted_apart(text: str, pos: int, amount_start: int) -> bool:
    """Is `pos` inside a quotation that closes before the amount («Мы перешагнули полмиллиарда
    ещё в 2019-м», — отметил он, добавив, что область закупила … на 1,8 млрд)? A name quoted
    after it («в 2023 году «Гомсельмаш» поставил») opens before it closes."""
    if pos >= amount_start:
        return False
    close = text.find("»", pos, amount_start)
    if close < 0:
        return False
    opened = text.find("«", pos, close)
    return opened < 0


def verb_after(text: str, end: int) -> bool:
    """Is the word after `end` a verb («в нынешнем рассчитывает выйти …»: «году» left out),
    a subject that cannot agree with the adjective («В текущем сеть планирует …», «в текущем
    мы рассчитываем»: no prepositional form), or is there no word right after it («против
    11,2 млрд в текущем.»)?"""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return True
    word = m.group(1).lower()
    if parse(word).tag.POS in ("VERB", "INFN"):
        return True
    forms = parses(word)
    return bool(forms) and all(p.tag.POS in ("NOUN", "NPRO") for p in forms) and not any(
        p.tag.case in ("loct", "loc2") for p in forms)
