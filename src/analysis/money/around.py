"""The context words around an amount's core, and the tests that read them: verbs of change
(«вырос до X» is a level reached), vague and counted words («сотни миллионов», «5 тыс.
тракторов»), exchange-rate quotes and tickers, units, the sign of a figure, money words.
`analysis.money.amounts` reads them around each core that `analysis.money.grammar` finds."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from analysis.lang import parse
from analysis.lang.morph import parses
from analysis.lazypattern import lazy_compile
from analysis.money.grammar import Core
from analysis.money.share_quotes import is_share_quote
from analysis.money.unit_size import is_unit_size
from analysis.money.values import currency_code, vocabulary
from analysis.money.word_lists import context_data
from analysis.patternstore import compile_pattern

__all__ = [
    "CLAUSE_END",
    "MINUS_BEFORE",
    "MONEY_CONTEXT",
    "RATE_AFTER",
    "RATE_BEFORE",
    "RATE_DECIMALS",
    "REACHED_VERB",
    "TIME_WORDS",
    "UNIT_AFTER",
    "VAGUE_BEFORE",
    "WORD_AFTER",
    "counts_something",
    "is_count_share",
    "is_face_value",
    "is_rate_quote",
    "is_ticker",
]

# Past-tense verbs of change: «вырос до X» reports a level reached, so «до» is not a ceiling.
REACHED_VERB = lazy_compile(
    r"(?i)(?<!\w)(?:вырос\w*|выросл\w*|возрос\w*|подрос\w*|увеличил\w*|увеличен\w*|сократил\w*"
    r"|сокращен\w*|снизил\w*|снижен\w*|уменьшил\w*|упал\w*|поднял\w*|повысил\w*|нарастил\w*"
    r"|довел\w*|довёл\w*|доведен(?!и)\w*|опустил\w*|понизил\w*|достиг\w*|расширил\w*|составил\w*)"
    # «нарастили на 30% — до 1,1 млрд», «нарастил в 1,5 раза, до 512 млн», «вырос на 18% к
    # уровню 2019 года — до 2,7 млрд»
    r"(?:[^\d.;:!?\n]|\d[\d,]*[ \u00a0]?(?:%|раз[а]?(?!\w))|(?:19|20)\d\d(?=[ \u00a0]*г))"
    r"{0,80}\Z")

CLAUSE_END = lazy_compile(r"[.;!?\n]")
# Words before a bare scale that make it vague («сотни миллионов»), so no number to report.
VAGUE_BEFORE = lazy_compile(
    r"(?i)(?<!\w)(?:несколько|нескольких|сотни|сотен|десятки|десятков|многие|многих|миллиарды"
    r"|миллионы|тысячи)\s+\Z")

# Exchange-rate context: «курс доллара — 92,5 рубля», «по 3,2 рубля за доллар», «доллар
# подорожал до 95 рублей» (a currency rose; goods that rose in price name their price: «лом
# черных металлов — до 380 рублей за тонну», «подорожал до 2 850 долларов за тонну», rounds
# 28, 30); «на торгах» is an exchange's session only when a currency is what trades there
# («на торгах доллар стоил 92,5 рубля»): «торги» are also an auction, whose prices are money
# («Средняя цена шкурки на торгах составила 92 доллара», round 40)
RATE_BEFORE = lazy_compile(
    r"(?i)(?<!\w)(?:курс(?!к)\w*|котировк\w*|бирж\w*"
    # a basket of currencies priced in rubles («стоимость бивалютной корзины — 2,87 рубля»: the
    # national bank's rate of a basket; found46), not a consumer basket
    r"|(?:би)?валютн\w*\s+корзин\w*|корзин\w*\s+(?:иностранных\s+)?валют\w*"
    r"|на\s+(?:[а-яё]+\s+)?торгах[^;!?\n]{0,60}?(?:доллар|евро|юан|рубл|валют)\w*"
    r"|(?:доллар|евро|рубл|юан|валют)\w*(?:\s+[а-яё]+){0,2}?\s+(?:подешевел|подорожал)\w*)"
    r"[^;!?\n]{0,120}\Z")
# «что по курсу соответствует примерно 880 белорусским рублям», «по текущему курсу это около
# …»: a sum converted at a rate, not the rate (a verb of equivalence after «по курсу»)
# («…, что по официальному курсу Национального банка на дату подачи иска эквивалентно 586 176
# белорусским рублям»: «эквивалентно» says a conversion however far the rate's own words run;
# round 36)
CONVERTED_AT_RATE = lazy_compile(
    r"(?i)(?<!\w)по[ \u00a0]+(?:[а-яё]+[ \u00a0]+){0,2}курсу[ \u00a0]+(?:(?:[а-яё]+[ \u00a0]+){0,2}?"
    r"(?:соответству\w*|составля\w*|составит|это|равн\w*)|(?:[а-яё]+[ \u00a0]+){0,6}?эквивалентн\w*)"
    r"(?!\w)[^;!?\n\d]{0,20}\Z")
# «2,5109 белорусского рубля»: four decimals make a quote, not a sum («35.000 руб.» is one).
RATE_DECIMALS = lazy_compile(r"(?<![\d.,])\d{1,3}[.,]\d{4,}(?![\d.,])")
# …but a utility tariff is written to four decimals too («Тариф для населения за 1 кВт·ч
# составляет 0,1684 рубля»): a tariff word before it in its sentence makes it a price
_TARIFF_BEFORE = lazy_compile(r"(?i)(?<![а-яё])тариф\w*[^.;!?\n]{0,80}\Z")
# («100 RUB – 3,8567»: a currency's unit quoted against a rate of four decimals after a dash,
# as a national bank's board is written; round 21; the sentence's full stop may close the rate:
# «…; 100 RUB — 3,6150.», session 44)
RATE_AFTER = lazy_compile(
    r"(?i)[ \u00a0]*=|[ \u00a0]*[—–-][ \u00a0]*\d{1,3}[.,]\d{4,}(?!\d|[.,]\d)"
    r"|[ \u00a0]+\d+[.,]\d{2,}(?!\d|[.,]\d|[ \u00a0]*(?:тыс|млн|млрд|трлн|милл))"
    r"|[ \u00a0]*(?:за|к)[ \u00a0]+(?:1[ \u00a0]+|один[ \u00a0]+|100[ \u00a0]+)?"
    r"(?:доллар|евро|юан|рубл|бел|росс|российск|\$|€|usd|eur|cny|rub|byn)")

# A board's line told in words: «1 доллар — 3,27 BYN, 100 российских рублей — 3,64 BYN» (a
# currency's unit, 1 to 1 000 of it, a dash, and its price to two decimals or more in another
# currency): neither side is a sum (session 43, found43)
_RATE_BASES = frozenset({1.0, 10.0, 100.0, 1000.0})
_RATE_CURRENCY = (r"(?P<cur>(?:(?:российск|белорусск|американск)\w*[ \u00a0]+)?"
                  r"(?:доллар\w*|евро|руб\w*\.?|юан\w*|(?-i:USD|EUR|RUB|BYN|CNY)|[$€₽]))")
_QUOTE_AFTER_BASE = lazy_compile(
    r"(?i)[ \u00a0]*[—–-][ \u00a0]*\d{1,3}[.,]\d{2,}(?![\d.,])[ \u00a0]*"
    r"(?P<cur>(?:(?:бел|рос)\w*\.?[ \u00a0]*)?" + _RATE_CURRENCY.replace("?P<cur>", "") + ")")
_BASE_BEFORE_QUOTE = lazy_compile(
    r"(?i)(?<![\d.,])(?:1|10|100|1[ \u00a0]?000)[ \u00a0]+" + _RATE_CURRENCY
    + r"[ \u00a0]*[—–-][ \u00a0]*\Z")
_QUOTE_DECIMALS = lazy_compile(r"\d{1,3}[.,]\d{2,}(?![\d.,])")

SENTENCE_BREAK = lazy_compile(r"\.[ \u00a0]+[«\"A-ZА-ЯЁ]")  # a full stop (not «руб. за доллар»)
# «RUB 3,5518 BYN за 100 рублей», «3,62 бел. руб. за 100 российских»: the base of a quote
# (in capitals too: a tariff telegram's «79,45 БЕЛ. РУБ. ЗА 1 РОС. РУБ.», round 70)
RATE_BASE = lazy_compile(r"\d[.,]\d{2,}[ \u00a0]*(?:[A-Z]{3}|[а-яёА-ЯЁ.]+(?:[ \u00a0]+[а-яёА-ЯЁ.]+)?)?"
                       r"[ \u00a0]+(?:за|ЗА)[ \u00a0]+\Z")
# «за сто российских рублей давали 3,7 белорусского», «за 1 000 рублей дают около 35,6»: the
# base of a quote told as a swap; the amount after the verb is what the base buys, so the base
# is no sum («пакет акций за 1 белорусский рубль» has no swap verb and stays money)
SWAP_BEFORE = lazy_compile(r"(?i)(?<!\w)за[ \u00a0]+\Z")
SWAP_AFTER = lazy_compile(
    r"(?i)[^.;!?\n\d]{0,40}?(?<!\w)(?:давал\w*|дают|даю|дадут|да[её]т|дали"
    r"|предлага\w*|платил\w*|плат[яи]т)[ \u00a0]+"
    r"(?:(?:около|примерно|почти|порядка|уже|от|лишь|всего|более|менее|свыше)[ \u00a0]+)?\d")
# …and the sum the base buys is the quote itself: «за сто российских рублей дают 3,3 рубля
# белорусских» (round 52: a swap of currencies, no amount; the base names a currency, so «за
# тонну молока платят 30 рублей» stays a price)
SWAP_QUOTE_BEFORE = lazy_compile(
    r"(?i)(?<!\w)за[ \u00a0]+(?:[\w,]+[ \u00a0]+){0,3}?(?:рубл|доллар|евро|юан|валют)\w*"
    r"(?:[ \u00a0]+[а-яё]+){0,2}?[ \u00a0]+(?:давал\w*|дают|даю|дадут|да[её]т|дали"
    r"|предлага\w*|платил\w*|плат[яи]т)[ \u00a0]+"
    r"(?:(?:около|примерно|почти|порядка|уже|от|лишь|всего|более|менее|свыше)[ \u00a0]+)?\Z")
WORD_AFTER = lazy_compile(r"[ \u00a0]*([А-Яа-яЁё]+)")  # the word after a bare scaled number
# Units after a bare scaled number: «21,4 млрд куб. м», «5 млн т», «2 тыс. га».
UNIT_AFTER = lazy_compile(
    r"(?i)[ \u00a0]*(?:т|тн|кг|км|м|кв|куб|га|шт|чел|ед|л|квт|мвт|гвт|вт|гкал|м3|м2|%|процент)"
    r"(?:\.|(?![А-Яа-яЁёA-Za-z]))")
# Lemmas after a bare scaled number that speak of time, not of what is counted («2 млрд в год»).
TIME_WORDS = frozenset({"год", "месяц", "квартал", "полугодие", "неделя", "день", "сутки",
                        "ранее", "ежегодно", "ежемесячно", "прошлый", "текущий", "этот"})


# «минус 43,6 млн», «−12 млн», «(-5 млн)», «: -5 млн», «: –5 млн», «— -5 млн»: the sign of a
# balance or a change (a hyphen or an en dash only after a bracket or a colon, a hyphen after
# a dash: elsewhere it joins a range or opens a list item)
MINUS_BEFORE = lazy_compile(r"(?:(?<![\w-])[Мм]инус[ \u00a0]+|\u2212[ \u00a0]?|(?<=[(:])[-–]"
                          r"|(?<=:[ \u00a0])[-–]|(?<=[—–][ \u00a0])-)\Z")

# Money words that let a bare «около 54 миллиардов» borrow a currency from further back (a
# cost verb too: «Каждый обошёлся примерно в 1,9 миллиона», round 57).
MONEY_CONTEXT = lazy_compile(
    r"(?i)товарооборот|торговл|экспорт|импорт|инвест|влож|кредит|заем|заём|займ|бюджет"
    r"|финансир|субсид|выделен|стоимост|сумм|выручк|прибыл|средств|долг|контракт|соглашени"
    r"|сделк|оборот|выпуск|производств|поставк|расход|доход|затрат|деньг|прода[жёеюлв]|закуп"
    r"|плат[её]ж|транш|обош|обойд[её]т|обход[ия]т")


_COUNTED_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR", "ADJS"})


@lru_cache(maxsize=50_000)
def _is_counted_noun(word: str) -> bool:
    """True if `word` after «5 тыс.» names what is counted (тракторов, тонн, новых…)."""
    p = parse(word.lower())
    if p.normal_form in TIME_WORDS or p.normal_form in vocabulary().money_nouns:
        # «3,4 млн годом ранее»: time; «о 700 миллионах импорта»: the money named, not a thing
        return False
    if p.tag.POS not in _COUNTED_POS:
        return False
    # What a scale counts stands in the genitive («12 млн тонн», «5 тыс. новых»); a noun that
    # cannot be one starts the next phrase: «ещё 12 млн вуз получил по программе»
    return any(q.tag.POS in _COUNTED_POS and ("gent" in q.tag or "Fixd" in q.tag)
               for q in parses(word.lower()))


def counts_something(text: str, end: int) -> bool:
    """Does the bare scaled number ending at `end` count things («5 тыс. тракторов»)? Then
    it is not money."""
    m = WORD_AFTER.match(text, end)
    if not m:
        return False
    if text[end - 1] == "." and m.group(1)[0].isupper():
        return False  # «… 5 млн. Это …»: the dot ended the sentence
    if _subject_before_verb(m.group(1), text, m.end()):
        return False  # «Ещё 120 млн карьер рассчитывает получить …»: the next clause's subject
    return _is_counted_noun(m.group(1))


def _subject_before_verb(word: str, text: str, end: int) -> bool:
    """Is `word` a noun read first in the nominative singular with a verb in the singular
    right after it («карьер рассчитывает»: the subject, though «карьер» is also the genitive
    plural of «карьера»)? A counted noun takes a plural or neuter verb («12 млн человек
    получат», «… получило»)."""
    tag = parse(word.lower()).tag
    if tag.POS != "NOUN" or "nomn" not in tag or "sing" not in tag:
        return False
    nxt = WORD_AFTER.match(text, end)
    if nxt is None:
        return False
    verb = parse(nxt.group(1).lower()).tag
    return verb.POS == "VERB" and "sing" in verb and "neut" not in verb


@cache
def _face_value_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a face value's word right before a figure, a security's word)."""
    vocab = vocabulary()
    before = compile_pattern(r"(?i)(?<![а-яё])(?:" + "|".join(vocab.face_value_before)
                             + r")[ \u00a0]+\Z")
    return before, compile_pattern(r"(?i)(?<![а-яё])(?:" + "|".join(vocab.securities) + ")")


