"""What the package knows about Russian: morphology, sentences, the calendar, transliteration."""

from analysis.lang.calendar import calendar
from analysis.lang.morph import analyzer, lemma, nominative_phrase, parse
from analysis.lang.sentences import split_sentences
from analysis.lang.translit import translit

__all__ = ["analyzer", "calendar", "lemma", "nominative_phrase", "parse", "split_sentences",
           "translit"]
