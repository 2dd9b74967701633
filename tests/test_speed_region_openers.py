"""The words that may open a Russian region's name are found by their own patterns
(`analysis.entities.openers`), the same as reading every word of a stretch in turn; a
source's outlet readings are made once per source (`analysis.money.outlets`)."""

from __future__ import annotations

import random

from analysis.entities import regions
from analysis.entities.openers import opener_spans
from analysis.money import outlets


def _word_by_word(low: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """The reference: every word of `low`, read in turn (what the region finder did before)."""
    return [m.span() for m in regions._LOWER_WORD.finditer(low)
            if (w := m.group()) in words or ("-" in w and any(p in words for p in w.split("-")))]


def _spans(low: str, words: frozenset[str]) -> list[tuple[int, int]]:
    return opener_spans(low, regions._LOWER_PART.findall(low), words)


SENTENCES = [
    "поставки в брянскую область выросли, а в санкт-петербург — нет",
    "завод под тверью и северо-западный округ; в курской — тоже",
    "российско-белорусский форум прошёл в г. королеве и в кирове",
    "-смоленская-область- и брянск--орёл, в-новгород",
    "ничего о регионах здесь не сказано",
]


def test_opener_spans_equal_reading_every_word():
    words = regions._prefilter().first_words
    assert words
    for text in SENTENCES:
        low = text.replace("ё", "е")
        for a in range(len(low)):
            for b in (a + 1, a + 7, a + 30, len(low)):
                chunk = low[a:b]
                assert _spans(chunk, words) == _word_by_word(chunk, words), chunk


def test_opener_spans_on_random_joins_of_words():
    words = regions._prefilter().first_words
    sample = [*sorted(words)[:300], "в", "г", "во", "санкт", "петербург"]
    rnd = random.Random(28)
    for _ in range(20_000):
        pieces = [rnd.choice(sample) if rnd.random() < 0.5
                  else "".join(rnd.choice("ав-г .,za1к") for _ in range(rnd.randint(0, 3)))
                  for _ in range(rnd.randint(1, 6))]
        low = "".join(p + rnd.choice(["", " ", "-", "--", ",", "1"]) for p in pieces)
        assert _spans(low, words) == _word_by_word(low, words), low


def test_regions_found_as_before():
    text = "В Брянской области и Санкт-Петербурге открыли цеха; в Кирове — склад."
    assert [r.normal for r in regions.russian_regions_in(text, 0, len(text))] == [
        "Брянская область", "Санкт-Петербург", "Кировская область"]


def test_outlet_readings_are_kept_per_source():
    outlets.belarusian_outlet.cache_clear()
    assert outlets.belarusian_site("БелТА", "https://www.belta.by/economics/1") is True
    assert outlets.belarusian_site("Брянские новости", None) is False
    assert outlets.belarusian_site("Брянские новости", None) is False
    assert outlets.belarusian_outlet.cache_info().hits >= 1