def is_face_value(text: str, start: int) -> bool:
    """Is the figure starting at `start` the face value of a coin, a note or a stamp («монеты
    номиналом 20 рублей», «купюра достоинством 100 рублей»)? It names which thing, not a sum
    paid; a security's face value («облигации номиналом 1 000 рублей») stays money."""
    before, securities = _face_value_patterns()
    face = before.search(text, max(0, start - 40), start)
    if face is None:
        return False
    clause = max((m.end() for m in CLAUSE_END.finditer(text, max(0, start - 120), face.start())),
                 default=max(0, start - 120))
    return securities.search(text, clause, face.start()) is None


@cache
def _count_share_before() -> re.Pattern[str]:
    """A number and a share word right before a figure («три из »)."""
    vocab = vocabulary()
    numerals = "|".join(sorted(vocab.numerals, key=len, reverse=True))
    return compile_pattern(r"(?i)(?<![а-яё\d])(?:\d+|" + numerals + r")[ \u00a0]+(?:"
                           + "|".join(vocab.count_share) + r")[ \u00a0]+\Z")


def is_count_share(text: str, core: Core) -> bool:
    """Is the figure a spelled-out number with no scale that counts a share of every unit
    («Россия забирает три из пяти долларов нашей выручки»: `count_share`)? No sum is told."""
    if core.has_scale or not text[core.start:core.start + 1].isalpha() or not vocabulary().count_share:
        return False
    return _count_share_before().search(text, max(0, core.start - 30), core.start) is not None


