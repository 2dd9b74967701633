"""One company buying in a country is that buyer's purchase, `other` (rounds 21, 22): a
production association («объединение») or a factory («фабрика») is such a buyer, as a plant
or a firm is (issue 10, session 27). Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_an_association_buying_in_russia_is_one_buyer_s_purchase(tmp_path: Path) -> None:
    text = ("Новости компании\n"
            "Кроме того, объединение закупило в России два крана на сумму 640 млн российских "
            "рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2016-11-15")
    assert got["640 млн российских рублей"].metric == "other"


def test_a_country_buying_stays_import(tmp_path: Path) -> None:
    text = ("Итоги года\n"
            "Беларусь закупила в России энергоносителей на 9,4 млрд долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2016-11-15")
    assert got["9,4 млрд долларов"].metric == "import"
