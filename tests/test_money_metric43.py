"""The metric in news the rounds have not shown (session 43, metric43): texts written for the
project without looking at gold (`tests/data/metric43_probe.jsonl`, 300 short texts in the
style of Russian regional and federal news and Belarusian state media, 344 amounts with the
metric an analyst gives them by the conventions), scored with a floor, and one named test for
each class of writing the session fixed: what a lessee pays on a lease, the wage fund, a
purchase made on credit, production named as a purpose, a credit line's «лимит» pointed back
to, the words of contracting, an overdraft, goods «завезены» from Belarus, a chain's turnover
named after an adjective, a part given on terms, gross output, a project's cost told with
«стоит»."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import metric_of_surface

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import metric_probe  # noqa: E402  (a benchmark script: the probe's scorer)

PROBE = ROOT / "tests" / "data" / "metric43_probe.jsonl"
# measured 331/344 at the end of session 43 (317 at its start); a few amounts of margin
_PROBE_FLOOR = 327


def test_probe_metric_stays_above_its_floor() -> None:
    outcomes = metric_probe.score(metric_probe.read_probe(PROBE))
    assert len(outcomes) == 344
    assert all(o.got is not None for o in outcomes)  # every expected amount is found
    assert sum(o.got == o.want for o in outcomes) >= _PROBE_FLOOR


def test_probe_lines_are_well_formed() -> None:
    cases = metric_probe.read_probe(PROBE)
    assert 200 <= len(cases) <= 300
    assert metric_probe.malformed(cases) == []


def _metric(tmp_path: Path, text: str, surface: str) -> str:
    return metric_of_surface(tmp_path, text, surface)


@pytest.mark.parametrize("text", [
    "Лизинговые платежи хозяйства за два трактора составляют 180 тыс. рублей в месяц.",
    "Фермер ежемесячно оплачивает за лизинг погрузчика 180 тыс. рублей.",
    "Платежи по лизингу автобусов обходятся перевозчику в 180 тыс. рублей в месяц.",
])
def test_what_a_lessee_pays_is_other(tmp_path: Path, text: str) -> None:
    # the conventions' leasing row: what a farm or a carrier pays is `other`, not the lessor's
    # financing «лизинг» would name
    assert _metric(tmp_path, text, "180 тыс. рублей") == "other"


def test_the_lessors_deliveries_stay_financing(tmp_path: Path) -> None:
    text = "«Росагролизинг» передал аграриям области техники на 640 млн рублей."
    assert _metric(tmp_path, text, "640 млн рублей") == "financing"


def test_the_wage_fund_is_wages(tmp_path: Path) -> None:
    text = "Годовой фонд оплаты труда комбината превысил 800 млн рублей."
    assert _metric(tmp_path, text, "800 млн рублей") == "other"


def test_a_purchase_made_on_credit_is_the_purchase(tmp_path: Path) -> None:
    text = "Кооператив купил три погрузчика «Амкодор» в кредит на 27 млн рублей."
    assert _metric(tmp_path, text, "27 млн рублей") == "other"


def test_a_credit_taken_for_a_purchase_stays_the_credit(tmp_path: Path) -> None:
    text = "Хозяйство получило кредит на 12 млн рублей и купило трактор."
    assert _metric(tmp_path, text, "12 млн рублей") == "credit"


def test_production_named_as_a_purpose_is_no_output(tmp_path: Path) -> None:
    text = "На развитие производства завод направил 65 млн рублей собственных средств."
    assert _metric(tmp_path, text, "65 млн рублей") == "investment"


def test_a_credit_lines_limit_pointed_back_to_is_the_credit(tmp_path: Path) -> None:
    text = ("Россельхозбанк открыл агрохолдингу кредитную линию. Её лимит составил "
            "1,2 млрд рублей.")
    assert _metric(tmp_path, text, "1,2 млрд рублей") == "credit"


@pytest.mark.parametrize(("text", "surface"), [
    ("Завод законтрактовал экспортные поставки на 30 млн долларов.", "30 млн долларов"),
    ("Уровень контрактации на следующий год — 140 млн долларов.", "140 млн долларов"),
])
def test_contracting_is_agreements(tmp_path: Path, text: str, surface: str) -> None:
    assert _metric(tmp_path, text, surface) == "agreements"


def test_an_overdraft_is_a_credit(tmp_path: Path) -> None:
    text = "Банк предоставил торговому дому овердрафт на 20 млн рублей."
    assert _metric(tmp_path, text, "20 млн рублей") == "credit"


def test_goods_brought_in_from_belarus_are_an_import(tmp_path: Path) -> None:
    text = ("С начала года из Беларуси в Смоленскую область завезли продукции на "
            "75 млн долларов.")
    assert _metric(tmp_path, text, "75 млн долларов") == "import"


def test_a_chains_turnover_after_its_adjective_is_its_sales(tmp_path: Path) -> None:
    # «розничной» is a cue of its own; the turnover word it hands up to is still a seller's
    text = "Оборот розничной сети белорусской обуви вырос до 640 млн рублей."
    assert _metric(tmp_path, text, "640 млн рублей") == "other"


def test_the_sides_turnover_stays_trade(tmp_path: Path) -> None:
    text = "Торговый оборот края с Беларусью за полугодие составил 210 млн долларов."
    assert _metric(tmp_path, text, "210 млн долларов") == "trade_turnover"


def test_a_part_given_on_terms_is_of_its_whole(tmp_path: Path) -> None:
    text = "Банки выдали экспортёрам 2,2 млрд рублей, из них 800 млн — по льготной ставке."
    assert _metric(tmp_path, text, "800 млн") == "credit"


def test_gross_output_is_production(tmp_path: Path) -> None:
    text = "Валовая продукция сельского хозяйства области достигла 90 млрд рублей."
    assert _metric(tmp_path, text, "90 млрд рублей") == "production"


@pytest.mark.parametrize(("text", "surface"), [
    ("Проект стоит около 6 млрд рублей, строительство начнётся весной.", "6 млрд рублей"),
    ("Строительство логистического центра будет стоить 1,1 млрд рублей.", "1,1 млрд рублей"),
])
def test_a_projects_cost_told_with_stoit_is_an_investment(tmp_path: Path, text: str,
                                                          surface: str) -> None:
    assert _metric(tmp_path, text, surface) == "investment"


def test_a_price_in_a_facility_told_with_stoit_stays_a_price(tmp_path: Path) -> None:
    text = "Номер в гостиничном комплексе стоит 5 тыс. рублей в сутки."
    assert _metric(tmp_path, text, "5 тыс. рублей") == "other"


def test_a_part_of_a_credit_told_in_a_quote_stays_the_credit(tmp_path: Path) -> None:
    # «законтрактовали» names contracts, but the quote opens with the whole the sentence
    # before named, a credit: the part is of that credit, as «Из 105 млрд … получил» is
    text = ("Журналисты спросили, сколько уже выбрано из российского кредита. Ответ министра "
            "финансов: «Из 50 миллиардов рублей мы законтрактовали около 40 миллиардов».")
    assert _metric(tmp_path, text, "40 миллиардов") == "credit"
