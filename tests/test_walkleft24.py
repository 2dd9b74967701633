"""What session 23's walkthroughs left (brief walkleft24, issues 10 and 11): a localisation
target told after «, а», the briefing citing the localisation it shows, halted projects
counted apart from the unclear ones, a halted line told by «выпуск … приостановлен» or
«законсервировали» alone, and a credit that names the purchase it pays for. Texts written
here in the style of regional business press and ministry notes."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from conftest import briefing_of, register_of, sample_articles, tag_free

from analysis.briefing.document import Briefing
from analysis.projects.localisation import localisation_figures

PUBLISHED = date(2026, 11, 12)


def _figures(sentence: str) -> list[tuple]:
    return [(f.share, f.target, f.target_year)
            for f in localisation_figures(sentence, published=PUBLISHED)]


# ------------------------------------------------ 1. the target after «, а» / «, но»


def test_a_target_after_a_contrast_goes_with_the_share() -> None:
    """«достигла 40%, а с … превысит 60%»: the contrast tells the same share ahead."""
    assert _figures("Локализация кабин на площадке уже достигла 40%, а после запуска "
                    "сварочного участка превысит 60%.") == [(40.0, 60.0, None)]
    assert _figures("Доля российских комплектующих сейчас составляет 25%, но к 2028 году "
                    "вырастет до 45%.") == [(25.0, 45.0, 2028)]


def test_a_contrast_of_another_measure_or_site_stays_apart() -> None:
    """«, а рентабельность …» is another measure; «, а в Твери …» another site's share."""
    assert _figures("Уровень локализации достиг 35%, а рентабельность производства "
                    "превысит 12%.") == [(35.0, None, None)]
    assert _figures("Уровень локализации в Смоленске составляет 45%, а в Твери к 2029 году "
                    "он должен составить 60%.") == [(45.0, None, None)]


def test_the_register_row_takes_the_target_told_after_a() -> None:
    rows = register_of(
        "Сборка тракторов в Кургане\nООО «Зауральский агромаш» с 2022 года собирает в "
        "Кургане тракторы МТЗ. Локализация на площадке уже достигла 40%, а с освоением "
        "окраски рам превысит 60%.", PUBLISHED)
    row = next(r for r in rows if "МТЗ" in r["enterprises"])
    assert (row["localisation_pct"], row["localisation_target_pct"]) == (40.0, 60.0)


# ------------------------------------------------ 5. a halted line alone is a project


def _halts(text: str) -> list[tuple]:
    return [(r["region"], r["kind"], r["status"], r["halted"])
            for r in register_of("Сводка\n" + text, date(2026, 11, 25))]


def test_a_production_told_suspended_in_a_russian_region_is_a_halted_row() -> None:
    """«Выпуск … приостановлен» with a Belarusian maker and a Russian place: the line ran
    there, so it is a project row, `halted` suspended (the gold's status `unknown`)."""
    assert _halts("Выпуск самосвалов МАЗ на площадке в Челябинской области приостановлен "
                  "с октября из-за нехватки заказов.") == [
        ("Челябинская область", "assembly", "unknown", "suspended")]
    assert _halts("Производство погрузчиков «Амкодор» в Оренбурге прекращено.") == [
        ("Оренбургская область", "assembly", "unknown", "closed")]


def test_a_line_mothballed_is_suspended() -> None:
    """«линию законсервировали»: a pause, as «заморозили» is."""
    assert _halts("В Вологодской области линию по сборке лифтов «Могилевлифтмаш» "
                  "законсервировали до весны.") == [
        ("Вологодская область", "assembly", "unknown", "suspended")]


def test_a_halt_told_where_the_news_was_told_is_no_russian_row() -> None:
    """«…, сообщили в Москве»: the place is where the news was told, not where it was made;
    a halt negated («не остановлен») tells no halt."""
    assert _halts("Выпуск автобусов МАЗ не остановлен, сообщили в Москве.") == []


# ------------------------------------------------ 2 and 4. the briefing


def _project(pid: str, status: str, halted: str, text: str, **more: object) -> dict:
    cited = [{"article_id": "a2", "file": "a2.txt", "start": 0, "end": 1, "text": text}]
    return {"project_id": pid, "region": "Курганская область", "enterprises": "МТЗ",
            "product": "тракторы", "kind": "assembly", "status": status, "halted": halted,
            "timeline": None, "investment_value": None, "investment_currency": None,
            "first_seen": "2025-06-21", "last_seen": "2025-06-21", "article_ids": "a2",
            "evidence": json.dumps(cited, ensure_ascii=False), **more}


def _briefing(lang: str = "ru") -> Briefing:
    depth = "Локализация достигла 40%, а с новыми узлами превысит 60%."
    projects = pd.DataFrame([
        _project("P1", "operating", "", "Тракторы МТЗ собирают в Кургане.",
                 localisation_pct=40.0, localisation_target_pct=60.0,
                 localisation_target_year=None,
                 localisation_evidence=json.dumps([{"article_id": "a2", "file": "a2.txt",
                                                    "start": 40, "end": 90, "text": depth}],
                                                  ensure_ascii=False)),
        _project("P2", "unknown", "suspended", "Сборка комбайнов приостановлена."),
        _project("P3", "unknown", "closed", "Линию по сборке погрузчиков закрыли."),
        _project("P4", "unknown", "", "Сборку прицепов обсуждают."),
    ])
    return Briefing.from_frames(sample_articles(), pd.DataFrame(), projects, lang=lang)


