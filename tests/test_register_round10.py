"""The register's rules added after studying the round-10 dev part (issue 11), one test per
rule, on texts written here in the style of a state agency's reports, company-register and
court news, investment councils' lists, trade-press reviews, dealer networks, denials and
long features: denials that introduce speech or negate another verb, parts listed for sale,
registry names, lists that point back at a count, repeated kind cues, town adjectives, firms
named by a town's adjective, ventures named by their founders, and no-enterprise list items."""

from __future__ import annotations

from conftest import make_article, register_of, row_firms

from analysis.entities import find_enterprises, find_entities, town_of_adjective
from analysis.projects.cues import tokens
from analysis.projects.stance import denied


def by_region(rows: list[dict]) -> dict:
    return {r["region"]: r for r in rows}


# --------------------------------------------------------------------------- denials


def test_talks_said_not_to_be_held_deny_the_plan() -> None:
    """«Никаких переговоров … не ведётся»: a negated «вести(сь)» denies the rumoured assembly."""
    talks = ("«Никаких переговоров с МТЗ о локализации производства в регионе не ведётся», — "
             "заявили в правительстве Курганской области.")
    assert denied(tokens(talks, 0, len(talks)), talks)
    rows = register_of(
        "Мэрия опровергла слухи о сборке тракторов\n"
        "Правительство области опровергло сообщения о том, что Минский тракторный завод "
        "откроет сборку в Курганской области.\n" + talks)
    assert rows == [], rows


def test_a_denial_that_introduces_speech_keeps_the_plan_said() -> None:
    """«В холдинге это опровергли: «Мы планируем открыть центр…»»: the denial is of the
    rumour before; the plan in the quoted speech is a project."""
    rows = register_of(
        "Слухи о сворачивании сервиса не подтвердились\n"
        "Отраслевой сайт написал, что «Гомсельмаш» свернул свои планы в Курской области.\n"
        "В компании это опровергли: «Мы планируем открыть сервисный центр в Курске осенью, "
        "площадка уже подобрана».")
    assert [(r["region"], r["status"]) for r in rows] == [("Курская область", "planned")], rows
    assert "Гомсельмаш" in row_firms(rows[0])


def test_a_negated_auxiliary_of_another_verb_denies_nothing() -> None:
    """«решение … принимать не будут»: the negated «будут» goes with «принимать», not with
    the plan to open a centre; the plan stands."""
    toks = tokens(t := "Компания собиралась открыть центр, но решение до суда принимать не будут.",
                  0, len(t))
    assert not denied(toks, t)
    toks = tokens(t := "Компания не будет открывать центр в этом году.", 0, len(t))
    assert denied(toks, t)


def test_a_negation_before_a_dash_does_not_reach_the_stage() -> None:
    """«инвестор не раскрывается — планируется»: the negation is of the investor's name;
    the list item's plan is a project of its own."""
    rows = register_of(
        "Совет по инвестициям Тверской области одобрил три проекта\n"
        "Члены совета поддержали следующие проекты:\n"
        "1. создание сервисного центра по ремонту белорусской техники, Ржев, инвестор не "
        "раскрывается — планируется;\n"
        "2. ООО «ТверьХлеб» — хлебозавод, Торжок — строится.")
    assert len(rows) == 1, rows
    assert rows[0]["region"] == "Тверская область" and rows[0]["kind"] == "service_center"
    assert rows[0]["status"] == "planned"


# --------------------------------------------------------------------------- what is no project


def test_parts_a_dealer_will_sell_are_no_parts_plant() -> None:
    """«Новые дилеры будут продавать комбайны, жатки и запчасти»: parts whose nearest verb is
    a selling verb are goods, not a component production."""
    rows = register_of(
        "«Бобруйскагромаш» назвал новых дилеров на Урале\n"
        "Белорусский производитель «Бобруйскагромаш» подписал дилерские договоры с компаниями "
        "в Пермском крае и Свердловской области. Новые дилеры будут продавать "
        "пресс-подборщики, косилки и запчасти.")
    assert not any(r["kind"] == "component_production" for r in rows), rows


def test_a_registry_is_no_partner() -> None:
    """«запись в Едином государственном реестре»: the registry the NER finds is no party."""
    from analysis.projects.partners import partner_name

    text = "В Едином государственном реестре юридических лиц появилась запись."
    org = find_entities(make_article("t", text, None), ner=False)
    assert all(e.normal != "Единый государственный реестр" for e in org)
    from analysis.entities import Entity
    e = Entity(start=2, end=31, surface="Едином государственном реестре", type="organization",
               normal="Единый государственный реестр", role=None)
    assert partner_name(text, e) is None


def test_a_life_cycle_contract_is_no_full_cycle_production() -> None:
    """«контракты полного жизненного цикла» are service contracts, not «полный цикл»."""
    rows = register_of(
        "Сервис карьерной техники в Хакасии\n"
        "ООО «Абакан-Белтех» — сервисный центр БелАЗа в Черногорске, он работает с 2019 года.\n"
        "Здесь ремонтируют мотор-колёса самосвалов.\n"
        "В прошлом году центр нанял ещё 40 человек.\n"
        "Предприятие работает с угольными компаниями, в том числе по контрактам полного "
        "жизненного цикла.")
    assert [r["kind"] for r in rows] == ["service_center"], rows


