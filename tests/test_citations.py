"""analysis.citations: numbered references in order of first use, escaped, http links only."""

from __future__ import annotations

from conftest import sample_articles

from analysis.briefing.citations import Citations, Cite


def test_citations_number_articles_by_first_use_and_list_each_article_once():
    # issue 14: one reference per article (it used to be one per sentence), the cited
    # sentences listed under it in order of first use, each once
    c = Citations(sample_articles())
    assert c.cite("a2", "Второе  предложение.") == Cite(1, 1)
    assert c.cite("a1", "Первое.") == Cite(2, 1)
    assert c.cite("a2", "Второе предложение.") == Cite(1, 1)  # whitespace-insensitive
    assert c.cite("a2", "Другое.") == Cite(1, 2)  # same article, its second sentence
    assert c.cite("a2") == Cite(1)  # the article alone
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


def test_a_mark_names_the_sentence_a_figure_came_from():
    """Each figure cites its article and sentence: «[1.2]» is the second sentence quoted
    under reference 1, with an anchor on that quote; an article cited through a sentence is
    not listed again on its own, and chart source lines name articles only."""
    c = Citations(sample_articles())
    one = c.cite("a2", "Первое из a2.")
    two = c.cite("a2", "Второе из a2.")
    bare = c.cite("a2")
    other = c.cite("a1", "Из a1.")
    mark = Citations.mark([two, bare, other, one])
    # (a printed table cell may break the list after a comma: <wbr>)
    assert mark == ('<sup class="cite">[<a href="#ref-1-1">1.1</a>,<wbr><a href="#ref-1-2">1.2</a>,'
                    '<wbr><a href="#ref-2-1">2.1</a>]</sup>')
    assert Citations.mark([bare]) == '<sup class="cite">[<a href="#ref-1">1</a>]</sup>'
    assert Citations.inline([one, two, other]) == '<a href="#ref-1">[1]</a>, <a href="#ref-2">[2]</a>'
    html = c.html("ru")
    assert 'id="ref-1-2"' in html and '<span class="quote-label">1.2</span>' in html
