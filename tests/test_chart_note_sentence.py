"""A chart's note opens a sentence (new user, session 27): under the money chart of a year
with no rate the line read «Источники: [1], [2]. курса за год части сумм нет: …», a note in
lower case after a full stop. The text is written for this test in the manner of regional news."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import briefing_of

PLANT = ("Цех в Ярославле\n"
         "Ярославль, 3 ноября 2026 года. Белорусский холдинг «Амкодор» вложит в сборочный цех в "
         "Ярославской области 640 млн рублей, сообщили в правительстве области. Еще 90 млн "
         "рублей холдинг направит на сервисный центр в Ярославле.\n")


def test_the_note_under_a_chart_starts_with_a_capital(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"plant.txt": PLANT}, lang="ru", currency="USD")
    text = re.sub(r"<[^>]+>", "", str(b.money_chart()))
    assert "как в источниках" in text
    assert not re.search(r"\]\. [а-яё]", text)
    # (the years with no rate and both currencies named: newuser38 found the old note cryptic)
    assert ("Среднегодового курса за 2026 г. нет: суммы на графике — в руб., как в источниках, "
            "без пересчёта в долл. США") in text
