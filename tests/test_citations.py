"""analysis.citations: numbered references in order of first use, escaped, http links only."""

from __future__ import annotations

from conftest import sample_articles

from analysis.briefing.citations import Citations


def test_citations_number_articles_by_first_use_and_list_each_article_once():
    # issue 14: one reference per article (it used to be one per sentence), the cited
    # sentences listed under it in order of first use, each once
    c = Citations(sample_articles())
    assert c.cite("a2", "Второе  предложение.") == 1
    assert c.cite("a1", "Первое.") == 2
    assert c.cite("a2", "Второе предложение.") == 1  # whitespace-insensitive
    assert c.cite("a2", "Другое.") == 1  # same article, same reference
    html = c.html("ru")
    assert html.count("<li ") == 2
    assert 'id="ref-1"' in html and 'id="ref-2"' in html and 'id="ref-3"' not in html
    first = html.split('id="ref-2"')[0]
    assert first.count('class="quote"') == 2
    assert first.index("Второе предложение.") < first.index("Другое.")


def test_references_give_title_outlet_date_and_url_not_the_file():
    c = Citations(sample_articles())
    for _ in range(3):
        c.cite("a1", "Первое.")
    html = c.html("en")
    item = html.split('id="ref-1"')[1]
    assert 'href="https://example.org/a1"' in item
    assert "a1.txt" not in item  # the URL is the locator, not the file


def test_citations_escape_untrusted_text_and_only_link_http():
    c = Citations(sample_articles())
    c.cite("a1", "Цитата <script>alert(1)</script>")
    c.cite("a2", "x")
    html = c.html("ru")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>" not in html  # the title's markup is shown as text
    assert 'href="https://example.org/a1"' in html
    assert 'href="javascript' not in html
    assert "дата по тексту" in html  # inferred publication dates are flagged
    assert "21.10.2025" in html and "БелТА" in html
