"""A register row's product label as a reader sees it: no participle clause of the maker in
front of the product, no subject pronoun after a fronted object (session 26's walk through
the rendered briefings: «Собиравшее тракторы», «Шестерённые насосы серии НШ мы»)."""

from __future__ import annotations

import pytest

from analysis.projects.labels import tidy_label


@pytest.mark.parametrize(("label", "tidy"), [
    # an active participle governing the product: the maker's clause, cut
    ("выпускавшее погрузчики", "погрузчики"),
    ("собирающий комбайны", "комбайны"),
    # one that agrees with its noun names the thing, and so does a passive one
    ("обрабатывающие центры", "обрабатывающие центры"),
    ("режущий инструмент", "режущий инструмент"),
    ("восстановленные шины", "восстановленные шины"),
    # the subject pronoun of a fronted object
    ("гидроцилиндры этой серии мы", "гидроцилиндры этой серии"),
    ("кабины для тракторов они", "кабины для тракторов"),
    ("тракторы", "тракторы"),
    # a cost is no part of what is made, told in full or cut off
    ("линия окраски стоимостью 420 млн рублей", "линия окраски"),
    ("сеялки стоимостью", "сеялки"),
])
def test_label_debris(label: str, tidy: str) -> None:
    assert tidy_label(label) == tidy
