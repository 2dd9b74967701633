"""What each money amount measures, when and where.

`describe(article)` turns the amounts of an article into `Fact`s:

- **metric** — the nearest metric word around the amount in its sentence, compared by lemma
  (pymorphy3, cached), with a penalty for weak cues (`data/metric_lemmas.csv`), for words after
  the amount, across commas and beyond another amount;
- **year** — the nearest year expression in the same sentence («по итогам 2024 года»,
  «в 2022 г.», «в прошлом году» resolved from the publication date); multi-year spans
  («в 2021–2023 годах») and horizons («до 2030 года») give no year, comparison bases
  («по сравнению с 2022 годом») are skipped, «на 1 июля» fixes the publication year, and the
  «с» level of «вырос с X до Y» is the year before;
- **period** — a partial period in the sentence («январь–октябрь», «9 месяцев», «I квартал»);
- **continuation** — a sentence with no time (or no cue) of its own that goes on about the
  previous one («Годом ранее он был …», «Экспорт — $1,1 млрд.», «при этом», «за этот период»,
  a borrowed currency, the next amount of the same sentence) takes the previous figure's year,
  period (and metric); coordinated amounts («кредит на €40 млн и $25 млн») share a cue;
- **region** — the Russian region named in the sentence (via `analysis.entities`); for
  investment, production, financing, agreement and other figures with no region in their
  sentence, the region of the previous sentence of the paragraph, else the only Russian region
  of the headline/lead, with lower confidence. Trade, export, import and credit figures are
  national unless their own sentence names a region.
"""

from __future__ import annotations

import csv
import itertools
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import pandas as pd

from analysis.lang.morph import analyzer, lemma
from analysis.lang.sentences import split_sentences
from analysis.money.amounts import Amount, find_amounts
from analysis.vocab import LOCAL_METRICS, METRICS

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from analysis.ingest import Article
    from analysis.money.fx import Rates

__all__ = ["AMOUNT_COLUMNS", "METRICS", "Fact", "FactSentence", "amounts_frame", "describe"]

AMOUNT_COLUMNS = [
    "article_id", "file", "start", "end", "surface", "value", "currency", "qualifier",
    "value_low", "value_high", "implied_currency", "metric", "year", "period", "region",
    "sentence", "sentence_start", "sentence_end", "confidence", "converted_value",
    "converted_currency", "fx_rate", "fx_year", "fx_source", "fx_note",
]
# Priority order breaks ties between equally close cues.
_PRIORITY = {m: i for i, m in enumerate(METRICS)}


@dataclass(frozen=True)
class FactSentence:
    start: int  # clean-text offsets of the sentence the amount came from
    end: int
    text: str


@dataclass(frozen=True)
class Fact:
    amount: Amount
    metric: str
    year: int | None
    period: str | None
    region: str | None
    sentence: FactSentence
    confidence: float


# --------------------------------------------------------------------------- tables
@lru_cache(maxsize=1)
def _metric_table() -> dict[str, tuple[str, int]]:
    path = resources.files("analysis") / "data" / "metric_lemmas.csv"
    with path.open(encoding="utf-8") as fh:
        return {row["lemma"]: (row["metric"], int(row["penalty"])) for row in csv.DictReader(fh)}


@lru_cache(maxsize=200_000)
def _cue(word: str) -> tuple[str, int] | None:
    """Metric cue of a lower-cased word, by its raw form first, then by its lemma."""
    table = _metric_table()
    hit = table.get(word) or table.get(word.replace("ё", "е"))
    if hit is None:
        lem = lemma(word)
        hit = table.get(lem) or table.get(lem.replace("е", "ё"))
    return hit


# --------------------------------------------------------------------------- metric
_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁё]+)*")


# Delivery words say «export» when a destination follows («отгрузили в Россию»).
_DELIVERY = frozenset({"поставка", "поставить", "поставлять", "отгрузка", "отгрузить",
                       "отгружать", "продать", "продажа", "продавать"})
_DIRECTION = re.compile(
    r"(?i)[^.;]{0,25}?(?<!\w)(?:в|во|на)[ \u00a0]+(?:Росси|РФ|Беларус|Белорусси|Казахстан|Китай"
    r"|КНР|страны|зарубеж|экспорт)")
# Goods received from a country: import («получила из России», «в Беларусь поступило»).
_INFLOW = frozenset({"получить", "получать", "поступить", "поступать", "ввезти", "ввозить",
                     "завезти"})
_COUNTRY_NEAR = re.compile(
    r"(?i)(?<!\w)(?:из|в|во)[ \u00a0]+(?:Росси|РФ|Беларус|Белорусси|Китая|Китай|КНР"
    r"|Казахстан)")
_ABOUT = re.compile(r"(?i)(?<!\w)(?:о|об|про)(?!\w)")  # «соглашение о кредите»: the credit
_PURPOSE = re.compile(r"(?i)(?<!\w)(?:на|в|во|для|по)(?!\w)")  # «завод по производству»
_MONEY_NOUNS = frozenset({"credit", "investment", "financing"})  # «направит на поддержку экспорта»
_RETAIL_BEFORE = re.compile(r"(?i)(?:розничн|оптов)\w*[ \u00a0]+\Z")
_DASH_AMOUNT = re.compile(r"[ \u00a0]*[—–:-][ \u00a0]*\S")  # «импорт — $45 млн»
_VERBISH = frozenset({"VERB", "INFN", "PRTS", "GRND"})


@lru_cache(maxsize=200_000)
def _is_verbish(word: str) -> bool:
    return analyzer().parse(word)[0].tag.POS in _VERBISH


# «Объем кредитов, выданных Банком развития на экспортные операции, — 1,1 млрд»: a participle
# or «который» clause between commas modifies a noun; its words are not the figure's metric.
_MODIFIER = re.compile(r",[ \u00a0]*(?P<w>[А-Яа-яЁё]+)[^,;.!?()]*?,")


