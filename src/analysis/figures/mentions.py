"""Money mentions (rows of `amounts`) made ready for consolidation.

`mention_ids(amounts)` gives every amounts row a stable id, `<article_id>@<start>-<end>` (the
mention's original-file offsets: unchanged however often the corpus is extracted; an
article's amounts do not share a span, and if two ever did the second would get «/2»).

`prepare(amounts, articles)` adds what the value rule and the conflict test read:

- `period`: one label per span of months (`analysis.money.canonical_period`: «9 месяцев» and
  «январь–сентябрь» are one period);
- `published`: the article's publication date, at the end of its precision;
- `forecast`: the money stage's `forecast` column when it has one (absent means False), or a
  statement made before its period was over: a full-year figure for a year that had not
  ended when the article came out («по итогам года товарооборот составит…», a December
  article's «за год» that covers ten months) — a forecast or an estimate, never the result;
- `source_kind`, `source_rank`: the kind of source the sentence names (`rules.source_kind`);
- `qualifier_rank` (exact beats approximate), `stated` (the currency is written, not implied);
- `low`, `high`: the values the statement allows given its own precision: «46,2 млрд» allows
  46.15–46.25, «около 46 млрд» 45.5–46.5, «более 45 млрд» anything above 45, «до 40» up to 40;
- `change`: the sentence tells the amount as a change from another figure («что на 50,8 млн
  долларов больше», «вырос на 120 млн»), not a level;
- `contrasted`: the value a «не X, а Y» contrast corrects away («составлял не 8,4 млрд, как
  было указано, а 9,1 млрд»): no figure, nor is a mention agreeing with it elsewhere a source;
- `partial_words`: the partial period a full-year sentence names («за январь–ноябрь»), unless
  those words open another figure of the sentence («…, а за первый квартал — 11,9 млрд»);
- `usd`: the value in US dollars (for plausibility; bounds are set in USD);
- `scope`: national (no region), regional, the pair's trade abroad, or one Belarusian oblast's
  trade (the sentence, else its article's title, writes the oblast as the side:
  `analysis.figures.scope`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

from analysis.figures.bounds import interval_of, usd_of
from analysis.figures.duplicates import latest_possible_dates
from analysis.figures.records import iter_column, iter_records, plain_columns
from analysis.figures.rules import FigureRules, figure_rules
from analysis.figures.scope import mention_scopes
from analysis.figures.so_far import YEAR_SO_FAR, told_so_far
from analysis.money import Rates, canonical_period
from analysis.plaintable import is_missing
from analysis.vocab import NATIONAL, TRADE_METRICS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["KEPT_PART", "ROW_COLUMNS", "KeptRows", "changes_of", "contrasts_of", "fits", "forecast_of",
           "interval_of", "mention_ids", "partial_words_of", "prepare", "usd_of", "values_by_article",
           "with_areas"]

def mention_ids(amounts: pd.DataFrame) -> pd.Series:
    """The stable id of every amounts row (see the module docstring)."""
    import pandas as pd

    if amounts.empty:
        return pd.Series([], dtype="object", index=amounts.index)
    ids = (amounts["article_id"].astype(str) + "@" + amounts["start"].astype("Int64").astype(str)
           + "-" + amounts["end"].astype("Int64").astype(str))
    # Two facts of one span would share an id; the second becomes «…/2» (never seen so far).
    repeat = ids.groupby(ids).cumcount()
    return ids.where(repeat == 0, ids + "/" + (repeat + 1).astype(str))


# The figures that are a period's total, so a year's one stated before the year ended is a
# forecast or an estimate: trade and output. An investment, credit or deal told in its own
# year is a sum done or promised, which the money stage's `forecast` already says («в 2025
# году в проекты уже вложено 4,7 млрд» is no plan; a new user's text, session 20).
PERIOD_TOTALS = frozenset(TRADE_METRICS) | {"production"}
_DECEMBER = 12


def forecast_of(row: dict, stated: object) -> bool:
    if stated is not None and not is_missing(stated) and bool(stated):
        return True
    year, when = row["year"], row["published"]
    if is_missing(year) or is_missing(when) or row.get("metric") not in PERIOD_TOTALS:
        return False
    if (row.get("metric") == "production" and stated is not None and not is_missing(stated)
            and _empty(row["period"]) and when.year == int(year) and when.month == _DECEMBER):
        # a year's output told in the past at the year's close («БРЯНСК, 30 декабря. В 2025
        # году собрано 150 комбайнов … Объём произведённой продукции составил 2 млрд»): the
        # year's count, not an estimate (session 25's new user)
        return False
    # A full-year figure stated before its year ended, or any figure stated for a later year.
    return when.year <= int(year) if _empty(row["period"]) else when.year < int(year)


def _partial_words(out: pd.DataFrame, rules: FigureRules) -> list[str | None]:
    """For each full-year mention, the partial period its sentence names, unless that period
    opens another figure of the sentence: in «в прошлом году товарооборот превысил 480 млн
    долларов, а за первый квартал текущего года составил около 118 млн» the quarter is the
    118 million's (a mention with a period is the next amount after the words, and this
    mention stands before them). Rows are positions in the columns: only the sentences that
    name a partial period have their mentions gathered (a dict a row cost ~0.5 KB)."""
    if not {"sentence_start", "start", "end"} <= set(out.columns):  # no offsets: the sentence alone
        return [rules.partial_period_in(str(s)) if _empty(p) else None
                for s, p in zip(out["sentence"].fillna(""), out["period"], strict=True)]
    col = plain_columns(out[["article_id", "sentence_start", "start", "end", "period"]])
    return partial_words_of(col, iter_column(out["sentence"]), rules)


def partial_words_of(col: dict[str, list], sentences: Iterable[object],
                     rules: FigureRules) -> list[str | None]:
    """`_partial_words` of plain columns (`article_id`, `sentence_start`, `start`, `end`,
    `period`: pandas' values of a row's cells) and the rows' sentences."""
    article, sentence_start, period = col["article_id"], col["sentence_start"], col["period"]
    named: list[tuple[int, list[re.Match[str]]]] = []  # (row, the partial periods it names)
    for pos, (sentence, own) in enumerate(zip(sentences, period, strict=True)):
        if not _empty(own) or not isinstance(sentence, str) or not sentence:
            continue
        found = list(rules.partial_periods_in(sentence))
        if found:
            named.append((pos, found))
    words: list[str | None] = [None] * len(period)
    if not named:
        return words
    # the same keys as the rows' own (an unknown offset is NaN: a key only its own row finds)
    wanted = {(article[pos], sentence_start[pos]) for pos, _ in named}
    by_sentence: dict[tuple, list[int]] = {}
    for pos, key in enumerate(zip(article, sentence_start, strict=True)):
        if key in wanted:
            by_sentence.setdefault(key, []).append(pos)
    for pos, found in named:
        offset = sentence_start[pos] if not is_missing(sentence_start[pos]) else 0
        mentions = sorted(by_sentence[(article[pos], sentence_start[pos])], key=lambda o: col["start"][o])
        words[pos] = next((m.group(0) for m in found
                           if not _opens_another(m.end() + offset, pos, mentions, col)), None)
    return words