@cache
def _ratio_after() -> re.Pattern[str]:
    """An exchange's ratio word and the one it is worth («равны одному новому», «будут
    обменены на 1 новый»: `redenomination_ratio`)."""
    words = "|".join(vocabulary().redenomination_ratio) or r"(?!)"
    return compile_pattern(r"(?i)[ \u00a0]+(?:" + words + r")[ \u00a0]+(?:к[ \u00a0]+)?"
                           r"(?:1(?![\d.,])|одн\w*|один)(?!\w)")


# «старых рублей» in a figure's own words: the pre-2016 Belarusian rubles
_OLD_RUBLES = lazy_compile(r"(?i)(?<![а-яё])стар\w*[ \u00a0]+руб")


def is_exchange_ratio(text: str, core: Core) -> bool:
    """Is the figure, with no scale, the base of a fixed exchange ratio («С 1 июля 10 000
    старых рублей равны одному новому»)? It names the ratio of two moneys, not a sum paid
    (round 65). A figure in «старых рублей» with no scale is read so whatever follows: sums
    in the old rubles run to millions and are told with a scale («50 млн старых рублей»), a
    bare «10 000 старых рублей» is the ratio told in other words."""
    if core.has_scale:
        return False
    # Each pattern asked only where its match can stand (the same answer, no pattern call for
    # most figures): the ratio's words open with a space right after the figure; «старых
    # рублей» holds «а» in one case or the other (sre, ignoring case, reads «а» as only these)
    after = text[core.end:core.end + 1]
    return (((after == " " or after == "\u00a0") and _ratio_after().match(text, core.end) is not None)
            or ((text.find("а", core.start, core.end) >= 0 or text.find("А", core.start, core.end) >= 0)
            and _OLD_RUBLES.search(text, core.start, core.end) is not None))


