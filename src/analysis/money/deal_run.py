"""The time a signed deal runs over, told in the sentence that signs it.

«В сентябре КАМАЗ и МАЗ подписали контракт на поставку мостов: его стоимость — 9,4 млрд
рублей за три года», «В январе компания подписала контракт на поставку двигателей в текущем
году на сумму 2,1 млрд»: «за три года» and «в текущем году» are the deal's term, as «с 2021 по
2023 год» is (`deal_day._TERM`), so the month it was signed in is still its day and gives the
value no period (round 68; the session-18 one-off row). The words are data (`deal_run` in
`data/money_readings_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.money.word_lists import joined, word_patterns

__all__ = ["without_deal_run"]


class _Run(NamedTuple):
    run: re.Pattern[str]


@cache
def _run() -> _Run | None:
    return word_patterns("deal_run", _Run, joined("(?i)"), data=data_json("money_readings_ru.json"))


def without_deal_run(reach: str) -> str:
    """`reach` with each phrase of a deal's run put as a space (offsets kept)."""
    words = _run()
    if words is None or ("год" not in reach and "лет" not in reach):
        return reach
    return words.run.sub(lambda m: " " * len(m.group()), reach)
