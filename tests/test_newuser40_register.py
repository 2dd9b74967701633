"""Session 40's new analyst (newuser40) and the project register: a review recalling the regions
where a sector assembles makes no project per region (F3); a buyer's plants that goods go to
are no site (F4); a regional reprint with a rewritten lead is a copy, and its headline's «будут
собирать» no planned project of its own (F5); a service centre's product is what it serves,
not its rooms (F6); «запланирован на следующий год» is a timeline (F7); a project named only
by its firm reads kind + firm (F12). Sentences are our own, in the style of regional news."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from conftest import make_article, register_of

from analysis.briefing import Briefing
from analysis.figures.duplicates import duplicate_rows
from analysis.projects import build_register
from analysis.projects.labels import vague_goods_only
from analysis.projects.timelines import normalize_timeline


@pytest.mark.parametrize(("sentence", "timeline"), [
    ("Начало выпуска запланировано на следующий год.", "2026"),
    ("Ввод линии намечен на будущий год.", "2026"),
    ("Ввод цеха перенесли на будущий год.", "2026"),
    ("Открытие площадки намечено на этот год.", "2025"),
    # the period goods or a budget cover is no date of the project
    ("Поставки шасси на следующий год уже согласованы.", None),
    ("Бюджет проекта утверждён на текущий год.", None),
    ("Первые машины выйдут в следующем году.", "2026"),
    ("Сборка начнётся к концу следующего года.", "2026"),
])
def test_f7_a_relative_year_in_the_accusative_is_a_timeline(sentence: str, timeline: str | None) -> None:
    assert normalize_timeline(sentence, date(2025, 4, 10)) == timeline


def test_f7_the_plan_for_next_year_dates_the_project() -> None:
    rows = register_of("Брянский «Технопарк» и Гомельский завод «Гидропривод» договорились о "
                       "создании производства гидроцилиндров в Брянской области. Запуск "
                       "производства запланирован на следующий год.", date(2025, 2, 20))
    assert [(r["region"], r["timeline"]) for r in rows] == [("Брянская область", "2026")]


@pytest.mark.parametrize(("label", "vague"), [
    ("техника", True), ("белорусская техника", True), ("оборудование", True),
    ("коммунальная техника", False), ("тракторы", False),
])
def test_f3_vague_goods_alone(label: str, vague: bool) -> None:
    assert vague_goods_only(label) is vague


def test_f3_a_review_listing_regions_makes_no_project_per_region() -> None:
    rows = register_of("Итоги года: кооперация с Беларусью\n\nРост товарооборота обеспечила "
                       "промышленная кооперация: белорусские заводы выпускают технику в "
                       "Брянской, Калужской и Псковской областях.", date(2025, 12, 25))
    assert rows == []


def test_f3_a_firm_assembling_named_goods_in_listed_regions_still_gives_a_row_each() -> None:
    rows = register_of("Холдинг «Амкодор» собирает погрузчики в Калужской и Брянской "
                       "областях.", date(2025, 6, 2))
    assert sorted(r["region"] for r in rows) == ["Брянская область", "Калужская область"]


def test_f4_a_buyers_plants_the_goods_go_to_are_no_site() -> None:
    rows = register_of("Фонд развития промышленности выдал заем челябинскому заводу "
                       "«УралРама» на выпуск рам для тракторов «Беларус». Поставки рам на Минский "
                       "тракторный завод и его сборочные площадки начнутся в 2026 году.",
                       date(2025, 9, 1))
    assert [(r["region"], r["kind"]) for r in rows] == [
        ("Челябинская область", "component_production")]
    assert rows[0]["timeline"] == "2026"


STORY = ("В Брянске начали собирать сеялки «Лидагропроммаша»\n\n"
         "БРЯНСК, 3 сентября. Белорусское ОАО «Лидагропроммаш» и брянская компания "
         "«Брянсксельмаш» открыли в Брянске участок сборки сеялок и культиваторов, сообщили в "
         "пресс-службе правительства области.\n\n"
         "Инвестиции в проект составили 260 млн рублей. Участок рассчитан на выпуск до 500 "
         "машин в год.\n\n"
         "«Хозяйствам больше не придётся ждать технику месяцами», — сказал губернатор.\n\n"
         "Уровень локализации сейчас 20%, через три года его планируют довести до 45%.")
# the same release retold by a regional outlet: a headline and a lead of its own, one line added
REPRINT = ("Белорусские сеялки будут собирать в Брянске\n\n"
           "Брянская область получила новое сборочное производство сельхозтехники. "
           "ОАО «Лидагропроммаш» вместе с брянской компанией «Брянсксельмаш» запустило в Брянске "
           "участок сборки сеялок и культиваторов, сообщает пресс-служба правительства области.\n\n"
           "Инвестиции в проект составили около 260 млн рублей. Участок рассчитан на выпуск до 500 "
           "машин в год.\n\n"
           "Уровень локализации сейчас 20%, через три года его планируют довести до 45%.\n\n"
           "Напомним, в прошлом году брянские аграрии купили белорусской техники на 2,1 млрд "
           "рублей.")
# another story of the same week from the same region: no copy
OTHER = ("В Брянской области выросли закупки белорусских тракторов\n\n"
         "За восемь месяцев хозяйства области приобрели 140 тракторов «Беларус», сообщили в "
         "региональном департаменте сельского хозяйства. Большую часть техники купили в лизинг. "
         "Участок сборки сеялок, открытый в Брянске, пока выпускает до 40 машин в месяц.")


def test_f5_a_reprint_with_a_rewritten_lead_is_a_copy_and_another_story_is_not() -> None:
    texts = [STORY, REPRINT, OTHER]
    ids = ["a0", "a1", "a2"]
    rows, original = duplicate_rows(ids, texts, [f"{a}.txt" for a in ids], [None] * 3, [])
    assert original["a1"] == "a0"
    assert original["a2"] == "a2"
    assert [(r["article_id"], r["kind"]) for r in rows] == [("a1", "reprint")]


def test_f5_the_reprints_headline_plan_is_the_running_project() -> None:
    rows = build_register([make_article("a0", STORY, date(2025, 9, 3)),
                           make_article("a1", REPRINT, date(2025, 9, 3))]).to_dict("records")
    assert [(r["region"], r["enterprises"], r["status"]) for r in rows] == [
        ("Брянская область", "Брянсксельмаш;Лидагропроммаш", "operating")]


def test_f6_a_service_centres_product_is_what_it_serves_not_its_rooms() -> None:
    rows = register_of("В Кургане открыт сервисный центр «Амкодора»\n\n"
                       "В Кургане начал работу сервисный центр холдинга «Амкодор», созданный "
                       "вместе с местной компанией «ЗауралСпецТехника». Центр будет обслуживать "
                       "фронтальные погрузчики и автогрейдеры «Амкодор» в Курганской и Тюменской "
                       "областях.\n\nВ центре размещены склад запчастей, ремонтный цех и учебный "
                       "класс для операторов.", date(2025, 5, 12))
    assert len(rows) == 1
    assert "цех" not in rows[0]["product"] and "класс" not in rows[0]["product"]
    assert any(goods in rows[0]["product"] for goods in ("погрузчик", "автогрейдер"))


def test_f12_a_project_named_only_by_its_firm_reads_kind_and_firm() -> None:
    articles = pd.DataFrame([{"article_id": "a", "file": "a.txt", "title": "Сервис МАЗ",
                              "source": "", "url": "", "published": "2025-03-01",
                              "published_inferred": False, "published_precision": "day",
                              "text": "В Пскове обсуждают сервисный центр МАЗ.", "sha256": "a"}])
    projects = pd.DataFrame([{"project_id": "p1", "region": "Псковская область",
                              "location": "Псков", "enterprises": "МАЗ",
                              "product": "сервисный центр", "kind": "service_center",
                              "status": "planned", "article_ids": "a", "evidence": "[]"}])
    row = projects.iloc[0].to_dict()
    assert Briefing.from_frames(articles, pd.DataFrame(), projects, lang="ru").project_name(
        row) == "Сервисный центр МАЗ"
    assert Briefing.from_frames(articles, pd.DataFrame(), projects, lang="en").project_name(
        row) == "MAZ service centre"
