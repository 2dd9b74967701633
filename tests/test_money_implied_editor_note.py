"""An editor's note in brackets («(белорусских. — Ред.)») ends no sentence: a bare scaled
figure in the next sentence still borrows the currency before the note. Texts written for
this test."""

from __future__ import annotations

from analysis.money import find_amounts


def _bare(text: str) -> list[str]:
    return [a.surface for a in find_amounts(text) if a.implied_currency]


def test_a_figure_after_an_editors_note_borrows_the_currency() -> None:
    text = ("В этом году завод направит на ремонт цехов 64 млн рублей (белорусских. — Ред.) — "
            "прежде всего на кровлю и вентиляцию. За полгода освоено 27 млн.")
    assert _bare(text) == ["27 млн"]


def test_two_real_sentences_between_still_drop_a_bare_count() -> None:
    text = ("В этом году завод направит на ремонт цехов 64 млн рублей. Прежде всего речь идёт о "
            "кровле, вентиляции и старых складах у станции. Число подписчиков канала превысило 2 млн.")
    assert _bare(text) == []
