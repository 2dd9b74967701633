"""A figure of the year in progress told in the past is the year so far, not a forecast.

The figures stage reads a trade or output figure for the year of publication, with no period
of its own, as a forecast (`mentions.forecast_of`: a whole year cannot be known before it
ends): «В 2025 году товарооборот составит …» and a nominal «Товарооборот 2025 года — …» are.
But a sentence that tells the money in the past — «Всего в этом году хозяйство продало в
Брянскую область тёлок на 4,9 млрд рублей» in September, «в этом году хозяйство реализовало
пушнины на экспорт на 7,9 млн долларов» in December — reports what was done by the day it was
written: the year so far. The briefing showed such sales as «план/прогноз». Such a figure is
given the period «с начала года» (`YEAR_SO_FAR`, the label the money stage gives «с начала
года»), so it goes to the tables of part of a year, out of the full-year series, as a result.
The past is read in the amount's own clause (`money.forecast.says_in_past`), so «Завод,
открытый в этом году, выпустит продукции на …» stays a plan; a clause with no verb of its own
(«…, из них на российских аукционах — на 5,4 млн») takes the verb of the clauses before it.
"""

from __future__ import annotations

from datetime import date

from analysis.lang import parse
from analysis.lang.case import fold_case, fold_yo
from analysis.lazypattern import lazy_compile
from analysis.money.forecast import says_in_past
from analysis.plaintable import is_missing

__all__ = ["YEAR_SO_FAR", "told_so_far"]

YEAR_SO_FAR = "с начала года"
_CLAUSE_MARK = lazy_compile(r"[,;:()]")
_WORD = lazy_compile(r"[а-я]+")


def _clause(sentence: str, at: int) -> tuple[int, int]:
    """The clause of `sentence` around position `at` (between clause marks)."""
    starts = [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, at)]
    after = _CLAUSE_MARK.search(sentence, at)
    return (starts[-1] if starts else 0), (after.start() if after else len(sentence))


def told_so_far(row: dict, stated: object) -> bool:
    """Is the row (a mention the date rule of `forecast_of` made a forecast) a figure of the
    year of publication told in the past in its own clause? `row` holds year, published,
    period, sentence and, when known, start and sentence_start (offsets in one text)."""
    if stated is not None and not is_missing(stated) and bool(stated):
        return False  # the money stage read a plan in the words themselves
    year, when, period = row.get("year"), row.get("published"), row.get("period")
    if is_missing(year) or when is None or is_missing(when) or not isinstance(when, date):
        return False
    if not (period is None or is_missing(period) or period == "") or int(year) != when.year:
        return False
    sentence = row.get("sentence")
    if not isinstance(sentence, str) or not sentence:
        return False
    start, s_start = row.get("start"), row.get("sentence_start")
    at = (int(start) - int(s_start)) if not (is_missing(start) or is_missing(s_start)) else -1
    lo, hi = _clause(sentence, at) if 0 <= at <= len(sentence) else (0, len(sentence))
    folded = fold_yo(fold_case(sentence))
    if not any(_is_verb(w) for w in _WORD.findall(folded, lo, hi)):
        lo = 0  # (an elliptic clause: the verb of the clauses before it)
    return says_in_past(folded, lo, hi)


def _is_verb(word: str) -> bool:
    tag = parse(word).tag
    return tag.POS in ("VERB", "PRTS")
