"""Session 31 (issue 11, precision on text nobody tuned on): the false rows of the dev parts'
first looks (rounds 24–33 and 38–46 scored again on the code before each was studied) grouped
by cause, and the causes that recur told again in other words — another verb of the family,
another order, the cue in the next sentence — so that a rule tuned on one article reads the
class. Texts written here, not taken from the gold sets.

* A cancellation with its source after a comma («… решено отказаться, сообщили в мэрии»): the
  word of speech attributes the report, it is no «отказались комментировать» (stance).
* A possibility left open: besides «решение не принято», a partner or a site not found or not
  chosen («партнёр пока не найден», «ни площадка, ни место не определены»), and the open
  decision told in the next sentence (kind_reports.not_undecided).
* A place adjective introducing a client («для казанского ООО «…»», «по заказу пермской
  компании») places no project: neither the client's home nor the article's main region, which
  that adjective alone made (article_entities).
* A Belarusian maker's production at home whose only Russian place is a market (the goods go
  there, the customers are there, «для Омской области»): no article's main region, no
  Russian side (article_entities._dominant_region, home_production).
* A list of Russian regions the goods go to after a verb of going or sending («часть машин
  пойдёт в Орловскую и Курскую области»): a market, not a site (places, location).
"""

from __future__ import annotations

import pytest
from conftest import register_of


def keys(text: str) -> set[tuple]:
    return {(r["region"], r["kind"]) for r in register_of("Новости промышленности\n" + text)}


CANCELLED = [
    "От строительства сборочного цеха МАЗа в Тольятти решено отказаться, сообщили в мэрии.",
    "От сервисного центра БелАЗа в Иркутске компания отказалась, уточнил её директор.",
    "МТЗ и «ВолгаАгро» отказались от планов по сборке тракторов в Саратове, сообщил источник.",
    "В прошлом году МАЗ собирался наладить сборку автобусов в Тольятти. Теперь от проекта "
    "отказались, сообщили в мэрии.",
    "Гомсельмаш планировал открыть сервисный центр в Кургане. От этой идеи отказались, ответил "
    "на вопрос журналистов представитель завода.",
]


@pytest.mark.parametrize("text", CANCELLED)
def test_a_cancellation_with_its_source_after_a_comma_leaves_no_row(text):
    assert keys(text) == set()


DECLINED_TO_SPEAK = [
    ("Сроки запуска сборки автобусов МАЗ в Тольятти в мэрии комментировать отказались.",
     {("Самарская область", "assembly")}),
    ("В мэрии от комментариев отказались, но сборка автобусов МАЗ в Тольятти начнётся в мае.",
     {("Самарская область", "assembly")}),
]


@pytest.mark.parametrize("text, expected", DECLINED_TO_SPEAK)
def test_declining_to_speak_still_drops_no_project(text, expected):
    assert keys(text) == expected


UNDECIDED = [
    "В Пскове рассматривают возможность открытия сервисного центра БелАЗа, однако партнёр пока "
    "не найден.",
    "Власти Брянской области обсуждают возможность сборки комбайнов «Гомсельмаш» в Клинцах. "
    "Окончательное решение пока не принято.",
    "МТЗ изучает возможность организовать сборку тракторов в Кургане, но площадка для неё ещё "
    "не выбрана.",
    "В Омске рассматривается возможность открыть сервисный центр «Гомсельмаша»; ни партнёр, ни "
    "место пока не определены.",
    "Амкодор прорабатывает возможность сборки погрузчиков в Вологде. Инвестор для проекта пока "
    "не найден.",
]


@pytest.mark.parametrize("text", UNDECIDED)
def test_a_possibility_left_open_is_no_project(text):
    assert keys(text) == set()


DECIDED = [
    ("Гомсельмаш рассматривает возможность открыть сервисный центр в Омске. Партнёра для этого "
     "уже нашли: им станет ООО «ОмскАгроСервис».", {("Омская область", "service_center")}),
    ("МТЗ изучает возможность организовать сборку тракторов в Кургане. Решение будет принято в "
     "мае.", {("Курганская область", "assembly")}),
    ("Партнёр пока не найден, но МАЗ откроет сервисный центр в Пензе.",
     {("Пензенская область", "service_center")}),
]


@pytest.mark.parametrize("text, expected", DECIDED)
def test_a_possibility_with_nothing_left_open_stays(text, expected):
    assert keys(text) == expected


DESTINATIONS = [
    ("МТЗ запустил сборку тракторов в Брянской области, часть машин пойдёт в Орловскую и "
     "Курскую области.", {("Брянская область", "assembly")}),
    ("Гомсельмаш собирает комбайны в Брянске; готовые машины направят в Орловскую и Курскую "
     "области.", {("Брянская область", "assembly")}),
    # (a Belarusian maker's own production at home: no project of ours, and no Russian site)
    ("Сборку автобусов МАЗ наладили в Бресте; готовые машины уходят в Псковскую и Новгородскую "
     "области.", set()),
    ("МАЗ собирает автобусы в Минске, часть из них уйдёт в Смоленскую область.", set()),
]


