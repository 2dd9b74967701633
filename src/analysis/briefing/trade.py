"""The trade sections: summary, trade by year and by region, every figure, disagreements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from analysis.briefing.formatting import Html, esc, fmt_money, isblank, table_html
from analysis.briefing.labels import region_name, t
from analysis.briefing.phrases import Phrases
from analysis.briefing.rows import has_region, sort_by_year, year_of
from analysis.vocab import TRADE_METRICS

# Marks on a bar for a qualified figure («>» for «свыше 50 млрд»).
QUALIFIER_MARKS = {"over": ">", "approx": "≈", "up_to": "≤", "under": "<"}
# The caption of `trade_table` by its `regional` argument.
_TRADE_CAPTIONS = {True: "cap.trade.regional", False: "cap.trade.national", None: "cap.trade.all"}


def qualifier_mark(q: Any) -> str:
    """The mark a chart puts before a qualified figure ("" for an exact one)."""
    return QUALIFIER_MARKS.get(q if isinstance(q, str) else "", "")


class TradeSections(Phrases):
    """Trade turnover, exports and imports."""

    def trade_summary(self) -> Html:
        lang = self.lang
        rows = self.metric_rows(TRADE_METRICS)
        if not len(rows):
            return self.empty("empty.trade")
        sentences = []
        trade = self.latest_trade()
        if trade is not None:
            sentences.append(self.trade_sentence(trade))
        regional_rows = rows[rows["region"].notna() & (rows["region"].astype(str) != "")]
        names = esc(", ".join(sorted({region_name(r, lang) for r in regional_rows["region"]})))
        if len(regional_rows):
            sentences.append(t("trade.regional_count", lang, n=len(regional_rows),
                               regions=names))
        return Html(f'<p class="lead">{" ".join(sentences)}</p>')

    def trade_by_year_chart(self, metrics: Sequence[str] = TRADE_METRICS) -> Html:
        """Bars by year for national turnover, exports and imports (hatched by measure)."""
        from analysis.briefing import charts  # matplotlib: only when a chart is drawn

        lang = self.lang
        rows = self.metric_rows(metrics)
        if len(rows):
            rows = rows[[(year_of(r) is not None) for r in rows.to_dict("records")]]
        if not len(rows):
            return Html("")  # the table below says there is nothing
        values, unit, converted = self.chart_values(rows)
        series: dict[str, dict[int, float]] = {}
        marks: dict[str, dict[int, str]] = {}
        nums: list[int] = []
        for r, v in zip(rows.to_dict("records"), values, strict=True):
            if v is None:
                continue
            y = year_of(r)
            label = t(f"m.{r['metric']}", lang)
            if not self.region and has_region(r):
                continue  # regional figures have their own chart; mixing them misleads
            prev = series.setdefault(label, {}).get(y)
            if prev is None or v > prev:
                series[label][y] = v
                marks.setdefault(label, {})[y] = qualifier_mark(r.get("qualifier"))
            nums.append(self.citations.cite_row(r))
        if not series:
            return self.empty("empty.chart")
        years = sorted({y for s in series.values() for y in s})
        if len(years) < 2:
            return Html("")  # one year is one number: the lead and the table say it better
        title = t("chart.trade_turnover_by_year" if list(metrics) == ["trade_turnover"]
                  else "chart.trade_by_year", lang)
        svg = charts.bar_chart([str(y) for y in years],
                               {k: [s.get(y) for y in years] for k, s in series.items()},
                               ylabel=unit, xlabel=t("ax.year", lang),
                               marks={k: [m.get(y, "") for y in years] for k, m in marks.items()},
                               lang=lang)
        extra = self.conversion_note(converted)
        if any(m for mm in marks.values() for m in mm.values()):
            extra = ((extra + ". ") if extra else "") + t("note.marks", lang)
        return charts.figure_html(svg, self.next_figure(), title, self.source_line(nums, extra),
                                  lang, alt=title)

    def trade_table(self, regional: bool | None = None) -> Html:
        """Every trade figure: year, measure, scope, amount (and conversion), source."""
        lang = self.lang
        rows = self.metric_rows(TRADE_METRICS)
        if regional is not None and len(rows):
            named = rows["region"].notna() & (rows["region"].astype(str) != "")
            rows = rows[named] if regional else rows[~named]
        if not len(rows):
            return self.empty("empty.trade")
        none = esc(t("none", lang))
        body = []
        for r in sort_by_year(rows).to_dict("records"):
            period = "" if isblank(r.get("period")) else f'<span class="sub">{esc(r["period"])}</span>'
            body.append([
                self.year_cell(r) + period,
                esc(t(f"m.{r['metric']}", lang)),
                self.scope(r),
                esc(fmt_money(r["value"], r["currency"], lang, r.get("qualifier") or "exact",
                              r.get("value_high"))),
                esc(self.conversion(r)) or none,
                self.cite(r),
            ])
        cap = t(_TRADE_CAPTIONS[True if regional else False if regional is False else None], lang)
        table = table_html([(t("col.year", lang), ""), (t("col.metric", lang), ""),
                            (t("col.scope", lang), ""), (t("col.amount", lang), "num"),
                            (t("col.converted", lang), ""), (t("col.src", lang), "")],
                           body, caption=self.next_table(cap), cls="data trade")
        return Html(table + self.year_note(rows))

    def trade_by_region_chart(self) -> Html:
        """One bar per regional trade figure."""
        from analysis.briefing import charts

        lang = self.lang
        rows = self.metric_rows(TRADE_METRICS)
        if len(rows):
            rows = rows[rows["region"].notna() & (rows["region"].astype(str) != "")]
        if len(rows) < 2:
            return Html("")  # one regional figure reads better in the table than as a bar
        values, unit, converted = self.chart_values(rows)
        labels, vals, nums = [], [], []
        for r, v in zip(rows.to_dict("records"), values, strict=True):
            if v is None:
                continue
            y = year_of(r)
            labels.append(f"{region_name(r['region'], lang)}"
                          + (f", {y}" if y else "") + f" ({t('m.' + r['metric'], lang)})")
            vals.append(v)
            nums.append(self.citations.cite_row(r))
        if len(vals) < 2:
            return Html("")
        title = t("chart.trade_by_region", lang)
        svg = charts.barh_chart(labels, vals, xlabel=unit, lang=lang)
        return charts.figure_html(svg, self.next_figure(), title,
                                  self.source_line(nums, self.conversion_note(converted)),
                                  lang, alt=title)

    def disagreements(self) -> Html:
        """Where two sources give different figures for the same measure, year and scope:
        both side by side."""
        lang = self.lang
        rows = self.metric_rows(TRADE_METRICS)
        groups: dict[tuple[str, int, str], list[dict[str, Any]]] = {}
        for r in rows.to_dict("records"):
            y = year_of(r)
            if y is None:
                continue
            key = (r["metric"], y, "" if isblank(r.get("region")) else str(r["region"]))
            groups.setdefault(key, []).append(r)
        body = []
        for (metric, y, _reg), recs in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            distinct = {(round(float(r["value"]), 2), r["currency"], r.get("qualifier"))
                        for r in recs}
            if len(distinct) < 2:
                continue
            figs = "<br>".join(f"{self.money(r, with_conversion=False)}{self.cite(r)}"
                               for r in sorted(recs, key=lambda r: float(r["value"])))
            body.append([str(y), esc(t(f"m.{metric}", lang)), self.scope(recs[0]), figs])
        if not body:
            return self.empty("empty.disagree")
        return table_html([(t("col.year", lang), ""), (t("col.metric", lang), ""),
                           (t("col.scope", lang), ""), (t("col.figures", lang), "")],
                          body, caption=self.next_table(t("cap.disagreements", lang)))
