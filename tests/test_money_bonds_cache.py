"""Bonds named earlier in the article (`money.bonds`): the article is searched for them once
(cached per text: `first_naming.named_before`, since house44), and each amount asks whether the
first naming stands before it. Written articles: bonds named before the figure, after it, and
two figures of one article."""

from __future__ import annotations

from test_facts import facts

from analysis.money import first_naming
from analysis.money.bonds import _bonds_before, _words

ARTICLE = ("Республика вышла на рынок облигаций. Около трети выпуска, примерно 3,4 млрд рублей, "
           "выкупили частные инвесторы.\nСпрос инвесторов превысил 16 млрд рублей.")


def test_a_later_paragraphs_issue_is_the_bonds_named_before() -> None:
    assert [f.metric for f in facts(ARTICLE)] == ["credit", "other"]


def _first_bonds(low: str) -> int:
    """Where the article first names bonds, as the cache keeps it (-1: nowhere)."""
    rx = _words().bonds
    first_naming._plan(rx)  # (the pattern's reading, made on its first ask)
    return first_naming._first(id(rx), low)


def test_the_first_naming_is_found_once_and_each_amount_asks_against_it() -> None:
    low = ARTICLE.lower()
    assert not first_naming.reads_ahead(_words().bonds)
    first = low.index("облигаций")
    assert _first_bonds(low) == first
    assert not _bonds_before(low, first)  # the naming does not stand before itself
    assert not _bonds_before(low, first + 4)  # cut inside the word: no naming yet
    assert _bonds_before(low, low.index("3,4"))
    assert _bonds_before(low, low.index("16 млрд"))


def test_bonds_named_only_after_the_figure_do_not_count() -> None:
    low = "выпуск продукции вырос до 2 млрд рублей. позже завод разместил облигации.".lower()
    assert not _bonds_before(low, low.index("2 млрд"))
    assert _first_bonds("завод нарастил выпуск техники.") == -1
