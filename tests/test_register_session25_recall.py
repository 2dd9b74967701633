"""Session 25 (issue 11, register recall): classes of misses pooled from every dev part, each
shown on text written here.

* a Belarusian town named by its adjective before a site noun («на оршанском филиале», «цех
  пинского завода») places the work in Belarus, as an oblast's adjective does («на гомельской
  площадке»); the Russian partner's home adjective is then no place of it;
* Belarus's district towns (Сморгонь, Слоним, Ивацевичи …) are places of the gazetteer; those
  whose case forms are also surnames only after «в» («в Быхове»: «по словам Быхова» is a man);
* a role noun («дилер») or «партнёры» as the subject after an opening adverbial or an opening
  subordinate clause («В будущем году дилер планирует …», «Если …, партнёры намерены …»)
  stands for the firms the story introduced, as it does opening the sentence.
"""

from __future__ import annotations

from conftest import register_of, row_firms, row_region

from analysis.entities import find_regions
from analysis.projects.town_adjectives import article_town_adjectives


def test_a_belarusian_town_adjective_is_a_place() -> None:
    found = article_town_adjectives("Корпуса варят на оршанском филиале, а красят на пинском заводе.", [])
    assert [(e.surface, e.normal, e.role) for e in found] == [
        ("оршанском", "Витебская область", "town_adjective"),
        ("пинском", "Брестская область", "town_adjective")]


def test_a_belarusian_town_listed_only_after_v_gives_its_adjective_too() -> None:
    # «Борисов» is listed as «в Борисове» (a surname too); its adjective is safe
    found = article_town_adjectives("На борисовском заводе запущен новый участок.", [])
    assert [(e.normal, e.role) for e in found] == [("Минская область", "town_adjective")]


def test_work_at_a_belarusian_towns_branch_has_no_russian_region() -> None:
    rows = register_of(
        "Смоленские и белорусские мебельщики объединяют усилия\n"
        "ОАО «Белмедмебель» и правительство Смоленской области подписали соглашение о создании в "
        "Рославле совместного предприятия по выпуску лабораторной мебели.\n"
        "Кооперация идёт и в Беларуси. На оршанском филиале «Белмедмебели» серийно собирают "
        "процедурные столы с подъёмными механизмами российского АО «Медсистемы».")
    assert [row_region(r) for r in rows if "Медсистемы" in row_firms(r)] == [None]
    assert "Смоленская область" in [row_region(r) for r in rows if row_firms(r) == {"Белмедмебель"}]


def test_belarusian_district_towns_are_places() -> None:
    for text, oblast in (("Образец собирают в Сморгони.", "Гродненская область"),
                         ("Линию ставят в Слониме.", "Гродненская область"),
                         ("Цех строят в Ивацевичах.", "Брестская область"),
                         ("Узлы делают в Быхове.", "Могилёвская область")):
        assert [e.normal for e in find_regions(text)] == [oblast], text


def test_a_surname_like_town_is_no_place_without_v() -> None:
    assert find_regions("По словам Быхова, заказ выполнен. Дятлов подтвердил сроки.") == []


def test_the_next_sentences_belarusian_district_town_is_the_site_of_a_joint_development() -> None:
    rows = register_of(
        "Сморгонь и Тверь разрабатывают культиватор\n"
        "Конструкторы ОАО «Сморгонский агрегатный завод» вместе с тверской компанией "
        "«ВерхневолжьеАгроТех» разрабатывают навесной культиватор для малых тракторов. "
        "Опытные образцы собирают в Сморгони, испытания пройдут на полях Тверской области.")
    joint = [r for r in rows if r["kind"] == "joint_development"]
    assert [row_region(r) for r in joint] == [None]


def test_a_dealer_as_subject_after_an_opening_adverbial_is_the_dealer_introduced() -> None:
    rows = register_of(
        "Сервис «Палессе» идёт на север\n"
        "Комбайны ремонтирует сервисный центр ООО «ВолгоАгроСервис» в Энгельсе — официального "
        "дилера ОАО «Гомсельмаш». Центр работает с 2021 года и держит склад запчастей.\n"
        "Опыт решено повторить у соседей. В будущем году дилер планирует открыть такой же "
        "сервисный центр в Балашове Саратовской области и в Камышине Волгоградской области.")
    volgograd = [r for r in rows if row_region(r) == "Волгоградская область"]
    assert volgograd and all(row_firms(r) & {"Гомсельмаш", "ВолгоАгроСервис"} for r in volgograd)


