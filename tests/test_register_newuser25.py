"""A new user's register findings of session 25 (issue 11), findings 2, 6 and 9, in texts
written here in the style of regional and wire news:

* a headline's assembly and the body's joint venture that assembles the same goods are one
  project («закрыли сборку погрузчиков» — «Совместное предприятие по сборке погрузчиков …
  закрыто»), so a closed venture is counted once;
* a date in the clause of an agreement signed («— соглашение об этом подписано в марте») is
  the signing's, not the project's launch;
* a closed project's start year is no resumption («работал с 2020 г.»);
* a service centre's owner between the centre and its service («центр «Амкодора» по ремонту
  погрузчиков») does not cut the product short;
* «совместный проект» names no kind beside a making the sentence names («собрано 80
  тракторов — совместного проекта с …»);
* «Сборку ведёт совместное предприятие»: the assembly runs (not works under way);
* a press release's genre line («ПРЕСС-РЕЛИЗ») is no headline.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import register_of

from analysis.briefing.projects import project_timeline
from analysis.ingest import load_corpus
from analysis.projects.agreements import without_signing_clauses
from analysis.projects.mention import ReadSentence
from analysis.projects.products import product_label, product_phrase
from analysis.projects.timelines import normalize_timeline

CLOSED_VENTURE = (
    "В Курской области закрыли сборку белорусских погрузчиков\n"
    "Совместное предприятие по сборке погрузчиков «Амкодор» в Курской области закрыто, "
    "сообщили в областном правительстве. Предприятие работало с 2020 года и собрало около "
    "300 машин.")


def test_a_headlines_assembly_is_the_bodys_venture_that_assembles_the_same_goods() -> None:
    rows = register_of(CLOSED_VENTURE, date(2025, 10, 2))
    assert [(r["region"], r["enterprises"], r["kind"], r["halted"]) for r in rows] == [
        ("Курская область", "Амкодор", "joint_venture", "closed")]


def test_a_venture_making_other_goods_stays_apart_from_the_headlines_assembly() -> None:
    rows = register_of(
        "В Курской области начали сборку белорусских автобусов\n"
        "Первые автобусы МАЗ собраны на площадке в Курске, сообщили в областном "
        "правительстве.\n"
        "Кроме того, в регионе работает совместное предприятие по выпуску лифтов "
        "«Могилевлифтмаш».", date(2025, 10, 2))
    assert sorted(r["kind"] for r in rows) == ["assembly", "joint_venture"]


def test_a_closed_projects_start_year_is_shown_as_its_start_not_a_resumption() -> None:
    closed = {"halted": "closed", "status": "unknown", "timeline": "2020-since"}
    assert project_timeline(closed, "ru") == "работал с\u00a02020\u00a0г."
    assert project_timeline(closed, "en") == "in operation from 2020"
    paused = {"halted": "suspended", "status": "unknown", "timeline": "2026"}
    assert project_timeline(paused, "ru") == "возобновление: 2026\u00a0г."


def test_the_closed_ventures_row_keeps_its_start_year() -> None:
    rows = register_of(CLOSED_VENTURE, date(2025, 10, 2))
    assert rows[0]["timeline"] == "2020-since"
    assert project_timeline(rows[0], "ru") == "работал с\u00a02020\u00a0г."


def test_a_date_in_the_clause_of_a_signed_agreement_is_no_launch_date() -> None:
    rows = register_of(
        "Томская область готовит сборку автобусов\n"
        "В Томской области готовится к запуску сборка автобусов МАЗ — соглашение об этом "
        "подписано в марте.", date(2025, 5, 20))
    assert [(r["region"], r["status"], r["timeline"]) for r in rows] == [
        ("Томская область", "planned", None)]


def test_a_launch_date_in_a_clause_of_its_own_beside_the_signing_is_kept() -> None:
    text = ("Соглашение подписано в марте, а сборку автобусов в Томской области планируется "
            "запустить осенью 2026 года.")
    sent = ReadSentence(start=0, end=len(text), paragraph=0, text=text)
    read = without_signing_clauses(sent)
    assert "подписано в марте" not in read and len(read) == len(text)
    assert normalize_timeline(read, date(2025, 5, 20)) == "2026-autumn"


def test_a_service_centres_owner_does_not_cut_its_product_short() -> None:
    rows = register_of(
        "«Амкодор» открыл сервисный центр в Кургане\n"
        "В Курганской области открылся сервисный центр «Амкодора» по ремонту фронтальных "
        "погрузчиков. Центр будет также поставлять запчасти для дорожных служб области.",
        date(2025, 4, 14))
    assert [(r["kind"], r["product"]) for r in rows] == [
        ("service_center", "ремонт фронтальных погрузчиков")]


def test_a_facility_with_no_owner_named_reads_on_as_before() -> None:
    from analysis.projects.cues import tokens

    text = "открылся сервисный центр по обслуживанию тракторов"
    toks = tokens(text, 0, len(text))
    first = next(k for k, t in enumerate(toks) if t.word == "сервисный")
    got = product_phrase(text=text, toks=toks, first=first, last=first + 1, ents=[], other_cues=set())
    assert product_label(got.phrase) == "обслуживание тракторов"


def test_a_joint_project_names_no_kind_beside_an_assembly() -> None:
    rows = register_of(
        "В Смоленской области собрано 80 тракторов\n"
        "СМОЛЕНСК, 12 декабря. В Смоленской области в этом году собрано 80 тракторов "
        "«Беларус» — совместного проекта с Минским тракторным заводом.", date(2025, 12, 12))
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Смоленская область", "assembly", "operating")]


def test_a_joint_project_alone_is_still_a_joint_development() -> None:
    rows = register_of(
        "МТЗ и вологодские инженеры создают трактор\n"
        "Минский тракторный завод и вологодская компания «СеверТехПроект» начали совместный "
        "проект по созданию лесного трактора в Вологодской области.", date(2025, 12, 12))
    assert [r["kind"] for r in rows] == ["joint_development"]


def test_the_assembly_a_venture_carries_on_is_running() -> None:
    rows = register_of(
        "Рязанская область наращивает выпуск техники\n"
        "В Рязанской области продолжается выпуск белорусской техники. Сейчас сборку тракторов "
        "МТЗ ведёт совместное предприятие в Рязани.", date(2025, 8, 4))
    assert [(r["region"], r["status"]) for r in rows] == [("Рязанская область", "operating")]


def test_a_press_releases_genre_line_is_no_headline(tmp_path: Path) -> None:
    for label in ("ПРЕСС-РЕЛИЗ", "Пресс-релиз"):
        folder = tmp_path / label
        folder.mkdir()
        (folder / "release.txt").write_text(
            f"{label}\n\nАО «Тверьагро» и ОАО «Гомсельмаш» открыли склад запчастей в Твери\n\n"
            "Тверь, 3 марта 2025 года. Склад будет обслуживать хозяйства области.\n",
            encoding="utf-8")
        article = load_corpus(folder).articles[0]
        assert article.title == "АО «Тверьагро» и ОАО «Гомсельмаш» открыли склад запчастей в Твери"
