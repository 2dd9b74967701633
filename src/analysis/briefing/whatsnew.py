"""What is new since the previous build of the same briefing: figures and projects added or
changed.

`briefing build` keeps, for each briefing, the figures and projects tables of its previous
good build (``<out>/tables/previous/<name>/figures.csv`` and ``projects.csv``: the
briefing's own downloads of last time) and passes that folder as the notebook's `since`
parameter. In JupyterLab `since` is empty and the section says nothing.

A figure (a consolidated one, `analysis.figures`) is identified by what it measures
(metric, region, scope, year, period, forecast); it is *new* when the previous build had no
figure with that identity, and *changed* when its value differs. A previous table without a
`forecast` column (from before the figures were consolidated) or a `scope` column (from
before the two countries' trade abroad was a scope of its own) is compared without it.
A project is identified by its region, enterprises and kind; it is *changed* when its
status, timeline or investment differ.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.briefing.citations import Citations
from analysis.briefing.downloads import consolidated_table
from analysis.briefing.formatting import Html, esc, fmt_money, isblank
from analysis.briefing.labels import measure_label, region_name, t
from analysis.briefing.names import names
from analysis.briefing.phrases import Phrases
from analysis.briefing.purchases import purchase_kind
from analysis.briefing.rows import status_label_key

FIGURE_KEY = ("metric", "goods", "flow", "region", "scope", "year", "period", "forecast")
PROJECT_KEY = ("region", "enterprises", "kind")
PROJECT_WATCHED = ("status", "halted", "timeline", "investment_value")
MAX_ITEMS = 8  # per list: the section is a digest, the tables hold the rest


def _part(value: Any) -> str:
    """A key part as text, the same whether read from a table in memory or from its CSV."""
    if isblank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text[:-2] if text.endswith(".0") and text[:-2].lstrip("-").isdigit() else text


def _number(value: Any) -> str:
    """A value as compared: six significant digits ("" when there is none)."""
    try:
        return f"{float(value):.6g}" if not isblank(value) and value != "" else ""
    except (TypeError, ValueError):
        return str(value)


def _key(row: Any, columns: Iterable[str]) -> tuple[str, ...]:
    return tuple(_part(row.get(c)) for c in columns)


def _values(frame: pd.DataFrame, key: tuple[str, ...] = FIGURE_KEY
            ) -> dict[tuple[str, ...], set[tuple[str, str]]]:
    """Figure identity → the (value, currency) pairs stated for it."""
    found: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for row in frame.to_dict("records"):
        stated = (_number(row.get("value")), _part(row.get("currency")))
        found.setdefault(_key(row, key), set()).add(stated)
    return found


def _bool_part(value: Any) -> str:
    """A flag as compared: "True" / "False" from a table in memory or from its CSV."""
    text = _part(value)
    return "True" if text.lower() in ("true", "1") else "False"


def _normal(frame: pd.DataFrame) -> pd.DataFrame:
    """A figures table whose `forecast` reads the same from memory and from CSV."""
    if "forecast" not in frame.columns or not len(frame):
        return frame
    return frame.assign(forecast=[_bool_part(v) for v in frame["forecast"]])


@dataclass
class Changes:
    """Rows of the current briefing that are new or changed since the previous build."""

    compared: bool = False  # False: there was no previous build to compare with
    new_figures: list[dict[str, Any]] = field(default_factory=list)
    changed_figures: list[dict[str, Any]] = field(default_factory=list)
    new_projects: list[dict[str, Any]] = field(default_factory=list)
    changed_projects: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.new_figures or self.changed_figures or self.new_projects
                    or self.changed_projects)


def read_previous(folder: str | Path) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The previous build's figures and projects tables, None when there are none."""
    folder = Path(folder)
    figures, projects = folder / "figures.csv", folder / "projects.csv"
    if not figures.is_file() or not projects.is_file():
        return None
    try:
        return (pd.read_csv(figures, encoding="utf-8-sig", dtype=str, keep_default_na=False),
                pd.read_csv(projects, encoding="utf-8-sig", dtype=str, keep_default_na=False))
    except (OSError, ValueError):  # unreadable: compare with nothing rather than fail
        return None


