"""The register's rules added after studying the round-13 dev part (issue 11), on texts written
here in the style of twinned-region reviews, monotown features and rail-industry news: a
shipping participle that describes a firm does not send a venture's place abroad, a plant
named by its abbreviation, restoring a plant's premises is no repair service, and a facility
that «так и не открылся» is no project."""

from __future__ import annotations

from conftest import register_of, row_firms

from analysis.entities import find_enterprises
from analysis.projects.cues import tokens
from analysis.projects.stance import denied


def _blank(x: object) -> bool:
    return x is None or x != x  # None or NaN


# ------------------------------------------------- a shipping participle describes a firm


def test_supplier_participle_does_not_send_the_venture_abroad() -> None:
    """«Компания, поставляющая манипуляторы, и холдинг подписали соглашение о создании СП в
    Пинске»: the last verb before «в Пинске» is «подписали», not the participle; the venture is
    in Belarus (empty region, location Пинск)."""
    rows = register_of(
        "Вологодская фирма идёт в Беларусь\nВологодская компания ООО «Северный гидромаш», "
        "поставляющая гидроцилиндры для погрузчиков, и холдинг «Амкодор» подписали соглашение о "
        "создании совместного предприятия в Пинске.")
    venture = [r for r in rows if "Северный гидромаш" in row_firms(r)]
    assert len(venture) == 1
    assert _blank(venture[0]["region"]) and venture[0]["location"] == "Пинск"


def test_goods_shipped_to_a_belarusian_town_still_go_there() -> None:
    """«отгружает кабины в Минск»: the shipping verb is the last one before the place, so Minsk
    is the goods' destination and the plant stays in its Russian region."""
    rows = register_of(
        "Кабины из Брянска\nВ Брянске ООО «Деснамаш» наладило выпуск кабин для тракторов МТЗ и "
        "отгружает их в Минск.")
    plant = [r for r in rows if "Деснамаш" in row_firms(r)]
    assert plant and all(r["region"] == "Брянская область" for r in plant)


# ------------------------------------------------------------ a plant's abbreviation


def test_mogilev_wagon_works_and_its_abbreviation() -> None:
    """«Могилёвский вагоностроительный завод», «МВЗ» (exact case only) are one Belarusian maker."""
    names = {e.normal for e in find_enterprises(
        "ОАО «Могилевский вагоностроительный завод» (МВЗ) выпускает платформы; МВЗ растёт.")}
    assert names == {"Могилёвский вагоностроительный завод"}
    assert not find_enterprises("мвз в нижнем регистре ничего не значит")


def test_wagon_works_partner_row_names_the_maker() -> None:
    """A Russian foundry's parts for «МВЗ» carry the maker's full name."""
    rows = register_of(
        "Литьё для Могилёва\nВ Тихвине ООО «Тихвинский литейщик» по заказу МВЗ наладит выпуск "
        "боковых рам тележек; производство литья начнётся осенью.")
    assert any({"Могилёвский вагоностроительный завод", "Тихвинский литейщик"} <= row_firms(r)
               and r["region"] == "Ленинградская область" for r in rows)


# ----------------------------------------------------- restoring premises is no service


def test_restoring_a_plant_building_is_no_service_centre() -> None:
    """«под белорусский заказ там восстанавливают плавильный участок»: rebuilding the
    foundry's premises, not a repair service; the parts project keeps its own product."""
    rows = register_of(
        "Литьё для Гомеля\nГомельский вагоностроительный завод договорился с ООО «Волховский "
        "литейщик» о выпуске литых деталей; производство в Волхове начнётся осенью.\nПо словам "
        "представителей волховского завода, под белорусский заказ там восстанавливают старый "
        "плавильный участок и набирают около 60 рабочих.")
    assert rows and not any(r["kind"] == "service_center" for r in rows)
    assert not any("участок" in r["product"] for r in rows)


def test_restoring_tyres_is_still_a_service() -> None:
    """«центр восстановления крупногабаритных шин»: restoring machines' parts is a service."""
    rows = register_of(
        "Шины для карьеров\nВ Новокузнецке открылся центр восстановления крупногабаритных шин "
        "«Белшины», созданный совместно с ООО «Шинный сервис».")
    assert any(r["kind"] == "service_center" and "Белшина" in row_firms(r) for r in rows)


def test_a_repair_shop_stays_a_repair_shop() -> None:
    """«ремонтный участок»: the adjective of the noun; the workshop is a service project."""
    rows = register_of(
        "Сервис для тракторов\nВ Липецке ООО «Агроремонт» открыло ремонтный участок для "
        "тракторов «Беларус» совместно с МТЗ.")
    assert any(r["kind"] == "service_center" for r in rows)


# ------------------------------------------------------------- «так и не открылся»


