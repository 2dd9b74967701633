"""The state of one briefing: its filtered tables, its parameters, its citations and the
numbers of its figures and tables.

`BriefingState.load(...)` reads a corpus's tables (through the extraction cache), converts
the amounts and applies the filters once; the section modules (`overview`, `trade`,
`projects`, `money`) read that state and add citations and numbered figures as they go.
The region arrives as the official name: the notebook's validation cell
(`analysis.render.check_notebook_params`) normalises whatever form the reader typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Self

import pandas as pd

from analysis.briefing import selection
from analysis.briefing.citations import Citations
from analysis.briefing.formatting import esc, isblank
from analysis.briefing.labels import check_lang, t
from analysis.briefing.rows import parse_evidence, split_ids, year_of
from analysis.vocab import STATUSES


@dataclass
class _Tables:
    """In-memory tables standing in for a dataset (`from_frames`)."""

    articles: pd.DataFrame
    amounts: pd.DataFrame
    projects: pd.DataFrame


def check_region(region: str | None) -> str:
    """`region` when it is "" or the official name of a Russian region; ValueError otherwise
    (a briefing takes the name the parameter check normalised, not a free form)."""
    region = (region or "").strip()
    if region:
        from analysis.entities import is_russian_region

        if not is_russian_region(region):
            raise ValueError(
                f"region {region!r} is not the official name of a Russian region; normalise "
                "it with analysis.render.check_notebook_params (e.g. «Кузбасс» → "
                "«Кемеровская область»)")
    return region


@dataclass
class BriefingState:
    """Filtered tables + the state a briefing accumulates (citations, figure numbers)."""

    articles: pd.DataFrame
    amounts: pd.DataFrame  # filtered, converted to `currency`
    projects: pd.DataFrame  # filtered
    kind: str = "briefing"
    corpus: str = "seeds"
    region: str = ""  # official name ("" = all)
    year_from: int = 0
    year_to: int = 0
    currency: str = "USD"
    lang: str = "ru"
    title: str = ""
    coverage: dict[str, Any] = field(default_factory=dict)
    excluded_undated: int = 0
    rates_file: str = ""  # the user's own rates file, "" for none
    rates: Any = field(default=None, repr=False)  # an analysis.money.LayeredRates
    since: str = ""  # the previous build's tables of this briefing ("" for none; `whatsnew`)
    figure_no: int = 0
    table_no: int = 0
    citations: Citations = field(init=False)

    def __post_init__(self) -> None:
        check_lang(self.lang)
        self.citations = Citations(self.articles)

    # -- loading ---------------------------------------------------------------------

    @classmethod
    def load(cls, corpus: str = "seeds", region: str = "", year_from: int | None = 0,
             year_to: int | None = 0, currency: str = "USD", lang: str = "ru",
             title: str = "", kind: str = "briefing", dataset: Any = None,
             rates: str = "", since: str = "") -> Self:
        """Read the corpus's tables (through the extraction cache) and apply the filters.
        `region` is an official region name ("" for all regions); `rates` a rates file of
        your own that overrides the package table and the ECB rates ("" for none); `since` the
        folder of this briefing's tables from an earlier build ("" for none)."""
        check_lang(lang)
        currency = (currency or "USD").strip().upper()
        if dataset is None:
            from analysis.tables import dataset as dataset_mod

            dataset = dataset_mod.cached(corpus)
        region = check_region(region)
        filters = selection.Filters(region=region, year_from=int(year_from or 0),
                                    year_to=int(year_to or 0))
        articles = dataset.articles.copy()
        layered = selection.rates_for(rates)
        chosen = selection.select(articles, selection.convert(dataset.amounts, currency,
                                                              layered, articles),
                                  dataset.projects.copy(), filters)
        return cls(articles=articles, amounts=chosen.amounts, projects=chosen.projects,
                   kind=kind, corpus=str(corpus), region=filters.region,
                   year_from=filters.year_from, year_to=filters.year_to, currency=currency,
                   lang=lang, title=title or "", rates_file=str(rates or ""), rates=layered,
                   since=str(since or ""),
                   coverage=selection.coverage(dataset, articles),
                   excluded_undated=chosen.excluded_undated)

    @classmethod
    def from_frames(cls, articles: pd.DataFrame, amounts: pd.DataFrame,
                    projects: pd.DataFrame, **kwargs: Any) -> Self:
        """For tests and ad-hoc use: build from in-memory tables (amounts already
        converted to `currency`, or carrying converted_* columns)."""
        return cls.load(dataset=_Tables(articles=articles, amounts=amounts, projects=projects),
                        **kwargs)

    # -- selections --------------------------------------------------------------------

    def metric_rows(self, metrics: Iterable[str]) -> pd.DataFrame:
        """The amounts that measure one of `metrics`."""
        a = self.amounts
        if not len(a):
            return a
        return a[a["metric"].isin(tuple(metrics))]

    @property
    def is_empty(self) -> bool:
        return not len(self.amounts) and not len(self.projects)

    @property
    def by_year(self) -> bool:
        """Whether the briefing is limited to some years."""
        return bool(self.year_from or self.year_to)

    def latest_trade(self) -> dict[str, Any] | None:
        """The most recent Russia–Belarus trade turnover (national, not regional)."""
        a = self.metric_rows(["trade_turnover"])
        if not len(a):
            return None
        national = a[a["region"].isna() | (a["region"].astype(str) == "")]
        pool = national if len(national) else a
        pool = pool.assign(_y=[year_of(r) or -1 for r in pool.to_dict("records")],
                           _c=pool["confidence"].fillna(0) if "confidence" in pool else 0)
        pool = pool.sort_values(["_y", "_c", "value"], ascending=[False, False, False])
        return pool.iloc[0].to_dict()

    def largest(self, metric: str) -> dict[str, Any] | None:
        """The largest amount of one measure (by converted value)."""
        a = self.metric_rows([metric])
        if not len(a):
            return None
        ranked = a.assign(_rank=[self.rank_value(r) for r in a.to_dict("records")])
        return ranked.sort_values(["_rank", "value"], ascending=[False, False]).iloc[0].to_dict()

    def rank_value(self, row: Mapping[str, Any]) -> float:
        """For ordering only (never shown): the converted value, else a rough conversion at
        the nearest year's rate, else the raw value."""
        if not isblank(row.get("converted_value")):
            return float(row["converted_value"])
        value = row.get("value")
        if isblank(value):
            return 0.0
        return selection.rough_value(float(value), str(row.get("currency") or ""),
                                     self.currency, self.rates)

    def status_counts(self) -> list[tuple[str, int]]:
        """(status, number of projects) in display order, statuses with none left out."""
        p = self.projects
        if not len(p):
            return []
        counts = p["status"].fillna("unknown").value_counts()
        return [(s, int(counts.get(s, 0))) for s in STATUSES if counts.get(s, 0)]

    # -- citations and numbering -------------------------------------------------------

    def cite(self, row: Mapping[str, Any]) -> str:
        """The citation mark of an amount row."""
        return Citations.mark([self.citations.cite_row(row)])

    def project_cites(self, row: Mapping[str, Any], limit: int = 3) -> list[int]:
        """Citation numbers for a project: its evidence sentences (else its first article)."""
        nums = []
        for ev in parse_evidence(row.get("evidence"))[:limit]:
            nums.append(self.citations.cite(ev.get("article_id"), ev.get("text"),
                                            ev.get("file")))
        if not nums:
            for aid in split_ids(row.get("article_ids"))[:1]:
                nums.append(self.citations.cite(aid, ""))
        return nums

    def next_figure(self) -> int:
        """The number of the next figure."""
        self.figure_no += 1
        return self.figure_no

    def next_table(self, caption: str) -> str:
        """The next table's numbered caption («Таблица 3. …»), escaped."""
        self.table_no += 1
        return f"{esc(t('tab', self.lang))} {self.table_no}. {esc(caption)}"

    def source_line(self, nums: Iterable[int], extra: str = "") -> str:
        """The line under a chart: its sources, then a note (escaped)."""
        nums = list(nums)
        src = t("sources" if len(set(nums)) > 1 else "source", self.lang)
        text = f"{esc(src)}: {Citations.inline(nums)}" if nums else ""
        if extra:
            text = f"{text}. {esc(extra)}" if text else esc(extra)
        return text
