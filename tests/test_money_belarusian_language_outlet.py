"""An outlet named in Belarusian («Рэспубліка», «Пінскі веснік», a name with «ў») is a
Belarusian outlet, whatever its host: its bare «рублей» are Belarusian rubles. A Ukrainian
name («і» with no «э» or «ы») or a Russian one is none. Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

from analysis.money.outlets import belarusian_outlet


def test_names_written_in_belarusian() -> None:
    assert belarusian_outlet("Рэспубліка")
    assert belarusian_outlet("Слонімскі веснік")
    assert belarusian_outlet("Голас Барысаўшчыны")
    assert not belarusian_outlet("Економічна правда")
    assert not belarusian_outlet("Брянские новости")


def test_a_belarusian_language_outlets_bare_rubles(tmp_path: Path) -> None:
    text = ("Новые тарифы на подключение\n"
            "С 1 марта плата за присоединение к электросетям для предприятий составит 980 рублей "
            "за киловатт.\n")
    got = facts_by_surface(tmp_path, text, published="2024-02-20", source="Рэспубліка",
                           url="https://respublika-news.info/a/1")
    assert got["980 рублей"].amount.currency == "BYN"
