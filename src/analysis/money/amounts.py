"""Find money amounts in Russian news text.

The grammar is a handful of small regex pieces built from word tables (numerals, scales,
currencies, qualifiers) and composed into one *core* pattern:

    [prefix currency] NUMBER [SCALE [NUMBER SCALE]] [currency]

The pattern is only tried near money *heads* (a scale word, a currency word, symbol or code,
found with ``str.find``), at the few tokens before each head: that keeps the scan fast on
long articles full of dates and counts.

Cores are then combined in a second pass over their sequence (``2–3 млрд``, ``от 2 до 3 млрд``,
``с 40 до 50 млрд`` = two levels), get their qualifier from a look-back table (``около``,
``свыше``, ``превысил``…; the surface starts at the qualifier word, as in the shared gold;
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
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from analysis.vocab import QUALIFIERS

__all__ = ["QUALIFIERS", "Amount", "find_amounts", "parse_number"]



@dataclass(frozen=True)
class Amount:
    start: int  # offsets into the text given to find_amounts
    end: int
    surface: str
    value: float  # currency units; the low end for a range
    currency: str  # ISO 4217
    qualifier: str  # one of QUALIFIERS
    value_low: float | None = None
    value_high: float | None = None
    implied_currency: bool = False


# --------------------------------------------------------------------------- word tables
# Spelled-out numerals, every case form a news text uses (value: forms).
_NUMERAL_TABLE = """
1: один одна одно одного одной одному одним одном одну
1.5: полтора полторы полутора
2: два две двух двум двумя
3: три трех трёх трем трём тремя
4: четыре четырех четырёх четырем четырём четырьмя
5: пять пяти пятью
6: шесть шести шестью
7: семь семи семью
8: восемь восьми восемью восьмью
9: девять девяти девятью
10: десять десяти десятью
11: одиннадцать одиннадцати
12: двенадцать двенадцати
13: тринадцать тринадцати
14: четырнадцать четырнадцати
15: пятнадцать пятнадцати
16: шестнадцать шестнадцати
17: семнадцать семнадцати
18: восемнадцать восемнадцати
19: девятнадцать девятнадцати
20: двадцать двадцати двадцатью
30: тридцать тридцати тридцатью
40: сорок сорока
50: пятьдесят пятидесяти пятьюдесятью
60: шестьдесят шестидесяти шестьюдесятью
70: семьдесят семидесяти семьюдесятью
80: восемьдесят восьмидесяти восемьюдесятью
90: девяносто девяноста
100: сто ста
200: двести двухсот двумстам двумястами
300: триста трехсот трёхсот тремстам
400: четыреста четырехсот четырёхсот четырьмстам
500: пятьсот пятисот пятистам
600: шестьсот шестисот шестистам
700: семьсот семисот семистам
800: восемьсот восьмисот восьмистам
900: девятьсот девятисот девятистам
"""
NUMERALS: dict[str, float] = {
    form: float(value)
    for line in _NUMERAL_TABLE.strip().splitlines()
    for value, forms in [line.split(":")]
    for form in forms.split()
}

# Scale words: stem -> multiplier. Matched by prefix, so every inflection works.
SCALES: tuple[tuple[str, float], ...] = (
    ("тыс", 1e3), ("млн", 1e6), ("миллион", 1e6), ("млрд", 1e9), ("миллиард", 1e9),
    ("трлн", 1e12), ("триллион", 1e12),
)

# Currency cues, checked in order against the lower-cased currency text: the first stem found
# decides. Belarusian before Russian, because «белорусских рублей» also contains «рубл».
CURRENCY_CUES: tuple[tuple[str, str], ...] = (
    ("byr", "BYR"), ("byn", "BYN"), ("br", "BYN"), ("бел", "BYN"),
    ("rub", "RUB"), ("rur", "RUB"), ("₽", "RUB"), ("руб", "RUB"), ("р.", "RUB"),
    ("usd", "USD"), ("$", "USD"), ("дол", "USD"),
    ("eur", "EUR"), ("€", "EUR"), ("евро", "EUR"),
    ("cny", "CNY"), ("rmb", "CNY"), ("юан", "CNY"), ("¥", "CNY"),
    ("kzt", "KZT"), ("тенге", "KZT"), ("₸", "KZT"),
    ("gbp", "GBP"), ("£", "GBP"), ("фунт", "GBP"),
)

# Qualifier phrases directly before the number (regex, qualifier). Leftmost match wins, so a
# longer phrase («не более») beats its tail («более»).
QUALIFIER_PHRASES: tuple[tuple[str, str], ...] = (
    (r"не\s+менее(?:\s+чем)?|не\s+меньше(?:\s+чем)?|более\s+чем|больше\s+чем", "over"),
    (r"(?:чуть|немногим|несколько)\s+(?:более|больше)", "over"),
    (r"более|свыше|больше|выше|не\s+ниже|превыси\w*|превыша\w*|от", "over"),
    (r"не\s+более(?:\s+чем)?|не\s+больше(?:\s+чем)?|не\s+превыша\w*|не\s+превыси\w*", "under"),
    (r"(?:чуть|немногим|несколько)\s+(?:менее|меньше)|менее(?:\s+чем)?|меньше(?:\s+чем)?"
     r"|ниже|не\s+выше", "under"),
    (r"около|порядка|примерно|приблизительно|почти|без\s+малого|в\s+районе|ориентировочно"
     r"|где-то|приблизи\w*|приближа\w*", "approx"),
    (r"в\s+пределах|вплоть\s+до|до", "up_to"),
)

# Past-tense verbs of change: «вырос до X» reports a level reached, so «до» is not a ceiling.
_REACHED_VERB = re.compile(
    r"(?i)(?<!\w)(?:вырос\w*|выросл\w*|возрос\w*|подрос\w*|увеличил\w*|увеличен\w*|сократил\w*"
    r"|сокращен\w*|снизил\w*|снижен\w*|уменьшил\w*|упал\w*|поднял\w*|повысил\w*|нарастил\w*"
    r"|довел\w*|довёл\w*|доведен\w*|опустил\w*|понизил\w*|достиг\w*|расширил\w*|составил\w*)"
    # «нарастили на 30% — до 1,1 млрд», «нарастил в 1,5 раза, до 512 млн»
    r"(?:[^\d.;:!?\n]|\d[\d,]*[ \u00a0]?(?:%|раз[а]?(?!\w))){0,60}\Z")

# Words before a bare scale that make it vague («сотни миллионов»), so no number to report.
_CLAUSE_END = re.compile(r"[.;!?\n]")
_VAGUE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:несколько|нескольких|сотни|сотен|десятки|десятков|многие|многих|миллиарды"
    r"|миллионы|тысячи)\s+\Z")

# Exchange-rate context: «курс доллара — 92,5 рубля», «по 3,2 рубля за доллар».
_RATE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:курс\w*|котировк\w*|подешевел\w*|подорожал\w*|на\s+торгах|бирж\w*)"
    r"[^;!?\n]{0,120}\Z")
# «2,5109 белорусского рубля»: four decimals make a quote, not a sum.
_RATE_DECIMALS = re.compile(r"(?<![\d.,])\d{1,3}[.,]\d{3,}(?![\d.,])")
_RATE_AFTER = re.compile(
    r"(?i)[ \u00a0]*=|[ \u00a0]+\d+[.,]\d{2,}(?!\d|[.,]\d|[ \u00a0]*(?:тыс|млн|млрд|трлн|милл))"
    r"|[ \u00a0]*(?:за|к)[ \u00a0]+(?:1[ \u00a0]+|один[ \u00a0]+|100[ \u00a0]+)?"
    r"(?:доллар|евро|юан|рубл|бел|росс|российск|\$|€|usd|eur|cny|rub|byn)")

# --------------------------------------------------------------------------- grammar pieces
_SP = "[ \u00a0\u2009\u202f]"  # spaces used between digit groups and words
_SPS = _SP + "*"
_SPP = _SP + "+"


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Regex alternation of literal words, longest first so no form shadows a longer one."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_DIGITS = (
    r"(?:(?<=Br)|(?<=USD)|(?<=BYN)|(?<=EUR)|(?<![\w.,/]))"  # glued «Br12,3»; not «A320»
    r"(?<![^\W\d_]-)"  # «МАЗ-5440» is a model; «16-18» is a range
    r"(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)"  # 1 200 000 (spaces, nbsp, thin)
    r"|\d{1,3}(?:,\d{3}){2,}(?![\d,])"  # 1,200,000 (rare English style)
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"  # 1.200.000
    r"|\d+)"
    r"(?:[.,]\d+)?(?![\d])"  # decimal part with comma or dot
)
_NUMERAL_WORD = "(?:" + _alt(list(NUMERALS)) + ")"
_SPELLED = rf"(?<![\w-]){_NUMERAL_WORD}(?:{_SPP}{_NUMERAL_WORD}){{0,3}}(?!\w)"
_SCALE_FORMS = r"(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
_SCALE = (
    r"(?:(?:тыс|млн|млрд|трлн)(?:\.|(?!\w))"
    rf"|(?:миллион|миллиард|триллион){_SCALE_FORMS}(?!\w)"
    r"|тысяч(?:а|и|у|ей|ью|ами|ам|ах|е)?(?!\w))"
)
# «миллиард долларов», «более миллиона рублей»: a singular scale word is the number 1.
_BARE_SCALE = (
    r"(?<![\w-])(?:(?:миллион|миллиард|триллион)(?:а|у|ом|е)?|тысяч(?:а|и|у|ей|ью))(?!\w)"
)
_HALF_SCALE = (
    r"(?<![\w-])пол-?(?:миллион|миллиард|триллион)(?:а|у|ом|е)?(?!\w)|(?<![\w-])полтысячи(?!\w)"
)
_ADJ_ENDINGS = r"(?:ий|ого|ому|им|ом|ие|их|ими)"
_CUR_ADJ = (
    rf"(?:(?:российск|белорусск|американск|китайск){_ADJ_ENDINGS}(?!\w)"
    r"|(?:рос|росс|бел|белорус|амер)\.)"
)
_CUR_WORD = (
    r"(?:рубл(?:ь|я|ю|ем|ём|е|и|ей|ям|ями|ях)(?!\w)|руб(?:\.|(?!\w))|р\.(?!\w)"
    r"|доллар(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?!\w)|долл?(?:\.|(?!\w))"
    r"|евро(?!\w)|юан(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)(?!\w)|тенге(?!\w)"
    r"|фунт(?:а|ов|ами|ах)?" + _SPP + r"стерлингов(?!\w)"
    r"|US\$|[$€₽£¥₸]"
    r"|(?-i:USD|EUR|RUB|RUR|BYN|BYR|CNY|RMB|KZT|GBP)(?![A-Za-z])|(?-i:Br)(?!\w))"
)
_CURRENCY = rf"(?:{_CUR_ADJ}{_SPS})?{_CUR_WORD}(?:{_SPP}(?:США|(?-i:US))(?!\w))?"
# BelTA writes Belarusian rubles as a glued prefix: «Br1,5 млрд», «на Br350 млн».
_PREFIX = r"(?:US\$|[$€₽£¥₸]|(?-i:USD|EUR|RUB|BYN|CNY|KZT|GBP|Br)(?=[ \u00a0]*\d))"

_CORE = re.compile(
    rf"(?:(?P<pre>{_PREFIX}){_SPS})?"
    r"(?:"
    rf"(?P<num>{_DIGITS}|{_SPELLED})"
    rf"(?:{_SPS}(?P<scale>{_SCALE})(?:{_SPS}(?P<num2>{_DIGITS}){_SPS}(?P<scale2>{_SCALE}))?)?"
    rf"|(?P<half>{_HALF_SCALE})"
    rf"|(?P<bare>{_BARE_SCALE})"
    r")"
    rf"(?:{_SPS}(?P<cur>{_CURRENCY}))?",
    re.IGNORECASE,
)

_QUALIFIER_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(f"(?P<q{i}>{p})" for i, (p, _) in enumerate(QUALIFIER_PHRASES))
    + r")[ \u00a0]+(?P<prep>(?:в|на|к)[ \u00a0]+)?\Z"
)
_RANGE_DASH = re.compile(rf"{_SPS}[-–—]{_SPS}")  # «2–3», «1,5 - 2», «2 — 3»
_RANGE_TO = re.compile(r"[ \u00a0]+(?:до|по)[ \u00a0]+", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?i)(?<![\w-])(?P<w>от|с|со)[ \u00a0]+\Z")
_WORD_AFTER = re.compile(r"[ \u00a0]*([А-Яа-яЁё]+)")
# Units after a bare scaled number: «21,4 млрд куб. м», «5 млн т», «2 тыс. га».
_UNIT_AFTER = re.compile(
    r"(?i)[ \u00a0]*(?:т|тн|кг|км|м|кв|куб|га|шт|чел|ед|л|квт|мвт|гвт|вт|гкал|м3|м2|%|процент)"
    r"(?:\.|(?![А-Яа-яЁёA-Za-z]))")
_IMPLIED_MIN_SCALE = 1e6  # a bare «5 тыс.» is nearly always a count, never implied money


# --------------------------------------------------------------------------- values
def parse_number(raw: str) -> float | None:
    """Value of a digit string as Russian news writes it («1 200», «1,5», «1.5», «1,200,000»)."""
    s = re.sub(r"[ \u00a0\u2009\u202f]", "", raw)
    if s.count(",") >= 2:  # 1,200,000: commas group thousands
        s = s.replace(",", "")
    elif s.count(".") >= 2:
        s = s.replace(".", "")
    s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _spelled_value(raw: str) -> float | None:
    total = 0.0
    for word in raw.lower().split():
        v = NUMERALS.get(word)
        if v is None:
            return None
        total += v
    return total


def _scale_value(raw: str | None) -> float:
    if not raw:
        return 1.0
    low = raw.lower()
    for stem, mult in SCALES:
        if low.startswith(stem):
            return mult
    return 1.0


def currency_code(raw: str | None) -> str | None:
    """ISO code for a currency mention («рос. руб.» → RUB, «белорусских рублей» → BYN)."""
    if not raw:
        return None
    low = raw.lower()
    for cue, code in CURRENCY_CUES:
        if cue in low:
            return code
    return None


@dataclass
class _Core:
    """One core match before combination: number, scale, currency."""

    start: int
    end: int
    number: float
    scale: float
    has_scale: bool
    currency: str | None
    prefixed: bool  # currency written before the number («$1,5 млрд», «USD 5 млн»)
    spelled: bool
    bare: bool  # «миллиард долларов»: no number at all


def _core_from(m: re.Match[str]) -> _Core | None:
    start, end = m.span()
    cur_raw = m.group("cur")
    pre = m.group("pre")
    currency = currency_code(pre) or currency_code(cur_raw)
    if m.group("half"):
        return _Core(start, end, 0.5, _scale_value(m.group("half")[3:].lstrip("-")), True,
                     currency, bool(pre), True, True)
    if m.group("bare"):
        return _Core(start, end, 1.0, _scale_value(m.group("bare")), True, currency, bool(pre),
                     True, True)
    raw = m.group("num")
    spelled = not raw[0].isdigit()
    number = _spelled_value(raw) if spelled else parse_number(raw)
    if number is None:
        return None
    scale = _scale_value(m.group("scale"))
    if m.group("num2"):  # «38 млрд 607,6 млн»: add the smaller tail
        tail = parse_number(m.group("num2"))
        tail_scale = _scale_value(m.group("scale2"))
        if tail is not None and tail_scale < scale:
            number = number + tail * tail_scale / scale
        else:  # not a compound after all: stop before the second number
            end = m.start("num2")
            while end > start and _is_space(m.string[end - 1]):
                end -= 1
            currency = currency_code(pre)
    return _Core(start, end, number, scale, bool(m.group("scale")), currency, bool(pre),
                 spelled, False)


def _is_space(ch: str) -> bool:
    return ch in " \u00a0\u2009\u202f"


# --------------------------------------------------------------------------- context tests
def _morph() -> Any:
    from analysis.lang.morph import analyzer  # lazy: only bare scaled numbers need morphology

    return analyzer()


@lru_cache(maxsize=50_000)
def _is_counted_noun(word: str) -> bool:
    """True if `word` after «5 тыс.» names what is counted (тракторов, тонн, новых…)."""
    parse = _morph().parse(word.lower())[0]
    if parse.normal_form in _TIME_WORDS:
        return False  # «3,4 млн годом ранее», «2 млрд в год»: time, not the thing counted
    return parse.tag.POS in {"NOUN", "ADJF", "PRTF", "NUMR", "ADJS"}


_TIME_WORDS = frozenset({"год", "месяц", "квартал", "полугодие", "неделя", "день", "сутки",
                         "ранее", "ежегодно", "ежемесячно", "прошлый", "текущий", "этот"})


def _counts_something(text: str, end: int) -> bool:
    """A bare scaled number followed by a noun counts things, it is not money."""
    m = _WORD_AFTER.match(text, end)
    if not m:
        return False
    if text[end - 1] == "." and m.group(1)[0].isupper():
        return False  # «… 5 млн. Это …»: the dot ended the sentence
    return _is_counted_noun(m.group(1))


def _qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    window = text[max(0, start - 40):start]
    m = _QUALIFIER_BEFORE.search(window)
    if not m:
        return None
    for i, (_, qual) in enumerate(QUALIFIER_PHRASES):
        if m.group(f"q{i}") is not None:
            if m.group("prep"):
                if qual in ("up_to", "over") and m.group(f"q{i}").lower() in ("до", "от"):
                    return None  # «от в», «до на» are not qualifiers
                # «почти в $300 млн», «почти на 10 млрд»: qualified, but not adjacent
                return qual, start
            return qual, start - len(window) + m.start()
    return None


def _is_rate(text: str, core: _Core) -> bool:
    """Exchange-rate quotes are prices of a currency, not amounts."""
    if core.has_scale:
        return False
    line_start = text.rfind("\n", 0, core.start) + 1
    if _RATE_BEFORE.search(text, max(line_start, core.start - 130), core.start):
        return True
    if _RATE_DECIMALS.search(text, core.start, core.end):
        return True
    if text[max(line_start, core.start - 3):core.start].strip().endswith("="):
        return True  # «1 доллар = 3,2 рубля»
    return bool(_RATE_AFTER.match(text, core.end))


# --------------------------------------------------------------------------- scanning
# Money *heads* — a scale word, a currency word, symbol or code — are found with str.find in the
# lower-cased text (far faster than a regex scan); every amount contains one. The core
# pattern is then tried at the few token starts just before each head.
_HEAD_STEMS = ("тыс", "мл", "милл", "трлн", "трилл", "руб", "р.", "дол", "евро", "юан",
               "тенге", "фунт", "$", "€", "₽", "£", "¥", "₸")
_HEAD_AT = re.compile(r"тыс|млн|млрд|трлн|милл|трилл|руб|р\.|долл|дол\.|евро|юан|тенге|фунт"
                      r"|[$€₽£¥₸]")
# No look-behind in front: sre then scans for the first letters quickly.
_CODE_HEAD = re.compile(r"(?:USD|EUR|RUB|RUR|BYN|BYR|CNY|RMB|KZT|GBP|Br)(?![a-z])")
_TOKEN_START = re.compile(r"(?<![\w.,$€₽£¥₸])[\w$€₽£¥₸]")
_BACKOFF_CHARS = 70
_BACKOFF_TOKENS = 7  # «около двухсот пятидесяти пяти миллионов»
# A plain number (no scale, no currency) only matters as the low end of a range.
_RANGE_NEXT = re.compile(r"[ \u00a0]*(?:[-–—]|до\b|по\b)", re.IGNORECASE)


def _heads(text: str) -> list[int]:
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer («İ»)
        lowered = "".join(ch.lower()[:1] or ch for ch in text)
    heads: list[int] = []
    for stem in _HEAD_STEMS:
        p = lowered.find(stem)
        while p >= 0:
            if _HEAD_AT.match(lowered, p):
                heads.append(p)
            p = lowered.find(stem, p + len(stem))
    heads.extend(p for m in _CODE_HEAD.finditer(text)
                 if not ((p := m.start()) and text[p - 1].isascii() and text[p - 1].isalpha()))
    heads.sort()
    return heads


# First three letters of every word that can open a core (numerals, «пол…», scale words).
_OPENERS = frozenset(w[:3] for w in [*NUMERALS, "пол", "миллион", "миллиард", "триллион",
                                      "тысяча"])


_SYMBOLS = "$€₽£¥₸"


def _core_matches(text: str) -> list[re.Match[str]]:
    """Core matches in text order, never overlapping."""
    out: list[re.Match[str]] = []
    last_end = 0
    for p in _heads(text):
        if p < last_end:
            continue  # inside the previous amount
        lo = max(last_end, p - _BACKOFF_CHARS, text.rfind("\n", 0, p) + 1)
        # Cheap test before the full core pattern (inline: it runs for every token before
        # every head): digit, symbol, code or a numeral's first letters.
        starts = [c for t in _TOKEN_START.finditer(text, lo, p)
                  if (ch := text[c := t.start()]).isdigit() or ch in _SYMBOLS
                  or (ch.isascii() and ch.isupper())
                  or text[c:c + 3].lower() in _OPENERS][-_BACKOFF_TOKENS:]
        starts.append(p)
        for c in starts:
            if c < last_end:
                continue
            m = _CORE.match(text, c)
            if m is None:
                continue
            plain = m.group("num") is not None and not (m.group("pre") or m.group("scale")
                                                         or m.group("cur"))
            if plain:
                if text[c].isdigit() and _RANGE_NEXT.match(text, m.end()):
                    out.append(m)  # the low end of «2–3 млрд», «от 2 до 3 млрд»
                    last_end = m.end()
                continue  # a spelled numeral or a bare number before the head
            if m.end() > p:
                out.append(m)
                last_end = m.end()
                break
    return out


# --------------------------------------------------------------------------- main entry
def find_amounts(text: str) -> list[Amount]:
    """Every money amount in `text`, in order, with offsets into `text`."""
    if not text:
        return []
    cores = [c for m in _core_matches(text) if (c := _core_from(m)) is not None]
    for c in cores:
        # «… около $1,2 млрд.»: the dot after a bare scale abbreviation ends the sentence
        # (the gold keeps it only when a currency follows: «105 млрд. рос. руб.»).
        if text[c.end - 1] == "." and text[c.end - 5:c.end - 1].lower().endswith(
                ("тыс", "млн", "млрд", "трлн")):
            c.end -= 1
    out: list[tuple[Amount, bool]] = []  # (amount, needs an implied currency)
    reached_end: int | None = None  # end of the last «вырос до X» amount
    i, n = 0, len(cores)
    while i < n:
        core = cores[i]
        nxt = cores[i + 1] if i + 1 < n else None
        pair = _range_pair(text, core, nxt) if nxt is not None else None
        if pair is not None:
            kind, start = pair
            amounts = _combine(text, core, nxt, kind, start)  # type: ignore[arg-type]
            out.extend(amounts)
            reached_end = None
            i += 2
            continue
        amount = _single(text, core, reached_end)
        if amount is not None:
            out.append(amount[:2])
            reached_end = amount[0].end if amount[2] else None
        i += 1
    return _resolve_implied(text, out)


def _range_pair(text: str, low: _Core, high: _Core) -> tuple[str, int] | None:
    """«2–3 млрд», «от 2 до 3 млрд», «с 40 до 50 млрд»: how `low` and `high` combine."""
    if low.bare or (high.currency is None and not high.has_scale):
        return None
    between = text[low.end:high.start]
    if len(between) > 8:
        return None
    if low.currency is not None and high.currency is not None and low.currency != high.currency:
        return None
    if _RANGE_DASH.fullmatch(between):
        return "range", low.start
    if _RANGE_TO.fullmatch(between):
        m = _FROM_BEFORE.search(text, max(0, low.start - 6), low.start)
        if m:
            return ("range" if m.group("w").lower() == "от" else "change"), m.start()
    return None


def _low_value(low: _Core, high: _Core) -> float | None:
    """Value of the low end: it inherits the high end's scale when it has none."""
    if low.has_scale:
        return low.number * low.scale
    value = low.number * high.scale
    return value if value <= high.number * high.scale else None


