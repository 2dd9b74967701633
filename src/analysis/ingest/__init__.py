"""Files → articles: decoding, HTML pages, site chrome, glued files, dates, the offset map.

The public API of the stage; other stages import these names from here.
"""

from analysis.ingest.article import (
    ARTICLE_COLUMNS,
    ARTICLE_EXTRA_COLUMNS,
    PROBLEM_COLUMNS,
    Article,
    Corpus,
    Problem,
    Sentence,
    articles_frame,
)
from analysis.ingest.loader import load_corpus
from analysis.ingest.segments import Segment

__all__ = ["ARTICLE_COLUMNS", "ARTICLE_EXTRA_COLUMNS", "PROBLEM_COLUMNS", "Article", "Corpus", "Problem",
           "Segment", "Sentence", "articles_frame", "load_corpus"]
