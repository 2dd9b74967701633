"""A wire with no headline: its dateline is no title, and the agency it names is the outlet
(a new user's own wire story, session 19: the title was «ОРЕЛ, 12 марта 2025», no outlet)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest import load_corpus
from analysis.lang.newslayout import wire_agency

WIRE = ("ТАМБОВ, 4 апреля 2025. /ТАСС/. Белорусское ОАО «Лидагропроммаш» откроет в Тамбовской "
        "области сборку сеялок. Соглашение подписали в пятницу губернатор и директор завода.\n\n"
        "Первые машины планируется собрать в 2026 году.")


def test_a_wire_with_no_headline_is_titled_by_its_first_sentence_and_names_its_agency(
        tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    article = load_corpus(tmp_path).articles[0]
    assert article.title.startswith("Белорусское ОАО «Лидагропроммаш» откроет в Тамбовской")
    assert article.source == "ТАСС"


@pytest.mark.parametrize(("opening", "agency"), [
    ("МИНСК, 12 марта (БелТА) – Завод выпустил…", "БелТА"),
    ("МОСКВА, 3 апр — РИА Новости. Товарооборот…", "РИА Новости"),
    ("ВОРОНЕЖ, 3 марта. /Интерфакс/. Область…", "Интерфакс"),
    ("Товарооборот вырос на 5% (данные ТАСС) в прошлом году.", None),
    ("Губернатор рассказал о планах на 2025/2026 сезон.", None),
])
def test_the_agency_of_a_wires_opening(opening: str, agency: str | None) -> None:
    assert wire_agency(opening) == agency