@cache
def _precision_before() -> re.Pattern[str]:
    """Rounding words right before a figure («округлены до », «с точностью до »)."""
    words = "|".join(vocabulary().rounding_precision) or r"(?!)"
    return compile_pattern(r"(?i)(?<![а-яё])(?:" + words + r")[ \u00a0]+\Z")


_RUSSIAN_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


@cache
def _precision_ends() -> frozenset[str] | None:
    """The characters a rounding word can end with: each word's last letter in either case
    and the letters sre, ignoring case, reads as it («ᲂ» as «о»); None when a word ends in
    anything but a plain Russian letter (the pattern is then always tried)."""
    ends: set[str] = set()
    for word in vocabulary().rounding_precision:
        parsed = list(sre_parse.parse(word))
        if not parsed or parsed[-1][0] is not sre_constants.LITERAL:
            return None
        letter = chr(parsed[-1][1])
        if letter not in _RUSSIAN_LETTERS:
            return None
        ends |= {letter, letter.upper(), *map(chr, _casefix._EXTRA_CASES.get(ord(letter), ()))}
    return frozenset(ends)


def is_rounding_step(text: str, core: Core) -> bool:
    """Is the figure the precision its text or table is rounded to («Суммы округлены до 0,1
    млн долларов»: `rounding_precision`)? A step of the figures, not a sum (round 65)."""
    lo = max(0, core.start - 40)
    before = text[core.start - 1] if core.start > lo else ""
    if before != " " and before != "\u00a0":
        return False  # (the words end in spaces right before the figure: no pattern call)
    ends = _precision_ends()
    if ends is not None and text[lo:core.start].rstrip(" \u00a0")[-1:] not in ends:
        return False  # (nor where no word's last letter stands before those spaces: «до»)
    return _precision_before().search(text, lo, core.start) is not None


