"""The trade sections: summary, trade by year and by region, every figure, disagreements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

import pandas as pd

from analysis.briefing.deliveries import is_delivery
from analysis.briefing.figrows import disagreeing, figures_only
from analysis.briefing.firms import firm_name, firm_trade, goods_of_firm
from analysis.briefing.formatting import Html, as_text, esc, table_html
from analysis.briefing.labels import measure_label, region_name, t
from analysis.briefing.names import names
from analysis.briefing.parts import series_whole_of
from analysis.briefing.phrases import Phrases
from analysis.briefing.rows import apart, has_region, pair_abroad, sort_by_year, year_of
from analysis.figures import figure_rules
from analysis.figures.plausibility import TOO_SMALL
from analysis.vocab import FLOW_METRICS, FLOW_OTHER, FLOWS, TRADE_METRICS

# Marks on a bar for a qualified figure («>» for «свыше 50 млрд»).
QUALIFIER_MARKS = {"over": ">", "at_least": "≥", "approx": "≈", "almost": "≈", "up_to": "≤", "under": "<"}
# The caption of `trade_table` by its `regional` argument.
_TRADE_CAPTIONS = {True: "cap.trade.regional", False: "cap.trade.national", None: "cap.trade.all"}


def qualifier_mark(q: Any) -> str:
    """The mark a chart puts before a qualified figure ("" for an exact one)."""
    return QUALIFIER_MARKS.get(q if isinstance(q, str) else "", "")


def _with_belarus(row: Mapping[str, Any]) -> bool:
    """Is a trade figure trade with Belarus? Not a flow with all markets or third countries
    («ярославские компании поставили в Казахстан …»): such a figure keeps its row, marked,
    but is no region's trade with Belarus in the lead's count or the by-region chart."""
    return _flow(row) != FLOW_OTHER


def _flow(row: Mapping[str, Any]) -> str | None:
    """A figure's flow (`analysis.money.flow`), None when not told."""
    flow = as_text(row.get("flow")).strip()
    return flow if flow in FLOWS else None


def series_key(row: Mapping[str, Any]) -> str:
    """The by-year series a figure belongs to: its flow when an export or import tells one
    between the two countries, else its metric."""
    flow = _flow(row)
    return flow if flow is not None and row["metric"] in FLOW_METRICS else str(row["metric"])


