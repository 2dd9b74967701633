"""A zone's or park's residents' total under a title that names the one Belarusian resident
(new user 31: «… резиденты ОЭЗ заявили инвестиции на …» led a briefing as the largest
investment «связанная с Беларусью»). Sentences written for this test."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from conftest import briefing_of, tag_free

from analysis.briefing.relevance import Relevance

TITLE = "Гродненский «Белкард» станет резидентом технопарка «Ока»"
DEAL = "Сборочный цех карданных валов обойдётся партнёрам в 800 млн рублей."
TOTAL = "За прошлый год участники технопарка вложили в свои площадки 27 млрд рублей."
TOTAL_2 = "В целом резиденты индустриального парка «Ока» заявили проекты на 31 млрд рублей."
TOTAL_3 = "В особой экономической зоне за три года резидентами вложено 19 млрд рублей."
NAMED = "Инвесторы парка, включая белорусские компании, вложили 12 млрд рублей."


def _relevance() -> Relevance:
    text = "\n".join([TITLE, DEAL, TOTAL, TOTAL_2, TOTAL_3, NAMED]) + "\n"
    return Relevance(articles=pd.DataFrame([{"article_id": "a", "title": TITLE, "text": text}]),
                     mention_index={})


@pytest.mark.parametrize("sentence", [TOTAL, TOTAL_2, TOTAL_3])
def test_a_zones_residents_total_is_not_linked_by_the_title(sentence: str) -> None:
    assert not _relevance().about_partnership({"article_id": "a", "sentence": sentence,
                                               "context_sentence": TITLE})


def test_a_residents_total_that_names_belarus_itself_is() -> None:
    assert _relevance().about_partnership({"article_id": "a", "sentence": NAMED})


def test_the_one_residents_deal_keeps_its_title() -> None:
    assert _relevance().about_partnership({"article_id": "a", "sentence": DEAL,
                                           "context_sentence": TITLE})


ZONE = (
    "В технопарке «Ока» появится совместное производство с белорусским «Белкардом»\n"
    "Управляющая компания технопарка одобрила заявку ООО «Ока-Кардан», совместного предприятия "
    "с гродненским ОАО «Белкард».\n"
    "Вложения в производство карданных валов составят 800 млн рублей, запуск намечен на 2026 год.\n"
    "Всего за 2024 год резиденты технопарка заявили вложения на 27 млрд рублей.\n"
)


def test_the_briefing_leads_with_the_joint_venture_and_marks_the_total(tmp_path) -> None:
    b = briefing_of(tmp_path, {"zone.txt": ZONE}, lang="ru")
    row = b.largest("investment")
    assert row is not None and row["value"] == pytest.approx(8e8)
    assert "27 млрд" not in tag_free(b.lead())
    table = tag_free(b.money_table())
    assert re.search(r"27 млрд руб\.\s+Беларусь рядом не названа", table)
    assert "800 млн" in table and table.index("800 млн") < table.index("27 млрд")