def _bracket_closed_between(text: str, line_start: int, rate: int, start: int) -> bool:
    """Does the rate word at `rate` stand in a bracket that closes before the core at `start`
    («В долларовом эквиваленте (по среднему курсу 8 360 рублей за доллар) зарплата составила
    около 504 долларов»: the rate is the bracket's; the sum after it converted at it, session
    45, walk69money)?"""
    opened = text.rfind("(", line_start, rate)
    return opened >= 0 and text.rfind(")", opened, rate) < 0 and text.find(")", rate, start) >= 0


def is_rate_quote(text: str, core: Core) -> bool:
    """Is the core an exchange-rate quote (a price of a currency, not an amount), or a share's
    quoted price (`share_quotes`), or a legal unit's size (`unit_size`: «базовая величина — 37
    рублей»)?"""
    if is_share_quote(text, core):
        return True
    lo = core.start - 160 if core.start > 160 else 0
    if (text.find("базов", lo, core.start) >= 0 or text.find("БВ", lo, core.start) >= 0
            or text.find("Базов", lo, core.start) >= 0) and is_unit_size(text, core):
        return True  # (the unit's letters looked for here: most figures have none before them)
    line_start = text.rfind("\n", 0, core.start) + 1
    if core.number * core.scale <= 1000 \
            and SWAP_BEFORE.search(text, max(line_start, core.start - 4), core.start) \
            and SWAP_AFTER.match(text, core.end):
        return True  # «за сто российских рублей давали 3,7 белорусского», «за тысячу рублей»
    if core.number * core.scale <= 1000 and SWAP_QUOTE_BEFORE.search(
            text, max(line_start, core.start - 90), core.start):
        return True  # «… дают 3,3 рубля белорусских»: what the base buys, the quote
    if core.has_scale:
        return False
    if core.number in _RATE_BASES and (m := _QUOTE_AFTER_BASE.match(text, core.end)) \
            and currency_code(m.group("cur")) != core.currency:
        return True  # «1 доллар — 3,27 BYN»: a currency's unit, then what it costs
    if (m := _BASE_BEFORE_QUOTE.search(text, max(line_start, core.start - 50), core.start)) \
            and _QUOTE_DECIMALS.match(text, core.start) \
            and currency_code(m.group("cur")) != core.currency:
        return True  # «100 российских рублей — 3,64 BYN»: the quote after its base
    lo = max(line_start, core.start - 130)
    rate = RATE_BEFORE.search(text, lo, core.start)
    if rate and SENTENCE_BREAK.search(text, rate.start(), core.start):
        # («Курс. Средний курс российского рубля в 2015 году — 247 белорусских рублей»: a
        # heading's rate word before a full stop; the core's own sentence is read again)
        own = [m.end() - 1 for m in SENTENCE_BREAK.finditer(text, rate.start(), core.start)]
        rate = RATE_BEFORE.search(text, own[-1], core.start)
    if rate and not SENTENCE_BREAK.search(text, rate.start(), core.start) and not (
            CONVERTED_AT_RATE.search(text, max(line_start, rate.start() - 30), core.start)
            or _priced_per_unit(text, core.end)
            or _bracket_closed_between(text, line_start, rate.start(), core.start)):
        # (a rate word in the sentence before: «…по курсу. Тарифы: 35.000 руб.»; a price per
        # unit of goods is no rate: «на бирже цена пшеницы выросла до 240 долларов за тонну»)
        return True
    if RATE_DECIMALS.search(text, core.start, core.end) and not _TARIFF_BEFORE.search(
            text, max(line_start, core.start - 100), core.start):
        return True
    if RATE_BASE.search(text, max(line_start, core.start - 40), core.start):
        return True  # «RUB 3,5518 BYN за 100 рублей»: the quote's base
    if text[max(line_start, core.start - 3):core.start].strip().endswith("="):
        return True  # «1 доллар = 3,2 рубля»
    return bool(RATE_AFTER.match(text, core.end))


