"""Rows that are no project of ours (issue 11, session 13, round 12 studied): a trigger under
negation, a dealer named by its status, repair of roads and tracks, Belarus with a third
country and no Russian side, a news agency as a firm; and one project told twice. Every text
is written here in the style of regional news, trade press and translated wires."""

from __future__ import annotations

import pytest
from conftest import register_of, row_firms

# --------------------------------------------------------------------------- negation

NEGATED = [
    "Новые троллейбусы приходят в Тулу полностью готовыми: какие-либо сборочные или сервисные "
    "площадки в городе при этом не создаются.",
    "Хозяйства Курской области получили 40 тракторов «Беларус»; о локальном производстве "
    "здесь речи нет.",
    "Речь не идёт о сборке комбайнов в Липецкой области: машины привезут из Гомеля готовыми.",
]


@pytest.mark.parametrize("text", NEGATED)
def test_a_trigger_under_negation_makes_no_row(text: str) -> None:
    assert register_of(text) == []


def test_not_only_denies_nothing() -> None:
    rows = register_of("В Смоленской области «Гомсельмаш» откроет сервисный центр: речь идёт "
                       "не только о ремонте, но и о сборке жаток.")
    assert any(r["region"] == "Смоленская область" for r in rows)


def test_a_site_that_is_set_up_still_counts() -> None:
    rows = register_of("В Туле создаётся сервисный центр МАЗ для городских автобусов.")
    assert [r["region"] for r in rows] == ["Тульская область"]


# --------------------------------------------------------------------------- dealers, repairs

@pytest.mark.parametrize("text", [
    "«Агросервис» получил статус официального дилера МТЗ в Воронежской области.",
    "Компания «Техника-Юг» стала дилером «Амкодора» в Краснодарском крае.",
    "«Агросервис» стал официальным дилером МТЗ в Воронежской области\n"
    "Компания «Агросервис» с 1 октября получила статус официального дилера Минского "
    "тракторного завода в Воронежской области. Соответствующий договор подписан в Москве.\n"
    "Теперь аграрии смогут приобретать у нас тракторы «Беларус» напрямую.",
])
def test_a_dealer_status_is_no_project(text: str) -> None:
    assert register_of(text) == []


def test_a_dealer_that_opens_a_service_centre_is_one() -> None:
    rows = register_of("Официальный дилер МТЗ компания «Агросервис» открыла в Воронеже "
                       "сервисный центр для тракторов «Беларус».")
    assert [(r["region"], r["kind"]) for r in rows] == [("Воронежская область", "service_center")]


@pytest.mark.parametrize("text", [
    "Ремонт путей на трамвайной линии в Ярославле включён в программу на 2025 год.",
    "В Брянской области начался ремонт дорог, ведущих к белорусской границе.",
])
def test_repair_of_roads_and_tracks_is_no_service(text: str) -> None:
    assert register_of(text) == []


def test_repair_of_engines_is_service() -> None:
    rows = register_of("В Ярославле «Белкоммунмаш» открыл ремонтную базу: здесь ведут ремонт "
                       "троллейбусов.")
    assert [r["kind"] for r in rows] == ["service_center"]


# --------------------------------------------------------------------------- third countries

@pytest.mark.parametrize("text", [
    "«Белшина» подписала с китайским производителем соглашение о совместной разработке шин "
    "для карьерных самосвалов.",
    "Совместное белорусско-китайское предприятие выпустило 30 тыс. легковых автомобилей.",
])
def test_belarus_with_a_third_country_is_not_ours(text: str) -> None:
    assert register_of(text) == []


def test_a_third_country_beside_both_sides_stays() -> None:
    rows = register_of("МАЗ и российская компания «Автодеталь» вместе с китайским партнёром "
                       "наладят в Калуге сборку грузовиков.")
    assert [r["region"] for r in rows] == ["Калужская область"]


