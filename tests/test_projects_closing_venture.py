"""A working enterprise that closes («прекращает работу», «закрывается», «ликвидируется») is
a closed project with its founders, not a cancelled plan and not an operating one.

Found by a new user (session 24, finding 6): «Совместное предприятие … завода и … ООО «…» —
ООО «…» — прекращает работу в Нижегородской области» was read as a cancellation, and the
venture stayed in the register as operating, without its Russian founder.
"""

from __future__ import annotations

import pytest
from conftest import dated_dataset


@pytest.mark.parametrize("closing", [
    "прекращает работу",
    "прекратило деятельность",
    "ликвидируется",
])
def test_a_joint_venture_that_closes_is_closed_with_its_founders(tmp_path, closing: str) -> None:
    text = ("Совместный завод лифтов уходит с рынка\n\n"
            "Совместное предприятие «Могилевлифтмаша» и смоленского ООО «Днепр-Лифт» — ООО "
            f"«Смоленсклифт» — {closing} в Смоленской области. Решение приняли учредители.\n\n"
            "СП было создано в 2018 году в Ярцеве. За семь лет предприятие собрало 2 300 лифтов.\n")
    projects = dated_dataset(tmp_path, "j.txt", text, "2025-04-15", title="СП").projects
    smolensk = projects[projects["region"] == "Смоленская область"]
    assert len(smolensk) == 1
    row = smolensk.iloc[0]
    assert row["halted"] == "closed"
    assert row["status"] != "operating"
    assert {"Могилевлифтмаш", "Днепр-Лифт"} <= set(row["enterprises"].split(";"))


def test_stopping_talks_is_still_a_denial_not_a_closing(tmp_path) -> None:
    # «прекратили переговоры» drops a plan: no project is registered
    text = ("Переговоры остановлены\n\n«Гомсельмаш» и ООО «Агро-Тула» прекратили переговоры о "
            "создании совместного предприятия по сборке комбайнов в Тульской области.\n")
    projects = dated_dataset(tmp_path, "n.txt", text, "2025-04-15", title="П").projects
    assert "closed" not in set(projects["halted"].dropna())
