"""The register's rules added in session 23 from round 32's dev part (walk32reg), each a class
that recurs in another round's dev part or is plain Russian, on texts written here in the
style of agency wires, regional news and trade press: goods «минского производства» bought or
received are no production; «ремонтом не занимается», «производства не имеет» deny; «На
вопрос о сборке … ответили» asks; «вместе спроектировать» and «вместе с … работает над» are
joint development; towns of two words named by their adjective («великолукская фабрика»);
training and demonstration sites and test grounds; stators, burners and frames are parts; «Второй
проект — …» is another project; «официального партнёра завода» names the maker; «действующих
лифтов» is no stage of a centre."""

from __future__ import annotations

from conftest import register_of, register_rows

from analysis.entities import town_of_adjective

# ------------------------------------------------- the goods' origin: a place's adjective


def test_goods_of_a_belarusian_towns_make_bought_are_no_production() -> None:
    """«приобрело … электродвигателей могилевского производства»: where the goods were made,
    in a sentence that buys them, is no project («могилевского» is a place's adjective, as
    «белорусского» is, though the dictionary may read it as a surname)."""
    text = ("Двигатели для насосных станций\nМУП «Тверьводоканал» по итогам конкурса приобрело "
            "120 электродвигателей могилевского производства для насосных станций, поставка "
            "завершится в октябре.")
    assert register_of(text) == []


def test_goods_of_belarusian_make_that_arrive_are_no_production() -> None:
    """«мебели белорусского производства поступят в школы»: goods received, not a production."""
    text = ("Школы получат парты\nБолее 4 тыс. комплектов школьной мебели белорусского "
            "производства поступят в школы Курской области к сентябрю, сообщили в министерстве.")
    assert register_of(text) == []


def test_a_production_set_up_by_a_town_adjectives_firm_stays() -> None:
    """Control: «организовать в Гомеле производство» founds one; no goods are bought."""
    rows = register_rows("Насосы в Гомеле\nОАО «Гидромаш» и брянское ООО «ДесныНасос» "
                         "договорились организовать в Гомеле совместное производство насосов.")
    assert rows and all(kind != "other" for _, kind, _ in rows)


# ------------------------------------------------- a negated verb of doing or having


def test_a_distributor_that_does_no_assembly_is_no_project() -> None:
    """«увеличит запас на складе, но сборкой и ремонтом не занимается»: the nouns the
    negated «заниматься» governs are not done."""
    text = ("Пермский дистрибьютор нарастит запасы\nПермское ООО «КамаЭлектроСнаб», официальный "
            "дистрибьютор ОАО «Могилевский завод «Электродвигатель», к осени увеличит запас на "
            "складе до 1,5 тыс. двигателей, но сборкой и ремонтом не занимается.")
    assert register_of(text) == []


def test_a_supplier_without_its_own_production_is_no_project() -> None:
    """«собственного производства и монтажных бригад не имеет»: the genitive a negated
    «иметь» governs is lacking."""
    text = ("Знаки для Кубани\nКраснодарская компания ООО «КубаньЗнак» с весны будет "
            "поставлять белорусские знаки в районы края, но собственного производства и "
            "монтажных бригад не имеет.")
    assert register_of(text) == []


def test_a_firm_that_does_assembly_keeps_it() -> None:
    """Control: «занимается сборкой» (not negated) tells the assembly."""
    rows = register_rows("Сборка тракторов в Пензе\nВ Пензе ООО «АгроТехСервис» с марта "
                         "занимается сборкой тракторов МТЗ из белорусских машинокомплектов, "
                         "собрано уже 40 машин.")
    assert rows == [("Пензенская область", "assembly", "operating")]


# ------------------------------------------------- a question's topic


def test_what_a_question_was_about_is_no_project() -> None:
    """«На вопрос о локализации производства в России ответили, что …»: asked, not told."""
    text = ("Лифты без локализации\nНа выставке в Москве показали белорусские лифты. На вопрос "
            "о локализации производства в России в ОАО «Могилевлифтмаш» ответили, что "
            "конкретных площадок пока нет.")
    assert register_of(text) == []


# ------------------------------------------------- joint development


def test_designing_together_is_a_joint_development() -> None:
    """«стороны намерены вместе спроектировать вездеход»: «вместе» as «совместно»."""
    rows = register_rows("Вездеход для Севера\nАО «Ярославский моторный завод» и ОАО «МАЗ» "
                         "подписали соглашение. Стороны намерены вместе спроектировать в "
                         "Ярославле гусеничный вездеход для северных территорий.")
    # (agreed, not planned, since session 34: the plan right after the sentence that tells
    # the two firms' agreement signed is what they agreed; tests/gold/README.md's convention)
    assert ("Ярославская область", "joint_development", "agreed") in rows


def test_working_on_a_system_together_is_developed_where_its_people_work() -> None:
    """«вместе с московской компанией … работает над системой», «Конструкторы работают в
    Гомеле»: a joint development, placed where the work goes on, not at the partner's home."""
    text = ("Умные светофоры\nГомель, 3 марта (БЕЛТА) – ОАО «Гомельдорсвет» вместе с московской "
            "компанией ООО «ТрафикЛаб» работает над системой управления перекрёстками. "
            "Конструкторы работают на площадке в Гомеле, первый участок оборудуют летом.")
    rows = [r for r in register_of(text) if r["kind"] == "joint_development"]
    assert len(rows) == 1 and not isinstance(rows[0]["region"], str)