@lru_cache(maxsize=200_000)
def _is_participle(word: str) -> bool:
    low = word.lower()
    return low.startswith("котор") or analyzer().parse(low)[0].tag.POS == "PRTF"


def _mask_modifiers(text: str, s_start: int, s_end: int, others: list[Amount]) -> str:
    """`text` with modifier clauses of the sentence blanked out (offsets unchanged)."""
    chunks: list[tuple[int, int]] = []
    for m in _MODIFIER.finditer(text, s_start, s_end):
        if _is_participle(m.group("w")) and not any(
                m.start() <= o.start < m.end() for o in others):
            chunks.append((m.start(), m.end() - 1))  # keep the closing comma's slot blank too
    if not chunks:
        return text
    parts, pos = [], 0
    for a, b in chunks:
        parts.append(text[pos:a])
        parts.append(" " * (b - a + 1))
        pos = b + 1
    parts.append(text[pos:])
    return "".join(parts)


@lru_cache(maxsize=200_000)
def _is_adjective(word: str) -> bool:
    return analyzer().parse(word)[0].tag.POS in {"ADJF", "ADJS"}


def _metric(text: str, s_start: int, s_end: int, amount: Amount,
            others: list[Amount]) -> tuple[str, int]:
    masked = _mask_modifiers(text, s_start, s_end, others)
    metric, score, head = _metric_cues(masked, s_start, s_end, amount, others)
    if masked is not text and (score == 99 or _weak_cue(head)):
        # the modifier was all there was to go on, or better than a bare «стоимость»
        full = _metric_cues(text, s_start, s_end, amount, others)
        if score == 99 or (full[1] != 99 and not _weak_cue(full[2])):
            metric, score, head = full
    text = masked
    head_cue = _cue(head) if head else None
    weak_head = head_cue is None or head_cue[1] >= 1 or _is_verbish(head)
    if metric == "financing" and lemma(head) in ("бюджет", "бюджетный") and _REVENUE.search(
            text, s_start, s_end):
        return "other", score  # «бюджет получит от продажи…»: budget revenue, not financing
    if metric == "financing" and weak_head and (
            _CREDIT_IN_CLAUSE.search(_clause_before(text, s_start, amount))
            or _CREDIT_RIGHT_AFTER.match(text, amount.end, s_end)):
        # «на льготные кредиты … предусмотрено 5 млрд», «направлено 28 млрд рублей кредитных
        # средств»: the text calls the money a credit.
        metric = "credit"
    return metric, score


_REVENUE = re.compile(r"(?i)(?<!\w)(?:получ\w*|доход\w*|поступлени\w*|выручк\w*)")
_CREDIT_RIGHT_AFTER = re.compile(
    r"(?i)[ \u00a0]*(?:кредитн\w*|заемн\w*|заёмн\w*|в\s+виде\s+(?:\w+\s+)?(?:кредит|займ|заем)"
    r"|в\s+качестве\s+(?:\w+\s+)?(?:кредит|займ|заем))")
_CREDIT_IN_CLAUSE = re.compile(r"(?i)(?<!\w)(?:кредит|заем|заём|займ)\w*")


def _weak_cue(word: str) -> bool:
    """A cue too weak to govern («стоимость», «проект» penalties above 3)."""
    cue = _cue(word) if word else None
    return cue is not None and cue[1] > 3


def _clause_before(text: str, s_start: int, amount: Amount) -> str:
    lo = max(text.rfind(",", s_start, amount.start), text.rfind(";", s_start, amount.start),
             s_start)
    return text[lo:amount.start]


@lru_cache(maxsize=1)
def _min_penalty() -> int:
    """The smallest cue penalty (the rule cues for import/export have 1): a score floor."""
    return min(0, min((p for _, p in _metric_table().values()), default=0))


@lru_cache(maxsize=200_000)
def _word_role(word: str) -> tuple[tuple[str, int] | None, bool, bool] | None:
    """(cue, lemma is an inflow verb, lemma is a delivery word) of a lower-cased word, or None
    when it is none of these. One cached look-up per word instead of three in the hot loop of
    `_metric_cues` (every word of a 400-character window around each amount)."""
    cue = _cue(word)
    lem = lemma(word)
    inflow, delivery = lem in _INFLOW, lem in _DELIVERY
    if cue is None and not inflow and not delivery:
        return None
    return cue, inflow, delivery


def _gap_words(text: str, lo: int, hi: int,
               others: list[Amount]) -> Iterator[tuple[int, int, str]]:
    """(start, end, lower-cased word) in text[lo:hi] outside the amounts, in text order."""
    pos = lo
    for o in sorted(others, key=lambda o: o.start):
        if o.end <= pos or o.start >= hi:
            continue
        for m in _WORD.finditer(text, pos, max(pos, o.start)):
            yield m.start(), m.end(), m.group().lower()
        pos = max(pos, o.end)
    for m in _WORD.finditer(text, pos, hi):
        yield m.start(), m.end(), m.group().lower()


