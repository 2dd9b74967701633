"""Halted projects (issue 11, session 23's new user, findings 8 and 9): a line told closed
(«закрыта», «прекращена») or suspended («приостановлена», «заморожена») is still a project of
the register; its status stays `unknown` (the gold's convention, tests/gold/README.md) and the
halt is told in the register's `halted` field, with a resumption's date as its timeline where
the text gives one. The briefing says «закрыт» / «приостановлен». Texts written here in the
style of ministry notes, regional business press and agency wires."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
from conftest import register_of, sample_articles

from analysis.briefing.document import Briefing


def test_a_line_told_closed_is_a_closed_project_not_a_denial() -> None:
    """«Участок по сборке … закрыт в 2023 году»: a closed state beside a kind cue is the
    project, halted `closed`; the closing's own year is no timeline."""
    rows = register_of(
        "Справка отраслевого союза\nУчасток по сборке экскаваторов-погрузчиков «Амкодор» в "
        "Тюменской области закрыт в 2023 году, персонал переведён на сервисные работы.",
        date(2025, 4, 10))
    assert [(r["region"], r["kind"], r["status"], r["halted"]) for r in rows] == [
        ("Тюменская область", "assembly", "unknown", "closed")]
    assert "Амкодор" in rows[0]["enterprises"]
    assert not isinstance(rows[0]["timeline"], str)


def test_an_assembly_stopped_for_good_is_closed() -> None:
    """«сборка … прекращена» (a short participle): closed, not denied."""
    rows = register_of(
        "Итоги года\nСборка коммунальных машин на шасси МАЗ на площадке ООО «ВолгаСпецТех» в "
        "Саратове прекращена в ноябре из-за отсутствия заказов.", date(2025, 1, 20))
    assert [(r["region"], r["status"], r["halted"]) for r in rows] == [
        ("Саратовская область", "unknown", "closed")]


def test_a_suspended_assembly_takes_its_resumption_year_as_timeline() -> None:
    """«приостановлен с февраля …, возобновить выпуск рассчитывают в 2027 году»: suspended,
    the resumption's date its timeline (not the month it stopped)."""
    rows = register_of(
        "Сборка комбайнов встала\nСборка комбайнов «Гомсельмаш» на площадке в Курганской "
        "области приостановлена с февраля 2025 года, возобновить выпуск стороны рассчитывают "
        "в 2027 году.", date(2025, 6, 3))
    assert [(r["region"], r["status"], r["halted"], r["timeline"]) for r in rows] == [
        ("Курганская область", "unknown", "suspended", "2027")]


def test_a_halt_with_no_resumption_has_no_timeline() -> None:
    """«заморожена с марта 2024 года»: the halt's date is no project timeline."""
    rows = register_of(
        "Новости области\nСборка тракторов МТЗ в Кировской области заморожена с марта 2024 "
        "года: дилер не смог договориться о цене машинокомплектов.", date(2025, 2, 1))
    assert [(r["status"], r["halted"]) for r in rows] == [("unknown", "suspended")]
    assert not isinstance(rows[0]["timeline"], str)


def test_the_halt_wins_over_a_list_of_active_sites() -> None:
    """A note lists a region among the working sites and then says its line is suspended:
    the halt wins (no `operating` row for it)."""
    rows = register_of(
        "Записка министерства\nСборочные площадки белорусских организаций действуют в "
        "Калужской и Пензенской областях. Сборка тракторов «Беларус» в Пензенской области "
        "приостановлена с июля, возобновить её планируется в 2026 году.", date(2025, 9, 5))
    penza = [r for r in rows if r["region"] == "Пензенская область"]
    assert [(r["status"], r["halted"], r["timeline"]) for r in penza] == [
        ("unknown", "suspended", "2026")]


def test_a_closing_negated_is_a_suspension() -> None:
    """«Проект не закрыт, он заморожен»: the project is suspended, not closed."""
    rows = register_of(
        "Ответ администрации\nСовместная сборка автобусов МАЗ в Твери не закрыта, она "
        "заморожена до появления новых заказов.", date(2025, 3, 12))
    assert [(r["region"], r["halted"]) for r in rows] == [("Тверская область", "suspended")]


def test_a_running_project_has_no_halt() -> None:
    rows = register_of(
        "Завод в Смоленске\nС 2021 года в Смоленске собирают тракторы МТЗ на площадке ООО "
        "«СмолАгроМаш».", date(2025, 3, 12))
    assert [r["halted"] for r in rows] == [""]


# --------------------------------------------------------------- the briefing shows it


def _project(pid: str, status: str, halted: str, timeline: str | None, text: str) -> dict:
    return {"project_id": pid, "region": "Омская область", "enterprises": "Амкодор",
            "product": "погрузчики", "kind": "assembly", "status": status, "halted": halted,
            "timeline": timeline, "investment_value": None, "investment_currency": None,
            "first_seen": "2025-06-21", "last_seen": "2025-06-21", "article_ids": "a2",
            "evidence": json.dumps([{"article_id": "a2", "file": "a2.txt", "start": 0,
                                     "end": 1, "text": text}], ensure_ascii=False)}


def _briefing(lang: str) -> Briefing:
    projects = pd.DataFrame([
        _project("P1", "unknown", "closed", None, "Линия по сборке погрузчиков закрыта."),
        _project("P2", "unknown", "suspended", "2026", "Сборка приостановлена до 2026 года."),
        _project("P3", "operating", "", None, "Сборка погрузчиков идёт."),
    ])
    return Briefing.from_frames(sample_articles(), pd.DataFrame(), projects, lang=lang)


def test_the_register_table_says_closed_and_suspended_with_the_resumption() -> None:
    import re

    html = _briefing("ru").project_table()
    cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", html)]
    assert "закрыт" in cells and "приостановлен" in cells and "действует" in cells
    assert "не ясен" not in cells
    assert any(c.startswith("возобновление: 2026") for c in cells)
    en = _briefing("en").timelines()
    assert "resumption: 2026" in en and "suspended" in en
