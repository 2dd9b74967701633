"""A halted project's resumption date is cited to the sentence that states it (session 34,
brief34b: the timeline «возобновление: 2027 г.» cited the project's first sentences only).
Texts written here in the style of regional news."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import briefing_of

PLAN = (
    "Тракторы МТЗ будут собирать в Калуге\n"
    "Минский тракторный завод и ООО «Калугаагротех» договорились о сборке тракторов МТЗ в "
    "Калуге. Проект оценивается в 900 млн рублей, первые машины выпустят в 2025 году. "
    "Площадку для сборки уже подготовили. Сборка в Калуге сократит сроки поставок тракторов "
    "хозяйствам региона.\n")
FROZEN = (
    "Фермеры района получили новые тракторы\n"
    "Проект сборки тракторов МТЗ в Калуге, который готовило ООО «Калугаагротех» с Минским "
    "тракторным заводом, заморожен. Возобновить его партнёры собираются не раньше 2028 года.\n")
RESUMPTION = "Возобновить его партнёры собираются не раньше 2028 года."


def test_the_resumption_date_is_cited_to_its_sentence(tmp_path: Path) -> None:
    briefing = briefing_of(tmp_path / "c", {"a_plan.txt": PLAN, "b_frozen.txt": FROZEN},
                           lang="ru", currency="RUB")
    row = next(r for r in briefing.projects.to_dict("records") if r["timeline"] == "2028")
    told = json.loads(row["timeline_evidence"])
    assert [e["text"] for e in told] == [RESUMPTION]
    cites = briefing.timeline_cites(row)
    assert briefing.citations.cite(told[0]["article_id"], RESUMPTION, told[0]["file"]) not in \
        briefing.project_cites(row)  # (the row's first sentences alone leave it out)
    assert briefing.citations.cite(told[0]["article_id"], RESUMPTION, told[0]["file"]) in cites
    assert len(cites) <= 3
