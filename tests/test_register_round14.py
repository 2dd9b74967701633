"""The register's rules added after studying the round-14 dev part (issue 11), on texts written
here in the style of mining digests, news-in-brief columns and commission communiqués: a
part's name in a sentence that prices, ships or buys goods is those goods, not parts made
here."""

from __future__ import annotations

from datetime import date

from conftest import make_article, register_of, row_firms

from analysis.entities import Entity, find_entities
from analysis.projects.partners import register_entities
from analysis.projects.reader import ArticleReader

# ------------------------------------------------- parts priced, shipped or bought


def test_tyre_prices_are_no_component_project() -> None:
    """«Белшина подняла цены на шины»: a price, no project."""
    rows = register_of(
        "Карьерный дайджест\nВ Кузбассе угольщики считают расходы. ОАО «Белшина» подняла цены "
        "на крупногабаритные шины для самосвалов в среднем на 5%.")
    assert rows == []


def test_tyres_received_by_a_plant_are_a_delivery() -> None:
    """«комбинат получил партию шин «Белшины»» and «шины идут эшелонами» are deliveries."""
    rows = register_of(
        "Коротко\nНорильск. Горный комбинат получил очередную партию шин «Белшины» — 80 штук. "
        "Ещё две партии шин идут в Красноярский край эшелонами.")
    assert not [r for r in rows if r["kind"] == "component_production"]


def test_tyres_made_in_a_russian_town_stay_a_project() -> None:
    """A sentence that makes the parts keeps its component row, with a price beside it."""
    rows = register_of(
        "Шины из Тольятти\nВ Тольятти ООО «ВолгаШина» совместно с ОАО «Белшина» наладило "
        "выпуск шин для сельхозтехники; цена ниже импортной на 15%.")
    assert any(r["region"] == "Самарская область" and "Белшина" in row_firms(r) for r in rows)


def test_parts_delivered_and_made_by_the_partner_next_sentence() -> None:
    """«договорился о поставках рам … . Производство … в Курске начнётся …»: the next sentence
    says the partner makes the parts; the supply stays a project."""
    rows = register_of(
        "Рамы для прицепов\nОАО «МАЗ» договорился с ООО «Курскметалл» о поставках сварных "
        "изделий — рам и балок для полуприцепов. Производство в Курске начнётся осенью.")
    assert any("Курскметалл" in row_firms(r) and r["region"] == "Курская область" for r in rows)


# ------------------------------------------- delivered machines put together on site


def test_machines_shipped_knocked_down_and_assembled_by_the_buyer() -> None:
    """«ушли в разобранном виде, собирать будет сам покупатель»: a delivery, no assembly."""
    rows = register_of(
        "Карьерная техника\nБелАЗ отгрузил в Якутию четыре самосвала. Машины ушли по железной "
        "дороге в разобранном виде, собирать их будет сам покупатель на своей промплощадке.")
    assert not [r for r in rows if r["kind"] == "assembly"]


def test_machines_delivered_and_assembled_at_a_mine() -> None:
    """«доставлены … и уже собраны на месторождении»: erected at the customer's mine."""
    rows = register_of(
        "Хроника\nЧИТА — Горняки края получили три самосвала БелАЗ. Машины доставлены по "
        "железной дороге и уже собраны на месторождении.")
    assert not [r for r in rows if r["kind"] == "assembly"]


def test_assembly_plant_in_a_mining_region_stays() -> None:
    """A plant that assembles machines is still an assembly project."""
    rows = register_of(
        "Сборка в Кузбассе\nВ Кемерове ООО «СибКарьерМаш» начало сборку самосвалов БелАЗ из "
        "машинокомплектов на своём заводе.")
    assert any(r["kind"] == "assembly" and "БелАЗ" in row_firms(r) for r in rows)


# ------------------------------------------------ «на территории Республики Беларусь»


def _blank(x: object) -> bool:
    return x is None or x != x  # None or NaN