def _combine(text: str, low: _Core, high: _Core, kind: str,
             start: int) -> list[tuple[Amount, bool]]:
    currency = high.currency or low.currency
    low_value = _low_value(low, high)
    high_value = high.number * high.scale
    if low_value is None:  # «в 2023 — 5 млрд»: a year, not the low end
        single = _single(text, high)
        return [single[:2]] if single is not None else []
    if not (currency or high.has_scale):
        return []
    implied = currency is None
    if kind == "range":
        surface = text[start:high.end]
        amount = Amount(start, high.end, surface, low_value, currency or "", "range",
                        low_value, high_value, implied)
        return [(amount, implied)]
    # «вырос с 40 до 50 млрд долларов»: two levels, both exact.
    before = Amount(low.start, low.end, text[low.start:low.end], low_value, currency or "",
                    "exact", None, None, implied)
    after = Amount(high.start, high.end, text[high.start:high.end], high_value, currency or "",
                   "exact", None, None, implied)
    return [(before, implied), (after, implied)]


def _single(text: str, core: _Core,
            reached_end: int | None = None) -> tuple[Amount, bool, bool] | None:
    """(amount, needs an implied currency, is a level reached with «до») or None."""
    if core.currency is None and not core.has_scale:
        return None  # a bare number: a count, a year, a decree number…
    if core.bare and core.currency is None:
        q = _qualifier_before(text, core.start)
        if q is None:
            return None  # «миллион» alone is a word, not a figure
    if core.bare and _VAGUE_BEFORE.search(text, max(0, core.start - 20), core.start):
        return None
    if core.prefixed and not core.has_scale and text[core.start].isalpha() and not (
            text.startswith("Br", core.start) and text[core.start + 2:core.start + 3].isdigit()):
        return None  # «USD 92,51» is a rate ticker; «$100» and BelTA's «Br2 750,3» are money
    if core.currency is not None and _is_rate(text, core):
        return None
    start, qualifier, reached = core.start, "exact", False
    q = _qualifier_before(text, core.start)
    if q is not None:
        qual, qstart = q
        if qual == "up_to" and (
                _REACHED_VERB.search(text, max(0, qstart - 80), qstart)
                or (reached_end is not None and qstart - reached_end < 60
                    and not _CLAUSE_END.search(text, reached_end, qstart))):
            # «вырос до X»: a level reached; «до» is not part of the figure. So is the
            # parallel «…, в том числе экспорт — до $4,9 млрд» after such a figure.
            qual, reached = "exact", True
        else:
            start = qstart
        qualifier = qual
    value = core.number * core.scale
    implied = core.currency is None
    if implied and (core.scale < _IMPLIED_MIN_SCALE or _UNIT_AFTER.match(text, core.end)
                    or _counts_something(text, core.end)):
        return None
    amount = Amount(start, core.end, text[start:core.end], value, core.currency or "",
                    qualifier, None, None, implied)
    return amount, implied, reached


