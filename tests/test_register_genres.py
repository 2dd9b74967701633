"""The register on the genres of round 8 (industrial parks, forums, digests, fleet news,
anniversaries), one test per general rule, on texts written here: what «собрать», a
customer's own repair staff, a warehouse with no Belarusian side, the parts of a
localisation level, a foreign partner and a shipping destination do not make, a digest's
Belarusian paragraph, and the rows that are one project told in several ways."""

from __future__ import annotations

from conftest import register_of, row_firms


def kinds(rows: list[dict]) -> list[str]:
    return sorted(r["kind"] for r in rows)


# --------------------------------------------------------------------------- not projects


def test_forum_that_gathered_participants_is_no_assembly():
    rows = register_of(
        "Форум «Беларусь — Поволжье» прошёл в Самаре\nТретий межрегиональный форум в Самаре "
        "собрал более 700 участников из 11 регионов.\nБелорусские заводы показали на "
        "выставке около 50 машин, от тракторов до автобусов.")
    assert rows == []


def test_service_by_the_customers_own_repair_staff_is_no_service_centre():
    rows = register_of(
        "Разрез «Южный» обновил парк\nУгольная компания ввела в эксплуатацию десять самосвалов "
        "БелАЗ на разрезе «Южный» в Хакасии.\nМашины собраны на месте бригадой "
        "завода-изготовителя. Техническое обслуживание самосвалов будет вести собственная "
        "ремонтная служба разреза, которая весной прошла обучение в Жодине.")
    assert rows == []


def test_own_service_centre_of_a_dealer_stays_a_project():
    rows = register_of(
        "Дилер МТЗ открыл сервис в Пензе\nКомпания «Сурагротех», дилер Минского тракторного "
        "завода, открыла в Пензе собственный сервисный центр для тракторов «Беларус».")
    assert [(r["region"], r["kind"]) for r in rows] == [("Пензенская область", "service_center")]


def test_warehouse_of_a_park_resident_with_no_belarusian_side_is_no_project():
    rows = register_of(
        "Технопарк «Ока» принял новых резидентов\nПервым резидентом технопарка в Калужской "
        "области стала компания «Окаагросбор», которая наладит сборку тракторов «Беларус».\n"
        "Вторым резидентом стала транспортная компания «Грузлайн», которая построит на "
        "территории парка складской комплекс.")
    assert kinds(rows) == ["assembly"]
    assert all("Грузлайн" not in row_firms(r) for r in rows)


def test_parts_of_a_localisation_level_are_no_parts_project():
    rows = register_of(
        "В Туле соберут погрузчики «Амкодор»\nТульская компания «ТулаДорМаш» начнёт сборку "
        "погрузчиков «Амкодор» в следующем году.\nУровень локализации на старте составит "
        "около 25 процентов: в Туле будут монтировать кабины и гидросистему.")
    assert kinds(rows) == ["assembly"]


def test_assembly_with_a_partner_named_by_a_foreign_adjective_is_no_project():
    rows = register_of(
        "Неделя в цифрах\nСельхозтехника. «Гомсельмаш» и узбекский партнёр довели "
        "локализацию комбайнов, собираемых в Андижане, до 40 процентов.")
    assert rows == []


def test_upgrade_of_a_belarusian_plant_in_a_digest_item_is_no_project():
    rows = register_of(
        "Обзор недели: лизинг и модернизация\nГлавное за неделю в нашем обзоре.\n"
        "Башкирия: тракторы в лизинг. Аграрии республики получили по лизингу 150 тракторов "
        "«Беларус».\nМинск: обновление на МАЗе. Минский автомобильный завод запустил "
        "роботизированную линию сварки кабин.")
    assert rows == []


# --------------------------------------------------------------------------- one project


def test_goods_shipped_to_minsk_leave_the_project_in_its_russian_region():
    rows = register_of(
        "Двадцать лет сборки в Кирове\nСборка тракторов «Беларус» в Кирове отмечает "
        "юбилей.\nВ соседнем цехе ООО «ВяткаМашДеталь» начало выпуск рам: с будущего года "
        "компания будет поставлять их не только на свой конвейер, но и в Минск.")
    frames = [r for r in rows if r["kind"] == "component_production"]
    assert [r["region"] for r in frames] == ["Кировская область"]


def test_assembly_building_and_its_investor_are_the_makers_assembly():
    rows = register_of(
        "В технопарке «Десна» заложили цех для сборки погрузчиков «Амкодор»\nБрянская область "
        "получит первое производство белорусской дорожной техники: на площадке технопарка "
        "«Десна» заложен сборочный корпус.\nВ новом корпусе будут собирать фронтальные "
        "погрузчики.\n«Это не отвёрточная сборка», — подчеркнул директор ООО «Деснадормаш» "
        "Игорь Клёнов.")
    assert kinds(rows) == ["assembly"]
    assert {"Амкодор", "Деснадормаш"} <= row_firms(rows[0])


def test_unnamed_parts_the_assembler_welds_belong_to_its_assembly():
    rows = register_of(
        "Погрузчики «Амкодор» будут собирать в Орле\nООО «ОрёлСпецМаш» наладит в Орле "
        "сборку погрузчиков «Амкодор».\n«Белорусские партнёры передают нам документацию на "
        "узлы, которые мы будем варить и красить сами», — пояснил директор «ОрёлСпецМаша».")
    assert kinds(rows) == ["assembly"]


# --------------------------------------------------------------------------- parts


def test_welded_frames_made_for_a_belarusian_holding_are_a_parts_project():
    rows = register_of(
        "Клинцы и Гомель договорились о кооперации\nСтороны подписали соглашение с участием "
        "холдинга «Гомсельмаш» и ООО «Клинцовский механический завод». По документу "
        "клинцовское предприятие будет изготавливать для белорусского холдинга сварные "
        "металлоконструкции жаток.")
    assert [r["kind"] for r in rows] == ["component_production"]
    assert "Гомсельмаш" in row_firms(rows[0])


def test_parts_that_arrive_from_minsk_are_not_made_at_the_assembly():
    rows = register_of(
        "Тракторы в Пензе\nООО «ПензаТракСбор» в Пензе ведёт сборку тракторов МТЗ. Из Минска "
        "поступают двигатель, мост и кабина, на месте ставят колёса и гидравлику.")
    assert kinds(rows) == ["assembly"]


def test_plant_defined_by_a_relative_clause_borrows_no_earlier_firm():
    rows = register_of(
        "Главное за неделю\nКалуга: стартовала сборка. ООО «Калугабелтех» собрало в Калуге "
        "первые тракторы МТЗ.\nТульская область: проектируют завод. В Тульской области "
        "ведётся проектирование завода, который будет выпускать кронштейны для белорусских "
        "тракторов.")
    tula = [r for r in rows if r["region"] == "Тульская область"]
    assert [r["kind"] for r in tula] == ["component_production"]
    assert row_firms(tula[0]) == set()
