"""The register's table: one row per project (`PROJECT_COLUMNS`), made from consolidated
`Project`s (`projects.register.build_register`)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from analysis.entities import one_spelling_each, with_parents
from analysis.plaintable import PlainTable
from analysis.projects.product_search import better_product

if TYPE_CHECKING:
    import pandas as pd

    from analysis.projects.localisation import ToldIn
    from analysis.projects.merging import Evidence, Project

__all__ = ["PROJECT_COLUMNS", "project_frame", "project_table"]

PROJECT_COLUMNS = [
    "project_id", "region", "location", "enterprises", "product", "kind", "status", "halted",
    "timeline", "investment_value", "investment_currency", "first_seen", "last_seen", "article_ids",
    "evidence", "localisation_pct", "localisation_target_pct", "localisation_target_year",
    "localisation_evidence", "timeline_evidence",
]


def project_frame(projects: list[Project], label: Callable[[str], str],
                  product: Callable[[str, list[str]], str] = better_product) -> pd.DataFrame:
    """The register's table: one row per consolidated project, its id stable across runs
    and corpus growth, its evidence sentences with original offsets. `product`:
    `better_product` or its store (`tables.derived.ShelvedProducts`)."""
    import pandas as pd

    return pd.DataFrame(project_rows(projects, label, product), columns=PROJECT_COLUMNS)


def project_table(projects: list[Project], label: Callable[[str], str],
                  product: Callable[[str, list[str]], str] = better_product) -> PlainTable:
    """`project_frame` without pandas (`analysis.plaintable`)."""
    return PlainTable.from_rows(project_rows(projects, label, product), PROJECT_COLUMNS)


def project_rows(projects: list[Project], label: Callable[[str], str],
                 product: Callable[[str, list[str]], str] = better_product) -> list[dict[str, Any]]:
    """The register table's rows (see `project_frame`)."""
    rows, ids = [], Counter()
    for p in projects:
        # «МТЗ-Татарстан» is MTZ's company: the parent is a party too.
        firms = one_spelling_each(with_parents(set(p.enterprises)))
        arts = list(dict.fromkeys(e.article for e in p.evidence))
        dates = [a.published for a in arts if a.published]
        evidence = _cited(p.evidence)
        depth = p.localisation
        # Stable across runs and corpus growth: what the project is, not where it was seen.
        ident = json.dumps([p.region, p.kind, sorted(firms), sorted(p.product_key)],
                           ensure_ascii=False)
        pid = "P" + hashlib.sha1(ident.encode()).hexdigest()[:8]
        ids[pid] += 1
        rows.append({
            "project_id": pid if ids[pid] == 1 else f"{pid}-{ids[pid]}",
            "region": p.region, "location": p.location, "enterprises": ";".join(sorted(firms)),
            "product": product(label(p.product),
                               [ev.article.text[ev.start:ev.end] for ev in p.evidence]),
            # «приостановило сборку», «заморожена»: a project told paused has no stage to give
            # «первые машины проходят обкатку»: a project whose first items are under test is
            # works under way, whatever start («начал сборку») the title told
            "kind": p.kind, "status": "unknown" if p.paused else "in_progress"
            if p.trial and p.status == "operating" else p.status,
            # «приостановлена с марта»: suspended, «линия закрыта»: closed (status unknown)
            "halted": p.halted,
            "timeline": p.shown_timeline,
            "investment_value": p.investment.value if p.investment else None,
            "investment_currency": p.investment.currency if p.investment else None,
            "first_seen": min(dates) if dates else None,
            "last_seen": max(dates) if dates else None,
            "article_ids": ";".join(a.article_id for a in arts),
            "evidence": json.dumps(evidence, ensure_ascii=False),
            # how deep the localisation is, and the target with its year (`projects.localisation`)
            "localisation_pct": depth.share if depth else None,
            "localisation_target_pct": depth.target if depth else None,
            "localisation_target_year": depth.target_year if depth else None,
            "localisation_evidence": json.dumps(_cited(depth.sentences), ensure_ascii=False)
            if depth else None,
            # the sentence that gives the timeline (a halted project's: its resumption's)
            "timeline_evidence": json.dumps(_cited([told]), ensure_ascii=False)
            if (told := p.shown_timeline_evidence) is not None else None,
        })
    return rows


def _cited(sentences: Iterable[Evidence | ToldIn]) -> list[dict[str, Any]]:
    """Sentences as the table cites them: article, file, original offsets and text."""
    out = []
    for ev in sentences:
        a = ev.article
        os_, oe = a.original_span(ev.start, ev.end)
        out.append({"article_id": a.article_id, "file": a.file, "start": os_, "end": oe,
                    "text": a.original[os_:oe]})
    return out
