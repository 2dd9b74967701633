"""A project's timeline told as a season («осенью следующего года») is shown as a season in
the reader's language, never as the register's code («2025-autumn»: session 26's walk through
the rendered briefings)."""

from __future__ import annotations

import pytest

from analysis.briefing.formatting import fmt_timeline


@pytest.mark.parametrize(("code", "ru", "en"), [
    ("2027-spring", "весна 2027\u00a0г.", "spring 2027"),
    ("2026-summer", "лето 2026\u00a0г.", "summer 2026"),
    ("2025-autumn", "осень 2025\u00a0г.", "autumn 2025"),
    ("2024-winter", "зима 2024\u00a0г.", "winter 2024"),
])
def test_a_season_reads_as_a_season(code: str, ru: str, en: str) -> None:
    assert fmt_timeline(code, "ru") == ru
    assert fmt_timeline(code, "en") == en


def test_other_timelines_are_as_before() -> None:
    assert fmt_timeline("2025-H2", "ru") == "II\u00a0полугодие 2025\u00a0г."
    assert fmt_timeline("2019-since", "en") == "since 2019"
    assert fmt_timeline("2025-someday", "ru") == "2025-someday"
