"""The register's rules added after studying the round-16 dev part (issue 11), on texts written
here in the style of development-corporation releases, fieldwork-readiness reports, trade
bulletins, regional hearings and trade press: a paused project is still a project; a thing
said to be lacking («базы у компании нет»), repair in the owners' own workshops, and what a
firm «не исключает» are none; a maker's «сервисный партнёр» is a service centre; a licence
from Belarus is localisation, one from a third country with Belarus only a market is not; a
partner introduced by its town's adjective places a venture told with no place."""

from __future__ import annotations

from conftest import register_of, row_firms

# ------------------------------------------------- paused projects (rounds 10, 11, 16)


def test_an_assembly_paused_by_its_assembler_is_still_a_project() -> None:
    """«…, с марта приостановило сборку»: paused, not denied; no stage of its own."""
    rows = register_of(
        "Сборка тягачей на Волге встала\nООО «ВолгаБелТрак», которое с 2020 года собирало в "
        "Самаре седельные тягачи МАЗ, с марта приостановило сборку из-за нехватки машинокомплектов.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Самарская область", "assembly", "unknown")]
    assert {"МАЗ", "ВолгаБелТрак"} <= row_firms(rows[0])


def test_a_frozen_joint_assembly_is_still_a_project() -> None:
    """«Совместная сборка … заморожена»: the project stays in the register."""
    rows = register_of(
        "Кооперация буксует\nСовместная сборка тракторов МТЗ в Курганской области, о которой "
        "объявили два года назад, заморожена: партнёры не нашли денег на площадку.")
    assert [r["region"] for r in rows] == ["Курганская область"]
    assert "МТЗ" in row_firms(rows[0])


def test_an_assembly_wound_up_for_good_is_no_project() -> None:
    """«окончательно свернута» (a closing form), unlike a pause, ends the project."""
    rows = register_of(
        "Проект закрыт\nСборка автобусов МАЗ в Твери окончательно свернута, площадку продают.")
    assert rows == []


# ------------------------------------------------- what is said to be lacking («нет»)


def test_a_service_centre_still_lacking_is_no_project() -> None:
    """«Сервисного центра МАЗ в Пскове до сих пор нет»: the genitive with «нет» says it
    does not exist."""
    rows = register_of(
        "Сервис МАЗ\nСервисного центра МАЗ в Пскове до сих пор нет, хотя дилер работает в "
        "городе с 2019 года.")
    assert rows == []


def test_no_joint_production_in_the_region_is_no_project() -> None:
    """«нет ни одного совместного производства»: the genitive after «нет»."""
    rows = register_of(
        "Слушания\nВ Калужской области пока нет ни одного совместного производства с ОАО "
        "«МАЗ», хотя дилер работает с 2019 года.")
    assert rows == []


def test_a_base_lacking_now_leaves_the_centre_to_be_opened() -> None:
    """«Своей базы у дилера пока нет, поэтому … откроет сервисный центр»: the clause after
    the comma tells its project."""
    rows = register_of(
        "Сервис МАЗ в Пскове\nСвоей базы у дилера в Пскове пока нет, поэтому ООО «ПсковБелАвто» "
        "откроет в городе сервисный центр МАЗ до 1 сентября.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Псковская область", "service_center")]


def test_no_problems_with_an_assembly_keep_the_assembly() -> None:
    """«Проблем с запуском сборки … нет»: the genitive another noun governs is not lacking."""
    rows = register_of(
        "Сборка в Брянске\nПроблем с запуском сборки комбайнов «Палессе» в Брянске нет, "
        "сообщили в ООО «Брянсксельмаш».")
    assert [(r["region"], r["kind"]) for r in rows] == [("Брянская область", "assembly")]


# ------------------------------------------------- repair in the owners' own workshops


def test_farms_repairing_in_their_own_workshops_is_no_service_project() -> None:
    """«за ремонтом хозяйства обращаются в собственные мастерские»."""
    rows = register_of(
        "Вечерний выпуск\nПродажами тракторов «Беларус» в крае занимается ООО «АлтайАгроТрейд». "
        "Компания работает как дилер, а за ремонтом хозяйства обращаются в собственные мастерские.")
    assert rows == []


