"""Session 34 (walk53reg): the register on classes round 53's dev part showed, on sentences
written here.

* «собрать» with listeners, readers or fans as its object gathers people: it assembles
  nothing («Конференция собрала много слушателей»).
* A sentence opening on a project noun of another kind, placed in another town of the
  region, is another project, not the one told just before («Сервисный центр завода в
  Барнауле …» after the assembly halted in Рубцовск).
"""

from __future__ import annotations

from conftest import register_of


def test_listeners_gathered_are_no_assembly():
    rows = register_of(
        "Томск. Круглый стол о сельхозтехнике на агровыставке собрал неожиданно много "
        "слушателей: фермеры всё чаще спрашивают о белорусских машинах.")
    assert rows == []


def test_a_service_centre_in_another_town_is_not_the_halted_assembly():
    rows = register_of(
        "Сборку тракторов в Бийске приостановили\n"
        "Барнаул, 5 мая. Сборка тракторов «Беларус» на площадке ОАО «Бийский моторный завод» "
        "приостановлена с марта, сообщил источник в краевом министерстве.\n"
        "На МТЗ приостановку подтвердили, но подчеркнули, что работа в крае продолжается. "
        "Сервисный центр завода в Барнауле, открытый в 2015 году, ремонтирует тракторы и "
        "продаёт запчасти в прежнем режиме.")
    kinds = {(r["kind"], r["location"]) for r in rows}
    assert ("service_center", "Барнаул") in kinds
    centre = next(r for r in rows if r["kind"] == "service_center")
    assert "МТЗ" in centre["enterprises"]
