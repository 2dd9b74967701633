"""The register's rules added after studying the round-15 dev part (issue 11), on texts written
here in the style of live blogs, delegation diaries, press reviews and Q&A explainers: a clause
in the conditional mood («хотел бы собирать», «можно было бы организовать») wishes or supposes
and tells no project."""

from __future__ import annotations

from conftest import register_of, row_firms

# ------------------------------------------------- the conditional mood («бы»)


def test_a_plant_that_would_like_to_assemble_tells_no_project() -> None:
    """«хотел бы собирать … , но партнёра не нашёл»: a wish, no row."""
    rows = register_of(
        "Форум машиностроителей: онлайн\n11:40 | Реплика из зала: литейный завод из Пензы "
        "хотел бы собирать белорусские сеялки, но партнёра пока не нашёл.")
    assert rows == []


def test_a_wish_after_a_service_centre_is_no_second_site_of_it() -> None:
    """A wish with its own town after a told project does not lend it a new site."""
    rows = register_of(
        "Форум машиностроителей: онлайн\n10:15 | Компания «ТулаАгроСервис» с 2021 года "
        "обслуживает комбайны «Гомсельмаш» в Туле. Там открыт сервисный центр со складом "
        "запчастей.\n11:40 | Реплика из зала: литейный завод из Пензы хотел бы собирать "
        "белорусские сеялки, но партнёра пока не нашёл.")
    assert {r["region"] for r in rows} == {"Тульская область"}


def test_where_a_service_could_be_set_up_is_no_project() -> None:
    """«где можно было бы организовать обслуживание»: a supposition, no row."""
    rows = register_of(
        "Делегация Коми вернулась из Минска\nК осени, как надеются в правительстве "
        "республики, станет ясно, где и с кем можно было бы организовать ремонт белорусских "
        "погрузчиков в Сыктывкаре.")
    assert rows == []


def test_a_clause_after_the_wish_still_tells_its_project() -> None:
    """The wish stays in its clause: «…, а в Орле сборку уже начали» is a project."""
    rows = register_of(
        "Сеялки Лидсельмаша в России\nВ Пензе завод хотел бы собирать сеялки «Лидсельмаша», "
        "а в Орле сборку сеялок «Лидсельмаша» уже начали на площадке ООО «ОрёлАгроМаш».")
    assert [r["region"] for r in rows] == ["Орловская область"]
    assert "Лидсельмаш" in row_firms(rows[0])


def test_a_plant_that_assembles_without_the_particle_is_a_project() -> None:
    """The same sentence told in the indicative is a project."""
    rows = register_of(
        "Форум машиностроителей: онлайн\n11:40 | Реплика из зала: литейный завод из Пензы "
        "собирает белорусские сеялки «Лидсельмаша» с прошлого года.")
    assert [r["kind"] for r in rows] == ["assembly"]


# ------------------------------------------------- declining to comment («отказались комментировать»)


def test_declining_to_comment_on_dates_cancels_no_project() -> None:
    """«сроки комментировать отказались» after the agreement: the project stays."""
    rows = register_of(
        "Обзор прессы\nГазета сообщила, что «Гомсельмаш» и тамбовское ООО «ТамбовАгроМаш» "
        "договорились о сборке зерноуборочных комбайнов в Мичуринске. В пресс-службе "
        "«Гомсельмаша» эти сведения подтвердили, но сроки комментировать отказались.")
    assert [r["region"] for r in rows] == ["Тамбовская область"]
    assert "Гомсельмаш" in row_firms(rows[0])


def test_no_comment_in_the_sentence_of_the_project_denies_nothing() -> None:
    """«…, от комментариев в компании отказались» beside a launch is no denial of it."""
    rows = register_of(
        "Новости региона\nВ Твери запущена сборка погрузчиков «Амкодор» на площадке ООО "
        "«ТверьСпецТех», от подробностей в компании отказались.")
    assert [r["kind"] for r in rows] == ["assembly"]


def test_a_partner_that_dropped_the_project_still_cancels_it() -> None:
    """«отказались от проекта» (no word of speech) still cancels the project told before."""
    rows = register_of(
        "Обзор прессы\nГазета сообщила, что «Гомсельмаш» и тамбовское ООО «ТамбовАгроМаш» "
        "договорились о сборке зерноуборочных комбайнов в Мичуринске. Через год в "
        "«Гомсельмаше» от проекта отказались.")
    assert rows == []


# ------------------------------------------------- «центр, созданный вместе с …»


