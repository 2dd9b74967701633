"""A purchase or lease of Belarusian vehicles is never a project, and its sums are shown as
purchases (new user, session 24, findings 7 and 8): «получит 40 автобусов белорусского
производства», «троллейбусов производства «Белкоммунмаш»» name where goods were made; «стоимость
закупки составит …», an advance for it, and «закупал троллейбусы … на 780 млн» are purchases.

The texts are written for these tests in the manner of city news."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import briefing_of, dataset_of

LEASE = ("Самара получит 30 новых троллейбусов в лизинг\n\n"
         "Муниципальное предприятие «Самарское троллейбусное управление» получит 30 троллейбусов "
         "белорусского производства. Технику приобретает лизинговая компания и передаёт перевозчику "
         "на шесть лет.\n\n"
         "Как сообщили в мэрии, стоимость закупки составит 1,08 млрд рублей. Авансовый платёж города "
         "составит 216 млн рублей.\n\n"
         "Напомним, в 2025 году город уже закупал белорусские автобусы МАЗ на 640 млн рублей.\n")
META = "file,title,source,url,published\nlease.txt,Троллейбусы,Самара-Новости,https://a.example/1,2026-10-10\n"


@pytest.mark.parametrize("sentence", [
    "Предприятие «Самарское троллейбусное управление» получит 30 троллейбусов белорусского производства.",
    "Предприятие «Самарское троллейбусное управление» получит 30 троллейбусов производства «Белкоммунмаш».",
    "Город закупит 25 автобусов минского производства для пригородных маршрутов.",
])
def test_vehicles_received_or_bought_are_no_project(tmp_path: Path, sentence: str) -> None:
    assert dataset_of(tmp_path / "c", {"a.txt": sentence + "\n"}).projects.empty


def test_building_a_production_is_still_a_project(tmp_path: Path) -> None:
    text = "«Белкоммунмаш» откроет в Самарской области производство троллейбусов в 2027 году.\n"
    assert len(dataset_of(tmp_path / "c", {"a.txt": text}).projects) == 1


def test_the_purchase_its_advance_and_an_earlier_purchase_are_in_the_deals_table(tmp_path: Path) -> None:
    b = briefing_of(tmp_path / "c", {"lease.txt": LEASE, "metadata.csv": META}, lang="ru")
    rows = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", r))
            for r in str(getattr(b.deals_table(), "data", b.deals_table())).split("</tr>")]
    bought = {s: next((r for r in rows if s in r), "") for s in ("1,08 млрд", "216 млн", "640 млн")}
    assert "покупка (троллейбусы)" in bought["1,08 млрд"]
    assert "покупка" in bought["216 млн"]
    assert "покупка (автобусы)" in bought["640 млн"]
