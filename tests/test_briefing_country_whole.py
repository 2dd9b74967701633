"""A sum the writer sets beside the news as the whole of Russia or of a Russian market («В
целом по России …», «общий объём … в России …») is not a deal of the partnership, even under
a title that names the Belarusian side: it never heads the briefing's investment or credit card
(it stays in the tables). Session 26: a Russian industry's five-year total and the size of the
Russian bond market led a briefing as «связанная с Беларусью»."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import briefing_of, tag_free

from analysis.briefing import Briefing
from analysis.briefing.relevance import Relevance

PLANT = (
    "Под Рославлем запустят линию переработки отходов на белорусском оборудовании\n"
    "Региональный оператор начал монтаж линии, которую поставит гомельское предприятие.\n"
    "Стоимость линии составит 410 млн рублей, сообщили в областном департаменте.\n"
    "В целом по России в переработку отходов до 2030 года намерены вложить около 600 млрд "
    "рублей частных инвестиций.\n"
)

BONDS = (
    "Белорусский банк выпустил облигации в российских рублях\n"
    "МИНСК, 3 марта – Белорусский банк развития разместил облигации на 3 млрд российских "
    "рублей, средства пойдут на кредиты заводам.\n"
    "Кроме того, банк получит от Евразийского банка развития кредит в размере $40 млн.\n"
    "Спрос на такие бумаги велик: общий объём выпущенных в России корпоративных облигаций за "
    "год превысил 500 млрд рублей.\n"
)


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return briefing_of(tmp_path_factory.mktemp("whole"),
                       {"plant.txt": PLANT, "bonds.txt": BONDS}, lang="ru")


def test_a_countrys_industry_total_is_not_the_largest_investment(briefing: Briefing) -> None:
    row = briefing.largest("investment")
    assert row is not None
    assert row["value"] == pytest.approx(410e6)
    assert "600 млрд" not in tag_free(briefing.lead())


def test_the_russian_market_total_is_not_the_largest_credit(briefing: Briefing) -> None:
    row = briefing.largest("credit")
    assert row is None or row["value"] != pytest.approx(500e9)
    assert "500 млрд" not in tag_free(briefing.lead())


def test_both_totals_stay_in_the_tables(briefing: Briefing) -> None:
    values = set(briefing.figures["value"].round())
    assert {600e9, 410e6} <= values


def test_only_the_sentence_decides_for_a_country_whole_figure() -> None:
    title = "Белорусские линии сортировки едут в Россию"
    lead = "Гомельский завод отгрузил линию стоимостью 300 млн рублей."
    whole = "В целом по России в отрасль вложили в 2024 году 2 млрд рублей."
    named = "В целом по России белорусские инвесторы вложили в 2024 году 2 млрд рублей."
    text = "\n".join([title, lead, whole, named]) + "\n"
    rel = Relevance(articles=pd.DataFrame([{"article_id": "a", "title": title, "text": text}]),
                    mention_index={})
    assert not rel.about_partnership({"article_id": "a", "sentence": whole})
    assert rel.about_partnership({"article_id": "a", "sentence": named})
    # an ordinary sentence of the same article takes its title's side, as before
    assert rel.about_partnership({"article_id": "a",
                                  "sentence": "Монтаж обойдётся ещё в 20 млн рублей."})
