"""A new user's briefing findings (session 23 walkthrough), in texts written for the test: a
release whose lead paragraph names the Belarusian partner is about Belarus throughout (its
project's cost, its credit line's tranches and currency limit); a paragraph that recalls
background («Напомним, …») is not about what the title names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import briefing_of

from analysis.briefing import Briefing

RELEASE = (
    "Банк профинансирует новый завод в Калужской области\n"
    "Банк «Север» и ООО «Калуга-Гомсельмаш», совместное предприятие ОАО «Гомсельмаш» и "
    "российской компании «Агромаш», подписали соглашение об открытии кредитной линии на 3,6 "
    "млрд рублей. Деньги пойдут на строительство цеха жаток в Калужской области.\n"
    "Средства будут выдаваться тремя траншами: первый — 1,2 млрд рублей в текущем году, "
    "второй — 1,5 млрд рублей в 2026 году, третий — 0,9 млрд рублей в 2027 году. Станки "
    "частично будут закупаться в Германии, поэтому предусмотрен валютный лимит в размере до "
    "8 млн долларов.\n"
    "Общая стоимость проекта оценивается в 4,5 млрд рублей.\n")

DISTRICT = (
    "Новые «Беларусы» пришли в хозяйства района\n"
    "Агрофирма «Заря» Кармаскалинского района купила четыре трактора «Беларус-1523» за 30 млн "
    "рублей. Раньше такие машины хозяйству приходилось заказывать через Уфу.\n"
    "Напомним, в прошлом году аграрии района получили на обновление техники 52 млн рублей "
    "господдержки. В этом году на эти цели предусмотрено ещё 60 млн рублей.\n")

UNRELATED = "Беларусь рядом не названа"


def plain(html: object) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(html))).replace("\u00a0", " ")


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return briefing_of(tmp_path_factory.mktemp("release"), {"release.txt": RELEASE}, lang="ru")


def _row_of(table: str, amount: str) -> str:
    at = table.index(amount)
    return table[at:at + 160]


@pytest.mark.parametrize("amount", ["4,5 млрд руб.", "1,2 млрд руб.", "900 млн руб.", "до $8 млн"])
def test_a_releases_lead_naming_the_partner_covers_every_figure(release: Briefing, amount: str) -> None:
    row = _row_of(plain(release.money_table()), amount)
    assert UNRELATED not in row.split("[")[0], row


def test_the_releases_project_cost_leads_as_linked_to_belarus(release: Briefing) -> None:
    assert "Крупнейшая сумма инвестиций, связанная с Беларусью, — 4,5 млрд" in plain(release.lead())


def test_a_recalled_paragraph_is_not_about_the_title(tmp_path: Path) -> None:
    # (its region comes from the lead, «Кармаскалинского района» with «Уфу»: a place, not a
    # Belarusian side)
    b = briefing_of(tmp_path, {"district.txt": DISTRICT}, lang="ru")
    table = plain(b.money_table())
    assert "Республика Башкортостан 60 млн" in table
    assert UNRELATED in _row_of(table, "60 млн руб.")
    assert "60 млн" not in plain(b.lead())
