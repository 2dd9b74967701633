"""A share's quoted price is no sum, as an exchange rate is not (found45): «Акции «Сбербанка»
подорожали на 1,2%, до 285,4 рубля», «Бумаги «Газпрома» завершили торги на отметке 165
рублей», «Бумаги МТС торгуются по 274 рубля». The words are data (`share_quote` of
`data/money_ru.json`).

Only a figure with no scale is read so: a company's capitalisation or a placement is told
with one («1,2 трлн рублей»), and a dividend or a coupon names the share after its figure
(«33,3 рубля на акцию»), where nothing before it is looked at.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lazypattern import lazy_compile
from analysis.money.grammar import Core
from analysis.money.values import vocabulary
from analysis.patternstore import compile_pattern

__all__ = ["is_share_quote"]

_REACH = 120  # characters looked back, in the figure's sentence and line


@cache
def _quote_before() -> re.Pattern[str] | None:
    """A share word, then a verb of trading or of a price's move, then the figure's clause up
    to the figure (no sentence end between: «.», «;», «!», «?» or a line break)."""
    vocab = vocabulary()
    if not (vocab.share_words and vocab.share_moves):
        return None
    return compile_pattern(
        r"(?i)(?<![а-яё])(?:" + "|".join(vocab.share_words) + r")[^.;!?\n]{0,60}?(?<![а-яё])(?:"
        + "|".join(vocab.share_moves) + r")(?![а-яё])[^.;!?\n]{0,80}\Z")


@cache
def _share_stems() -> tuple[str, ...]:
    """The literal letters each share word opens with («акци», «ценн», «бумаг»): looked for
    in the lower-cased reach before the pattern is asked (most figures have none before them:
    a search of the pattern over the reach cost ~0.7% of the money work's instructions)."""
    return tuple(_LETTERS.match(word).group() for word in vocabulary().share_words)


_LETTERS = lazy_compile(r"[а-яё]*")


def is_share_quote(text: str, core: Core) -> bool:
    """Is the figure, with no scale, a share's quoted price (a share word and a verb of
    trading before it in its sentence)?"""
    if core.has_scale:
        return False
    lo = max(0, core.start - _REACH)
    window = text[lo:core.start].lower()  # (the reach only: a whole text's fold costs more)
    if not any(stem in window for stem in _share_stems()):
        return False
    quote = _quote_before()
    return quote is not None and quote.search(text, lo, core.start) is not None
