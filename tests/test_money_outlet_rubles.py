"""Whose rubles: an outlet named after a Belarusian oblast or town counts in Belarusian rubles.

A regional paper of Belarus («Могилёвская правда», «Гомельские вести», «Бобруйск. Бизнес»)
writes its country's money as bare «рублей», as a results call of a Belarusian maker does
(rounds 13 and 14). An outlet named after a Russian region, or after both sides, does not.
Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

_RESULTS = ("«Гомсельмаш» подвёл итоги девяти месяцев\n"
            "ГОМЕЛЬ, 20 октября. Выручка холдинга за январь–сентябрь составила 1,4 млрд рублей, "
            "чистая прибыль — 52 млн рублей. Средняя зарплата на заводе — 2 310 рублей.\n")


def test_a_paper_named_after_a_belarusian_oblast_counts_belarusian_rubles(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _RESULTS, published="2024-10-20",
                           source="Гомельская правда")
    assert {got[s].amount.currency for s in ("1,4 млрд рублей", "52 млн рублей",
                                              "2 310 рублей")} == {"BYN"}


def test_a_portal_named_after_a_belarusian_town(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _RESULTS, published="2024-10-20", source="Бобруйск. Бизнес")
    assert got["52 млн рублей"].amount.currency == "BYN"


def test_a_paper_named_after_a_russian_region_keeps_russian_rubles(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _RESULTS, published="2024-10-20", source="Брянская правда")
    assert got["1,4 млрд рублей"].amount.currency == "RUB"


def test_an_outlet_naming_both_sides_keeps_russian_rubles(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _RESULTS, published="2024-10-20",
                           source="Смоленск — Витебск: деловой вестник")
    assert got["52 млн рублей"].amount.currency == "RUB"


def test_a_figure_taking_a_russian_ruble_named_after_it_stays_russian(tmp_path: Path) -> None:
    text = ("Поправка к материалу о поставках МАЗа\n"
            "Годом ранее экспорт завода составил 310 млн рублей. Сумма контракта с дилером была "
            "указана неверно: не 56, а 65 млн российских рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-03-02", source="Минский курьер")
    assert got["310 млн рублей"].amount.currency == "BYN"
    assert got["56"].amount.currency == "RUB"


def test_a_bracket_after_the_rubles_names_their_country(tmp_path: Path) -> None:
    text = ("Неделя в цифрах\n"
            "В Гродно открыли склад «Магнита», вложения — 6,8 млн рублей (белорусских). "
            "В Пскове сеть построила второй склад за 900 млн рублей.\n"
            "Бюджет программы — 14 млн рублей (белорусских. — Ред.).\n")
    got = facts_by_surface(tmp_path, text, published="2024-05-17", source="Telegram: Ритейл")
    assert got["6,8 млн рублей"].amount.currency == "BYN"
    assert got["14 млн рублей"].amount.currency == "BYN"
    assert got["900 млн рублей"].amount.currency == "RUB"


def test_a_bracket_naming_russian_rubles_keeps_them_russian_on_a_belarusian_site(
        tmp_path: Path) -> None:
    text = ("МАЗ отгрузил самосвалы в Кузбасс\n"
            "Контракт с угольной компанией оценён в 780 млн рублей (российских). Выручка завода "
            "за полугодие — 1,2 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-07-30", url="https://maz.by/news/1")
    assert got["780 млн рублей"].amount.currency == "RUB"
    assert got["1,2 млрд рублей"].amount.currency == "BYN"


def test_a_paragraph_set_in_russia_counts_russian_rubles_on_a_belarusian_site(
        tmp_path: Path) -> None:
    text = ("Лизинг белорусской техники растёт\n"
            "В этом году «Промагролизинг» направит на льготный лизинг 60 млн рублей.\n"
            "В российских регионах картина другая. В Смоленской области хозяйства взяли в лизинг "
            "тракторов на 1,2 млрд рублей. Областной бюджет добавил ещё 90 млн рублей.\n"
            "В Псковской области фермеры купили комбайнов на 700 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-09-12", url="https://agro.by/news/7")
    assert got["60 млн рублей"].amount.currency == "BYN"
    assert {got[s].amount.currency for s in ("1,2 млрд рублей", "90 млн рублей",
                                              "700 млн рублей")} == {"RUB"}


_QUOTED = ("Сбербанк выдал «Белшине» кредит\n"
           "Сбербанк предоставил белорусскому ОАО «Белшина» кредит на 2 млрд российских рублей. "
           "«Инвестиционная программа завода на этот год составляет 180 млн рублей», — сообщили "
           "в пресс-службе {speaker}.\n")


def test_a_belarusian_maker_quoted_counts_its_own_rubles(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _QUOTED.format(speaker="«Белшины»"), published="2023-05-04",
                           source="Коммерсантъ")
    assert got["180 млн рублей"].amount.currency == "BYN"


def test_a_russian_speaker_quoted_keeps_russian_rubles(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _QUOTED.format(speaker="Сбербанка"), published="2023-05-04",
                           source="Коммерсантъ")
    assert got["180 млн рублей"].amount.currency == "RUB"


def test_a_bare_ruble_going_on_from_a_named_russian_one_stays_russian(tmp_path: Path) -> None:
    text = ("Суд взыскал долг с российского дилера\n"
            "По договору поставки на сумму 240 млн российских рублей дилер получил 30 погрузчиков, "
            "однако к моменту иска задолжал 51,2 млн руб.\n"
            "Выручка завода за год составила 610 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2025-04-02", url="https://sud-news.by/a/1")
    assert got["51,2 млн руб."].amount.currency == "RUB"
    assert got["610 млн рублей"].amount.currency == "BYN"


_INTERVIEW = ("{head}: «Россия остаётся нашим главным рынком»\n"
              "{speaker} рассказал нашему изданию о планах на год.\n"
              "— Как закрыли прошлый год?\n"
              "— Выручка — 230 млн белорусских рублей. В Брянской области вложили 400 млн "
              "российских рублей в склад.\n"
              "— А дальше?\n"
              "— Новая линия обойдётся в 12 млн рублей.\n")


def test_a_belarusian_speakers_reply_counts_his_rubles(tmp_path: Path) -> None:
    text = _INTERVIEW.format(head="Директор «Амкодора»", speaker="Генеральный директор «Амкодора»")
    got = facts_by_surface(tmp_path, text, published="2025-03-11", source="Деловой вестник")
    assert got["12 млн рублей"].amount.currency == "BYN"


def test_a_russian_governors_reply_about_belarus_keeps_russian_rubles(tmp_path: Path) -> None:
    text = _INTERVIEW.format(head="Губернатор Брянской области",
                             speaker="Глава региона в интервью о торговле с Беларусью")
    got = facts_by_surface(tmp_path, text, published="2025-03-11", source="Деловой вестник")
    assert got["12 млн рублей"].amount.currency == "RUB"
