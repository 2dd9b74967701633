"""False rows (session 27, issue 11: precision on text nobody tuned on).

Each class was found among the extra rows of the study set (the dev parts up to round 33 and
of rounds 38 and 39) and kept only where the validation set (the dev parts of rounds 34–37)
did not get worse; the sentences here are our own, written in the style of the news.
"""

from __future__ import annotations

from conftest import register_of


def _rows(text: str) -> list[tuple[str | None, str]]:
    return sorted((r["region"] if isinstance(r["region"], str) else "", r["kind"])
                  for r in register_of(text))


def test_a_warehouse_a_seller_trades_from_is_no_project() -> None:
    """«держит склад в … и торгует через него»: a Belarusian seller's warehouse it sells from
    is a dealer's stock, no project."""
    text = ("Дорожные организации Псковской области по-прежнему берут ограждения у гродненского "
            "ОДО «Металлопрофиль», которое держит склад в Пскове и торгует через него напрямую.")
    assert _rows(text) == []


def test_a_wholesale_warehouse_card_of_goods_made_elsewhere_is_no_project() -> None:
    """A card «Оптовый склад …» whose goods are «хранение и реализация техники белорусского
    производства»: «производства» after an origin adjective says where the goods were made,
    not that the warehouse makes anything."""
    text = ("Проект № 12. Оптовый склад дорожной техники\n"
            "Инвестор: ООО «Техснаб-Тверь»\n"
            "Продукция: хранение и реализация техники белорусского и российского производства\n"
            "Площадка: Тверь, Московское шоссе\n"
            "Объем инвестиций: 90 млн руб.\n"
            "Стадия: строительство")
    assert _rows(text) == []


def test_a_spare_parts_warehouse_with_a_service_centre_stays() -> None:
    """A warehouse of spare parts beside a service centre stays a project."""
    text = ("В Кургане дилер МТЗ открыл сервисный центр и склад запчастей для тракторов "
            "«Беларус».")
    assert _rows(text) != []


_CENTRE = "В Твери работает сервисный центр МАЗ на базе ООО «Тверьавтосервис».\n\n"
_PLAN = ("Ещё в 2015 году в Твери собирались строить совместный с белорусами завод по выпуску "
         "кузовов для самосвалов.")


def test_an_agreement_cancelled_cancels_the_firmless_plan_told_last() -> None:
    """«Инвестиционное соглашение подписали …, но через год его расторгли»: the agreement the
    plan stood on, cancelled, cancels the plan told just before, though it names no firm (the
    project told last is the firmless plan, not the firm's centre before it)."""
    assert _rows(_CENTRE + _PLAN) == [("Тверская область", "component_production"),
                                      ("Тверская область", "service_center")]
    cancelled = _PLAN + " Инвестиционное соглашение подписали на форуме, но через год его расторгли."
    assert _rows(_CENTRE + cancelled) == [("Тверская область", "service_center")]


def test_a_two_word_service_sought_elsewhere_is_no_centre() -> None:
    """«за гарантийным обслуживанием фермеры обращаются в …»: what people go elsewhere for,
    adjective and all, is no service of the dealer the sentence names."""
    text = ("В Ишиме работает дилерский центр МТЗ, открытый в 2015 году; за гарантийным "
            "обслуживанием фермеры обращаются в районные ремонтные предприятия.")
    assert _rows(text) == []


def test_the_repair_shops_people_turn_to_are_no_centre() -> None:
    """«за гарантийным ремонтом … обращаются в районные ремонтные предприятия»: the place
    people turn to, named by a service adjective after the sought repair, is none either."""
    text = ("В Ишиме работает дилерский центр МТЗ, открытый в 2015 году; за гарантийным "
            "ремонтом фермеры обращаются в районные ремонтные предприятия.")
    assert _rows(text) == []


