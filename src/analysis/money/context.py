"""The words around a figure that decide how a reader takes it, beyond its own cue.

The words are data (`data/money_context_ru.json`); this module compiles them once and answers
five questions:

- `national_distance`: does the sentence speak of Russia–Belarus as a whole («товарооборот
  двух стран», «Союзного государства»), and how close to the amount is that said;
- `is_forecast`: does a plan, target or expectation govern the amount («составит»,
  «планируем выйти на», «задача на этот год»);
- `dateline_end`, `is_seat_of_government`: an agency dateline («МОСКВА, 3 апр — …») and
  «в Москве» as the seat of an authority, which never make Moscow the figure's region;
- `is_country_purchase`: a country buying («Беларусь закупает в России») is an import; one
  buyer's purchase («область купит 50 электробусов на») is «other»;
- `belarusian_rubles`: a bare «рублей» in a Belarusian body's statement (a `.by` site, БелТА,
  a ministry of the Republic of Belarus) or in an article that says its sums are Belarusian
  is BYN (implied); before the 2016 redenomination a Belarusian ruble is BYR.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from analysis.entities import russian_regions_in
from analysis.lang import parse
from analysis.money.alternation import first_letter_union
from analysis.money.amounts import Amount
from analysis.money.scope import AmountScope

if TYPE_CHECKING:
    from analysis.ingest import Article

__all__ = [
    "ContextWords",
    "belarusian_rubles",
    "context_words",
    "dateline_end",
    "is_country_purchase",
    "is_estimated_investment",
    "is_export_revenue",
    "is_forecast",
    "is_future",
    "is_investment_purpose",
    "is_seat_of_government",
    "is_unit_price",
    "national_distance",
    "reports_results",
    "states_result",
]

REDENOMINATION = date(2016, 7, 1)  # Br 10 000 (BYR) became Br 1 (BYN)
# Marks that a ruble amount names its country (not a bare «рублей»), and that it is Belarusian.
_NAMED_RUBLE = re.compile(r"(?i)росс|рос\.|₽|rub|rur|бел|byn|byr|br")
_NAMED_BELARUSIAN = re.compile(r"(?i)бел|byn|byr|br")
# A sentence's end («.», «!», «?» before a space, or a line break): a decimal point is none.
# (one class first: sre scans for it in C)
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s))")
_CONVERSION = re.compile(r"(?i)\(|\bили\b|эквивалент|по\s+курсу|в\s+пересчете|в\s+пересчёте")
_RUB_PER_BYN = (15.0, 50.0)  # Russian rubles to a Belarusian ruble since 2016, with margin
_HEADING_REACH = 40  # characters a digest item's region heading may take («Ленинградская область.»)
_NEAR_NAMED = 300  # characters a bare «рублей» may stand after a named Belarusian ruble
# «(около 300 млн рублей)», «или около 300 млн рублей»: a conversion word stands just before
# the bare ruble (not an «или» before a dollar figure in between)
_CONVERSION_REACH = 25
# Words ending as a verb's personal form («откроет», «купят», «придётся», «выпустим»): only
# these are asked of the morphology (shorter words are no verbs of a plan)
_PERSONAL_FORM = re.compile(r"[а-яё]{2,}(?:[еиё]т|[уюая]т|[еиё]м)(?:ся)?(?![а-яё])")
# The same at a word's start only: a match of `_PERSONAL_FORM` must reach the end of its run
# of letters, and one that fails at the run's first letter fails at every later one, so only
# run starts can match (the look-behind after the first letter lets sre scan for it in C
# instead of trying every letter of every word). It looks before the scan's start, so it is
# used only where the scan does not start inside a word. The run is taken whole at once (a
# possessive repeat: no letter-by-letter retreat) and its ending read behind it: the same
# matches as «[а-яё]+ ending (ся)?» with no letter after, at four letters or more (six with
# «ся»: the two letters before the ending and «ся» belong to the run).
_PERSONAL_FORM_AT_WORD = re.compile(
    r"[а-яё](?<![а-яё].)[а-яё]{3,}+"
    r"(?:(?<=[еиё]т|[уюая]т|[еиё]м)|(?<=[а-яё]{2}[еиё]тся|[а-яё]{2}[уюая]тся|[а-яё]{2}[еиё]мся))")
_LOWER_LETTER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_AND = re.compile(r"[ \u00a0]и[ \u00a0]")
_WORD_RE = re.compile(r"[а-яё]+")
_CLAUSE_OR_COLON = re.compile(r"[,;:.!?()]")
_COORDINATED = re.compile(r"[ \u00a0]*(?:и|а[ \u00a0]+также)[ \u00a0][^,;:.!?—–]*\Z")
# «планируется направить 300 млн, во второй — 550 млн, в третий — по 700 млн»: an elliptic item
# of a list has no verb of its own; the list's predicate governs it
_ELLIPTIC_ITEM = re.compile(r"[ \u00a0]*[,;][ \u00a0]*[^,;:.!?—–\d]{1,40}[—–][ \u00a0]*(?:по[ \u00a0]+)?\Z")
_RUBLE_WORD = re.compile(r"(?i)руб|(?<!\w)р\.")


def _union(patterns: list[str]) -> re.Pattern[str]:
    """One pattern of whole words, matched in lower-cased text (case-sensitive is faster),
    its words grouped by first letter (same matches; sre tries fewer at each word start)."""
    return first_letter_union(patterns, before=r"\b", after=r"(?![\w-])")


@dataclass(frozen=True)
class ContextWords:
    """The compiled context words of `data/money_context_ru.json`."""

    national: re.Pattern[str]
    forecast: re.Pattern[str]
    not_forecast: re.Pattern[str]
    dateline: re.Pattern[str]
    seat_of_government: re.Pattern[str]
    belarusian_source: re.Pattern[str]
    belarusian_sums: re.Pattern[str]
    belarusian_payer: re.Pattern[str]
    belarusian_money: re.Pattern[str]
    russian_payer: re.Pattern[str]
    local: re.Pattern[str]
    country_purchase: re.Pattern[str]
    country: re.Pattern[str]
    investment_purpose: re.Pattern[str]
    federal_source: re.Pattern[str]
    results_report: re.Pattern[str]
    result_words: re.Pattern[str]
    old_belarusian_rubles: re.Pattern[str]
    unit_price: re.Pattern[str] | None = None
    project_estimate: re.Pattern[str] | None = None
    writer_verbs: frozenset[str] = frozenset()
    draft_heads: frozenset[str] = frozenset()  # govern only through a preposition
    export_revenue: re.Pattern[str] | None = None  # revenue on the Russian market
    capital_city: re.Pattern[str] | None = None  # «в столицу»: the capital named before
    capital_other: re.Pattern[str] | None = None  # «белорусская столица»: not that one
    not_cues: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (a literal, group 1 no cue)
    capital_names: tuple[tuple[str, str | None], ...] = ()  # a capital's stem, its region


@cache
def context_words() -> ContextWords:
    """The Russian context words (read once per process)."""
    path = resources.files("analysis").joinpath("data", "money_context_ru.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return ContextWords(
        national=_union(data["national"]), forecast=_union(data["forecast"]),
        not_forecast=_union(data["not_forecast"]),
        dateline=re.compile(data["dateline"], re.MULTILINE),
        seat_of_government=re.compile("(?i)" + data["seat_of_government"]),
        belarusian_source=re.compile("(?i)" + "|".join(data["belarusian_source"])),
        # (no look-around: it scans whole articles, and only those that name the currency)
        belarusian_sums=re.compile("(?i)" + "|".join(data["belarusian_sums"])),
        belarusian_payer=re.compile(r"(?i)(?<!\w)(?:" + "|".join(data["belarusian_payer"]) + ")"),
        belarusian_money=re.compile("(?im)" + "|".join(data["belarusian_money"])),
        russian_payer=_union(data["russian_payer"]),
        local=_union(data["local"]),
        country_purchase=_union(data["country_purchase"]), country=_union(data["country"]),
        investment_purpose=_union(data["investment_purpose_words"]),
        federal_source=_union(data["federal_source"]),
        results_report=_union(data["results_report"]),
        result_words=_union(data["result_words"]),
        old_belarusian_rubles=_union(data["old_belarusian_rubles"]),
        project_estimate=_union(data["project_estimate"]) if "project_estimate" in data else None,
        unit_price=re.compile("(?i)" + data["unit_price"]) if "unit_price" in data else None,
        writer_verbs=frozenset(data.get("writer_verbs", ())),
        draft_heads=frozenset(data.get("draft_heads", ())),
        export_revenue=_union(data["export_revenue"]) if "export_revenue" in data else None,
        capital_city=re.compile("(?i)" + data["capital_city"]) if "capital_city" in data else None,
        capital_other=_union(data["capital_other"]) if "capital_other" in data else None,
        capital_names=tuple(data.get("capital_names", {}).items()),
        not_cues=tuple((n, re.compile(p)) for n, p in data.get("not_cues", ())))


def reports_results(text: str, start: int, end: int) -> bool:
    """Does text[start:end] report a period's results («МАЗ подвёл итоги 2024 года»,
    «опубликовало отчётность по МСФО за прошлый год»)?"""
    return context_words().results_report.search(text[start:end].lower()) is not None


def states_result(text: str, start: int, end: int) -> bool:
    """Does text[start:end] state a result (revenue, profit, a trade balance), not a price
    or a purchase («Выручка составила…», «Положительное сальдо сложилось…»)?"""
    return context_words().result_words.search(text[start:end].lower()) is not None


_SENT_MONEY = re.compile(r"\bнаправ")


def is_investment_purpose(scope: AmountScope) -> bool:
    """Is money «направлено» on modernisation, re-equipment or from own funds («направит на
    модернизацию цехов 230 млн»)? Then it is an investment, not a financing."""
    text = scope.folded
    return bool(_SENT_MONEY.search(text, scope.start, scope.end)
                and context_words().investment_purpose.search(text, scope.start, scope.end))


def is_export_revenue(scope: AmountScope) -> bool:
    """Is the amount a maker's revenue on the Russian market («российская выручка завода
    составила 1,1 млрд», «выручка от экспорта в РФ — 129 млн»)? Then it is an export."""
    rx = context_words().export_revenue
    return rx is not None and rx.search(scope.folded, scope.start, scope.amount.start) is not None


def is_unit_price(scope: AmountScope) -> bool:
    """Is the amount a price per unit («по 750–900 рублей за килограмм», «4 200 руб. за
    один акт»)? Then it measures no trade, investment or agreement: «other»."""
    rx = context_words().unit_price
    return rx is not None and rx.match(scope.text, scope.amount.end, scope.end) is not None


def is_country_purchase(scope: AmountScope) -> bool:
    """Does a country buy («Беларусь закупает в России …», «закупил в Беларуси тракторов на
    …»)? Then the purchase is an import, not one buyer's purchase."""
    words, text = context_words(), scope.folded
    return bool(words.country_purchase.search(text, scope.start, scope.amount.start)
                and words.country.search(text, scope.start, scope.amount.start))


