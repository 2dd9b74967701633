"""A figure of an article about a joint venture is about Belarus when the title names the
venture and the lead names its Belarusian founder.

Found by a new user (session 24, finding 12): under «СП «МАЗ-Волга» закрывается», a lead
naming the Minsk automobile plant as a founder and «объем инвестиций в площадку составил
2,3 млрд рублей» two paragraphs on, the briefing marked the 2.3 bn «Беларусь рядом не
названа» and left it out of the chart and the lead.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.briefing.relevance import Relevance

_SENTENCE = ("За семь лет предприятие собрало 2 300 лифтов, объем инвестиций в площадку составил "
             "1,1 млрд рублей.")


def _relevance(title: str, lead: str) -> Relevance:
    text = f"{title}\n{lead}\n\nСП было создано в 2018 году. {_SENTENCE}\n"
    articles = pd.DataFrame([{"article_id": "a", "title": title, "text": text}])
    return Relevance(articles=articles, mention_index={})


@pytest.mark.parametrize("title", ["СП «Смоленсклифт» закрывается",
                                   "Совместное предприятие в Ярцеве сворачивает выпуск"])
def test_a_ventures_figure_is_about_belarus_when_the_lead_names_its_founder(title: str) -> None:
    lead = ("Совместное предприятие «Могилевлифтмаша» и смоленского ООО «Днепр-Лифт» прекращает "
            "работу в Смоленской области.")
    row = {"article_id": "a", "sentence": _SENTENCE}
    assert _relevance(title, lead).about_partnership(row)


def test_a_lead_with_no_venture_in_the_title_still_needs_a_sum() -> None:
    lead = "Губернатор встретился с делегацией «Могилевлифтмаша» и обсудил сотрудничество."
    row = {"article_id": "a", "sentence": _SENTENCE}
    assert not _relevance("Смоленская область подвела итоги года", lead).about_partnership(row)
