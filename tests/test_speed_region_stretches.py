"""The region reading's cheaper steps give exactly what the old ones gave (issue 10, speed,
session 36: `analysis.entities.regions.russian_regions_in`, `find_regions` and
`analysis.lang.sentences.split_sentences`).

Each old step is kept here as it was, and compared with the new one on sentences written here
and on the seeds and the gold texts studied so far (held-aside sets are not read): every
sentence, and stretches from every 29th character, folded copy given and not.
"""

from __future__ import annotations

import pytest
from test_speed_shortcuts import studied_texts

from analysis.entities import regions
from analysis.entities.institutions import names_institution, names_time_zone
from analysis.entities.openers import opener_spans
from analysis.lang import fold_case
from analysis.lang.case import fold_yo
from analysis.lang.sentences import _YEAR_ABBR_END, _in_quoted_name, sentence_ends, split_sentences

SENTENCES = (
    "В Москве и Смоленской области выросли поставки, а в Минске — нет.",
    "Москва и Минск договорились о поставках в Брянскую область.",
    "в Курской, а также в Орловской областях открыли цеха; во Владимире — склад.",
    "Товарооборот Кузбасса — 5 млрд. В 2023 г. Кемеровская обл. нарастила экспорт.",
    "Завод «Тверь» и гостиница «Казань» 5в Москве, санкт-петербургские и брянско-белорусские связи.",
    "  Новый производственный комплекс.  Республика Татарстан, ОЭЗ «Липецк».\n\nИ всё.  ",
    "Ничего о регионах здесь не сказано.",
    "",
)


def _old_strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _old_split(text: str) -> list[tuple[int, int]]:
    """`split_sentences` as it was before session 36 (bounds stripped char by char)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in sentence_ends(text):
        newline = m.group() == "\n"
        end = m.start() if newline else m.end()
        piece = text[start:end].strip()
        if not newline:
            if len(piece) < 15 or (len(piece) < 40 and _YEAR_ABBR_END.search(piece)):
                continue
            if _in_quoted_name(text, start, m.start(), m.end()):
                continue
        if piece:
            spans.append(_old_strip(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_old_strip(text, start, len(text)))
    return spans


def _old_regions_in(text: str, start: int, end: int,
                    folded: str | None = None) -> list[regions.RegionMention]:
    """`russian_regions_in` as it was before session 36."""
    chunk = text[start:end]
    pre = regions._prefilter()
    words = pre.first_words
    assert words is not None
    lowered = (folded[start:end] if folded is not None and regions._LONGER_LOWER not in chunk
               else chunk.lower())
    low = fold_yo(lowered)
    long_words, short_before_capital = pre.long_words, pre.short_before_capital
    parts = regions._LOWER_PART.findall(low)
    if long_words.isdisjoint(parts) and (
            "-" not in low or long_words.isdisjoint(regions._LOWER_WORD.findall(low))) and not (
            short_before_capital and short_before_capital.search(chunk)):
        return []
    windows: list[tuple[int, int]] = []
    for a, e in opener_spans(low, parts, words):
        if e - a <= 2 and not regions._CAPITAL_NEXT.match(chunk, e):
            continue
        b = min(len(chunk), a + regions._REGION_WINDOW)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    found = [regions.RegionMention(start=start + a + e.start, normal=e.normal) for a, b in windows
             for e in _old_find_regions(chunk[a:b])
             if e.type == "region" and e.normal in regions._RUSSIAN
             and not regions._quoted_town(text, start + a + e.start, start + a + e.end, e.role)
             and not names_institution(text, start + a + e.end, e.role)
             # (a clock, «Время московское», named no region before either: session 44)
             and not names_time_zone(text, start + a + e.start, start + a + e.end, e.role)]
    if regions._CAPITALS_AS_COUNTRIES.search(chunk):
        found = [f for f in found if f.normal != "Москва"]
    return found


def _old_find_regions(text: str) -> list:
    """`find_regions` as it was (every step run on an empty scan too)."""
    ents = regions._listed_adjectives(regions._merge_adjacent(
        regions.regions_gazetteer().scan(text), text), text)
    ents = [e for e in ents if not regions.used_as_adjective(e, text)]
    return regions._unlisted_members(ents, text)


def _stretches(text: str, step: int) -> list[tuple[int, int]]:
    out = [(0, len(text))] + [(a, min(len(text), a + n)) for a in range(0, len(text), step)
                              for n in (3, 45, 160)]
    out += [(a, b) for a, b in (p for p in _old_split(text))]
    pos = 0
    for line in text.split("\n"):  # every sentence, as the region reader asks them
        out += [(pos + a, pos + b) for a, b in _old_split(line)]
        pos += len(line) + 1
    return out


def _check_text(text: str, step: int) -> int:
    folded = fold_case(text)
    differ = 0
    for a, b in _stretches(text, step):
        differ += regions.russian_regions_in(text, a, b, folded) != _old_regions_in(text, a, b, folded)
        differ += regions.russian_regions_in(text, a, b) != _old_regions_in(text, a, b)
    differ += split_sentences(text) != _old_split(text)
    for line in text.split("\n"):
        differ += split_sentences(line) != _old_split(line)
    return differ


@pytest.mark.parametrize("text", SENTENCES)
def test_written_sentences_read_as_before(text: str) -> None:
    assert _check_text(text, 1) == 0
    assert [(e.start, e.end, e.normal, e.role) for e in regions.find_regions(text)] == [
        (e.start, e.end, e.normal, e.role) for e in _old_find_regions(text)]


def test_written_sentences_do_name_regions() -> None:
    """(the comparison above is not empty: the written sentences do name regions)"""
    text = SENTENCES[0]
    assert [r.normal for r in regions.russian_regions_in(text, 0, len(text))] == [
        "Москва", "Смоленская область"]
    assert _old_split(SENTENCES[5]) == split_sentences(SENTENCES[5]) != []


@pytest.mark.slow
def test_studied_texts_read_as_before() -> None:
    texts = studied_texts()
    assert len(texts) > 1000
    assert sum(_check_text(t, 29) for t in texts) == 0

