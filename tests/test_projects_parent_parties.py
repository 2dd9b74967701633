"""A plant's owner is a party to its project when the text does not say whose machines are
made there (session 18: a new user's text on «Беларус» tractors assembled at «Брянсксельмаш»
listed «Гомсельмаш», which the text never names, as a partner)."""

from __future__ import annotations

from conftest import register_of


def _firms(text: str) -> list[str]:
    return sorted(r["enterprises"] for r in register_of(text))


def test_a_named_maker_keeps_the_plants_owner_out() -> None:
    text = ("МТЗ и брянские машиностроители запустили сборку тракторов\n"
            "На площадке завода «Брянсксельмаш» в Брянской области начата крупноузловая "
            "сборка тракторов «Беларус» Минского тракторного завода.\n")
    firms = _firms(text)
    assert firms and all("Гомсельмаш" not in f for f in firms)
    assert any("МТЗ" in f for f in firms)


def test_with_no_maker_named_the_plants_owner_is_a_party() -> None:
    text = ("В Брянске собирают комбайны\n"
            "На заводе «Брянсксельмаш» в Брянской области продолжается сборка "
            "зерноуборочных комбайнов.\n")
    assert any("Гомсельмаш" in f for f in _firms(text))


def test_a_parent_in_the_firms_own_name_stays_a_party() -> None:
    text = ("Татарстан наращивает сборку\n"
            "Компания «МТЗ-Татарстан» собирает тракторы «Беларус» в Елабуге, "
            "вместе с холдингом «Амкодор» она готовит выпуск погрузчиков.\n")
    assert any("МТЗ;" in f or f.endswith("МТЗ") or ";МТЗ" in f for f in _firms(text))
