"""An article that says its rubles are Russian («рубли — российские, если не оговорено иное»)
keeps a Belarusian site's bare «рублей» Russian; without such a line they are Belarusian (the
site, session 11 convention). Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

BODY = ("1. ОАО «Гомсельмаш» — АО «Росагролизинг»: соглашение о поставках комбайнов на "
        "2,1 млрд руб.\n"
        "2. ОАО «Савушкин продукт» — сеть «Пятёрочка»: контракт на 900 млн рублей.\n")


def test_a_stated_russian_ruble_stays_russian(tmp_path: Path) -> None:
    text = ("Подписано на Форуме регионов: список\n"
            "На форуме подписано 30 соглашений. Суммы указаны по данным сторон; рубли — "
            "российские, если не оговорено иное.\n" + BODY)
    got = facts_by_surface(tmp_path, text, published="2024-06-29",
                           url="https://forum.example.by/2024/06/29/spisok")
    assert got["2,1 млрд руб."].amount.currency == "RUB"
    assert got["900 млн рублей"].amount.currency == "RUB"


def test_without_the_statement_the_site_s_rubles_are_belarusian(tmp_path: Path) -> None:
    text = "Подписано на Форуме регионов: список\nНа форуме подписано 30 соглашений.\n" + BODY
    got = facts_by_surface(tmp_path, text, published="2024-06-29",
                           url="https://forum.example.by/2024/06/29/spisok")
    assert got["900 млн рублей"].amount.currency == "BYN"


def test_a_dash_for_the_verb_states_russian_rubles_too(tmp_path: Path) -> None:
    # «здесь и далее суммы — в российских рублях»: the dash stands for «указаны»
    text = ("Парламентское собрание одобрило смету на будущий год в 1,4 млрд рублей\n"
            "Смета утверждена в объёме 1,4 млрд рублей (здесь и далее суммы — в российских "
            "рублях). На информационные проекты пойдёт 120 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2025-11-20",
                           url="https://union.example.by/2025/11/20/smeta")
    assert got["120 млн рублей"].amount.currency == "RUB"