def _metric_cues(text: str, s_start: int, s_end: int, amount: Amount,
                 others: list[Amount]) -> tuple[str, int, str]:
    """(metric, score, head word) — the best cue around the amount; ("other", 99, "") if none.

    Score = words between cue and amount + the cue's penalty (+3 after the amount, +2 per
    comma or dash crossed, +6 beyond another amount). Then the *governing* rule: the head of a
    noun phrase decides, so a cue that an earlier cue governs — no verb and no comma between,
    as in «инвестиции в развитие производства», «кредитование экспорта», «направит на
    поддержку экспорта» — hands over to the earlier one.
    """
    best: tuple[int, int, str, int] | None = None
    # Cues further than this from the amount never win; a window keeps long sentences cheap.
    lo, hi = max(s_start, amount.start - 240), min(s_end, amount.end + 160)
    # Words inside amounts (qualifiers, currency words) are not cues: scan the gaps only.
    # The words come in text order, so those before the amount are a prefix; the ones after
    # are read lazily, as the loop below usually stops a few words after the amount.
    words = _gap_words(text, lo, hi, others)
    before: list[tuple[int, int, str]] = []
    after: Iterator[tuple[int, int, str]] = iter(())
    for w in words:
        if w[1] <= amount.start:
            before.append(w)
        elif w[0] >= amount.end:
            after = itertools.chain((w,), words)
            break
    cues_before: list[tuple[int, str, int]] = []  # (index in `before`, metric, penalty)
    last_cue = 0  # distance of the last cue before the amount
    for side, seq in (("before", list(reversed(before))), ("after", after)):
        for dist, (ws, we, word) in enumerate(seq):
            if side == "after" and best is not None and dist + 3 > best[0]:
                break  # scores after the amount are at least dist + 3: none can win now
            if (side == "before" and best is not None and dist + _min_penalty() > best[0]
                    and dist > last_cue + 6):
                # Scores are at least dist + the smallest penalty, so no word further out can
                # win; and the governing rule below only steps from a cue to one at most 6
                # words before it, so past a 6-word gap with no cue nothing further is used.
                break
            role = _word_role(word)
            if role is None:
                continue  # most words: no cue, no inflow or delivery lemma
            cue, inflow, delivery = role
            if cue is None:
                if inflow and _COUNTRY_NEAR.search(
                        text, max(s_start, ws - 30), min(s_end, we + 30)):
                    cue = ("import", 1)  # «получила из России энергоносителей на …»
                elif delivery and _DIRECTION.match(text, we, s_end):
                    cue = ("export", 1)  # «продажи белорусских лифтов в России»
                else:
                    continue
            metric, penalty = cue
            if delivery and _DIRECTION.match(text, we, s_end):
                metric, penalty = "export", 1
            g_lo, g_hi = (we, amount.start) if side == "before" else (amount.end, ws)
            gap = text[g_lo:g_hi]
            crossed = gap.count(",") + gap.count(";") + gap.count(" – ") + gap.count(" — ")
            score = dist + penalty + 2 * crossed
            if side == "after":
                score += 3 + 4 * crossed  # after the amount a new clause is someone else's
                if _DASH_AMOUNT.match(text, we) or any(
                        o.start >= we and o.start - we < ws - amount.end for o in others):
                    continue  # «…, импорт — около $45 млн»: the next amount's cue
                if crossed and _heads_next_amount(text, we, amount, others):
                    continue  # «…, импорт из России — 312 млн»: the next clause's cue
                if crossed and _COMMENT_CLAUSE.match(text, text.rfind(",", amount.end, ws) + 1):
                    continue  # «…, что на 15% дешевле импортных аналогов»: a comment
            else:
                cues_before.append((len(before) - 1 - dist, metric, penalty))
                last_cue = dist
            if any(g_lo <= o.start < g_hi for o in others if o is not amount):
                score += 6  # the cue belongs to the amount in between first
            key = (score, _PRIORITY[metric], metric, ws, word)  # `ws` is unique: `word` never
            if best is None or key < best:                      # decides, it is the head
                best = key
    if best is None:
        return "other", 99, ""
    metric, score, head = best[2], best[0], best[4]
    if metric == "trade_turnover" and _RETAIL_BEFORE.search(text, max(s_start, best[3] - 30),
                                                            best[3]):
        return "other", score, head  # «оборот розничной торговли»: domestic retail
    # Governing: walk up from the chosen cue to an earlier cue that heads its phrase.
    idx = next((i for i, _, _ in cues_before if before[i][0] == best[3]), None)
    penalty_at = {i: p for i, _, p in cues_before}
    metric_at = {i: m for i, m, _ in cues_before}
    if idx is not None and not _is_verbish(before[idx][2]):
        for j, head_metric, head_penalty in sorted(cues_before, key=lambda c: -c[0]):
            if j >= idx or idx - j > 6 or head_penalty > 3 or _is_adjective(before[j][2]):
                continue  # adjectives agree with their noun, they do not govern it
            between = before[j + 1:idx]
            gap = text[before[j][1]:before[idx][0]]
            if ("," in gap or ";" in gap or _ABOUT.search(gap)
                    or any(_is_verbish(w) for _, _, w in between)):
                break
            if ((_is_verbish(before[j][2]) or head_metric == "financing")
                    and not _PURPOSE.search(gap)
                    and penalty_at[idx] < 3 and metric_at[idx] in _MONEY_NOUNS):
                # «выделила Беларуси кредит», «выделение кредита»: the object names the
                # money (but «профинансировал строительство / контракты» and «субсидии …
                # по кредитам» do not)
                break
            metric, idx = head_metric, j
            head = before[j][2]
    return metric, score, head


def _heads_next_amount(text: str, cue_end: int, amount: Amount, others: list[Amount]) -> bool:
    """Is there another amount after the cue, in the cue's own clause (no comma between)?"""
    nxt = [o.start for o in others if o is not amount and o.start >= cue_end]
    return bool(nxt) and not _CLAUSE_MARK.search(text, cue_end, min(nxt))


_CLAUSE_MARK = re.compile(r"[,;.!?()]")
# A clause after the amount that comments on the whole statement, not on the amount's kind.
_COMMENT_CLAUSE = re.compile(r"(?i)[ \u00a0]*(?:что|это|чем)(?!\w)")


# --------------------------------------------------------------------------- year
_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
           "октябр", "ноябр", "декабр")
_MONTH_NAMES = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                "сентябрь", "октябрь", "ноябрь", "декабрь")
_MONTH_RE = (r"(?:январ[ьяеюё]\w*|феврал[ьяею]\w*|март[аеу]?\w*|апрел[ьяею]\w*|ма[йяею]"
             r"|июн[ьяею]\w*|июл[ьяею]\w*|август[аеу]?\w*|сентябр[ьяею]\w*|октябр[ьяею]\w*"
             r"|ноябр[ьяею]\w*|декабр[ьяею]\w*)")
