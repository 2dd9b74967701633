"""Reading the tables' rows: a figure's year, a project's evidence and articles, sort orders.

Rows come from `analysis.tables` (DataFrame records): cells may be blank (None, NaN),
lists may arrive as JSON text or as "a1;a2" strings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import pandas as pd

from analysis.briefing.formatting import isblank
from analysis.datafiles import data_json
from analysis.figures.mentions import PERIOD_TOTALS
from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern
from analysis.projects.joint_told import JOINT_SHOWN, told_jointly
from analysis.vocab import APART_SCOPES, BELARUS_OBLAST, HALTS, PAIR_ABROAD, STATUSES, TRADE_METRICS

# Sorts after every Russian region name: projects without a region come last.
_NO_REGION_LAST = "яяя"


def year_of(row: Mapping[str, Any]) -> int | None:
    """The year a figure refers to, as the table states it (None when it does not)."""
    y = row.get("year")
    if not isblank(y):
        try:
            return int(y)
        except (TypeError, ValueError):
            return None
    return None


def shown_year(row: Mapping[str, Any]) -> int | None:
    """The year a table's year cell prints: the figure's own, else the publication year its
    conversion used («2024 по дате публикации»); None for a span of years or no year."""
    y = year_of(row)
    if y is not None or row.get("year_source") == "span" or isblank(row.get("fx_year")):
        return y
    try:
        return int(row["fx_year"])
    except (TypeError, ValueError):
        return None


def has_region(row: Mapping[str, Any]) -> bool:
    """Whether a row names a region (not blank, not empty)."""
    reg = row.get("region")
    return not isblank(reg) and bool(str(reg))


def pair_abroad(row: Mapping[str, Any]) -> bool:
    """Whether a figure (or a mention) is what Russia and Belarus together bought or sold
    abroad: its scope, decided by the figures stage (`analysis.figures.scope`)."""
    return row.get("scope") == PAIR_ABROAD


def apart(row: Mapping[str, Any]) -> bool:
    """Whether a figure is no point of a whole's trade series: the pair's trade abroad, one
    Belarusian oblast's trade with Russia, or a Russian region's with one oblast (its scope,
    `analysis.vocab.APART_SCOPES`): never the lead's, its card's or the by-year chart's."""
    return row.get("scope") in APART_SCOPES


def oblast_own(row: Mapping[str, Any]) -> bool:
    """Whether a money figure is one Belarusian oblast's own (its investment in fixed capital,
    its budget: scope `belarus_oblast` on no trade metric, `analysis.figures.scope`): no
    Russia–Belarus money, listed after it and never charted among it."""
    return row.get("scope") == BELARUS_OBLAST and row.get("metric") not in TRADE_METRICS


def is_target(row: Mapping[str, Any]) -> bool:
    """Is the row a plan's «до» («увеличить производство до $25 млрд», «довести товарооборот
    до …»)? The gold's `up_to` covers a target and a ceiling alike; in a plan for a level —
    trade or output over a period (`PERIOD_TOTALS`) — the figure is the level aimed at, so the
    briefing says so instead of drawing a bound («≤»). A sum lent, granted or invested «в
    размере до $20 млн» stays a ceiling, planned or not: nobody aims at a credit's limit; but
    a volume of lending a verb of change takes «до» a level is that level (`level_reached`)."""
    return (row.get("qualifier") == "up_to" and bool(row.get("forecast"))
            and (row.get("metric") in PERIOD_TOTALS or level_reached(row)))


# «до» right before a figure whose surface leaves it out
_UP_TO_BEFORE = lazy_compile(r"(?<![а-яё])до[ \u00a0]*\Z")
# where a figure's own clause begins, back from its «до»
_CLAUSE_MARK = lazy_compile(r"[.;:!?()«»]|,[ \u00a0]+(?:а|но|и|что|который|которая|которые)[ \u00a0]")


def level_reached(row: Mapping[str, Any]) -> bool:
    """Is the row's «до» a level a verb of change reaches in its clause («объём кредитования
    вырастет до 4 млрд», «товарооборот может увеличиться до …»: `level_reached` of
    `data/headline_ru.json`), not a ceiling? Then it is printed without «до», and a credit's
    or an investment's such level is no deal (newuser40 F2)."""
    if row.get("qualifier") != "up_to":
        return False
    sentence, surface = str(row.get("sentence") or "").lower(), str(row.get("surface") or "").lower()
    at = sentence.find(surface) if surface else -1
    if at < 0:
        return False
    before = sentence[:at]
    if not (surface.startswith("до") or _UP_TO_BEFORE.search(before)):
        return False  # («не более 5 млн»: a bound of another word)
    clause = before[max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0):]
    return _level_words()["level_reached"].search(clause) is not None


def level_label_key(row: Mapping[str, Any]) -> str:
    """The label before a plan's «до» level (`is_target`): ``q.target`` («цель:») for a level
    aimed at, ``q.expected`` («ожидается:») for one a sentence only expects or forecasts
    («ожидают, что торговля вырастет до 52 млрд»: `level_expected` and no `level_aimed` of
    `data/headline_ru.json`; newuser32 F20)."""
    sentence = str(row.get("sentence") or "").lower()
    words = _level_words()
    if words["level_expected"].search(sentence) and not words["level_aimed"].search(sentence):
        return "q.expected"
    return "q.target"


