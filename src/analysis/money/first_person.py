"""Is a word a verb in the first person plural («отгрузили» no, «рассчитываем» yes)? The
speaker readers (`speaker_voice`, `firm_voice`) ask it of every word of a sentence that has
no «мы»; each word's answer is worked out once (its parse's tag read through three of
pymorphy's grammeme descriptors, each a Python call) and kept, as the parse itself is."""

from __future__ import annotations

from functools import lru_cache

from analysis.lang import parse

__all__ = ["first_plural_verb"]


@lru_cache(maxsize=50_000)
def first_plural_verb(word: str) -> bool:
    """Is the lower-case `word` (its most likely parse) a verb in the first person plural?"""
    tag = parse(word).tag
    return tag.person == "1per" and tag.number == "plur" and "VERB" in tag
