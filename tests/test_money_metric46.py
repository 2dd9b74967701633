"""The metric in kinds of writing the earlier probes lacked (session 46, metric46): texts written
for the project without looking at gold (`tests/data/metric46_probe.jsonl`, 326 texts with 450
amounts: participles and passives of the verbs of financing, credit, investment, purchase and
trade; a measure pointed back to («этот показатель», «указанная сумма», «её размер»); shares and
remainders of a whole; lists that switch metric mid-way; captions, chronologies, tickers,
ratings, explainers, corrections, denials, radio transcripts, a head's report, a duma session,
reference notes, quote chains, newsletters, headings and titles that carry the measure), scored
with a floor, and one named test for each class the session fixed, in sentences other than the
probe's, with counter-tests where the old reading must stay."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import metric_of_surface

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import metric_probe  # noqa: E402  (a benchmark script: the probe's scorer)

PROBE = ROOT / "tests" / "data" / "metric46_probe.jsonl"
# measured 419/450 at the end of session 46 (402 at its start on main); a few amounts of margin
_PROBE_FLOOR = 415


def test_probe_metric_stays_above_its_floor() -> None:
    outcomes = metric_probe.score(metric_probe.read_probe(PROBE))
    assert len(outcomes) == 450
    assert sum(o.got is None for o in outcomes) == 0
    assert sum(o.got == o.want for o in outcomes) >= _PROBE_FLOOR


def test_probe_lines_are_well_formed() -> None:
    cases = metric_probe.read_probe(PROBE)
    assert len(cases) == 326
    assert metric_probe.malformed(cases) == []


def _metric(tmp_path: Path, text: str, surface: str) -> str:
    return metric_of_surface(tmp_path, text, surface, published="2026-03-02")


# ------------------------------------------------------------------ a bank that «даст» the money
def test_a_bank_that_gives_a_part_lends_it(tmp_path: Path) -> None:
    text = ("Строительство элеватора оценивается в 2,4 млрд рублей. Из них 1,6 млрд рублей даст "
            "Россельхозбанк, остальное вложит агрохолдинг.")
    assert _metric(tmp_path, text, "1,6 млрд рублей") == "credit"


def test_a_bank_of_the_clause_before_lends_nothing_to_the_next_figure(tmp_path: Path) -> None:
    text = ("На модернизацию литейного цеха нужно 900 млн рублей: 600 млн рублей дал банк, "
            "а 300 млн рублей завод вложит из собственных средств.")
    assert _metric(tmp_path, text, "600 млн рублей") == "credit"
    assert _metric(tmp_path, text, "300 млн рублей") == "investment"


# ------------------------------------------------------------------ a share falls to its measure
def test_a_share_that_falls_to_export_is_the_export(tmp_path: Path) -> None:
    text = "Из 7,8 млрд рублей выручки комбината на экспорт в Беларусь пришлось 2,2 млрд рублей."
    assert _metric(tmp_path, text, "2,2 млрд рублей") == "export"


def test_a_share_told_after_the_amount(tmp_path: Path) -> None:
    text = ("Внешняя торговля области составила 3 млрд долларов, при этом 1,1 млрд долларов "
            "пришлось на импорт.")
    assert _metric(tmp_path, text, "1,1 млрд долларов") == "import"


def test_a_share_of_a_country_names_no_measure(tmp_path: Path) -> None:
    # «на Беларусь пришлось» names a market, not a measure: the whole's word reads it
    text = "Экспорт области за год — 2,4 млрд долларов, на Беларусь пришлось 640 млн долларов."
    assert _metric(tmp_path, text, "640 млн долларов") == "export"


# ------------------------------------------------------------------ «X — noun» items of a list
def test_list_items_named_after_their_dash(tmp_path: Path) -> None:
    text = ("Источники финансирования понятны: 3 млрд рублей — заём Фонда развития "
            "промышленности, 1 млрд рублей — средства акционеров.")
    assert _metric(tmp_path, text, "3 млрд рублей") == "credit"
    assert _metric(tmp_path, text, "1 млрд рублей") == "investment"


# ------------------------------------------------------------------ dealers' sales in a macro-region
def test_dealer_sales_in_a_federal_district_are_belarus_export(tmp_path: Path) -> None:
    text = ("Продажи белорусских погрузчиков через дилеров в Приволжском федеральном округе "
            "за год составили 1,3 млрд рублей.")
    assert _metric(tmp_path, text, "1,3 млрд рублей") == "export"


# ------------------------------------------------------------------ a credit given by its size
def test_a_credit_given_by_its_size(tmp_path: Path) -> None:
    text = "Новый склад запчастей построен на кредит Газпромбанка в 350 млн рублей."
    assert _metric(tmp_path, text, "350 млн рублей") == "credit"


# ------------------------------------------------------------------ pointers to money told before
def test_a_possessive_points_to_the_credit_not_to_a_verb(tmp_path: Path) -> None:
    text = ("Третий транш российского кредита будет выделен весной. Его размер — "
            "250 млн долларов.")
    assert _metric(tmp_path, text, "250 млн долларов") == "credit"


def test_the_sum_pointed_back_to_keeps_its_loan_over_a_purpose(tmp_path: Path) -> None:
    text = ("Фонд развития промышленности одобрил заём машиностроительному заводу. Эта сумма — "
            "300 млн рублей — пойдёт на покупку станков.")
    assert _metric(tmp_path, text, "300 млн рублей") == "credit"


def test_the_sum_pointed_back_to_money_named_with_no_figure(tmp_path: Path) -> None:
    # the pointer is read as the clause's subject, not as the topic's «points past a
    # figureless sentence»: the budget money named before still dates and names it
    text = ("На поддержку сельхозмашиностроения в бюджете предусмотрены дополнительные средства. "
            "В 2026 году эта сумма составит 900 млн рублей.")
    assert _metric(tmp_path, text, "900 млн рублей") == "financing"


# ------------------------------------------------------------------ guarantees, budgets, revenue
def test_a_guarantee_for_a_credit_is_support(tmp_path: Path) -> None:
    text = "Гарантия по кредиту составила 80 млн рублей."
    assert _metric(tmp_path, text, "80 млн рублей") == "financing"


def test_a_credit_under_a_guarantee_stays_the_credit(tmp_path: Path) -> None:
    text = "Кредит под гарантию правительства составил 80 млн рублей."
    assert _metric(tmp_path, text, "80 млн рублей") == "credit"


def test_amendments_to_a_budget_pay_nothing_into_it(tmp_path: Path) -> None:
    text = ("Депутаты приняли поправки в областной бюджет: на обновление автобусного парка "
            "дополнительно выделено 420 млн рублей.")
    assert _metric(tmp_path, text, "420 млн рублей") == "financing"


def test_money_paid_into_a_budget_stays_revenue(tmp_path: Path) -> None:
    text = "По итогам года предприятие перечислило в областной бюджет 210 млн рублей."
    assert _metric(tmp_path, text, "210 млн рублей") == "other"


def test_money_earned_on_the_russian_market_is_export(tmp_path: Path) -> None:
    text = "Белорусские обувщики заработали на российском рынке за полгода 95 млн долларов."
    assert _metric(tmp_path, text, "95 млн долларов") == "export"


# ------------------------------------------------------------------ participles
def test_an_invested_participle_governs_its_object(tmp_path: Path) -> None:
    text = "Инвестированные в производство кабин 1,8 млрд рублей окупятся за семь лет."
    assert _metric(tmp_path, text, "1,8 млрд рублей") == "investment"


def test_output_after_a_plain_adjective_stays_output(tmp_path: Path) -> None:
    text = "Объём промышленного производства в области за год — 210 млрд рублей."
    assert _metric(tmp_path, text, "210 млрд рублей") == "production"


# ------------------------------------------------------------------ a supplier and its one buyer
def test_a_suppliers_shipment_to_its_buyer_is_one_sellers_goods(tmp_path: Path) -> None:
    text = "Основной поставщик зерна на мелькомбинат отгрузил сырья за сезон на 1,4 млрд рублей."
    assert _metric(tmp_path, text, "1,4 млрд рублей") == "other"


def test_a_supplier_shipping_into_a_region_stays_the_trade(tmp_path: Path) -> None:
    text = "Белорусский поставщик отгрузил в Смоленскую область техники на 640 млн рублей."
    assert _metric(tmp_path, text, "640 млн рублей") == "export"
