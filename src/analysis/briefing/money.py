"""The money sections: investment, credit and financing amounts by kind, region and year."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any, NamedTuple

import pandas as pd

from analysis.briefing.chart_values import ChartValues
from analysis.briefing.citations import Cite
from analysis.briefing.deliveries import DELIVERY_METRICS, is_delivery
from analysis.briefing.figrows import figures_only
from analysis.briefing.formatting import Html, as_text, count_phrase, esc, isblank, table_html
from analysis.briefing.labels import currency_word, region_name, t
from analysis.briefing.names import names
from analysis.briefing.parts import whole_of
from analysis.briefing.phrases import Phrases
from analysis.briefing.purchases import financed_purchase, purchase_kind, purchased_goods
from analysis.briefing.rows import (
    has_region,
    is_target,
    level_label_key,
    level_qualifier,
    oblast_own,
    shown_year,
    year_of,
)
from analysis.briefing.trade import QUALIFIER_MARKS, qualifier_mark
from analysis.vocab import DEAL_METRICS, MONEY_METRICS


class Bar(NamedTuple):
    """One amount in the chart by kind."""

    value: float
    label: str
    metric: str
    cites: tuple[Cite, ...]
    planned: bool
    shown: str  # the value label at the bar's end, with the source's qualifier («>1,2»)


class MoneySections(Phrases):
    """Investment, credit and financing."""

    def deals_table(self) -> Html:
        """Sums of agreements and production values, apart from the money they are not, and
        single deliveries of counted machines into a region (`briefing.deliveries`: a deal
        like a contract, not the region's trade); empty when the briefing has none (the
        section is then left out)."""
        deliveries = self.deliveries()
        purchases = self.purchases()
        if len(purchases):
            deliveries = pd.concat([deliveries, purchases]) if len(deliveries) else purchases
        if not len(self.metric_rows(DEAL_METRICS)) and not len(deliveries):
            return Html("")
        return self.money_table(DEAL_METRICS, caption="cap.deals", extra=deliveries)

    def deliveries(self) -> pd.DataFrame:
        """The trade figures that are one delivery each (`briefing.deliveries`)."""
        rows = self.metric_rows(DELIVERY_METRICS)
        if not len(rows):
            return rows
        return rows[[is_delivery(r, self.mention_index) for r in rows.to_dict("records")]]

    def purchases(self) -> pd.DataFrame:
        """The `other` figures that are one buyer's purchase of counted goods
        (`briefing.purchases`)."""
        rows = self.metric_rows(["other"])
        if not len(rows):
            return rows
        return rows[[self._purchased(r) is not None for r in rows.to_dict("records")]]

    def _purchased(self, row: dict[str, Any]) -> str | None:
        return purchased_goods(row, self.mention_index, self.relevance.article_text)

    def money_table(self, metrics: Sequence[str] = MONEY_METRICS,
                    caption: str = "cap.money", extra: pd.DataFrame | None = None) -> Html:
        lang = self.lang
        rows = self.metric_rows(metrics)
        if extra is not None and len(extra):
            rows = pd.concat([rows, extra]) if len(rows) else extra
            metrics = [*metrics, *DELIVERY_METRICS, "other"]
        if not len(rows):
            return self.empty("empty.money")
        records = rows.to_dict("records")
        # Within a kind, the figures about the partnership first; a region's or a zone's
        # total named in the same article follows, marked (`briefing.relevance`).
        # (a Belarusian oblast's own investment, «Гомельская область (Беларусь)», follows too:
        # its scope says whose it is, `rows.oblast_own`)
        # Each group by the year its cell prints, the latest first as in the trade tables
        # (a year with none last), then the larger sum first: an order the reader sees (sums
        # in several currencies, some without a rate, show no order of size).
        rows = rows.assign(_rank=[self.rank_value(r) for r in records],
                           _about=[self.relevance.about_partnership(r) for r in records],
                           _own=[not oblast_own(r) for r in records],
                           _year=[shown_year(r) or 0 for r in records])
        rows = rows.sort_values(["metric", "_own", "_about", "_year", "_rank"],
                                ascending=[True, False, False, False, False],
                                key=lambda s: s.map({m: i for i, m in enumerate(metrics)})
                                if s.name == "metric" else s)
        none = esc(t("none", lang))
        unrelated = f' <span class="tag scope-note">{esc(t("mark.no_partner", lang))}</span>'
        body = []
        for r in rows.to_dict("records"):
            body.append([
                self.kind_cell(r),
                self.year_period_cell(r),  # («за девять месяцев»: not the whole year)
                self.scope(r),
                self.figure_amount(r) + ("" if r["_about"] else unrelated) + self.part_mark(r),
                esc(self.conversion(r)) or none,
                self.sources_count(r),
                self.cite(r),
            ])
        table = table_html([(t("col.kind", lang), ""), (t("col.year", lang), ""),
                            (t("col.scope", lang), ""), (t("col.amount", lang), "num"),
                            (t("col.converted", lang), ""), (t("col.n_sources", lang), "num"),
                            (t("col.src", lang), "")],
                           body, caption=self.next_table(t(caption, lang)), cls="data money")
        return Html(table + self.order_note(rows) + self.year_note(rows))

    def order_note(self, rows: pd.DataFrame) -> str:
        """The note under a money table of several rows that says their order ("" for one)."""
        if len(rows) < 2:
            return ""
        apart = not (rows["_about"].all() and rows["_own"].all())
        key = "note.money_order_apart" if apart else "note.money_order"
        return f'<p class="table-note">{esc(t(key, self.lang))}</p>'

    def source_currency_note(self, rows: pd.DataFrame, source: str) -> str:
        """The note of a chart drawn in the sources' currency `source` for want of rates: the
        years whose sums have no rate, the currency drawn and the one not converted to."""
        lang = self.lang
        missing: dict[str, set[int]] = {}  # currency → the years its sums have no rate for
        for r in rows.to_dict("records"):
            if isblank(r.get("converted_value")) and str(r.get("currency")) != self.currency and (
                    y := shown_year(r)):
                missing.setdefault(str(r.get("currency")), set()).add(y)
        years = sorted(set().union(*missing.values())) if missing else []
        cur, target = currency_word(source, lang), currency_word(self.currency, lang)
        if not years:
            return t("note.source_currency_some", lang, cur=cur, target=target)
        if len(missing) > 1:
            # «нет курса за 2024 г. (руб.), 2025 г. (бел. руб.)»: which sums lack one, not
            # every year of any sum (the table converts 2025's roubles: newuser40 F9)
            pairs = [t("note.rate_missing_for", lang, years=", ".join(map(str, sorted(ys))),
                       cur=currency_word(c, lang)) for c, ys in sorted(
                           missing.items(), key=lambda item: (min(item[1]), item[0]))]
            return t("note.source_currency_by", lang, pairs=", ".join(pairs), cur=cur,
                     target=target)
        return t("note.source_currency", lang, years=", ".join(map(str, years)), cur=cur,
                 target=target, n=len(years))

    def money_chart(self, metrics: Sequence[str] = MONEY_METRICS) -> Html:
        """Each plausible figure about the partnership as a bar (converted where a rate
        exists), hatched by kind; a forecast (a plan for a later year) says so in its label.
        A figure the table marks as not about the partnership (a region's or a zone's total
        of unrelated projects) is not drawn among Belarus's: the note counts it."""
        from analysis.briefing import charts  # matplotlib: only when a chart is drawn

        lang = self.lang
        rows = figures_only(self.metric_rows(metrics), plausible=True)
        if not len(rows):
            return Html("")  # the table below says there is nothing
        chart = self.chart_values(rows, at_own_rate=True)
        values, unit, converted = chart.values, chart.unit, chart.converted
        items, unrelated, oblasts, parts = [], 0, 0, 0
        for k, (r, v) in enumerate(zip(rows.to_dict("records"), values, strict=True)):
            if v is None:
                continue
            if oblast_own(r):
                oblasts += 1  # (a Belarusian oblast's own investment: no Russia–Belarus money)
                continue
            if not self.relevance.about_partnership(r):
                unrelated += 1  # («свыше 100 млрд руб.» of a region's hundred projects)
                continue
            if whole_of(r, self.mention_index) is not None:
                parts += 1  # («850 млн, из них 320 млн»: the 320 млн are inside the 850 млн)
                continue
            y = year_of(r)
            where = region_name(r.get("region"), lang) if has_region(r) else ""
            label = t(f"m.{r['metric']}", lang).capitalize()
            forecast = t("mark.forecast", lang) if bool(r.get("forecast")) else ""
            extra = ", ".join(x for x in (where, str(y) if y else "", forecast) if x)
            if extra:
                label += f" ({extra})"
            items.append(Bar(value=v, label=label, metric=r["metric"],
                             cites=tuple(self.figure_cites(r)), planned=bool(forecast),
                             shown=self.bar_value_label(r, v, chart, rated=k in chart.rated)))
        if not items:
            return self.empty("empty.chart")
        items.sort(key=lambda it: -it.value)
        # plans and pledges are drawn (a pledged deal is the news), and the note says so,
        # as the method note does
        notes = [self.conversion_note(converted)]
        if not converted and self.currency and any(not isblank(r.get("converted_value"))
                                                   or r.get("currency") != self.currency
                                                   for r in rows.to_dict("records")):
            # («нет курса за 2026 год»: the sums as the sources give them, said so, naming
            # the years with no rate and both currencies: newuser38 found «Курса за год части
            # сумм нет: график — в валюте источника» cryptic)
            notes.append(self.source_currency_note(rows, chart.currency))
        if (unplotted := sum(v is None for v in values)) and not converted:
            notes.append(t("note.other_currency", lang, n=unplotted))
        if chart.rated:
            notes.append(t("note.into_source", lang, n=len(chart.rated),
                           cur=currency_word(chart.currency, lang)))
        if any(it.shown[:1] in QUALIFIER_MARKS.values() for it in items):
            notes.append(t("note.marks", lang))
        if any(it.planned for it in items):
            notes.append(t("note.plans", lang))
        if unrelated:
            notes.append(t("note.apart", lang, n=unrelated))
        if oblasts:
            notes.append(t("note.apart_scope", lang, n=oblasts))
        if parts:
            notes.append(t("note.parts", lang, n=parts))
        title = t("chart.money", lang)
        svg, phone = charts.drawings(partial(
            charts.barh_chart, [f"[{','.join(c.label for c in it.cites)}] {it.label}" for it in items],
            [it.value for it in items], xlabel=unit,
            groups=[t(f"m.{it.metric}", lang) for it in items], lang=lang,
            value_labels=[it.shown for it in items]))
        return charts.figure_html(svg, self.next_figure(), title,
                                  self.source_line([n for it in items for n in it.cites],
                                                   "; ".join(n for n in notes if n)),
                                  lang, alt=title, phone=phone)

    def kind_cell(self, row: dict[str, Any]) -> str:
        """«инвестиции»; a delivery's «поставка (экспорт: тракторы)», escaped."""
        kind = t(f"m.{row['metric']}", self.lang)
        if row["metric"] == "other" and (bought := purchase_kind(
                row, self.mention_index, self.relevance.article_text, self.lang)) is not None:
            return esc(bought)
        # «купит 40 тракторов … за счёт кредита … на 300 млн»: the credit names what it buys
        if (paid := financed_purchase(row, self.mention_index,
                                      self.relevance.article_text)) is not None:
            goods = names().name(paid, "goods", self.lang) if paid else ""
            return esc(t("m.pays_for", self.lang, kind=kind) + (f" ({goods})" if goods else ""))
        if row["metric"] in DELIVERY_METRICS:
            goods = names().name(as_text(row.get("goods")).strip(), "goods", self.lang)
            kind = t("m.delivery", self.lang, measure=f"{kind}: {goods}" if goods else kind)
        return esc(kind)

    def part_mark(self, row: dict[str, Any]) -> str:
        """«часть суммы 850 млн руб. [2.1]» after a part of a sum told with it; "" else."""
        whole = whole_of(row, self.mention_index)
        if whole is None:
            return ""
        said = t("mark.part", self.lang, amount=self.amount_text(whole))
        return f' <span class="tag scope-note">{said}{self.cite(whole)}</span>'

    def bar_value_label(self, row: dict[str, Any], shown: float, chart: ChartValues,
                        rated: bool = False) -> str:
        """A bar's value label carrying the table's qualifier and its precision: «>1,2» for
        «свыше», «≈1,2» for «около», a range as «1,2–1,5» (its high end scaled as the bar
        is); a sum drawn at a rate in the sources' currency (`rated`) is «≈» too."""
        text = chart.label(shown, self.lang)
        if rated and row.get("qualifier") in (None, "", "exact"):
            return qualifier_mark("approx") + text
        high, value = row.get("value_high"), row.get("value")
        if row.get("qualifier") == "range" and not isblank(high) and value:
            return f"{text}–{chart.label(shown * float(high) / float(value), self.lang)}"
        if is_target(row):  # a plan's «до»: the level aimed at, not a ceiling («≤»)
            return f"{t(level_label_key(row), self.lang)} {qualifier_mark(level_qualifier(row))}{text}"
        return qualifier_mark(row.get("qualifier")) + text

    def _figures_cell(self, recs: list[dict[str, Any]], with_conversion: bool) -> str:
        # «инвестиции: 1,2 млрд руб.[3]<br>кредит: …»
        # (a part of the year says which: «финансирование (январь–сентябрь): 8,3 млрд руб.»)
        return "<br>".join(f"{esc(t('m.' + r['metric'], self.lang))}{self._period_note(r)}: "
                           f"{self.money(r, with_conversion=with_conversion)}{self.cite(r)}"
                           f"{self.figure_marks(r)}" for r in recs)

    def _period_note(self, row: dict[str, Any]) -> str:
        period = row.get("period")
        return "" if isblank(period) or not str(period) else (
            f" ({esc(self.period_words(str(period)))})")

    def money_by_region(self, metrics: Sequence[str] = MONEY_METRICS) -> Html:
        lang = self.lang
        rows = self.metric_rows(metrics)
        if not len(rows):
            return self.empty("empty.money")
        no_region = t("no_region.money", lang)
        groups: dict[str, list[dict[str, Any]]] = {}
        named: set[str] = set()  # the labels of a region's figures
        for r in rows.to_dict("records"):
            label = self.region_label(r)
            groups.setdefault(label, []).append(r)
            if has_region(r):
                named.add(label)
        body = []
        # the regions first, then the two countries' own figures (an intergovernmental credit:
        # «Россия — Беларусь»), then those whose region the text does not give (newuser42 F9)
        for key in sorted(groups, key=lambda k: (k == no_region, k not in named, k)):
            recs = groups[key]
            body.append([esc(key), str(len(recs)), self._figures_cell(recs, False)])
        return table_html([(t("col.region", lang), ""), (t("col.count", lang), "num"),
                           (t("col.figures", lang), "")], body,
                          caption=self.next_table(t("cap.money_by_region", lang)),
                          cls="data grouped")

    def money_by_year(self, metrics: Sequence[str] = MONEY_METRICS) -> Html:
        lang = self.lang
        rows = self.metric_rows(metrics)
        if not len(rows):
            return self.empty("empty.money")
        # a figure without a year of its own goes under its publication year, marked
        groups: dict[str, list[dict[str, Any]]] = {}
        for r in rows.to_dict("records"):
            groups.setdefault(self.year_cell(r), []).append(r)
        body = []
        for cell in sorted(groups, key=lambda c: (not c[:4].isdigit(), c[:4], c)):
            recs = groups[cell]
            body.append([cell, str(len(recs)), self._figures_cell(recs, True)])
        table = table_html([(t("col.year", lang), ""), (t("col.count", lang), "num"),
                            (t("col.figures", lang), "")], body,
                           caption=self.next_table(t("cap.money_by_year", lang)),
                           cls="data grouped")
        return Html(table + self.year_note(rows))

    def money_summary(self) -> Html:
        lang = self.lang
        rows = self.metric_rows(MONEY_METRICS)
        if not len(rows):
            return self.empty("empty.money")
        parts = []
        for m in MONEY_METRICS:
            n = int((rows["metric"] == m).sum())
            if n:
                parts.append(f"{t(f'm.{m}', lang)} — {n}")
        sentences = [t("money.count", lang, amounts=count_phrase(len(rows), "pl.amount", lang),
                       parts=esc(", ".join(parts)))]
        for m in MONEY_METRICS:
            row = self.largest(m)
            if row is not None:
                sentences.append(t(f"money.largest.{m}", lang,
                                   amount=self.money_with_notes(row), cite=self.cite(row)))
        return Html(f'<p class="lead">{" ".join(sentences)}</p>')