@pytest.mark.parametrize("text, expected", DESTINATIONS)
def test_regions_the_goods_go_to_are_no_sites(text, expected):
    assert {k for k in keys(text) if k[0]} == {k for k in expected if k[0]}


SITES_KEPT = [
    ("Сборку тракторов МТЗ наладили в Курской и Орловской областях.",
     {("Курская область", "assembly"), ("Орловская область", "assembly")}),
    ("МАЗ откроет сервисные центры в Республике Саха (Якутия) и в Республике Марий Эл.",
     {("Республика Саха (Якутия)", "service_center"), ("Республика Марий Эл", "service_center")}),
    ("Амкодор будет собирать погрузчики в Нижнем Новгороде.", {("Нижегородская область", "assembly")}),
]


@pytest.mark.parametrize("text, expected", SITES_KEPT)
def test_lists_of_sites_stay(text, expected):
    assert keys(text) == expected


def rows_of(text: str) -> set[tuple]:
    return {(r["region"], r["enterprises"], r["kind"]) for r in register_of(text)}


MADE_IN_BELARUS_WITH_A_PARTNER = [
    ("Кресла для Перми\nПермское ООО «УралКомфорт» и Борисовский завод агрегатов договорились "
     "о выпуске кресел. Собирают их в Борисове.",
     {(None, "Борисовский завод агрегатов;УралКомфорт", "assembly")}),
]


@pytest.mark.parametrize("text, expected", MADE_IN_BELARUS_WITH_A_PARTNER)
def test_a_partner_told_before_stays_a_side_of_the_production_in_belarus(text, expected):
    assert rows_of(text) == expected


FOR_A_CLIENT = [
    ("Банкоматы для банков Поволжья\nОАО «Агат — системы управления» собрало первые 40 "
     "банкоматов для казанского ООО «Терминал-Сервис».", None),
    ("Новости\nОАО «Агат — системы управления» собирает банкоматы по заказу казанского ООО "
     "«Терминал-Сервис».", None),
    ("Новости\nМинское ОАО «Вектор-Электро» выпускает блоки питания для тверской компании "
     "«ТверьЭнергоМаш».", None),
    ("Новости\nОАО «Электросила-Бел» собрало партию трансформаторов по документации "
     "самарского АО «ВолгаТранс».", None),
    # the doer at its own home stays there
    ("Новости\nЧелябинское ООО «УралМаш-Сервис» собирает погрузчики «Амкодор» для курганской "
     "компании «ЗауралСтрой».", "Челябинская область"),
    ("Новости\nКазанское ООО «Терминал-Сервис» собирает банкоматы «Агат» в Казани.",
     "Республика Татарстан"),
]


@pytest.mark.parametrize("text, region", FOR_A_CLIENT)
def test_a_clients_home_places_no_project(text, region):
    assert {r["region"] for r in register_of(text)} <= {region}


MADE_AT_HOME_FOR_A_MARKET = [
    "Новости\nМАЗ начал сборку новых автобусов; первые машины пойдут в Омскую область.",
    "Новости\nАмкодор освоил выпуск нового погрузчика. Первую партию направят в Тюменскую "
    "область.",
    "Новости\nМТЗ собрал юбилейный трактор, его передадут агрохолдингу в Белгородской области.",
    "Новости\nМАЗ начал сборку автобусов для Омской области.",
    "Новости\nМТЗ запустил сборку тракторов в Костанае; часть машин пойдёт в Омскую область.",
    "Новости\nГомсельмаш запустил выпуск новой жатки. Первые жатки отправят хозяйствам в "
    "Курской области.",
]


@pytest.mark.parametrize("text", MADE_AT_HOME_FOR_A_MARKET)
def test_a_makers_production_at_home_for_a_russian_market_is_no_project(text):
    assert register_of(text) == []


SITE_OR_SIDE_KEPT = [
    ("Новости\nМАЗ открыл сервисный центр для Омской области.", "Омская область"),
    ("Новости\nМАЗ начал сборку автобусов в Минске вместе с омским ООО «СибАвтоКомплект».", None),
    ("Новости\nВ Кунгуре ООО «КунгурСпецМаш» монтирует подъёмники на шасси МАЗ. Шасси "
     "приходят в Кунгур по железной дороге.", "Пермский край"),
]


@pytest.mark.parametrize("text, region", SITE_OR_SIDE_KEPT)
def test_a_site_or_a_russian_side_stays(text, region):
    assert [r["region"] for r in register_of(text)] == [region]


LEFT = [
    # a third country's site named by its place, the buyers in a Russian region after it
    "Амкодор наладил сборку погрузчиков в Казахстане, первые машины купили хозяйства Омской "
    "области.",
    # a third side's proposal, with the open matter in the next sentence
    "Губернатор Орловской области предложил МТЗ рассмотреть вопрос о сборке тракторов в регионе. "
    "Конкретных договорённостей нет.",
    # an interest and talks only beginning
    "В Кирове заинтересованы в сборке белорусских лесных машин. Переговоры с белорусскими "
    "заводами только начинаются.",
]


@pytest.mark.parametrize("text", LEFT)
@pytest.mark.xfail(reason="left by session 31 (see the module docstring of the report)",
                   strict=False)
def test_left_open(text):
    assert keys(text) == set()