def test_venture_on_the_territory_of_belarus_is_located_there() -> None:
    """«создание СП … на территории Республики Беларусь» after a Russian item of the same list:
    the venture is in Belarus (empty region), not in the region named before."""
    rows = register_of(
        "Протокол комиссии\nОдобрить перечень проектов:\n1) организацию сборки лифтов ОАО "
        "«Могилевлифтмаш» на площадке ООО «ОмскЛифт» в г. Омске;\n2) создание совместного "
        "предприятия ОАО «МТЗ» и ПАО «КАМАЗ» по выпуску мостов на территории Республики "
        "Беларусь.")
    venture = [r for r in rows if "КАМАЗ" in row_firms(r)]
    assert len(venture) == 1 and _blank(venture[0]["region"])
    assert any(r["region"] == "Омская область" for r in rows if "Могилевлифтмаш" in row_firms(r))


def test_venture_created_in_belarus_is_located_there() -> None:
    """«создание … в Беларуси»: a founding word does not drop the country as the place."""
    rows = register_of(
        "Новое СП\nВ Омске обсуждали кооперацию. Решено: создание совместного предприятия ОАО "
        "«Гомсельмаш» и ООО «СибАгроДеталь» по выпуску жаток в Беларуси.")
    venture = [r for r in rows if "Гомсельмаш" in row_firms(r)]
    assert venture and all(_blank(r["region"]) for r in venture)


def test_territory_of_a_russian_region_stays_russian() -> None:
    """«на территории Калужской области» is a Russian place, as before."""
    rows = register_of(
        "Сборка тракторов\nОАО «МТЗ» и ООО «КалугаАгро» создадут совместное предприятие по "
        "сборке тракторов на территории Калужской области.")
    assert any(r["region"] == "Калужская область" for r in rows)


# ----------------------------------------------------------- an idea, talk: no project


def test_council_supports_the_idea_of_joint_production() -> None:
    """«поддерживает идею создания совместных производств»: an idea, no project."""
    rows = register_of(
        "Коммюнике Совета\nСовет поддерживает идею создания совместных производств "
        "электробусов в Поволжье и поручает подготовить перечень площадок.")
    assert rows == []


def test_talk_about_an_assembly_site_is_no_project() -> None:
    """«Разговоры о сборочной площадке идут, но без сроков»: talk."""
    rows = register_of(
        "Самосвалы для Хакасии\nАБАКАН. Разговоры о региональной сборочной площадке БелАЗа "
        "идут давно, но без конкретики и без сроков.")
    assert rows == []


def test_next_sentence_calls_it_only_an_idea() -> None:
    """«рассмотрим сборку тягачей МАЗ. Но это пока только идея»: no assembly row; the service
    centre the firm builds stays."""
    rows = register_of(
        "База в Приморье\nВо Владивостоке ООО «ДВ МАЗ Сервис» строит сервисный центр для "
        "грузовиков МАЗ. «Позже рассмотрим и сборку тягачей МАЗ. Но это пока только идея», — "
        "сказал директор.")
    assert not [r for r in rows if r["kind"] == "assembly"]
    assert any(r["kind"] == "service_center" for r in rows)


def test_an_assembly_with_no_talk_word_stays() -> None:
    """The same assembly told as a decision stays a project."""
    rows = register_of(
        "Сборка в Приморье\nВо Владивостоке ООО «ДВ МАЗ Сервис» начнёт сборку тягачей МАЗ в "
        "2026 году. Это решение уже согласовано с заводом.")
    assert any(r["kind"] == "assembly" for r in rows)


# ------------------------------------------------- a side of ours said to take no part


def test_belarusian_side_takes_no_part_next_sentence() -> None:
    """«На заводе началась сборка двигателей … . Белорусские предприятия в проекте не
    участвуют»: a Russian plant's own project."""
    rows = register_of(
        "Хроника\nЯРОСЛАВЛЬ — На ЯМЗ началась сборка двигателей с насосами ООО «Топливные "
        "системы». Белорусские предприятия в этом проекте не участвуют.")
    assert rows == []


def test_project_with_no_relation_to_russia() -> None:
    """«к России отношения не имеет: комбайны собирают в Костанае»: not ours."""
    rows = register_of(
        "Комбайны за рубежом\nЭтот проект «Гомсельмаша» к России отношения не имеет: "
        "комбайны собирают в Костанае.")
    assert rows == []