def national_distance(scope: AmountScope) -> int | None:
    """Distance from the amount to the nearest word of Russia–Belarus as a whole that belongs
    to it (see `AmountScope.distance`), or None."""
    best: int | None = None
    for m in context_words().national.finditer(scope.folded, scope.start, scope.end):
        dist = scope.distance(m.start(), m.end())
        if dist is not None and (best is None or dist < best):
            best = dist
    return best


def is_estimated_investment(scope: AmountScope) -> bool:
    """Is an investment given as an estimate («объём инвестиций оценивается в 2,4 млрд»)?
    Then the project is not yet built: a forecast."""
    rx = context_words().project_estimate
    return rx is not None and rx.search(scope.folded, scope.start, scope.amount.start) is not None


def is_forecast(scope: AmountScope) -> bool:
    """Is the amount a plan, target or expectation? The cue must stand in the amount's part of
    the sentence: after the previous amount (or the sentence start), up to the amount, or
    right after it in the same clause («… 50 млрд, как ожидается» does not count). A figure
    coordinated with the previous one («предусмотрено создание … на 380 млн рублей и поставка
    … на 1,1 млрд») shares its predicate."""
    text, amount = scope.folded, scope.amount
    before = [o.end for o in scope.others if o.end <= amount.start]
    lo = max([scope.start, *before])
    hi = amount.start
    while before and (_COORDINATED.match(text, lo, hi) or _ELLIPTIC_ITEM.match(text, lo, hi)):
        # (step back over the items of a list to the predicate that governs them all)
        hi = max(o.start for o in scope.others if o.end == lo)
        lo = max([scope.start] + [e for e in before if e < lo])
        if lo == scope.start:
            break
    words = context_words()
    hit = words.forecast.search(text, lo, amount.end) or _future_verb(text, lo, amount.end)
    if hit is not None and _done_in_own_clause(text, hit.end(), amount.start):
        return False  # «планируется заменить 1 100 лифтов, на эти цели направлено 3,8 млрд»
    if hit is None:
        clause = _CLAUSE_OR_COLON.search(text, amount.end, scope.end)
        clause_end = clause.start() if clause else scope.end  # («…: средства пойдут на»)
        # «закупил на 2,3 млрд и … планирует вложить еще 1,5 млрд»: a plan after «и» or
        # before the next amount is the next predicate's
        joined = _AND.search(text, amount.end, clause_end)
        clause_end = min([clause_end, joined.start() if joined else clause_end]
                         + [o.start for o in scope.others if o.start >= amount.end])
        hit = (words.forecast.search(text, amount.end, clause_end)
               or _future_verb(text, amount.end, clause_end))  # «800 млн придётся на»
    if hit is None:
        return False
    return not words.not_forecast.search(text, lo, max(hit.end(), amount.start))