def level_qualifier(row: Mapping[str, Any]) -> str:
    """The qualifier a plan's «до» level is printed with after its label (`level_label_key`):
    a level only expected keeps its «до» («ожидается: до $55 млрд» for «рассчитываем на рост
    до 55 млрд»: the words bound the expectation, as «свыше» bounds another forecast's; the
    row dropped it, newuser39 F7), a level aimed at is the aim itself («цель: $60 млрд» for
    «довести до 60 млрд»), and so is a level a verb of change reaches («ожидается: 4 млрд руб.»
    for «по оценке банка, вырастет до 4 млрд»: `level_reached`)."""
    return "up_to" if level_label_key(row) == "q.expected" and not level_reached(row) else "exact"


@cache
def _level_words() -> dict[str, re.Pattern[str]]:
    data = data_json("headline_ru.json")
    return {key: compile_pattern("|".join(f"(?:{p})" for p in data[key]))
            for key in ("level_expected", "level_aimed", "level_reached")}


def parse_evidence(x: Any) -> list[dict[str, Any]]:
    """A project's evidence ({article_id, file, start, end, text} each) from its cell."""
    if isblank(x):
        return []
    if isinstance(x, list):
        return [e for e in x if isinstance(e, dict)]
    try:
        data = json.loads(str(x))
    except ValueError:
        return []
    return [e for e in data if isinstance(e, dict)] if isinstance(data, list) else []


def split_ids(x: Any) -> list[str]:
    """A row's article ids from its cell ("a1;a2", as the tables join them, or a list). An id
    is a file's name and may hold spaces and commas («Амкодор в Пензе — ПромРегион»): only
    «;» parts them (newuser41 F8: such a project found no amount row, so no conversion)."""
    if isblank(x):
        return []
    if isinstance(x, list | tuple):
        return [str(i) for i in x]
    return [p.strip() for p in str(x).split(";") if p.strip()]


def sort_by_year(rows: pd.DataFrame) -> pd.DataFrame:
    """Figures, latest year first (undated last), then by measure; a figure dated by its
    publication («2023 по дате публикации») sorts under the year its cell prints."""
    years = [(shown_year(r) or 0) for r in rows.to_dict("records")]
    return rows.assign(_y=years).sort_values(["_y", "metric"], ascending=[False, True])


def sort_projects(p: pd.DataFrame) -> pd.DataFrame:
    """Projects by region, then status (display order), then product."""
    order = {s: i for i, s in enumerate(STATUSES)}
    return p.assign(
        _r=p["region"].fillna(_NO_REGION_LAST).astype(str),
        _s=p["status"].map(lambda s: order.get(s, len(order))),
    ).sort_values(["_r", "_s", "product"], kind="stable")


# A project's stages as a reader sees them, in display order: the halts («приостановлен»,
# «закрыт») are stages of their own, before the projects whose stage is not told.
STAGE_KEYS = (*(f"s.{s}" for s in STATUSES if s != "unknown"), *(f"h.{h}" for h in HALTS),
              "s.unknown")


def status_label_key(row: Mapping[str, Any]) -> str:
    """The label key of a project's stage as a reader sees it: a halted project («приостановлен»,
    «закрыт»: the register's `halted`, its status `unknown`) says its halt, else its status."""
    halted = row.get("halted")
    if isinstance(halted, str) and halted in HALTS:
        return f"h.{halted}"
    return f"s.{row.get('status') or 'unknown'}"


def halt_of_its_project(row: Mapping[str, Any], projects: pd.DataFrame | None) -> str | None:
    """The halt («suspended», «closed») of the register's project whose investment a money row
    is (the same sum and currency, told in one of the project's articles), or None: a lead's
    «largest investment» that is the plan of a project the same briefing lists as suspended
    says so (new user 34)."""
    if projects is None or not len(projects) or "halted" not in projects.columns \
            or isblank(row.get("value")):
        return None
    articles = {a for key in ("article_id", "article_ids") for a in split_ids(row.get(key))}
    for project in projects.to_dict("records"):
        halt = project.get("halted")
        if not (isinstance(halt, str) and halt in HALTS) or isblank(project.get("investment_value")):
            continue
        if float(project["investment_value"]) == float(row["value"]) \
                and str(project.get("investment_currency")) == str(row.get("currency")) \
                and articles & set(split_ids(project.get("article_ids"))):
            return halt
    return None


def kind_label_key(row: Mapping[str, Any]) -> str:
    """The label key of a project's kind: «совместное производство» for goods a pair makes
    together (`told_jointly` of its sentences; the register keeps the goods' kind), else
    the kind's own."""
    kind = row.get("kind") or "other"
    if kind in JOINT_SHOWN and told_jointly(str(ev.get("text") or "")
                                           for ev in parse_evidence(row.get("evidence"))):
        return JOINT_SHOWN[kind]
    return f"k.{kind}"