# ------------------------------------------------- towns named by their adjective


def test_two_word_towns_are_named_by_their_adjective() -> None:
    """«великолукская», «старооскольского», «нижнетагильском»: a town of two words read from
    its adjective, as «кстовское» is."""
    assert town_of_adjective("великолукская") == "Великие Луки"
    assert town_of_adjective("Старооскольского") == "Старый Оскол"
    assert town_of_adjective("нижнетагильском") == "Нижний Тагил"
    assert town_of_adjective("белорусский") is None


def test_a_firm_named_after_its_town_is_the_russian_side() -> None:
    """«Производство парт организовано на ООО «Великолукская мебельная фабрика» в кооперации с
    белорусским холдингом»: the firm the list lacks is Russian by its town."""
    rows = register_of("Школьная мебель из Псковской области\nПроизводство парт организовано "
                       "на ООО «Великолукская мебельная фабрика» в кооперации с белорусским "
                       "холдингом «Пинскдрев». Участок работает с весны прошлого года.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Псковская область", "assembly", "operating")]
    assert "Великолукская мебельная фабрика" in rows[0]["enterprises"]


# ------------------------------------------------- training sites and test grounds


def test_a_training_and_demonstration_site_is_a_project() -> None:
    """«соглашение о создании учебно-демонстрационной площадки» at a university: kind other,
    as «учебный центр» is."""
    rows = register_rows("Техника для студентов\nОАО «Лидсельмаш» и Курская "
                         "сельскохозяйственная академия подписали соглашение о создании в Курске "
                         "учебно-демонстрационной площадки с белорусской техникой.")
    assert ("Курская область", "other", "agreed") in rows


def test_a_test_ground_is_a_joint_development() -> None:
    """«заложить совместный полигон для испытаний орудий»: a test ground, as «испытательный
    центр»."""
    rows = register_rows("Полигон для орудий\nОАО «Бобруйскагромаш» и Тамбовский университет "
                         "намерены заложить в Мичуринске совместный полигон для испытаний "
                         "почвообрабатывающих орудий.")
    assert ("Тамбовская область", "joint_development", "planned") in rows


def test_a_field_day_on_test_fields_is_no_project() -> None:
    """Control: «День поля … на опытных полях под Курском» is a venue, no test ground."""
    text = ("Приглашение на День поля\nКомпания приглашает хозяйства региона на День поля, "
            "который пройдёт в июле на опытных полях под Курском.")
    assert register_of(text) == []


# ------------------------------------------------- parts


def test_stators_and_burners_are_parts() -> None:
    """«организовать участок намотки статоров», «изготавливает горелки для котлов»."""
    rows = register_rows("Статоры в Кстове\nОАО «Могилевский завод «Электродвигатель» намерен "
                         "совместно с кстовским АО «ВолгаМотор» организовать в Кстове участок "
                         "намотки статоров.")
    assert ("Нижегородская область", "component_production", "planned") in rows


# ------------------------------------------------- another project of a list


def test_an_opening_ordinal_announces_another_project() -> None:
    """«Второй проект — ремонтный цех в Белове»: not the service centre told before it."""
    text = ("БЕЛАЗ в Кузбассе\nВ Междуреченске с прошлого года действует сервисный центр ООО "
            "«Кузбасс-Сервис-Плюс», партнёра ОАО «БЕЛАЗ». Центр ведёт ремонт самосвалов.\n"
            "Второй проект — ремонтный цех в Белове, где будут восстанавливать мотор-колёса.")
    rows = register_of(text)
    assert sorted(str(r["location"]) for r in rows) == ["Белово", "Междуреченск"]


# ------------------------------------------------- a partner of «завода»


def test_the_plants_official_partner_names_the_maker() -> None:
    """«сервисный центр ООО «…», официального сервисного партнёра завода»: the maker named
    before is a party of the centre."""
    text = ("Сервис для самосвалов\nОАО «БЕЛАЗ» расширяет сервисную сеть в Хакасии.\n"
            "В Абакане с весны действует сервисный центр ООО «ХакасТехСервис», официального "
            "сервисного партнёра завода.")
    rows = [r for r in register_of(text) if r["kind"] == "service_center"]
    assert len(rows) == 1 and "БелАЗ" in rows[0]["enterprises"]


# ------------------------------------------------- a participle of the goods


def test_a_centre_for_lifts_in_service_is_planned_not_operating() -> None:
    """«центр модернизации действующих лифтов, где будут восстанавливать лебёдки»: the
    participle describes the lifts; the centre is planned."""
    rows = register_rows("Лифты в Казани\nООО «КазЛифтСервис» и ОАО «Могилевлифтмаш» "
                         "договорились открыть в Казани центр модернизации действующих лифтов, "
                         "где будут восстанавливать лебёдки.")
    assert rows and all(status != "operating" for _, _, status in rows)


def test_a_plant_that_assembles_keeps_its_stage() -> None:
    """Control: «предприятие, собирающее комбайны» — the participle's object follows it."""
    rows = register_rows("Комбайны в Тихорецке\nТихорецкое предприятие ООО «КубаньСбор», "
                         "собирающее комбайны «Гомсельмаша», готовится к новому этапу.")
    assert rows and rows[0][2] == "operating"
