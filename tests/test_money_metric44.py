"""The metric in news the rounds have not shown, second probe (session 44, metric44): texts
written for the project without looking at gold (`tests/data/metric44_probe.jsonl`, 295 short
texts in the style of Russian regional and federal news, business weeklies, enterprise
releases, interviews and Belarusian state media, 335 amounts with the metric an analyst gives
them by the conventions), scored with a floor, and one named test for each class of writing
the session fixed: an ambulance's «помощь», output «в фактических ценах», a bonus or prize
fund, interest paid «по кредитам» or «по облигациям», «затраты» on debt service, interest
support pointed back to («на это»), support named by its own noun over the purpose it is
spent on, a Belarusian «товаропроводящая сеть» and «сбыт» in Russia, a company's purchase
told as a «сделка», a budget's revenue from a sale, «рефинансировал», and a list under a
heading of signed deals; a support's size pointed back to and told per unit, and own funds
past a participle clause set off by commas."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import metric_of_surface

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import metric_probe  # noqa: E402  (a benchmark script: the probe's scorer)

PROBE = ROOT / "tests" / "data" / "metric44_probe.jsonl"
# measured at the end of session 44 (305 of 335 at its start, 325 at its end); a few amounts of margin
_PROBE_FLOOR = 320
# two amounts with no currency word («вложились почти на 7 миллиардов») are not found yet: an
# amount form, not a metric
_NOT_FOUND = 2


def test_probe_metric_stays_above_its_floor() -> None:
    outcomes = metric_probe.score(metric_probe.read_probe(PROBE))
    assert len(outcomes) == 335
    assert sum(o.got is None for o in outcomes) <= _NOT_FOUND
    assert sum(o.got == o.want for o in outcomes) >= _PROBE_FLOOR


def test_probe_lines_are_well_formed() -> None:
    cases = metric_probe.read_probe(PROBE)
    assert 200 <= len(cases) <= 300
    assert metric_probe.malformed(cases) == []


def _metric(tmp_path: Path, text: str, surface: str) -> str:
    return metric_of_surface(tmp_path, text, surface)


def test_an_ambulance_is_no_support(tmp_path: Path) -> None:
    # «скорая помощь» names a vehicle bought, not aid given
    text = "Район получил четыре автомобиля скорой помощи стоимостью 32 млн рублей."
    assert _metric(tmp_path, text, "32 млн рублей") == "other"


def test_output_in_current_prices_is_output(tmp_path: Path) -> None:
    # «в текущих ценах» says how output is valued, no price
    text = "Валовая продукция сельского хозяйства района в текущих ценах составила 4,4 млрд рублей."
    assert _metric(tmp_path, text, "4,4 млрд рублей") == "production"


@pytest.mark.parametrize("text", [
    "Призовой фонд турнира в этом году составит 5 млн рублей.",
    "Премиальный фонд бригады за сезон вырос до 5 млн рублей.",
])
def test_a_bonus_or_prize_fund_is_other(tmp_path: Path, text: str) -> None:
    assert _metric(tmp_path, text, "5 млн рублей") == "other"


@pytest.mark.parametrize("text", [
    "Проценты по займам обошлись комбинату в 420 млн рублей.",
    "Проценты, уплаченные холдингом по облигациям, составили 420 млн рублей.",
    "Процентные расходы по кредитам банков за год достигли 420 млн рублей.",
])
def test_interest_paid_is_other(tmp_path: Path, text: str) -> None:
    # interest is what the borrower pays, not the credit it is paid on
    assert _metric(tmp_path, text, "420 млн рублей") == "other"


def test_a_loan_stays_credit_beside_its_rate(tmp_path: Path) -> None:
    text = "Банк выдал заводу кредит на 420 млн рублей по ставке 12% годовых."
    assert _metric(tmp_path, text, "420 млн рублей") == "credit"


def test_costs_of_debt_service_are_a_payment(tmp_path: Path) -> None:
    text = "Затраты на обслуживание муниципального долга в этом году составят 75 млн рублей."
    assert _metric(tmp_path, text, "75 млн рублей") == "other"


def test_costs_of_building_stay_investment(tmp_path: Path) -> None:
    text = "Затраты на строительство нового цеха составили 75 млн рублей."
    assert _metric(tmp_path, text, "75 млн рублей") == "investment"


def test_interest_support_pointed_back_to(tmp_path: Path) -> None:
    text = ("Фермерам возместят часть процентной ставки по инвестиционным кредитам — на эти "
            "цели в областном бюджете заложено 140 млн рублей.")
    assert _metric(tmp_path, text, "140 млн рублей") == "financing"


@pytest.mark.parametrize("text", [
    "На реконструкцию сельских домов культуры направлено 55 млн рублей субсидий.",
    "На строительство очистных сооружений в районе направлено 55 млн рублей господдержки.",
])
def test_support_named_by_its_own_noun(tmp_path: Path, text: str) -> None:
    # the noun counted after the sum names the money, whatever it is spent on
    assert _metric(tmp_path, text, "55 млн рублей") == "financing"


def test_a_companys_own_modernisation_stays_investment(tmp_path: Path) -> None:
    text = "Комбинат направил на модернизацию прокатного стана 55 млн рублей."
    assert _metric(tmp_path, text, "55 млн рублей") == "investment"


@pytest.mark.parametrize("text", [
    "Товаропроводящая сеть белорусских предприятий в Российской Федерации реализовала "
    "продукции на 900 млн долларов.",
    "Сбыт белорусских шин в России за год вырос до 900 млн долларов.",
])
def test_belarusian_goods_sold_in_russia_are_export(tmp_path: Path, text: str) -> None:
    assert _metric(tmp_path, text, "900 млн долларов") == "export"


def test_a_sales_channel_without_belarus_stays_revenue(tmp_path: Path) -> None:
    text = "Товаропроводящая сеть холдинга продала продукции на 900 млн рублей."
    assert _metric(tmp_path, text, "900 млн рублей") == "other"


def test_the_purchase_of_a_company_told_as_a_deal(tmp_path: Path) -> None:
    # the lead's decision of session 41: a company or a stake changing hands is `other`
    text = "Сделка по покупке контрольного пакета акций завода обошлась покупателю в 3 млрд рублей."
    assert _metric(tmp_path, text, "3 млрд рублей") == "other"


def test_a_supply_deal_stays_an_agreement(tmp_path: Path) -> None:
    text = "Сделка по поставке 200 лифтов в Москву оценивается в 3 млрд рублей."
    assert _metric(tmp_path, text, "3 млрд рублей") == "agreements"


def test_a_budgets_revenue_from_a_sale_is_other(tmp_path: Path) -> None:
    text = "Доходы бюджета города от аренды муниципального имущества составили 210 млн рублей."
    assert _metric(tmp_path, text, "210 млн рублей") == "other"


def test_a_budgets_own_revenue_side_stays_financing(tmp_path: Path) -> None:
    text = "Доходы бюджета Союзного государства на следующий год утверждены в объёме 6 млрд рублей."
    assert _metric(tmp_path, text, "6 млрд рублей") == "financing"


def test_refinancing_is_a_credit(tmp_path: Path) -> None:
    text = "ВТБ рефинансировал обязательства агрохолдинга на 2,5 млрд рублей."
    assert _metric(tmp_path, text, "2,5 млрд рублей") == "credit"


def test_items_under_a_heading_of_signed_deals(tmp_path: Path) -> None:
    text = ("Договоры, подписанные в первый день выставки:\n"
            "— поставка 12 троллейбусов в Саратов — 380 млн рублей;\n"
            "— 40 автобусов МАЗ для перевозчика из Уфы на 95 млн рублей.")
    assert _metric(tmp_path, text, "380 млн рублей") == "agreements"
    assert _metric(tmp_path, text, "95 млн рублей") == "agreements"


def test_items_under_a_plain_heading_keep_their_words(tmp_path: Path) -> None:
    text = ("Итоги полугодия:\n"
            "— поставки в Россию — 380 млн долларов;\n"
            "— поставки в Казахстан — 95 млн долларов.")
    assert _metric(tmp_path, text, "380 млн долларов") == "export"


def test_support_size_pointed_back_to_per_unit(tmp_path: Path) -> None:
    text = ("Грант на закладку садов увеличен. Теперь его размер составляет 400 тыс. рублей "
            "за гектар.")
    assert _metric(tmp_path, text, "400 тыс. рублей") == "financing"


def test_a_price_pointed_back_to_per_unit_stays_a_price(tmp_path: Path) -> None:
    text = "Цена молока снова выросла. Теперь её размер — 40 рублей за литр."
    assert _metric(tmp_path, text, "40 рублей") == "other"


def test_own_funds_past_a_participle_clause(tmp_path: Path) -> None:
    text = ("Собственные средства холдинга, вложенные в новую ферму, составили 640 млн "
            "рублей.")
    assert _metric(tmp_path, text, "640 млн рублей") == "investment"


def test_money_gone_to_people_is_no_shipment(tmp_path: Path) -> None:
    # «ушло» with a dative: money paid to someone, not goods shipped to a buyer
    text = "На выплату пособий переселенцам из городского бюджета ушло 18 млн рублей."
    assert _metric(tmp_path, text, "18 млн рублей") != "export"


def test_goods_shipped_to_a_dative_buyer_stay_export(tmp_path: Path) -> None:
    text = "Завод отгрузил смоленским аграриям техники на 18 млн рублей."
    assert _metric(tmp_path, text, "18 млн рублей") == "export"
