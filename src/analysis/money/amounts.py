"""Find money amounts in Russian news text.

The core pattern (`analysis.money.grammar`) is only tried near money *heads* (a scale word, a
currency word, symbol or code, found in one pass: `money.head_stems`), at the few tokens before each head:
that keeps the scan fast on long articles full of dates and counts.

Cores are then combined in a second pass over their sequence (``2–3 млрд``, ``от 2 до 3 млрд``,
``с 40 до 50 млрд`` = two levels), get their qualifier from a look-back table (``около``,
``свыше``, ``превысил``…; ``не менее``, ``как минимум`` are ``at_least``, a bound the figure may
equal, where ``свыше`` is ``over``; ``почти``, ``без малого`` are ``almost``, near the number and
under it, where ``около`` is ``approx``; the surface starts at the qualifier word, as in the shared gold;
«вырос до X» is a level reached: ``exact``, and «до» stays out of the surface), and a bare
``54 миллиарда`` only counts as money when an amount just before it (same or previous
sentence, or money words in its own sentence) fixes its currency (``implied_currency``) and it
is not a count (``5 тыс. тракторов``, ``2 млн человек``, ``8,5 млн т``).

Not money: percentages, counts, years, decree numbers, units, and exchange-rate quotes
(«курс доллара — 92,5 руб.», «USD 92,51», «по 3,2 рубля за доллар», «2,5109 бел. рубля»).

Everything is offsets into the text given to `find_amounts` (the clean article text); the
facts module maps them to the original file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from analysis.lang import fold_case
from analysis.lazypattern import lazy_compile
from analysis.money.adjective_rubles import adjective_rubles
from analysis.money.against import compared_currency, coordinated_currency, elliptic_currency
from analysis.money.around import (
    CLAUSE_END,
    MINUS_BEFORE,
    REACHED_VERB,
    UNIT_AFTER,
    VAGUE_BEFORE,
    counts_something,
    is_count_share,
    is_exchange_ratio,
    is_face_value,
    is_rate_quote,
    is_rounding_step,
    is_ticker,
)
from analysis.money.between_range import between_ranges
from analysis.money.elided import elided_amounts
from analysis.money.elided_prices import elided_prices
from analysis.money.enumerated import enumerated_amounts
from analysis.money.folded import case_sensitive, folds_alike
from analysis.money.grammar import (
    CORE,
    NUMERALS,
    QUALIFIER_BEFORE,
    QUALIFIER_PHRASES,
    Core,
    parse_number,
    read_core,
)
from analysis.money.head_stems import HEAD_STEMS as _HEAD_STEMS
from analysis.money.head_stems import SCALE_HEADS, first_glued, stem_places
from analysis.money.implied import resolve_implied
from analysis.money.inverted import inverted_figures
from analysis.money.latin import holds_any
from analysis.money.ranges import SCALE_ABBR, RangePair, range_pair
from analysis.money.ranges import low_value as low_end_value
from analysis.money.restated import drop_restated
from analysis.money.scale_shares import words_before_scale
from analysis.money.scancopy import scan_copy
from analysis.money.sign_range import with_bare_high_end
from analysis.money.tokens import WRAP_ENDS, opening_pattern, token_starts_kept, wrapped_line
from analysis.vocab import QUALIFIERS

__all__ = ["QUALIFIERS", "Amount", "find_amounts", "parse_number"]


@dataclass(frozen=True)
class Amount:
    """A money figure in a text: value, ISO currency and qualifier («около», «от … до»)."""

    start: int  # offsets into the text given to find_amounts
    end: int
    surface: str
    value: float  # currency units; the low end for a range
    currency: str  # ISO 4217
    qualifier: str  # one of QUALIFIERS
    value_low: float | None = None
    value_high: float | None = None
    implied_currency: bool = False


class _LastLevel:
    """Where the last «вырос до X» level of the scan ended (None: the last amount was none):
    a parallel «…, в том числе экспорт — до $4,9 млрд» right after it is a level too."""

    __slots__ = ("end",)

    def __init__(self) -> None:
        self.end: int | None = None


class Qualified(NamedTuple):
    """The qualifier before a number and where the amount's surface starts."""

    qualifier: str  # one of QUALIFIERS
    start: int


