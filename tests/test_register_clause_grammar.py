"""Session 21 (issue 11, brief regsyntax): clause-level grammar for errors that recur across
many rounds' dev parts, on texts written here in the style of regional news and agency wires.

* venues: a place under an event noun («на выставке в Минске», «провести в Могилёве
  встречу», «на прошедшем в Уфе форуме») is where people gathered, not a project's site
  (rounds 12, 22, 25 and 27 each had a row placed or kept by such a place); so is where
  people are trained («механики пройдут обучение в Гомеле»: round 22).
* the client's home is no place of the work: a Russian firm named only as the client («для
  тракторов «Кировец» Петербургского тракторного завода») leaves the work at the
  Belarusian maker's, and so does a maker named by its generic noun after a Belarusian
  place adjective («минский холдинг собирает … по заказу екатеринбургской компании»)
  (rounds 26 and 27).
* a row placed in Belarus that names no firm and nothing Russian is no Russia–Belarus
  project («… и китайская корпорация подписали соглашение о сборке на Гомельском
  вагоноремонтном заводе …», «создание полного цикла … в Союзном государстве»: rounds 25
  and 27); a Russian side named by its adjective keeps it.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import register_of, row_region

from analysis.entities import find_regions
from analysis.projects.relations import venues
from analysis.projects.syntax import SyntaxReader, SyntaxTree


@pytest.fixture(scope="module")
def reader() -> SyntaxReader:
    return SyntaxReader()


def tree_of(reader: SyntaxReader, text: str) -> SyntaxTree:
    return reader.tree(text, 0, len(text))


# ------------------------------------------------------------------------------ venues


@pytest.mark.parametrize(("text", "venue", "site"), [
    pytest.param("На выставке в Казани холдинг показал трактор, собранный в Брянске.",
                 "Республика Татарстан", "Брянская область", id="under_the_event_noun"),
    pytest.param("Министерство намерено провести в Могилёве форум поставщиков, а сборку "
                 "прицепов наладят в Смоленске.",
                 "Могилёвская область", "Смоленская область", id="the_verb_holding_the_event"),
])
def test_a_place_under_an_event_is_a_venue(reader: SyntaxReader, text: str, venue: str,
                                           site: str) -> None:
    places = find_regions(text)
    found = {e.normal for e in venues(tree_of(reader, text), places)}
    assert venue in found, found
    assert site not in found, found


def test_a_site_with_no_event_is_no_venue(reader: SyntaxReader) -> None:
    text = "В Брянске на заводе «Брянсксельмаш» собирают комбайны «Палессе»."
    assert venues(tree_of(reader, text), find_regions(text)) == []


# A firm's rows and the places they are in (a row placed in Belarus: None), and a Russian region
# no row of the article is in.
FIRMS_PLACED = [
    pytest.param(
        "Вологодские погрузчики на белорусской базе\n"
        "В Вологде ООО «СеверЛесТехника» второй год собирает лесные погрузчики на шасси МАЗ. "
        "На недавней выставке в Минске «Амкодор» назвал своим партнёром ещё одну вологодскую "
        "компанию — ООО «Вологдаспецмаш», которая монтирует краны-манипуляторы на шасси МАЗ.",
        "Вологдаспецмаш", {"Вологодская область"}, None,
        id="an_exhibition_in_minsk_does_not_place_a_russian_firms_work_in_belarus"),
    pytest.param(
        "Курский кооператив займётся гарантийным ремонтом\n"
        "Кооператив «СеймАгроСервис» в Курской области подписал дилерско-сервисный договор с "
        "ОАО «Гомсельмаш». По договору механики кооператива пройдут обучение в Гомеле "
        "зимой, а первые комбайны на гарантийное обслуживание примут к уборке.",
        "Гомсельмаш", {"Курская область"}, None,
        id="mechanics_trained_in_belarus_do_not_move_the_service_there"),
    # the client's home is no site
    pytest.param(
        "Карданные валы для «Кировцев»\n"
        "ОАО «Бобруйский завод тракторных деталей и агрегатов» освоило выпуск карданных валов "
        "для тракторов «Кировец» Петербургского тракторного завода. Первые 50 валов ушли в "
        "Санкт-Петербург в марте.",
        "Петербургский тракторный завод", {None}, None,
        id="a_russian_client_firm_leaves_the_work_at_the_belarusian_maker"),
    pytest.param(
        "Гомельские гидравлики работают на казанский заказ\n"
        "Для «Гидропривода» это не первый заказ из России. С прошлого года гомельский завод "
        "собирает на своих мощностях гидрораспределители по заказу казанской компании ООО "
        "«КамаГидроТех».",
        "КамаГидроТех", {None}, "Республика Татарстан",
        id="a_maker_named_by_its_belarusian_adjective_works_at_home_for_a_russian_client"),
]


@pytest.mark.parametrize(("text", "firm", "regions", "nowhere"), FIRMS_PLACED)
def test_where_a_firms_rows_are(text: str, firm: str, regions: set[str | None],
                                nowhere: str | None) -> None:
    rows = register_of(text)
    made = [r for r in rows if firm in str(r["enterprises"])]
    assert made, rows
    assert {row_region(r) for r in made} == regions, rows
    if nowhere is not None:
        assert nowhere not in {row_region(r) for r in rows}, rows


# ------------------------------------------------------------------ no project at all


@pytest.mark.parametrize(("text", "published"), [
    # venues
    pytest.param("Поставщики договорятся в Минске\n"
                 "Осенью министерство промышленности планирует провести в Минске форум поставщиков, "
                 "на котором российские и белорусские заводы смогут договориться о выпуске "
                 "комплектующих.", date(2024, 5, 1), id="a_forum_to_be_held_in_minsk_locates_no_project"),
    pytest.param("Тверь и Могилёв обменяются делегациями\n"
                 "В Твери завершился визит делегации Могилёвской области. Следующая встреча "
                 "делегаций пройдёт весной в Могилёве. К ней стороны подготовят список заводов, "
                 "готовых к совместной работе.", date(2025, 3, 4),
                 id="the_next_meeting_of_delegations_gives_no_place_to_the_plan_after_it"),
    # a Belarusian place with no firm and nothing Russian
    pytest.param("Путевые машины соберут в Беларуси\n"
                 "Минск, 12 мая (БЕЛТА) – Белорусская железная дорога и китайская корпорация "
                 "подписали соглашение о сборке на Гомельском вагоноремонтном заводе путевых "
                 "машин для ремонта стрелочных переводов.", date(2024, 5, 1),
                 id="a_belarusian_and_chinese_plan"),
    pytest.param("Аккумуляторы Союзного государства\n"
                 "Опрошенные экспертами аналитики считают, что создание полного цикла "
                 "производства аккумуляторов в Союзном государстве займёт не один год.",
                 date(2024, 5, 1), id="an_opinion_about_the_union_state"),
])
def test_no_project(text: str, published: date) -> None:
    assert register_of(text, published) == []


# ------------------------------------------------------------ a Russian side by its adjective


def test_russian_investors_named_by_their_adjective_keep_a_project_in_belarus() -> None:
    rows = register_of(
        "Деревообработка в Поозерье\n"
        "В Гродненской области при участии брянских инвесторов строится завод по "
        "производству фанеры. Пуск первой очереди намечен на осень.")
    assert [row_region(r) for r in rows] == [None], rows