def _changes(out: pd.DataFrame, rules: FigureRules,
             flags: Callable[[Iterable[dict], FigureRules], list[bool]] | None = None) -> list[bool]:
    """For each mention, whether its sentence tells it as a change from another figure
    («что на 50,8 млн долларов больше», «вырос на 120 млн»), not as a level (or another
    reading of its sentence around it: `flags`, `changes_of` by default)."""
    if "sentence" not in out:
        return [False] * len(out)
    cols = [c for c in ("sentence", "sentence_start", "start", "surface") if c in out]
    return (flags or changes_of)(iter_records(out[cols]), rules)


def changes_of(rows: Iterable[dict], rules: FigureRules) -> list[bool]:
    """`_changes` of plain rows (`sentence`, `sentence_start`, `start`, `surface`: pandas'
    values of the cells; a key a row lacks is missing)."""
    return [sides is not None and rules.is_change(*sides) for sides in map(_around, rows)]


def contrasts_of(rows: Iterable[dict], rules: FigureRules) -> list[bool]:
    """For each mention (rows as `changes_of` reads them), whether it is the value a «не X,
    а Y» contrast corrects away: no figure, and no other mention agreeing with it is a source
    (`analysis.figures.consolidate`)."""
    return [sides is not None and rules.is_contrasted(*sides) for sides in map(_around, rows)]


def _around(row: dict) -> tuple[str, str] | None:
    """A mention's sentence before and after its surface (None when it is not found there)."""
    sentence = row["sentence"] if isinstance(row["sentence"], str) else ""
    surface = row.get("surface") if isinstance(row.get("surface"), str) else ""
    at = -1
    if not is_missing(row.get("sentence_start")) and not is_missing(row.get("start")):
        at = int(row["start"]) - int(row["sentence_start"])
        at = at if sentence[at:at + len(surface)] == surface else -1
    at = sentence.find(surface) if at < 0 and surface else at
    return (sentence[:at], sentence[at + len(surface):]) if at >= 0 else None


