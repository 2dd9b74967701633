"""The readings of an article's facts together, once each amount is read on its own
(`money.facts.describe`): each pass takes the list of facts and returns it re-read.

    read_together(article, facts, tables, ctx) -> list[Fact]

In order: a headline figure takes the year of the body figure it repeats; «соответственно»
pairs figures with metrics and years; a bare figure borrows the currency of its kind; a
conversion means what its figure means; trade figures get their goods and their direction
(a table's column header too); a region a figure only borrowed is dropped where it does not
hold (trade abroad, Belarusian money); then the wholes and their parts, the sub-limits of a
credit line, and sums never made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.money.abroad_region import without_borrowed_region
from analysis.money.column_flow import with_column_flow
from analysis.money.converted import converted
from analysis.money.fact_record import Fact
from analysis.money.flow import with_flow
from analysis.money.focus import headline_echoes
from analysis.money.goods import with_goods
from analysis.money.home_money import without_region_for_belarusian_money
from analysis.money.implied import same_kind_currency
from analysis.money.never_made import with_never_made
from analysis.money.outlets import belarusian_site
from analysis.money.part_of import with_wholes
from analysis.money.planned_increment import with_planned_increments
from analysis.money.region import ArticleText
from analysis.money.respectively import with_respective_metrics, with_respective_years
from analysis.money.running_total import with_running_months
from analysis.money.sublimit import with_sublimits
from analysis.money.tabular import TableReading

if TYPE_CHECKING:
    from analysis.ingest import Article


def read_together(article: Article, facts: list[Fact], tables: TableReading,
                  ctx: ArticleText) -> list[Fact]:
    """The article's facts re-read together (`facts`: each read on its own, in text order;
    `tables`: the article's tables as read; `ctx`: its text with sentences and regions)."""
    text = article.text
    read = with_flow(text, with_goods(text, converted(text, same_kind_currency(
        with_respective_years(text, with_respective_metrics(text, headline_echoes(text, facts)),
                              article.published)))),
        source=getattr(article, "source", None), ctx=ctx)
    read = with_column_flow(text, read, tables)  # «экспорт в Россию» over a table's column
    site = belarusian_site(getattr(article, "source", None), getattr(article, "url", None))
    read = without_region_for_belarusian_money(text, without_borrowed_region(text, read, site, ctx), ctx)
    read = with_planned_increments(text, read)  # «направим 640 млн, это на 90 млн больше»
    read = with_never_made(text, with_sublimits(text, with_wholes(text, read)), ctx.folded)
    return with_running_months(text, read, article.published)  # «с начала года» after «в мае»