# A year is found by its digits (fast), then its left and right context is read.
_YEAR_DIGITS = re.compile(r"(?:19[89]|20[0-4])\d")
_YEAR_PRE = re.compile(
    r"(?i)(?<![\w-])(?:в|во|за|на|к|с|со|до|по|после|итогам|" + _MONTH_RE + r")[ \u00a0]+\Z")
_YEAR_POST = re.compile(
    r"(?i)(?:[ \u00a0]*[-–—][ \u00a0]*(?P<y2>(?:19|20)?\d\d)(?!\d))?"
    r"(?P<suf>-(?:м|й|го|х|е)(?!\w)|(?:м|й|го|х|е)(?!\w))?"
    r"(?P<post>[ \u00a0]*(?:год\w*|гг?\.|г(?!\w)))?")


_Mention = tuple[int, int, int, int, str, bool, bool]


def _year_mentions(text: str, start: int, end: int) -> list[_Mention]:
    """(start, end, digits start, year, preposition, is a span, has «год»/«г.»)."""
    out = []
    for m in _YEAR_DIGITS.finditer(text, start, end):
        ys, ye = m.span()
        if (ys > 0 and text[ys - 1] in "0123456789.,") or (
                ye < len(text) and (text[ye].isdigit()
                                    or (text[ye] in ".," and text[ye + 1:ye + 2].isdigit()))):
            continue  # part of a longer number («12024», «2024,5», «1.2023»)
        pre = _YEAR_PRE.search(text, max(start, ys - 16), ys)
        post = _YEAR_POST.match(text, ye, end)
        out.append((pre.start() if pre else ys, post.end() if post else ye, ys, int(m.group()),
                    pre.group().strip().lower() if pre else "",
                    bool(post and post.group("y2")),
                    bool(post and (post.group("post")
                                   or (post.group("suf") or "").startswith("-")))))
    return out


_YEAR_SPAN_AFTER = re.compile(r"(?i)[ \u00a0]+(?:по|-|–|—|и)[ \u00a0]+(?:19|20)\d\d")
# Relative years: (pattern, offset from the publication year).
RELATIVE_YEARS: tuple[tuple[str, int], ...] = (
    # «в прошлом году …, в позапрошлом — …», «в текущем — 380 млн»: «год» left out
    (r"позапрошл\w*(?:\s+год\w*|(?=[ \u00a0]*[—–,]))", -2),
    (r"(?:прошл|минувш|предыдущ|прошедш)\w*(?:\s+год\w*|(?=[ \u00a0]*[—–]))", -1),
    (r"(?:текущ|нынешн|эт|сего|этом)\w*\s+год\w*|с\s+начала\s+года"
     r"|(?<=в\s)(?:текущ|нынешн)\w*(?=[ \u00a0]*[—–])", 0),
    (r"(?:следующ|будущ|наступающ|грядущ)\w*\s+год\w*", 1),
)
_RELATIVE = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(RELATIVE_YEARS))
    + ")")


# «еще 500 млн долларов — в начале 2022-го»: the dash stands for the verb, the year is its own
_ELLIPTIC_DASH = re.compile(r"(?i)[ \u00a0]+[—–][ \u00a0]+(?:(?:в|во|за)[ \u00a0]+\w+[ \u00a0]+)?")
_YEAR_COMPARED = re.compile(
    r"(?i)(?<!\w)(?:сравнению|сравнении|отношению|уровнем|уровню|против|относительно)"
    r"[ \u00a0]+(?:(?:с|со|к)[ \u00a0]+)?\Z")
# (a literal first, so the scan is fast; the word start is checked on the match)
_DATE_NO_YEAR = re.compile(
    r"на[ \u00a0]+\d{1,2}[ \u00a0]+(?P<mon>" + _MONTH_RE + r")(?![ \u00a0]*(?:19|20)\d\d)",
    re.IGNORECASE)
_YEAR_EARLIER = re.compile(r"(?i)(?<!\w)(?:годом\s+(?:ранее|раньше)|год\s+назад)")
_YEAR_SPAN_BEFORE = re.compile(r"(?i)(?:19|20)\d\d[^\d.;]{0,12}(?:по|-|–|—|и)[ \u00a0]+\Z")
# «по итогам года», «за полгода» without a year: the current (or just finished) year.
_YEAR_IMPLICIT = re.compile(
    r"(?i)(?<!\w)(?:по\s+итогам\s+года|за\s+полгода|с\s+начала\s+года"
    r"|до\s+конца\s+(?:этого\s+|текущего\s+)?года)")