def _opens_another(words_end: int, row: int, mentions: list[int], col: dict[str, list]) -> bool:
    """True when the first amount after the period's words (at `words_end`) is another
    mention with a period of its own, and `row` stands before the words or after that
    mention («За январь–сентябрь … достиг 940 млн, и до конца года рассчитываем выйти на 1,2
    млрд»: the words are the first figure's, new user 31) (rows by position in the columns
    `col`)."""
    following = next((o for o in mentions if col["start"][o] >= words_end), None)
    return (following is not None and following != row and not _empty(col["period"][following])
            and (col["end"][row] <= words_end or col["start"][row] > col["start"][following]))


def _empty(value: object) -> bool:
    return value is None or (not isinstance(value, str) and is_missing(value)) or value == ""


# The columns `prepare` makes one row at a time, in the order it adds them (`stated` is made
# of a whole column). A row's values depend on its own article only (its rows, its date):
# an article's values are the same whatever else the corpus holds.
ROW_COLUMNS = ("period", "published", "forecast", "source_kind", "source_rank", "qualifier_rank",
               "low", "high", "partial_words", "change", "contrasted", "usd", "scope", "area")
KEPT_PART = 2000  # articles whose kept values are read (or made) at a time


class KeptRows(Protocol):
    """The values of `ROW_COLUMNS` an earlier run made for an article's rows, by article id
    (`analysis.tables.derived.ShelvedRows`: kept beside the article's cached result)."""

    def get(self, article_ids: list[str]) -> dict[str, dict[str, list]]: ...

    def put(self, article_id: str, values: dict[str, list]) -> None: ...


def prepare(amounts: pd.DataFrame, articles: pd.DataFrame, rules: FigureRules | None = None,
            rates: Rates | None = None, kept: KeptRows | None = None) -> pd.DataFrame:
    """A copy of `amounts` (with `mention_id`) and the columns the module docstring lists.
    `kept`: each article's row values made by an earlier run, read instead of made again
    (an article not there is made here and kept)."""
    import pandas as pd

    rules = rules or figure_rules()
    rates = rates or Rates.load()
    out = amounts.copy()
    out["mention_id"] = mention_ids(out)
    dates = dict(zip(articles["article_id"].astype(str), latest_possible_dates(articles), strict=True))
    titles = _titles(articles)
    if out.empty:
        out["period"] = [canonical_period(p) for p in out["period"]]
        out["published"] = [dates.get(a, pd.NaT) for a in out["article_id"].astype(str)]
        for col in ("forecast", "source_kind", "source_rank", "qualifier_rank", "stated", "low",
                    "high", "partial_words", "change", "contrasted", "usd", "scope", "area"):
            out[col] = pd.Series(dtype="object")
        return out
    runs = _article_runs(out) if kept is not None else None
    if kept is None or runs is None:
        values = _row_values(out, dates, titles, rules, rates)
    else:
        values = values_by_article(runs, kept, lambda rows: _row_values(
            out.iloc[rows].copy(), dates, titles, rules, rates))
    for col in ROW_COLUMNS:
        out[col] = values[col]
        if col == "qualifier_rank":
            out["stated"] = ~out["implied_currency"].fillna(False).astype(bool)
    out["region"] = with_areas(out["region"], out["area"], out["scope"])
    return out


def _titles(articles: pd.DataFrame) -> dict[str, object]:
    """Each article's title by id (none when the table has no titles)."""
    if "title" not in articles:
        return {}
    return dict(zip(articles["article_id"].astype(str), iter_column(articles["title"]), strict=True))