def test_repair_in_the_farms_workshops_is_no_service_project() -> None:
    """«Ремонт … проводили в мастерских хозяйств»: the owners of the machines repair them."""
    rows = register_of(
        "Готовность к севу\nРемонт тракторов МТЗ проводили в основном в мастерских хозяйств, "
        "которые работают с 2019 года.")
    assert rows == []


def test_a_dealers_own_workshop_opened_stays_a_project() -> None:
    """«открыл собственную мастерскую по ремонту» names a facility, not in-house repair."""
    rows = register_of(
        "Новая мастерская\nВ Кирове ООО «ВяткаБелСервис» открыло собственную мастерскую по "
        "ремонту тракторов МТЗ.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Кировская область", "service_center")]


# ------------------------------------------------- «не исключает» (rounds 7, 14, 16)


def test_a_maker_that_does_not_rule_out_an_assembly_tells_no_project() -> None:
    rows = register_of(
        "Закупка без локализации\nПредставитель МАЗ на конференции в Москве заявил, что завод "
        "«не исключает в будущем организацию сборки в России», но регионы не назвал.")
    assert rows == []


def test_an_assembly_told_before_not_ruling_out_more_stays() -> None:
    """The kind cue before «не исключает» is told, not supposed."""
    rows = register_of(
        "Сборка в Брянске\nВ Брянске ООО «Брянсксельмаш» собирает комбайны «Палессе», и завод "
        "не исключает расширения.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Брянская область", "assembly")]


# ------------------------------------------------- a maker's service partner


def test_an_official_service_partner_is_a_service_centre() -> None:
    """«ООО «…» — официального сервисного партнёра ОАО «Гомсельмаш»» (rounds 6–16)."""
    rows = register_of(
        "Бюллетень\nАлтайский край.\nВ Барнауле состоялась встреча с руководством ООО "
        "«АлтайКомбайнСервис» — официального сервисного партнёра ОАО «Гомсельмаш». Центр "
        "обслуживает около 500 комбайнов «Палессе».")
    assert [(r["region"], r["kind"]) for r in rows] == [("Алтайский край", "service_center")]
    assert "Гомсельмаш" in row_firms(rows[0])


# ------------------------------------------------- licences


def test_production_under_a_belarusian_licence_is_localisation() -> None:
    """«который выпускает технику по лицензии ОАО «Гомсельмаш»»: a bare production cue."""
    rows = register_of(
        "Комбайны к уборочной\nХозяйства ждут три комбайна «Палессе» с брянского завода "
        "«Брянсксельмаш», который выпускает технику по лицензии ОАО «Гомсельмаш».")
    assert [r["region"] for r in rows] == ["Брянская область"]
    assert {"Гомсельмаш", "Брянсксельмаш"} <= row_firms(rows[0])


def test_a_bare_production_with_no_belarusian_side_is_no_project() -> None:
    """The licence alone makes nothing ours."""
    rows = register_of(
        "Новый выпуск\nВ Туле ООО «ТулаНавесМаш» выпускает навесное оборудование по лицензии.")
    assert rows == []


def test_a_third_country_licence_with_belarus_as_a_market_is_none_of_ours() -> None:
    """«по лицензии китайского партнёра … экспорт … в том числе в Беларусь»."""
    rows = register_of(
        "Слушания\nРуководитель одного из тульских заводов рассказал, что завод наладил выпуск "
        "навесного оборудования по лицензии китайского партнёра и рассчитывает на экспорт в "
        "страны ЕАЭС, в том числе в Беларусь.")
    assert rows == []


# ------------------------------------------------- a partner's town adjective


def test_a_venture_with_no_place_said_takes_its_russian_founders_town() -> None:
    """«курское АО «…»»: the venture told with no site is placed at the Russian founder's
    home, not in the region the article named most."""
    rows = register_of(
        "Микроскопы и стерилизаторы\nВ Новосибирске ООО «СибОптикаЛаб» третий год собирает "
        "микроскопы из оптических блоков холдинга «БелОМО». Новосибирская продукция идёт в школы."
        "\nВ ноябре ОАО «Гомельский завод медицинского оборудования» и курское АО "
        "«КурскСтерилМаш» подписали соглашение о создании совместного предприятия по выпуску "
        "паровых стерилизаторов.")
    venture = [r for r in rows if "КурскСтерилМаш" in row_firms(r)]
    assert [r["region"] for r in venture] == ["Курская область"]