# --------------------------------------------------------------------------- places


def test_a_hyphenated_town_in_the_locative_is_that_town() -> None:
    """«в Ленинске-Кузнецком»: both parts inflect; the town is in Kuzbass, not «Кузнецк» of
    the Penza region."""
    article = make_article("t", "А в Ленинске-Кузнецком открылась мастерская.", None)
    regions = {e.normal for e in find_entities(article, ner=False) if e.type == "region"}
    assert regions == {"Кемеровская область"}


def test_region_adjectives_with_towns_in_brackets_list_two_regions() -> None:
    """«в Саратовской (Балаково) и Волгоградской (Михайловка) областях»: two regions, two
    rows; «заводские сервисные центры» are the maker's own."""
    rows = register_of(
        "МТЗ обновил сервисную сеть\n"
        "Минский тракторный завод подвёл итоги работы в Поволжье.\n"
        "Техническое обслуживание тракторов ведут заводские сервисные центры, которые уже "
        "работают в Саратовской (Балаково) и Волгоградской (Михайловка) областях.")
    assert set(by_region(rows)) == {"Саратовская область", "Волгоградская область"}, rows
    assert all("МТЗ" in row_firms(r) for r in rows), rows


def test_town_adjectives_name_their_town() -> None:
    """«кстовское», «тихорецким», «елецкого»: a town's adjective in any case is the town;
    country adjectives and common words are none."""
    assert town_of_adjective("кстовское") == "Кстово"
    assert town_of_adjective("тихорецким") == "Тихорецк"
    assert town_of_adjective("елецкого") == "Елец"
    assert town_of_adjective("российский") is None
    assert town_of_adjective("технический") is None


# --------------------------------------------------------------------------- firms


def test_a_town_adjective_before_a_quoted_name_introduces_a_company() -> None:
    """«кстовским «Техмашем»»: a company of that town, named in the nominative."""
    names = {e.normal for e in find_enterprises("учреждённое кстовским «Техмашем» и другими")}
    assert names == {"Техмаш"}


def test_a_firm_named_by_its_towns_adjective_is_the_firm_introduced_so() -> None:
    """«кстовское предприятие намерено освоить сборку»: the firm introduced as «кстовским
    «Техмашем»», located in Kstovo."""
    rows = register_of(
        "В Бресте заработало совместное предприятие\n"
        "СООО «БрестПрицеп», учреждённое брестским ОАО «Брестсельмаш» и кстовским «Техмашем», "
        "выпустило первую партию прицепов.\n"
        "Со своей стороны кстовское предприятие намерено освоить у себя сборку плугов "
        "брестской марки.")
    kstovo = [r for r in rows if r["region"] == "Нижегородская область"]
    assert len(kstovo) == 1, rows
    assert "Техмаш" in row_firms(kstovo[0]) and kstovo[0]["location"] == "Кстово"
    assert kstovo[0]["kind"] == "assembly" and kstovo[0]["status"] == "planned"


def test_a_venture_announced_without_firms_takes_the_firms_of_the_next_sentence() -> None:
    """«В Бресте заработало СП. СООО «…», учреждённое брестским … и кстовским …»: the founders'
    adjectives do not move the venture to Russia; one venture in Brest with its firms."""
    rows = register_of(
        "В Бресте заработало совместное белорусско-российское предприятие\n"
        "СООО «БрестПрицеп», учреждённое брестским ОАО «Брестсельмаш» и кстовским «Техмашем», "
        "выпустило первую партию тракторных прицепов.")
    assert len(rows) == 1, rows
    assert rows[0]["kind"] == "joint_venture" and rows[0]["location"] == "Брест"
    assert {"Брестсельмаш", "Техмаш"} <= row_firms(rows[0]), rows


def test_a_legal_form_makes_a_programme_named_firm_a_company() -> None:
    """«ООО «Автоэлектроника-Рус»»: a company, though a programme is named «Автоэлектроника»;
    «совместное с … предприятие» is a joint venture."""
    names = {(e.type, e.normal) for e in find_enterprises("с российским ООО «Автоэлектроника-Рус»")}
    assert names == {("enterprise", "Автоэлектроника-Рус")}
    rows = register_of(
        "МАЗ расширил кооперацию\n"
        "В Минске продолжает работу совместное с российским ООО «Автоэлектроника-Рус» "
        "предприятие по выпуску электронных блоков управления.")
    assert len(rows) == 1 and rows[0]["kind"] == "joint_venture", rows
    assert "Автоэлектроника-Рус" in row_firms(rows[0]) and "Автоэлектроника" not in row_firms(rows[0])


# --------------------------------------------------------------------------- lists and counts


