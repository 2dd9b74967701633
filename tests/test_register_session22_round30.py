"""The register's rules added in session 22 from round 30's dev part (walk30reg), each a class
that recurs in another round's dev part or is plain Russian, on texts written here in the
style of regional news, trade press, agency cards and a district paper's interview: bodies
«устанавливают на шасси»; goods «российского производства» in a supply are no production;
«вместе создаём» a machine; parts a Belarusian maker's «мы» makes for a Russian client are
made at home; parts going «на» an assembly; a «диск» is a part; a card of «Поле:
значение» lines is one project; «мы» of an interview is a side of joint work; a Belarusian
firm working «на своё шасси» is at home."""

from __future__ import annotations

from conftest import register_of, register_rows

# ------------------------------------------------- bodies mounted on a chassis


def test_drums_set_on_a_maz_chassis_are_an_assembly() -> None:
    """«устанавливает … барабаны на шасси Минского автозавода» says what «монтирует на шасси»
    says: bodies put on Belarusian chassis at a Russian plant."""
    rows = register_of("Миксеры из Златоуста\nЗлатоустовское ООО «УралМиксер» с осени "
                       "устанавливает бетоносмесительные барабаны на шасси Минского автозавода.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Челябинская область", "assembly", "operating")]
    assert "МАЗ" in rows[0]["enterprises"]


def test_a_belarusian_maker_mounting_on_its_own_chassis_works_at_home() -> None:
    """«российский партнёр поставляет в Минск оборудование, а МЗКТ устанавливает его на своё
    шасси»: the goods' destination is no site, but the doer's own chassis is its own plant."""
    rows = register_of("Краны на минском шасси\nКраны и опорные балки изготавливает и "
                       "поставляет в Минск российский партнёр, а МЗКТ устанавливает их на своё "
                       "шасси и проводит испытания.\n\nРанее МЗКТ обсуждал сервис техники в "
                       "Сургуте.")
    made = [r for r in rows if r["kind"] == "assembly"]
    assert len(made) == 1 and not isinstance(made[0]["region"], str)


# ------------------------------------------------- the goods' origin


def test_goods_of_russian_make_in_a_supply_are_no_production() -> None:
    """«вездеходы российского производства и грузовики МАЗ» in a sentence about a supply:
    where the goods were made, no project."""
    text = ("Технику для тундры закупят весной\nОленеводческие хозяйства Ненецкого округа "
            "получат 14 машин. Основу поставки составят вездеходы российского производства и "
            "полноприводные грузовики МАЗ.")
    assert register_of(text) == []


def test_founding_an_own_production_stays_a_project() -> None:
    """Control: «о создании собственного производства тракторов» founds the production."""
    rows = register_rows("Тракторы в Архангельске\nООО «Поморагромаш» и ОАО «МТЗ» договорились "
                         "о создании собственного производства тракторов в Архангельске.")
    assert rows == [("Архангельская область", "assembly", "agreed")]


# ------------------------------------------------- «вместе создаём»


def test_creating_a_machine_together_is_a_joint_development() -> None:
    """«вместе создают комбайн» with the adverb first, as «создают вместе» after the verb."""
    rows = register_rows("Новый комбайн для картофеля\nОАО «Гомсельмаш» и брянское ООО "
                         "«Десна-Агро» вместе создают в Брянске картофелеуборочный комбайн.")
    assert rows == [("Брянская область", "joint_development", "in_progress")]


# ------------------------------------------------- «мы» makes parts for a Russian client


def test_parts_the_interviewed_belarusian_maker_makes_for_a_russian_client_are_made_at_home():
    """«Для смоленской компании … мы изготавливаем рамы»: the client's adjective is no site;
    «мы» of the interview is the Belarusian maker, who makes the frames at home."""
    text = ("«Смоленские партнёры стали ближе»\nДиректор ОАО «Лидагропроммаш» рассказал районной "
            "газете о работе с Россией.\n\n— Что делаете для российских заказчиков?\n\n— Для "
            "смоленской компании «Смолагротех» мы изготавливаем рамы культиваторов, заказ идёт "
            "уже третий год.")
    rows = register_of(text)
    parts = [r for r in rows if r["kind"] == "component_production"]
    assert len(parts) == 1
    assert not isinstance(parts[0]["region"], str)  # in Belarus, not the Smolensk region
    assert "Лидагропроммаш" in parts[0]["enterprises"]


