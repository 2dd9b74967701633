"""No article text stops the per-article step (session 19, brief fuzz).

A blind round's byline «· 17 сентября 2024» stopped a whole extraction
(tests/test_ner_punctuation_spans.py); the step now isolates such an article
(ArticleResult.failure), but an isolated article is an article whose figures are lost. These
property tests build corpus files from the pieces real pages are made of
(tests/article_pieces.py), read them as an analyst's folder is read (`load_corpus`) and ask
the per-article step for every article: the loader may parse no file with an error, and no
article may come back with a failure. The crashes they found have their own tests
(tests/test_crash_*.py).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from article_pieces import article_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest import load_corpus
from analysis.tables.perarticle import extract_many

FILES = st.lists(article_files(), min_size=1, max_size=3)
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def stops_of(files: list[tuple[str, str]], *, ner: bool) -> list[tuple[str, str]]:
    """(file or text, error) of each file the loader could not parse and each article the
    per-article step stopped on."""
    with tempfile.TemporaryDirectory() as tmp:
        for i, (suffix, content) in enumerate(files):
            Path(tmp, f"a{i}{suffix}").write_text(content, encoding="utf-8")
        corpus = load_corpus(tmp)
        results = extract_many(corpus.articles, ner)
    unparsed = [(p.file, p.reason) for p in corpus.problems if p.reason.startswith("could not be parsed")]
    return unparsed + [(a.text, r.failure) for a, r in zip(corpus.articles, results, strict=True)
                       if r.failure]


@settings(FUZZ, max_examples=50)
@given(FILES)
def test_no_text_stops_the_step_without_ner(files: list[tuple[str, str]]) -> None:
    assert stops_of(files, ner=False) == []


@settings(FUZZ, max_examples=25)
@given(FILES)
def test_no_text_stops_the_step_with_ner(files: list[tuple[str, str]]) -> None:
    assert stops_of(files, ner=True) == []


@pytest.mark.slow
@settings(FUZZ, max_examples=600)
@given(FILES, st.booleans())
def test_no_text_stops_the_step_many_examples(files: list[tuple[str, str]], ner: bool) -> None:
    assert stops_of(files, ner=ner) == []
