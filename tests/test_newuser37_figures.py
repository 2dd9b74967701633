"""What a new analyst found wrong or hidden among a briefing's figures (newuser37, session 37).
Texts written here in the style of Russian regional and business news, not the analyst's:

- machines handed over «в лизинг» are the lessor's financing, named or not, and money told
  of a federal district's farms is the district's figure;
- a report for one year tells that year's figures, not its publication year's;
- an investment announced for a project placed in a town takes the town's region;
- a federal buyer's purchase is no region's unless its sentence places it there;
- the price of one unit beside a purchase is a price, not a second purchase;
- a Belarusian maker's price told at a show in Russia is in Russian rubles;
- a procurement notice's contract price is a purchase, shown with the deals;
- «Что нового» names a purchase as the deals table does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from conftest import briefing_of, dated_dataset, tag_free

from analysis.briefing.downloads import consolidated_table
from analysis.money import find_amounts
from analysis.money.leasing import is_lessor_delivery
from analysis.money.scope import AmountScope


def amounts_of(tmp_path: Path, text: str, published: str = "2025-03-10") -> list[dict[str, Any]]:
    data = dated_dataset(tmp_path / "c", "a.txt", text, published)
    return data.amounts.to_dict("records")


def one(rows: list[dict[str, Any]], value: float) -> dict[str, Any]:
    found = [r for r in rows if abs(float(r["value"]) - value) < value * 1e-9]
    assert len(found) == 1, rows
    return found[0]


def test_machines_handed_over_in_lease_are_the_lessors_financing(tmp_path: Path) -> None:
    text = ("Лизинговая компания «Черноземагролизинг» подвела итоги года\n"
            "В 2023 году компания передала в лизинг агрохолдингам Приволжского федерального "
            "округа 96 комбайнов «Палессе» производства «Гомсельмаша» на сумму 2,6 млрд "
            "рублей.\n")
    assert one(amounts_of(tmp_path, text), 2.6e9)["metric"] == "financing"


def test_a_lessors_machines_for_a_districts_farms_are_the_districts_figure(tmp_path: Path) -> None:
    text = ("Лизинговая компания «Черноземагролизинг» подвела итоги года\n"
            "В 2023 году компания передала в лизинг агрохолдингам Приволжского федерального "
            "округа 96 комбайнов «Палессе» производства «Гомсельмаша» на сумму 2,6 млрд "
            "рублей.\n")
    b = briefing_of(tmp_path / "c", {"lease.txt": text}, lang="ru", currency="RUB")
    money = tag_free(b.money_table())
    assert "Приволжский федеральный округ" in money and "2,6 млрд" in money


def test_a_plant_handing_over_in_lease_in_news_of_no_lessor_is_no_lessors_delivery() -> None:
    text = ("Новые комбайны для хозяйств\n"
            "В 2023 году завод передал в лизинг агрохолдингам 96 комбайнов «Палессе» на сумму "
            "2,6 млрд рублей.\n")
    amount = find_amounts(text)[0]
    scope = AmountScope(text=text, start=text.index("В 2023"), end=len(text), amount=amount,
                        others=[amount])
    assert not is_lessor_delivery(scope)
    lessors = text.replace("Новые комбайны для хозяйств", "Лизинговая компания «Агро-Лизинг» "
                           "подвела итоги").replace("завод передал", "компания передала")
    amount = find_amounts(lessors)[0]
    scope = AmountScope(text=lessors, start=lessors.index("В 2023"), end=len(lessors),
                        amount=amount, others=[amount])
    assert is_lessor_delivery(scope)


def test_a_yearly_report_gives_its_year_to_figures_that_state_none(tmp_path: Path) -> None:
    text = ("Отчёт ООО «Техлизинг-Поволжье» о деятельности за 2021 год\n"
            "Утверждён советом директоров в марте 2022 года.\n"
            "Из областного бюджета компания получила субсидию на возмещение процентов по "
            "кредитам в размере 85 млн рублей.\n")
    row = one(amounts_of(tmp_path, text, "2022-03-28"), 85e6)
    assert row["metric"] == "financing" and row["year"] == 2021


def test_a_news_item_of_no_report_keeps_its_subsidy_yearless(tmp_path: Path) -> None:
    text = ("Хозяйства получат поддержку\n"
            "Из областного бюджета компания получила субсидию на возмещение процентов по "
            "кредитам в размере 85 млн рублей.\n")
    row = one(amounts_of(tmp_path, text, "2022-03-28"), 85e6)
    assert pd.isna(row["year"])


def test_an_announced_investment_takes_the_region_of_the_projects_town(tmp_path: Path) -> None:
    text = ("Завод так и не построили\n"
            "Жители пишут в редакцию: «Пять лет назад нам рассказывали, что в Фурманове "
            "откроют сборку погрузчиков «Амкодор». Забор поставили, и на этом всё. "
            "Заявленные вложения в 350 млн рублей так и остались на бумаге».\n")
    assert one(amounts_of(tmp_path, text), 350e6)["region"] == "Ивановская область"


def test_a_federal_buyers_purchase_takes_no_region_of_the_lead(tmp_path: Path) -> None:
    text = ("В Пензенской области соберут белорусские сеялки\n"
            "Пенза, 3 марта 2025 года. Областная компания и белорусский завод наладят сборку "
            "сеялок в Кузнецке.\n\n"
            "Кроме того, АО «Росагролизинг» закупит 800 тракторов МТЗ на 4,1 млрд рублей.\n")
    row = one(amounts_of(tmp_path, text), 4.1e9)
    assert not isinstance(row["region"], str) or not row["region"]


def test_a_federal_buyers_purchase_for_the_region_keeps_the_region(tmp_path: Path) -> None:
    text = ("В Пензенской области соберут белорусские сеялки\n"
            "Пенза, 3 марта 2025 года. Областная компания и белорусский завод наладят сборку "
            "сеялок в Кузнецке.\n\n"
            "Кроме того, АО «Росагролизинг» закупит для аграриев области 80 тракторов МТЗ на "
            "410 млн рублей.\n")
    assert one(amounts_of(tmp_path, text), 410e6)["region"] == "Пензенская область"


def test_a_price_at_a_show_in_russia_is_in_russian_rubles(tmp_path: Path) -> None:
    text = ("Белорусская техника на выставке в Казани\n"
            "На выставке «Агрокомплекс» в Казани минские машиностроители показали новую "
            "линейку погрузчиков.\n"
            "«Фронтальный погрузчик на нашем стенде сегодня предлагаем по цене 9,8 млн "
            "рублей», — рассказал представитель холдинга «Амкодор» Павел Сидоренко.\n")
    assert one(amounts_of(tmp_path, text, "2024-05-20"), 9.8e6)["currency"] == "RUB"


PURCHASE = ("Администрация Омска закупит белорусские троллейбусы\n"
            "Администрация Омска закупит 12 троллейбусов «Белкоммунмаш» на 420 млн рублей.\n"
            "Таким образом, стоимость одного троллейбуса составит 35 млн рублей.\n")

NOTICE = ("ИЗВЕЩЕНИЕ О ПРОВЕДЕНИИ ЗАПРОСА КОТИРОВОК\n"
          "Заказчик: муниципальное казённое учреждение «Дорсервис» города Курска.\n"
          "Объект закупки: поставка фронтальных погрузчиков производства ОАО «Амкодор» "
          "(Республика Беларусь) в количестве 3 единиц.\n"
          "Начальная (максимальная) цена контракта: 27 900 000,00 (двадцать семь миллионов "
          "девятьсот тысяч) рублей 00 копеек.\n")


def test_the_price_of_one_unit_is_not_a_second_purchase(tmp_path: Path) -> None:
    b = briefing_of(tmp_path / "c", {"omsk.txt": PURCHASE}, lang="ru", currency="RUB")
    deals = tag_free(b.deals_table())
    assert "покупка (троллейбусы)" in deals and "420 млн" in deals
    assert "35 млн" not in deals


def test_a_notices_contract_price_is_a_purchase_shown_with_the_deals(tmp_path: Path) -> None:
    b = briefing_of(tmp_path / "c", {"notice.txt": NOTICE}, lang="ru", currency="RUB")
    deals = tag_free(b.deals_table())
    assert "покупка" in deals and "27,9 млн" in deals


def test_whats_new_names_a_purchase_as_the_deals_table_does(tmp_path: Path) -> None:
    b = briefing_of(tmp_path / "c", {"omsk.txt": PURCHASE}, lang="ru", currency="RUB")
    rows = consolidated_table(b.figures, b.articles).to_dict("records")
    item = tag_free(b._figure_item(one(rows, 420e6)))
    assert "покупка (троллейбусы)" in item and "прочее" not in item


def test_a_notices_contract_price_takes_its_customers_region(tmp_path: Path) -> None:
    row = one(amounts_of(tmp_path, NOTICE, "2024-04-02"), 27.9e6)
    assert row["region"] == "Курская область"
