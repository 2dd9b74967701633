"""analysis.briefing: narrative, key figures, tables and charts on small in-memory tables."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import sample_articles

from analysis.briefing import document as bf
from analysis.briefing.document import Briefing
from analysis.render import check_notebook_params

NB = "\u00a0"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def official(region: str) -> str:
    """A region as the notebooks' validation cell hands it to the briefing (official name)."""
    return check_notebook_params(corpus=str(SEEDS), region=region).region


def plain(text: str) -> str:
    """Tags stripped, entities and no-break spaces normalised: what a reader sees."""
    import html

    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text)).replace(NB, " "))


# --- briefings on small tables -----------------------------------------------------------------


AMOUNT_BASE = {
    "file": "", "start": 0, "end": 1, "surface": "", "value_low": None, "value_high": None,
    "implied_currency": False, "period": None, "sentence_start": 0, "sentence_end": 1,
    "confidence": 0.9, "converted_currency": "USD", "fx_rate": None, "fx_source": "",
    "fx_note": "",
}


def amount(article_id, value, currency, metric, year=None, region=None, qualifier="exact",
           converted=None, fx_year=None, sentence="") -> dict:
    return {**AMOUNT_BASE, "article_id": article_id, "file": f"{article_id}.txt",
            "value": value, "currency": currency, "metric": metric, "year": year,
            "region": region, "qualifier": qualifier, "sentence": sentence or
            f"Предложение о {metric} {value}.", "converted_value": converted,
            "fx_year": fx_year if fx_year is not None else year}


def project(pid, region, status, product, article_id, evidence, kind="assembly",
            investment=None, currency=None, timeline=None, seen="2025-06-21") -> dict:
    return {"project_id": pid, "region": region, "enterprises": "БелАЗ", "product": product,
            "kind": kind, "status": status, "timeline": timeline,
            "investment_value": investment, "investment_currency": currency,
            "first_seen": seen, "last_seen": seen, "article_ids": article_id,
            "evidence": json.dumps([{"article_id": article_id, "file": f"{article_id}.txt",
                                     "start": 0, "end": 1, "text": evidence}],
                                   ensure_ascii=False)}


def frames():
    amounts = pd.DataFrame([
        amount("a1", 5e10, "USD", "trade_turnover", 2024, qualifier="over", converted=5e10,
               sentence="По итогам 2024 года наш товарооборот превысил 50 миллиардов долларов."),
        amount("a1", 2.94e11, "RUB", "trade_turnover", 2024, region="Смоленская область",
               sentence="Товарооборот достиг 294 миллиардов рублей."),
        amount("a2", 1.2e9, "RUB", "investment", None, region="Кемеровская область",
               converted=1.44e7, fx_year=2025, sentence="Инвестиции составят 1,2 млрд рублей."),
        amount("a3", 1.05e11, "RUB", "credit", None, converted=1.23e9, fx_year=2023,
               sentence="Россия выделила Беларуси кредит в размере 105 млрд. рос. руб."),
        amount("a4", 4.8e10, "USD", "trade_turnover", 2024, converted=4.8e10,
               sentence="Товарооборот в 2024 году составил 48 млрд долларов."),
        # a3 was published in July 2023: a year it gives must be over (2023 would be a forecast)
        amount("a3", 4.5e10, "USD", "trade_turnover", 2022, converted=4.5e10,
               sentence="В 2022 году товарооборот составил 45 млрд долларов."),
    ])
    projects = pd.DataFrame([
        project("P1", "Кемеровская область", "planned", "Центр технической поддержки", "a2",
                "Открытие второго корпуса запланировано на осень.", kind="service_center",
                investment=1.2e9, currency="RUB", timeline="2025-H2"),
        project("P2", "Кемеровская область", "operating", "Мультибрендовый центр", "a2",
                "Функционирует мультибрендовый центр."),
        project("P3", "Смоленская область", "in_progress", "Мотоциклы", "a1",
                "Идет работа над производством мотоциклов.", kind="joint_development",
                seen="2025-10-21"),
    ])
    return sample_articles(), amounts, projects