def test_the_partners_of_an_opening_conditional_are_the_storys_parties() -> None:
    rows = register_of(
        "Белорусы и псковичи делают льноуборочный комбайн\n"
        "ОАО «Лидагропроммаш» и псковское ООО «ЛёнТехМаш» ведут совместную разработку "
        "льноуборочного комбайна. Опытный образец собирают в цехе «ЛёнТехМаша» в Пскове.\n"
        "«Машина нужна хозяйствам уже в этом сезоне», — сказал директор псковской компании.\n"
        "Испытания начнутся летом. Если машина себя покажет, партнёры намерены выстроить "
        "обслуживание там, где растёт лён. Сервисные пункты планируется открыть на базе "
        "дилеров в Тверской и Смоленской областях.")
    for oblast in ("Тверская область", "Смоленская область"):
        service = [r for r in rows if row_region(r) == oblast]
        assert service and row_firms(service[0]) >= {"Лидагропроммаш", "ЛёнТехМаш"}, oblast


def test_partners_left_unnamed_after_one_firm_borrow_no_firm() -> None:
    rows = register_of(
        "Белорусский завод договорился о сборке жаток\n"
        "ОАО «Гомсельмаш» подписало с партнёрами в Ростовской и Воронежской областях соглашения "
        "о сборке жаток.\n"
        "В Ростовской области площадкой станет ООО «ДонЖатка» в Сальске. Воронежский партнёр "
        "завода в компании не называют. Известно лишь, что речь идёт о действующем ремонтном "
        "заводе.")
    assert not [r for r in rows if row_firms(r) == {"ДонЖатка"} and r["kind"] == "service_center"]


def test_a_place_in_apposition_takes_the_work_of_its_clause() -> None:
    # «…идут у нас, в Гомеле, на площадке…»: the place between commas has no verb of its own
    rows = register_of(
        "Гомель и Томск создают буровую установку\n"
        "Гомель, 3 марта (БЕЛТА) – ОАО «Гидропривод» совместно с томской компанией ООО "
        "«СибБурТех» ведёт разработку малой буровой установки для геологоразведки. Об этом "
        "сообщил главный инженер предприятия.\n"
        "«Проектирование и сборка первого образца идут у нас, в Гомеле, на площадке опытного "
        "цеха. Томские коллеги отвечают за гидравлику», — рассказал он.")
    joint = [r for r in rows if "СибБурТех" in row_firms(r)]
    assert [row_region(r) for r in joint] == [None]


def test_a_russian_place_in_the_accusative_after_a_shipping_verb_is_where_goods_go() -> None:
    from analysis.projects.cues import tokens
    from analysis.projects.location import shipped_to

    for text, gone in (("Готовые рамы приходят в Самару по железной дороге.", True),
                       ("Готовые рамы поставляют в Самарскую область.", True),
                       ("Рамы, собранные в Самаре, поставляют заказчикам.", False)):
        toks = tokens(text, 0, len(text))
        place = find_regions(text)[0]
        assert shipped_to(text, toks, place) is gone, text


def test_a_firm_the_list_lacks_named_after_a_belarusian_town_is_belarusian() -> None:
    from analysis.projects.town_adjectives import belarusian_home

    assert belarusian_home("Пинский завод литейных форм") == "Брестская область"
    assert belarusian_home("Могилевский завод вентиляторов") == "Могилёвская область"
    assert belarusian_home("Тверской завод вентиляторов") is None


def test_parts_cast_at_an_unlisted_belarusian_plant_and_sent_to_russia_are_made_in_belarus() -> None:
    rows = register_of(
        "Самарские и белорусские машиностроители делают насосные станции\n"
        "Самарская компания ООО «ВолгаНасосТех» и ОАО «Гидропривод» ведут совместную разработку "
        "насосной станции для мелиорации. Конструкторская группа работает в Самаре.\n"
        "Кооперация не ограничивается разработкой. С прошлого года корпуса насосов для самарских "
        "станций отливают и обрабатывают на ОАО «Пинский завод литейных форм», готовые детали "
        "приходят в Самару по железной дороге.")
    cast = [r for r in rows if "Пинский завод литейных форм" in row_firms(r)]
    assert [row_region(r) for r in cast] == [None]


def test_a_plant_named_by_its_belarusian_towns_adjective_in_the_next_sentence_is_the_site() -> None:
    rows = register_of(
        "Лида и Тюмень создают мульчер\n"
        "ОАО «Лидагропроммаш» и тюменская компания ООО «СибЛесТехника» ведут совместную "
        "разработку лесного мульчера для тракторов. Проектированием занимается "
        "конструкторское бюро лидского завода, там же собраны два опытных образца.\n"
        "Испытания пройдут зимой.")
    joint = [r for r in rows if r["kind"] == "joint_development"]
    assert [row_region(r) for r in joint] == [None]


def test_a_belarusian_plant_as_a_partner_in_the_instrumental_is_no_site() -> None:
    rows = register_of(
        "Трамвайные тележки сделают на месте\n"
        "Трамваи «Витязь» на линиях Казани с осени обслуживает сам производитель.\n"
        "По условиям соглашения, подписанного весной с Казанским вагонным заводом, с 2026 года "
        "тележки для новых трамваев будут изготавливать на КВЗ. Для Казани это не первый опыт "
        "работы с минским предприятием.")
    assert [row_region(r) for r in rows] == ["Республика Татарстан"]
