"""Patterns whose word-start look-behinds are said after their first letter match exactly as
before (issue 10, speed, session 35: `analysis.money.alternation.lookbehind_led`, and the
adjective rubles' figure opened by its digit).

Checked on the seeds and the gold texts studied so far (held-aside sets are not read), lower
case and as written, whole and from every position as the readers call them, and on
generated texts; plus how `lookbehind_led` rewrites a source and when it leaves it alone.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_texts

from analysis.money import (
    adjective_rubles,
    cost_verb,
    court,
    deal_value,
    inline_tables,
    region,
    services_abroad,
    together,
    unit_price,
    whole_spans,
)
from analysis.money.alternation import lookbehind_led
from analysis.money.context import context_words
from analysis.money.list_regions import respectively_word


@cache
def _data() -> dict:
    path = resources.files("analysis").joinpath("data", "money_context_ru.json")
    return json.loads(path.read_text(encoding="utf-8"))


_WHOLE_YEAR_BEFORE = (
    r"(?<![\w-])(?:за(?:[ \u00a0]+(?:весь|целый))?|по[ \u00a0]+итогам)[ \u00a0]+года?(?![\w-])"
    r"(?![ \u00a0]+(?:на|в)[ \u00a0]+[\d,.]+[ \u00a0]*(?:%|процент|раз))"
    r"(?![ \u00a0]+(?:подорожа|подешеве))"
    r"(?![ \u00a0]+(?:до[ \u00a0]+(?:этого|того)|назад|раньше|ранее)(?![\w-]))"
    r"|(?<![\w-])на[ \u00a0]+конец[ \u00a0]+года(?![\w-])"
    r"|(?<![\w-])(?:(?:прогноз|план|задач)\w*(?:[ \u00a0]+[а-яё]+)?[ \u00a0]+на"
    r"|на[ \u00a0]+весь)[ \u00a0]+год(?![\w-])"
    r"|(?<![\w-])(?:в|за|по[ \u00a0]+итогам)[ \u00a0]+отч[её]тн\w+[ \u00a0]+год\w*"
    r"|(?<![\w-])к[ \u00a0]+концу[ \u00a0]+(?:года|декабря)(?![\w-])")


def _pairs() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """{name: (the pattern as it was compiled before, as it is compiled now)}."""
    data = _data()
    return {
        "adjective figure": (re.compile(
            r"(?<![\w.,\-–])(?P<n>\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,3})?)"
            r"(?:[ \u00a0]+(?P<s>тыс\.|млн|млрд|трлн|тысяч[а-яё]*|миллион[а-яё]*|миллиард[а-яё]*))?"
            r"[ \u00a0]+(?P<adj>российских|белорусских|наших)"
            r"(?=[ \u00a0]*(?:[.,;!?»”)]|[—–][ \u00a0]|\n|\Z))"), adjective_rubles._FIGURE),
        "cost verb": (re.compile(
            r"(?<![\w-])(?:обо[йш]|обход)\w*|(?P<sold>(?<![\w-])прода(?:[её]тся|ются|вался"
            r"|валась|валось|вались)(?![\w-]))"), cost_verb._COST_VERB),
        "each before": (re.compile(r"(?<![\w-])по[ \u00a0]+\Z"), unit_price._EACH_BEFORE),
        "into region": (re.compile(r"(?<!\w)(?:в|во)[ \u00a0]+(?:регион|область|край)(?![\w-])"),
                        region._INTO_REGION),
        "whole year": (re.compile(_WHOLE_YEAR_BEFORE), whole_spans._WHOLE_YEAR),
        "whole month": (re.compile(
            r"(?<![\w-])(?:за(?:[ \u00a0]+(?:весь|этот|отч[её]тный))?[ \u00a0]+месяц"
            r"|в[ \u00a0]+течение[ \u00a0]+месяца)(?![\w-])"), whole_spans._WHOLE_MONTH),
        "whole quarter": (re.compile(
            r"(?<![\w-])(?:за|в)[ \u00a0]+(?:(?:этот|весь|отч[её]тный|прошедший)"
            r"[ \u00a0]+)?квартал[еа]?(?![\w-])"), whole_spans._WHOLE_QUARTER),
        "respectively": (re.compile(data["respectively"], re.IGNORECASE), respectively_word()),
        "court words": (re.compile("|".join(f"(?:{w})" for w in data["court_words"])),
                        court._court()),
        "unit cost": (re.compile(data["unit_cost"]), context_words().unit_cost),
        "sites together": (re.compile(r"(?<!\w)(?:" + "|".join(data["sites_together"]) + r")(?!\w)"),
                           together._sites_pattern()),
        "amounting": (re.compile(r"(?<![а-яё])(?:состав|достиг|превы|оценива|исчисля)\w*(?:\s+в)?\s+"
                                 r"(?:[а-яё]+\s+){0,2}\Z"), services_abroad._AMOUNTING),
        "deal volume": (re.compile(
            r"(?<![а-яё])(?:контракт|договор|соглашени)\w*[^.;:!?]{0,80}?(?<![а-яё])с[ \u00a0]+"
            r"(?:[а-яё]+[ \u00a0]+)?объ[её]мом[ \u00a0]+(?:закуп|поставо|поставк|продаж)\w*"
            r"[ \u00a0]+(?:(?:на[ \u00a0]+)?(?:сумму[ \u00a0]+)?)?\Z"), deal_value._DEAL_VOLUME),
    }


def _found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def _at(match: re.Match[str] | None) -> tuple | None:
    return None if match is None else (match.span(), match.groups())


@pytest.mark.parametrize("name", list(_pairs()))
def test_the_pattern_matches_as_before_on_studied_texts(name: str) -> None:
    before, now = _pairs()[name]
    assert before.pattern != now.pattern  # the pattern was rewritten, not left as it was
    hits = 0
    for text in studied_texts():
        for t in (text, text.lower()):
            got = _found(now, t)
            assert got == _found(before, t)
            hits += len(got)
            for pos in range(0, len(t), 131):  # (the readers search from a sentence's start
                # to an amount's)
                assert _at(now.search(t, pos)) == _at(before.search(t, pos))
                assert _at(now.match(t, pos)) == _at(before.match(t, pos))
                lo = max(0, pos - 60)
                got_before = _at(now.search(t, lo, pos))
                assert got_before == _at(before.search(t, lo, pos))
                hits += got_before is not None
    assert hits > 0 or name in _READ_UP_TO_AMOUNT  # (those end at `\\Z`: tested below)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 \u00a0,.-–—\nаботдвзгпоисчкнлмхрйшыеё_xX«»", max_size=50),
       st.integers(min_value=0, max_value=50))
def test_the_patterns_match_as_before_on_generated_text(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    for before, now in _pairs().values():
        assert _found(now, text) == _found(before, text)
        assert _at(now.search(text, pos)) == _at(before.search(text, pos))
        assert _at(now.match(text, pos)) == _at(before.match(text, pos))


@pytest.mark.parametrize(("text", "found"), [
    ("12 российских.", (0, 13)), ("а12 российских.", None), ("-5 наших,", None),
    ("(5 наших,", (1, 8)), ("1 234,5 млн белорусских)", (0, 23)), ("x5 наших.", None),
])
def test_the_adjective_figure_starts_only_where_no_word_or_mark_stands_before(
        text: str, found: tuple[int, int] | None) -> None:
    m = adjective_rubles._FIGURE.search(text)
    assert (m and m.span()) == found


def test_lookbehind_led_says_the_lookbehinds_after_each_first_letter() -> None:
    assert lookbehind_led(r"(?<![а-яё])соответственно(?![а-яё])") == (
        r"с(?:(?<![а-яё].)оответственно(?![а-яё]))")
    assert lookbehind_led(r"(?<![\w-])(?:обо[йш]|обход)\w*") == (
        r"о(?:(?<![\w-].)бо[йш]\w*|(?<![\w-].)бход\w*)")
    assert lookbehind_led(r"(?<![а-яё])(?<!ещё )один|(?<!\w)два") == (
        r"о(?:(?<![а-яё].)(?<!ещё .)дин)|д(?:(?<!\w.)ва)")


@pytest.mark.parametrize("source", [
    r"а(?<![а-яё])б",  # no look-behind first
    r"(?<![а-яё])а+б",  # a quantified first letter
    r"(?<![а-яё])(а)б",  # a capturing group
    r"(?<![а-яё])\dб",  # an escape first
    r"(?<![а-яё])аб|в",  # an alternative with no look-behind
    r"(?<![а-яё])(?:а|б|в|г|д|е|ж)х",  # many first letters: the set costs more than it saves
])
def test_lookbehind_led_leaves_other_sources_as_they_are(source: str) -> None:
    assert lookbehind_led(source) == source


_READ_UP_TO_AMOUNT = ("unit cost", "deal volume", "amounting")
_FIGURE_START = re.compile(r"(?<![\d,.])\d")


@pytest.mark.parametrize("name", _READ_UP_TO_AMOUNT)
def test_the_patterns_read_up_to_an_amount_match_as_before(name: str) -> None:
    """The unit cost and the deal volume are read in the stretch before an amount, up to its
    figure (``\\Z``): searched so, up to each figure of the studied texts."""
    before, now = _pairs()[name]
    hits = 0
    for text in studied_texts():
        low = text.lower()
        for figure in _FIGURE_START.finditer(low):
            lo = max(0, figure.start() - 200)
            got = _at(now.search(low, lo, figure.start()))
            assert got == _at(before.search(low, lo, figure.start()))
            hits += got is not None
    assert hits > 0


def test_the_deal_volume_and_the_series_gate_need_their_literal() -> None:
    """The cheap looks before the two patterns: no «объ», no deal volume; no «;», no series."""
    for text in studied_texts():
        low = text.lower()
        if "объ" not in low:
            assert deal_value._DEAL_VOLUME.search(low) is None
        if ";" not in text:
            assert inline_tables._SERIES_GATE.search(text) is None


def test_a_leading_optional_group_is_spread_before_its_letters() -> None:
    assert lookbehind_led(r"(?<![а-яё])(?:не\s+)?(?:дороже|дешевле)\s+") == (
        r"н(?:(?<![а-яё].)е\s+(?:дороже|дешевле)\s+)|д(?:(?<![а-яё].)ороже\s+|(?<![а-яё].)ешевле\s+)")
    for lazy in (r"(?<![а-яё])(?:не\s+)??дороже", r"(?<![а-яё])(?:не\s+)?+дороже"):
        assert lookbehind_led(lazy) == lazy


@pytest.mark.parametrize(("text", "found"), [
    ("каждый автобус обошёлся примерно в ", True), ("не дороже ", True), ("недороже ", False),
    ("ещё один автобус обошёлся в ", False), ("цена одной тонны составила ", True),
])
def test_the_unit_cost_reads_as_before_in_short_clauses(text: str, found: bool) -> None:
    assert (context_words().unit_cost.search(text) is not None) is found
