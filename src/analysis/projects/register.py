"""The localization project register: `build_register` reads every article's project mentions
and merges them into the `projects` table, an article at a time (`analysis.projects.article_reading`;
how a row comes about, step by step: the package's docstring, `analysis.projects`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from analysis.entities import Entity
from analysis.money import Fact
from analysis.projects.article_reading import ArticleReading
from analysis.projects.cancelled_later import list_cancelled_later
from analysis.projects.consolidation import consolidate
from analysis.projects.home_production import (
    belarusian_only,
    disowned_by_article,
    home_production,
    no_side_named,
    nothing_named,
    russian_parts_only,
)
from analysis.projects.investments import InvestmentFigure, article_investments
from analysis.projects.merging import Project, ProjectIndex
from analysis.projects.partners import register_entities
from analysis.projects.product_search import better_product
from analysis.projects.products import product_label
from analysis.projects.reader import ArticleReader
from analysis.projects.reading import ProjectReading
from analysis.projects.rows import PROJECT_COLUMNS, project_frame, project_table
from analysis.projects.syntax import SyntaxReader

if TYPE_CHECKING:
    import pandas as pd

    from analysis.ingest import Article

__all__ = ["PROJECT_COLUMNS", "build_register", "project_table", "registered_projects"]


def build_register(articles: Iterable[Article], entities: Mapping[str, list[Entity]] | None = None,
                   facts: Mapping[str, list[Fact]] | None = None,
                   syntax: SyntaxReader | bool = True,
                   readings: Mapping[str, ProjectReading] | None = None, *,
                   investments: Mapping[str, list[InvestmentFigure]] | None = None,
                   label: Callable[[str], str] = product_label,
                   product: Callable[[str, list[str]], str] = better_product) -> pd.DataFrame:
    """One row per localization / joint project, with PROJECT_COLUMNS (`project_frame` of
    `registered_projects`). `entities`: optional {article_id: [Entity]} as
    `analysis.entities.find_entities(article, ner=...)` gives them (clean offsets); with
    ``ner=True`` the NER's organisations are candidate partners. An article missing from
    it (or no mapping) gets the gazetteer's entities: the register never runs the NER
    itself. `facts`: optional {article_id: [Fact]} as `analysis.money.describe(article)`
    gives them; by default `describe` is run here. Articles are read in publication order
    so first_seen/last_seen follow the news. `syntax`: parse the sentences where word
    windows fail (natasha's syntax parser; a `SyntaxReader` to keep its parse cost, False
    for the word rules alone). `readings`: optional {article_id: ProjectReading}
    (`read_projects`, e.g. from a cache): an article found there is merged from its
    reading, not read again. `investments`: {id: `investment_figures(facts)`} in place of
    `facts`; `label`: `product_label` or its store; `product`: `better_product` (a row's
    product from its label and evidence) or its store."""
    return project_frame(registered_projects(articles, entities, facts, syntax, readings,
                                             investments=investments), label, product)


def registered_projects(articles: Iterable[Article], entities: Mapping[str, list[Entity]] | None = None,
                        facts: Mapping[str, list[Fact]] | None = None, syntax: SyntaxReader | bool = True,
                        readings: Mapping[str, ProjectReading] | None = None, *,
                        investments: Mapping[str, list[InvestmentFigure]] | None = None,
                        resume: tuple[ProjectIndex, int] | None = None,
                        keep: Callable[[ProjectIndex], None] | None = None,
                        label: Callable[[str], str] = product_label) -> list[Project]:
    """The register's projects, one a row of its table (`build_register`'s arguments).
    `resume`: the merge's state after the first n articles of the publication order, and n
    (those are not merged again: `readings` and `investments` need not hold them); `keep`
    is handed the state after the last article, before `consolidate` changes its projects
    (`analysis.tables.mergestate`). `label`: `product_label` or a store of its answers
    (`tables.derived.ShelvedLabels`), which the consolidation asks of every row."""
    articles = list(articles)
    parser = syntax if isinstance(syntax, SyntaxReader) else SyntaxReader() if syntax else None
    money = investments if investments is not None else article_investments(articles, facts)
    projects, merged = resume if resume is not None else (ProjectIndex(), 0)
    ordered = sorted(articles, key=lambda a: (a.published or date.max, a.article_id))
    for a in ordered[merged:]:
        reading = readings.get(a.article_id) if readings is not None else None
        reader = (reading.reader(a) if reading is not None
                  else ArticleReader(a, register_entities(a, entities), syntax=parser))
        ArticleReading(projects, a, reader).run(money.get(a.article_id, []))
    if keep is not None:
        keep(projects)
    # A project needs a stage the text gives it (signed, planned, built, working): a row
    # with none is a passing mention («на ремонт в Кузбасс», «в структуре импорта… шины»),
    # unless it is told paused or announced («проект …, о котором объявляли в 2022 году»).
    # A project its article cancels («проект официально отменили») is no project, unless a
    # later article tells it again; one an earlier article told stays, cancelled.
    merged = consolidate(projects.all, label)
    list_cancelled_later(merged)
    return [p for p in merged
            if (p.status != "unknown" or p.paused or p.announced) and p.cancelled_in is None
            and not belarusian_only(p) and not home_production(p) and not no_side_named(p)
            and not nothing_named(p, label) and not russian_parts_only(p)
            and not disowned_by_article(p)]