# No economy has more, in any currency: «1 200 000 000 000 000 рублей»; but Russia's GDP is
# some 200 trillion rubles («201 трлн руб.») and Belarus's before 2016 some 900 trillion BYR
MAX_VALUE = 1e15
_IMPLIED_MIN_SCALE = 1e6  # a bare «5 тыс.» is nearly always a count, never implied money
# (group number in QUALIFIER_BEFORE, qualifier) of each qualifier phrase, in table order
_QUALIFIER_GROUPS = tuple((QUALIFIER_BEFORE.groupindex[f"q{i}"], qual)
                          for i, (_, qual) in enumerate(QUALIFIER_PHRASES))


# --------------------------------------------------------------------------- context tests
_QUALIFIER_FOLDED = case_sensitive(QUALIFIER_BEFORE)


def _qualifier_before(text: str, start: int) -> Qualified | None:
    lo = max(0, start - 40)
    if _QUALIFIER_FOLDED is not None and folds_alike(text, lo, start):
        # (the folded copy of the scan text is cached: the head scan made it)
        m = _QUALIFIER_FOLDED.search(fold_case(text)[lo:start])
    else:
        m = QUALIFIER_BEFORE.search(text[lo:start])
    if not m:
        return None
    for group, qual in _QUALIFIER_GROUPS:
        if (phrase := m.group(group)) is not None:
            if m.group("prep"):
                if qual in ("up_to", "over") and phrase.lower() in ("до", "от"):
                    return None  # «от в», «до на» are not qualifiers
                # «почти в $300 млн», «почти на 10 млрд»: qualified, but not adjacent
                return Qualified(qualifier=qual, start=start)
            return Qualified(qualifier=qual, start=lo + m.start())
    return None


# --------------------------------------------------------------------------- scanning
# The core pattern is tried at the few token starts just before each head (`money.head_stems`).
_LATIN_HEAD_FIRST = frozenset("mbMB")
_HEAD_AT = lazy_compile(r"тыс|млн|млрд|трлн|милл|трилл|руб|р\.|долл|дол\.|евро|юан|тенге|фунт"
                      r"|коп|цент(?:ов|а)|ярд|лям|[$€₽£¥₸]|(?:mn|bn|mln|bln|million|billion)(?![a-z])")
# «1500р»: searched where an ASCII digit stands before «р» (`GLUED_STEMS`, in the stems' pass)
_GLUED_RUBLE = lazy_compile(r"\dр(?![\w.])")
# No look-behind in front: sre then scans for the first letters quickly.
_CODES = ("USD", "EUR", "RUB", "RUR", "BYN", "BYR", "CNY", "RMB", "KZT", "GBP", "Br")
_CODE_HEAD = lazy_compile("(?:" + "|".join(_CODES) + r")(?![a-z])")
_CODE_FIRST = frozenset(c[0] for c in _CODES)  # a `_CODE_HEAD` match starts at one
_BACKOFF_CHARS = 70
_BACKOFF_TOKENS = 7  # «около двухсот пятидесяти пяти миллионов»
# A plain number (no scale, no currency) only matters as the low end of a range.
_RANGE_NEXT = lazy_compile(r"[ \u00a0]*(?:[-–—]|до\b|по\b)", re.IGNORECASE)
# First three letters of every word that can open a core (numerals, «пол…», scale words).
_OPENERS = frozenset(w[:3] for w in [*NUMERALS, "пол", "миллион", "миллиард", "триллион",
                                      "тысяча", *words_before_scale()])
_SYMBOLS = "$€₽£¥₸"
# the token starts a core can open at, and fewer others (the test below keeps only those)
_OPENING_STARTS = opening_pattern(_OPENERS)


