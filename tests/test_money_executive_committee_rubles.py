"""An oblast, district or city executive committee that allocates money itself pays in
Belarusian rubles (`belarusian_payer` of `data/money_context_ru.json`, session 14); one that
signs an agreement with a Russian region does not pay, and its region's rubles stay Russian.
Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_an_oblast_committee_allocating_money_pays_belarusian_rubles(tmp_path: Path) -> None:
    text = ("Гомель и Брянск договорились о терминале\n"
            "Соглашение о сотрудничестве подписано в российских рублях на 40 млн. "
            "Облисполком выделит 3,2 млн рублей из местного бюджета на подъездные пути.\n")
    got = facts_by_surface(tmp_path, text, published="2024-05-14")
    assert got["3,2 млн рублей"].amount.currency == "BYN"


def test_a_district_committee_financing_repairs_pays_belarusian_rubles(tmp_path: Path) -> None:
    text = ("В Орше отремонтируют цех\n"
            "Стоимость оборудования из России — 120 млн российских рублей. Райисполком "
            "направит на ремонт корпуса 1,1 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-08-02")
    assert got["1,1 млн рублей"].amount.currency == "BYN"


def test_a_committee_signing_with_a_russian_region_leaves_its_rubles_russian(
        tmp_path: Path) -> None:
    text = ("Смоленская область и Витебский облисполком подписали дорожную карту\n"
            "Смоленская область вложит в совместный логистический центр 250 млн рублей, "
            "сообщили в администрации региона. Облисполком подписал документ в Смоленске.\n")
    got = facts_by_surface(tmp_path, text, published="2024-02-20")
    assert got["250 млн рублей"].amount.currency == "RUB"