def test_a_third_party_left_out_keeps_the_project() -> None:
    """A project whose sides are both named, with no denial, stays (the rule needs «не»)."""
    rows = register_of(
        "Хроника\nЯРОСЛАВЛЬ — На заводе ООО «ЯрДизель» началась сборка двигателей ММЗ. "
        "Белорусские предприятия участвуют в проекте поставками блоков.")
    assert any("Минский моторный завод" in row_firms(r) for r in rows)


# ------------------------------------------- a channel's hashtags; «назначили из Минска»


def test_hashtag_line_adds_no_firm() -> None:
    """«#МТЗ #Гомсельмаш #МАЗ #СП» under a post tags it: no firm joins the post's project."""
    rows = register_of(
        "Канал «Завод»: дайджест\nМТЗ и ООО «УралТрактор» создают СП по сборке тракторов "
        "«Беларус» в Челябинске.\n#МТЗ #Гомсельмаш #МАЗ #СП #сервис")
    assert len(rows) == 1
    assert row_firms(rows[0]) == {"МТЗ", "УралТрактор"}


def test_update_line_with_a_director_from_minsk_continues_the_venture() -> None:
    """«соглашение об СП подписано … Гендиректора назначили из Минска»: the Minsk of an origin
    does not place the venture in Belarus; the update is the Chelyabinsk venture's."""
    rows = register_of(
        "Канал «Завод»: дайджест\nМТЗ и ООО «УралТрактор» создают СП по сборке тракторов "
        "«Беларус» в Челябинске.\nВыпуск тракторов в Беларуси вырос на 5%.\nUPD: в МТЗ "
        "подтвердили, что соглашение об СП подписано в декабре. Гендиректора назначили из "
        "Минска.")
    assert all(r["region"] == "Челябинская область" for r in rows)


def test_a_plant_in_minsk_still_placed_there() -> None:
    """A paragraph that places a Belarusian maker's work «в Минске» keeps it in Belarus."""
    rows = register_of(
        "Дайджест\nВ Омске открыт центр.\nМинск. На МАЗе запущена новая линия сборки кабин "
        "для российских заказчиков.")
    assert any(_blank(r["region"]) and "МАЗ" in row_firms(r) for r in rows)


# ------------------------------------------ a firm's initials; a warehouse makes nothing


def test_initials_of_a_firm_name_are_its_short_name() -> None:
    """«Сафоновский электромашиностроительный завод … СЭЗ»: one firm, one project."""
    rows = register_of(
        "Двигатель на двоих\nМогилёвский «Электродвигатель» и АО «Сафоновский "
        "электромашиностроительный завод» из Смоленской области подписали договор о совместной "
        "разработке тягового двигателя. Ротор и подшипниковые узлы проектирует СЭЗ.")
    assert not [r for r in rows if "СЭЗ" in row_firms(r)]
    assert any("Сафоновский электромашиностроительный завод" in row_firms(r) for r in rows)


def _short_name_read_as(text: str, short: str) -> set[str]:
    """The normal names the register gives the organisation `short` that the NER found."""
    article = make_article("t", text, date(2024, 5, 1))
    ents = find_entities(article, ner=False)
    at = text.index(short, text.index(".") + 1)
    ents.append(Entity(start=at, end=at + len(short), surface=short, type="organization",
                       normal=short, role=None))
    return {e.normal for e in register_entities(article, {"t": ents})
            if e.start == at and e.type == "enterprise"}


def test_initials_name_the_firm_the_ner_found_too() -> None:
    """The NER's organisation «СЭЗ» is the firm whose initials it is."""
    text = ("Двигатель\nАО «Сафоновский электромашиностроительный завод» и «Электродвигатель» "
            "подписали договор. Ротор проектирует СЭЗ.")
    assert _short_name_read_as(text, "СЭЗ") == {"Сафоновский электромашиностроительный завод"}