def test_a_news_agency_is_no_partner() -> None:
    from analysis.entities import Entity
    from analysis.projects.partners import partner_name

    text = "ПЕТРОЗАВОДСК (AP) — МТЗ откроет сборку."
    at = text.index("AP")
    assert partner_name(text, Entity(start=at, end=at + 2, surface="AP", type="organization",
                                     normal="AP", role=None)) is None


# --------------------------------------------------------------------------- told twice

ASSEMBLY = ("Сборку ведёт муниципальное предприятие «Тульский троллейбус» по договору с "
            "«Белкоммунмашем»: из Минска приходят кузова, а в депо их соединяют в готовые машины.")


def test_a_count_of_machines_later_is_the_same_project() -> None:
    rows = register_of("Тульские троллейбусы: первые машины на линии\n" + ASSEMBLY +
                       " Производство запустили прошлой осенью.\n"
                       "До конца года в городе планируют собрать ещё 12 машин. Кроме того, "
                       "город получил 10 новых автобусов МАЗ.")
    assembly = [r for r in rows if r["kind"] == "assembly"]
    assert len(assembly) == 1
    assert row_firms(assembly[0]) == {"Белкоммунмаш", "Тульский троллейбус"}


def test_a_label_in_quotes_tells_no_project() -> None:
    rows = register_of("Тульские троллейбусы отличаются от минских разве что табличкой "
                       "«Собрано в Туле» у передней двери.")
    assert rows == []


def test_a_firmless_row_of_the_same_kind_and_place_joins() -> None:
    rows = register_of(ASSEMBLY + "\nГорожане довольны: в депо на Литейной улице собирают "
                       "троллейбусы не хуже минских.")
    assert len([r for r in rows if r["kind"] == "assembly"]) == 1


def test_another_kind_in_the_same_place_stays_apart() -> None:
    rows = register_of(ASSEMBLY + "\nКроме того, в Туле открылся сервисный центр для городских "
                       "автобусов.")
    assert {r["kind"] for r in rows} == {"assembly", "service_center"}


# --------------------------------------------------------------------------- firms by clause

def test_clauses_each_with_their_place_keep_their_own_firm() -> None:
    rows = register_of("В Калуге на мощностях компании «КалугаПрицеп» запущена сборка "
                       "полуприцепов МАЗ, в Обнинске открыт сервисный центр погрузчиков "
                       "«Амкодор», а с «Гомсельмашем» подписано соглашение о сборке жаток в "
                       "Людинове.")
    by_town = {r["location"]: (row_firms(r), r["kind"]) for r in rows}
    assert by_town == {"Калуга": ({"МАЗ", "КалугаПрицеп"}, "assembly"),
                       "Обнинск": ({"Амкодор"}, "service_center"),
                       "Людиново": ({"Гомсельмаш"}, "assembly")}


def test_one_place_said_twice_is_no_clause() -> None:
    rows = register_of("МАЗ откроет сборочный цех прямо у партнёра, в Калуге, на территории "
                       "бывшего завода.")
    assert [(r["region"], row_firms(r)) for r in rows] == [("Калужская область", {"МАЗ"})]


def test_an_elliptic_member_after_a_comma_stays_in_the_list() -> None:
    rows = register_of("В Калужской области тракторы «Беларус» будут собирать на площадке в "
                       "Обнинске, в Тульской — в Новомосковске.")
    assert {r["region"] for r in rows} == {"Калужская область", "Тульская область"}


# --------------------------------------------------------------------------- years are no counts

@pytest.mark.parametrize("text", [
    "В Брянске с 2013 года собирают тракторы МТЗ.",
    "Пример — курское предприятие «КурскАгроМаш», где с 2015 года собирают комбайны "
    "«Гомсельмаш».",
])
def test_a_year_before_a_plural_verb_is_no_count(text: str) -> None:
    rows = register_of(text)
    assert len(rows) == 1 and rows[0]["kind"] == "assembly"


def test_a_count_of_plants_is_still_none() -> None:
    assert register_of("В России работают более 20 сборочных производств белорусской "
                       "техники.") == []


# --------------------------------------------------------------------------- a partner's home

