"""The metric carried over in whole short articles (session 44, metric44b): articles written for
the project without looking at gold (`tests/data/metric44b_probe.jsonl`, 76 articles of 4–12
sentences with a title line in the style of Russian regional and federal news, enterprise
releases, interviews and Belarusian state media, 325 amounts with the metric an analyst gives
them by the conventions), scored with a floor, and one named test for each class the session
fixed: money «на те же цели» after a figure, a purpose «на освоение выпуска», a facility «по
выпуску» in a table's row, a fair's budget, a commission fee, a credit line «для
финансирования» pointed back to, «этот показатель» past a sentence with no figure, parts of a
flow read by where the goods go, «наибольший вклад» of the items of a total, a lessor's
portfolio of leasing contracts, a lessor named again as «компания»."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import facts_by_surface, metric_of_surface

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import metric_probe  # noqa: E402  (a benchmark script: the probe's scorer)

PROBE = ROOT / "tests" / "data" / "metric44b_probe.jsonl"
# measured 316/325 at the end of session 44 (299 at its start); a few amounts of margin
_PROBE_FLOOR = 312


def test_probe_metric_stays_above_its_floor() -> None:
    outcomes = metric_probe.score(metric_probe.read_probe(PROBE))
    assert len(outcomes) == 325
    assert sum(o.got is None for o in outcomes) <= 1  # «выйти на 7,2 миллиарда»: not found yet
    assert sum(o.got == o.want for o in outcomes) >= _PROBE_FLOOR


def test_probe_lines_are_well_formed() -> None:
    cases = metric_probe.read_probe(PROBE)
    assert 60 <= len(cases) <= 100
    assert metric_probe.malformed(cases) == []
    for case in cases:
        assert 2 <= len(case["amounts"]) <= 8
        assert "\n" in case["text"]  # a title line, then the article


def _metrics(tmp_path: Path, text: str) -> dict[str, str]:
    facts = facts_by_surface(tmp_path, text, published="2025-10-01")
    return {surface: fact.metric for surface, fact in facts.items()}


def _metric(tmp_path: Path, text: str, surface: str) -> str:
    return metric_of_surface(tmp_path, text, surface, published="2025-10-01")


def test_money_for_the_same_purpose_is_of_the_figures_kind(tmp_path: Path) -> None:
    text = ("Комбинат обновит прессовое производство\nКомбинат вложит в новую линию прессования "
            "52 млн долларов. На эти же цели в следующем году направят ещё 30 млн.\nВ прошлом "
            "году на те же цели было направлено 18 млн долларов.")
    assert _metric(tmp_path, text, "30 млн") == "investment"
    assert _metric(tmp_path, text, "18 млн долларов") == "investment"


def test_a_purpose_told_without_a_figure_hands_on_no_figures_kind(tmp_path: Path) -> None:
    # «на те же цели» points to the purpose of a sentence with no figure: not to the credit told
    # before it
    text = ("Программа поддержки садоводов\nНа программу в будущем году предусмотрено 900 млн "
            "рублей. Ещё 300 млн рублей составят кредиты банков. Основная часть денег пойдёт на "
            "закладку садов. На те же цели направят 500 млн рублей.")
    assert _metric(tmp_path, text, "500 млн рублей") == "financing"


def test_a_purpose_of_mastering_output_is_no_output(tmp_path: Path) -> None:
    text = ("Фонд выдал займы трём заводам\nОбластной фонд развития промышленности одобрил "
            "льготные займы. Литейный завод получит 90 млн рублей на освоение выпуска корпусов "
            "для тракторов.")
    assert _metric(tmp_path, text, "90 млн рублей") == "credit"


def test_a_facility_named_by_its_output_in_a_table_row(tmp_path: Path) -> None:
    text = ("Проекты в индустриальном парке\nСписок резидентов парка.\n"
            "Резидент | проект | объём вложений\n"
            "«Агропак» | Цех по производству упаковки | 420 млн руб.\n"
            "«Металлстрой» | Завод по выпуску металлоконструкций | 1,1 млрд руб.")
    assert _metric(tmp_path, text, "420 млн руб.") == "investment"
    assert _metric(tmp_path, text, "1,1 млрд руб.") == "investment"


def test_a_plant_making_goods_still_reports_its_output(tmp_path: Path) -> None:
    text = "Завод по производству кирпича в прошлом году выпустил продукции на 640 млн рублей."
    assert _metric(tmp_path, text, "640 млн рублей") == "production"


@pytest.mark.parametrize("text", [
    "Бюджет ярмарки «Белорусская неделя» в этом году составил 3 млн рублей.",
    "Бюджет выставки белорусских товаров в Казани — 3 млн рублей.",
])
def test_an_events_budget_is_its_cost(tmp_path: Path, text: str) -> None:
    assert _metric(tmp_path, text, "3 млн рублей") == "other"


def test_a_commission_fee_is_other(tmp_path: Path) -> None:
    text = ("Итоги торгов на бирже\nНа бирже за полугодие заключено сделок на 900 млн "
            "долларов. Комиссионный сбор с участников составил 1,7 млн рублей.")
    assert _metric(tmp_path, text, "900 млн долларов") == "agreements"
    assert _metric(tmp_path, text, "1,7 млн рублей") == "other"


def test_a_credit_line_for_financing_deliveries_is_the_credit(tmp_path: Path) -> None:
    text = ("Банк открыл заводу кредитную линию для финансирования поставок лифтов в Казахстан. "
            "Её лимит составит 35 млн долларов.")
    assert _metric(tmp_path, text, "35 млн долларов") == "credit"
    told = "Банк открыл заводу кредитную линию для финансирования поставок на 35 млн долларов."
    assert _metric(tmp_path, told, "35 млн долларов") == "credit"


def test_this_measure_past_a_figureless_sentence_is_the_last_figure(tmp_path: Path) -> None:
    # «этот показатель» after a list and a sentence with no figure: the figures the list told
    text = ("Завод нарастил поставки\nБорисовский завод агрегатов отгрузил в Казань, Самару и "
            "Пермь продукции на 1,2 млрд рублей. В Казань — на 500 млн, в Самару — на 400 млн "
            "рублей. Остальное пришлось на Пермь. В будущем году завод рассчитывает увеличить "
            "этот показатель до 1,5 млрд рублей.")
    metrics = _metrics(tmp_path, text)
    assert {m for s, m in metrics.items() if "1,5 млрд" in s} == {metrics["1,2 млрд рублей"]}
    assert metrics["1,2 млрд рублей"] != "production"


def test_parts_of_a_regions_import_stay_import(tmp_path: Path) -> None:
    text = ("Белорусские товары в Хабаровском крае\nПоставки белорусских товаров в Хабаровский "
            "край за полугодие составили 54 млн долларов. Большая часть — мясная продукция "
            "(20 млн долларов) и мебель (11 млн долларов).")
    assert _metric(tmp_path, text, "54 млн долларов") == "import"
    assert _metric(tmp_path, text, "20 млн долларов") == "import"
    assert _metric(tmp_path, text, "11 млн долларов") == "import"


def test_the_largest_contribution_to_a_total_is_of_the_total(tmp_path: Path) -> None:
    text = ("Промышленность Гомельской области\nПредприятия области за полугодие произвели "
            "продукции на 9,8 млрд рублей. Основной вклад внесли «Гомельстекло» — 700 млн рублей "
            "и «Гомельобои» — 210 млн рублей.")
    assert _metric(tmp_path, text, "700 млн рублей") == "production"
    assert _metric(tmp_path, text, "210 млн рублей") == "production"


def test_a_lessors_portfolio_of_leasing_contracts_is_financing(tmp_path: Path) -> None:
    text = "Портфель лизинговых договоров компании на начало года составил 14 млрд рублей."
    assert _metric(tmp_path, text, "14 млрд рублей") == "financing"


def test_a_lessor_named_again_as_the_company_finances_its_deliveries(tmp_path: Path) -> None:
    text = ("«Агролизинг-Сибирь» передал фермерам края белорусские тракторы\nАО «Агролизинг-Сибирь» "
            "в этом году передало фермерам края техники на 740 млн рублей. Годом ранее компания "
            "поставила хозяйствам машин на 510 млн рублей.")
    assert _metric(tmp_path, text, "740 млн рублей") == "financing"
    assert _metric(tmp_path, text, "510 млн рублей") == "financing"


def test_a_maker_named_again_as_the_company_still_ships(tmp_path: Path) -> None:
    text = ("Бобруйский завод нарастил поставки\nБобруйский завод тракторных деталей поставил в "
            "Омскую область продукции на 140 млн рублей. Годом ранее компания поставила в регион "
            "продукции на 95 млн рублей.")
    assert _metric(tmp_path, text, "95 млн рублей") != "financing"