def test_two_letter_initials_are_not_read_as_a_name() -> None:
    """«АО «Калужский завод» … КЗ»: two letters are too few to be a firm's initials."""
    text = "Завод\nАО «Калужский завод» и МТЗ подписали договор. Раму проектирует КЗ."
    assert "Калужский завод" not in _short_name_read_as(text, "КЗ")


def test_tyres_passing_through_a_warehouse_town_are_no_component_project() -> None:
    """«первый собственный склад …, до сих пор шины шли через посредников в Новосибирске»: a
    warehouse makes nothing; the tyres are goods that travel."""
    rows = register_of(
        "Шины для Якутии\nДля «Белшины» это будет первый склад за Уралом, до сих пор шины шли "
        "через посредников в Новосибирске.")
    assert not [r for r in rows if r["kind"] == "component_production"]


# ------------------------------- parts kept, not made; a transcript's speaker; «Там …»


def test_parts_kept_on_site_are_no_component_project() -> None:
    """«хотим, чтобы агрегат был на месте», «простои из-за ожидания запчастей»: parts kept or
    awaited, not made."""
    rows = register_of(
        "Сервис на Урале\nВ Качканаре простои самосвалов БелАЗ до 40% приходятся на ожидание "
        "запчастей. «Мы хотим, чтобы агрегат был на месте», — сказал представитель завода.")
    assert not [r for r in rows if r["kind"] == "component_production"]


def test_transcript_speaker_labels_make_an_interview() -> None:
    """«ВЕДУЩАЯ: …», «ГОСТЬ: …»: a transcript; «мы» is the guest's firm named before the
    first question, and «Там …» continues the centre the sentence before named."""
    rows = register_of(
        "Интервью с директором «Белшины»\nВЕДУЩАЯ: Сегодня у нас директор ОАО «Белшина». Что "
        "нового в России?\nГОСТЬ: У нас в Подмосковье, в Ногинске, работает центр вместе с "
        "нашим партнёром, компанией «ШинТехЦентр». Там с прошлого года идёт восстановление шин и "
        "склад.")
    assert any(r["region"] == "Московская область"
               and {"Белшина", "ШинТехЦентр"} <= row_firms(r) for r in rows)


def test_there_with_a_place_of_its_own_borrows_no_firm() -> None:
    """«Там …» in a sentence naming a place of its own does not take the firms before."""
    rows = register_of(
        "Новости\nВ Ногинске работает склад ООО «ШинТехЦентр». В Туле там же открыт сервисный "
        "центр «Амкодор».")
    assert not [r for r in rows if r["region"] == "Тульская область"
                and "ШинТехЦентр" in row_firms(r)]


# ------------------------------------------------ «Его создали вместе с ООО «…»»


def test_founded_together_joins_the_centre_told_before() -> None:
    """«Открыт сервисный центр «Амкодор». Его создали вместе с ООО «…»»: one centre, two
    firms, in the place the first sentence named."""
    rows = register_of(
        "Хроника\nКОСТРОМА — В Галиче начал работу сервисный центр для погрузчиков «Амкодор». "
        "Его создали вместе с ООО «ГалЛесТехника». На трёх постах будут ремонтировать "
        "погрузчики.\nКАЗАНЬ — В Казани КАМАЗ и «Белкард» договорились о выпуске валов.")
    centre = [r for r in rows if "Амкодор" in row_firms(r)]
    assert len(centre) == 1
    assert centre[0]["region"] == "Костромская область"
    assert "ГалЛесТехника" in row_firms(centre[0])


def _kinds_read(text: str) -> list[list[str | None]]:
    """The kinds of each sentence's mentions, as the reader gives them."""
    article = make_article("t", text, date(2024, 5, 1))
    reader = ArticleReader(article, find_entities(article, ner=False))
    return [[m.kind for m in reader.mentions(i)] for i in range(len(reader.sents))]


