"""A Belarusian oblast's trade is not Russia–Belarus trade (`analysis.figures.scope`:
`belarus_oblast`, `regional_oblast`; the words in `data/belarus_oblasts_ru.json`): the oblast's
figures keep out of the national series, the lead and its card, and a Russian region's trade
with one oblast never stands as the region's whole trade with Belarus."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import briefing_of, dataset_of, tag_free

from analysis.entities.oblasts import names_country_side, trading_oblast
from analysis.figures.scope import mention_scope
from analysis.tables.dataset import Dataset

GRODNO = ("Гродненская область нарастила поставки в Россию\n"
          "ГРОДНО, 14 марта 2026 года. По итогам 2025 года товарооборот Гродненской области с "
          "Российской Федерацией достиг $2,8 млрд, сообщили в облисполкоме.\n"
          "В текущем году рассчитывают выйти на $3,1 млрд.\n"
          "С Калужской областью объем торговли за 2025 год составил $240 млн.\n"
          "Всего товарооборот Беларуси и России за 2025 год, по данным Белстата, превысил "
          "$50 млрд.\n")
KALUGA = ("Калужская область подвела итоги торговли с Беларусью\n"
          "Калуга, 20 февраля 2026 года. Товарооборот Калужской области с Республикой Беларусь "
          "в 2025 году составил $910 млн, сообщили в региональном минэкономразвития.\n")


def _by_value(frame: pd.DataFrame, value: float) -> pd.Series:
    rows = frame[(pd.to_numeric(frame["value"]) - value).abs() < 1e5]
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.mark.parametrize(("sentence", "oblast"), [
    ("Экспорт витебских предприятий в Псковскую область за год вырос до $95 млн.", "Витебская область"),
    ("За девять месяцев Брестчина поставила в российские регионы продукции на $1,1 млрд.",
     "Брестская область"),
    ("Товарооборот Тверской области с Гомельщиной составил $130 млн.", "Гомельская область"),
    ("Минская область наращивает экспорт молочной продукции.", "Минская область"),
    # the oblast's firms as the subject: its adjective before them, or its name after them
    ("Витебские предприятия нарастили поставки в Россию", "Витебская область"),
    ("За девять месяцев предприятия Брестской области отгрузили в Россию продукции на $900 млн.",
     "Брестская область"),
    ("Могилевские производители увеличили экспорт молочной продукции.", "Могилёвская область"),
])
def test_an_oblast_written_as_the_trading_side(sentence: str, oblast: str) -> None:
    found = trading_oblast(sentence)
    assert found is not None and found.nom == oblast


@pytest.mark.parametrize("sentence", [
    "Смоленские предприятия увеличили поставки в Гомельскую область.",  # the oblast receives
    "На форуме в Могилеве обсудили товарооборот России и Беларуси.",
    "Экспорт минских предприятий вырос на 8%.",  # Minsk city, no oblast
    "Товарооборот Витебской и Гомельской областей с Россией составил $4 млрд.",
])
def test_no_one_oblast_is_the_side(sentence: str) -> None:
    assert trading_oblast(sentence) is None


def test_the_scope_of_a_mention() -> None:
    own = "Товарооборот Гомельской области с Россией составил $3 млрд."
    assert mention_scope(None, "trade_turnover", own) == "belarus_oblast"
    assert mention_scope("Брянская область", "trade_turnover",
                         "Товарооборот Брянской области с Гомельской областью — $200 млн.") == \
        "regional_oblast"
    # a sentence that names Belarus as a whole is the country's, whatever the heading says
    heading = "Гомельская область наращивает торговлю с Россией"
    assert names_country_side("товарооборот Беларуси и России")
    assert mention_scope(None, "trade_turnover", "Товарооборот Беларуси с Россией — $50 млрд.",
                         heading) == "national"
    # a sentence with no side of its own is its article's oblast's …
    assert mention_scope(None, "trade_turnover", "В этом году ожидается $3,3 млрд.",
                         heading) == "belarus_oblast"
    # … unless it names another oblast; and a deal is no trade figure
    assert mention_scope(None, "trade_turnover", "Витебская область получила $1 млрд.",
                         heading) == "national"
    assert mention_scope(None, "investment", own) == "national"
    # «экспорт области» under a heading whose oblast's firms are the subject
    firms = "Гомельские предприятия наращивают поставки в Россию"
    assert mention_scope(None, "export", "За 2025 год экспорт области в Россию вырос до $2,4 млрд.",
                         firms) == "belarus_oblast"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return dataset_of(tmp_path_factory.mktemp("oblast"), {"grodno.txt": GRODNO, "kaluga.txt": KALUGA})


def test_the_figures_of_an_oblast_article(dataset: Dataset) -> None:
    figures = dataset.figures
    assert _by_value(figures, 2.8e9)["scope"] == "belarus_oblast"
    plan = _by_value(figures, 3.1e9)  # the plan's sentence names no side: the article's oblast
    assert plan["scope"] == "belarus_oblast" and plan["region"] == ""
    partner = _by_value(figures, 240e6)
    assert partner["region"] == "Калужская область" and partner["scope"] == "regional_oblast"
    assert _by_value(figures, 50e9)["scope"] == "national"
    whole = _by_value(figures, 910e6)
    assert whole["region"] == "Калужская область" and whole["scope"] == "regional"


def test_the_lead_and_the_tables(tmp_path: Path) -> None:
    texts = {"grodno.txt": GRODNO, "kaluga.txt": KALUGA}
    ru = briefing_of(tmp_path / "ru", texts, lang="ru")
    latest = ru.latest_trade()
    assert latest is not None and float(latest["value"]) == pytest.approx(50e9)
    assert [float(r["value"]) for r in ru.trade_series(["trade_turnover"])] == [pytest.approx(50e9)]
    table = tag_free(ru.trade_table(regional=None))
    assert "Гродненская область — Россия" in table
    assert "Калужская область — Гродненская область" in table
    kaluga = briefing_of(tmp_path / "kaluga", texts, lang="en", region="Калужская область")
    own = kaluga.latest_trade()
    assert own is not None and float(own["value"]) == pytest.approx(910e6)
    assert "Kaluga Oblast–Grodno Oblast" in tag_free(kaluga.trade_table(regional=None))


def test_the_plain_path_reads_the_titles_too(tmp_path: Path) -> None:
    from analysis.tables import dataset as tables

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in {"grodno.txt": GRODNO, "kaluga.txt": KALUGA}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    plain = tables.extract(corpus, ner=False, article_cache=tmp_path / "cache-plain")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tables, "PART_ARTICLES", 0)  # the frame path
        frames = tables.extract(corpus, ner=False, article_cache=tmp_path / "cache-frames")
    assert _by_value(plain.figures, 3.1e9)["scope"] == "belarus_oblast"
    for name in ("amounts", "figures"):
        pd.testing.assert_frame_equal(getattr(plain, name), getattr(frames, name), check_exact=True)


def test_an_import_from_russia_into_the_bare_oblast_is_the_oblasts() -> None:
    """«импорт … из России в область» under a heading on one Belarusian oblast: Russia is one
    side, the article's oblast (a bare «область», no adjective) the other — not the country's
    import. Texts written for this test."""
    heading = "Цены на уголь для Гомельщины вырастут"
    sentence = ("По оценке облисполкома, поставки угля и кокса из России в область за полугодие "
                "составили 96 млн долларов.")
    assert mention_scope(None, "import", sentence, heading) == "belarus_oblast"
    # without an oblast in the heading a bare «область» says nothing
    assert mention_scope(None, "import", sentence, "Цены на уголь вырастут") == "national"