def test_the_localisation_cell_cites_its_sentence() -> None:
    b = _briefing()
    html = b.project_table()
    cell = next(c for c in re.findall(r"<td[^>]*>(.*?)</td>", html) if "60%" in c)
    labels = re.findall(r'href="#ref-[\d-]+">([\d.]+)</a>', cell)
    assert labels, cell
    quoted = {f"{ref.number}.{k}": s for ref in b.citations.refs
              for k, s in enumerate(ref.sentences, 1)}
    assert [quoted[x] for x in labels] == ["Локализация достигла 40%, а с новыми узлами превысит 60%."]


def test_halted_projects_are_counted_apart_from_unclear_ones() -> None:
    """The lead's statuses and the status chart: «приостановлен — 1, закрыт — 1, не ясен —
    1», not «не ясен — 3»."""
    b = _briefing()
    assert b.status_counts() == [("s.operating", 1), ("h.suspended", 1), ("h.closed", 1),
                                 ("s.unknown", 1)]
    lead = b.projects_summary()
    assert "приостановлен — 1" in lead and "закрыт — 1" in lead and "не ясен — 1" in lead
    assert "suspended — 1" in _briefing("en").projects_summary()



def test_the_status_charts_draw_halts_as_their_own_bars(monkeypatch: pytest.MonkeyPatch) -> None:
    """The status chart and the stacked chart by region: a bar or a stack for each halt."""
    from analysis.briefing import charts

    drawn: dict[str, list] = {}
    monkeypatch.setattr(charts, "barh_chart",
                        lambda labels, values, *a, **k: drawn.setdefault("status", labels) and "")
    monkeypatch.setattr(charts, "stacked_barh",
                        lambda labels, stacks, *a, **k: drawn.setdefault("region", stacks) and "")
    monkeypatch.setattr(charts, "figure_html", lambda *a, **k: "")
    b = _briefing()
    b.projects_by_status_chart()
    assert drawn["status"] == ["действует", "приостановлен", "закрыт", "не ясен"]
    b.projects.loc[0, "region"] = "Тверская область"  # two regions: the stacked chart
    b.projects_by_region_chart()
    assert {k: sum(v) for k, v in drawn["region"].items()} == {
        "действует": 1, "приостановлен": 1, "закрыт": 1, "не ясен": 1}


# ------------------------------------------------ 3. the credit names what it buys

CREDIT_BUYS = ("Липецкий агрохолдинг обновит технику\n"
               "Липецк, 18 ноября 2026 года. Агрохолдинг «Донские нивы» в следующем году "
               "приобретет 36 тракторов «Беларус» за счёт кредита Россельхозбанка на 280 млн "
               "рублей.\n")
CREDIT_AFTER = ("Хозяйство обновило парк\n"
                "СПК «Рассвет» Новосильского района купил четыре кормоуборочных комбайна "
                "«Гомсельмаш». Общая стоимость техники — 96 млн рублей.\n"
                "Закупка профинансирована за счёт кредита Россельхозбанка на сумму 70 млн "
                "рублей сроком на пять лет.\n")
CREDIT_ALONE = ("Банк поддержал агрохолдинг\n"
                "Липецк, 18 ноября 2026 года. Россельхозбанк выдал агрохолдингу «Донские нивы» "
                "кредит на 280 млн рублей на пополнение оборотных средств.\n")


def test_a_credit_names_the_purchase_its_sentence_tells(tmp_path: Path) -> None:
    """«приобретет 36 тракторов … за счёт кредита … на 280 млн»: the credit's row says what
    it buys («кредит на покупку (тракторы)»)."""
    table = tag_free(briefing_of(tmp_path, {"lipetsk.txt": CREDIT_BUYS}, lang="ru").money_table())
    assert "кредит на покупку (тракторы)" in table and "280 млн" in table
    en = tag_free(briefing_of(tmp_path / "en", {"lipetsk.txt": CREDIT_BUYS}, lang="en").money_table())
    assert "credit for a purchase (tractors)" in en


def test_a_credit_paying_for_a_purchase_told_before(tmp_path: Path) -> None:
    """«Закупка профинансирована за счёт кредита …» after the paragraph that buys by count:
    the credit names the purchase, and the purchase itself stays with the deals."""
    b = briefing_of(tmp_path, {"farm.txt": CREDIT_AFTER}, lang="ru")
    assert "кредит на покупку (комбайны)" in tag_free(b.money_table())
    assert "покупка (комбайны)" in tag_free(b.deals_table())


def test_a_credit_with_no_purchase_is_a_plain_credit(tmp_path: Path) -> None:
    table = tag_free(briefing_of(tmp_path, {"bank.txt": CREDIT_ALONE}, lang="ru").money_table())
    assert "280 млн" in table and "на покупку" not in table
