"""What two new users' walkthroughs left in money, fixed as classes (session 21, walkleft).

- a figure of trade with third countries (`flow` other) keeps a Russian region only when its own
  sentence names it or speaks as the region (money/abroad_region.py);
- a Russian bank's credit to a Belarusian plant is about Belarus: a plant named by a Belarusian
  town's adjective names the Belarusian side (entities/sides.py), and a reply in an interview is
  read with the lead that names who speaks (briefing/relevance.py);
- a Belarusian speaker's «наш экспорт» or «экспорт республики», the speaker introduced before
  («— сказал он», a reply), is Belarus's (money/speaker_voice.py), and «республика» speaks as
  a Russian region only when the region is a republic (money/abroad_region.py); with no
  speaker, a «республика» in a Belarusian outlet or an oblast's article is Belarus, and its
  export or import no trade of the oblast;
- a list of markets after an export figure («Основные рынки: Россия – …; Китай – …»): the item
  next to Russia goes to Russia, a third country's is `other`, the total before it `other`
  (money/market_items.py).
"""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from conftest import briefing_of

from analysis.briefing import Briefing
from analysis.entities import names_belarusian_side
from analysis.money import describe

PUBLISHED = dt.date(2025, 3, 12)


def facts(text: str, source: str | None = None) -> list:
    return describe(SimpleNamespace(text=text, published=PUBLISHED, source=source, url=None))


REGION_TRADE = ("Минск и Псков подводят итоги года\n"
                "Минпром Беларуси сообщил, что в 2024 году белорусские предприятия отгрузили в "
                "Россию продукции на 25,1 млрд долларов.\n"
                "{sentence}\n"
                "Псковская таможня сообщила, что предприятия Псковской области ввезли из "
                "Беларуси товаров на 140 млн долларов.\n")


def test_belarus_export_to_third_countries_takes_no_region_from_the_headline() -> None:
    got = facts(REGION_TRADE.format(
        sentence="Кроме того, Беларусь увеличила поставки в дальнее зарубежье: экспорт в Китай "
                 "и Вьетнам составил 6,2 млрд долларов."))
    third = next(f for f in got if f.amount.value == 6.2e9)
    assert (third.flow, third.region) == ("other", None)


def test_a_region_named_in_its_own_sentence_stays_with_trade_abroad() -> None:
    got = facts(REGION_TRADE.format(
        sentence="Псковские компании поставили в Казахстан продукции на 35 млн долларов."))
    third = next(f for f in got if f.amount.value == 35e6)
    assert (third.flow, third.region) == ("other", "Псковская область")


def test_trade_with_belarus_keeps_the_headline_region() -> None:
    got = facts(REGION_TRADE.format(sentence="Об этом рассказали в ведомстве."))
    regional = next(f for f in got if f.amount.value == 140e6)
    assert regional.region == "Псковская область"


# A Russian bank's credit to a Belarusian plant is about Belarus (briefing/relevance.py,
# entities/sides.py): the plant named by its Belarusian town, or the plant whose head an
# interview's reply speaks for.

def test_a_plant_named_by_a_belarusian_towns_adjective_names_the_belarusian_side() -> None:
    assert names_belarusian_side("Совет директоров Лидского завода сельхозмашин одобрил заём")
    assert names_belarusian_side("кредит получил Пинский мясокомбинат")
    assert not names_belarusian_side("кредит получил Смоленский завод радиодеталей")
    assert not names_belarusian_side("жители Лидского района")


INTERVIEW = ("Директор литейного завода: «Заказов хватает до весны»\n"
             "Генеральный директор ОАО «Слонимский завод литья» Иван Петров рассказал о модернизации.\n"
             "— Иван Петрович, откуда деньги на обновление?\n"
             "— Помог российский банк. Весной ВТБ открыл заводу кредитную линию на 1,2 млрд "
             "российских рублей.\n")


@pytest.fixture(scope="module")
def credit_briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return briefing_of(tmp_path_factory.mktemp("credit"), {
        "credit.txt": INTERVIEW}, lang="ru")


def test_a_russian_banks_credit_to_the_interviewed_plant_is_about_belarus(
        credit_briefing: Briefing) -> None:
    rows = re.sub(r"\s+", " ", credit_briefing.money_table().replace("\u00a0", " "))
    assert "1,2 млрд" in rows
    assert "Беларусь рядом не названа" not in rows