def make(**kwargs) -> Briefing:
    arts, amounts, projects = frames()
    return Briefing.from_frames(arts, amounts, projects, **kwargs)


def test_lead_paragraph_ru_names_the_key_figures_with_citations():
    b = make(lang="ru")
    lead = b.lead()
    text = plain(lead)
    # one figure for 2024 whose sources disagree: the value by the rule (exact beats «свыше»),
    # the other statement beside it (was: the largest mention, «превысил $50 млрд»)
    assert "По итогам 2024 г. товарооборот России и Беларуси составил $48 млрд" in text
    assert "по другим данным — свыше $50 млрд" in text
    assert "3 проекта" in text and "действует — 1" in text and "в работе — 1" in text
    assert "1,2 млрд руб." in text and "Кемеровская область" in text
    assert "105 млрд руб." in text and "≈ $1,2 млрд по среднегодовому курсу 2023 г." in text
    # three figures, four citations (the trade figure's two statements), and all of them
    # resolve in the sources list
    cites = re.findall(r'href="#ref-(\d+(?:-\d+)?)"', lead)
    assert len(cites) == 4
    sources = b.sources()
    for n in cites:
        assert f'id="ref-{n}"' in sources


def test_lead_paragraph_en():
    text = plain(make(lang="en").lead())
    assert "In 2024, Russia–Belarus trade turnover was $48 bn" in text
    assert "other sources give over $50 bn" in text
    assert "RUB 1.2 bn" in text and "RUB 105 bn" in text
    assert "at the 2023 annual average rate" in text


def test_key_figure_cards_cite_every_amount():
    b = make(lang="ru")
    cards = b.key_figures()
    for card in re.findall(r'<div class="card">(.*?)</div>', cards):
        if "млрд" in card or "млн" in card:
            assert 'href="#ref-' in card, card
    assert "$50 млрд" in plain(cards) and "свыше" in plain(cards)


def test_region_filter_any_form_and_project_investment_follows_its_project():
    b = make(region=official("Кузбасс"), lang="ru")
    assert b.region == "Кемеровская область"
    assert set(b.projects["region"]) == {"Кемеровская область"}
    assert list(b.amounts["value"]) == [1.2e9]
    assert "Кемеровская область" in plain(b.title_block())
    html = b.project_table()
    assert "1,2 млрд руб." in plain(html)


def test_unknown_region_is_an_error_not_an_empty_briefing():
    with pytest.raises(ValueError, match="region"):
        make(region="Атлантида")
    with pytest.raises(ValueError, match="region"):
        official("Атлантида")
    # the briefing takes the official name: a free form must go through the check first
    with pytest.raises(ValueError, match="official name"):
        make(region="Кузбасс")


def test_year_filter_and_empty_selection_says_so():
    b = make(year_from=2030, year_to=2031, lang="ru")
    assert b.is_empty
    notice = plain(b.notice())
    assert "нет данных" in notice and "2030–2031" in notice
    assert "нет данных" in plain(b.lead())
    assert "Проектов в выборке нет" in plain(b.project_table())
    assert "Ссылок нет" in plain(b.sources())
    en = make(year_from=2030, lang="en")
    assert "no data" in plain(en.notice())


def test_year_filter_keeps_figures_of_those_years():
    b = make(year_from=2024, year_to=2024)
    assert set(b.amounts["metric"]) == {"trade_turnover"}
    # undated amounts fall back to the article's publication year (2025 and 2023 here)
    b2 = make(year_from=2025, year_to=2025)
    assert set(b2.amounts["metric"]) == {"investment"}


def test_disagreeing_sources_side_by_side():
    b = make(lang="ru")
    table = b.disagreements()
    text = plain(table)
    assert "$48 млрд" in text and "свыше $50 млрд" in text
    assert len(re.findall(r'href="#ref-', table)) == 2


