"""A project given up in a later article than the one that told it.

«Администрация Тамбовской области и ОАО «МАЗ» подписали соглашение о создании совместного
предприятия» (2012), then «стороны окончательно отказались от проекта» (2015): a project its
own article cancels is no project (tests/gold/README.md), but one an earlier article told is
news that ended: the register keeps it, halted `cancelled`, its timeline the year of the
cancellation, cited to the sentence that tells it (`Project.cancel_told`; new user 35).

    cancel_of(mention, article) -> (Evidence, year or None)   # what `Project.cancel` takes
    list_cancelled_later(projects)                              # after the consolidation
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.merging import Evidence, other_makers
from analysis.vocab import CANCELLED

if TYPE_CHECKING:
    from analysis.ingest import Article
    from analysis.projects.mention import Mention
    from analysis.projects.merging import Project

__all__ = ["cancel_of", "list_cancelled_later"]


def cancel_of(m: Mention, article: Article) -> tuple[Evidence, str | None]:
    """The sentence of a cancelling mention and the year of the cancellation: the year the
    sentence names («В 2021 году проект официально отменили»), not after the article's,
    else the article's year (None when neither is known)."""
    told = Evidence(article=article, start=m.sentence.start, end=m.sentence.end)
    published = article.published.year if article.published is not None else None
    year = m.timeline if m.timeline and m.timeline.isdigit() and len(m.timeline) == 4 else None
    if year is not None and (published is None or int(year) <= published):
        return told, year
    return told, None if published is None else str(published)


def list_cancelled_later(projects: list[Project]) -> None:
    """Each project cancelled by an article later than another that told it, and told by
    no article after the cancelling one, is kept as cancelled (`halted`), the cancelling
    sentence among its evidence; a project only its cancelling article told stays dropped
    (`cancelled_in`). A cancelled row that is one article's headline beside that article's
    own row of its firms and place («В Тамбове будут собирать автобусы МАЗ», then the
    venture the body tells) is joined to that row first (in place)."""
    for p in [p for p in projects if p.cancel_told is not None]:
        earlier = p.articles() - {p.cancel_told.article.article_id}
        into = [q for q in projects if q is not p and q.cancel_told is None and q.region == p.region
                and (p.title_only or q.title_only) and p.enterprises & q.enterprises
                and not other_makers(p.enterprises, q.enterprises)
                and earlier and q.articles() <= earlier]
        if len(into) == 1:  # the body's row keeps its kind; the headline's joins it
            body, headline = (into[0], p) if p.title_only else (p, into[0])
            body.absorb(headline)
            projects.remove(headline)
    for p in projects:
        told = p.cancel_told
        if told is None or told.article.published is None:
            continue
        when = told.article.published
        dates = {e.article.article_id: e.article.published for e in p.evidence}
        dates.pop(told.article.article_id, None)
        if not dates or any(d is None or d > when for d in dates.values()) \
                or not any(d < when for d in dates.values() if d is not None):
            continue
        p.halted, p.cancelled_in = CANCELLED, None
        if (cite := (told.article.article_id, told.start, told.end)) not in p.cited:
            p.cited.add(cite)
            p.evidence.append(told)