def _year(text: str, s_start: int, s_end: int, amount: Amount, others: list[Amount],
          published: date | None, period: str | None,
          base_year: int | None = None) -> int | None:
    """Year of the nearest year expression in the sentence that belongs to this amount.

    A mention after the amount counts only inside its clause (no comma or dash between) and
    when it is not closer to the next amount. With none, a partial period («за I квартал»,
    «в январе–сентябре») fixes the publication year (the previous one if the period ends after
    the publication month, or «по итогам года» is read in January–February).
    """
    cands: list[tuple[int, int | None]] = []  # (distance, year or None for spans/horizons)
    spans = [(o.start, o.end) for o in others]
    published_year = published.year if published else None
    for m_start, m_end, ys, y, pre, is_span, has_word in _year_mentions(text, s_start, s_end):
        if any(s <= ys < e for s, e in spans):
            continue  # a number inside an amount
        if not pre and not has_word:
            continue  # «2024 трактора»: a bare number is not a year
        if _YEAR_COMPARED.search(text, max(s_start, m_start - 25), m_start):
            continue  # «по сравнению с 2022 годом», «к уровню 2021 года»: a base, not the year
        year: int | None = y
        if (is_span or _YEAR_SPAN_AFTER.match(text, m_end) or pre in ("до", "с", "со")
                or _YEAR_SPAN_BEFORE.search(text, max(0, ys - 20), ys)):
            year = None  # multi-year spans («с 2021 по 2024 год») and horizons fix no year
        dist = _distance(m_start, m_end, amount, spans, text)
        if dist is not None:
            cands.append((dist, year))
    explicit = [y for _, y in cands if y is not None]
    # _YEAR_EARLIER and _YEAR_IMPLICIT need the letters «год»; two sentences in three have
    # none, so their (slow, case-insensitive) scans are skipped there. upper() keeps this
    # exact: sre's IGNORECASE matches just the characters whose upper case is «Г», «О», «Д».
    year_word = "ГОД" in text[s_start:s_end].upper()
    for m in (_YEAR_EARLIER.finditer(text, s_start, s_end) if year_word else ()):
        # «… против убытка в 3,4 млн годом ранее»: the year before the sentence's own year.
        dist = _distance(m.start(), m.end(), amount, spans, text)
        base = explicit[0] if explicit else base_year or published_year
        if dist is not None and base is not None:
            cands.append((dist - 1, base - 1))
    if published_year is not None and "год" in text[s_start:s_end].lower():
        for m in _RELATIVE.finditer(text, s_start, s_end):
            for i, (_, offset) in enumerate(RELATIVE_YEARS):
                if m.group(f"r{i}") is not None:
                    dist = _distance(m.start(), m.end(), amount, spans, text)
                    if dist is not None:
                        cands.append((dist, published_year + offset))
                    break
    if cands:
        return min(cands, key=lambda c: c[0])[1]
    if published is None:
        return None
    if period is not None and period != "с начала года":
        last = _period_last_month(period)
        if last is not None and last > published.month:
            return published.year - 1
        return published.year
    dated = _DATE_NO_YEAR.search(text, s_start, s_end)
    if dated and dated.start() > 0 and text[dated.start() - 1].isalnum():
        dated = None  # «цена 5 января»: not the preposition «на»
    if dated and _distance(dated.start(), dated.end(), amount, spans, text) is not None:
        # «на 1 июля составил»: a stock at a date of the publication year (or the last one)
        month = _MONTH_NAMES.index(_month_name(dated.group("mon"))) + 1
        return published.year - 1 if month > published.month else published.year
    implicit = _YEAR_IMPLICIT.search(text, s_start, s_end) if year_word else None
    if implicit:
        if implicit.group().lower().startswith("до"):
            return published.year  # «до конца года»: this year
        return published.year - 1 if published.month <= 2 else published.year
    return None


def _period_last_month(period: str) -> int | None:
    if "–" in period:
        name = period.split("–")[1]
        return _MONTH_NAMES.index(name) + 1 if name in _MONTH_NAMES else None
    if period in _MONTH_NAMES:
        return _MONTH_NAMES.index(period) + 1
    head = period.split()[0]
    if period.endswith("месяцев") and head.isdigit():
        return int(head)
    quarters = {"I": 3, "II": 6, "III": 9, "IV": 12}
    if period.endswith("квартал"):
        return quarters.get(head)
    if period.endswith("полугодие"):
        return {"I": 6, "II": 12}.get(head)
    return None


def _distance(start: int, end: int, amount: Amount, spans: list[tuple[int, int]],
              text: str) -> int | None:
    """Characters between a mention and the amount (None: the mention is not this amount's).

    Before the amount: far away if another amount lies between. After it: only in the same
    clause, and not when the mention is closer to a following amount.
    """
    if end <= amount.start:
        dist = amount.start - end
        if any(end <= s < amount.start for s, _ in spans):
            dist += 1000
        elif any(e <= start and not _CLAUSE_MARK.search(text, e, start) for _, e in spans) and (
                _CLAUSE_MARK.search(text, end, amount.start)):
            # «1 млрд … в конце 2021 года, еще 500 млн — в начале 2022-го»: the earlier
            # amount's year; still the best when this amount has none of its own
            dist += 500
        return dist
    gap = text[amount.end:start]
    if any(ch in gap for ch in ",;:()") or (
            (" – " in gap or " — " in gap) and not _ELLIPTIC_DASH.fullmatch(gap)):
        return None
    dist = max(start - amount.end, 0) + 5  # prefer a mention before the amount
    nxt = [s for s, _ in spans if s >= end]
    if nxt and min(nxt) - end < start - amount.end and not _CLAUSE_MARK.search(
            text, end, min(nxt)):
        return None
    if any(amount.end <= s < start for s, _ in spans):
        return None
    return dist


# --------------------------------------------------------------------------- period
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "перв": "I", "втор": "II", "трет": "III",
          "четв": "IV", "i": "I", "ii": "II", "iii": "III", "iv": "IV"}
_SPELLED_MONTHS = {"два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4,
                   "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7,
                   "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
                   "десять": 10, "десяти": 10, "одиннадцать": 11, "одиннадцати": 11}
_PERIOD = re.compile(
    r"(?i)(?<![\w-])(?:"
    r"(?P<m1>" + _MONTH_RE + r")[ \u00a0]*[-–—][ \u00a0]*(?P<m2>" + _MONTH_RE + r")"
    r"|(?P<n>\d{1,2}|" + "|".join(_SPELLED_MONTHS) + r")[ \u00a0]+месяц\w*"
    r"|(?P<q>IV|I{1,3}|[1-4]|перв|втор|трет|четв[её]рт)\w*(?:-?(?:м|й|го|ом))?[ \u00a0]*кв(?:артал\w*|\.)"
    r"|(?P<h>I{1,2}|[12]|перв|втор)\w*(?:-?(?:м|е|ое|ом))?[ \u00a0]+полугоди\w*"
    r"|(?P<half>за[ \u00a0]+(?:полгода|полугодие))"
    r"|(?P<qs>два|двух|три|трех|трёх)[ \u00a0]+квартал\w*"
    r"|(?P<ytd>с[ \u00a0]+начала[ \u00a0]+(?:текущего[ \u00a0]+|этого[ \u00a0]+)?года)"
    r"|(?:в|за)[ \u00a0]+(?P<m>" + _MONTH_RE + r")(?![ \u00a0]*[-–—][ \u00a0]*" + _MONTH_RE + ")"
    r")")