def test_tables_and_charts_cite_every_figure():
    b = make(lang="ru")
    parts = (b.trade_table(), b.money_table(), b.project_table(), b.timelines(),
             b.project_investment())
    assert [re.search(r"Таблица (\d+)\.", p).group(1) for p in parts] == ["1", "2", "3", "4", "5"]
    for part in parts:
        for row in re.findall(r"<tr>(.*?)</tr>", part)[1:]:  # skip the header
            assert 'href="#ref-' in row, row
    fig = b.trade_by_year_chart()
    assert "Рис. 1." in fig and 'class="source-line"' in fig and 'href="#ref-' in fig
    fig2 = b.projects_by_region_chart()
    assert "Рис. 2." in fig2
    # a single year is no chart: the lead and the table carry it
    assert make(year_from=2024, year_to=2024).trade_by_year_chart() == ""


def test_untrusted_article_text_is_escaped_everywhere():
    arts, amounts, projects = frames()
    amounts.loc[0, "sentence"] = "<img src=x onerror=alert(1)>"
    projects.loc[0, "product"] = "<script>alert(1)</script>"
    b = Briefing.from_frames(arts, amounts, projects)
    out = "".join([b.lead(), b.project_table(), b.evidence(), b.sources()])
    assert "<script>" not in out and "<img src=x" not in out
    assert "&lt;script&gt;" in out


def test_title_block_carries_metadata_for_the_template():
    b = make(lang="en", title="My <title>")
    tb = b.title_block()
    data, meta = tb._repr_mimebundle_()
    assert meta["analysis"]["title"] == "My <title>"
    assert meta["analysis"]["as_of"] == "2025-10-21"
    assert "My &lt;title&gt;" in data["text/html"]
    assert "4 articles" in plain(tb)


def test_fragments_display_as_html_in_jupyter():
    b = make()
    frag = b.heading("sources")
    shown = frag._repr_html_()  # the fragment inside its scoped styles
    assert shown.startswith('<div class="bf"><style>') and shown.endswith("<h2>Источники</h2></div>")
    assert "HTML" in repr(frag)  # text/plain never dumps markup


def test_regional_lead_keeps_russian_grammar():
    text = plain(make(region=official("Смоленщина"), lang="ru").lead())
    assert "По итогам 2024 г. товарооборот региона с Беларусью составил 294 млрд руб." in text
    assert "нет курса за 2024 г." in text  # the missing rate is said, not guessed
    en = plain(make(region=official("Смоленщина"), lang="en").lead())
    assert "In 2024, the region's trade with Belarus was RUB 294 bn" in en


def test_timelines_read_as_words():
    assert "II полугодие 2025" in plain(make().timelines())


def test_names_that_moved_out_are_still_importable_from_briefing():
    from analysis.briefing import citations, formatting, labels

    assert bf.fmt_money is formatting.fmt_money and bf.esc is formatting.esc
    assert bf.Citations is citations.Citations and bf.Reference is citations.Reference
    assert bf.t is labels.t and bf.LABELS is labels.LABELS and bf.region_name is labels.region_name
    assert all(hasattr(bf, name) for name in bf.__all__)


def test_a_regional_briefing_says_how_many_articles_are_about_its_region():
    """A new user read «Охват: 5 статей» on a regional briefing built from one article about
    the region: the corpus's count stays, and how many articles give the region's figures or
    projects is said beside it."""
    national = plain(make(lang="ru").title_block())
    assert "из них" not in national
    regional = plain(make(lang="ru", region=official("Смоленщина")).title_block())
    assert re.search(r"статьи? \(из них с цифрами или проектами региона — 1\)", regional), regional
    english = plain(make(lang="en", region=official("Смоленщина")).title_block())
    assert "(1 with the region's figures or projects)" in english
