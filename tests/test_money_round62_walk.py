"""What a figure is, for the causes found in round 62's dev part (session 40, walk62money).
The texts are written for this test in the style of such pages and news.

- a list set without bullets, one item a line closed by «;», under a short caption with a
  colon («Основные позиции импорта:»): the caption's measure noun is what its items measure,
  and the items' goods go where the text before the caption (or the page's title: «Обзор
  внешней торговли Республики Беларусь с Российской Федерацией») says the trade goes.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

_REVIEW = (
    "Внешняя торговля Республики Беларусь с Российской Федерацией в I квартале 2021 года\n\n"
    "Экспорт белорусских товаров в Россию за квартал составил 4 210,6 млн долларов США, импорт "
    "из России – 5 870,2 млн долларов США.\n\n"
    "Крупнейшие статьи экспорта:\n"
    "сыры и творог – 201,4 млн долл.;\n"
    "шины легковые – 48,9 млн долл.;\n"
    "мебель – 37,5 млн долл.\n\n"
    "Крупнейшие статьи импорта:\n"
    "нефть – 1 902,3 млн долл.;\n"
    "прокат плоский – 311,7 млн долл.\n")


def test_items_under_a_caption_measure_what_it_names(tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, _REVIEW, published="2021-05-12")
    for surface in ("201,4 млн долл.", "48,9 млн долл.", "37,5 млн долл."):
        assert facts[surface].metric == "export", surface
        assert facts[surface].flow == "BY→RU", surface
    for surface in ("1 902,3 млн долл.", "311,7 млн долл."):
        assert facts[surface].metric == "import", surface
        assert facts[surface].flow == "RU→BY", surface


def test_a_title_of_trade_with_one_side_places_the_caption_items(tmp_path: Path) -> None:
    text = ("Обзор торговли Республики Беларусь с Российской Федерацией за 2020 год\n\n"
            "Сальдо торговли сложилось отрицательным.\n\n"
            "Основные позиции экспорта:\n"
            "тракторы – 512,3 млн долл.;\n"
            "молоко – 388,0 млн долл.\n")
    facts = facts_by_surface(tmp_path, text, published="2021-02-20")
    assert facts["512,3 млн долл."].metric == "export"
    assert facts["512,3 млн долл."].flow == "BY→RU"
    assert facts["388,0 млн долл."].flow == "BY→RU"


def test_a_colon_line_with_a_speaker_names_no_measure_of_one_line(tmp_path: Path) -> None:
    # one line after a colon is no list; a lead with a body and a comma is no caption
    text = ("Министр экономики, выступая на коллегии, сказал о главном:\n"
            "на ремонт дорог направят 120 млн рублей;\n"
            "на экспорт услуг – ещё 15 млн рублей.\n")
    facts = facts_by_surface(tmp_path, text, published="2021-02-20")
    assert facts["120 млн рублей"].metric != "export"
