"""Data → what a briefing says: narrative sentences, key figures, tables, citations (ru/en).

The notebooks in `notebooks/` stay thin: a parameters cell, a validation cell, then one
call per section::

    params = analysis.render.check_notebook_params(corpus=corpus, region=region, ...)
    b = Briefing.load(params.corpus, region=params.region, year_from=params.year_from,
                      year_to=params.year_to, currency=params.currency, lang=params.lang,
                      title=params.title, kind="briefing")
    b.title_block()
    b.lead()
    ...
    b.sources()

Every section returns an `Html` fragment (displayed as text/html both in JupyterLab and in
the rendered report, so the two show the same content). All text that comes from articles
is HTML-escaped: article text is untrusted input. Every figure that comes from an article
carries a numbered citation; `b.sources()` lists the references (article title, source,
date) with the sentence each figure was taken from. Converted values are marked as such and
a missing exchange rate is stated, never guessed.

`Briefing` is composed of its state (`state`: load, filter, citations, numbering), the
shared pieces of text (`phrases`) and one module of sections per domain (`overview`,
`trade`, `projects`, `money`). Every word comes from the label table (`labels`,
data/labels.json); numbers, money and dates are written by `formatting`.
"""

from __future__ import annotations

from analysis.briefing.citations import Citations, Reference
from analysis.briefing.formatting import (
    NBSP,
    Html,
    TitleBlock,
    count_phrase,
    esc,
    fmt_converted,
    fmt_date,
    fmt_money,
    fmt_number,
    fmt_timeline,
    isblank,
    plural_ru,
    quoted,
    to_date,
)
from analysis.briefing.labels import LABELS, REGION_EN, region_name, t
from analysis.briefing.money import MoneySections
from analysis.briefing.overview import OverviewSections
from analysis.briefing.projects import ProjectSections
from analysis.briefing.selection import convert, rough_value
from analysis.briefing.trade import TradeSections
from analysis.briefing.whatsnew import WhatsNewSection
from analysis.vocab import KINDS, LANGS, MONEY_METRICS, STATUSES, TRADE_METRICS

# The formatting, label and citation names stay importable from here, where they used to live.
__all__ = [
    "KINDS", "LABELS", "LANGS", "MONEY_METRICS", "NBSP", "REGION_EN", "STATUSES",
    "TRADE_METRICS", "Briefing", "Citations", "Html", "Reference", "TitleBlock", "convert",
    "count_phrase", "esc", "fmt_converted", "fmt_date", "fmt_money", "fmt_number",
    "fmt_timeline", "isblank", "plural_ru", "quoted", "region_name", "rough_value", "t",
    "to_date",
]


class Briefing(OverviewSections, WhatsNewSection, TradeSections, ProjectSections,
               MoneySections):
    """One briefing: its filtered tables and state (`BriefingState`) with every section.

    `Briefing.load(corpus, region=…, year_from=…, year_to=…, currency=…, lang=…, title=…,
    kind=…)` reads the corpus's tables through the extraction cache; `region` is the
    official name (see `analysis.render.check_notebook_params`)."""
