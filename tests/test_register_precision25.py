"""Rows that are no project, and one project read twice (session 25, precision).

Each class was found among the extra rows of the pooled dev parts; the sentences here are
our own, written in the style of the news.
"""

from __future__ import annotations

from conftest import register_of


def _regions(text: str) -> list[str | None]:
    return sorted((r["region"] or "") for r in register_of(text))


def test_a_plan_dropped_with_its_reason_after_a_colon_is_no_project() -> None:
    """«решено отказаться: партнёра не нашли»: the colon explains the denial; only a colon
    and a quotation («опровергли: «Мы планируем …»») introduce the speaker's own word."""
    text = ("От сборки погрузчиков «Амкодор» в Курганской области, которую обсуждали два года, "
            "решено отказаться: подходящей площадки в регионе так и не нашли.")
    assert register_of(text) == []


def test_a_coordinated_genitive_before_net_lacks_both() -> None:
    """«Сборочных или сервисных проектов … нет»: both coordinated words belong to the phrase
    that «нет» says does not exist."""
    text = "Сборочных или сервисных проектов в Перми у МТЗ нет — обслуживание тракторов ведёт сам покупатель."
    assert register_of(text) == []


def test_a_negated_decision_sets_nothing_up() -> None:
    """«не принимало решений о создании совместных производств»: no decision, no project."""
    text = ("В отчётном квартале общество не принимало решений об участии в создании совместных "
            "производств с белорусскими машиностроителями в Самарской области.")
    assert register_of(text) == []


def test_a_harvest_gathered_is_no_assembly() -> None:
    """«собрали около 2 млн тонн зерна»: «собрать» of a harvest assembles no machine."""
    text = "В этом сезоне аграрии Тамбовской области собрали около 2 млн тонн зерна и сахарной свёклы."
    assert register_of(text) == []


def test_a_partner_from_a_foreign_province_is_a_third_countrys() -> None:
    """«с производителем из провинции Цзянсу»: a unit of a foreign state after «из» puts the
    partner abroad; the centre is no Russia–Belarus project."""
    text = ("Курская агрокомпания подписала соглашение с производителем из провинции Цзянсу о "
            "создании в Курске центра ремонта зерносушилок.")
    assert register_of(text) == []


def test_a_site_in_a_foreign_province_is_abroad() -> None:
    """«механики прошли обучение на заводе в провинции Шаньдун» places the sentence abroad."""
    text = ("С весны мы продаём погрузчики МТЗ. Десять машин уже на нашей площадке в Краснодаре, "
            "их гарантийный ремонт будет выполнять наш собственный сервис — механики прошли "
            "обучение на заводе в провинции Шаньдун.")
    assert register_of(text) == []


def test_residents_of_a_third_country_are_its_partners() -> None:
    """«с китайскими резидентами парка»: a third country's partner, no side of ours named."""
    text = ("Липецкие машиностроители обсудили с китайскими резидентами особой зоны поставки "
            "узлов, а одна из компаний договорилась о совместном выпуске насосов.")
    assert register_of(text) == []


def test_a_sentence_of_trade_adds_no_site_to_the_announced_ones() -> None:
    """After sites announced in several regions, «подписаны договоры о поставках» in another
    region sells goods there; it is no further site of the project."""
    text = ("МАЗ откроет сервисные центры в трёх уральских регионах.\n"
            "Первым заработает центр в Екатеринбурге, затем в Челябинске и Перми.\n"
            "На выставке в Тюмени белорусские заводы показали самосвалы; подписаны договоры о "
            "поставках на 2 млрд рублей.")
    assert "Тюменская область" not in _regions(text)


def test_one_thing_under_two_kind_cues_of_one_sentence_is_one_row() -> None:
    """«Совместное предприятие … открыло центр восстановления шин»: the venture runs the
    centre; one row, the venture."""
    text = ("Совместное предприятие ОАО «Белшина» и ООО «Кузбасс-Шинсервис» открыло в Белове "
            "центр восстановления шин для карьерных самосвалов.")
    rows = register_of(text)
    assert [(r["region"], r["kind"]) for r in rows] == [("Кемеровская область", "joint_venture")]


def _kinds_read(text: str) -> list[list[str | None]]:
    """The kinds of each sentence's mentions, as the reader gives them."""
    from datetime import date

    from conftest import make_article

    from analysis.entities import find_entities
    from analysis.projects.reader import ArticleReader

    article = make_article("t", text, date(2024, 5, 1))
    reader = ArticleReader(article, find_entities(article, ner=False))
    return [[m.kind for m in reader.mentions(i)] for i in range(len(reader.sents))]


def test_service_words_in_a_list_of_goods_made_are_parts() -> None:
    """«Ёмкости и площадки обслуживания варят на месте», «делаем здесь бункеры, площадки
    обслуживания»: a maintenance platform made for the machine, not a service centre."""
    welded = _kinds_read("На заводе в Клинцах собирают очистные установки «Экомаша». Ёмкости и "
                         "площадки обслуживания варят в Клинцах, а насосы приходят из Гомеля.")
    made = _kinds_read("В Омске ООО «Омскагромаш» собирает комбайны «Палессе». Уже делаем здесь "
                       "бункеры, площадки обслуживания, часть металлоконструкций.")
    assert welded == [["assembly"], []]
    assert made == [["assembly"], []]
