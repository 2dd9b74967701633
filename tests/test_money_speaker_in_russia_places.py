"""A Belarusian speaker's bare «рублей» stay Russian when the sentence places the money in
Russia by a town written the way Russian news writes it («в Ростове» for Rostov-on-Don) or by a
district of a Russian region the article names («в Аксайском районе»). Texts written for this
test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

_INTERVIEW = ("Белорусский торгпред: «Дон — наш партнёр»\n"
              "Глава отделения торгового представительства Республики Беларусь в Ростовской "
              "области рассказал нашему изданию о планах.\n"
              "— Как меняются расчёты?\n"
              "— Взнос за участие в выставке в Минске — 600 белорусских рублей.\n"
              "— А совместные проекты?\n"
              "— В Аксайском районе дилер «Гомсельмаша» открыл сервисный центр за 140 млн рублей.\n"
              "— Что дальше?\n"
              "— Весной в Ростове соберём деловой форум и хотим подписать договоры на 900 млн "
              "рублей.\n")


def test_a_district_of_the_named_region_places_the_money_in_russia(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _INTERVIEW, published="2024-10-01", source="Донские новости")
    assert got["140 млн рублей"].amount.currency == "RUB"


def test_bare_rostov_is_rostov_on_don(tmp_path: Path) -> None:
    got = facts_by_surface(tmp_path, _INTERVIEW, published="2024-10-01", source="Донские новости")
    assert got["900 млн рублей"].amount.currency == "RUB"
    assert got["600 белорусских рублей"].amount.currency == "BYN"