def test_never_opened_is_denied() -> None:
    """«цех … так и не открылся», «центр не заработал»: negated opening verbs deny."""
    for text, no in [("Цех по ремонту белорусских тракторов так и не открылся.", True),
                     ("Сервисный центр в районе так и не заработал.", True),
                     ("Цех по ремонту белорусских тракторов открылся в мае.", False)]:
        assert denied(tokens(text, 0, len(text)), text) is no


def test_a_workshop_that_never_opened_is_no_row() -> None:
    rows = register_of(
        "Что не получилось\nПланировавшийся несколько лет назад цех по ремонту белорусских "
        "тракторов в Рудне так и не открылся: хозяйства возят технику к дилеру.")
    assert not rows


# ------------------------------------------------------- «изготовление», a production noun


def test_making_is_a_production_word() -> None:
    """«наладит изготовление навесных косилок» with a Belarusian and a Russian side is a
    production project, as «выпуск» would be."""
    rows = register_of(
        "Косилки для Смоленщины\nСмоленская компания ООО «Днепрагромаш» совместно с МТЗ наладит "
        "в Смоленске изготовление навесных косилок.")
    assert any(r["region"] == "Смоленская область" and {"МТЗ", "Днепрагромаш"} <= row_firms(r)
               for r in rows)


def test_making_alone_without_sides_is_no_project() -> None:
    """A bare «изготовление» with no Belarusian side is weak: a plant's own line is none."""
    assert not register_of(
        "Новая линия\nВ Смоленске завод металлоизделий начал изготовление садовой мебели.")


# ----------------------------------------------------------------- «хотят организовать»


def test_want_to_set_up_is_a_plan() -> None:
    """«стороны хотят организовать сервисный центр»: a plan (status planned), so the row is
    kept; with no stage at all it would be a passing mention."""
    rows = register_of(
        "Центр в Великих Луках\nВ Великих Луках стороны хотят организовать сервисный центр для "
        "тракторов МТЗ.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Псковская область", "service_center", "planned")]


# ------------------------------------------------------------- rail makers' names


def test_tram_makers_by_name_and_abbreviation() -> None:
    """«Штадлер Минск» (Belarusian) and «ПТМЗ» (exact case: Petersburg tram works)."""
    names = {e.normal for e in find_enterprises(
        "ЗАО «Штадлер Минск» и ПТМЗ подписали соглашение; Stadler Minsk поставит документацию.")}
    assert names == {"Штадлер Минск", "Петербургский трамвайно-механический завод"}
    rows = register_of(
        "Тележки для трамваев\nС 2026 года тележки для петербургских трамваев «Штадлер Минск» "
        "будут изготавливать в Петербурге на ПТМЗ.")
    assert any(r["region"] == "Санкт-Петербург" and {
        "Штадлер Минск", "Петербургский трамвайно-механический завод"} <= row_firms(r) for r in rows)


# ------------------------------------------------------ field days: gathering feedback


def test_gathering_feedback_is_no_assembly() -> None:
    """«организаторы собирают отзывы механизаторов»: the imperfective «собирать» with
    feedback as its object gathers it (the rule knew only «собрать»)."""
    assert not register_of(
        "Тест-драйв тракторов\nВ Мамадыше организаторы собирают отзывы механизаторов о "
        "тракторах МТЗ.")


def test_assembling_tractors_is_still_assembly() -> None:
    rows = register_of(
        "Сборка в Казани\nВ Казани ООО «Камтрак» собирает тракторы МТЗ из машинокомплектов.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Республика Татарстан", "assembly")]


# ------------------------------------------------------------------ «ли»: a question


def test_a_question_with_li_tells_no_project() -> None:
    """«собирается ли дилер открывать сборку», «Откроет ли МАЗ сборку, неизвестно»: asked."""
    for text in ["Лесовозы без сборки\nНа вопрос, собирается ли дилер МАЗа открывать сборку "
                 "лесовозов в Канске, директор ответил отказом.",
                 "Сборка под вопросом\nОткроет ли МАЗ сборку в Канске, пока неизвестно."]:
        assert not register_of(text), text


def test_a_statement_after_a_question_clause_stays() -> None:
    """The clause with «ли» ends at its comma: the told plan beside it stays."""
    rows = register_of(
        "Сборка в Канске\nМАЗ откроет сборку лесовозов в Канске в будущем году, а будет ли там "
        "и сервис, пока неизвестно.")
    assert any(r["region"] == "Красноярский край" and r["kind"] == "assembly" for r in rows)


# ------------------------------------------------------------- «не о …», «а не сборка»


def test_not_about_joint_production_is_no_venture() -> None:
    """«соглашения на поставки, но не о совместных производствах»: what they are not about."""
    assert not register_of(
        "Итоги форума\nПо итогам форума курская делегация подписала с МТЗ соглашения на поставки "
        "тракторов, но не о совместных производствах.")