def test_developed_together_stays_a_development() -> None:
    """«Его разработали вместе с …» develops the thing: the joint development stays; «Его
    создали вместе с …» founds the centre told before (no kind of its own)."""
    assert _kinds_read("Трактор\nМТЗ показал новый трактор. Его разработали вместе с ООО "
                       "«УралГидро» в Челябинске.")[-1] == ["joint_development"]
    assert _kinds_read("Центр\nМТЗ открыл центр. Его создали вместе с ООО «УралГидро» в "
                       "Челябинске.")[-1] != ["joint_development"]


# ----------------------------------------------- «ТО-центр», «совместная доработка»


def test_to_centre_of_the_firm_told_before() -> None:
    """«Гомсельмаш отчитался … . Его ТО-центр в Омске … обслуживает комбайны»: a service
    centre («ТО» is maintenance) of the firm the possessive points at."""
    rows = register_of(
        "Дайджест\nГомсельмаш отчитался по Сибири. Его ТО-центр в Омске с 2021 года "
        "обслуживает комбайны.")
    assert any(r["kind"] == "service_center" and r["region"] == "Омская область"
               and "Гомсельмаш" in row_firms(r) for r in rows)


def test_joint_refinement_of_an_engine_is_a_joint_development() -> None:
    """«договорились о совместной доработке двигателя»: a joint development."""
    rows = register_of(
        "Сводка\nММЗ и ярославское ООО «ЯрМотор» договорились о совместной доработке двигателя "
        "Д-245 под «Евро-5». Инженерную часть будут делать в Ярославле.")
    assert any(r["kind"] == "joint_development" and r["region"] == "Ярославская область"
               for r in rows)


def test_refinement_without_a_joint_word_is_no_project() -> None:
    """«доработка сайта» alone is no project (the cue needs «совместный»)."""
    rows = register_of("Новости\nВ Ярославле ООО «ЯрМотор» завершило доработку своего сайта.")
    assert rows == []


# ------------------------------------------ a dashed list of sites under a colon lead


_LIST_ARTICLE = (
    "МАЗ расширяет сибирскую сеть\nБелорусский производитель объявил о создании в Сибири "
    "сети сервисных площадок для грузовиков. Площадки разместят на базах крупных перевозчиков. "
    "В списке два адреса:\n— Бийск (Алтайский край) — вместе с ООО «АлтайТранс», где площадка "
    "уже работает;\n— Канск (Красноярский край) — на базе ООО «КанскАвто», запуск намечен на "
    "осень.")


def test_dashed_items_under_a_colon_lead_are_sites_of_the_kind_before() -> None:
    """Each dashed item naming a region is a service site of the network the lead told."""
    rows = register_of(_LIST_ARTICLE)
    sites = {r["region"]: r for r in rows if r["kind"] == "service_center"}
    assert {"Алтайский край", "Красноярский край"} <= set(sites)
    assert "МАЗ" in row_firms(sites["Алтайский край"])  # the headline's maker
    assert sites["Алтайский край"]["status"] == "operating"
    assert sites["Красноярский край"]["status"] == "planned"


def test_dashed_answers_in_an_interview_are_no_list() -> None:
    """An interview's dashed answer follows a question, not a colon lead: no site from it."""
    rows = register_of(
        "Интервью\nМАЗ открыл сеть сервисных площадок.\n— А где ещё?\n— Бийск (Алтайский край) "
        "— там идут переговоры о поставках.")
    assert not [r for r in rows if "Бийск" in r["evidence"]]


def test_parts_in_an_exchange_stock_are_not_made() -> None:
    """«обменный фонд двигателей, гидроцилиндров и мотор-колёс» on each site: stock."""
    rows = register_of(
        "Сервис в Кузбассе\nВ Кемерове на сервисной площадке ООО «КузбассТех» будет обменный "
        "фонд двигателей, гидроцилиндров и мотор-колёс БелАЗ.")
    assert not [r for r in rows if r["kind"] == "component_production"]


def test_approving_a_project_is_in_progress() -> None:
    """«здесь пока согласовывают проект ремонтного бокса»: the site is being agreed, a stage."""
    rows = register_of(_LIST_ARTICLE.replace("где площадка уже работает",
                                             "здесь пока согласовывают проект бокса"))
    sites = {r["region"]: r for r in rows if r["kind"] == "service_center"}
    assert sites["Алтайский край"]["status"] == "in_progress"


