"""Whose rubles: a Russian lender named before a Belarusian body pays in Russian rubles.

A briefing led with «Крупнейший кредит — 5 млрд бел. руб. (≈ $1,9 млрд)» for a Russian bank's
credit line of 5 billion Russian rubles to a Belarusian bank: the Belarusian bank in the
sentence made the bare «рублей» Belarusian (`data/money_context_ru.json` `russian_payer`).
Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_russian_bank_lending_to_a_belarusian_one_lends_russian_rubles(tmp_path: Path) -> None:
    text = ("Сбербанк расширил лимит для белорусского партнёра\n"
            "Сбербанк открыл ОАО «Беларусбанк» возобновляемую кредитную линию на 12 млрд рублей "
            "для расчётов по импорту российского металла. Погашение — в российских рублях.\n")
    got = facts_by_surface(tmp_path, text, published="2024-06-11")
    assert got["12 млрд рублей"].amount.currency == "RUB"


def test_a_belarusian_bank_paying_alone_pays_belarusian_rubles(tmp_path: Path) -> None:
    text = ("Аграрии получат льготные кредиты\n"
            "Белагропромбанк выдаст хозяйствам Могилёвской области кредиты на 240 млн рублей. "
            "Ставки в белорусских рублях снижены до 7% годовых.\n")
    got = facts_by_surface(tmp_path, text, published="2024-03-02")
    assert got["240 млн рублей"].amount.currency == "BYN"


def test_the_belarusian_bank_speaking_after_the_russian_one_keeps_its_rubles(tmp_path: Path) -> None:
    text = ("Россельхозбанк и Белагропромбанк продлили сотрудничество\n"
            "Россельхозбанк открыл белорусскому ОАО «Белагропромбанк» кредитную линию на "
            "8 млрд рублей. Расчёты будут вестись в российских рублях.\n"
            "«На кредитование посевной в этом году Белагропромбанк направит 1,1 млрд рублей», — "
            "сообщили в банке.\n")
    got = facts_by_surface(tmp_path, text, published="2025-02-14")
    assert got["8 млрд рублей"].amount.currency == "RUB"
    assert got["1,1 млрд рублей"].amount.currency == "BYN"
