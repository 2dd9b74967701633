"""What a figure is, for the causes found in round 53's dev part (session 34, issue 10,
walk53money). The texts are written for this test in the style of such news.

- «Все суммы в рублях – российские» says a Belarusian site's bare rubles are Russian.
- a holding's or a plant's «оборот» is its sales, not trade between the sides.
- the security of a contract after a colon («Размер обеспечения исполнения контракта: …») is
  a deposit.
- «…больше, чем за аналогичный период прошлого года, когда экспорт составлял …»: the figure
  of the «когда» clause is of the compared year.
- shipments opening the paragraph right after an export are that export; an elliptic time
  may carry an aside before its dash («В июле, по предварительной оценке, – …»).
- a letter of credit is trade financing; «платежи по экспорту» are the export paid for.
- a table headed by trade with one side gives its rows the other side's flow.
- an elliptic figure goes on about the export just before it («туда отгрузили … В
  позапрошлом – на …»).
- an interview's «Сколько получают …?» makes the answer's figure a wage.
- «План на год» after a past year and the year in progress so far plans the latest year.
- a bracket holding only the figure in another currency is its conversion.
- a contract's years «на 2025–2027 годы» are its term, the year it was signed its time.
- the month a price stood at a level, set against the price it moved to, is no period.
- bare numbers after «до» beside a wage, or in a sentence opening «Для сравнения» after a
  price, are money in that price's currency.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_sums_in_rubles_said_russian_keep_a_belarusian_site_rubles_russian(tmp_path: Path) -> None:
    text = ("Экспорт окон в Россию\n"
            "Все суммы в рублях – российские, если не оговорено иное.\n\n"
            "Гродненская фабрика за полугодие поставила в Россию окон на 320 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2023-09-10", source="Гродно-бизнес",
                           url="https://grodno-biz.example.by/2023/09/okna")
    assert got["320 млн рублей"].amount.currency == "RUB"


def test_a_holding_turnover_is_its_sales(tmp_path: Path) -> None:
    text = ("Строители из Минска\n\n"
            "Годовой оборот холдинга – 410 млн белорусских рублей, штат – 5 тыс. человек.\n")
    got = facts_by_surface(tmp_path, text, published="2024-03-01")
    assert got["410 млн белорусских рублей"].metric == "other"


def test_a_contract_security_after_a_colon_is_a_deposit(tmp_path: Path) -> None:
    text = ("Извещение об аукционе на поставку и монтаж лифтов\n\n"
            "Предмет закупки: поставка и монтаж 12 лифтов производства ОАО «Могилёвлифтмаш» "
            "(Республика Беларусь) в домах г. Тюмени.\n\n"
            "Размер обеспечения заявки: 240 000,00 руб.\n\n"
            "Размер обеспечения исполнения контракта: 2 400 000,00 руб.\n")
    got = facts_by_surface(tmp_path, text, published="2021-04-02")
    assert got["2 400 000,00 руб."].metric == "other"


def test_the_when_clause_after_a_compared_period_is_of_its_year(tmp_path: Path) -> None:
    text = ("Экспорт мебели\n\n"
            "Минская фабрика за январь–июнь поставила в Россию мебели на $52 млн. Это на 10% "
            "больше, чем за аналогичный период прошлого года, когда экспорт составлял $47,3 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2023-08-10")
    assert got["$52 млн"].year == 2023
    assert got["$47,3 млн"].year == 2022


def test_shipments_opening_the_next_paragraph_break_the_export_down(tmp_path: Path) -> None:
    text = ("Шпалы идут на восток\n\n"
            "Лесхозы области за январь–август поставили в Россию продукции на $210 млн.\n\n"
            "Главная позиция – шпалы для железных дорог России: их отгружено на $80 млн.\n\n"
            "В третьем квартале отгрузки составили $95 млн. В августе, по оперативным данным, "
            "– около $33 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2024-09-12")
    for surface in ("$95 млн", "около $33 млн"):
        assert got[surface].metric == "export", surface
        assert got[surface].flow == "BY→RU", surface


def test_letters_of_credit_and_payments_for_exports(tmp_path: Path) -> None:
    text = ("Банк подвёл итоги года\n\n"
            "Объём аккредитивов, открытых банком по контрактам российских покупателей с "
            "белорусскими заводами, составил 9,4 млрд рублей. Через банк также прошли платежи "
            "по экспорту российских товаров в Беларусь на 41 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-01-25")
    assert got["9,4 млрд рублей"].metric == "financing"
    assert got["41 млрд рублей"].metric == "export"
    assert got["41 млрд рублей"].flow == "RU→BY"


def test_a_table_headed_by_trade_with_russia_is_the_other_side_trade(tmp_path: Path) -> None:
    text = ("Торговля с Россией за квартал\n"
            "Статистический бюллетень\n\n"
            "ТОРГОВЛЯ С РОССИЙСКОЙ ФЕДЕРАЦИЕЙ (январь–март 2016 г., млн долларов США)\n"
            "Товарооборот – 5 210,4\n"
            "Экспорт – 2 030,1\n"
            "Импорт – 3 180,3\n")
    got = facts_by_surface(tmp_path, text, published="2016-04-20", source="Бюллетень",
                           url="https://bulletin.example.by/2016/04/rf")
    assert got["2 030,1"].flow == "BY→RU"
    assert got["3 180,3"].flow == "RU→BY"


def test_an_elliptic_year_goes_on_about_the_shipment_just_told(tmp_path: Path) -> None:
    text = ("Директор сыродельного завода: «Россия забирает почти всё»\n"
            "Генеральный директор ОАО «Сырный двор» рассказал о работе на российском рынке\n\n"
            "– Анна Сергеевна, каковы итоги прошлого года?\n\n"
            "– Выручка завода составила 96 млн рублей, из них экспорт – 60 млн рублей. Основная "
            "часть экспорта идёт в Россию: туда мы отгрузили продукции на 24 млн долларов. В "
            "позапрошлом – на 21 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2018-04-05", source="Брестский вестник",
                           url="https://brest-vestnik.example.by/2018/04/intervju")
    assert got["21 млн"].flow == "BY→RU"


def test_an_answer_to_how_much_workers_get_is_a_wage(tmp_path: Path) -> None:
    text = ("Интервью директора\n\n"
            "– Сколько вы вложили в новый цех?\n\n"
            "– Около 12 млн рублей за два года.\n\n"
            "– Сколько получают ваши работники?\n\n"
            "– В среднем 1 400 рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-05-05")
    assert got["1 400 рублей"].metric == "other"


def test_a_plan_for_the_year_after_this_year_so_far_is_for_this_year(tmp_path: Path) -> None:
    text = ("Тракторы на выставке\n\n"
            "Экспорт тракторов в Россию в 2023 году составил $900 млн, а за январь–март 2024 "
            "года – $240 млн. «План на год – $1 млрд», – сказал министр.\n")
    got = facts_by_surface(tmp_path, text, published="2024-04-20")
    assert got["$1 млрд"].year == 2024
    assert got["$1 млрд"].forecast


def test_a_bracketed_conversion_is_the_same_planned_sum(tmp_path: Path) -> None:
    text = ("Новый цех\n\n"
            "Стоимость проекта оценивается в 640 млн российских рублей (около $9,7 млн).\n")
    got = facts_by_surface(tmp_path, text, published="2019-05-14")
    assert got["640 млн российских рублей"].forecast
    assert got["около $9,7 млн"].forecast
    assert got["около $9,7 млн"].metric == got["640 млн российских рублей"].metric


def test_a_contract_term_is_not_its_year(tmp_path: Path) -> None:
    text = ("Поставки шин\n\n"
            "В 2023 году завод и покупатель подписали договор на поставку шин на 2024–2026 "
            "годы с минимальным объёмом закупок 3,2 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-10-01")
    assert got["3,2 млрд рублей"].metric == "agreements"
    assert got["3,2 млрд рублей"].year == 2023


def test_a_price_level_of_a_month_set_against_its_move_has_no_period(tmp_path: Path) -> None:
    text = ("Цены на рынке\n\n"
            "Килограмм груш на рынках подешевел до 90 рублей; в августе он стоил 120 рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2015-10-20")
    assert got["120 рублей"].period is None


def test_bare_numbers_beside_a_wage_and_after_for_comparison(tmp_path: Path) -> None:
    text = ("Интервью директора\n\n"
            "– Сколько получают ваши работники?\n\n"
            "– В среднем 900 рублей, наладчики – до 1 300.\n\n"
            "– А цены?\n\n"
            "– Тонна сыра стоит сейчас около 4 600 долларов. Для сравнения, в 2016 году было 3 500.\n")
    got = facts_by_surface(tmp_path, text, published="2018-06-01", source="Гродненская неделя",
                           url="https://grodno-week.example.by/2018/06/intervju")
    assert got["1 300"].amount.currency == got["900 рублей"].amount.currency
    assert got["3 500"].amount.currency == "USD"
    assert got["3 500"].year == 2016