def test_an_agreed_project_stays_agreed() -> None:
    """«согласовали» (done) is no work in progress."""
    rows = register_of(
        "Сервис\nВ Бийске ООО «АлтайТранс» и МАЗ согласовали создание сервисного центра.")
    assert rows and all(r["status"] != "in_progress" for r in rows)


# ------------------------------------- the assembly step of a parts plant in its town


def test_assembly_step_in_the_parts_plants_town_is_that_plant() -> None:
    """«В Ельце заработал участок по производству редукторов … . Валы пока делают в Гомеле,
    сборку и испытания — в Ельце»: one parts project, not a second firm-less assembly."""
    rows = register_of(
        "Редукторы из Ельца\nВ Ельце заработал участок по производству редукторов для "
        "сельхозтехники. Его открыли местное ООО «ЕлецМаш» и гомельский завод "
        "«Гидроавтоматика».\nВалы и шестерни пока делают в Гомеле, сборку и испытания — в "
        "Ельце.")
    assert len(rows) == 1 and rows[0]["kind"] == "component_production"


def test_assembly_in_another_town_stays_apart() -> None:
    """A firm-less assembly in another town of the region is not the parts plant's."""
    rows = register_of(
        "Редукторы из Ельца\nВ Ельце заработал участок по производству редукторов для "
        "сельхозтехники. Его открыли местное ООО «ЕлецМаш» и гомельский завод "
        "«Гидроавтоматика».\nВ Данкове начали сборку тракторов.")
    assert any(r["kind"] == "assembly" for r in rows)


# ------------------------------------------------------------------- the buyers


def test_buyers_listed_are_no_project() -> None:
    """«Основными покупателями станут … и филиал «Амкодора», который ремонтирует погрузчики»:
    customers, not a service project of theirs."""
    rows = register_of(
        "Цилиндры из Ельца\nВ Ельце ООО «ЕлецМаш» выпускает гидроцилиндры с 2023 года. "
        "Основными покупателями станут тамбовские сборщики прицепов, а также филиал «Амкодора» "
        "в Тамбове, который ремонтирует погрузчики.")
    assert not [r for r in rows if "Амкодор" in row_firms(r)]
    assert any("ЕлецМаш" in row_firms(r) for r in rows)


def test_a_buyer_named_late_does_not_cancel_the_project() -> None:
    """A buyer word later in the sentence is no topic: «… наладило выпуск кабин для
    покупателей МТЗ» stays a project."""
    rows = register_of(
        "Кабины\nВ Тамбове ООО «ТамбовКаб» совместно с МТЗ наладило выпуск кабин для "
        "российских покупателей тракторов.")
    assert any("ТамбовКаб" in row_firms(r) for r in rows)


# ------------------------------------------------------------- «ещё и» is «also»


def test_also_serving_another_region_continues_the_centre() -> None:
    """«Его ТО-центр в Омске принял на ремонт 200 комбайнов. Центр работает с 2021 года,
    обслуживает ещё и соседние районы»: «ещё и» is «also», the sentence continues the centre
    and gives it its stage."""
    rows = register_of(
        "Дайджест\nГомсельмаш отчитался по Сибири. Его ТО-центр в Омске за зиму принял на "
        "ремонт 200 комбайнов. Центр работает с 2021 года, обслуживает ещё и соседние районы.")
    centre = [r for r in rows if "Гомсельмаш" in row_firms(r)]
    assert centre and centre[0]["region"] == "Омская область"
    assert centre[0]["status"] == "operating"


def test_another_site_is_still_another() -> None:
    """«Ещё один центр работает в Тюмени» announces another site, as before."""
    from analysis.projects.cues import tokens
    from analysis.projects.pointing_words import tells_another
    text = "Ещё один центр работает в Тюмени, обслуживает ещё и Курган."
    assert tells_another(tokens(text, 0, len(text)))
    text = "Центр работает с 2021 года, обслуживает ещё и Курган."
    assert not tells_another(tokens(text, 0, len(text)))
