"""The amounts table: one row per money fact, with original-file offsets and conversion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from analysis.money.facts import Fact, describe
from analysis.money.fx import Rates
from analysis.money.period_label import canonical_period
from analysis.money.recalled import EARLIER
from analysis.money.together import REGIONS_JOIN
from analysis.plaintable import PlainTable

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    import pandas as pd

    from analysis.ingest import Article

__all__ = ["AMOUNT_COLUMNS", "AMOUNT_KINDS", "amount_rows", "amounts_frame", "amounts_frame_of_rows",
           "amounts_table_of_rows"]

AMOUNT_COLUMNS = [
    "article_id", "file", "start", "end", "surface", "value", "currency", "qualifier",
    "value_low", "value_high", "implied_currency", "metric", "goods", "flow", "year", "period", "region",
    "sentence", "sentence_start", "sentence_end", "confidence", "converted_value",
    "converted_currency", "fx_rate", "fx_year", "fx_source", "fx_note",
    # how the figure was read in context (issue 10): a plan or target; where its year came
    # from; the sentence an inherited metric, region or year came from (original offsets)
    "forecast", "year_source", "context_sentence", "context_start", "context_end",
    # the mention of the sum this one is a part of («850 млн, из них 320 млн»: money.part_of)
    "part_of",
    # the mention of the figure this one restates in another currency (money.converted): the
    # figures stage counts the sum once, in the currency the source gave first
    "converts",
    # the regions a figure with no one region is spread over, told together («в Смоленскую,
    # Брянскую и Псковскую области»: money.together), «; »-joined; the figures stage gives it
    # the scope of several regions
    "regions",
]


def amounts_frame(articles: Iterable[Article], currency: str = "USD",
                  rates: Rates | None = None,
                  facts: Mapping[str, list[Fact]] | None = None) -> pd.DataFrame:
    """One row per amount, with original-file offsets and the value in `currency`.

    `facts` gives precomputed facts per article id (as `describe(article)` makes them);
    articles it does not cover are described here.
    """
    rates = rates or Rates.load()
    rows: list[dict[str, Any]] = []
    for article in articles:
        given = facts.get(article.article_id) if facts is not None else None
        rows.extend(amount_rows(article, given if given is not None else describe(article),
                                currency, rates))
    return amounts_frame_of_rows(rows)


def amount_rows(article: Article, facts: Iterable[Fact], currency: str,
                rates: Rates) -> list[dict[str, Any]]:
    """The amounts table's rows of one article (its `describe` facts): what the table of a
    corpus is made of, one article at a time (the per-article cache keeps them)."""
    published_year = article.published.year if article.published else None
    rows: list[dict[str, Any]] = []
    for fact in facts:
        a = fact.amount
        start, end = article.original_span(a.start, a.end)
        s_start, s_end = article.original_span(fact.sentence.start, fact.sentence.end)
        ctx = fact.context
        c_start, c_end = (article.original_span(ctx.start, ctx.end) if ctx is not None
                          else (None, None))
        conv = rates.convert_for(a.value, a.currency, currency, fact.year, None if (
            fact.year_source == EARLIER) else published_year)  # (recalled news: no such year)
        rows.append({
            "article_id": article.article_id, "file": article.file, "start": start,
            "end": end, "surface": a.surface, "value": a.value, "currency": a.currency,
            "qualifier": a.qualifier, "value_low": a.value_low, "value_high": a.value_high,
            "implied_currency": a.implied_currency, "metric": fact.metric, "goods": fact.goods,
            "flow": fact.flow,
            # one label per span, as the figures and the briefings write it («за четыре
            # месяца» → «январь–апрель», not the reader's «4 месяцев»)
            "year": fact.year, "period": canonical_period(fact.period), "region": fact.region,
            "sentence": fact.sentence.text, "sentence_start": s_start,
            "sentence_end": s_end, "confidence": fact.confidence,
            "converted_value": conv.value, "converted_currency": currency,
            "fx_rate": conv.rate, "fx_year": conv.year, "fx_source": conv.source,
            "fx_note": conv.note, "forecast": fact.forecast,
            "year_source": fact.year_source,
            "context_sentence": ctx.text if ctx is not None else None,
            "context_start": c_start, "context_end": c_end,
            "part_of": _whole_mention(article, fact.part_of),
            "converts": _whole_mention(article, fact.converts),
            "regions": REGIONS_JOIN.join(fact.regions) or None,
        })
    return rows


def _whole_mention(article: Article, span: tuple[int, int] | None) -> str | None:
    """The mention id (`figures.mentions.mention_ids`' form) of the whole at a clean span."""
    if span is None:
        return None
    start, end = article.original_span(*span)
    return f"{article.article_id}@{start}-{end}"


# the column types `amounts_frame_of_rows` casts to (`analysis.plaintable`'s names)
AMOUNT_KINDS = {"forecast": "bool", "year": "Int64", "fx_year": "Int64", "context_start": "Int64",
                "context_end": "Int64", "value": "float64", "value_low": "float64",
                "value_high": "float64", "converted_value": "float64", "fx_rate": "float64",
                "confidence": "float64"}


def amounts_table_of_rows(rows: list[dict[str, Any]]) -> PlainTable:
    """`amounts_frame_of_rows` without pandas."""
    return PlainTable.from_rows(rows, AMOUNT_COLUMNS, AMOUNT_KINDS)


def amounts_frame_of_rows(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The amounts table of `amount_rows` (of one article or many, in order)."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=AMOUNT_COLUMNS)
    frame["forecast"] = frame["forecast"].astype(bool)
    for col in ("year", "fx_year", "context_start", "context_end"):
        frame[col] = frame[col].astype("Int64")
    for col in ("value", "value_low", "value_high", "converted_value", "fx_rate", "confidence"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
    return frame
