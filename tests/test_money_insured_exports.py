"""Insured exports: an export credit agency's insured contracts and deliveries are exports.

«Белэксимгарант застраховал экспортные контракты на 1,9 млрд долларов» measures the exports
it insured, not contracts signed by the writer's subject (round 14: three articles of export
credit insurance). A contract signed (`agreements`) and a credit insured keep their own kind.
Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_insured_export_contracts_are_exports(tmp_path: Path) -> None:
    text = ("Страховщик экспорта подвёл итоги полугодия\n"
            "За январь–июнь «Белэксимгарант» застраховал экспортные контракты на Россию на "
            "2,2 млрд долларов. Общий объём застрахованных контрактов с начала года превысил "
            "3,4 млрд долларов, из которых на машиностроение пришлось около 1,5 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2023-07-20")
    assert got["2,2 млрд долларов"].metric == "export"
    assert got["превысил 3,4 млрд долларов"].metric == "export"
    assert got["около 1,5 млрд"].metric == "export"


def test_a_signed_export_contract_is_an_agreement(tmp_path: Path) -> None:
    text = ("Завод подписал крупный контракт\n"
            "«Гомсельмаш» подписал экспортный контракт с дилером из Ставрополья на 1,3 млрд "
            "рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2023-07-20")
    assert got["1,3 млрд рублей"].metric == "agreements"


def test_an_insured_credit_is_a_credit(tmp_path: Path) -> None:
    text = ("Новая кредитная линия\n"
            "Банк открыл дилеру кредитную линию на 900 млн рублей; риск застрахован агентством.\n")
    got = facts_by_surface(tmp_path, text, published="2023-07-20")
    assert got["900 млн рублей"].metric == "credit"
