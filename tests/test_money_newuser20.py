"""Money read as a person reads an interview or a trade story (session 20, a new user's texts).

- an interviewer's question states its time in a preamble before the «?» («— В позапрошлом
  году предприятие взяло заём. На что?»): the answer's figure takes it (money/question_time.py);
- a Russian party's money spent in Russia is in Russian rubles even in a Belarusian outlet
  («Партнёр вложил … рублей» after the partner was introduced as Russian), the speaker's own
  («мы вложили») stays Belarusian (money/russian_spend.py);
- «там», «туда» stand for the place the sentence before named (money/region.py);
- «мы» in an interview with a firm's head is the firm: its exports are its goods, not the
  country's (money/firm_voice.py).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe

PUBLISHED = dt.date(2025, 4, 10)


def facts(text: str, source: str | None = None) -> list:
    return describe(SimpleNamespace(text=text, published=PUBLISHED, source=source, url=None))


def test_a_questions_preamble_sets_the_answers_year() -> None:
    text = ("Станкостроители ждут заказов\n"
            "Директор предприятия рассказал о планах.\n"
            "— В позапрошлом году предприятие взяло заём. На что его потратили?\n"
            "— Белагропромбанк выдал нам кредит на 40 млн долларов, деньги ушли на станки.\n")
    assert [f.year for f in facts(text)] == [2023]


def test_a_question_with_no_time_anywhere_gives_none() -> None:
    text = ("Станкостроители ждут заказов\n"
            "Директор предприятия рассказал о планах.\n"
            "— Предприятие взяло заём. На что его потратили?\n"
            "— Белагропромбанк выдал нам кредит на 40 млн долларов, деньги ушли на станки.\n")
    assert [f.year for f in facts(text)] == [None]


INTERVIEW = ("Директор «Гомсельмаша»: «Рынок соседей для нас главный»\n"
             "Генеральный директор ОАО «Гомсельмаш» рассказал нашему изданию о работе в России.\n"
             "— Кто ваши партнёры?\n"
             "— Наш партнёр — брянская фирма «Деснаагро». Вместе мы открыли в Брянской области "
             "склад запчастей. {sentence}\n")


def test_a_russian_partners_bare_rubles_are_russian_in_a_belarusian_outlet() -> None:
    got = facts(INTERVIEW.format(sentence="Партнёр вложил в склад 90 млн рублей."),
                source="Гомельская правда")
    assert [(f.amount.currency, f.region) for f in got] == [("RUB", "Брянская область")]


def test_the_speakers_own_bare_rubles_stay_belarusian() -> None:
    got = facts(INTERVIEW.format(sentence="Мы вложили в склад 9 млн рублей."),
                source="Гомельская правда")
    assert [f.amount.currency for f in got] == ["BYN"]


def test_there_stands_for_the_place_named_before() -> None:
    text = ("Новый цех окраски\n"
            "Холдинг расширяет производство за пределами республики.\n"
            "Весной холдинг открыл в Тульской области цех окраски. Сейчас там монтируют линию. "
            "Инвестор вложил в проект 300 млн рублей.")
    assert [f.region for f in facts(text)] == ["Тульская область"]
    # no «там»: a place two sentences back is not the investment's
    plain = text.replace("Сейчас там монтируют линию.", "Сейчас монтируют линию.")
    assert [f.region for f in facts(plain)] == [None]


def test_we_of_a_plants_head_is_the_plant() -> None:
    text = INTERVIEW.format(sentence="") + (
        "— Сколько техники ушло в Россию?\n"
        "— В прошлом году мы отгрузили российским хозяйствам продукции на 300 млн долларов.\n")
    export = [f for f in facts(text) if f.metric == "export"]
    assert [f.goods for f in export] == ["продукция «Гомсельмаш»"]


def test_a_first_person_plural_verb_speaks_for_the_plant_too() -> None:
    # «рассчитываем» says «мы» without the word (a second new user's text, session 20)
    text = INTERVIEW.format(sentence="") + (
        "— Какие планы на этот год?\n"
        "— В этом году рассчитываем нарастить поставки в Россию до 340 млн долларов.\n")
    export = [f for f in facts(text) if f.metric == "export"]
    assert [f.goods for f in export] == ["продукция «Гомсельмаш»"]
    # a reply in the third person is no «мы»: the plant is not said to speak
    third = text.replace("рассчитываем нарастить", "отрасль рассчитывает нарастить")
    assert [f.goods for f in facts(third) if f.metric == "export"] == [None]


def test_we_of_a_governor_is_no_firm() -> None:
    text = ("Губернатор Брянской области: «Беларусь — наш главный партнёр»\n"
            "Губернатор рассказал нашему изданию о торговле с республикой.\n"
            "— Как идёт торговля?\n"
            "— В прошлом году мы поставили в Беларусь продукции на 300 млн долларов.\n")
    export = [f for f in facts(text) if f.metric == "export"]
    assert [f.goods for f in export] == [None]


def test_money_spent_takes_no_time_from_a_plan_before() -> None:
    plan = ("Цех растёт\n"
            "В этом году цех выпустит 500 станков на 3 млрд рублей. {sentence}")
    spent = facts(plan.format(sentence="Партнёр закупил оборудования на 400 млн."))
    assert [(f.year, f.forecast) for f in spent] == [(2025, True), (None, False)]
    # a plan goes on with the plan's time
    planned = facts(plan.format(sentence="Партнёр закупит оборудования на 400 млн."))
    assert [(f.year, f.forecast) for f in planned] == [(2025, True), (2025, True)]
    # a result before: the past goes on with its time
    result = facts("Цех растёт\nВ 2024 году цех выпустил 500 станков на 3 млрд рублей. "
                   "При этом партнёр закупил оборудования на 400 млн.")
    assert [f.year for f in result] == [2024, 2024]
