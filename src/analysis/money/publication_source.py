"""Where an article's publication date came from, as a fact's `year_source` names it, and
whether its year is sure enough to resolve relative years («в этом году») against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.ingest import NOT_BEFORE, URL_EVIDENCE
from analysis.money.year import PUBLICATION

if TYPE_CHECKING:
    from datetime import date

    from analysis.ingest import Article

__all__ = ["publication_source", "reading_date", "year_is_a_bound", "year_source_of"]


def publication_source(article: Article) -> str:
    """Where the publication date came from, as `year_source` names it."""
    # (read with getattr: tests and callers may hand in a bare text-and-date record)
    evidence = getattr(article, "published_evidence", None) or ""
    if evidence.startswith(URL_EVIDENCE):
        return "url"
    if not getattr(article, "published_inferred", False):
        return "metadata"
    return "text date" if getattr(article, "published_precision", None) == "day" else "inferred"


def year_is_a_bound(article: Article) -> bool:
    """Was the publication year guessed from a bare year the text names: the year after a
    past statistic it reports («в 2021 году выделено 180 млн»: «≥2022 from «2021 году»»), or
    the year itself («year 2015 from «2015 году»»)? That says roughly when, not which year
    «в этом году» is (rounds 6, 10, 12, 14); so is a year something began in or that the
    text recalls («с 2023 года собрано», «Напомним, в 2024 году …»: «not before 2023: …»).
    A year's results («По итогам 2024 года …», reported the year after), a month with its
    year or a dated event stand."""
    published = getattr(article, "published", None)
    evidence = getattr(article, "published_evidence", None) or ""
    return bool(published is not None and getattr(article, "published_inferred", False)
                and (f"≥{published.year} from «{published.year - 1}" in evidence
                     or f"{NOT_BEFORE} {published.year}:" in evidence
                     or f"year {published.year} from «{published.year}" in evidence))


def year_source_of(source: str | None, date_source: str) -> str | None:
    return date_source if source == PUBLICATION else source


def reading_date(article: Article) -> date | None:
    """The date an article's relative years («в этом году») are read against: its publication
    date when its year is known. A year guessed from a bare year the text names («в 2021 году
    выделено …») is not (`year_is_a_bound`); a year with no month stands for its last day, so
    no period or date of the text lies after it («За январь–февраль …» in a text dated 2022
    only is 2022's, not 2021's; round 57)."""
    published = None if year_is_a_bound(article) else article.published
    if published is not None and getattr(article, "published_precision", None) == "year":
        published = published.replace(month=12, day=31)
    return published