_PERIOD_HINT = re.compile(
    r"месяц|квартал|кв\.|полугод|полгода|начала|январ|феврал|март|апрел|ма[йяе]|июн|июл"
    r"|август|сентябр|октябр|ноябр|декабр")


def _month_name(word: str) -> str:
    low = word.lower()
    if low.startswith("ма") and not low.startswith("март"):
        return "май"
    for stem, name in zip(_MONTHS, _MONTH_NAMES, strict=True):
        if stem != "ма" and low.startswith(stem):
            return name
    return low


def _period(text: str, s_start: int, s_end: int, amount: Amount,
            others: list[Amount]) -> str | None:
    spans = [(o.start, o.end) for o in others]
    best: tuple[int, str] | None = None
    if not _PERIOD_HINT.search(text[s_start:s_end].lower()):
        return None
    for m in _PERIOD.finditer(text, s_start, s_end):
        if m.group("m1"):
            label = f"{_month_name(m.group('m1'))}–{_month_name(m.group('m2'))}"
        elif m.group("n"):
            n = m.group("n").lower()
            months = int(n) if n.isdigit() else _SPELLED_MONTHS[n]
            if months >= 12:
                continue
            label = f"{months} месяцев"
        elif m.group("q"):
            label = f"{_ROMAN[_roman_key(m.group('q'))]} квартал"
        elif m.group("h"):
            label = f"{_ROMAN[_roman_key(m.group('h'))]} полугодие"
        elif m.group("qs"):
            label = "6 месяцев" if m.group("qs").lower().startswith("дв") else "9 месяцев"
        elif m.group("half"):
            label = "6 месяцев"
        elif m.group("ytd"):
            label = "с начала года"
        else:
            label = _month_name(m.group("m"))
        dist = _distance(m.start(), m.end(), amount, spans, text)
        if dist is None:
            continue
        if best is None or dist < best[0]:
            best = (dist, label)
    return best[1] if best else None


def _roman_key(raw: str) -> str:
    low = raw.lower()
    if low in _ROMAN:
        return low
    return low[:4]


# --------------------------------------------------------------------------- region
_CAPITALS_AS_COUNTRIES = re.compile(r"Москв\w*[^.]{0,40}Минск|Минск\w*[^.]{0,40}Москв")


_LOWER_WORD = re.compile(r"[а-яa-z]+(?:-[а-яa-z]+)*")
_LOWER_PART = re.compile(r"[а-яa-z]+")


_CAPITAL_NEXT = re.compile(r"\.?[ \u00a0]+[«\"]?[A-ZА-ЯЁ]")
_REGION_WINDOW = 60  # characters: the longest region names have four words


@lru_cache(maxsize=1)
def _russian_set() -> frozenset[str]:
    from analysis import entities

    return frozenset(entities.RUSSIAN_REGIONS)


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str] | None:
    """First words of Russian region names: a sentence with none of them is not scanned."""
    from analysis import entities

    return entities.russian_region_first_words() or None


@lru_cache(maxsize=1)
def _region_prefilter() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """(first words longer than two letters, a pattern for the short ones before a capital).

    Short first words («в Кирове», «г. Королев») are common prepositions and abbreviations:
    they only count when a capitalised word follows.
    """
    words = _region_words() or frozenset()
    short = sorted(w for w in words if len(w) <= 2)
    pattern = None
    if short:
        def cased(w: str) -> str:
            return "".join(f"[{c}{c.upper()}]" for c in w)

        tail = r"\.?[ \u00a0]+[«\"]?[A-ZА-ЯЁ]"
        if len({w[0] for w in short}) == 1:
            # One first letter («в», «во»): the same matches, but the pattern opens with a
            # character class, so sre scans for it fast; the word-start look-behind moves
            # behind that first letter (it checks the character before it).
            rests = "|".join(cased(w[1:]) for w in short)
            pattern = re.compile(cased(short[0][0]) + r"(?<![\w-].)(?:" + rests + ")" + tail)
        else:
            pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(cased, short)) + ")" + tail)
    return frozenset(w for w in words if len(w) > 2), pattern


