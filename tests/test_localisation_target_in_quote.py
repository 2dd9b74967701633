"""A localisation target told in a quotation later in the paragraph that gave the project's
share («… сейчас составляет 42%. … «Наша задача — довести локализацию до 65% к 2028 году», —
подчеркнул он») is the same project's target (new user, session 24, finding 10).

The texts are written for these tests in the manner of trade-press news."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dataset_of

TEXT = ("Белорусский производитель ОАО «Бобруйсксельмаш» расширяет сборку в России. Совместное "
        "предприятие с ООО «Агротехсервис» в Пензе работает с 2022 года и выпускает прицепы.\n"
        "По словам директора белорусского завода, уровень локализации пензенской продукции сейчас "
        "составляет 38%. Из российских деталей собирают рамы и кузова. {quote}\n")


@pytest.mark.parametrize("quote", [
    "«Наша задача — довести локализацию до 60% к 2029 году», — подчеркнул он.",
    "«Мы планируем довести локализацию до 60% к 2029 году», — сказал директор.",
])
def test_a_quoted_target_later_in_the_paragraph_joins_the_project(tmp_path: Path, quote: str) -> None:
    p = dataset_of(tmp_path / "c", {"a.txt": TEXT.format(quote=quote)}).projects
    row = p[p["region"] == "Пензенская область"].iloc[0]
    assert (row["localisation_pct"], row["localisation_target_pct"], row["localisation_target_year"]) == (
        38.0, 60.0, 2029)


def test_a_target_in_the_next_paragraph_stays_unjoined(tmp_path: Path) -> None:
    text = (TEXT.format(quote="")
            + "\n«Наша задача — довести локализацию до 60% к 2029 году», — сказал министр.\n")
    p = dataset_of(tmp_path / "c", {"a.txt": text}).projects
    row = p[p["region"] == "Пензенская область"].iloc[0]
    assert row["localisation_pct"] == 38.0
    assert row["localisation_target_pct"] != 60.0