def _heads(text: str, lowered: str, places: dict[str, list[int]] | None = None) -> list[int]:
    """Where the money heads stand, in order; `places` (when given) gets every place of each
    of `SCALE_HEADS` (found here anyway, for `inverted_figures`)."""
    heads: list[int] = []
    kept: list[list[int]] | None = None
    if places is not None:  # (made in the stems' order, as the find loops made them)
        made = {stem: places.setdefault(stem, []) for stem in _HEAD_STEMS if stem in SCALE_HEADS}
        kept = [made[stem] for stem in SCALE_HEADS]
    latin, glued = holds_any(text, _LATIN_HEAD_FIRST), False
    scales, glued_from, head_at = len(SCALE_HEADS), first_glued(latin), _HEAD_AT.match
    for i, p, _ in stem_places(lowered, latin):
        if i >= glued_from:  # an ASCII digit right before «р»
            glued = True
            continue
        if kept is not None and i < scales:
            kept[i].append(p)
        if head_at(lowered, p):
            heads.append(p)
    if glued:
        heads.extend(m.start() + 1 for m in _GLUED_RUBLE.finditer(lowered))
    if holds_any(text, _CODE_FIRST):  # (most articles hold no Latin letter)
        heads.extend(p for m in _CODE_HEAD.finditer(text)
                     if not ((p := m.start()) and text[p - 1].isascii()
                             and text[p - 1].isalpha()))
    heads.sort()
    return heads


def _core_matches(text: str, places: dict[str, list[int]] | None = None
                  ) -> list[re.Match[str]]:
    """Core matches in text order, never overlapping (`places`: as `_heads` fills it)."""
    out: list[re.Match[str]] = []
    last_end = 0
    lowered = fold_case(text)  # (describe folds the same text next: cached)
    for p in _heads(text, lowered, places):
        if p < last_end:
            continue  # inside the previous amount
        # (the line break is only looked for as far back as the window reaches: the same
        # start, without reading back over the whole paragraph)
        line = text.rfind("\n", max(0, p - _BACKOFF_CHARS), p)
        if line > 0 and text[line - 1] in WRAP_ENDS:  # «4,2⏎млрд рублей»
            line = wrapped_line(text, line, p, _BACKOFF_CHARS)
        lo = max(last_end, p - _BACKOFF_CHARS, line + 1)
        # Cheap test before the full core pattern (inline: it runs for every token before
        # every head): digit, symbol, code or a numeral's first letters (the openers are
        # Cyrillic, so the lower-cased text's slice decides as the slice's lower case would).
        starts = [c for c in token_starts_kept(text, lowered, lo, p, _OPENING_STARTS)
                  if (ch := text[c]).isdigit() or ch in _SYMBOLS
                  or (ch.isascii() and ch.isupper())
                  or lowered[c:c + 3] in _OPENERS][-_BACKOFF_TOKENS:]
        starts.append(p)
        for c in starts:
            if c < last_end:
                continue
            m = CORE.match(text, c)
            if m is None:
                continue
            num, pre, scale, cur = m.group("num", "pre", "scale", "cur")
            plain = num is not None and not (pre or scale or cur)
            if plain:
                if _RANGE_NEXT.match(text, m.end()):
                    # the low end of «2–3 млрд», «от 2 до 3 млрд», «от двух до трёх
                    # миллиардов», «два-три миллиарда»
                    out.append(m)
                    last_end = m.end()
                continue  # a spelled numeral or a bare number before the head
            if m.end() > p:
                out.append(m)
                last_end = m.end()
                break
    return out