# Money words that let a bare «около 54 миллиардов» borrow a currency from further back.
_MONEY_CONTEXT = re.compile(
    r"(?i)товарооборот|торговл|экспорт|импорт|инвест|вложени|кредит|заем|заём|займ|бюджет"
    r"|финансир|субсид|выделен|стоимост|сумм|выручк|прибыл|средств|долг|контракт|соглашени"
    r"|сделк|оборот|выпуск|производств|поставк|расход|доход|затрат")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"»”)]*\s+[«\"„(]?[А-ЯЁA-Z]|\n")


def _resolve_implied(text: str, found: list[tuple[Amount, bool]]) -> list[Amount]:
    """Give bare scaled figures the currency of the previous explicit amount.

    Only nearby: the previous amount is in the same or the preceding sentence, or the figure's
    own sentence talks about money («объем финансирования составлял 5,3 млрд»). «Аудитория
    превысила 3 млн» five sentences after a dollar figure is not money. With no earlier
    amount, the next explicit one in the same sentence may lend its currency («3 млрд в 2023
    году и 4 млрд долларов в 2024»). Otherwise the figure is dropped: a bare number with
    nothing to imply from is not money.
    """
    result: list[Amount] = []
    last: str | None = None
    last_end = 0
    for idx, (amount, needs) in enumerate(found):
        if not needs:
            last, last_end = amount.currency, amount.end
            result.append(amount)
            continue
        currency = last
        if currency is not None and not _near(text, last_end, amount.start):
            currency = None
        if currency is None:
            currency = _next_in_sentence(text, found, idx)
        if currency is None:
            continue
        last_end = amount.end
        result.append(Amount(amount.start, amount.end, amount.surface, amount.value, currency,
                             amount.qualifier, amount.value_low, amount.value_high, True))
    return result


def _near(text: str, prev_end: int, start: int) -> bool:
    """Previous amount in this or the previous sentence, or money talk in this sentence."""
    breaks = list(_SENTENCE_BREAK.finditer(text, prev_end, start))
    if not breaks or (len(breaks) == 1 and breaks[0].group() != "\n"):
        return True
    sentence_start = breaks[-1].end() - 1
    return bool(_MONEY_CONTEXT.search(text, sentence_start, start))


def _next_in_sentence(text: str, found: list[tuple[Amount, bool]], idx: int) -> str | None:
    end = found[idx][0].end
    for amount, needs in found[idx + 1:]:
        if needs:
            continue
        gap = text[end:amount.start]
        if re.search(r"[.!?]\s+[А-ЯA-Z«\"]|\n", gap):
            return None
        return amount.currency
    return None
