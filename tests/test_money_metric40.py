"""Session 40, metric40: metric misses whose cause recurs across the dev rounds (issue 10).

Each class is a rule of Russian news prose, read where every dev gold so told agrees; each
sentence is written for this test in the style of the news the gold sets hold.
"""

from __future__ import annotations

import pytest
from conftest import surface_metrics

metrics = surface_metrics


# --------------------------------------------------------------- the bound of a charge's share
@pytest.mark.parametrize("text", [
    "По первому контракту завод получит 40 млн долларов. Комиссия за организацию составляет "
    "0,4% от суммы кредита, но не менее 8 тыс. долларов.",
    "Вознаграждение за выдачу банковской гарантии – 0,6% от суммы гарантии, но не менее "
    "2 000 рублей.",
    "Штраф за просрочку поставки – 0,2% за каждый день, но не более 3 млн рублей по одному "
    "контракту.",
    "Комиссия за обслуживание составит от 0,25% суммы требования, но не менее 60 рублей за "
    "документ.",
    "Спор касался лицензии на технологию с роялти 2% от выручки, но не менее 4 млн рублей в "
    "год.",
])
def test_the_bound_of_a_fee_told_as_a_share_is_the_fee(text: str) -> None:
    bound = next(s for s in metrics(text) if s.startswith("не "))
    assert metrics(text)[bound] == "other"


@pytest.mark.parametrize("text", [
    "Участникам выставки положена компенсация из средств областного бюджета – до 60% "
    "стоимости стенда, но не более 1,8 млн рублей.",
    "Субсидия составит 30% стоимости трактора, но не более 2,4 млн рублей.",
])
def test_the_bound_of_a_support_share_is_support(text: str) -> None:
    bound = next(s for s in metrics(text) if s.startswith("не "))
    assert metrics(text)[bound] == "financing"


def test_a_figure_after_a_share_with_no_bound_word_is_read_as_usual() -> None:
    got = metrics("Экспорт мебели вырос на 12%, но 300 млн долларов по-прежнему пришлось на "
                  "поставки в Россию.")
    assert got["300 млн долларов"] == "export"


# --------------------------------------------------------------- machines by a lessor's route
@pytest.mark.parametrize(("text", "surface"), [
    ("Хозяйства Курской области в этом году получат через АО «Росагролизинг» 30 тракторов "
     "«Беларус» на сумму около 190 млн рублей.", "около 190 млн рублей"),
    ("Ещё на 14,5 млн рублей техники аграрии района получили через ОАО «Росагролизинг».",
     "14,5 млн рублей"),
    ("Через региональный фонд развития лизинга аграрии должны получить белорусской техники не "
     "менее чем на 500 млн рублей.", "500 млн рублей"),
])
def test_machines_received_through_a_lessor_are_its_financing(text: str, surface: str) -> None:
    got = metrics(text)
    assert got[next(s for s in got if surface in s)] == "financing"


def test_a_part_by_lessor_leaves_the_whole_purchase_alone() -> None:
    got = metrics("В этом году хозяйства края приобрели белорусских комбайнов на 1,3 млрд рублей, "
                  "из них 420 млн — по программе федерального лизинга через АО «Росагролизинг».")
    assert got["1,3 млрд рублей"] == "other"
    assert got["420 млн"] == "financing"


def test_machines_received_in_lease_with_no_lessor_are_what_farms_pay() -> None:
    got = metrics("В прошлом году аграрии района получили в лизинг белорусских тракторов на "
                  "96 млн рублей.")
    assert got["96 млн рублей"] == "other"


# --------------------------------------------------------------- a seller's whole sales
@pytest.mark.parametrize(("text", "whole", "part"), [
    ("По итогам года в ведомстве ждут, что экспорт мёда в Россию превысит $2 млн. В прошлом "
     "году комбинат продал продукции на 12,4 млрд рублей, из них около 5 млрд рублей пришлось на "
     "поставки в Брянскую область.", "12,4 млрд рублей", "около 5 млрд рублей"),
    ("Пинскую мебель хорошо знают покупатели Смоленской и Брянской областей. Белорусский "
     "производитель мебели ООО «Полесьедрев» за январь–апрель 2025 года реализовал "
     "продукции на BYN 8,2 млн, что на 11% больше, чем годом ранее. Экспорт составил 1,9 млн $, "
     "из них 1,6 млн $ — поставки в Российскую Федерацию.", "BYN 8,2 млн", "1,9 млн $"),
])
def test_a_sellers_whole_sales_beside_its_export_are_its_revenue(text: str, whole: str,
                                                                  part: str) -> None:
    got = metrics(text)
    assert got[whole] == "other"
    assert got[part] == "export"


def test_sales_in_russia_with_a_part_stay_the_export() -> None:
    got = metrics("Продажи белорусских тракторов в России составили 9,1 млрд рублей, из них "
                  "3,2 млрд — в Центральном федеральном округе.")
    assert got["9,1 млрд рублей"] == "export"