def _kinds_read(text: str) -> list[list[str | None]]:
    """The kinds of each sentence's mentions, as the reader gives them."""
    from datetime import date

    from conftest import make_article

    from analysis.entities import find_entities
    from analysis.projects.reader import ArticleReader

    article = make_article("t", text, date(2024, 5, 1))
    reader = ArticleReader(article, find_entities(article, ner=False))
    return [[m.kind for m in reader.mentions(i)] for i in range(len(reader.sents))]


def test_a_former_repair_plant_is_a_site_not_a_service_centre() -> None:
    """«монтируют на бывшем ремонтном заводе»: what a site used to be is no service centre."""
    assert "service_center" not in _kinds_read(
        "В Кургане отвалы на тракторы МТЗ монтируют на бывшем ремонтном заводе.")[0]
    assert "service_center" in _kinds_read(
        "В Кургане тракторы МТЗ ремонтируют на ремонтном заводе «Зауралье».")[0]


def test_a_firms_path_from_a_repair_shop_is_its_past() -> None:
    """«прошло путь от ремонтной мастерской … до холдинга»: the firm's history, no centre."""
    assert "service_center" not in _kinds_read(
        "За сорок лет ОАО «Гомельагрокомплект» прошло путь от ремонтной мастерской колхоза до "
        "холдинга с заводами в трёх областях.")[0]


def test_a_party_named_for_a_venture_joins_the_venture_told() -> None:
    """«С российской стороны участником СП станет … ООО «…»»: the party of the venture the
    article told two sentences before (its maker «Лидский литейный завод», a Belarusian firm
    by its town though the list lacks it) joins that venture; no second row."""
    text = ("Лидский завод и Калуга договорились о СП\n"
            "Белорусское ОАО «Лидский литейный завод» и правительство Калужской области подписали "
            "меморандум о создании совместного предприятия по выпуску чугунных радиаторов в "
            "индустриальном парке «Ворсино». Документ подписан в Минске. С российской стороны "
            "участником СП станет калужская компания ООО «КалугаТепло».")
    rows = register_of(text)
    assert [(r["region"], r["kind"]) for r in rows] == [("Калужская область", "joint_venture")]
    assert set(rows[0]["enterprises"].split(";")) == {"КалугаТепло", "Лидский литейный завод"}


def test_parts_the_next_verb_sells_are_goods_traded() -> None:
    """«запчасти к старым тракторам завод продаёт российским дилерам»: parts whose clause's
    next verb is a trade verb are goods sold, no parts production."""
    read = _kinds_read("Тракторы собирают в Калуге. Не всё, что делают в цехе, идёт в Калугу: "
                       "запчасти к старым тракторам завод продаёт российским дилерам напрямую.")
    assert read == [["assembly"], []]


def test_a_town_adjective_of_two_towns_names_the_one_the_article_names() -> None:
    """«кировская компания» may be of Киров or of Кировск: the article's «в Кирове» decides,
    and the partner's assembly is the one project in Kirov."""
    text = ("Гомельские косилки будут собирать в Кирове\n\n"
            "ОАО «Гомсельмаш» и кировское ООО «Вятка-Агро» подписали соглашение о сборке косилок "
            "в Кирове. На первом этапе кировская компания будет собирать машины из белорусских узлов.")
    assert [(r["region"], r["location"]) for r in register_of(text)] == [("Кировская область", "Киров")]


def test_towns_of_adjective_gives_every_town() -> None:
    from analysis.entities import town_of_adjective, towns_of_adjective

    assert set(towns_of_adjective("кировская")) == {"Кировск", "Киров"}
    assert town_of_adjective("кировская") == towns_of_adjective("кировская")[0]


def test_a_headlines_warehouse_is_the_one_its_lead_tells() -> None:
    """A headline «… открыл склад белорусских товаров в Омске» over a lead that tells the
    warehouse stores and ships goods: the headline's warehouse is that trade logistics too."""
    text = ("Интернет-магазин открыл склад белорусских товаров в Омске\n\n"
            "Российский интернет-магазин «Полка» открыл в Омске склад для хранения и отгрузки "
            "белорусских продуктов покупателям Сибири.")
    assert _rows(text) == []
