"""Projects missed at the first looks of rounds 6–46 (session 31, issue 11: recall).

The most frequent cause of a first-look miss that recurs round after round: a plant makes
goods for a client of the other side, told by a verb of a making operation («отливают»,
«штампует», «формуют», «сваривают») the cue table did not know, or with the client named in
the next sentence («… изготавливают каркасы. Заказчик — российское АО «…»»). The sentences
here are our own, written in the style of the news; the last group must make no row.
"""

from __future__ import annotations

from conftest import register_of


def _rows(text: str) -> set[tuple[str, str, str]]:
    return {(r["region"] if isinstance(r["region"], str) else "", r["enterprises"], r["kind"])
            for r in register_of(text)}


def test_a_making_operation_for_a_russian_client_is_a_component_production() -> None:
    """Casting, stamping, moulding or welding goods «для …» or «по заказу …» a Russian firm
    at a Belarusian plant: a component production in Belarus with both firms."""
    texts = {
        "ОАО «Борисовский завод пластмассовых изделий» штампует облицовочные панели для "
        "казанской компании ООО «Аквалайн».": "Аквалайн;Борисовский завод пластмассовых изделий",
        "С осени на ОАО «Гомельский завод литья и нормалей» отливают корпуса задвижек по заказу "
        "тульского ООО «Арматура-Т».": "Арматура-Т;Гомельский завод литья и нормалей",
        "ОАО «Витебский завод тракторных запчастей» формует стеклопластиковые капоты для "
        "ярославского ООО «Ярпласт».": "Витебский завод тракторных запчастей;Ярпласт",
    }
    for text, firms in texts.items():
        assert _rows(text) == {("", firms, "component_production")}, text


def test_the_client_named_in_the_next_sentence_is_a_party() -> None:
    """«Заказчик — российское АО «…»», «Заказчиком выступает ивановское ООО «…»» right after
    the work: the work is for that client (a making operation counts), and the client is a
    party to the project; its home is no place of the work."""
    text = ("На Гомельском вагоностроительном заводе с весны сваривают кабины для маневровых "
            "тепловозов. Заказчик — российское АО «Метровагонмаш».")
    assert _rows(text) == {
        ("", "Гомельский вагоностроительный завод;Метровагонмаш", "component_production")}
    text = ("ОАО «Гомельский завод литья и нормалей» с прошлого года отливает в Гомеле станины "
            "для металлорежущих станков. Заказчиком выступает ивановское ООО «СтанкоМаш».")
    assert _rows(text) == {
        ("", "Гомельский завод литья и нормалей;СтанкоМаш", "component_production")}


def test_a_plant_told_by_its_generic_noun_works_for_the_client_at_home() -> None:
    """«Завод отливает … по заказу тульского ООО «…»», «в новом цехе предприятия формуют …
    для казанской компании ООО «…»»: the generic noun, or the firm's premises, points at the
    Belarusian plant the sentence before named; the client's home is no place of the work,
    which goes on at the plant, in Belarus."""
    texts = {
        "ОАО «Гомельский завод литья и нормалей» расширяет выпуск. Завод отливает корпуса "
        "задвижек по заказу тульского ООО «Арматура-Т».":
            "Арматура-Т;Гомельский завод литья и нормалей",
        "ОАО «Борисовский завод пластмассовых изделий» ещё недавно выпускал канистры. Теперь в "
        "новом цехе предприятия формуют сегменты водных горок для казанской компании ООО "
        "«Аквалайн».": "Аквалайн;Борисовский завод пластмассовых изделий",
    }
    for text, firms in texts.items():
        assert _rows(text) == {("", firms, "component_production")}, text
    # a Belarusian client named next to work in Russia leaves the work where it is
    text = ("В Рославле на местном предприятии с осени сваривают топливные баки для тракторов "
            "«Беларус». Заказчик — Минский тракторный завод.")
    assert {r for r, _, _ in _rows(text)} == {"Смоленская область"}


def test_completing_machines_is_assembly() -> None:
    """«докомплектовывают», «докомплектацию … ведёт»: completing machines brought in (fitting
    what the maker left out) is an assembly, as «досборка» is, running where it is told."""
    text = ("Часть сеялок «Лидагропроммаша» докомплектовывают на площадке ООО «Агростав» в "
            "Ставропольском крае.")
    assert ("Ставропольский край", "Агростав;Лидагропроммаш", "assembly") in _rows(text)
    text = "Докомплектацию погрузчиков «Амкодор» ведёт ООО «Вологдадормаш» в Вологде."
    rows = register_of(text)
    assert [(r["region"], r["kind"], r["status"]) for r in rows] == [
        ("Вологодская область", "assembly", "operating")]


def test_no_client_of_the_other_side_makes_no_row() -> None:
    """A making operation with no client, a Belarusian client of a Belarusian plant, a client
    of a delivery or of an exhibition, a plant working for its own machines: no row."""
    for text in (
        "ОАО «Гомельский завод литья и нормалей» отливает станины для металлорежущих станков.",
        "На Минском моторном заводе отливают блоки цилиндров. Заказчик — ОАО «МАЗ».",
        "Минский тракторный завод отгрузил в Курскую область 20 тракторов. Заказчик — "
        "агрохолдинг ООО «Курскагро».",
        "На выставке в Казани ОАО «Гомсельмаш» показало новую жатку. Клиент — ООО «Агроцентр» "
        "из Татарстана — сразу заказал две машины.",
        "Завод в Могилёве штампует детали для своих тракторов и окрашивает их в цехе.",
    ):
        assert not _rows(text), text
