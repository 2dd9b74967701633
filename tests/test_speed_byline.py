"""The byline test of the lead (`money.lead_lines.is_byline`) tells a line with no field mark and
no dash after a year without the pattern: its answer must be the pattern's on every line."""

from __future__ import annotations

from test_speed_shortcuts import studied_texts

import analysis.money.lead_lines as lead_lines

LINES = [
    "Брянскстат | Главная / Новости | 14.08.2023",
    "Брянск, 9 февраля 2018 г. — Пресс-служба департамента",
    "28.04.2022 | Экономическая газета | № 32",
    "Себежские вести · Экономика · 24.11.2022",
    "Товарооборот вырос до 2,3 млрд долларов — данные за 2023 год",
    "Минск — Москва: итоги 2024 года",
    "Экспорт в Россию вырос на 20%",
    "",
]


def test_the_shortcut_answers_as_the_pattern_does() -> None:
    pattern = lead_lines.BYLINE
    lines = list(LINES)
    for text in studied_texts():
        lines += text.split("\n")
    told = 0
    for line in lines:
        text = f"x\n{line}\ny"
        expected = pattern.fullmatch(text, 2, 2 + len(line)) is not None
        assert lead_lines.is_byline(text, 2, 2 + len(line)) is expected, line
        told += expected
    assert told >= 4  # bylines among them
