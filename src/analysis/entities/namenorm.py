"""A person's name in the nominative as natasha's normaliser writes it, each word's
inflection kept between processes.

natasha's `normalize(vocab, tokens)` puts each word of a name in the nominative from its
morphology tags (part of speech, gender, number, case) through natasha's `MorphVocab`, a
pymorphy2 dictionary of its own (~0.04 s and ~0.3 G instructions to load, on top of
pymorphy3's). A process that adds one article to a corpus loaded it for the few names of
that article, names news repeats. Here a word's inflection is asked of the vocabulary only
when it was not kept (`analysis.exitstore`, keyed on this code and the versions of natasha
and pymorphy2 with its dictionary), so a process whose new names were all seen before never
loads the vocabulary. The result is natasha's own: the same `inflect_word` makes each
value, and the shapes and spaces are restored by natasha's functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from analysis.entities.startup import source_key
from analysis.exitstore import exit_store

__all__ = ["KEPT_INFLECTIONS", "person_normal"]

KEPT_INFLECTIONS = "name-inflections"
KEPT_INFLECTIONS_MAX = 20_000  # words of names (a few ms to read); past it a process keeps what it used


@cache
def _inflections_key() -> str:
    """What a word's inflection depends on: this code, natasha's, pymorphy2's dictionary."""
    return source_key(("entities/namenorm.py",), ("natasha", "pymorphy2", "pymorphy2-dicts-ru"))


def person_normal(tokens: Sequence[Any], vocab: Callable[[], Any]) -> str:
    """natasha's `normalize(vocab(), tokens)` of a person's span (its tokens tagged by
    natasha's morphology tagger); `vocab` gives natasha's `MorphVocab`, asked for only
    when a word's inflection is not kept. Raises what natasha's normaliser raises."""
    from natasha.norm import recover_shapes, recover_spaces

    words = [_inflected(token, vocab) for token in tokens]
    return recover_spaces(recover_shapes(words, tokens), tokens)


def _inflected(token: Any, vocab: Callable[[], Any]) -> str:
    """natasha's `inflect_word(vocab, token)`: it reads the token's lower-case word, its part
    of speech and three of its features (case, gender, number: `select_form`), so those
    are the key of a kept value."""
    from natasha.norm import CASE, GENDER, NUMBER, inflect_word

    feats = token.feats
    kept = exit_store(KEPT_INFLECTIONS, _inflections_key(), KEPT_INFLECTIONS_MAX)
    if feats is None or kept is None:  # (untagged: natasha raises or returns the word)
        return inflect_word(vocab(), token)
    key = (token.text.lower(), str(token.pos), str(feats.get(CASE)), str(feats.get(GENDER)),
           str(feats.get(NUMBER)))
    found = kept.get(key)
    if isinstance(found, str):
        return found
    made = inflect_word(vocab(), token)
    kept.add(key, made)
    return made
