"""Services rendered to another country's people or firms are an export of services (session
25, metric25): the verb «оказать», its object «услуг» and a foreign recipient in the dative
(«гражданам Казахстана», «иностранцам», «российским заказчикам») make the sum a sale abroad;
with no foreign recipient named the sum stays the provider's revenue. The texts are written
for these tests in the manner of clinics' and firms' releases."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe


def metrics(text: str) -> list[tuple[str, str]]:
    facts = describe(SimpleNamespace(text=text, published=dt.date(2025, 3, 12)))
    return [(f.amount.surface, f.metric) for f in facts]


@pytest.mark.parametrize(("text", "expected"), [
    ("За девять месяцев глазная клиника оказала гражданам Казахстана медицинских услуг на "
     "2,4 млн долларов.", [("2,4 млн долларов", "export")]),
    ("Санатории области в прошлом году оказали иностранцам оздоровительных услуг на 310 млн "
     "рублей, из которых на граждан России пришлось около 190 млн рублей.",
     [("310 млн рублей", "export"), ("около 190 млн рублей", "export")]),
    ("Гродненские программисты за полугодие оказали российским заказчикам услуг на 48 млн "
     "долларов.", [("48 млн долларов", "export")]),
])
def test_services_rendered_to_foreign_buyers_are_an_export(text: str, expected: list) -> None:
    assert metrics(text) == expected


def test_a_figure_before_does_not_hand_its_metric_to_the_services_sold_abroad() -> None:
    text = ("На новое отделение из областного бюджета выделено 120 млн рублей. «За год мы "
            "оказали пациентам из Беларуси услуг на 9,5 млн рублей», — сказал главный врач.")
    assert metrics(text) == [("120 млн рублей", "financing"), ("9,5 млн рублей", "export")]


def test_services_with_no_foreign_recipient_stay_the_providers_revenue() -> None:
    text = "За квартал гостиницы района оказали услуг на 56 млн рублей."
    assert metrics(text) == [("56 млн рублей", "other")]


# session 29 (metric29): work or orders carried out on the other side's ground
@pytest.mark.parametrize(("text", "expected"), [
    ("Мозырская буровая компания за девять месяцев выполнила в Ямало-Ненецком автономном "
     "округе геофизических работ на 41 млн долларов.", [("41 млн долларов", "export")]),
    ("Подмосковный проектный институт в прошлом году выполнил в Беларуси заказов на 86 млн "
     "российских рублей.", [("86 млн российских рублей", "export")]),
    ("Брестские строители выполнили в России монтажных работ на общую сумму 12 млн долларов.",
     [("12 млн долларов", "export")]),
])
def test_work_carried_out_in_the_other_country_is_an_export(text: str, expected: list) -> None:
    assert metrics(text) == expected


def test_work_for_a_client_with_no_place_stays_the_providers_revenue() -> None:
    text = "Институт выполнил для белорусского завода расчётных работ на 17 млн рублей."
    assert metrics(text) == [("17 млн рублей", "other")]
