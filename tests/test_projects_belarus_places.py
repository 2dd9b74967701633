"""Session 32 (issue 11), projects located in Belarus: a district named after a Belarusian town
(«в Оршанском районе») is a place in Belarus, so the work done there is a Belarus-located
project (region empty, the district as its location) even where the article names a Russian
region elsewhere; a lead after a dateline that places the headline's venture in Belarus
takes over the headline's project (placed at a Russian firm's home by its adjective only)."""

from __future__ import annotations

import pandas as pd
from conftest import register_of

from analysis.entities import belarusian_districts, district_name


def test_districts_named_after_belarusian_towns_give_their_oblast() -> None:
    text = ("Склад строят в Оршанском районе, цех — в Молодечненском районе, а поля "
            "Себежского района и Ленинского района тут ни при чём.")
    found = [(text[a:b], oblast) for a, b, oblast in belarusian_districts(text)]
    assert found == [("Оршанском районе", "Витебская область"),
                     ("Молодечненском районе", "Минская область")]


def test_a_district_is_written_in_the_nominative() -> None:
    assert district_name("Смолевичском районе") == "Смолевичский район"


def test_work_in_a_belarusian_district_is_placed_in_belarus() -> None:
    rows = register_of(
        "Запчасти для Сибири пойдут через новый склад\n"
        "Холдинг «Гомсельмаш» откроет в Омской области региональный склад запасных частей.\n\n"
        "В Оршанском районе ОАО «МАЗ» вместе с российской компанией ООО «СибТрансЗапчасть» "
        "строит логистический центр запасных частей для грузовиков.")
    maz = [r for r in rows if "МАЗ" in (r["enterprises"] or "").split(";")]
    assert len(maz) == 1
    assert pd.isna(maz[0]["region"])
    assert maz[0]["location"] == "Оршанский район"


def test_a_lead_after_a_dateline_places_the_headlines_venture_in_belarus() -> None:
    rows = register_of(
        "Гомельские гидравлики и курский завод создадут СП по выпуску насосов\n\n"
        "Гомель. 3 марта. ИНТЕРФАКС - ОАО «Гомельский завод «Гидропривод» и курское ООО "
        "«КурскНасосМаш» подписали соглашение о создании совместного предприятия по выпуску "
        "шестерённых насосов.\n\n"
        "Производство разместят в Речице, на площадке бывшего ремонтного цеха. Доля "
        "белорусской стороны составит 51%.")
    assert len(rows) == 1
    assert pd.isna(rows[0]["region"])
    assert rows[0]["location"] == "Речица"


def test_the_work_shared_out_next_stays_at_the_belarusian_site() -> None:
    rows = register_of(
        "Борисовский завод и курская фирма договорились о кооперации\n\n"
        "ОАО «БАТЭ» и ООО «КурскДатчик» из Курска подписали соглашение о сотрудничестве. "
        "Документ предусматривает организацию на площадке БАТЭ в Борисове производства "
        "стартеров для тракторов. Обмотки предоставит российская "
        "сторона, корпуса и окончательную сборку выполнит белорусское предприятие.")
    russian = [r for r in rows if not pd.isna(r["region"]) and r["kind"] == "assembly"]
    assert russian == []
    assert any(pd.isna(r["region"]) for r in rows)


def test_an_unnamed_russian_maker_makes_a_development_in_belarus_joint() -> None:
    rows = register_of(
        "Лидский завод расширяет выпуск\n"
        "ОАО «Лидсельмаш» за год выпустило 900 картофелекопалок. Кроме того, в Лиде совместно "
        "с одной из российских компаний ведётся разработка нового свеклоуборочного комбайна.")
    assert [(r["location"], r["kind"]) for r in rows if pd.isna(r["region"])] == [
        ("Лида", "joint_development")]


def test_the_country_alone_is_no_russian_side_of_a_development() -> None:
    rows = register_of(
        "Лидский завод расширяет выпуск\n"
        "ОАО «Лидсельмаш» за год выпустило 900 картофелекопалок. Кроме того, в Лиде для "
        "российского рынка ведётся разработка нового свеклоуборочного комбайна.")
    assert rows == []


def test_a_later_site_in_russia_leaves_the_belarusian_project_of_the_lead() -> None:
    rows = register_of(
        "Гомельский завод начал выпуск гидроцилиндров для «Ростсельмаша»\n"
        "На Гомельском заводе «Гидропривод» запущена линия по выпуску гидроцилиндров для "
        "комбайнов ПАО «Ростсельмаш». Мощность линии — 20 тыс. изделий в год.\n"
        "В Таганроге стороны планируют наладить выпуск гидроцилиндров из гомельских "
        "комплектующих.")
    assert sorted(str(r["region"]) for r in rows) == ["nan", "Ростовская область"]
