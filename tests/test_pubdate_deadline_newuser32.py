"""«к 2025 году» is a deadline unless a percent or ratio is set against it (newuser32).

An undated file whose text planned a launch «на 2022 год» and a share «к 2025 году» was dated
«не ранее 2026»: the deadline had been read as a comparison base («рост на 9,8% к 2022 году»),
which a text is written after. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from analysis.ingest.pubdates import infer_date

TODAY = date(2026, 12, 3)


def test_a_deadline_is_no_comparison_base() -> None:
    g = infer_date("Сначала локализация составит 20%, а к 2024 году партнёры намерены довести "
                   "её до 40%.", [], today=TODAY)
    assert g.published is None  # a deadline is an upper bound only: the text is not dated


def test_a_percent_against_a_year_is_still_a_base() -> None:
    g = infer_date("Выпуск погрузчиков вырос на 12% к 2023 году.", [], today=TODAY)
    assert g.published == date(2024, 1, 1)


def test_a_ratio_against_a_year_is_still_a_base() -> None:
    g = infer_date("Поставки техники выросли в 1,5 раза к 2022 году.", [], today=TODAY)
    assert g.published == date(2023, 1, 1)
