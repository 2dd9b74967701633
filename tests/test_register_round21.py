"""The register's rules added after studying the round-21 dev part (issue 11), on texts written
here in the style of road-equipment market reviews and cross-border councils' minutes: a paused
line whose reason is a supply failure is still the project (paused → `unknown`); a number with
a full stop opening a list item («4. Производство …») is the item's number, not a count of
projects."""

from __future__ import annotations

from conftest import register_of


def _rows(text: str) -> list[tuple]:
    return sorted((r["region"], r["kind"], r["status"]) for r in register_of(text))


# ------------------------------------------------- a pause explained by failed supplies


def test_a_paused_line_whose_supplies_failed_is_the_project() -> None:
    """«собирало …, однако выпуск был приостановлен: сорвались поставки …»: the supplies say
    why it stopped; the assembly is told, its stage unknown."""
    text = ("Снегоуборщики\nВ Пензе ООО «Сурский спецмаш» с 2020 года собирало на шасси МАЗ "
            "уборочные машины, однако в 2023 году выпуск был приостановлен: из-за санкций "
            "сорвались поставки импортных насосов.")
    assert _rows(text) == [("Пензенская область", "assembly", "unknown")]


def test_a_trade_sentence_without_a_pause_stays_no_project() -> None:
    """Control: the same supplies told with no pause tell no project."""
    text = ("Снегоуборщики\nВ Пензе ООО «Сурский спецмаш» закупало на заводе МАЗ шасси, "
            "а из-за санкций сорвались поставки импортных насосов.")
    assert _rows(text) == []


# ------------------------------------------------- a numbered list item is no count


def test_a_numbered_item_is_not_a_count_of_projects() -> None:
    """«4. Производство кабин … на площадке ООО «…» (г. Ярцево)»: the fourth item of the
    minutes, one project."""
    text = ("Заседание совета\nСтороны рассмотрели ход совместных проектов.\n"
            "4. Производство кабин для тракторов МТЗ на площадке ООО «Вяземский "
            "механический завод» (г. Вязьма) – выпуск приостановлен в 2024 году.")
    assert _rows(text) == [("Смоленская область", "component_production", "unknown")]


def test_a_number_without_a_full_stop_still_counts_projects() -> None:
    """Control: «4 производства» with no list of places is a count, no project of its own."""
    text = ("Итоги года\nВ Смоленской области белорусские холдинги открыли 4 производства "
            "кабин для тракторов МТЗ.")
    assert _rows(text) == []