def _done_in_own_clause(text: str, plan_end: int, amount_start: int) -> bool:
    """Is the plan word in an earlier clause, and the amount's own clause told in the past
    («…: на эти цели заложено 45 млн», «…, направлено 3,8 млрд»)? Then the money is there."""
    mark = max(text.rfind(c, plan_end, amount_start) for c in ",;:—")
    return mark >= 0 and any(_is_past(w) for w in _WORD_RE.findall(text, mark, amount_start))


@lru_cache(maxsize=50_000)
def _is_past(word: str) -> bool:
    tag = parse(word).tag
    return (tag.POS == "VERB" and tag.tense == "past") or (tag.POS == "PRTS" and "past" in tag)


def is_future(year: int | None, published: date | None) -> bool:
    """Is the figure's year after the year of publication (a budget approved «на 2025 год»
    in December 2024)? Then it is a plan, whatever the verb (the caller leaves out a signed
    contract's value «на 2027 год»: signed, not planned)."""
    return year is not None and published is not None and year > published.year


def _future_verb(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first verb in the future tense in text[start:end] («откроет», «купит»)."""
    writer = context_words().writer_verbs
    inside_word = 0 < start < len(text) and text[start - 1] in _LOWER_LETTER \
        and text[start] in _LOWER_LETTER
    pattern = _PERSONAL_FORM if inside_word else _PERSONAL_FORM_AT_WORD
    for m in pattern.finditer(text, start, end):
        if m.group() not in writer and _is_future(m.group()):  # not «напомним»
            return m
    return None


@lru_cache(maxsize=50_000)
def _is_future(word: str) -> bool:
    tag = parse(word).tag
    return tag.POS == "VERB" and tag.tense == "futr"


def dateline_end(text: str, start: int, end: int) -> int:
    """Where an agency dateline at `start` ends («МОСКВА, 3 апр — »), else `start`."""
    m = context_words().dateline.match(text, start, end)
    return m.end() if m else start


def is_seat_of_government(text: str, start: int) -> bool:
    """Is the Moscow named at `start` the seat of an authority or a dateline («в Москве
    прошло заседание», «МОСКВА — РИА»), not the city as a region?"""
    seat = context_words().seat_of_government
    return any(m.start() <= start < m.end()
               for m in seat.finditer(text, max(0, start - 4), start + 40))


def _belarusian(article: Article) -> bool:
    words, text = context_words(), article.text
    if "елорусских" in text and words.belarusian_sums.search(text):
        return True
    host = urlsplit(getattr(article, "url", None) or "").hostname or ""
    source = getattr(article, "source", None)
    if not ((host and words.belarusian_source.search(host))
            or (source and words.belarusian_source.search(source))):
        return False
    # «Брянская область рассчитывает …» on a Belarusian site: a Russian region's own words,
    # in its rubles (as in a digest item headed by a Russian region)
    return not _russian_digest_item(text, 0, title=True)


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], roughly (a line, cut at «. », «! », «? »)."""
    s_start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)),
                  default=max(0, start - 400))
    nxt = _SENTENCE_END.search(text, end)
    return s_start, nxt.start() if nxt else len(text)


