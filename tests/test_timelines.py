"""analysis.projects.timelines: timeline normalisation from the sentence and the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.projects.timelines import normalize_timeline

PUB = date(2025, 6, 20)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("запланирован на вторую половину 2025 года", "2025-H2"),
    ("в первой половине 2024 года", "2024-H1"),
    ("запланировано на осень этого года", "2025-autumn"),
    ("откроется осенью 2026 года", "2026-autumn"),
    ("в третьем квартале 2023 года", "2023-Q3"),
    ("в IV квартале 2024 года", "2024-Q4"),
    ("подпишут в марте 2025 года", "2025-03"),
    ("в следующем году", "2026"),
    ("в этом году", "2025"),
    ("в конце 2025 года", "2025"),
    ("начать в 2026 году", "2026"),
    ("до конца следующего года", "2026"),
    ("весной следующего года", "2026-spring"),
    ("без сроков", None),
])
def test_normalize_timeline(sentence, expected):
    assert normalize_timeline(sentence, PUB) == expected
