"""The figures that head a briefing: the latest Russia–Belarus turnover and the largest sum
of a measure, for the lead, the cards and a section's first sentence.

`HeadlineFigures` is a part of `BriefingState` (`state`): it reads the state's figures and
mentions. `headline_trades`: an all-regions lead and first card prefer the two countries'
turnover (a part of a year's too, before a region's later year) and say plainly when only a
region's exists (`no_national_key`: none in the tables, or only forecasts and flagged
figures). `largest`: the largest plausible figure about the partnership, never a part of a
sum, a recalled one, an outsiders' estimate, a firm's own capex at home or a replaced
estimate; none when another year's rate could swap the first two (`rank_value`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from analysis.briefing import selection
from analysis.briefing.figrows import figures_only
from analysis.briefing.formatting import isblank
from analysis.briefing.parts import series_whole_of, whole_of
from analysis.briefing.relevance import home_spending, outside_estimate
from analysis.briefing.rows import apart, has_region, is_target, year_of
from analysis.briefing.superseded import replaced_estimate, replaced_estimates

if TYPE_CHECKING:
    import pandas as pd

    from analysis.briefing.relevance import Relevance

__all__ = ["HeadlineFigures"]

# How much larger the largest sum must be than the next when either is ranked at another year's
# rate (`rank_value`): annual average rubles to the dollar moved by up to a quarter from one year
# to the next (2022 → 2023), so a closer pair may be in either order.
_ROUGH_MARGIN = 1.25


class HeadlineFigures:
    """The headline figures of a briefing (a base of `BriefingState`, which has the state
    they read)."""

    if TYPE_CHECKING:
        region: str
        currency: str
        rates: Any
        projects: pd.DataFrame
        mention_index: dict[str, dict[str, Any]]
        relevance: Relevance

        def metric_rows(self, metrics: Iterable[str]) -> pd.DataFrame: ...

    def latest_trade(self) -> dict[str, Any] | None:
        """The most recent Russia–Belarus trade turnover of a whole year (national, plausible,
        not a forecast); a regional one when the briefing has no national figure."""
        return self._latest_turnover(partial=False)

    def latest_partial_trade(self) -> dict[str, Any] | None:
        """The most recent turnover of part of a year (national, plausible, not a forecast)
        when it is later than every full-year figure: «за январь–август 2025 г.». Of a year's
        periods, the largest value (cumulative periods grow: the longest one)."""
        partial = self._latest_turnover(partial=True)
        if partial is None:
            return None
        whole = self.latest_trade()
        if whole is not None and (year_of(whole) or -1) >= (year_of(partial) or -1):
            return None
        if whole is not None and has_region(partial) and not has_region(whole):
            return None  # one region's half-year is no sequel to the two countries' year
        return partial

    def headline_trades(self) -> tuple[list[dict[str, Any]], bool]:
        """The turnover figures a lead and the first card tell (the latest whole year, then a
        later part of a year), and whether the briefing has no Russia–Belarus figure to tell.
        A briefing on all regions prefers the two countries' figures — a whole year's, or a
        part of a year's when that is all it has of them, however recent a region's year:
        a region's figure leads it only when there is none, and then the lead says so plainly
        (`no_national_key`)."""
        trades = [x for x in (self.latest_trade(), self.latest_partial_trade()) if x is not None]
        if self.region or not trades:
            return trades, False
        national = [x for x in trades if not has_region(x)]
        if not national:
            whole = self._latest_turnover(partial=False, national=True)
            part = self._latest_turnover(partial=True, national=True)
            if whole is not None and part is not None and (year_of(whole) or -1) >= (year_of(part) or -1):
                part = None
            national = [x for x in (whole, part) if x is not None]
        return (national, False) if national else (trades, True)

    def no_national_key(self, kind: str) -> str:
        """The label a lead (`kind` "lead") or a card ("card") says when no Russia–Belarus
        turnover heads it, true of the tables below it: none at all in the sources, or only
        forecasts and figures the checks flag (`…no_national_trade` / `…national_trade_unfit`)."""
        rows = self.metric_rows(["trade_turnover"])
        shown = len(rows) and any(not has_region(r) and not apart(r) for r in rows.to_dict("records"))
        return f"{kind}.national_trade_unfit" if shown else f"{kind}.no_national_trade"

    def _latest_turnover(self, partial: bool, national: bool = False) -> dict[str, Any] | None:
        a = figures_only(self.metric_rows(["trade_turnover"]), plausible=True, forecast=False,
                         partial=partial)
        if not len(a):
            return None
        # one oblast's trade (or a region's with one oblast) is no whole's, nor a part of a
        # sum told with it: never the lead's
        a = a[[not apart(r) and series_whole_of(r, self.mention_index) is None
               for r in a.to_dict("records")]]
        if not len(a):
            return None
        ours = a[[not has_region(r) for r in a.to_dict("records")]]
        if national and not len(ours):
            return None
        pool = ours if len(ours) else a
        pool = pool.assign(_y=[year_of(r) or -1 for r in pool.to_dict("records")],
                           _n=pool["n_sources"] if "n_sources" in pool else 1)
        pool = pool.sort_values(["_y", "_n", "value"], ascending=[False, False, False])
        return pool.iloc[0].to_dict()

    def largest(self, metric: str) -> dict[str, Any] | None:
        """The largest plausible figure of one measure (by converted value) about the
        partnership, for the lead, the cards and a section's first sentence (None when no
        figure names the Belarusian side: the tables still list the others). A deal stated
        for a later year (a forecast: a planned investment, a credit to come) counts: its size
        is the fact; the text marks it. Figures about the partnership come first: a
        special economic zone's total in an article on one Belarusian resident is not the
        briefing's largest investment (`briefing.relevance`)."""
        a, replaced = self.metric_rows([metric]), replaced_estimates(self.projects)
        # a headline needs a plausible figure about the partnership: a regional briefing
        # whose only investment is the region's total (no Belarusian side named) has none
        if len(a):
            # (a part of a sum, «из них 320 млн», is no sum of its own: briefing.parts)
            # (nor is a figure recalled as earlier news, «Напомним, ранее …»: not the news;
            # nor experts' estimate of a market's total: no deal)
            # (nor a Belarusian firm's own capex at home: `relevance.home_spending`)
            a = a[[bool(r.get("plausible", True)) and self.relevance.about_partnership(r)
                   and whole_of(r, self.mention_index) is None
                   and r.get("year_source") != "earlier" and not outside_estimate(r)
                   and not home_spending(r)
                   # (nor a total's level to come, «объём кредитования вырастет до 4 млрд»:
                   # no deal, `rows.is_target`)
                   and not is_target(r)
                   # (nor an estimate a later article of its project replaced: `superseded`)
                   and not replaced_estimate(r, self.mention_index, replaced)
                   for r in a.to_dict("records")]]
        if not len(a):
            return None
        records = a.to_dict("records")
        ranked = a.assign(_rank=[self.rank_value(r) for r in records],
                          _rough=[isblank(r.get("converted_value")) and r.get("currency") != self.currency
                                  for r in records])
        if a["currency"].nunique() > 1 and ranked["_rank"].isna().any():
            # «largest» is not established across currencies no year's rate converts (a
            # sum with no rate for its own year ranks at the nearest year's: `rank_value`)
            return None
        ranked = ranked.sort_values(["_rank", "value"], ascending=[False, False])
        if len(ranked) > 1 and bool(ranked["_rough"].iloc[:2].any()) and (
                ranked["_rank"].iloc[0] < _ROUGH_MARGIN * ranked["_rank"].iloc[1]):
            return None  # (another year's rate could swap two sums this close)
        return ranked.iloc[0].to_dict()

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