def _belarusian_here(article: Article, a: Amount, named: list[Amount]) -> bool:
    """Is this bare «рублей» Belarusian by what stands near it: a Belarusian ruble named
    just before in the same paragraph («Выручка — 412 млн белорусских рублей. Чистая
    прибыль — 23,5 млн рублей»), or a Belarusian body paying in its sentence («из
    республиканского бюджета выделено 2,1 трлн рублей») in an article that speaks of
    Belarusian money (`belarusian_money`)? A bare figure repeating a Russian ruble amount
    named elsewhere («кредит на 100 млрд рублей» in the headline) stays Russian."""
    text, words = article.text, context_words()
    if any(n.value == a.value and not _NAMED_BELARUSIAN.search(n.surface) for n in named):
        return False
    last = next((n for n in reversed(named) if n.end <= a.start), None)
    if (last is not None and _NAMED_BELARUSIAN.search(last.surface)
            and a.start - last.end <= _NEAR_NAMED and "\n" not in text[last.end:a.start]
            and not _CONVERSION.search(text, max(last.end, a.start - _CONVERSION_REACH), a.start)
            and not _RUB_PER_BYN[0] <= a.value / max(last.value, 1e-9) <= _RUB_PER_BYN[1]):
        # (a conversion into Russian rubles, «10 млн белорусских рублей (около 300 млн
        # рублей)», is said with a bracket or «или», and its value is ~15–50 times larger)
        return True
    s_start, s_end = _sentence_of(text, a.start, a.end)
    payer = words.belarusian_payer.search(text, s_start, s_end)
    # a Russian lender named first is the one paying («Россельхозбанк открыл белорусскому
    # Белагропромбанку кредитную линию на 5 млрд рублей»): its rubles are Russian
    return bool(payer and words.belarusian_money.search(text)
                and not words.russian_payer.search(text[s_start:payer.start()].lower()))


