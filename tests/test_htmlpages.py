"""analysis.htmlpages: main text of HTML pages, mapped back into the HTML source."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from conftest import PAGE, lines, load_single
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest import load_corpus
from analysis.ingest.encodings import Unreadable
from analysis.ingest.htmlpages import html_paragraphs


def test_html_page_main_text_mapped_into_the_source(tmp_path: Path) -> None:
    c = load_single(tmp_path, "page.html", PAGE.encode("utf-8"))
    assert c.problems == []
    [a] = c.articles
    assert a.original == PAGE
    assert a.title == "Минск и Казань договорились о сборке тракторов"
    assert a.url == "https://example.by/news/traktor"
    assert (a.published, a.published_inferred) == (date(2024, 3, 15), False)
    assert a.source == "Евразия.Эксперт"
    for chrome in ("Главная", "Гороскоп", "Осиповичах", "Все права защищены", "Реклама", "Telegram",
                   "font-family", "Подпишитесь", "Новости Союза"):
        assert chrome not in a.text, chrome
    assert "Экономика" not in lines(a) and "Власть" not in a.text
    assert "«КАМАЗ» подписали соглашение о сборке тракторов в Татарстане" in a.text
    exact = 0
    for s in a.sentences:
        start, end = a.original_span(s.start, s.end)
        found = a.original[start:end]
        if s.text in PAGE:  # verbatim in the source: the contract is exact equality
            assert found == s.text
            exact += 1
        else:  # entities, tags or line breaks inside: the span still covers the sentence
            visible = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", found)))
            assert visible == s.text
    assert exact >= 2


def test_html_without_article_text_is_a_problem(tmp_path: Path) -> None:
    page = "<html><head><title>Вход</title></head><body><nav><a href='/'>Главная</a></nav></body></html>"
    c = load_single(tmp_path, "login.html", page.encode())
    assert c.articles == []
    assert [p.file for p in c.problems] == ["login.html"]
    assert "no article text" in c.problems[0].reason


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paras=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                              max_size=80), min_size=1, max_size=6))
def test_arbitrary_html_never_raises(tmp_path_factory: pytest.TempPathFactory, paras: list[str]) -> None:
    folder = tmp_path_factory.mktemp("proph")
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
    (folder / "a.html").write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    c = load_corpus(folder)
    for a in c.articles:
        for s in a.sentences:
            start, end = a.original_span(s.start, s.end)
            assert 0 <= start <= end <= len(a.original)


# ---------------------------------------------------------------- html_paragraphs() directly


def test_html_paragraphs_map_into_the_source_and_return_page_metadata() -> None:
    paras, meta = html_paragraphs(PAGE)
    assert meta.url == "https://example.by/news/traktor" and meta.date.startswith("2024-03-15")
    texts = [p.text for p in paras]
    assert any("КАМАЗ" in t for t in texts) and not any("Гороскоп" in t for t in texts)
    for p in paras:
        for seg in p.segs:
            if seg.exact:
                clean = p.text[seg.clean_start:seg.clean_start + seg.length]
                assert PAGE[seg.orig_start:seg.orig_end] == clean
            else:
                assert 0 <= seg.orig_start <= seg.orig_end <= len(PAGE)


def test_html_paragraphs_without_main_text_raise_unreadable() -> None:
    with pytest.raises(Unreadable, match="no article text"):
        html_paragraphs("<html><head><title>Вход</title></head><body></body></html>")