@cache
def _unit_price() -> re.Pattern[str]:
    """`unit_price` of `data/money_context_ru.json` (as `money.context` reads it: the package's
    context words import the amounts, so the pattern is compiled here from the data)."""
    return compile_pattern("(?i)" + context_data()["unit_price"])


def _priced_per_unit(text: str, end: int) -> bool:
    """Is the figure ending at `end` a price per unit of goods («… за тонну», «за кг»)?"""
    return _unit_price().match(text, end) is not None


# A line of exchange-rate quotes in page chrome: «$ 71,02 / € 82,68», «USD 93,24  EUR 98,77».
_QUOTE_MARK = lazy_compile(r"[$€₽£¥₸]|(?<![A-Za-z])(?:USD|EUR|RUB|BYN|CNY|KZT|GBP)(?![A-Za-z])")
_FRACTION_ONLY = lazy_compile(r"[ \u00a0]*\d{1,3}[.,]\d{2}(?!\d)")
_SAME_MARK = {"$": "USD", "€": "EUR", "₽": "RUB", "£": "GBP", "¥": "CNY", "₸": "KZT"}


def is_ticker(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one quote of a short line of several exchange-rate quotes?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 80:
        return False
    line = text[line_start:line_end]
    # A board quotes several currencies; one currency named twice is a short price list
    # («Бензин — 2,42 BYN, дизель — 2,56 BYN», «Молоко — 89,90 ₽, сметана — 124,50 ₽»)
    marks = {_SAME_MARK.get(m, m) for m in _QUOTE_MARK.findall(line)}
    return len(marks) >= 2 and len(_FRACTION_ONLY.findall(line)) >= 2
