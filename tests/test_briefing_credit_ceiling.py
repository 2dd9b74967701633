"""A planned credit «в размере до …» is a ceiling, not a target (walk28).

The rounds 38–42 regional briefing's key card read «Крупнейший кредит — цель: $20 млн» for
«финансирование закупки будет осуществляться за счёт кредита … в размере до $20 млн»: a plan's
«до» was taken as the level aimed at whatever the measure. A target is a level a trade or an
output is brought to; a sum lent, granted or invested «до» is its limit. Texts written for
this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_of, tag_free

_CREDIT = ("Гомельский завод обновит парк станков\n"
           "Гомель, 3 марта 2024 года. Закупка станков будет профинансирована за счёт кредита "
           "Россельхозбанка в размере до 15 млн долларов, сообщили на предприятии.\n")
_TRADE = ("Витебщина нарастит поставки\n"
          "Витебск, 3 марта 2024 года. Область планирует к 2026 году увеличить экспорт в Россию "
          "до 900 млн долларов.\n")


def test_a_planned_credits_up_to_stays_a_ceiling(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"credit.txt": _CREDIT}, lang="ru", kind="investments")
    table = tag_free(b.money_table())
    assert "до $15 млн" in table and "цель" not in table


def test_a_planned_trade_level_stays_a_target(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"trade.txt": _TRADE}, lang="ru")
    assert "цель: $900 млн" in tag_free(b.trade_table())