def _russian_regions(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(position, normal name) of the Russian regions named in text[start:end]."""
    try:
        from analysis import entities
    except ImportError:  # entities not available: no regions rather than a crash
        return []
    chunk = text[start:end]
    words = _region_words()
    russian = _russian_set()
    if words is None:
        windows = [(0, len(chunk))]
    else:
        # Scan only short windows starting at words that can begin a Russian region name.
        low = chunk.lower().replace("ё", "е")
        long_words, short_before_capital = _region_prefilter()
        if long_words.isdisjoint(_LOWER_PART.findall(low)) and (
                "-" not in low or long_words.isdisjoint(_LOWER_WORD.findall(low))) and not (
                short_before_capital and short_before_capital.search(chunk)):
            return []  # the common case, decided in C
        windows = []
        for m in _LOWER_WORD.finditer(low):
            w = m.group()
            if w in words or ("-" in w and any(p in words for p in w.split("-"))):
                if len(w) <= 2 and not _CAPITAL_NEXT.match(chunk, m.end()):
                    continue  # «в Кирове», «г. Королев»: a short word opens a name only
                    # before a capital (the common «в», «г» would open a window everywhere)
                a, b = m.start(), min(len(chunk), m.start() + _REGION_WINDOW)
                if windows and a <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], b)
                else:
                    windows.append((a, b))
    found = [(start + a + e.start, e.normal) for a, b in windows
             for e in entities.find_regions(chunk[a:b])
             if e.type == "region" and e.normal in russian]
    if _CAPITALS_AS_COUNTRIES.search(chunk):
        # «Москва и Минск договорились…»: the capitals stand for the two countries.
        found = [f for f in found if f[1] != "Москва"]
    return found


def _region(ctx: _Context, sents: list[tuple[int, int]], idx: int, amount: Amount,
            metric: str) -> tuple[str | None, float]:
    """(region, confidence penalty)."""
    s_start, s_end = sents[idx]
    own = ctx.regions(s_start, s_end)
    if own:
        _, name = min(own, key=lambda r: abs(r[0] - amount.start))
        return name, 0.0
    if metric not in LOCAL_METRICS:
        return None, 0.0
    if idx > 0:  # `sents` is one paragraph: the previous sentence is in the same one
        prev = {name for _, name in ctx.regions(*sents[idx - 1])}
        if len(prev) == 1:
            return prev.pop(), 0.1
    lead = ctx.lead
    if len(lead) == 1:
        return lead[0], 0.2
    return None, 0.0


# --------------------------------------------------------------------------- facts
def describe(article: Article, amounts: list[Amount] | None = None) -> list[Fact]:
    """A `Fact` for each amount of the article (found with `find_amounts` if not given)."""
    text = article.text
    if amounts is None:
        amounts = find_amounts(text)
    if not amounts:
        return []
    ctx = _Context(text)
    facts: list[Fact] = []
    for amount in amounts:
        sents, si = ctx.sentence_index(amount.start)
        s_start, s_end = sents[si]
        others = [o for o in amounts if o.end > s_start and o.start < s_end]
        metric, score = _metric(text, s_start, s_end, amount, others)
        prev = facts[-1] if facts else None
        same_sentence = prev is not None and prev.sentence.start == s_start
        prev_sentence = prev is not None and si > 0 and prev.sentence.start == sents[si - 1][0]
        if score == 99:
            on = _goes_on(text, s_start, amount, si)
            if prev is not None and (same_sentence or (prev_sentence and on)
                                     or _continues(text, amount, prev, s_start, sents, si)):
                # «Экспорт составил $5 млрд. А в 2023 году — около 4 миллиардов.», «Годом
                # ранее он был …»: a sentence with no cue of its own continues the previous
                # figure's metric.
                metric, score = prev.metric, _INHERITED_SCORE
            elif on:  # «… внешнеторгового оборота. За шесть месяцев он составил …»
                p_start, p_end = sents[si - 1]
                here = Amount(p_end, p_end, "", 0.0, "", "exact")
                cue, cue_score, _ = _metric_cues(text, p_start, p_end, here, [])
                if cue_score != 99:
                    metric, score = cue, _INHERITED_SCORE
        if same_sentence and _COORDINATED.fullmatch(text, prev.amount.end, amount.start):  # type: ignore[union-attr]
            metric, score = prev.metric, min(score, _INHERITED_SCORE)  # type: ignore[union-attr]
            # «кредит на €40 млн и $25 млн»: coordinated amounts share their cue
        period = _period(text, s_start, s_end, amount, others)
        # «Годом ранее …» counts back from the figure just reported, if there is one
        year = _year(text, s_start, s_end, amount, others, article.published, period,
                     prev.year if same_sentence or prev_sentence else None)  # type: ignore[union-attr]
        if (year is None and period is None and (same_sentence or si > 0)
                and not _has_time_words(text, s_start, s_end)):
            # No time of its own: «экспорт — …, импорт — …», «Экспорт — $1,1 млрд.»,
            # «Взаимная торговля за этот период …» take the time of what came just before.
            if same_sentence:
                year, period = prev.year, prev.period  # type: ignore[union-attr]
            elif _goes_on(text, s_start, amount, si):
                if prev_sentence:
                    year, period = prev.year, prev.period  # type: ignore[union-attr]
                else:
                    p_start, p_end = sents[si - 1]
                    here = Amount(p_end, p_end, "", 0.0, "", "exact")
                    period = _period(text, p_start, p_end, here, [])
                    year = _year(text, p_start, p_end, here, [], article.published, period)
        if year is not None and _CHANGE_FROM.search(text, max(s_start, amount.start - 4),
                                                    amount.start) and any(
                _CHANGE_TO.fullmatch(text, amount.end, o.start) for o in others):
            year -= 1  # «в 2022 году вырос с 390 млн до 520 млн»: the level it grew from
        region, region_penalty = _region(ctx, sents, si, amount, metric)
        confidence = _confidence(amount, metric, score, region_penalty)
        facts.append(Fact(amount, metric, year, period, region,
                          FactSentence(s_start, s_end, text[s_start:s_end]), confidence))
    return facts


_CHANGE_FROM = re.compile(r"(?i)(?<!\w)(?:с|со)[ \u00a0]+\Z")
_CHANGE_TO = re.compile(r"(?i)[ \u00a0]+до[ \u00a0]+")
_INHERITED_SCORE = 8  # counts as a weak cue for the confidence
_COORDINATED = re.compile(r"[ \u00a0]*(?:и|или)[ \u00a0]+")


def _goes_on(text: str, s_start: int, amount: Amount, si: int) -> bool:
    """Does the amount's sentence go on about the previous one («он», «при этом», «за этот
    период», an elliptic «Экспорт — $1,1 млрд», a borrowed currency)?"""
    return si > 0 and (amount.implied_currency or bool(
        _CONTINUATION.search(text, s_start, amount.end)
        or _ELLIPTIC.fullmatch(text, s_start, amount.start)))

# A sentence that goes on about the previous one: a subject pronoun, «при этом», «за этот
# период»… (before the amount), or an elliptic «Экспорт — $1,1 млрд».
_CONTINUATION = re.compile(
    r"(?i)(?<![\w-])(?:он|она|оно|они|его(?=[ \u00a0]+(?:до|на|в|к)[ \u00a0])"
    r"|(?:этот|данный|указанный)[ \u00a0]+показатель|эта[ \u00a0]+сумма|при[ \u00a0]+этом"
    r"|из[ \u00a0]+них|из[ \u00a0]+которых|в[ \u00a0]+том[ \u00a0]+числе"
    r"|(?:за|в)[ \u00a0]+(?:этот|тот[ \u00a0]+же|этот[ \u00a0]+же|указанный|данный)"
    r"[ \u00a0]+период\w*)(?![\w-])")
_ELLIPTIC = re.compile(r"[^\d,;.!?—–:]{1,40}?[ \u00a0]*[—–:][ \u00a0]*")
# Any time expression of the sentence's own: then nothing is inherited.
_TIME_STEMS = ("год", "месяц", "квартал", "полугод", "полгода")


def _has_time_words(text: str, start: int, end: int) -> bool:
    low = text[start:end].lower()
    return any(w in low for w in _TIME_STEMS) or bool(_YEAR_DIGITS.search(low))


# «Из них …», «В том числе …»: a sentence that continues the previous figure.
_ANAPHORIC_OPENER = re.compile(
    r"(?i)(?:из\s+них|из\s+которых|в\s+том\s+числе|из\s+этой\s+суммы|из\s+этого\s+объема"
    r"|при\s+этом|а\s|еще\s|ещё\s|для\s+сравнения)")


def _continues(text: str, amount: Amount, prev: Fact, s_start: int,
               sents: list[tuple[int, int]], si: int) -> bool:
    """Does this amount continue the previous one: same sentence, or the next sentence of the
    paragraph when it is elliptic (a borrowed currency) or opens with «Из них», «А», …?"""
    if prev.sentence.start == s_start:
        return True
    if si == 0 or prev.sentence.start != sents[si - 1][0]:
        return False
    return amount.implied_currency or bool(_ANAPHORIC_OPENER.match(text, s_start))


class _Context:
    """Per-article caches: sentences of each paragraph, regions of each sentence, the lead."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._paragraphs: dict[int, list[tuple[int, int]]] = {}
        self._regions: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self._lead: list[str] | None = None

    def sentence_index(self, pos: int) -> tuple[list[tuple[int, int]], int]:
        """Sentences of the paragraph holding `pos`, and the index of the one holding it."""
        text = self.text
        p_start = text.rfind("\n", 0, pos) + 1
        sents = self._paragraphs.get(p_start)
        if sents is None:
            p_end = _line_end(text, pos)
            sents = [(p_start + a, p_start + b) for a, b in split_sentences(text[p_start:p_end])]
            sents = sents or [(p_start, p_end)]
            self._paragraphs[p_start] = sents
        for i, (_, e) in enumerate(sents):
            if pos < e:
                return sents, i
        return sents, len(sents) - 1

    def regions(self, start: int, end: int) -> list[tuple[int, str]]:
        key = (start, end)
        found = self._regions.get(key)
        if found is None:
            found = self._regions[key] = _russian_regions(self.text, start, end)
        return found

    @property
    def lead(self) -> list[str]:
        if self._lead is None:
            self._lead = sorted({name for _, name in self.regions(0, _lead_end(self.text))})
        return self._lead


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _lead_end(text: str) -> int:
    """End of the headline plus the first paragraph (the lead)."""
    first = text.find("\n")
    if first < 0:
        return len(text)
    second = text.find("\n", first + 1)
    return len(text) if second < 0 else second


