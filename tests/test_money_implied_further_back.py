"""Implied currencies further back: an editor's note in brackets («(белорусских. — Ред.)»)
ends no sentence, and a payment («Ежегодный платёж — около 40 миллионов») is money talk, so a
bare scaled figure borrows the currency of the amount before. Texts written for this test."""

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


def test_a_payment_is_money_talk() -> None:
    text = ("Совет одобрил кредит на 520 млн рублей. Депутаты спорили долго. «Мы берём долг на "
            "двадцать лет. Ежегодный платёж — около 35 миллионов», — сказал депутат.")
    assert _bare(text) == ["около 35 миллионов"]
    counted = text.replace("Ежегодный платёж", "Жителей в районе")
    assert _bare(counted) == []
