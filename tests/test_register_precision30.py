"""Session 30 prec30 (issue 11, register precision on text nobody tuned on).

* A Russian region named after «для» or after the buyers or users «для» governs («для хозяйств
  Курской области», «для угольщиков Кузбасса», «для Москвы», «по заказу Саратовской области»)
  tells whom the goods are for, not where they are made: no row of that region
  (``customer_nouns``; the members of a list of such regions too). A service is done where its
  users are, so a sentence of service keeps the region (``service_stems``); so does a sentence
  naming a Russian party (the users' region may be its own).
* A place that keeps goods (``storage_cues``: «склад», «складской комплекс», «логистический
  центр») told with words of storing, shipping or goods for sale (``distribution``: «хранятся»,
  «отправка», «распределяют», «продукция», «товары») and no making or service is trade
  logistics; a trade house or a trade office told with selling or promoting («продаётся»,
  «для продвижения»: ``sales``) only sells. A maker's store of spare parts stays a project.
* A sentence that names a place abroad by its noun («в Казахстане», «под Ташкентом», «в
  Ереване») and Russian places only as a partner's home («из Челябинска», «(г. Омск)»,
  «Пермская компания») tells a project abroad: no row at the partner's home
  (`places.homes_only`); a Russian site beside the foreign one stays.
* A sentence that tells nothing else (no kind cue, no firm) and cancels a plan by its noun
  («Позже от этой идеи отказались», «от затеи отказались»: ``plan_nouns``) cancels the plan
  last told, as «проект» does; «От идеи никто не отказывается» cancels nothing.
* A report given as rumour («По слухам, …», «по неподтверждённым данным»: ``hearsay``) or said
  to be unconfirmed in a contrast clause or the next sentence («…, но в компании это не
  подтверждают», «В компании информацию не подтвердили»: ``confirm``) is no project.
* A dealer centre told in its own sentence with a buyer's verb («где можно приобрести
  грузовики», «здесь аграрии могут купить комбайны»: ``buying``) and no service only sells.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dataset_of

CUSTOMERS = {
    "farms": ("Новая модель комбайна\nОАО «Гомсельмаш» освоило выпуск облегчённого комбайна для "
              "хозяйств Курской области на своём заводе в Гомеле.\n", "Курская область"),
    "miners": ("Самосвалы для Кузбасса\nБелорусский автозавод собирает партию машин "
               "грузоподъёмностью 90 тонн для угольщиков Кузбасса.\n", "Кемеровская область"),
    "city": ("Электробусы для столицы\nДля Москвы на Минском автозаводе собирают ещё сорок "
             "электробусов.\n", "Москва"),
    "order": ("Троллейбусы по заказу\nХолдинг «Белкоммунмаш» изготавливает троллейбусы по заказу "
              "Саратовской области.\n", "Саратовская область"),
    "needs": ("Погрузчики для региона\nХолдинг «Амкодор» наладил выпуск фронтальных погрузчиков "
              "для нужд предприятий Вологодской области.\n", "Вологодская область"),
}

LIST_OF_CUSTOMERS = (
    "Кормораздатчики для ферм\nОАО «Бобруйскагромаш» начало выпуск кормораздатчиков для "
    "хозяйств Брянской, Орловской и Калужской областей.\n")


@pytest.mark.parametrize("name", sorted(CUSTOMERS))
def test_a_customers_region_is_no_site(tmp_path: Path, name: str) -> None:
    text, region = CUSTOMERS[name]
    ds = dataset_of(tmp_path / "c", {f"{name}.txt": text})
    regions = {r["region"] for r in ds.projects.to_dict("records")}
    assert region not in regions, regions


def test_a_list_of_customers_regions_is_no_site(tmp_path: Path) -> None:
    ds = dataset_of(tmp_path / "c", {"list.txt": LIST_OF_CUSTOMERS})
    regions = {r["region"] for r in ds.projects.to_dict("records")}
    assert not regions & {"Брянская область", "Орловская область", "Калужская область"}, regions


def test_a_site_in_the_region_stays(tmp_path: Path) -> None:
    text = ("Тракторы для аграриев\nВ Смоленской области ООО «СмолТракСборка» собирает тракторы "
            "«Беларус» Минского тракторного завода для хозяйств региона.\n")
    ds = dataset_of(tmp_path / "c", {"site.txt": text})
    regions = {r["region"] for r in ds.projects.to_dict("records")}
    assert "Смоленская область" in regions, regions


def test_a_russian_partners_users_region_stays(tmp_path: Path) -> None:
    # with a Russian party named, the users' region may be the partner's own
    text = ("Совместная разработка\nМинский тракторный завод и ООО «КазаньТехПроект» ведут "
            "совместную разработку трактора для хозяйств Татарстана.\n")
    ds = dataset_of(tmp_path / "c", {"partner.txt": text})
    regions = {r["region"] for r in ds.projects.to_dict("records")}
    assert "Республика Татарстан" in regions, regions


def test_a_service_for_the_regions_users_stays(tmp_path: Path) -> None:
    from analysis.entities import find_regions
    from analysis.projects.cues import tokens
    from analysis.projects.work_site import client_home

    text = "Центр ведёт гарантийное обслуживание тракторов для хозяйств Свердловской области."
    region = next(e for e in find_regions(text) if e.normal == "Свердловская область")
    assert not client_home(tokens(text, 0, len(text)), region)
    made = "Завод выпускает тракторы для хозяйств Свердловской области."
    region = next(e for e in find_regions(made) if e.normal == "Свердловская область")
    assert client_home(tokens(made, 0, len(made)), region)


TRADE = {
    "shop_store": "Склад в Пскове\nБелорусская торговая компания ООО «БелТоргСнаб» открыла в Пскове "
                  "склад продукции белорусских предприятий.\n",
    "logistics": "Логистика\nВ Новосибирске заработал логистический центр, где хранятся шины ОАО "
                 "«Белшина» перед отправкой покупателям Сибири.\n",
    "finished": "Склад готовой продукции\nОАО «Амкодор» открыло в Подольске склад готовой "
                "продукции, откуда технику будут доставлять покупателям центральной России.\n",
    "trade_house": "Торговый дом\nВ Казани открылся торговый дом «Белорусские товары», где "
                   "продаётся продукция белорусских заводов.\n",
    "office": "Представительство\nМинский тракторный завод открыл в Уфе торговое "
              "представительство для продвижения техники в Башкортостане.\n",
    "furniture": "Логистический центр\nВ Смоленске начал работу логистический центр белорусского "
                 "производителя мебели: здесь хранят и распределяют товары по магазинам региона.\n",
}


@pytest.mark.parametrize("name", sorted(TRADE))
def test_storage_and_trade_offices_are_no_project(tmp_path: Path, name: str) -> None:
    ds = dataset_of(tmp_path / "c", {f"{name}.txt": TRADE[name]})
    assert ds.projects.empty, ds.projects.to_dict("records")


def test_a_makers_parts_store_stays(tmp_path: Path) -> None:
    text = ("Склады запчастей\nХолдинг «Гомсельмаш» в следующем году планирует открыть "
            "региональный склад запасных частей в Омской области.\n")
    ds = dataset_of(tmp_path / "c", {"parts.txt": text})
    assert {r["region"] for r in ds.projects.to_dict("records")} == {"Омская область"}


ABROAD = {
    "kazakhstan": "Казахстан\nМТЗ и российская компания ООО «УралТрактор» из Челябинска наладили "
                  "сборку тракторов в Костанайской области Казахстана.\n",
    "tashkent": "Узбекистан\nСовместно с узбекскими партнёрами Гомсельмаш собирает комбайны под "
                "Ташкентом; комплектующие поставляет ООО «ВолгаДеталь» из Самары.\n",
    "mongolia": "Монголия\nПермская компания ООО «КамаТехСбор» и МАЗ открыли сборочный цех "
                "грузовиков в Монголии.\n",
    "bracket": "Костанай\nООО «ОмскАгроДеталь» (г. Омск) вместе с Гомсельмашем собирает комбайны в "
               "Казахстане.\n",
    "yerevan": "Сборка в Армении\nАмкодор и ООО «ВолгаМаш» из Волгограда наладили сборку "
               "погрузчиков в Ереване.\n",
}


@pytest.mark.parametrize("name", sorted(ABROAD))
def test_a_partners_home_is_no_site_of_a_project_abroad(tmp_path: Path, name: str) -> None:
    ds = dataset_of(tmp_path / "c", {f"{name}.txt": ABROAD[name]})
    assert ds.projects.empty, ds.projects.to_dict("records")


def test_a_russian_site_beside_one_abroad_stays(tmp_path: Path) -> None:
    text = ("Две площадки\nМТЗ собирает тракторы в Брянске на заводе ООО «БрянскТрак» и в "
            "Казахстане.\n")
    ds = dataset_of(tmp_path / "c", {"two.txt": text})
    assert {r["region"] for r in ds.projects.to_dict("records")} == {"Брянская область"}


GIVEN_UP = {
    "idea": "История\nВ 2019 году МАЗ и ООО «ЯрАвтоСбор» договорились о сборке автобусов в "
            "Ярославле. Позже от этой идеи отказались.\n",
    "plans": "Планы\nМТЗ собирался открыть сборочный участок в Курске вместе с ООО «КурскТрак». От "
             "этих планов в итоге отказались.\n",
    "design": "Замысел\nГомсельмаш рассматривал выпуск жаток на площадке в Ельце. Впоследствии "
              "замысел свернули.\n",
    "venture": "Затея\nАмкодор и ООО «ВологдаЛес» намеревались собирать погрузчики в Вологде. В "
               "прошлом году от затеи отказались окончательно.\n",
}


@pytest.mark.parametrize("name", sorted(GIVEN_UP))
def test_a_plan_given_up_is_no_project(tmp_path: Path, name: str) -> None:
    ds = dataset_of(tmp_path / "c", {f"{name}.txt": GIVEN_UP[name]})
    assert ds.projects.empty, ds.projects.to_dict("records")


def test_a_plan_not_given_up_stays(tmp_path: Path) -> None:
    text = ("Не отказываются\nМАЗ и ООО «ТулаБас» договорились о сборке автобусов в Туле. От идеи "
            "никто не отказывается, сроки лишь сдвинулись.\n")
    ds = dataset_of(tmp_path / "c", {"kept.txt": text})
    assert {r["region"] for r in ds.projects.to_dict("records")} == {"Тульская область"}


RUMOURS = {
    "rumour": "Слухи\nПо слухам, МАЗ может наладить сборку автобусов в Туле, но в компании это не "
              "подтверждают.\n",
    "unconfirmed": "Данные\nПо неподтверждённым данным, МТЗ планирует собирать тракторы в Рязани.\n",
    "channels": "Каналы\nКак пишут телеграм-каналы, Амкодор собирается наладить выпуск погрузчиков в "
                "Вологде. В компании информацию не подтвердили.\n",
    "no_confirmation": "Сообщения\nПортал написал, что Гомсельмаш откроет сборку жаток в Орле. "
                       "Подтверждения этой информации нет.\n",
}


@pytest.mark.parametrize("name", sorted(RUMOURS))
def test_a_rumour_is_no_project(tmp_path: Path, name: str) -> None:
    ds = dataset_of(tmp_path / "c", {f"{name}.txt": RUMOURS[name]})
    assert ds.projects.empty, ds.projects.to_dict("records")


@pytest.mark.parametrize("text", [
    "Подтвердили\nВ компании подтвердили, что МАЗ наладит сборку автобусов в Туле вместе с ООО "
    "«ТулаБас».\n",
    "Сроки\nМАЗ и ООО «ТулаБас» собирают автобусы в Туле, но сроки второй очереди в компании не "
    "подтвердили.\n",
    "Опровергли слухи\nМАЗ опроверг слухи о закрытии сборки автобусов в Туле: ООО «ТулаБас» "
    "продолжает работу.\n",
])
def test_a_confirmed_or_running_project_stays(tmp_path: Path, text: str) -> None:
    ds = dataset_of(tmp_path / "c", {"kept.txt": text})
    assert {r["region"] for r in ds.projects.to_dict("records")} == {"Тульская область"}


SHOPS = {
    "can_buy": "Дилерский центр\nВ Рязани открылся дилерский центр МАЗ, где можно приобрести "
               "грузовики и автобусы завода.\n",
    "colon": "Орёл\nНовый дилерский центр Гомсельмаша в Орле: здесь аграрии могут купить комбайны "
             "и жатки.\n",
    "which": "Тула\nВ Туле открылся дилерский центр «Амкодор», в котором покупают погрузчики "
             "муниципальные предприятия.\n",
    "moved": "Кемерово\nДилерский центр БелАЗа в Кемерове, где горняки приобретают самосвалы, "
             "переехал в новое здание.\n",
}


@pytest.mark.parametrize("name", sorted(SHOPS))
def test_a_dealer_where_one_buys_is_no_project(tmp_path: Path, name: str) -> None:
    ds = dataset_of(tmp_path / "c", {f"{name}.txt": SHOPS[name]})
    assert ds.projects.empty, ds.projects.to_dict("records")


def test_a_dealer_that_also_repairs_stays(tmp_path: Path) -> None:
    text = ("Орёл\nДилерский центр МТЗ в Орле, где можно купить тракторы, ведёт и их гарантийный "
            "ремонт.\n")
    ds = dataset_of(tmp_path / "c", {"repairs.txt": text})
    assert [r["kind"] for r in ds.projects.to_dict("records")] == ["service_center"]