def _confidence(amount: Amount, metric: str, score: int, region_penalty: float) -> float:
    """How far a briefing can trust the row: explicit currency, a strong nearby metric cue."""
    conf = 0.95
    if amount.implied_currency:
        conf -= 0.25
    if metric == "other" and score == 99:
        conf -= 0.15  # no cue at all
    elif score > 6:
        conf -= 0.1  # a weak or distant cue
    conf -= region_penalty
    return round(max(conf, 0.1), 2)


# --------------------------------------------------------------------------- table
def amounts_frame(articles: Iterable[Article], currency: str = "USD",
                  rates: Rates | None = None) -> pd.DataFrame:
    """One row per amount, with original-file offsets and the value in `currency`."""
    from analysis.money.fx import Rates

    rates = rates or Rates.load()
    rows: list[dict[str, Any]] = []
    for article in articles:
        published_year = article.published.year if article.published else None
        for fact in describe(article):
            a = fact.amount
            start, end = article.original_span(a.start, a.end)
            s_start, s_end = article.original_span(fact.sentence.start, fact.sentence.end)
            conv = rates.convert_for(a.value, a.currency, currency, fact.year, published_year)
            rows.append({
                "article_id": article.article_id, "file": article.file, "start": start,
                "end": end, "surface": a.surface, "value": a.value, "currency": a.currency,
                "qualifier": a.qualifier, "value_low": a.value_low, "value_high": a.value_high,
                "implied_currency": a.implied_currency, "metric": fact.metric,
                "year": fact.year, "period": fact.period, "region": fact.region,
                "sentence": fact.sentence.text, "sentence_start": s_start,
                "sentence_end": s_end, "confidence": fact.confidence,
                "converted_value": conv.value, "converted_currency": currency,
                "fx_rate": conv.rate, "fx_year": conv.year, "fx_source": conv.source,
                "fx_note": conv.note,
            })
    frame = pd.DataFrame(rows, columns=AMOUNT_COLUMNS)
    for col in ("year", "fx_year"):
        frame[col] = frame[col].astype("Int64")
    for col in ("value", "value_low", "value_high", "converted_value", "fx_rate", "confidence"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
    return frame