def _row_values(out: pd.DataFrame, dates: dict, titles: dict, rules: FigureRules,
                rates: Rates) -> dict[str, list]:
    """The values of `ROW_COLUMNS` for the rows of `out` (whole articles; `out` is a copy
    this may change: its period and date columns are set as `prepare` sets them)."""
    import pandas as pd

    # one label per span: «9 месяцев» and «январь–сентябрь» are one figure's period
    out["period"] = period = [canonical_period(p) for p in out["period"]]
    out["published"] = published = [dates.get(a, pd.NaT) for a in out["article_id"].astype(str)]
    stated_forecast = out["forecast"] if "forecast" in out else pd.Series([None] * len(out), index=out.index)
    read = ["value", "qualifier", "value_low", "value_high", "surface", "year", "published", "period",
            "currency", "metric", *(c for c in ("sentence", "start", "sentence_start") if c in out)]
    # one pass over plain rows, each let go once read (far faster than iterrows; all rows
    # as dicts at once were most of this step's memory)
    forecast: list[bool] = []
    bounds: list[tuple[float, float]] = []
    usd: list[float | None] = []
    for pos, (row, stated) in enumerate(zip(iter_records(out[read]), stated_forecast, strict=True)):
        forecast.append(forecast_of(row, stated))
        if forecast[-1] and told_so_far(row, stated):  # (the year so far, told in the past)
            forecast[-1], period[pos] = False, YEAR_SO_FAR
        bounds.append(interval_of(row))
        usd.append(usd_of(rates, row))
    out["period"] = period
    kinds = [rules.source_kind(str(s)) for s in out["sentence"].fillna("")]
    return {
        "period": period, "published": published, "forecast": forecast,
        "source_kind": [k.kind for k in kinds], "source_rank": [k.rank for k in kinds],
        "qualifier_rank": [rules.qualifier_rank.get(str(q), 0) for q in out["qualifier"]],
        "low": [b[0] for b in bounds], "high": [b[1] for b in bounds],
        "partial_words": _partial_words(out, rules), "change": _changes(out, rules),
        "contrasted": _changes(out, rules, contrasts_of), "usd": usd,
        **_scopes(list(out["region"]), list(out["metric"]), list(iter_column(out["sentence"])),
                  out["article_id"].astype(str).tolist(), *(
                      list(out[c]) if c in out else [None] * len(out)
                      for c in ("sentence_start", "sentence_end")), titles,
                  list(out["regions"]) if "regions" in out else None),
    }


def _scopes(*columns: object) -> dict[str, list]:
    """The `scope` and `area` columns (`figures.scope.mention_scopes`)."""
    scopes, areas = mention_scopes(*columns)  # type: ignore[arg-type]
    return {"scope": scopes, "area": areas}


def with_areas(regions: Iterable[object], areas: Iterable[object],
               scopes: Iterable[object] | None = None) -> list[object]:
    """The region a figure is keyed by: a federal district's mention's district (its `area`),
    none for a national one (a region the money stage carried to the whole country's trade
    told beside it, `scope`), else its own region."""
    regions = list(regions)
    scopes = list(scopes) if scopes is not None else [None] * len(regions)
    return [None if s == NATIONAL and isinstance(r, str) and r
            else a if isinstance(a, str) and a else r
            for r, a, s in zip(regions, areas, scopes, strict=True)]


def _article_runs(out: pd.DataFrame) -> list[tuple[str, int, int]] | None:
    """(article id, first row, end row) of each article's rows, in order; None when an
    article's rows are not all together (then the rows are made as one)."""
    runs: list[tuple[str, int, int]] = []
    for pos, aid in enumerate(out["article_id"].astype(str).tolist()):
        if runs and runs[-1][0] == aid:
            runs[-1] = (aid, runs[-1][1], pos + 1)
        else:
            runs.append((aid, pos, pos + 1))
    return runs if len({aid for aid, _, _ in runs}) == len(runs) else None


def values_by_article(runs: list[tuple[str, int, int]], kept: KeptRows,
                      make: Callable[[list[int]], dict[str, list]]) -> dict[str, list]:
    """`ROW_COLUMNS` of every row, each article's read from `kept` when it is there (with as
    many rows as the article has now); the others made together by `make(row positions)`
    and kept. A part of `KEPT_PART` articles at a time: what is read or made for a part is
    let go once its values are in the columns (a corpus's values are never held twice over).
    Both the frame path and the plain path (`figures.plain_mentions`) read through here."""
    values: dict[str, list] = {c: [] for c in ROW_COLUMNS}
    for first in range(0, len(runs), KEPT_PART):
        part_runs = runs[first:first + KEPT_PART]
        found = kept.get([aid for aid, _, _ in part_runs])
        missing = [(aid, start, end) for aid, start, end in part_runs
                   if not fits(found.get(aid), end - start)]
        made: dict[str, list] = {}
        if missing:
            made = make([pos for _, start, end in missing for pos in range(start, end)])
        at, made_at = 0, {}
        for aid, start, end in missing:
            made_at[aid] = at
            kept.put(aid, {c: made[c][at:at + end - start] for c in ROW_COLUMNS})
            at += end - start
        for aid, start, end in part_runs:
            if aid in made_at:
                i = made_at[aid]
                for c in ROW_COLUMNS:
                    values[c].extend(made[c][i:i + end - start])
            else:
                for c in ROW_COLUMNS:
                    values[c].extend(found[aid][c])
    return values


def fits(part: object, rows: int) -> bool:
    """Whether kept values are an article's values for `rows` rows."""
    return isinstance(part, dict) and all(len(part.get(c) or ()) == rows for c in ROW_COLUMNS)