def test_a_list_after_a_count_of_sites_takes_its_firm() -> None:
    """«…открыла пять новых станций. Новые сервисные центры начали работу в …, … и …»: the
    listed centres are the firm's, though a paragraph break stands between."""
    rows = register_of(
        "Холдинг расширил сервис\n"
        "В 2025 году управляющая компания холдинга «БЕЛАВТОМАЗ» открыла в Российской Федерации "
        "четыре новые станции технического обслуживания автомобилей МАЗ.\n"
        "Новые сервисные центры начали работу в Курской и Орловской областях, а также в "
        "Республике Мордовия и Пермском крае.\n"
        "Каждый из них оснащён диагностическим оборудованием.")
    assert set(by_region(rows)) == {"Курская область", "Орловская область",
                                    "Республика Мордовия", "Пермский край"}, rows
    assert all("МАЗ" in row_firms(r) for r in rows), rows


def test_other_sites_of_a_count_borrow_no_firm() -> None:
    """«Ещё две площадки — в … и … областях — собирают сельхозтехнику»: other sites, whose
    makers the text does not name, borrow no firm from the sentence before."""
    rows = register_of(
        "Итоги года\n"
        "В России действуют 12 сборочных производств. В их числе — сборка тракторов «Беларус» "
        "в Курганской области. Ещё две площадки — в Тюменской и Омской областях — собирают "
        "сельхозтехнику по белорусской технологии.")
    regions = by_region(rows)
    assert row_firms(regions["Курганская область"]) == {"МТЗ"}, rows
    assert not row_firms(regions["Тюменская область"]) and not row_firms(regions["Омская область"])


def test_the_members_of_a_count_take_its_stage() -> None:
    """«Действует 12 производств. В их числе — сборка …»: the listed items are operating."""
    rows = register_of(
        "Итоги года\n"
        "В России действуют 12 сборочных производств белорусской техники. В их числе — "
        "сборка тракторов «Беларус» в Курганской области.")
    assert [(r["region"], r["status"]) for r in rows] == [("Курганская область", "operating")]


def test_a_kind_cue_said_again_after_a_comma_opens_a_project_of_its_own() -> None:
    """«сборка тракторов «Беларус» в …, крупноузловая сборка автобусов МАЗ в …»: two
    assemblies, each with its maker and its region."""
    rows = register_of(
        "Итоги года\n"
        "В России действуют 12 сборочных производств. В их числе — сборка тракторов «Беларус» "
        "в Курганской области, крупноузловая сборка автобусов МАЗ в Ульяновской области.")
    regions = by_region(rows)
    assert row_firms(regions["Курганская область"]) == {"МТЗ"}, rows
    assert row_firms(regions["Ульяновская область"]) == {"МАЗ"}, rows


# --------------------------------------------------------------------------- kinds and stages


def test_design_work_of_both_sides_is_a_joint_development() -> None:
    """«конструкторы Елецкого … завода вместе с коллегами из «Бобруйскагромаша» ведут
    проектирование»: a development in progress; the town in the firm's name makes it Russian."""
    rows = register_of(
        "Кооперация в Черноземье\n"
        "В Липецкой области работают с белорусскими партнёрами.\n"
        "Конструкторы ОАО «Елецкий элеваторный завод» вместе с коллегами из "
        "«Бобруйскагромаша» ведут проектирование модульной зерносушилки.")
    assert len(rows) == 1, rows
    assert rows[0]["kind"] == "joint_development" and rows[0]["status"] == "in_progress"
    assert "Бобруйскагромаш" in row_firms(rows[0])


def test_parts_made_in_a_russian_town_are_a_parts_plant_at_work() -> None:
    """«Гидроцилиндры для погрузчика делают в Рыбинске — их поставляет ООО «…»»: made
    there now (present «делают»), though a supply verb follows."""
    rows = register_of(
        "Тест-драйв: погрузчик «Амкодор»\n"
        "Мы испытали погрузчик «Амкодор» на карьере под Ярославлем.\n"
        "Гидроцилиндры для российской версии делают в Рыбинске — их поставляет ООО "
        "«ВолгаГидро».")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Ярославская область", "component_production", "operating")], rows


def test_a_denied_closure_confirms_the_line_at_work() -> None:
    """«опровергли слухи о закрытии сборки: линия работает в штатном режиме»: denying a
    closure is no denial of the project; «в штатном режиме» is its operating stage."""
    rows = register_of(
        "Сборку комбайнов не закрывают\n"
        "В ООО «ОрёлАгроСборка» опровергли слухи о закрытии сборки комбайнов «Палессе» в "
        "Орле: конвейер загружен заказами. Сборка ведётся в штатном режиме, с начала года собрано 60 машин.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Орловская область", "assembly", "operating")], rows


def test_a_plan_the_company_does_not_consider_is_denied() -> None:
    """«компания не рассматривает сборку в Кузбассе»: a negated consideration is a denial;
    «не только … но и» negates nothing."""
    text = "В БелАЗе заявили, что компания не рассматривает сборку самосвалов в Кузбассе."
    assert denied(tokens(text, 0, len(text)), text)
    text = "Завод не только собирает тракторы, но и обслуживает их."
    assert not denied(tokens(text, 0, len(text)), text)