def test_production_not_kit_assembly_stays_one_project() -> None:
    """«полноценное производство, а не сборка из машинокомплектов»: one assembly project."""
    rows = register_of(
        "Комбайны в Брянске\nБрянсксельмаш собирает комбайны «Палессе»: теперь это полноценное "
        "производство, а не сборка из машинокомплектов.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Брянская область", "assembly", "operating")]


def test_not_a_screwdriver_assembly_alone_is_kept() -> None:
    """«Это не отвёрточная сборка» alone (no other kind cue) still tells of the project."""
    from analysis.projects.cues import cue_hits
    from analysis.projects.kind_negation import not_negated_noun
    from analysis.projects.kinds import KindContext

    text = "Это не отвёрточная сборка, а полноценное производство."
    hits = [h for h in cue_hits(tokens(text, 0, len(text))) if h.cue.field == "kind"]
    ctx = KindContext(text=text, toks=tokens(text, 0, len(text)), start=0, end=len(text),
                      entities=[], info={}, base=[])
    kept = not_negated_noun(ctx, hits)
    assert [h.cue.words for h in kept] == [("производство",)]
    alone = "Это не отвёрточная сборка."
    hits = [h for h in cue_hits(tokens(alone, 0, len(alone))) if h.cue.field == "kind"]
    ctx = KindContext(text=alone, toks=tokens(alone, 0, len(alone)), start=0, end=len(alone),
                      entities=[], info={}, base=[])
    assert not_negated_noun(ctx, hits) == hits and hits


# ------------------------------------------------ made at a named non-Belarusian plant


def test_production_of_a_belarusian_brand_at_a_russian_plant() -> None:
    """«производство погрузчиков «Амкодор» на тверском заводе «Тверьстроймаш»»: a bare
    production word counts where a Belarusian maker's goods are made at another firm's plant
    (with no set-up verb, no localisation word and no «совместно»)."""
    rows = register_of(
        "Тверь и Минск\nФлагманом кооперации по-прежнему остаётся производство погрузчиков "
        "«Амкодор» на тверском заводе «Тверьстроймаш» — в 2023 году там выпущено 640 машин.")
    assert [(r["region"], row_firms(r), r["kind"]) for r in rows] == [
        ("Тверская область", {"Амкодор", "Тверьстроймаш"}, "assembly")]


def test_production_told_in_belarus_is_not_at_a_russian_plant() -> None:
    """«производство погрузчиков «Амкодор» в Минске» with a Russian firm that only sells."""
    rows = register_of(
        "Минск\nФлагманом кооперации по-прежнему остаётся производство погрузчиков «Амкодор» в "
        "Минске — в 2023 году там выпущено 640 машин, их продаёт «Тверьстроймаш».")
    assert not any(r["region"] == "Тверская область" for r in rows)


# ---------------------------------------- investment passports: a stage named by its step


def test_passport_stage_choosing_a_site_is_a_plan() -> None:
    """«Стадия проекта — подбор земельного участка»: the step names a plan (planned)."""
    rows = register_of(
        "Инвестпаспорт Псковской области\nВ Великих Луках заявлен сервисный центр коммунальной "
        "техники МАЗ. Стадия проекта — подбор земельного участка.")
    assert [(r["region"], row_firms(r), r["kind"], r["status"]) for r in rows] == [
        ("Псковская область", {"МАЗ"}, "service_center", "planned")]


def test_passport_stage_looking_for_an_investor_is_a_plan() -> None:
    """«стадия — поиск инвестора»: planned; with no stage the line is a passing mention."""
    rows = register_of(
        "Перечень проектов\nВ перечне Псковской области значится сервисный центр белорусской "
        "сельхозтехники в Опочке; стадия — поиск инвестора.")
    assert [(r["region"], r["location"], r["status"]) for r in rows] == [
        ("Псковская область", "Опочка", "planned")]
    assert not register_of(
        "Перечень проектов\nВ перечне Псковской области значится сервисный центр белорусской "
        "сельхозтехники в Опочке.")


# ------------------------------------------- coordinated adjectives before one noun


def test_service_and_training_centre_is_a_service_centre() -> None:
    """«сервисный и учебный центр»: both adjectives qualify «центр», so it is a service
    centre; a training centre alone stays «other»."""
    rows = register_of("Центр в Смоленске\nВ Смоленске откроют сервисный и учебный центр для "
                       "грузовой техники МАЗ.")
    assert [r["kind"] for r in rows] == ["service_center"]
    rows = register_of("Центр в Смоленске\nВ Смоленске откроют учебный центр для водителей "
                       "грузовой техники МАЗ.")
    assert [r["kind"] for r in rows] == ["other"]
