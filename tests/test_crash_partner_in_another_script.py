"""A partner the tagger finds in a script the register does not read stopped the per-article step.

Found by tests/test_fuzz_perarticle.py (session 19): natasha tags «潍柴+» (a Chinese name that
lost its Latin twin in copying) as an organisation; it has letters, so the NER keeps it, but
none the register's words are made of (Cyrillic, Latin, digits), and the partner naming read the
first of no words (IndexError). Such a span names no partner; the rest of the article is read.
"""

from __future__ import annotations

from datetime import date

from conftest import make_article

from analysis.entities import Entity
from analysis.projects.partners import partner_name
from analysis.tables.perarticle import extract_many

TEXT = ("Двигатели для самосвалов МАЗ\n"
        "Двигатели для самосвалов МАЗ, которые соберут в Калужской области, поставит китайский "
        "партнёр. Партнёром стала компания 潍柴+, сообщили в пресс-службе завода.")


def test_a_name_with_no_word_the_register_reads_is_no_partner() -> None:
    text = "Партнёром стала компания ΑΒΓ’, сообщили в пресс-службе."
    start = text.index("ΑΒΓ")
    span = Entity(start=start, end=start + 4, surface="ΑΒΓ’", type="organization", normal="ΑΒΓ’", role=None)
    assert partner_name(text, span) is None


def test_the_article_is_read_with_the_ner_on() -> None:
    article = make_article("maz", TEXT, date(2024, 5, 1))
    [result] = extract_many([article], ner=True)
    assert result.failure == ""
    assert "潍柴+" in [e.surface for e in result.entities]  # the tagger did find it: the case is met
    assert "МАЗ" in [e.surface for e in result.entities if e.type == "enterprise"]
