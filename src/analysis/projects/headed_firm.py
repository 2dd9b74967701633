"""The firm whose head speaks: named once after its head's title, then only «компания».

An interview's headline names the speaker by his post and his firm («Директор
«Кузбасспецсервиса»: «Самосвалы должны работать»»), and its lead goes on with the firm's
generic noun after the same post («Руководитель кемеровской компании, которая вместе с БелАЗом
держит сервисный центр …»). The firm is a quoted name the gazetteer does not list, and only
natasha's tagger would find it (the register reads no such organisation). So:

- `headline_headed_firm`: a quoted name right after a firm's head in the headline
  (``firm_head`` of `data/project_words.csv`: «директор», «руководитель», «глава» …, one
  adjective between at most: «Генеральный директор «…»»), in the nominative;
- `head_of_firm_noun`: a sentence that names a head of a firm's generic noun in the genitive
  («Руководитель кемеровской компании», ``firm_reference``) speaks of that firm: it is a
  party to the sentence's project (newuser32 a11: the centre's Russian partner was missing).
  Read only there: a quoted name after a head in the body (a director quoted on another
  matter) makes no partner (measured: as an enterprise everywhere it cost dev precision).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.entities import nominative_name
from analysis.ingest import headline_end, headline_start
from analysis.patternstore import compile_pattern
from analysis.projects.cues import Token, words

__all__ = ["head_of_firm_noun", "headline_headed_firm"]

_NAME_AFTER_HEAD = r"(?:^|(?<=[^\w-]))(?:{heads})\w*\s+(?:[а-яё-]+\s+)?«([^«»\n]{{2,40}})»"


@cache
def _name_after_head() -> re.Pattern[str]:
    heads = "|".join(re.escape(w) for w in sorted(words("firm_head")))
    return compile_pattern(_NAME_AFTER_HEAD.format(heads=heads), re.IGNORECASE)


def headline_headed_firm(text: str) -> str | None:
    """The firm the headline (the text's first line, or the one under its date line) names in
    quotes right after a firm's head («Директор «Кузбасспецсервиса»: …» → Кузбасспецсервис),
    in the nominative; None when it names none or several."""
    end = headline_end(text)
    headline = text if end < 0 else text[headline_start(text):end]
    found = {nominative_name(inner) for m in _name_after_head().finditer(headline)
             if (inner := m.group(1).strip()) and inner[0].isupper()}
    return found.pop() if len(found) == 1 else None


def head_of_firm_noun(toks: Sequence[Token]) -> bool:
    """Does the sentence name a head of a firm's generic noun in the genitive singular
    («Руководитель кемеровской компании», «директора предприятия»), one adjective between at
    most?"""
    heads, nouns = words("firm_head"), words("firm_reference")
    for k, t in enumerate(toks):
        if t.lemma not in heads:
            continue
        for n in toks[k + 1:k + 3]:
            if n.lemma in nouns and {"gent", "sing"} <= n.tags:
                return True
            if n.pos != "ADJF":
                break
    return False
