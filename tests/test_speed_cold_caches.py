"""Per-process caches of the cold path (session 24): the same answers as the work they
replace, made once a process."""

from __future__ import annotations

from analysis.figures import signature
from analysis.figures.signature import text_signature
from analysis.lang import analyzer
from analysis.projects import sections


def _plural_anew(word: str) -> str:
    """`sections._plural` as it was written before its parses were cached."""
    parse = next((p for p in analyzer().parse(word.lower()) if p.tag.POS == "NOUN"), None)
    inflected = parse.inflect({"plur", "nomn"}) if parse is not None else None
    return inflected.word if inflected is not None else word.lower()


def test_a_goods_nouns_plural_is_pymorphys_and_made_once() -> None:
    words = ["лифтов", "Автобусы", "тракторов", "прицепы", "троллейбусов", "сеялок", "быстро"]
    sections._plural.cache_clear()
    assert [sections._plural(w) for w in words] == [_plural_anew(w) for w in words]
    assert sections._plural("лифтов") == "лифты"
    assert [sections._plural(w) for w in words] == [_plural_anew(w) for w in words]
    assert sections._plural.cache_info().misses == len(words)


def test_a_texts_word_runs_are_the_same_bytes_with_the_word_digests_kept() -> None:
    text = ("Минский тракторный завод открыл сборочное производство в Смоленской области. "
            "Сборочное производство тракторов начнёт работу в марте, сообщил завод.")
    signature._word_hash.cache_clear()
    first = text_signature(text)
    kept = signature._word_hash.cache_info()
    assert kept.misses == kept.currsize > 0  # one digest a distinct word
    signature._word_hash.cache_clear()
    again = text_signature(text)
    assert again == first and again.runs.size == first.runs.size > 0
    assert text_signature(text) == first
    assert signature._word_hash.cache_info().hits >= kept.currsize
