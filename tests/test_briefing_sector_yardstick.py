"""A whole Russian sector's money is a yardstick, not a deal of the partnership: a sentence whose
subject is an unnamed Russian sector («Российские НПЗ …», «Российские банки …») never heads a
briefing as the largest investment or credit linked to Belarus, even under a title that names
Belarus, unless that sentence names the Belarusian side itself. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import briefing_of

OIL = ("Беларусь получит из России 23 млн тонн нефти\n"
       "Министерства двух стран согласовали баланс поставок нефти на следующий год.\n"
       "Белорусский «Нафтан» вложит в новую установку гидроочистки 210 млн долларов.\n"
       "Российские нефтяные компании между тем продолжают обновлять заводы: за восемь лет в "
       "модернизацию вложено свыше 1,5 трлн рублей.\n")


def test_a_russian_sectors_total_is_not_the_largest_investment(tmp_path: Path) -> None:
    briefing = briefing_of(tmp_path, {"oil.txt": OIL}, lang="ru")
    row = briefing.largest("investment")
    assert row is not None
    assert row["value"] == pytest.approx(2.1e8)


def test_a_sector_sentence_naming_the_belarusian_side_stays_linked(tmp_path: Path) -> None:
    text = ("Кредиты для экспортёров\n"
            "Министерства двух стран обсудили поддержку кооперации.\n"
            "Российские банки в прошлом году выдали белорусским заводам кредитов на 90 млрд "
            "рублей.\n")
    row = briefing_of(tmp_path, {"banks.txt": text}, lang="ru").largest("credit")
    assert row is not None
    assert row["value"] == pytest.approx(9e10)