def test_a_centre_founded_with_a_partner_is_one_service_project() -> None:
    """«Центр, созданный вместе с …, провёл ремонт»: one service row with the partner."""
    rows = register_of(
        "Сервис карьерной техники\nВ Норильске работает сервисный центр БЕЛАЗа. Центр, "
        "созданный вместе с компанией «ТаймырГорСервис», за год провёл ремонт 40 самосвалов.")
    assert [r["kind"] for r in rows] == ["service_center"]
    assert {"БелАЗ", "ТаймырГорСервис"} <= row_firms(rows[0])


def test_centres_founded_with_partners_make_no_joint_development() -> None:
    """«Обслуживание ведут сервисные центры, созданные вместе с партнёрами»: no development."""
    rows = register_of(
        "Вопросы и ответы\nКто ремонтирует самосвалы БЕЛАЗ в Якутии? Обслуживание ведут "
        "сервисные центры, созданные вместе с якутскими партнерами, и дилеры с мастерскими.")
    assert "joint_development" not in {r["kind"] for r in rows}


def test_a_development_carried_out_together_stays_a_joint_development() -> None:
    """«ведут совместную разработку» has no participle of founding: kept."""
    rows = register_of(
        "Новости науки\nМинский моторный завод и самарский «ВолгаДизельТех» ведут совместную "
        "разработку газового двигателя в Самаре.")
    assert [r["kind"] for r in rows] == ["joint_development"]


# ------------------------------------------------- a scene set abroad


def test_a_plant_of_a_scene_set_abroad_is_no_project_of_ours() -> None:
    """«…сборке тракторов МТЗ в Казахстане. …на заводе в Костанае собрано 600 машин»."""
    rows = register_of(
        "Пресса недели\nАлматинская газета пишет о сборке тракторов МТЗ в Казахстане. По "
        "данным издания, на заводе в Семее за полгода собрано более 300 машин.")
    assert rows == []


def test_service_by_dealers_of_a_scene_abroad_is_no_project_of_ours() -> None:
    """«расширил дилерскую сеть в Узбекистане. Речь идёт о … гарантийном обслуживании»."""
    rows = register_of(
        "Пресса недели\n«Амкодор» расширил дилерскую сеть в Узбекистане и Таджикистане. Речь "
        "идёт о продажах и гарантийном обслуживании погрузчиков силами местных дилеров.")
    assert rows == []


def test_a_russian_site_after_a_scene_abroad_stays_a_project() -> None:
    """A sentence with a Russian place of its own after one set abroad is ours."""
    rows = register_of(
        "Пресса недели\nАлматинская газета пишет о сборке тракторов МТЗ в Казахстане. А в "
        "Брянске тракторы МТЗ собирают на заводе ООО «БрянскАгроМаш» с 2020 года.")
    assert [r["region"] for r in rows] == ["Брянская область"]


def test_a_scene_abroad_ends_with_its_paragraph() -> None:
    """The next paragraph is not told abroad: its project takes the article's region."""
    rows = register_of(
        "Смоленская область и МТЗ\nВ Смоленской области работают сотни тракторов МТЗ. МТЗ "
        "поставляет тракторы и в Казахстан.\nСборку тракторов МТЗ ведёт ООО «СмолАгроМаш».")
    assert [r["region"] for r in rows] == ["Смоленская область"]


# ------------------------------------------------- a report refuted in the next sentence


def test_a_plan_the_company_says_it_does_not_have_is_no_project() -> None:
    """«…якобы планирует построить завод. Однако в компании заявили, что таких планов нет»."""
    rows = register_of(
        "Обзор прессы\nМестная газета написала, что «Амкодор» планирует построить в Костроме "
        "завод по выпуску погрузчиков. Однако в холдинге заявили, что таких планов нет.")
    assert rows == []


def test_a_report_called_premature_is_no_project() -> None:
    """«Однако представитель холдинга назвал эту информацию преждевременной»."""
    rows = register_of(
        "Обзор прессы\nПортал сообщил, что БЕЛАЗ откроет в Магадане сервисный центр для "
        "горной техники. Однако представитель холдинга назвал эту информацию "
        "преждевременной.")
    assert rows == []


def test_a_denial_of_something_else_after_but_keeps_the_project() -> None:
    """«Но второй цех строить не будут» names no report: the assembly stays."""
    rows = register_of(
        "Новости региона\nВ Костроме ООО «КостромаСпецМаш» наладило сборку погрузчиков "
        "«Амкодор». Но второй цех строить не будут.")
    assert [r["kind"] for r in rows] == ["assembly"]


