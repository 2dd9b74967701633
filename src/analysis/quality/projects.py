"""Score the project register against annotated articles.

A gold project is **found** by a register row that cites its article and has the same
region (both empty for projects in Belarus or Union-wide) and shares one enterprise with it;
where the text names no enterprise, the product must match instead (a shared content word).
`exact` also asks for the same set of enterprises (the stricter measure of earlier rounds).
A row that cites several articles counts once per article. Kind and status are checked on
the found projects. Figures are kept overall and per annotation class.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analysis.lazypattern import lazy_compile
from analysis.quality.gold import Counts, case_file

_WORD = lazy_compile(r"[А-Яа-яЁёA-Za-z]{4,}")


@dataclass
class ProjectTally(Counts):
    exact: int = 0
    kind_ok: int = 0
    status_ok: int = 0
    product_ok: int = 0  # the row's product shares a content word with the reference's

    def summary(self, with_precision: bool = True) -> str:
        head = f"recall {self.recall:.2f} ({self.found}/{self.gold})"
        if with_precision:
            head += f", precision {self.precision:.2f} (of {self.predicted})"
        return (f"{head}; exact enterprises {self.exact}; "
                f"kind {self.kind_ok}/{self.found}, status {self.status_ok}/{self.found}, "
                f"product {self.product_ok}/{self.found}")


@dataclass
class ProjectScore:
    overall: ProjectTally
    by_class: dict[str, ProjectTally]
    trap_rows: int  # register rows in articles annotated with no project at all
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"all: {self.overall.summary()}; rows in no-project articles: {self.trap_rows}"]
        lines += [f"  {k}: {t.summary(with_precision=False)}" for k, t in sorted(self.by_class.items())]
        return "\n".join(lines)


def _blank(x: Any) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or x == ""


def _names(x: Any) -> list[str]:
    if _blank(x):
        return []
    return [n for n in (x.split(";") if isinstance(x, str) else x) if n]


def _ids(x: Any) -> list[str]:
    return [] if _blank(x) else [i for i in str(x).split(";") if i]


def _stems(text: Any) -> set[str]:
    """Content words cut to their first five letters: a cheap, inflection-blind match."""
    return {w.lower()[:5] for w in _WORD.findall("" if _blank(text) else str(text))}


def _matches(row: tuple[str | None, set[str], set[str]], region: str | None,
             firms: set[str], product: set[str]) -> bool:
    r_region, r_firms, r_product = row
    if r_region != region:
        return False
    return bool(r_firms & firms) if firms else bool(r_product & product)


def gazetteer_name(name: str) -> str:
    """The gazetteer's normal name of an enterprise written whole (aliases, cases, legal
    forms), else the name as written: the `enterprise_name` the tests and benchmarks use."""
    from analysis.entities import find_enterprises

    found = find_enterprises(name)
    whole = len(found) == 1 and found[0].end - found[0].start >= len(name) - 2
    return found[0].normal if whole else name


def score_projects(cases: Iterable[dict[str, Any]], register: pd.DataFrame,
                   region_name: Callable[[str], str | None] | None = None,
                   enterprise_name: Callable[[str], str] | None = None) -> ProjectScore:
    """Score a register built from a corpus written by `gold.write_corpus(cases)`.

    `region_name` and `enterprise_name` normalise names for comparison (aliases, case
    forms); by default names are compared as written.
    """
    def region(x: Any) -> str | None:
        return None if _blank(x) else ((region_name(str(x)) if region_name else None) or str(x))

    def firm(x: str) -> str:
        return (enterprise_name(x) if enterprise_name else x).casefold()

    units: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in register.to_dict("records"):
        for art in _ids(row.get("article_ids")):
            units[art].append(row)
    overall, by_class = ProjectTally(), defaultdict(ProjectTally)
    trap_rows, errors = 0, []
    for case in cases:
        art = case_file(case).rsplit(".", 1)[0]
        rows = units.get(art, [])
        overall.predicted += len(rows)
        if not case["projects"]:
            trap_rows += len(rows)
            errors += [f"{case['id']} phantom: {r['region']} / {r['enterprises']} / "
                       f"{r['product']}" for r in rows]
        free = list(range(len(rows)))
        got = [(region(r["region"]), {firm(n) for n in _names(r["enterprises"])},
                _stems(r["product"])) for r in rows]
        for g in case["projects"]:
            slices = [overall] + [by_class[c] for c in g.get("classes", [])]
            want_region = region(g["region"])
            want_firms = {firm(n) for n in g["enterprises"]}
            want_product = _stems(g.get("product"))

            candidates = [i for i in free
                          if _matches(got[i], want_region, want_firms, want_product)]
            # Prefer the row of the same kind, then the one with the same enterprises.
            candidates.sort(key=lambda i: (rows[i]["kind"] != g["kind"], got[i][1] != want_firms))
            for t in slices:
                t.gold += 1
            if not candidates:
                errors.append(f"{case['id']} missed {g['region']} / {g['enterprises']} / "
                              f"{g.get('product')}")
                continue
            i = candidates[0]
            free.remove(i)
            for t in slices:
                t.found += 1
                t.exact += got[i][1] == want_firms
                t.kind_ok += rows[i]["kind"] == g["kind"]
                t.status_ok += rows[i]["status"] == g["status"]
                t.product_ok += bool(got[i][2] & want_product) or not want_product
            # a wrong kind or status on a matched row is listed so its cause can be read
            errors += [f"{case['id']} {field}: {rows[i][field]} for {g[field]} "
                       f"({g['region']} / {g['enterprises']} / {g.get('product')})"
                       for field in ("kind", "status") if rows[i][field] != g[field]]
        errors += [f"{case['id']} extra: {rows[i]['region']} / {rows[i]['enterprises']} / "
                   f"{rows[i]['product']}" for i in free if case["projects"]]
    return ProjectScore(overall, dict(by_class), trap_rows, errors)