def compare(figures: pd.DataFrame, projects: pd.DataFrame,
            previous: tuple[pd.DataFrame, pd.DataFrame] | None) -> Changes:
    """What `figures` and `projects` (this build's) add to or change in `previous`."""
    if previous is None:
        return Changes()
    key_columns = tuple(c for c in FIGURE_KEY if c in previous[0].columns
                        or c not in ("forecast", "scope", "goods", "flow"))
    old_values = _values(_normal(previous[0]), key_columns)
    changes = Changes(compared=True)
    figures = _normal(figures)
    new_values = _values(figures, key_columns)
    seen: set[tuple[str, ...]] = set()
    for row in figures.to_dict("records"):
        key = _key(row, key_columns)
        if key in seen:
            continue
        seen.add(key)
        if key not in old_values:
            changes.new_figures.append(row)
        elif new_values[key] != old_values[key]:
            changes.changed_figures.append(row)
    old_projects = {_key(r, PROJECT_KEY): r for r in previous[1].to_dict("records")}
    for row in projects.to_dict("records"):
        before = old_projects.get(_key(row, PROJECT_KEY))
        if before is None:
            changes.new_projects.append(row)
        elif _key(row, PROJECT_WATCHED) != _key(before, PROJECT_WATCHED):
            changes.changed_projects.append((row, before))
    return changes


class WhatsNewSection(Phrases):
    """The overview's «Что нового» digest."""

    def changes(self) -> Changes:
        if not self.since:
            return Changes()
        return compare(consolidated_table(self.figures, self.articles), self.projects,
                       read_previous(self.since))

    def _figure_item(self, row: dict[str, Any]) -> str:
        flow = row.get("flow")
        # a purchase is named as the deals table names it («покупка (автобусы)», not «прочее»)
        what = purchase_kind(row, self.mention_index, self.relevance.article_text, self.lang) \
            or measure_label(str(row.get("metric")), flow if isinstance(flow, str) else None,
                             bool(not isblank(row.get("region")) and row.get("region")),
                             self.lang)
        if not isblank(row.get("region")) and row.get("region"):
            what += f", {region_name(str(row['region']), self.lang)}"
        when = " ".join(p for p in (_part(row.get("period")), _part(row.get("year"))) if p)
        value = fmt_money(row.get("value"), row.get("currency"), self.lang,
                          row.get("qualifier") or "exact", row.get("value_high"))
        forecast = f" ({t('mark.forecast', self.lang)})" if _bool_part(row.get("forecast")) == "True" \
            else ""
        return (f"<li>{esc(what)}{esc(', ' + when) if when else ''}: {esc(value + forecast)}"
                f"{self.cite(row)}</li>")

    def _project_item(self, row: dict[str, Any], before: dict[str, Any] | None) -> str:
        table = names()
        region = _part(row.get("region"))
        label = " — ".join(p for p in (table.enterprises(_part(row.get("enterprises")), self.lang),
                                       table.product(_part(row.get("product")), self.lang),
                                       region_name(region, self.lang) if region else "") if p)
        text = esc(label)
        # («не ясен → закрыт»: a halt told since is a change of stage as a reader sees it)
        was, now = (status_label_key({k: _part(r.get(k)) for k in ("status", "halted")})
                    for r in (before or {}, row))
        if before is not None and was != now:
            text += esc(f" ({t(was, self.lang)} → {t(now, self.lang)})")
        return f"<li>{text}{Citations.mark(self.project_cites(row))}</li>"

    def whats_new(self) -> Html:
        """The digest of what this build adds; "" in JupyterLab (no previous build given)."""
        if not self.since:
            return Html("")
        changes = self.changes()
        parts = [str(self.heading("whats_new"))]
        if not changes.compared:
            parts.append(str(self.empty("whatsnew.first")))
        elif changes.empty:
            parts.append(str(self.empty("whatsnew.none")))
        lists = (("whatsnew.new_figures", [self._figure_item(r) for r in changes.new_figures]),
                 ("whatsnew.changed_figures",
                  [self._figure_item(r) for r in changes.changed_figures]),
                 ("whatsnew.new_projects",
                  [self._project_item(r, None) for r in changes.new_projects]),
                 ("whatsnew.changed_projects",
                  [self._project_item(r, b) for r, b in changes.changed_projects]))
        for key, items in lists:
            if items:
                more = len(items) - MAX_ITEMS
                tail = (f'<li class="more">{esc(t("whatsnew.more", self.lang, n=more))}</li>'
                        if more > 0 else "")
                parts.append(f'<p class="whatsnew">{esc(t(key, self.lang))}</p>'
                             f'<ul class="whatsnew">{"".join(items[:MAX_ITEMS])}{tail}</ul>')
        return Html(f'<section class="whatsnew">{"".join(parts)}</section>')
