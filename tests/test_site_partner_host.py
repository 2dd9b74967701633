"""A further site hosted by a partner («Вторую сборочную площадку планируется открыть в
Ростове-на-Дону на базе местного партнёра ООО «…»») names that partner, not the first site's
(new user, session 24, finding 9).

The texts are written for these tests in the manner of trade-press news."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dataset_of


@pytest.mark.parametrize("host", ["на базе местного партнёра ООО «Донлифтсервис»",
                                  "на базе российского дилера ООО «Донлифтсервис»",
                                  "на базе ООО «Донлифтсервис»"])
def test_a_second_site_hosted_by_a_partner_names_that_partner(tmp_path: Path, host: str) -> None:
    text = ("Белорусский производитель лифтов ОАО «Могилевлифтмаш» расширяет сборку в России. Совместное "
            "предприятие с ООО «Лифтстрой» в Новосибирске работает с 2023 года.\n"
            f"Вторую сборочную площадку планируется открыть в Ростове-на-Дону {host}.\n")
    p = dataset_of(tmp_path / "c", {"a.txt": text}, ner=True).projects
    row = p[p["region"] == "Ростовская область"].iloc[0]
    assert "Донлифтсервис" in row["enterprises"] and "Лифтстрой" not in row["enterprises"]