# A Belarusian speaker's «наш экспорт», «экспорт республики» in an article about a Russian
# region is Belarus's (money/speaker_voice.py, money/abroad_region.py).

VISIT = ("Тверская область и Беларусь расширяют поставки\n"
         "{intro}\n"
         "{quote}\n")


def flows(intro: str, quote: str) -> list[tuple[float, str | None, str | None]]:
    return [(f.amount.value, f.flow, f.region) for f in facts(VISIT.format(intro=intro, quote=quote))]


def test_a_belarusian_consuls_our_export_after_a_pronoun_is_belarus_export() -> None:
    got = flows("Консул Беларуси в Твери Пётр Сидоров встретился с местными предпринимателями.",
                "«В прошлом году наш экспорт вырос на 8% и достиг 520 млн долларов», — сказал он.")
    assert [g[1] for g in got] == ["BY→RU"]


def test_a_belarusian_speakers_reply_speaks_for_belarus() -> None:
    got = flows("Белорусский посол в интервью нашему изданию рассказал о торговле с регионом.",
                "— Наш экспорт в прошлом году составил 520 млн долларов.")
    assert [g[1] for g in got] == ["BY→RU"]


def test_a_russian_governors_our_export_stays_the_regions() -> None:
    got = flows("Губернатор Тверской области Иван Кузнецов встретился с белорусской делегацией.",
                "«В прошлом году наш экспорт вырос на 8% и достиг 520 млн долларов», — сказал он.")
    assert [g[1] for g in got] == ["RU→BY"]


def test_the_republics_export_abroad_in_a_belarusian_officials_words_takes_no_oblast() -> None:
    got = flows("Вице-премьер Беларуси провёл переговоры в Твери.",
                "«Экспорт республики в страны Азии за год составил 7,5 млрд долларов», — "
                "отметил он.")
    assert got == [(7.5e9, "other", None)]


OBLAST_NEWS = ("Тверские аграрии обновляют технику\n"
               "Хозяйства Тверской области в этом году купили 240 белорусских тракторов.\n"
               "Экспорт республики в прошлом году вырос до 38 млрд долларов.\n")


@pytest.mark.parametrize("source", [None, "БелТА", "Гродненская правда"])
def test_the_republics_export_in_an_oblasts_article_is_belarus_and_national(source: str | None) -> None:
    got = [(f.flow, f.region) for f in facts(OBLAST_NEWS, source=source)]
    assert got == [("BY→RU", None)]


def test_the_republics_turnover_with_the_regions_people_keeps_the_region() -> None:
    text = ("Тверская делегация в Минске\n"
            "Губернатор Тверской области провёл переговоры в Минске. Премьер-министр напомнил, "
            "что товарооборот республики с тверичанами за полгода достиг 310 млн долларов.\n")
    assert [f.region for f in facts(text)] == ["Тверская область"]


# A list of markets after an export figure (money/market_items.py): the item next to Russia is
# Belarus's export to Russia, the others `other`, the total before the list `other`.

@pytest.mark.parametrize("text", [
    "Витебская область нарастила экспорт\n"
    "Экспорт товаров Витебской области в 2024 году составил 2,4 млрд долларов.\n"
    "Основные рынки (млн долларов): Россия – 1 410; Китай – 180; Казахстан – 75.\n",
    "Итоги года на «Гомсельмаше»\n"
    "Экспорт «Гомсельмаша» в 2024 году — 640 млн долларов.\n"
    "Главные рынки сбыта, млн долларов:\n"
    "Россия – 455\n"
    "Казахстан – 70\n",
])
def test_a_markets_list_gives_each_item_its_market_and_the_total_every_market(text: str) -> None:
    got = [f.flow for f in facts(text)]
    assert got[:3] == ["other", "BY→RU", "other"]
    assert set(got[3:]) <= {"other"}


def test_a_colon_after_market_that_opens_no_list_changes_nothing() -> None:
    text = ("Витебские молочники на северо-западе\n"
            "Предприятия Витебской области за полгода экспортировали в Санкт-Петербург продукции "
            "на $52 млн.\n"
            "Новгородская область остаётся вторым рынком: поставки белорусских продуктов в регион "
            "составили $11,4 млн.\n")
    assert [f.flow for f in facts(text)] == ["BY→RU", "BY→RU"]
