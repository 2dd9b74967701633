"""The project sections: summary, the register, by region and status, timelines,
investment tied to projects, and the sentences each project rests on."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import partial
from typing import Any

import pandas as pd

from analysis.briefing.citations import Citations, Cite
from analysis.briefing.formatting import (
    Html,
    count_phrase,
    esc,
    fmt_localisation,
    fmt_money,
    fmt_timeline,
    isblank,
    quoted,
    table_html,
)
from analysis.briefing.labels import region_name, t
from analysis.briefing.names import names
from analysis.briefing.phrases import Phrases
from analysis.briefing.rows import (
    STAGE_KEYS,
    has_region,
    kind_label_key,
    parse_evidence,
    sort_projects,
    split_ids,
    status_label_key,
)

# Evidence sentences quoted per project.
MAX_QUOTES = 3


def project_place(row: Mapping[str, Any], lang: str) -> str:
    """A project's region in `lang`; a project with no region is in Belarus where the
    register names its Belarusian place (`location`: «Беларусь (Витебск)»), else the Union
    State's (or Belarus's, not told where)."""
    if has_region(row):
        return region_name(row.get("region"), lang)
    place = "" if isblank(row.get("location")) else str(row.get("location")).strip()
    if not place:
        return t("union_state", lang)
    if place == "Беларусь":
        return t("belarus", lang)
    return t("belarus_place", lang, place=names().name(place, "town", lang))


def project_timeline(row: Mapping[str, Any], lang: str) -> str:
    """A project's timeline for a reader; a halted project's is its resumption («возобновление:
    2026 г.»), or, where none is told, the year it had run since («Предприятие работало с 2019
    года»: «работал с 2019 г.», never a resumption «с 2019 г.»)."""
    timeline = row.get("timeline")
    when = fmt_timeline(timeline, lang)
    if when and status_label_key(row) == "h.cancelled":
        return t("timeline.cancelled", lang, when=when)  # «отказ: 2015 г.» (new user 35)
    if when and status_label_key(row).startswith("h."):
        since = re.fullmatch(r"(\d{4})-since", str(timeline).strip())
        if since:
            return t("timeline.ran_since", lang, year=since.group(1))
        return t("timeline.resumption", lang, when=when)
    return when


class ProjectSections(Phrases):
    """Localization and joint production projects."""

    def _project_region(self, row: Mapping[str, Any]) -> str:
        """Where a project is, escaped: its region, else the Belarusian place the register
        gives a project in Belarus («Беларусь (Витебск)»), else the Union State."""
        return esc(project_place(row, self.lang))

    def projects_summary(self) -> Html:
        lang = self.lang
        p = self.projects
        if not len(p):
            return self.empty("empty.projects")
        with_inv = int(p["investment_value"].notna().sum())
        s = t("projects.register", lang, projects=count_phrase(len(p), "pl.project", lang),
              statuses=self.status_phrase())
        where = self.projects_where("projects.in_regions", "pl.region_loc")
        s += where
        s += "."
        if with_inv:
            s += " " + t("projects.with_investment", lang,
                         projects=count_phrase(with_inv, "pl.project_gen", lang))
        return Html(f'<p class="lead">{s}</p>')

    def project_table(self, evidence: bool = False) -> Html:
        lang = self.lang
        p = self.projects
        if not len(p):
            return self.empty("empty.projects")
        none = esc(t("none", lang))
        body = []
        depth = any(fmt_localisation(r, lang) for r in p.to_dict("records"))
        for r in sort_projects(p).to_dict("records"):
            inv = ""
            if not isblank(r.get("investment_value")):
                inv = esc(fmt_money(r["investment_value"], r.get("investment_currency"), lang))
            kind = esc(t(kind_label_key(r), lang))
            # the row's own sentences numbered before its localisation's (reading order)
            sources = Citations.mark(self.timeline_cites(r))
            body.append([
                f"{self.project_name(r)}<span class=\"sub\">{kind}</span>",
                self._project_region(r),
                esc(self.enterprise_list(r)) or none,
                esc(t(status_label_key(r), lang)),
                esc(project_timeline(r, lang)) or none,
                inv or none,
                *([self.localisation_cell(r) or none] if depth else []),
                sources,
            ])
        # how deep the localisation is: a column only where some row tells it
        return table_html([(t("col.project", lang), ""), (t("col.region", lang), ""),
                           (t("col.enterprises", lang), ""), (t("col.status", lang), ""),
                           (t("col.timeline", lang), ""), (t("col.investment", lang), "num"),
                           *([(t("col.localisation", lang), "")] if depth else []),
                           (t("col.src", lang), "")], body,
                          caption=self.next_table(t("cap.projects", lang)),
                          cls="data projects localised" if depth else "data projects")

    def timeline_cites(self, row: Mapping[str, Any], limit: int = 3) -> list[Cite]:
        """A project's citations with the sentence that gives its timeline among them (the
        register's `timeline_evidence`: «Возобновить проект намерены не раньше 2027 года» for
        «возобновление: 2027 г.»), then its other sentences (`project_cites`), at most `limit`."""
        told = [self.citations.cite(ev.get("article_id"), ev.get("text"), ev.get("file"))
                for ev in parse_evidence(row.get("timeline_evidence"))]
        if not told:
            return self.project_cites(row, limit)
        rest = self.project_cites(row, max(1, limit - len(told)))
        # (in reading order: by reference, then by sentence)
        return sorted(set(told + rest), key=lambda c: (c.number, c.sentence))

    def localisation_cell(self, row: Mapping[str, Any]) -> str:
        """«40% → цель 60%» with the sentences it rests on cited («[2.3]»), as every other
        figure is (the register's `localisation_evidence`), escaped; "" when none is told."""
        depth = fmt_localisation(row, self.lang)
        if not depth:
            return ""
        cites = [self.citations.cite(ev.get("article_id"), ev.get("text"), ev.get("file"))
                 for ev in parse_evidence(row.get("localisation_evidence"))]
        return esc(depth) + Citations.mark(cites)

    def projects_by_status_chart(self) -> Html:
        from analysis.briefing import charts  # matplotlib: only when a chart is drawn

        lang = self.lang
        counts = self.status_counts()
        if not counts:
            return Html("")
        nums = [n for r in self.projects.to_dict("records") for n in self.project_cites(r, 1)]
        title = t("chart.projects_by_status", lang)
        svg, phone = charts.drawings(partial(
            charts.barh_chart, [t(key, lang) for key, _ in counts], [c for _, c in counts],
            xlabel=t("ax.projects", lang), integer=True, lang=lang))
        return charts.figure_html(svg, self.next_figure(), title, self.source_line(nums),
                                  lang, alt=title, phone=phone)

    def projects_by_region_chart(self) -> Html:
        from analysis.briefing import charts

        lang = self.lang
        p = self.projects
        if not len(p):
            return Html("")
        regions = [project_place(r, lang) for r in p.to_dict("records")]
        if len(set(regions)) < 2:
            return self.projects_by_status_chart()  # one bar per region would say nothing
        # a halted project is stacked under its halt, not under «не ясен»
        stages = [status_label_key(r) for r in p.to_dict("records")]
        stages = [k if k in STAGE_KEYS else "s.unknown" for k in stages]
        order = pd.Series(regions).value_counts()
        labels = sorted(order.index, key=lambda r: (-order[r], r))
        stacks = {t(k, lang): [sum(1 for rg, st in zip(regions, stages, strict=True)
                                   if rg == lab and st == k) for lab in labels]
                  for k in STAGE_KEYS if k in stages}
        nums = [n for r in p.to_dict("records") for n in self.project_cites(r, 1)]
        title = t("chart.projects_by_region", lang)
        svg, phone = charts.drawings(partial(charts.stacked_barh, labels, stacks,
                                             xlabel=t("ax.projects", lang), lang=lang))
        return charts.figure_html(svg, self.next_figure(), title, self.source_line(nums),
                                  lang, alt=title, phone=phone)

    def timelines(self) -> Html:
        lang = self.lang
        p = self.projects
        if len(p):
            p = p[p["timeline"].notna() & (p["timeline"].astype(str) != "")]
        if not len(p):
            return self.empty("empty.timelines")
        body = [[esc(project_timeline(r, lang)), self.project_name(r),
                 self._project_region(r),
                 esc(t(status_label_key(r), lang)),
                 Citations.mark(self.timeline_cites(r))]
                for r in p.sort_values("timeline").to_dict("records")]
        return table_html([(t("col.timeline", lang), ""), (t("col.project", lang), ""),
                           (t("col.region", lang), ""), (t("col.status", lang), ""),
                           (t("col.src", lang), "")], body,
                          caption=self.next_table(t("cap.timelines", lang)), cls="data timelines")

    def project_investment(self) -> Html:
        lang = self.lang
        p = self.projects
        if len(p):
            p = p[p["investment_value"].notna()]
        if not len(p):
            return self.empty("empty.section")
        body = []
        for r in p.to_dict("records"):
            row = {"value": r["investment_value"], "currency": r.get("investment_currency"),
                   "qualifier": "exact"}
            # the conversion comes from the amount row (same article, same value)
            match = self.amount_for_project(r)
            conv = self.conversion(match) if match is not None else ""
            body.append([self.project_name(r), self._project_region(r),
                         self.money(row, with_conversion=False),
                         esc(conv) or esc(t("none", lang)),
                         Citations.mark(self.project_cites(r))])
        return table_html([(t("col.project", lang), ""), (t("col.region", lang), ""),
                           (t("col.investment", lang), "num"), (t("col.converted", lang), ""),
                           (t("col.src", lang), "")], body,
                          caption=self.next_table(t("cap.project_investment", lang)),
                          cls="data project-investment")

    def amount_for_project(self, project: Mapping[str, Any]) -> dict[str, Any] | None:
        """The amount row that gives a project's investment (same article, same value)."""
        a = self.amounts
        if not len(a) or isblank(project.get("investment_value")):
            return None
        ids = set(split_ids(project.get("article_ids")))
        for r in a.to_dict("records"):
            if str(r["article_id"]) in ids and not isblank(r["value"]) and \
                    float(r["value"]) == float(project["investment_value"]):
                return r
        return None

    def evidence(self) -> Html:
        """The sentences each project rests on, quoted in Russian with their citation."""
        lang = self.lang
        p = self.projects
        if not len(p):
            return self.empty("empty.projects")
        parts = []
        for r in sort_projects(p).to_dict("records"):
            evs = parse_evidence(r.get("evidence"))
            if not evs:
                continue
            reg = project_place(r, lang)
            quotes = "".join(
                f"<blockquote>{quoted(ev.get('text'))}"
                + Citations.mark([self.citations.cite(ev.get("article_id"), ev.get("text"),
                                                      ev.get("file"))])
                + "</blockquote>" for ev in evs[:MAX_QUOTES])
            parts.append(f'<div class="evidence"><h3>{self.project_name(r)} '
                         f'<span class="sub">({esc(reg)}; '
                         f'{esc(t(status_label_key(r), lang))})</span></h3>'
                         f"{quotes}</div>")
        if not parts:
            return self.empty("empty.section")
        return Html("".join(parts))