def _russian_digest_item(text: str, pos: int, title: bool = False) -> bool:
    """Is `pos` in a digest item headed by a Russian region («Нижегородская область.
    Правительство региона и «Амкодор» подписали…»)? Its bare «рублей» are Russian even on a
    Belarusian site. With `title`, the paragraph at `pos` (the headline) need only open with
    the region, as its subject («Брянская область рассчитывает …»)."""
    p_start = text.rfind("\n", 0, pos) + 1
    head = text[p_start:p_start + _HEADING_REACH]
    dot = head.find(".")
    if title:
        m = re.match(r"[^ \n]+[ \u00a0]+[^ \n]+", head)  # the first two words
        dot = m.end() if m else -1
    if dot < 0:
        return False
    return any(r.start == p_start for r in russian_regions_in(text, p_start, p_start + dot))


def _says_old_rubles(text: str, a: Amount) -> bool:
    """Does the amount's sentence say its rubles are the pre-2016 ones («около 9,8 трлн
    рублей — речь о неденоминированных белорусских рублях»)?"""
    s_start, s_end = _sentence_of(text, a.start, a.end)
    return context_words().old_belarusian_rubles.search(text[s_start:s_end].lower()) is not None


def belarusian_rubles(article: Article, amounts: list[Amount]) -> list[Amount]:
    """The amounts, with a bare «рублей» read as Belarusian rubles where the article speaks
    for a Belarusian body or says its sums are Belarusian, or where a Belarusian ruble or a
    Belarusian payer stands next to it (`_belarusian_here`; `implied_currency` set), and
    Belarusian rubles before the 2016 redenomination as BYR."""
    published = getattr(article, "published", None)
    old = published is not None and published < REDENOMINATION
    belarusian: bool | None = None  # asked only when an article has a bare ruble
    named = [a for a in amounts if a.currency in ("RUB", "BYN", "BYR") and not a.implied_currency
             and (a.currency != "RUB" or _NAMED_RUBLE.search(a.surface))]
    out: list[Amount] = []
    changed = False  # the last explicit amount was read as Belarusian: its echoes are too
    for a in amounts:
        if a.implied_currency and a.currency == "RUB":
            if changed:
                a = replace(a, currency="BYR" if old else "BYN")
        elif a.currency == "RUB" and _RUBLE_WORD.search(a.surface) and not _NAMED_RUBLE.search(
                a.surface):
            if belarusian is None:
                belarusian = _belarusian(article)
            changed = ((belarusian and not _russian_digest_item(article.text, a.start))
                       or _belarusian_here(article, a, named))
            if changed:
                a = replace(a, currency="BYR" if old or _says_old_rubles(article.text, a)
                            else "BYN", implied_currency=True)
        else:
            changed = False
            if a.currency == "BYN" and old:
                a = replace(a, currency="BYR")
        out.append(a)
    return out
