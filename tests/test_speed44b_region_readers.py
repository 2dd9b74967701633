"""Session 44 (speed44b): the region readers made cheaper, each reading the same as before.

- The long words that may open a Russian region's name are found in a stretch by one
  Aho–Corasick pass (`openers.OpenerRuns`) instead of every run of letters cut out and looked
  up (the hyphenated ones in the same pass, instead of every word cut out when the stretch
  holds a hyphen): the runs found, whether a hyphenated one is a word of the stretch, the
  spans made of them (`openers.run_spans`) and the regions read are those of the former
  reading, on written sentences and generated ones (letters of other blocks, hyphens,
  digits, an emoji, a lone surrogate).
"""

from __future__ import annotations

import random

from analysis.entities import regions
from analysis.entities.openers import OpenerRuns, opener_spans, run_spans
from analysis.lang.case import fold_yo

SENTENCES = [
    "Поставки в Брянскую область выросли, а в Санкт-Петербург — нет.",
    "Завод под Тверью и северо-западный округ; в Курской — тоже.",
    "Российско-белорусский форум прошёл в г. Королеве и в Кирове.",
    "-смоленская-область- и брянск--орёл, в-новгород",
    "Новый производственный комплекс станет центром обслуживания техники Кузбасса.",
    "Значит, в Чите и Уфе, в Туле и в Орле собирают тракторы «Беларус».",
    "Ничего о регионах здесь не сказано.",
    "Смоленщина заняла третье место, товарооборот с Республикой Беларусь — 294 млрд рублей.",
    "В Минске также предложили Москве создать «горячие списки» товаров.",
    "Москва и Минск заключили около 60 межрегиональных соглашений на сумму около $1,2 млрд.",
    "Инвестиции в Татарстан 😀 составили 5 млрд рублей, в Казани — ещё два.",
    "В Омской и Тюменской областях, а также в ХМАО-Югре открыли сервисные центры МТЗ.",
]


def _former_present(low: str, words: frozenset[str]) -> set[str]:
    return set(words.intersection(regions._LOWER_PART.findall(low)))


def _generated(rnd: random.Random, sample: list[str]) -> str:
    pieces = [rnd.choice(sample) if rnd.random() < 0.5
              else "".join(rnd.choice("ав-г .,za1кё\u0404\u3004") for _ in range(rnd.randint(0, 3)))
              for _ in range(rnd.randint(1, 7))]
    return "".join(p + rnd.choice(["", " ", "-", "--", ",", "1", "ё", "\u0430"]) for p in pieces)


def _check_runs(low: str, finder: OpenerRuns, words: frozenset[str], short: frozenset[str]) -> None:
    runs = finder.runs(low)
    if runs is None:  # (an emoji, a lone surrogate: the caller cuts the runs out)
        raw_ok = True
        try:
            raw_ok = len(low.encode("utf-16-le")) == 2 * len(low)
        except UnicodeEncodeError:
            raw_ok = False
        assert not raw_ok, low
        return
    runs, joined = runs
    present = _former_present(low, words)
    assert {w for w, _, _ in runs} == {w for w in present if len(w) > 2}, low
    assert run_spans(low, runs, short, words) == opener_spans(low, present, words), low
    # (a hyphenated opening word standing as a word: what the former test cut the words for)
    assert joined == any("-" in w for w in words.intersection(regions._LOWER_WORD.findall(low))), low


def test_runs_and_spans_equal_cutting_every_run_on_written_sentences():
    pre = regions._prefilter()
    words = pre.first_words
    assert words
    for text in SENTENCES:
        low = fold_yo(text.lower())
        for a in range(0, len(low), 3):
            for b in (a + 1, a + 9, a + 40, len(low)):
                _check_runs(low[a:b], pre.runs, words, pre.short_words)


def test_runs_and_spans_on_generated_joins_of_words():
    pre = regions._prefilter()
    words = pre.first_words
    assert words
    sample = [*sorted(words)[::25], *sorted(w for w in words if "-" in w)[::40], "в", "во", "г",
              "санкт", "петербург", "санкт-петербурге", "чите", "значит",
              "уфа", "орле", "\ud800", "😀"]
    rnd = random.Random(44)
    for _ in range(3_000):
        _check_runs(_generated(rnd, sample), pre.runs, words, pre.short_words)


def test_finder_reports_every_place_of_a_word():
    finder = OpenerRuns(["уфа", "уфе", "тула", "в", "санкт-петербург", "тула1"])
    # (runs of letters, three or more, then the hyphenated words)
    assert finder.words == ("тула", "уфа", "уфе", "санкт-петербург")
    low = "уфа, туда-уфе тула-тула титула уфауфа уфа"
    runs, joined = finder.runs(low)
    assert sorted((a, e) for _, a, e in runs) == [(0, 3), (10, 13), (14, 18), (19, 23), (38, 41)]
    assert not joined
    assert finder.runs("в санкт-петербург.")[1] and finder.runs("санкт-петербург")[1]
    assert not finder.runs("в санкт-петербург-сити")[1] and not finder.runs("а-санкт-петербург")[1]
    assert finder.runs("санкт-петербург-")[1] and finder.runs("1санкт-петербург")[1]
    assert finder.runs("уфа \ud800") is None and finder.runs("уфа 😀") is None


def test_regions_read_as_before():
    rnd = random.Random(441)
    names = ["Брянской области", "Санкт-Петербурге", "Кирове", "Туле", "Уфе", "Кузбасса",
             "Смоленщина", "Москва", "Минск", "ХМАО-Югре", "Новый Уренгой", "Орле", "Чите"]
    filler = ["в", "во", "и", "а также", "значит", "титула", "поставки", "завод", "—", ",", "г."]
    texts = [*SENTENCES, *(" ".join(rnd.choice(names if rnd.random() < 0.4 else filler)
                                    for _ in range(rnd.randint(2, 14))) + "." for _ in range(300))]
    hits = 0
    for text in texts:
        folded = text.lower()
        for a, b in ((0, len(text)), (0, len(text) // 2), (len(text) // 3, len(text))):
            got = regions.russian_regions_in(text, a, b, folded)
            assert got == _reference(text, a, b, folded), text[a:b]
            hits += bool(got)
    assert hits > 200  # (most stretches name a region: the windows are read, not passed over)


def _reference(text: str, start: int, end: int, folded: str) -> list[regions.RegionMention]:
    """The regions read with the runs cut out (the finder told to have no copy)."""
    pre = regions._prefilter()
    finder = pre.runs
    original = OpenerRuns.runs
    try:
        OpenerRuns.runs = lambda self, low: None  # type: ignore[method-assign]
        return regions.russian_regions_in(text, start, end, folded)
    finally:
        OpenerRuns.runs = original  # type: ignore[method-assign]
        assert pre.runs is finder
