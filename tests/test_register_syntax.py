"""The syntax relation step of the register (`analysis.projects.syntax`, `.relations`): a
trigger's place among several regions, coordinated lists, delivery traps, kits delivered for
assembly, origins after «из», and the register built with and without the tree. Texts are
written here in the style of regional news, agency wires and trade press."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import make_article

from analysis.entities import find_enterprises, find_regions, is_russian_region
from analysis.projects import build_register
from analysis.projects.relations import (
    choose_place,
    delivered,
    firms_by_trigger,
    kit_supply,
    origins,
    place_node,
)
from analysis.projects.syntax import Node, SyntaxReader, SyntaxTree


@pytest.fixture(scope="module")
def reader() -> SyntaxReader:
    return SyntaxReader()


def tree_of(reader: SyntaxReader, text: str) -> SyntaxTree:
    return reader.tree(text, 0, len(text))


def russian(text: str) -> list:
    return [e for e in find_regions(text) if is_russian_region(e.normal)]


def rows_of(text: str, syntax: bool = True) -> list[dict]:
    article = make_article("t", text, date(2025, 3, 4))
    return build_register([article], facts={}, syntax=syntax).to_dict("records")


# --------------------------------------------------------------------------- the tree itself

def test_tree_nodes_keep_the_sentence_offsets_inside_the_article(reader: SyntaxReader) -> None:
    text = "Заголовок новости\nЗавод «Амкодор» откроет сервисный центр в Курске."
    start = text.index("Завод")
    tree = reader.tree(text, start, len(text))
    words = [n for n in tree.nodes if n.text.isalpha()]
    assert all(text[n.start:n.end] == n.text for n in tree.nodes)
    assert tree.node_at(text.index("откроет")).text == "откроет"
    assert sum(n.head < 0 for n in tree.nodes) >= 1 and len(words) == 7


def test_a_sentence_is_parsed_once_and_its_cost_counted() -> None:
    own = SyntaxReader()
    text = "Холдинг наладит сборку погрузчиков в Чувашии."
    first = own.tree(text, 0, len(text))
    again = own.tree("Анонс. " + text, 7, 7 + len(text))
    assert own.cost.sentences == 1 and own.cost.seconds > 0
    assert [n.text for n in first.nodes] == [n.text for n in again.nodes]
    assert again.nodes[0].start == 7


def test_an_overlong_sentence_is_not_parsed_and_the_tree_cannot_tell() -> None:
    own = SyntaxReader()
    regions = ", ".join(["Саратовской области", "Курской области"] * 60)
    text = f"Завод наладит сборку тракторов в {regions}."
    tree = own.tree(text, 0, len(text))
    assert tree.nodes == () and own.cost.sentences == 0 and own.cost.skipped == 1
    assert choose_place(tree, text.index("сборку"), russian(text)) is None
    assert not delivered(tree, text.index("сборку"))


# --------------------------------------------------------------------------- places

def test_coordinated_regions_sharing_one_noun_are_one_list(reader: SyntaxReader) -> None:
    text = ("Сервисные центры «Амкодора» открыты в Липецкой, Курской и Орловской областях, "
            "а также в Калмыкии.")
    choice = choose_place(tree_of(reader, text), text.index("Сервисные"), russian(text))
    assert choice is not None
    assert {e.normal for e in choice.listed} == {
        "Липецкая область", "Курская область", "Орловская область", "Республика Калмыкия"}


def test_the_trigger_clause_place_beats_the_speaker_region(reader: SyntaxReader) -> None:
    text = ("Губернатор Орловской области рассказал, что в Брянской области запущен выпуск "
            "прицепов МАЗ.")
    choice = choose_place(tree_of(reader, text), text.index("выпуск"), russian(text))
    assert choice is not None and choice.place.normal == "Брянская область"
    assert choice.listed == ()


def test_a_passive_trigger_takes_its_place_not_the_designers_origin(reader: SyntaxReader) -> None:
    text = ("Производство сеялок, разработанных конструкторами из Курской области, запущено в "
            "Саратовской области.")
    choice = choose_place(tree_of(reader, text), 0, russian(text))
    assert choice is not None and choice.place.normal == "Саратовская область"


def test_a_list_after_iz_is_of_origins(reader: SyntaxReader) -> None:
    text = ("На площадке смоленского ООО «ЗападПрицеп» начата сборка полуприцепов МАЗ для "
            "перевозчиков из Московской и Тверской областей.")
    named = [e for e in russian(text) if e.role != "adjective"]
    assert {e.normal for e in origins(tree_of(reader, text), named)} == {
        "Московская область", "Тверская область"}


# --------------------------------------------------------------------------- deliveries

def test_equipment_shipped_for_production_is_a_delivery(reader: SyntaxReader) -> None:
    text = "Холдинг «Амкодор» отгрузит в Омскую область оборудование для производства кирпича."
    assert delivered(tree_of(reader, text), text.index("производства"))


def test_kits_delivered_for_assembly_are_the_projects_supply(reader: SyntaxReader) -> None:
    text = "Минский автозавод поставляет машинокомплекты для сборки автобусов на завод в Кирове."
    tree = tree_of(reader, text)
    assert not delivered(tree, text.index("сборки"))
    assert kit_supply(tree, text.index("сборки")) == "operating"


def test_kits_to_be_delivered_make_a_planned_assembly(reader: SyntaxReader) -> None:
    text = "Со следующего года МАЗ будет поставлять машинокомплекты для сборки самосвалов в Уфу."
    assert kit_supply(tree_of(reader, text), text.index("сборки")) == "planned"


def test_a_trigger_of_its_own_clause_is_no_delivery(reader: SyntaxReader) -> None:
    text = "Завод в Курганской области наладит сборку тракторов «Беларус» по лицензии МТЗ."
    tree = tree_of(reader, text)
    assert not delivered(tree, text.index("сборку"))
    assert kit_supply(tree, text.index("сборку")) is None


# --------------------------------------------------------------------------- firms by clause

def test_firms_go_to_the_clause_of_their_trigger(reader: SyntaxReader) -> None:
    text = ("БелАЗ и кузбасская компания «КузбассТехСервис» открыли в Кемерове сервисный центр, "
            "а «Сибуглемаш» в Новокузнецке наладит выпуск кузовов для самосвалов БелАЗ.")
    split = firms_by_trigger(tree_of(reader, text), [text.index("сервисный"),
                                                      text.index("выпуск")], find_enterprises(text))
    assert split == {text.index("сервисный"): {"БелАЗ", "КузбассТехСервис"},
                     text.index("выпуск"): {"БелАЗ"}}


def test_a_coordinated_clause_shares_the_subject_before_it(reader: SyntaxReader) -> None:
    text = ("В Ростовской области «Гомсельмаш» собирает комбайны вместе с компанией "
            "«ДонАгроСборка», а с заводом «Сальскмаш» выпускает жатки.")
    split = firms_by_trigger(tree_of(reader, text), [text.index("собирает"),
                                                      text.index("выпускает")],
                             find_enterprises(text))
    assert split == {text.index("собирает"): {"Гомсельмаш", "ДонАгроСборка"},
                     text.index("выпускает"): {"Гомсельмаш", "Сальскмаш"}}


def test_triggers_of_one_clause_are_not_split(reader: SyntaxReader) -> None:
    text = "МАЗ и «ВолгаТрак» наладили сборку и сервисное обслуживание тягачей в Самаре."
    assert firms_by_trigger(tree_of(reader, text), [text.index("сборку"),
                                                     text.index("сервисное")],
                            find_enterprises(text)) is None


# --------------------------------------------------------------------------- the register

def test_register_drops_equipment_shipped_for_production_only_with_the_tree() -> None:
    text = ("Кирпич по белорусской технологии\nБелорусский холдинг «Амкодор» отгрузит в Омскую "
            "область оборудование для производства кирпича, сообщили в компании.")
    assert rows_of(text) == []
    assert len(rows_of(text, syntax=False)) == 1  # the word rules alone keep a phantom


def test_register_keeps_assembly_from_delivered_kits() -> None:
    text = ("Автобусы МАЗ в Кирове\nМинский автозавод поставляет машинокомплекты для сборки "
            "автобусов на завод в Кирово-Чепецке Кировской области.")
    rows = rows_of(text)
    assert [(r["region"], r["enterprises"], r["kind"], r["status"]) for r in rows] == [
        ("Кировская область", "МАЗ", "assembly", "operating")]
    assert rows_of(text, syntax=False) == []  # the trade word stopped the word rules


def test_register_places_a_site_firm_not_its_customers_origin() -> None:
    text = ("Прицепы на Смоленщине\nНа площадке смоленского ООО «ЗападПрицеп» начата сборка "
            "полуприцепов МАЗ для перевозчиков из Московской и Тверской областей.")
    rows = rows_of(text)
    assert [(r["region"], r["kind"]) for r in rows] == [("Смоленская область", "assembly")]
    assert set(rows[0]["enterprises"].split(";")) == {"ЗападПрицеп", "МАЗ"}


def test_register_enumeration_gives_one_row_per_region() -> None:
    text = ("Лифты на четыре региона\nСборочные участки «Могилевлифтмаша» работают в "
            "Саратовской, Воронежской и Тамбовской областях, а также в Мордовии.")
    assert sorted(r["region"] for r in rows_of(text)) == [
        "Воронежская область", "Республика Мордовия", "Саратовская область", "Тамбовская область"]


def test_register_two_triggers_in_one_sentence_with_two_makers_are_two_rows() -> None:
    text = ("Тракторы и комбайны\n«Гомсельмаш» собирает комбайны в Брянской области, а Минский "
            "тракторный завод — тракторы в Смоленской области.")
    got = {(r["region"], r["enterprises"]) for r in rows_of(text)}
    assert got == {("Брянская область", "Гомсельмаш"), ("Смоленская область", "МТЗ")}


def test_register_two_clauses_two_partners_stay_apart() -> None:
    text = ("Сборка грузовиков\nНа мощностях ООО «ВолгаТрак» в Самарской области начата сборка "
            "седельных тягачей МАЗ, а в Ульяновской области компания «СимбирскАвто» откроет "
            "сервисную станцию МАЗ.")
    got = {(r["region"], r["kind"], r["status"]): set(r["enterprises"].split(";"))
           for r in rows_of(text)}
    assert got == {("Самарская область", "assembly", "operating"): {"ВолгаТрак", "МАЗ"},
                   ("Ульяновская область", "service_center", "planned"): {"СимбирскАвто", "МАЗ"}}


def test_register_agreement_to_create_is_agreed() -> None:
    text = ("Соглашение подписано\nМинский автозавод и правительство Пензенской области "
            "подписали соглашение о создании в Пензе сервисного центра для автобусов МАЗ.")
    assert [(r["region"], r["kind"], r["status"]) for r in rows_of(text)] == [
        ("Пензенская область", "service_center", "agreed")]


def test_register_parses_only_sentences_where_windows_fail() -> None:
    own = SyntaxReader()
    text = ("Новости региона\nВ Тамбовской области открылась новая школа. Губернатор посетил "
            "ярмарку. Завод «Тамбовагромаш» наладил сборку сеялок по лицензии «Лидагропроммаша».")
    article = make_article("t", text, date(2025, 3, 4))
    rows = build_register([article], facts={}, syntax=own).to_dict("records")
    assert [r["region"] for r in rows] == ["Тамбовская область"]
    assert own.cost.sentences == 0  # one region, no delivery: no sentence needed the tree


def test_register_two_clauses_of_one_region_keep_their_own_firms() -> None:
    text = ("Карьерные самосвалы\nБелАЗ и кузбасская компания «КузбассТехСервис» открыли в "
            "Кемерове сервисный центр, а «Сибуглемаш» в Новокузнецке наладит выпуск кузовов "
            "для самосвалов БелАЗ.")
    got = {r["kind"]: r["enterprises"] for r in rows_of(text)}
    assert got == {"service_center": "БелАЗ;КузбассТехСервис", "component_production": "БелАЗ"}
    # the words alone read it too since session 22: a named subject after «, а» («, а
    # «Сибуглемаш» …») opens a clause of its own (`clauses.CLAUSE_CUT`)
    alone = {r["kind"]: r["enterprises"] for r in rows_of(text, syntax=False)}
    assert alone == got


def _cyclic_list_tree() -> SyntaxTree:
    """«в Саратовской и Тамбовской областях» as a parser once returned it on unseen news:
    the two adjectives each the other's «conj» head (a cycle, not a tree)."""
    words = [("в", -1, "case"), ("Саратовской", 3, "conj"), ("и", 3, "cc"),
             ("Тамбовской", 1, "conj"), ("областях", -1, "root")]
    nodes, at = [], 0
    for k, (text, head, rel) in enumerate(words):
        nodes.append(Node(index=k, start=at, end=at + len(text), text=text, head=head, rel=rel))
        at += len(text) + 1
    return SyntaxTree(nodes=tuple(nodes))


def test_a_conj_cycle_in_the_parse_ends_the_list_walks() -> None:
    tree = _cyclic_list_tree()
    assert tree.list_top(1) in {1, 3} and tree.list_top(3) in {1, 3}
    assert tree.conjuncts(1) == {1, 3}
    assert place_node(tree, 3).list_top in {1, 3}
