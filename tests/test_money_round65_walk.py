"""What is money and in which currency, for the causes found in round 65's dev part (session
41, walk65money). The texts are written for this test in the style of such news.

- old and new Belarusian rubles side by side (the 2016 redenomination, Br 10 000 = Br 1): two
  Belarusian ruble figures of one sentence that stand ten thousand to one are the old (BYR,
  the larger) and the new (BYN) rubles, whatever the publication date; «млн старых рублей»
  is BYR and the elliptic «… млн новых» BYN; the ratio «10 000 старых рублей равны одному
  новому» names no sum.
- a table's bracketed second column: «(в скобках — 2021 год)» in the lead makes each
  bracketed number after a value a cell of that year, and the lead's own year is read
  without those words; a bracketed number with no such words stays unread.
- the precision figures are rounded to («Суммы округлены до 0,1 млн долларов») is no sum.
- a speaker's clarification after a bare «рублей» («— это российские рубли, —») says which
  rubles they are, and the figures that go on from it keep them; «наших рублей» are the
  rubles of the side the article speaks for.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

from analysis.money import find_amounts

_DENOMINATION = (
    "Пенсия — 2,4 миллиона или 240 рублей? Первая неделя новых денег в Гродно\n\n"
    "С 1 июля 10 000 старых рублей равны одному новому. В отделении почты на Советской "
    "пересчитывают ведомости. Средняя пенсия в области в июне составила 2 430 000 рублей, в "
    "новых деньгах — 243 рубля.\n\n"
    "Долг районного хлебозавода перед поставщиками на 1 июля — 96,4 млрд старых рублей, или "
    "9,64 млн новых. Хлебоуборочный комбайн, который в мае стоил 3,2 млрд рублей, теперь "
    "продаётся за 320 000 рублей.\n")


def test_old_and_new_rubles_side_by_side_ten_thousand_to_one(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _DENOMINATION, published="2016-07-06",
                             url="https://grodno-vesti.example.by/2016/07/06/pensiya")
    for surface in ("2,4 миллиона", "2 430 000 рублей", "96,4 млрд старых рублей",
                    "3,2 млрд рублей"):
        assert facts[surface].amount.currency == "BYR", surface
    for surface in ("240 рублей", "243 рубля", "9,64 млн новых", "320 000 рублей"):
        assert facts[surface].amount.currency == "BYN", surface
    assert "10 000 старых рублей" not in facts


def test_old_rubles_named_and_the_ratio_no_money() -> None:
    found = {a.surface: a for a in find_amounts(
        "Задолженность покупателя в 30 млн старых рублей превращается в 3 тыс. новых рублей. "
        "По закону 10 000 старых рублей будут обменены на 1 новый рубль.")}
    assert found["30 млн старых рублей"].currency == "BYR"
    assert found["3 тыс. новых рублей"].currency == "BYN"
    assert "10 000 старых рублей" not in found


def test_a_count_of_new_things_is_no_money() -> None:
    assert find_amounts("В парке появилось 12 новых. Старых осталось 30.") == []


_TABLE = (
    "Кто на Урале больше всех торгует с Беларусью\n\n"
    "Аналитики «УралДанных» свели статистику регионов за 2023 год.\n\n"
    "Таблица. Товарооборот с Беларусью, млн долларов, 2023 год (в скобках — 2022 год)\n"
    "1. Свердловская область — 1 204,6 (998,1)\n"
    "2. Челябинская область — 744,0 (701,3)\n"
    "3. Пермский край — 402,9 (377,5)\n\n"
    "Суммы округлены до 0,1 млн долларов.\n")


def test_a_bracketed_second_column_takes_the_year_the_lead_gives_it(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _TABLE, published="2024-03-14")
    for main, second in (("1 204,6", "998,1"), ("744,0", "701,3"), ("402,9", "377,5")):
        assert facts[main].year == 2023, main
        assert facts[second].year == 2022, second
        assert facts[second].amount.currency == "USD", second
        assert facts[second].amount.value == float(second.replace(",", ".")) * 1e6, second
        assert facts[second].metric == "trade_turnover", second
    assert not any("0,1" in surface for surface in facts)


def test_a_bracketed_number_with_no_words_for_it_stays_unread(tmp_path: Path) -> None:
    text = ("Таблица. Товарооборот с Беларусью, млн долларов, 2023 год\n"
            "1. Свердловская область — 1 204,6 (1)\n"
            "2. Челябинская область — 744,0 (2)\n")
    facts = facts_by_surface(tmp_path, text, published="2024-03-14")
    assert "1 204,6" in facts
    assert "1" not in facts and "2" not in facts


def test_a_rounding_step_is_no_money() -> None:
    assert find_amounts("Данные приведены с точностью до 1 тыс. рублей.") == []
    # (a level the figure reaches is a sum)
    assert [a.value for a in find_amounts("Выручка выросла до 0,1 млн долларов.")] == [1e5]


_BROADCAST = (
    "[Эфир: 12.11.2023, 20:30]\n\n"
    "ВЕДУЩИЙ: Гомельский завод отправил в Омскую область очередную партию комбайнов.\n\n"
    "СИНХРОН: Олег Сафронов, директор дилерского центра (Омск):\n"
    "«За десять месяцев мы купили у завода техники на 2,3 миллиарда рублей — это российские "
    "рубли, — и до конца года рассчитываем выйти на три миллиарда».\n")


def test_a_spoken_clarification_names_the_rubles(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _BROADCAST, published="",
                             url="https://tv.example.by/video/gomselmash-omsk",
                             source="Белорусское телевидение")
    assert facts["2,3 миллиарда рублей"].amount.currency == "RUB"
    assert facts["три миллиарда"].amount.currency == "RUB"


def test_our_rubles_are_the_side_the_article_speaks_for(tmp_path: Path) -> None:
    text = ("Новые «Беларусы» пришли в район\n\n"
            "«Сельская новь», 3 мая 2012 г.\n\n"
            "«В Минске такой трактор стоит около 200 млн белорусских рублей, это примерно "
            "миллион наших рублей, — говорит председатель кооператива. — Остальное добрали "
            "кредитом Россельхозбанка на 1,8 млн рублей».\n")
    facts = facts_by_surface(tmp_path, text, published="",
                             url="https://selskaya-nov.example.ru/novosti/traktory",
                             source="Сельская новь")
    assert facts["около 200 млн белорусских рублей"].amount.currency == "BYR"
    assert facts["примерно миллион наших рублей"].amount.currency == "RUB"
    assert facts["1,8 млн рублей"].amount.currency == "RUB"


def test_a_bracketed_share_column_is_no_money(tmp_path: Path) -> None:
    text = ("Экспорт области в Беларусь за январь–июнь 2023 года составил 96,0 млн долларов.\n"
            "Основные группы экспорта (млн долл. США; в скобках – в % к итогу): машины и "
            "оборудование – 40,2 (41,9); продовольствие – 31,5 (32,8).\n")
    facts = facts_by_surface(tmp_path, text, published="2023-08-10")
    assert "41,9" not in facts and "32,8" not in facts


def test_a_budget_named_by_its_year_in_one_word_dates_its_money(tmp_path: Path) -> None:
    text = ("В бюджете-2022 на поддержку кооперации с Беларусью заложено 350 млн рублей\n\n"
            "ПСКОВ, 22 ноября. Областное собрание обсудило проект бюджета на следующий год.\n")
    facts = facts_by_surface(tmp_path, text, published="2021-11-22")
    assert facts["350 млн рублей"].year == 2022
    assert facts["350 млн рублей"].forecast


def test_a_headline_figure_rounds_the_body_one_to_its_digits(tmp_path: Path) -> None:
    text = ("Выручка завода — 4,3 млн долларов за квартал\n\n"
            "МОГИЛЁВ, 12 апреля. Выручка завода от поставок в Россию в I квартале 2024 года "
            "составила 4 268 000 долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2024-04-12")
    assert facts["4,3 млн долларов"].year == 2024
    assert facts["4,3 млн долларов"].period == facts["4 268 000 долларов"].period


def test_a_plan_assignment_is_a_forecast(tmp_path: Path) -> None:
    text = ("Итоги полугодия\n\n"
            "За шесть месяцев завод отгрузил в Россию тракторов на 84,2 млн долларов. Годовое "
            "задание по экспорту — 180 млн долларов. По техническому заданию стоимость "
            "новой линии составила 3,1 млн долларов.\n")
    facts = facts_by_surface(tmp_path, text, published="2019-07-15")
    assert facts["180 млн долларов"].forecast
    assert not facts["84,2 млн долларов"].forecast
    assert not facts["3,1 млн долларов"].forecast


def test_old_rubles_with_no_scale_are_the_ratio_told_otherwise() -> None:
    found = {a.surface for a in find_amounts(
        "Напомним: 10 000 старых рублей теперь — это один новый рубль, а долг в 80 млн "
        "старых рублей превратился в 8 тыс. новых рублей.")}
    assert "10 000 старых рублей" not in found
    assert "80 млн старых рублей" in found
