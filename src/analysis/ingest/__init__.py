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
    headline_end,
    headline_sentence,
    headline_start,
)
from analysis.ingest.filetype import HTML_SUFFIXES, TEXT_SUFFIXES
from analysis.ingest.loader import CORRECTIONS_FILE, Progress, load_corpus
from analysis.ingest.memo import BuiltFile, BuiltMemo
from analysis.ingest.pubdates import NOT_BEFORE, year_is_a_lower_bound
from analysis.ingest.reading import MAX_ARTICLE_BYTES
from analysis.ingest.segments import Segment
from analysis.ingest.urldates import URL_EVIDENCE, UrlDate, date_from_url

__all__ = ["ARTICLE_COLUMNS", "ARTICLE_EXTRA_COLUMNS", "CORRECTIONS_FILE", "HTML_SUFFIXES",
           "MAX_ARTICLE_BYTES", "NOT_BEFORE", "PROBLEM_COLUMNS", "TEXT_SUFFIXES", "URL_EVIDENCE",
           "Article", "BuiltFile", "BuiltMemo", "Corpus", "Problem", "Progress", "Segment",
           "Sentence", "UrlDate", "articles_frame",
           "date_from_url", "headline_end", "headline_sentence", "headline_start", "load_corpus",
           "year_is_a_lower_bound"]