def test_a_confirmed_report_stays_a_project() -> None:
    """«Однако сроки в компании пока не называют» denies nothing of the report."""
    rows = register_of(
        "Обзор прессы\nГазета сообщила, что «Амкодор» и ООО «КостромаСпецМаш» договорились о "
        "сборке погрузчиков в Костроме. Однако сроки в компании пока не называют.")
    assert [r["region"] for r in rows] == ["Костромская область"]


# ------------------------------------------------- what a technique does


def test_a_technique_of_repair_under_development_is_one_development() -> None:
    """«разработку технологии восстановления батарей»: a development, no service row."""
    rows = register_of(
        "Зелёный транспорт\n«Белкоммунмаш» и томский научный центр «ТомЭнергоТех» ведут "
        "совместную разработку технологии восстановления тяговых батарей в Томске.")
    assert [r["kind"] for r in rows] == ["joint_development"]


def test_a_repair_centre_opened_stays_a_service_project() -> None:
    """Without «технология» before it the repair word is the service centre's."""
    rows = register_of(
        "Зелёный транспорт\nВ Томске «Белкоммунмаш» и ООО «ТомЭнергоТех» открыли центр "
        "восстановления тяговых батарей троллейбусов.")
    assert [r["kind"] for r in rows] == ["service_center"]


# ------------------------------------------------- «сам сборщик»


def test_service_by_the_assembler_itself_is_no_second_project() -> None:
    """«Гарантийное обслуживание в Казани ведёт сам сборщик»: one assembly row."""
    rows = register_of(
        "Вопросы и ответы\nВ Казани троллейбусы «Белкоммунмаша» собирают на площадке ООО "
        "«КазаньТрансМаш». Кто обслуживает машины? Гарантийное обслуживание в Казани ведёт "
        "сам сборщик.")
    assert [r["kind"] for r in rows] == ["assembly"]


def test_a_service_centre_opened_by_the_maker_itself_stays_a_project() -> None:
    """«сервисный центр открыл сам производитель» names a facility: kept."""
    rows = register_of(
        "Новости региона\nВ Казани сервисный центр для троллейбусов «Белкоммунмаша» открыл "
        "сам производитель.")
    assert [r["kind"] for r in rows] == ["service_center"]


# ------------------------------------------------- where goods go, how many pieces, design stage


def test_parts_going_to_an_assembly_line_in_minsk_are_no_assembly_there() -> None:
    """«Часть идёт на сборочный конвейер в Минске»: a destination, no Belarusian row."""
    rows = register_of(
        "Маленький завод\nВ Сызрани ООО «СызраньМетКон» выпускает рамы для погрузчиков "
        "«Амкодор». Часть идёт на сборочный конвейер в Минске, часть — на российские площадки.")
    assert [r["kind"] for r in rows] == ["component_production"]
    assert rows[0]["region"] == "Самарская область"


def test_an_assembly_line_a_plant_runs_stays_a_project() -> None:
    """«на площадке завода собирают» has no verb of going: kept."""
    rows = register_of(
        "Новости\nНа площадке ООО «СызраньМаш» в Сызрани собирают погрузчики «Амкодор».")
    assert [r["kind"] for r in rows] == ["assembly"]


def test_kits_counted_are_pieces_made_not_projects() -> None:
    """«выпускает около 1 500 комплектов стрел и кабин»: a parts project with its firms."""
    rows = register_of(
        "Маленький завод\nСегодня ООО «СызраньМетКон» в Сызрани выпускает для «Амкодора» "
        "около 1 500 комплектов стрел и кабин в год.")
    assert [r["kind"] for r in rows] == ["component_production"]
    assert {"Амкодор", "СызраньМетКон"} <= row_firms(rows[0])


def test_plants_counted_are_still_a_count_of_projects() -> None:
    """«более 20 сборочных производств и сервисных центров» counts projects: no row."""
    rows = register_of(
        "Итоги года\nВ России работают более 20 совместных сборочных производств и сервисных "
        "центров белорусских заводов.")
    assert rows == []


def test_design_after_production_in_a_list_row_is_its_stage() -> None:
    """«Производство комплектующих … | соглашение подписано, проектирование»: one parts row."""
    rows = register_of(
        "Перечень инвестпроектов Брянской области\n№ | Проект | Инициатор | Место | Стадия | "
        "Млн руб.\n4 | Производство комплектующих для погрузчиков «Амкодор» (рамы, стрелы) | "
        "ООО «Брянский завод металлоконструкций» | Брянск | соглашение с «Амкодором» подписано, "
        "проектирование | 250")
    assert [r["kind"] for r in rows] == ["component_production"]
