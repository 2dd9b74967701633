"""analysis.citations: numbered references in order of first use, escaped, http links only."""

from __future__ import annotations

from conftest import sample_articles

from analysis.briefing.citations import Citations


def test_citations_number_by_first_use_and_reuse_numbers():
    c = Citations(sample_articles())
    assert c.cite("a2", "Второе  предложение.") == 1
    assert c.cite("a1", "Первое.") == 2
    assert c.cite("a2", "Второе предложение.") == 1  # whitespace-insensitive
    assert c.cite("a2", "Другое.") == 3
    html = c.html("ru")
    assert html.count("<li ") == 3
    assert 'id="ref-1"' in html and 'id="ref-3"' in html


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