# --------------------------------------------------------------------------- main entry
def find_amounts(text: str) -> list[Amount]:
    """Every money amount in `text`, in order, with offsets into `text`.

    The scan reads a copy with Latin look-alike letters inside Cyrillic words made Cyrillic
    («дoлларов» with a Latin o) and editorial brackets made spaces («[почти] $1,8 [млрд]»);
    the copy has the same offsets, and surfaces are cut from `text` itself.
    """
    if not text:
        return []
    scan = scan_copy(text)
    found = [a for a in between_ranges(scan, enumerated_amounts(scan, elided_prices(
                 scan, elided_amounts(scan, drop_restated(scan, _find(scan))))))
             if a.value <= MAX_VALUE and (a.value_high or 0) <= MAX_VALUE
             and not is_ticker(scan, a.start, a.end)]
    if scan is text:
        return found
    out = []
    for a in found:
        start = a.start - 1 if a.start > 0 and text[a.start - 1] == "[" else a.start
        end = a.end + 1 if text[a.end:a.end + 1] == "]" else a.end
        out.append(replace(a, start=start, end=end, surface=text[start:end]))
    return out


def _find(text: str) -> list[Amount]:
    places: dict[str, list[int]] = {}
    cores = [c for m in _core_matches(text, places) if (c := read_core(m)) is not None]
    for c in cores:
        # «… около $1,2 млрд.»: the dot after a bare scale abbreviation ends the sentence
        # (the gold keeps it only when a currency follows: «105 млрд. рос. руб.»).
        if text[c.end - 1] == "." and text[c.end - 5:c.end - 1].lower().endswith(SCALE_ABBR):
            c.end -= 1
    # First pass: the amounts in order; a bare scaled figure (`implied_currency`) still
    # needs a currency from a neighbour.
    out: list[Amount] = []
    level = _LastLevel()
    i, n = 0, len(cores)
    while i < n:
        core = cores[i]
        nxt = cores[i + 1] if i + 1 < n else None
        pair = range_pair(text, core, nxt) if nxt is not None else None
        if nxt is not None and pair is not None:
            out.extend(_combine(text, core, nxt, pair))
            level.end = None
            i += 2
            continue
        single = _single(text, core, level)
        if single is None and (cur := compared_currency(text, cores[i - 1] if i else None, core)
                               or elliptic_currency(text, cores[max(0, i - 4):i], core)
                               or coordinated_currency(text, core, nxt)):
            # «98 тыс. рублей против примерно 90 тысяч», «на 300 тыс. и 450 тыс. рублей»
            if (single := _single(text, replace(core, currency=cur), level)) is not None:
                single = replace(single, implied_currency=True)
        if single is not None and core.prefixed and not core.has_scale:
            single = with_bare_high_end(text, single)  # «$10–12 за тонну»
        if single is not None:
            out.append(single)
        i += 1
    return adjective_rubles(text, resolve_implied(text, _with_inverted(text, out, places)),
                            _qualifier_before)


def _with_inverted(text: str, found: list[Amount],
                   places: dict[str, list[int]] | None = None) -> list[Amount]:
    """`found` with the figures whose scale comes first («миллионов на триста»), in place of
    any amount inside them («триста рублей»); `places`: the scan's `SCALE_HEADS` places."""
    inverted = inverted_figures(text, places)
    if not inverted:
        return found
    kept = [a for a in found if not any(f.start < a.end and a.start < f.end for f in inverted)]
    kept += [Amount(start=f.start, end=f.end, surface=text[f.start:f.end], value=f.low,
                    currency=f.currency or "", qualifier="approx" if f.high is None else "range",
                    value_low=f.low if f.high is not None else None, value_high=f.high,
                    implied_currency=f.currency is None) for f in inverted]
    return sorted(kept, key=lambda a: a.start)