def _without_too_small(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """A firm's row as its table shows it: the «too small for the two countries» flag left to
    the caption, any other flag kept."""
    parts = [p for p in as_text(row.get("reason")).split("; ") if p.strip() and TOO_SMALL not in p]
    if bool(row.get("plausible", True)) or TOO_SMALL not in as_text(row.get("reason")):
        return row
    return {**row, "reason": "; ".join(parts), "plausible": not parts}


class TradeSections(Phrases):
    """Trade turnover, exports and imports: one row per consolidated figure."""

    def trade_summary(self) -> Html:
        lang = self.lang
        rows = self.metric_rows(TRADE_METRICS)
        if not len(rows):
            return self.empty("empty.trade")
        trades, no_national = self.headline_trades()
        sentences = [t(self.no_national_key("lead"), lang)] if no_national else []
        sentences.extend(self.trade_sentence(trade) for trade in trades)
        # (one delivery of counted machines is a deal, listed with the deals: briefing.deliveries)
        regional_rows = rows[[has_region(r) and not is_delivery(r, self.mention_index)
                              and _with_belarus(r) for r in rows.to_dict("records")]]
        names = esc(", ".join(sorted({region_name(r, lang) for r in regional_rows["region"]})))
        if len(regional_rows):
            sentences.append(t("trade.regional_count", lang, n=len(regional_rows),
                               regions=names))
        return Html(f'<p class="lead">{" ".join(sentences)}</p>')

    def measure(self, row: Mapping[str, Any], firm: str | None = None) -> str:
        """A trade figure's measure, with the direction of its goods (`flow`: «экспорт
        Беларуси в Россию», `labels.measure_label`) and the goods it covers («импорт:
        автокомпоненты»: the figures table's `goods`, `analysis.money.goods`), escaped. Beside
        a column naming the `firm`, its goods leave the maker out (`firms.goods_of_firm`)."""
        # (what the two countries together traded abroad: its scope says so, `self.scope`)
        flow = None if pair_abroad(row) else _flow(row)
        word = measure_label(str(row["metric"]), flow, has_region(row), self.lang,
                             row.get("scope"))
        goods = goods_of_firm(as_text(row.get("goods")).strip(), firm)
        goods = names().name(goods, "goods", self.lang)
        return esc(f"{word}: {goods}" if goods else word)

    def trade_series(self, metrics: Sequence[str]) -> list[dict[str, Any]]:
        """The figures a by-year chart plots: whole years, plausible, not forecasts, with a
        year; national ones (the region's own in a regional briefing), not what the two
        countries together bought or sold abroad, nor a flow with third countries. Of a
        year's figures in several currencies, the one in the briefing's currency, else the
        best sourced; of a year's exports or imports, the largest. Exports and imports whose
        direction is told are one series per flow (`series_key`): Belarus's exports to Russia
        and Russia's imports from Belarus are one flow counted by two statistics offices, the
        exporter's own figure first, the mirror figure for a year it does not give."""
        rows = figures_only(self.metric_rows(metrics), plausible=True, forecast=False,
                            partial=False)
        recs = [r for r in rows.to_dict("records") if year_of(r) is not None
                and (self.region or not has_region(r)) and not apart(r)
                and _flow(r) != FLOW_OTHER
                # one kind of goods' trade is no point of the total's series, nor a part of
                # a sum told with it («4,3 млрд, из них 1,6 млрд …»: `parts.whole_of`)
                and not as_text(r.get("goods")).strip()
                and series_whole_of(r, self.mention_index) is None]
        # A metric that is no series (exports, imports: a firm's, a sector's, the country's)
        # has many figures a year; the country's total is the largest, so it is the point.
        series = figure_rules().series_metrics
        recs.sort(key=lambda r: (str(r.get("currency")) != self.currency,
                                 _flow(r) is not None and r["metric"] == "import",  # a mirror
                                 0.0 if r["metric"] in series else -float(r["value"]),
                                 -int(r.get("n_sources") or 1)))
        chosen: dict[tuple[str, int], dict[str, Any]] = {}
        for r in recs:
            chosen.setdefault((series_key(r), year_of(r) or 0), r)
        return list(chosen.values())

    def series_label(self, row: Mapping[str, Any]) -> str:
        """The name of the by-year series a figure is a point of: its flow's («экспорт
        Беларуси в Россию», a mirror import figure included), else its metric's."""
        flow = _flow(row)
        if flow is not None and row["metric"] in FLOW_METRICS:
            return measure_label("export", flow, bool(self.region), self.lang)
        return t(f"m.{row['metric']}", self.lang)

    def trade_by_year_chart(self, metrics: Sequence[str] = TRADE_METRICS) -> Html:
        """Bars by year for the national full-year series of turnover, exports and imports
        (hatched by measure): plausible figures, no forecasts, no parts of a year."""
        from analysis.briefing import charts  # matplotlib: only when a chart is drawn

        lang = self.lang
        recs = self.trade_series(metrics)
        if not recs:
            return Html("")  # the table below says there is nothing
        chart = self.chart_values(pd.DataFrame(recs))
        values, unit, converted = chart.values, chart.unit, chart.converted
        series: dict[str, dict[int, float]] = {}
        marks: dict[str, dict[int, str]] = {}
        nums: list[int] = []
        for r, v in zip(recs, values, strict=True):
            if v is None:
                continue
            y = year_of(r) or 0
            label = self.series_label(r)
            series.setdefault(label, {})[y] = v
            marks.setdefault(label, {})[y] = qualifier_mark(r.get("qualifier"))
            nums.extend(self.figure_cites(r))
        if not series:
            return self.empty("empty.chart")
        years = sorted({y for s in series.values() for y in s})
        if len(years) < 2:
            return Html("")  # one year is one number: the lead and the table say it better
        key = "chart.trade_turnover_by_year" if list(metrics) == ["trade_turnover"] else "chart.trade_by_year"
        title = (t(f"{key}.region", lang, region=region_name(self.region, lang)) if self.region
                 else t(key, lang))
        svg, phone = charts.drawings(partial(
            charts.bar_chart, [str(y) for y in years],
            {k: [s.get(y) for y in years] for k, s in series.items()},
            ylabel=unit, xlabel=t("ax.year", lang),
            marks={k: [m.get(y, "") for y in years] for k, m in marks.items()},
            numbers={k: [chart.label(s[y], lang) if y in s else "" for y in years]
                     for k, s in series.items()},
            lang=lang, positions=years))  # (a year axis: gaps stay gaps)
        extra = self.conversion_note(converted)
        if any(m for mm in marks.values() for m in mm.values()):
            extra = ((extra + ". ") if extra else "") + t("note.marks", lang)
        return charts.figure_html(svg, self.next_figure(), title, self.source_line(nums, extra),
                                  lang, alt=title, phone=phone)

    def trade_table(self, regional: bool | None = None, partial: bool | None = None) -> Html:
        """One row per trade figure: year (and period), measure, scope, amount (every
        statement side by side where the sources conflict; forecasts and flagged figures
        marked), conversion, number of independent sources, sources. `regional` and
        `partial` (a part of a year) select the rows (None: both). One firm's figures are in
        a table of their own (`firm_trade_table`), after the table of the parts of years (or
        of every period: `partial` None) unless only the regions' trade is asked for."""
        lang = self.lang
        rows = self._country_rows(figures_only(self.metric_rows(TRADE_METRICS), partial=partial))
        with_firms = partial is not False and regional is not True
        if regional is not None and len(rows):
            named = [has_region(r) for r in rows.to_dict("records")]
            rows = rows[[n == regional for n in named]]
        if not len(rows):
            # (the wording follows the data: a region's trade told for nine months is trade)
            if partial is False and len(self._country_rows(
                    figures_only(self.metric_rows(TRADE_METRICS), partial=True))):
                return self.empty("empty.full_years")
            empty = self.empty("empty.periods" if partial else "empty.trade")
            return Html(empty + self.firm_trade_table()) if with_firms else empty
        none = esc(t("none", lang))
        body = []
        for r in sort_by_year(rows).to_dict("records"):
            body.append([
                self.year_period_cell(r),
                self.measure(r),
                self.scope(r),
                # (one batch of counted machines: a deal, not the region's trade)
                self.figure_amount(r) + self._marks(r) + self.part_mark(r),
                esc(self.conversion(r)) or none,
                self.sources_count(r),
                self.cite(r),
            ])
        cap = t(_TRADE_CAPTIONS[True if regional else False if regional is False else None], lang)
        if partial or (partial is False and regional is None):
            cap = t("cap.trade.periods" if partial else "cap.trade.full_year", lang)
        table = table_html([(t("col.year", lang), ""), (t("col.metric", lang), ""),
                            (t("col.scope", lang), ""), (t("col.amount", lang), "num"),
                            (t("col.converted", lang), ""), (t("col.n_sources", lang), "num"),
                            (t("col.src", lang), "")],
                           body, caption=self.next_table(cap), cls="data trade")
        return Html(table + self.year_note(rows) + (self.firm_trade_table() if with_firms else ""))

    @staticmethod
    def _country_rows(rows: pd.DataFrame) -> pd.DataFrame:
        """The rows of the two countries' and the regions' trade: no firm's (`firms.firm_trade`)."""
        if not len(rows):
            return rows
        return rows[[not firm_trade(r) for r in rows.to_dict("records")]]

    def firm_trade_table(self) -> str:
        """One firm's trade figures, and those too small to be the two countries' trade (a
        part of the whole), every period: year, measure, whose, amount, conversion, sources
        ("" when there are none). See `briefing.firms`."""
        lang = self.lang
        rows = self.metric_rows(TRADE_METRICS)
        rows = figures_only(rows) if len(rows) else rows
        if not len(rows):
            return ""
        rows = rows[[firm_trade(r) for r in rows.to_dict("records")]]
        if not len(rows):
            return ""
        none = esc(t("none", lang))
        body = []
        for r in sort_by_year(rows).to_dict("records"):
            firm = firm_name(r)
            body.append([
                self.year_period_cell(r),
                self.measure(r, firm),
                esc(names().name(firm, "enterprise", lang) if firm else t("firm.unnamed", lang)),
                # (the caption says it is no country's figure: «too small» said once there)
                self.figure_amount(_without_too_small(r)) + self._marks(r) + self.part_mark(r),
                esc(self.conversion(r)) or none,
                self.cite(r),
            ])
        table = table_html([(t("col.year", lang), ""), (t("col.metric", lang), ""),
                            (t("col.firm", lang), ""), (t("col.amount", lang), "num"),
                            (t("col.converted", lang), ""), (t("col.src", lang), "")],
                           body, caption=self.next_table(t("cap.trade.firms", lang)),
                           cls="data trade firms")
        return table + self.year_note(rows)

    def _marks(self, row: Mapping[str, Any]) -> str:
        """The notes after a trade row's amount: one delivery (a deal, not the region's trade),
        a flow with all markets or third countries (no trade with Belarus)."""
        keys = (["mark.delivery"] if is_delivery(row, self.mention_index) else []) \
            + ([] if _with_belarus(row) else ["mark.third_markets"])
        return "".join(f' <span class="tag scope-note">{esc(t(k, self.lang))}</span>' for k in keys)

    def trade_by_region_chart(self) -> Html:
        """One bar per regional trade figure (plausible, not a forecast)."""
        from analysis.briefing import charts

        lang = self.lang
        rows = figures_only(self.metric_rows(TRADE_METRICS), plausible=True, forecast=False)
        if len(rows):  # (one delivery is no region's trade: briefing.deliveries)
            rows = rows[[has_region(r) and not is_delivery(r, self.mention_index)
                         and _with_belarus(r) and series_whole_of(r, self.mention_index) is None
                         for r in rows.to_dict("records")]]
        if len(rows) < 2:
            return Html("")  # one regional figure reads better in the table than as a bar
        chart = self.chart_values(rows)
        values, unit, converted = chart.values, chart.unit, chart.converted
        labels, vals, nums = [], [], []
        for r, v in zip(rows.to_dict("records"), values, strict=True):
            if v is None:
                continue
            when = self.when_text(r) or (str(year_of(r)) if year_of(r) else "")
            labels.append(f"{region_name(r['region'], lang)}"
                          + (f", {when}" if when else "")
                          + f" ({measure_label(str(r['metric']), _flow(r), True, lang)})")
            vals.append(v)
            nums.extend(self.figure_cites(r))
        if len(vals) < 2:
            return Html("")
        title = t("chart.trade_by_region", lang)
        svg, phone = charts.drawings(partial(charts.barh_chart, labels, vals, xlabel=unit, lang=lang,
                                             value_labels=[chart.label(v, lang) for v in vals]))
        return charts.figure_html(svg, self.next_figure(), title,
                                  self.source_line(nums, self.conversion_note(converted)),
                                  lang, alt=title, phone=phone)

    def disagreements(self) -> Html:
        """Where the sources of one figure (measure, year, period, scope) disagree: what each
        says, side by side, with its sources."""
        lang = self.lang
        rows = self.metric_rows(TRADE_METRICS)
        if len(rows):
            rows = rows[[bool(disagreeing(r)) for r in rows.to_dict("records")]]
        body = []
        for r in sort_by_year(rows).to_dict("records") if len(rows) else []:
            body.append([self.year_period_cell(r), self.measure(r),
                         self.scope(r), self.figure_amount(r)])
        if not body:
            return self.empty("empty.disagree")
        return table_html([(t("col.year", lang), ""), (t("col.metric", lang), ""),
                           (t("col.scope", lang), ""), (t("col.figures", lang), "")],
                          body, caption=self.next_table(t("cap.disagreements", lang)),
                          cls="data disagreements")
