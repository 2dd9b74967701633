"""Files → articles: decoding, HTML pages, site chrome, glued files, dates, the offset map."""

from analysis.ingest.loader import (
    ARTICLE_COLUMNS,
    PROBLEM_COLUMNS,
    Article,
    Corpus,
    Problem,
    Segment,
    Sentence,
    articles_frame,
    load_corpus,
)

__all__ = ["ARTICLE_COLUMNS", "PROBLEM_COLUMNS", "Article", "Corpus", "Problem", "Segment",
           "Sentence", "articles_frame", "load_corpus"]
