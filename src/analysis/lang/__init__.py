"""What the package knows about Russian: morphology, phrases, sentences, the calendar,
transliteration, case folding. Other stages import these names from here, not from the modules."""

from analysis.lang.calendar import Calendar, Month, Season, calendar
from analysis.lang.case import fold_case, fold_yo
from analysis.lang.morph import analyzer, lemma, parse, parses
from analysis.lang.phrases import nominative_phrase
from analysis.lang.sentences import (
    RoughSentences,
    Span,
    by_paragraph,
    split_sentences,
    split_sentences_razdel,
)
from analysis.lang.translit import translit

__all__ = [
    "Calendar",
    "Month",
    "RoughSentences",
    "Season",
    "Span",
    "analyzer",
    "by_paragraph",
    "calendar",
    "fold_case",
    "fold_yo",
    "lemma",
    "nominative_phrase",
    "parse",
    "parses",
    "split_sentences",
    "split_sentences_razdel",
    "translit",
]