def test_a_research_partner_places_a_development_at_home() -> None:
    rows = register_of("Электробус для Томска\n"
                       "Томский политехнический университет и МАЗ продолжают работу над "
                       "электробусом в Томске.\n"
                       "В июне МТЗ и Казанский национальный исследовательский технический "
                       "университет (КНИТУ-КАИ) подписали соглашение о совместной разработке "
                       "системы автономного вождения. Работы будут вестись в Казани.")
    kai = [r for r in rows if "КНИТУ-КАИ" in row_firms(r)]
    assert [r["region"] for r in kai] == ["Республика Татарстан"]


def test_nami_is_a_moscow_partner_and_nami_the_pronoun_is_not() -> None:
    rows = register_of("Новости Томска\nВ Томске открылся новый корпус университета.\n"
                       "В марте МАЗ и институт НАМИ подписали соглашение о совместной разработке "
                       "городского автобуса. Прототип будут проектировать в Москве.")
    assert [(r["region"], row_firms(r)) for r in rows] == [("Москва", {"МАЗ", "НАМИ"})]
    rows = register_of("«Они согласны с нами», — сказал директор. МАЗ откроет сборку в Калуге.")
    assert [row_firms(r) for r in rows] == [{"МАЗ"}]


def test_an_elliptic_clause_with_a_long_subject_keeps_its_own_list() -> None:
    rows = register_of("В 2023 году сборочные производства техники МТЗ открыты в Псковской, "
                       "Новгородской и Тверской областях, а сервисные центры белорусской "
                       "коммунальной техники — в Красноярском крае и Иркутской области.")
    by_kind = {(r["region"], r["kind"]) for r in rows}
    assert by_kind == {("Псковская область", "assembly"), ("Новгородская область", "assembly"),
                       ("Тверская область", "assembly"), ("Красноярский край", "service_center"),
                       ("Иркутская область", "service_center")}


# --------------------------------------------------------------------------- a dealer's territory

def test_a_dealers_territory_in_apposition_is_no_site() -> None:
    rows = register_of("Компания «Агроснаб», официальный дилер МТЗ в Орловской и Тульской "
                       "областях, приступила к выпуску кабин для тракторов на заводе в Орле.")
    assert {r["region"] for r in rows} == {"Орловская область"}


def test_a_dealers_base_with_its_town_is_the_site() -> None:
    rows = register_of("Кроме того, в 2027 году на базе дилера ООО «Дон-Агро» в Ростове-на-Дону "
                       "«Гомсельмаш» откроет учебно-сервисный центр.")
    assert {r["region"] for r in rows} == {"Ростовская область"}


@pytest.mark.parametrize("text", [
    "Многие белорусские заводы уже собирают свою технику на российской территории.",
    "Некоторые российские предприятия собирают лифты по белорусским чертежам.",
])
def test_a_verb_of_many_firms_tells_no_project(text: str) -> None:
    assert register_of(text) == []


def test_a_plural_verb_of_named_firms_still_counts() -> None:
    rows = register_of("МТЗ и «Брянсксельмаш» уже собирают тракторы в Брянске.")
    assert [r["region"] for r in rows] == ["Брянская область"]


def test_a_verb_of_many_firms_after_a_venture_leaves_it_alone() -> None:
    rows = register_of("МАЗ и российский «Петрозаводскмаш» подписали соглашение о создании "
                       "совместного предприятия в Петрозаводске.\nСделка стала очередным шагом в "
                       "интеграции. Многие белорусские заводы уже собирают свою технику на "
                       "российской территории.")
    assert [(r["kind"], r["status"]) for r in rows] == [("joint_venture", "agreed")]


# --------------------------------------------------------------------------- one of them

def test_one_of_the_sites_counted_before_is_a_site_of_that_kind() -> None:
    rows = register_of("Производитель карьерных самосвалов БелАЗ уже имеет в России несколько "
                       "сервисных площадок. Одна из них работает в Мурманской области, где "
                       "обслуживает технику комбината.")
    assert [(r["region"], r["enterprises"], r["kind"]) for r in rows] == [
        ("Мурманская область", "БелАЗ", "service_center")]