# ------------------------------------------------- parts going to an assembly


def test_parts_going_to_an_assembly_make_no_project_of_their_own() -> None:
    """«Детали … идут не только на смоленскую сборку, но и на главный конвейер в Минске»:
    where the parts go, not a project in Minsk."""
    text = ("Кронштейны из Курска\nООО «Курскдеталь» изготавливает в Курске кронштейны для "
            "тракторов МТЗ. Детали из листовой стали идут не только на смоленскую сборку, но и "
            "на главный конвейер в Минске.")
    rows = register_rows(text)
    assert rows == [("Курская область", "component_production", "operating")]


def test_discs_made_by_a_cooperating_plant_are_parts() -> None:
    """«Высевающие диски к этим сеялкам по кооперации изготавливает ООО «…» в Орле»: a disc is
    a part, made at the partner's own town for the assembly told before."""
    rows = register_rows("Сеялки из Курска\nООО «Агротех» собирает в Курске сеялки по лицензии "
                         "ОАО «Лидагропроммаш». Высевающие диски к этим сеялкам по кооперации "
                         "изготавливает ООО «Орёлдеталь» в Орле.")
    assert ("Орловская область", "component_production", "operating") in rows


# ------------------------------------------------- cards


_CARDS = ("Реестр инвестиционных проектов края\n\nСведения приводятся по данным инициаторов.\n\n"
          "Сборка фронтальных погрузчиков\nИнвестор: ООО «Пермьмаш», партнер — ОАО «Амкодор» "
          "(Республика Беларусь)\nПродукция: погрузчики, до 200 ед. в год\nПлощадка: г. Пермь, "
          "промзона «Восточная»\nСтоимость: 410 млн руб.\nСтадия: идет монтаж оборудования\n\n"
          "Оптовая база стройматериалов\nИнвестор: ООО «Камснаб»\nПродукция: хранение и продажа "
          "цемента\nПлощадка: г. Березники\nСтадия: проектирование\n")


def test_a_card_is_one_project_told_field_by_field() -> None:
    """The heading gives the kind, «Инвестор:» the firms, «Площадка:» the place, «Стадия:»
    the stage: one row of the card, none of the card that makes nothing of ours."""
    rows = register_of(_CARDS)
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Пермский край", "assembly", "in_progress")]
    assert set(rows[0]["enterprises"].split(";")) == {"Амкодор", "Пермьмаш"}
    assert rows[0]["product"] == "фронтальные погрузчики"


def test_a_digest_of_places_with_colons_is_no_card() -> None:
    """Control: «Калуга: …» lines under a heading are a digest's items, each its own news."""
    text = ("Коротко\nКалуга: стартовала сборка. ООО «Калугамаш» собрало в Калуге первые "
            "тракторы МТЗ.\nТула: проектируют завод. В Туле проектируют завод кронштейнов.")
    rows = register_of(text)
    assert ("Калужская область", "assembly") in {(r["region"], r["kind"]) for r in rows}


# ------------------------------------------------- «мы» of an interview is a side


def test_we_of_an_interview_and_a_belarusian_towns_engineers_develop_together() -> None:
    """«Вместе с минскими конструкторами разрабатываем сеялку» in an answer: the interviewed
    Russian firm and the Minsk engineers are the two sides of a joint development."""
    text = ("«Сеялка для степи»\nМы поговорили с директором ООО «Бийскагромаш» о планах "
            "завода.\n\n— Что нового?\n\n— Вместе с минскими конструкторами разрабатываем "
            "сеялку для степных хозяйств.")
    rows = [r for r in register_of(text) if r["kind"] == "joint_development"]
    assert len(rows) == 1
    assert "Бийскагромаш" in rows[0]["enterprises"]
    assert rows[0]["status"] == "in_progress"


def test_a_headline_in_the_first_person_names_no_interviewee() -> None:
    """Control: a quoted headline «строим вместе с россиянами в Лиде» is no answer of the
    interview: its verb does not bring in the firm."""
    text = ("«Теперь строим вместе с россиянами в Лиде»\nДиректор ОАО «Лидагропроммаш» "
            "рассказал о новом заводе.\n\n— Как идёт стройка?\n\n— Вместе с российской "
            "компанией ООО «Агропромтехника» мы строим в Лиде завод по выпуску борон. Сейчас "
            "возводим корпус.")
    rows = register_of(text)
    assert [r["status"] for r in rows] == ["in_progress"]
