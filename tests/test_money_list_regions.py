"""Session 17 (money19b, issue 10): in an enumeration of places with their sums told
elliptically («в Москву — на $610 млн, в Санкт-Петербург — на $284 млн и в Смоленскую
область — на $97 млн»), a region after an amount that opens the next item (its own dash and
amount) is that item's, not the amount's before it. With none of the sentence's regions
left, the amount's region is read as in a sentence that names none. «A и B …, куда поставлено
на X и Y соответственно» pairs X with A and Y with B. Texts written for this
test in the style of trade news."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import facts_by_surface

_INSURED = ("Агентство подвело итоги года\n"
            "В прошлом году агентство застраховало экспорт в Россию на $1,4 млрд. Больше всего "
            "страховались поставки в Москву — на $520 млн, в Санкт-Петербург — на $230 млн и в "
            "Псковскую область — на $85 млн.\n")
_DEALERS = ("Обувщики подвели итоги\n"
            "Продажи через дилеров в Москве превысили $74 млн, в Брянской области — $21,3 млн, "
            "в Санкт-Петербурге — $18,6 млн.\n")
_REGION_WORD = ("Итоги года в Новгородской области\n"
                "Губернатор рассказал о сотрудничестве с Беларусью.\n"
                "В прошлом году экспорт удобрений из региона в Беларусь составил 3,1 млрд руб., "
                "а товарооборот Новгородской области с республикой — 126 млн долларов.\n")
_RESPECTIVELY = ("Завод подвёл итоги года\n"
                 "Крупнейшими покупателями стали Ростовская область и Краснодарский край, куда "
                 "поставлено техники на 212 млн и 87 млн долларов соответственно.\n")

CASES = [
    Case("«соответственно»: the first amount, the first region", _RESPECTIVELY, "2024-01-25",
         "212 млн", "region", "Ростовская область"),
    Case("«соответственно»: the second amount, the second region", _RESPECTIVELY,
         "2024-01-25", "87 млн долларов", "region", "Краснодарский край"),
    Case("the middle item's own region", _INSURED, "2023-02-10", "$230 млн", "region",
         "Санкт-Петербург"),
    Case("the first item's own region", _INSURED, "2023-02-10", "$520 млн", "region", "Москва"),
    Case("the last item's own region", _INSURED, "2023-02-10", "$85 млн", "region",
         "Псковская область"),
    Case("the next item's region is not the first amount's", _DEALERS, "2024-02-20",
         "превысили $74 млн", "region", None),
    Case("the next item keeps its region", _DEALERS, "2024-02-20", "$21,3 млн", "region",
         "Брянская область"),
    Case("no region of its own: the article's", _REGION_WORD, "2025-01-20", "3,1 млрд руб.",
         "region", "Новгородская область"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_list_item_region(tmp_path: Path, case: Case) -> None:
    facts = facts_by_surface(tmp_path, case.text, published=case.published)
    assert getattr(facts[case.surface], case.field) == case.want