def test_one_of_them_without_a_site_verb_is_nothing() -> None:
    rows = register_of("Производитель карьерных самосвалов БелАЗ уже имеет в России несколько "
                       "сервисных площадок. Одна из них недавно получила награду губернатора "
                       "Мурманской области.")
    assert rows == []


# --------------------------------------------------------------------------- the site told before

def test_the_new_site_told_before_is_the_same_project() -> None:
    rows = register_of("Белорусский холдинг «Гомсельмаш» создаёт новую сборочную площадку в "
                       "Тамбовской области: монтаж оборудования в цехе в Мичуринске идёт по "
                       "графику.\nВ последние годы Беларусь и Россия развивают кооперацию.\n"
                       "В сентябре прошлого года холдинг представил на выставке в Москве новую "
                       "модель зерноуборочного комбайна. По данным компании, именно эту модель "
                       "планируется в будущем собирать на новой площадке.")
    assert [r["region"] for r in rows] == ["Тамбовская область"]


def test_a_new_site_with_its_own_place_is_not_the_one_before() -> None:
    rows = register_of("«Гомсельмаш» собирает комбайны в Мичуринске.\nКроме того, жатки будут "
                       "собирать на новой площадке в Брянске.")
    assert {r["region"] for r in rows} == {"Тамбовская область", "Брянская область"}


def test_an_opening_aside_before_a_place_cuts_no_clause() -> None:
    rows = register_of("По словам министра, в Новгородской области завершается строительство "
                       "завода по сборке лифтов «Могилевлифтмаш», а в Пермском крае уже работает "
                       "совместное предприятие «Амкодор-Пермь» по выпуску погрузчиков.")
    assert {r["region"] for r in rows} == {"Новгородская область", "Пермский край"}


# --------------------------------------------------------------------------- vocabulary

def test_a_joint_design_bureau_opened_in_belarus_is_a_development_there() -> None:
    rows = register_of("Совместное конструкторское бюро «Гомсельмаша» и ростовского "
                       "университета, открытое в Гомеле год назад, подвело первые итоги.")
    assert [(r["region"], r["location"], r["kind"], r["status"]) for r in rows] == [
        (None, "Гомель", "joint_development", "operating")]


def test_a_prototype_made_together_is_a_joint_development() -> None:
    rows = register_of("В Ростове-на-Дону компания «Агро-Инжиниринг» вместе с «Гомсельмашем» "
                       "создаёт прототип кормоуборочного комбайна.")
    assert [(r["region"], r["kind"]) for r in rows] == [("Ростовская область",
                                                         "joint_development")]


def test_an_open_joint_stock_company_is_no_stage() -> None:
    rows = register_of("Открытое акционерное общество «Гомсельмаш» и «Агро-Инжиниринг» "
                       "ведут совместную разработку жатки в Ростове-на-Дону.")
    assert [r["status"] for r in rows] != ["operating"]


def test_jobs_created_together_are_no_development() -> None:
    assert register_of("В Ростове-на-Дону компания «Агро-Инжиниринг» вместе с «Гомсельмашем» "
                       "создаёт новые рабочие места.") == []


def test_a_count_reaches_the_second_member_of_a_pair() -> None:
    assert register_of("В Российской Федерации сегодня действуют несколько совместных "
                       "производств и сервисных площадок гомельского предприятия "
                       "«Гомсельмаш».") == []


def test_a_pair_without_a_count_is_still_read() -> None:
    rows = register_of("В Ставропольском крае «Гомсельмаш» открыл сборочный цех и сервисные "
                       "площадки для комбайнов.")
    assert rows and all(r["region"] == "Ставропольский край" for r in rows)


def test_a_persons_employer_is_no_project_told() -> None:
    rows = register_of("В Россоши будут собирать сеялки «Лидагропроммаша».\n«Россошь даст нам "
                       "близость к покупателю», — говорит директор СП.")
    assert [r["kind"] for r in rows] == ["assembly"]