def _combine(text: str, low: Core, high: Core, pair: RangePair) -> list[Amount]:
    currency = high.currency or low.currency
    low_value = low_end_value(low, high, pair.kind)
    high_value = high.number * high.scale
    if low_value is None:  # «в 2023 — 5 млрд»: a year, not the low end
        single = _single(text, high)
        return [single] if single is not None else []
    if not (currency or high.has_scale):
        return []
    if currency and is_rate_quote(text, replace(high, start=low.start, currency=currency)):
        return []  # «курс доллара вырос с 90,5 до 95,2 рубля», «акции … с 52,1 до 56,8 рубля»
    implied = currency is None
    # (past the scale's own dot the first pass took off: «36 тыс. тонн»)
    after = high.end + (text[high.end:high.end + 1] == "." and high.has_scale)
    if implied and (UNIT_AFTER.match(text, after) or counts_something(text, after)):
        # «вырастет с 24 до 36 тыс. тонн»: a quantity, as a single figure with a unit after
        # it is (`_single`); a bare «10–12 тысяч» may still be money
        return []
    if pair.kind == "range":
        amount = Amount(start=pair.start, end=high.end, surface=text[pair.start:high.end],
                        value=low_value, currency=currency or "", qualifier="range",
                        value_low=low_value, value_high=high_value, implied_currency=implied)
        return [amount]
    # «вырос с 40 до 50 млрд долларов»: two levels, both exact.
    before = Amount(start=low.start, end=low.end, surface=text[low.start:low.end],
                    value=low_value, currency=currency or "", qualifier="exact",
                    implied_currency=implied)
    after = Amount(start=high.start, end=high.end, surface=text[high.start:high.end],
                   value=high_value, currency=currency or "", qualifier="exact",
                   implied_currency=implied)
    return [before, after]


def _single(text: str, core: Core, level: _LastLevel | None = None) -> Amount | None:
    """The amount one core makes on its own, or None when it is no money figure. With
    `level`, the scan's last level is read and, for an amount, updated."""
    if core.currency is None and not core.has_scale:
        return None  # a bare number: a count, a year, a decree number…
    q: Qualified | None = None
    if core.bare and core.currency is None and core.number != 0.5:
        q = _qualifier_before(text, core.start)
        if q is None:
            return None  # «миллион» alone is a word, not a figure («полмиллиарда» is one)
    if core.bare and VAGUE_BEFORE.search(text, max(0, core.start - 20), core.start):
        return None
    if core.prefixed and not core.has_scale and text[core.start].isalpha() and not (
            text.startswith("Br", core.start) and text[core.start + 2:core.start + 3].isdigit()
            ) and not (core.number >= 1000 and core.number.is_integer()):
        return None  # «USD 92,51» is a rate ticker; «$100», BelTA's «Br2 750,3» and an
        # invoice's «USD 1,000» are money
    if core.currency is not None and (is_rate_quote(text, core) or is_face_value(text, core.start)
                                      or is_count_share(text, core)
                                      or is_exchange_ratio(text, core)
                                      or is_rounding_step(text, core)):
        # «курс — 92,5 рубля»; «монеты номиналом 20 рублей»; «три из пяти долларов»; «10 000
        # старых рублей равны одному новому»; «округлены до 0,1 млн долларов»
        return None
    start, qualifier, reached = core.start, "exact", False
    reached_end = level.end if level is not None else None
    if q is None:  # (a bare scale's qualifier was read above already)
        q = _qualifier_before(text, core.start)
    if q is not None:
        qual = q.qualifier
        if qual == "up_to" and (
                REACHED_VERB.search(text, max(0, q.start - 80), q.start)
                or (reached_end is not None and q.start - reached_end < 60
                    and not CLAUSE_END.search(text, reached_end, q.start))):
            # «вырос до X»: a level reached; «до» is not part of the figure. So is the
            # parallel «…, в том числе экспорт — до $4,9 млрд» after such a figure.
            qual, reached = "exact", True
        else:
            start = q.start
        qualifier = qual
    value = core.number * core.scale
    if q is None and (minus := MINUS_BEFORE.search(text, max(0, core.start - 8), core.start)):
        # «Сальдо сложилось отрицательное: минус 43,6 млн долларов»: a negative figure
        start, value = minus.start(), -value
    implied = core.currency is None
    if implied and (core.scale < _IMPLIED_MIN_SCALE or UNIT_AFTER.match(text, core.end)
                    or counts_something(text, core.end)):
        return None
    if level is not None:
        level.end = core.end if reached else None
    return Amount(start=start, end=core.end, surface=text[start:core.end], value=value,
                  currency=core.currency or "", qualifier=qualifier, implied_currency=implied)
