"""A numbered digest's items are separate stories: a sentence with no firm of its own speaks
of its own item's firm, not of the project the item before told.

Found by a new user (session 24, finding 5): in a Telegram digest, item 3 («„Гомсельмаш“
подписал контракт … Сервисный центр откроют в Барнауле») got the firms of item 2's lift
assembly in Kaluga.
"""

from __future__ import annotations

import pytest
from conftest import dated_dataset

_ITEM_BEFORE = ("Калужская область. В индустриальном парке запустили сборку белорусских лифтов "
                "«Могилевлифтмаш». Партнер — местное ООО «Калугалифт».")


@pytest.mark.parametrize(("first", "second"), [("1️⃣ ", "2️⃣ "), ("1. ", "2. "), ("1) ", "2) ")])
def test_a_site_of_the_next_item_takes_that_items_firm(tmp_path, first: str, second: str) -> None:
    text = ("Коротко за неделю\n\n"
            f"{first}{_ITEM_BEFORE}\n\n"
            f"{second}«Бобруйскагромаш» подписал контракт с фермерами Омской области на поставку "
            "80 пресс-подборщиков. Отгрузки завершат весной. Сервисный центр откроют в Омске.\n")
    projects = dated_dataset(tmp_path, "d.txt", text, "2025-11-14", title="Коротко").projects
    omsk = projects[projects["region"] == "Омская область"]
    assert len(omsk) == 1
    assert omsk.iloc[0]["enterprises"] == "Бобруйскагромаш"
    kaluga = projects[projects["region"] == "Калужская область"]
    assert set(kaluga.iloc[0]["enterprises"].split(";")) == {"Калугалифт", "Могилевлифтмаш"}
