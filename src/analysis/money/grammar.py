"""The grammar of money in Russian news: the vocabulary and the core pattern built from it.

The words are data (`data/money_ru.json`: spelled-out numerals, scale stems, currency cues,
qualifier phrases), as a language's vocabulary is in one data file; this module builds small
regex pieces from them and composes one *core* pattern:

    [prefix currency] NUMBER [SCALE [NUMBER SCALE]] [currency]

`read_core` turns a core match into a `Core` (number, scale, currency); the vocabulary and
the values of its pieces (`parse_number`, `currency_code` and friends) live in
`analysis.money.values` and are re-exported here. The words that join cores (qualifiers,
ranges) are patterns here too; the context words around a core (exchange rates, units, verbs
of change, counted nouns) are `analysis.money.around`; where the core pattern is tried, and
how cores combine into amounts, is `analysis.money.amounts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.lazypattern import lazy_compile
from analysis.money.scale_shares import (
    FRACTION_DENOMINATORS,
    FRACTION_SCALE,
    TENS_WORD,
    fraction_of,
    group_multiple,
)
from analysis.money.values import (
    CURRENCY_CUES,
    NUMERALS,
    QUALIFIER_PHRASES,
    SCALES,
    MoneyVocabulary,
    currency_code,
    parse_number,
    scale_value,
    spelled_value,
    vocabulary,
)

__all__ = [
    "CORE",
    "CURRENCY",
    "CURRENCY_CUES",
    "FROM_BEFORE",
    "NUMERALS",
    "QUALIFIER_BEFORE",
    "QUALIFIER_PHRASES",
    "RANGE_DASH",
    "RANGE_TO",
    "RUBLE_WORD",
    "SCALES",
    "SPELLED_INT",
    "Core",
    "MoneyVocabulary",
    "currency_code",
    "parse_number",
    "read_core",
    "scale_value",
    "spelled_value",
    "vocabulary",
]


# --------------------------------------------------------------------------- pieces
SPACES = "[ \u00a0\u2009\u202f]"  # spaces used between digit groups and words
_SPS = SPACES + "*"
_SPP = SPACES + "+"


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Regex alternation of literal words, longest first so no form shadows a longer one."""
    # equal lengths in a fixed order: the same source in every process (no two distinct
    # words of one length match the same text, so the order among them never matters)
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_DIGITS = (
    r"(?:(?<=Br)|(?<=USD)|(?<=BYN)|(?<=EUR)|(?<![\w.,/^×*]))"  # glued «Br12,3»; not «A320»,
    # «10^9», «50×150×6000»
    r"(?<![^\W\d_]-)"  # «МАЗ-5440» is a model; «16-18» is a range
    r"(?:\d{1,3}(?:,\d{3})+\.\d{1,2}(?![\d.,])"  # 4,200.00 (English thousands and cents)
    r"|\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d.,])"  # 4.200,00
    r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)"  # 1 200 000 (spaces, nbsp, thin)
    r"|\d{1,3}(?:,\d{3}){2,}(?![\d,])"  # 1,200,000 (rare English style)
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"  # 1.200.000
    r"|\d+)"
    # decimal part with comma or dot; «5 000,- руб.»; a document's «5 450 000-00 руб.»; the
    # case ending of «около 2-х млрд», «5-ти миллионов»
    r"(?:[.,]\d+|,-|-00(?=[ \u00a0]*р)|-(?:х|ти|ми|ух|ех|ёх|и)(?!\w))?(?![\d])"
)
def _alt_by_letter(words: list[str]) -> str:
    """The same alternation with each first letter written once before the rests of its
    words (longest first): at a word sre then tests a few letters, not a hundred numerals."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(re.escape(letter) + "(?:" + _alt(rests) + ")"
                    for letter, rests in sorted(groups.items()))


_NUMERAL_WORD = "(?:" + _alt_by_letter(list(NUMERALS)) + ")"
_HALVES = vocabulary().half_phrases
_SPELLED_INT = rf"{_NUMERAL_WORD}(?:{_SPP}{_NUMERAL_WORD}){{0,3}}(?!\w)"
# Spoken decimals and halves («четырёх целых трёх десятых», «три и восемь десятых», «двух с
# половиной»): the words are data (`numeral_fractions`); `spelled_value` reads them.
_FRACTION_TAIL = (
    rf"(?:{_SPP}(?:{_alt(vocabulary().fraction_joiners)}){_SPP}{_SPELLED_INT}{_SPP}"
    rf"(?:{_alt(list(vocabulary().fraction_denominators))})(?!\w)"
    rf"|{_SPP}(?:{'|'.join(_SPP.join(map(re.escape, h.split())) for h in _HALVES)})"
    r"(?!\w))")
# «три и восемь миллиарда» (3.8 bn): spoken tenths with no «десятых»; the scale's genitive
# singular agrees with the whole («три миллиарда»), not with «восемь» («восемь миллиардов»);
# after «два», «три», «четыре» it would agree with both («два и три миллиона» is a list)
_DIGIT_WORD = "(?:" + _alt([w for w, v in NUMERALS.items() if v.is_integer() and 5 <= v <= 9]) + ")"
_SPOKEN_TENTHS = (rf"{_SPP}и{_SPP}{_DIGIT_WORD}"
                  rf"(?={_SPP}(?:миллиона|миллиарда|триллиона)(?!\w))")
_HUNDRED_WORD = ("(?:" + _alt([w for w, v in NUMERALS.items() if v >= 100 and v % 100 == 0])
                 + r")(?!\w)")
# (after a hyphen only the high end of a spoken range: «два-три миллиарда», «пяти-семи»)
# «2 с половиной миллиарда»: digits and a spoken half
_DIGITS_HALF = ("(?:" + "|".join(_SPP + _SPP.join(map(re.escape, h.split())) for h in _HALVES)
                + r")(?!\w)")
# (not the numeral of a fraction of two words, «три четверти миллиарда», «две трети миллиона»:
# the `half` group reads it whole; found46)
_SPELLED = (rf"(?:(?<![\w-])|(?<=[а-яё]-)){_SPELLED_INT}(?!{_SPP}{FRACTION_DENOMINATORS})"
            rf"(?:{_FRACTION_TAIL}|{_SPOKEN_TENTHS})?")
_SCALE_FORMS = r"(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
_SCALE = (
    r"(?:(?:тыс|млн|млрд|трлн)(?:\.|[ \u00a0]\.(?=[ \u00a0]*[дре$€])|(?!\w))"  # «40 млн . долларов»
    r"|т\.(?=[ \u00a0]*р\.)"  # «85 т. р.»
    rf"|(?:миллион|миллиард|триллион|ярд|лям){_SCALE_FORMS}(?!\w)"  # «лям»: slang million
    r"|тысяч(?:а|и|у|ей|ью|ами|ам|ах|е)?(?!\w)"
    # translated wires: «$412.6 million», «$2bn»; a release's Latin abbreviation in a Russian
    # text: «4,5 mln USD», «1,2 bln USD»
    r"|(?:million|billion|trillion|mln|bln|mn|bn)(?![A-Za-z]))"
)
# «миллиард долларов», «более миллиона рублей»: a singular scale word is the number 1.
_BARE_SCALE = (
    r"(?<![\w-])(?:(?:миллион|миллиард|триллион|ярд)(?:а|у|ом|е)?|тысяч(?:а|и|у|ей|ью))(?!\w)"
)
_HALF_SCALE = (
    r"(?<![\w-])пол(?:-|у)?(?:миллион|миллиард|триллион|ярд)(?:а|у|ом|е)?(?!\w)"
    r"|(?<![\w-])полтысячи(?!\w)"
    # «четверть миллиарда»: a fraction word, then the scale (`scale_shares`)
    rf"|{FRACTION_SCALE}"
)
_ADJ_ENDINGS = r"(?:ий|ого|ому|им|ом|ие|их|ими)"
_CUR_ADJ = (
    rf"(?:(?:российск|белорусск|американск|китайск){_ADJ_ENDINGS}(?!\w)"
    # «3,9 трлн неденоминированных рублей»: Belarusian rubles before the 2016 redenomination
    r"|неденоминированн(?:ый|ого|ому|ым|ом|ые|ых|ыми)(?!\w)"
    # «1,1 млн новых рублей»: the rubles after it («10 000 старых рублей будут обменены на 1
    # новый», a redenomination's ratio, stays no money)
    r"|нов(?:ый|ого|ому|ым|ом|ые|ых|ыми)(?=[ \u00a0]+руб)"
    # «50 млн старых рублей»: the old ones before the 2016 redenomination (BYR); the
    # redenomination's ratio «10 000 старых рублей равны одному новому» is no money
    # (`money_ru.json` redenomination_ratio)
    r"|стар(?:ый|ого|ому|ым|ом|ые|ых|ыми)(?=[ \u00a0]+руб)"
    # «примерно миллион наших рублей»: the speaker's own (`rubles_said.names_our_rubles`)
    r"|наш(?:и|их|им|ими)(?=[ \u00a0]+руб)"
    # the Belarusian language's («486 млн расійскіх рублёў»: a bilingual release's other half)
    r"|(?:расійск|беларуск|амерыканск|кітайск)(?:і|ага|аму|ім|ія|іх|імі)(?!\w)"
    r"|(?:рос|росс|бел|белорус|амер)\.)"
)
_CUR_WORD = (
    r"(?:рубл(?:ь|я|ю|ем|ём|е|и|ей|ям|ями|ях)(?!\w)|руб(?:\.|(?!\w))|р\.(?!\w)|(?<=\d)р(?!\w)"
    # «12 млн белрублей», «800 белруб.»: the Belarusian ruble written as one word
    r"|белруб(?:л(?:ь|я|ю|ем|ём|е|и|ей|ям|ями|ях)(?!\w)|\.|(?!\w))"
    r"|коп(?:\.|е(?:йк[аиу]|ек)(?!\w))"
    r"|(?:евро)?цент(?:а|ов)(?!\w)"  # «около 25 центов», «40 евроцентов»: a hundredth
    r"|доллар(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?!\w)|долл?(?:\.|(?!\w))"
    # the Belarusian language's rubles, dollars and euros («рублёў», «долараў», «даляраў», «еўра»)
    r"|рубл(?:ёў|еў|ём|ямі|ях)(?!\w)|д(?:о|а)л(?:а|я)р(?:аў|ы|а|ам|амі|ах)?(?!\w)|еўра(?!\w)"
    r"|у\.[ \u00a0]?е\.(?!\w)"  # «15 млн у.е.»: conventional units, dollars by convention
    r"|евро(?!\w)|юан(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)(?!\w)|тенге(?!\w)"
    r"|фунт(?:а|ов|ами|ах)?" + _SPP + r"стерлингов(?!\w)"
    r"|US\$|[$€₽£¥₸]"
    r"|(?-i:USD|EUR|RUB|RUR|BYN|BYR|CNY|RMB|KZT|GBP)(?![A-Za-z])|(?-i:Br)(?!\w))"
)
_CURRENCY = (
    # «долларов США», «рублей РБ» (the Republic of Belarus), «руб. РФ»
    rf"(?:(?:{_CUR_ADJ}{_SPS})?{_CUR_WORD}(?:{_SPP}(?:США|ЗША|(?-i:US|РБ|РФ))(?!\w)"
    # «2,3 млн рублей российских, …»: the country's adjective after the ruble, closing the
    # phrase (not «рублей белорусских товаров»: a noun after it is what it qualifies)
    r"|(?:(?<=[Рр]ублей)|(?<=[Рр]убля))[ \u00a0]+(?:белорусск|российск)(?:их|ого)(?![ \u00a0]*[А-Яа-яЁё\w]))?"
    # «95 млн белорусских»: the adjective alone, «рублей» left out (no noun follows)
    r"|(?:белорусск|российск)их(?![ \u00a0]*[А-Яа-яЁё])"
    # «214,7 млрд старых рублей, или 21,47 млн новых»: the redenomination's rubles, the noun
    # left out, not right after a digit (not «построили 12 новых.»: a count)
    r"|(?<!\d[ \u00a0])(?:нов|стар)ых(?![ \u00a0]*[А-Яа-яЁё])"
    # «48 тысяч новыми это 480 миллионов старыми»: the redenomination's rubles, the noun left
    # out (not «новыми тракторами»: a noun in the instrumental after it is what it qualifies)
    r"|(?:нов|стар)ыми(?![ \u00a0]+[А-Яа-яЁё]*(?:ами|ями|ьми)(?![А-Яа-яЁё])))")
# «… руб. 90 коп.», «рублей 00 копеек»: kopecks after the rubles; a contract's «долларов США 00
# центов» the same (session 44: read apart, «00 центов» was a sum of nought)
_KOPECKS = rf"{_SPS}(?P<kop>\d{{1,2}}){_SPS}(?:коп(?:\.|е(?:йк[аиу]|ек)(?!\w))|цент(?:а|ов)?(?!\w))"
# «450 000 (четырёхсот пятидесяти тысяч) рублей»: the amount spelled out again in brackets
# (only numeral and scale words inside: «лот № 1 (двигатели и агрегаты) — 812 300 BYN» is a
# lot number and its name, not a spelled-out amount)
_SPELLED_WORD = rf"(?:{_NUMERAL_WORD}|(?:тысяч|миллион|миллиард|триллион)[а-яё]*)(?![\w])"
_SPELLED_AGAIN = rf"{_SPS}\({_SPELLED_WORD}(?:[ \u00a0-]+{_SPELLED_WORD}){{0,12}}\)"
# «300 с лишним миллионов»
_AND_MORE = rf"{_SPP}с{_SPP}(?:лишним|небольшим|гаком)"
# BelTA writes Belarusian rubles as a glued prefix: «Br1,5 млрд», «на Br350 млн».
_PREFIX = r"(?:US\$|[$€₽£¥₸]|(?-i:USD|EUR|RUB|BYN|CNY|KZT|GBP|Br)(?=[ \u00a0]*\d))"

# An amount wrapped at a line's end, as a paper's column or a PDF's lines wrap it («составил
# 4,2\nмлрд рублей», «2,1 млрд\nдолларов США»): one line break between the number, its scale
# and its currency, the next line opening with the lower-case word (a new line opening with a
# capital, a code or a figure is a new row or heading, not the rest of the amount).
# (the spaces once, then at most one test for the line break: no alternation to try again)
_SPW = rf"{_SPS}(?:\n[ \u00a0]*(?=(?-i:[а-яё])))?"

# The pieces other patterns of the package build on: a spelled-out whole number, a currency.
SPELLED_INT = _SPELLED_INT
CURRENCY = _CURRENCY
# the ruble said in an amount's own words («рублей», «руб.», «р.»): the figure names its
# currency, only the rubles' country may be read from the context
RUBLE_WORD = lazy_compile(r"(?i)руб|(?<!\w)р\.")

# The core of an amount. Groups: pre (prefix currency), num (digits or spelled), scale,
# num2 + scale2 («38 млрд 607,6 млн»), half («полмиллиона»), bare («миллиард»), cur.
CORE = lazy_compile(
    rf"(?:(?P<pre>{_PREFIX}){_SPS})?"
    r"(?:"
    rf"(?P<num>{_DIGITS}(?:{_DIGITS_HALF})?|{_SPELLED})(?:{_AND_MORE})?"
    # «полтора десятка миллионов»: a count of tens between the number and its scale
    rf"(?:{_SPP}(?P<tens>{TENS_WORD})(?={_SPS}{_SCALE}))?"
    # «в размере 1 (одного) миллиона рублей»: the number spelled out again before its scale
    rf"(?:(?={_SPS}\(){_SPELLED_AGAIN}(?={_SPS}{_SCALE}))?"
    rf"(?:{_SPW}(?P<scale>{_SCALE})"
    # «38 млрд 607,6 млн», «три миллиарда восемьсот миллионов»: a smaller tail
    rf"(?:{_SPS}(?P<num2>{_DIGITS}|(?<![\w-]){_SPELLED_INT}){_SPS}(?P<scale2>{_SCALE}))?"
    # «318 млн 412 тыс. 950 рублей», «62 тыс. 500 руб.», «двенадцать тысяч пятьсот рублей»:
    # units after the scales
    rf"(?:{_SPS}(?P<units>\d{{1,3}}|(?<![\w-]){_SPELLED_INT})(?={_SPS}{_CURRENCY}))?)?"
    rf"(?:{_SPELLED_AGAIN})?"
    rf"|(?P<half>{_HALF_SCALE})"
    # «миллиард пятьсот двадцать миллионов»: a bare scale with a smaller tail
    rf"|(?P<bare>{_BARE_SCALE})(?:{_AND_MORE}(?={_SPS}{_CURRENCY}))?"
    rf"(?:{_SPP}(?P<btail>(?<![\w-]){_SPELLED_INT}|{_DIGITS}){_SPS}(?P<bscale>{_SCALE})"
    # «около миллиарда ста.»: speech leaves the smaller scale out after hundreds
    rf"|{_SPP}(?P<bhund>{_HUNDRED_WORD})(?=[ \u00a0]*(?:[.,;!?)—–]|$))"
    # «тысяча двести долларов»: a thousand and its units, the currency after them
    rf"|(?:(?<=[Тт]ысяч[аиу])|(?<=[Тт]ысячей)){_SPP}(?P<bunits>{_SPELLED_INT})"
    rf"(?={_SPS}{_CURRENCY}))?"
    r")"
    rf"(?:{_SPW}(?P<cur>{_CURRENCY})(?:{_KOPECKS})?)?",
    re.IGNORECASE,
)

# A qualifier phrase right before the number; group q<i> is QUALIFIER_PHRASES[i], `prep` a
# preposition between («почти в $300 млн»).
QUALIFIER_BEFORE = lazy_compile(
    r"(?i)(?<![\w-])(?:" + "|".join(f"(?P<q{i}>{p})" for i, (p, _) in enumerate(QUALIFIER_PHRASES))
    + r")[ \u00a0]+(?P<prep>(?:в|на|к)[ \u00a0]+)?\Z"
)
RANGE_DASH = lazy_compile(rf"{_SPS}[-–—]{_SPS}")  # «2–3», «1,5 - 2», «2 — 3»
RANGE_TO = lazy_compile(r"[ \u00a0]+(?:до|по)[ \u00a0]+", re.IGNORECASE)  # «от 2 до 3»
FROM_BEFORE = lazy_compile(r"(?i)(?<![\w-])(?P<w>от|с|со)[ \u00a0]+\Z")  # «от» / «с» … «до»


_THOUSANDS_GROUP = lazy_compile(r"\d{1,3}[.,]\d{3}")  # «35.000», «12,500» before a currency
# …but «0,137 евро» is a fraction (no thousands group starts with 0), and so is a number
# whose currency word is a genitive singular: a fraction governs it («1,125 доллара»,
# «2,150 рубля»), a whole 1125 a plural («1125 долларов»)
_FRACTION_CASE = lazy_compile(r"(?i)(?:доллара|рубля|юаня)(?!\w)")
_HAS_FRACTION = lazy_compile(r"[.,]\d")


def _is_space(ch: str) -> bool:
    """A space the grammar allows between digit groups and words."""
    return ch in " \u00a0\u2009\u202f"


@dataclass
class Core:
    """One core match before combination: number, scale, currency (offsets into the text)."""

    start: int
    end: int
    number: float
    scale: float
    has_scale: bool
    currency: str | None
    prefixed: bool  # currency written before the number («$1,5 млрд», «USD 5 млн»)
    bare: bool = False  # «миллиард долларов», «полмиллиона»: no number written
    # «полмиллиона», «четверть миллиарда»: a share of the scale below one, a figure by itself
    # as «миллион» alone is not (nor a count of it, «пара миллионов», which counts people too)
    share: bool = False


def read_core(m: re.Match[str]) -> Core | None:
    """The `Core` of a `CORE` match; None when its number does not parse."""
    start, end = m.span()
    pre, cur, half, bare, raw = m.group("pre", "cur", "half", "bare", "num")
    currency = currency_code(pre) or currency_code(cur)
    if half:
        share, scale_word = fraction_of(half) or (0.5, half[3:].lstrip("-у"))
        return Core(start=start, end=end, number=share,
                    scale=scale_value(scale_word), has_scale=True,
                    currency=currency, prefixed=bool(pre), bare=True, share=share < 1)
    if bare:
        return _bare_core(m, currency)
    number = _number(raw)
    if number is None:
        return None
    scale_word, num2, scale2, units, kop = m.group("scale", "num2", "scale2", "units", "kop")
    scale = scale_value(scale_word)
    if cur and cur.lower().startswith("коп"):  # «99 коп.»
        number, currency = number / 100, "RUB"
    elif cur and "цент" in cur.lower():  # «25 центов» of a dollar, «40 евроцентов» of a euro
        number, currency = number / 100, "EUR" if "евро" in cur.lower() else "USD"
    elif (_THOUSANDS_GROUP.fullmatch(raw) and (cur or pre) and not scale_word
          and raw[0] != "0" and not (cur and _FRACTION_CASE.search(cur))):
        number = float(raw[:-4] + raw[-3:])  # «35.000 руб.», «12,500 руб»: one thousands group
    elif kop and not _HAS_FRACTION.search(raw) and not scale_word:
        number += int(kop) / 100  # «2 499 руб. 90 коп.»
    if tens := m.group("tens"):  # «полтора десятка миллионов»: 15 million
        number *= group_multiple(tens)
    if units:  # «318 млн 412 тыс. 950 рублей», «двенадцать тысяч пятьсот рублей»
        number += (_number(units) or 0.0) / scale
    if num2:  # «38 млрд 607,6 млн»: add the smaller tail
        tail = _number(num2)
        tail_scale = scale_value(scale2)
        if tail is not None and tail_scale < scale:
            number = number + tail * tail_scale / scale
        else:  # not a compound after all: stop before the second number
            end = m.start("num2")
            while end > start and _is_space(m.string[end - 1]):
                end -= 1
            currency = currency_code(pre)
    return Core(start=start, end=end, number=number, scale=scale, has_scale=bool(scale_word),
                currency=currency, prefixed=bool(pre))


_HALF_AFTER_DIGITS = lazy_compile(_DIGITS_HALF + r"\Z")


def _number(raw: str) -> float | None:
    """Value of a digit string or of spelled-out numerals."""
    if not raw[0].isdigit():
        return spelled_value(raw)
    half = _HALF_AFTER_DIGITS.search(raw)  # «2 с половиной» (the half is the only words)
    number = parse_number(raw[:half.start()] if half else raw)
    return number + 0.5 if number is not None and half else number


def _bare_core(m: re.Match[str], currency: str | None) -> Core:
    """«миллиард долларов» (one), «миллиард семьсот миллионов долларов» (1.7 bn): a bare scale,
    with its smaller tail when one follows (then it is a written number, no longer bare)."""
    start, end = m.span()
    bare, btail, bscale, pre = m.group("bare", "btail", "bscale", "pre")
    scale = scale_value(bare)
    tail = _number(btail) if btail else None
    tail_scale = scale_value(bscale)
    if (hundreds := m.group("bhund")) and scale >= 1e6:  # «миллиарда ста»: 1.1 bn
        tail, tail_scale = _number(hundreds), scale / 1000
    if units := m.group("bunits"):  # «тысяча двести долларов»: 1,200
        tail, tail_scale = _number(units), 1.0
    if tail is not None and tail_scale * tail < scale:
        return Core(start=start, end=end, number=1.0 + tail * tail_scale / scale,
                    scale=scale, has_scale=True, currency=currency, prefixed=bool(pre))
    if btail or m.group("bhund"):  # no tail after all: the core ends at the scale word
        end = m.end("bare")
        currency = currency_code(pre)
    return Core(start=start, end=end, number=1.0, scale=scale,
                has_scale=True, currency=currency, prefixed=bool(pre), bare=True)

