"""Session 37's new analyst (newuser37) and the weekly routine: the extraction's stage lines
say how many articles were read and how many came from the cache; a render says when it
replaced a briefing built from other articles; a region's briefing is as of its own newest
article; a report set's `formats` refusal says what is accepted; a masthead line above a
headline is not the title. Texts are our own, in the style of news."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from conftest import sample_articles
from test_briefing import amount, project

from analysis.briefing.document import Briefing
from analysis.build.reportset import ConfigError, load_report_set
from analysis.ingest.chrome import title_of
from analysis.ingest.segments import txt_paragraphs
from analysis.render.render import outputs_in, tell_replaced
from analysis.tables import dataset
from analysis.tables.progress import StageProgress

NEWS = ("Тракторы собирают в Брянске\nВ 2024 году брянский завод собрал 300 тракторов МТЗ "
        "на сумму 1,2 млрд рублей.\n")


def _stage_lines(corpus: Path, cache: Path) -> list[str]:
    stream = io.StringIO()
    with StageProgress("extract", stream=stream) as progress:
        dataset.extract(corpus, ner=False, progress=progress, article_cache=cache)
    return [ln.split(" [")[0] for ln in stream.getvalue().splitlines()]


def test_the_stage_lines_say_what_was_read_and_what_came_from_the_cache(tmp_path: Path) -> None:
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    (corpus / "n1.txt").write_text(NEWS, encoding="utf-8")
    (corpus / "n2.txt").write_text(NEWS.replace("Брянске", "Калуге").replace("брянский", "калужский"),
                                   encoding="utf-8")
    first = _stage_lines(corpus, cache)
    assert "extract: amounts, facts and entities: 2 read, 0 from the cache (2)…" in first
    (corpus / "n3.txt").write_text(NEWS.replace("300", "450"), encoding="utf-8")
    week2 = _stage_lines(corpus, cache)
    assert "extract: amounts, facts and entities: 1 read, 2 from the cache (3)…" in week2
    assert "extract: reading files: 1 read, 2 from the cache (3)…" in week2


def _rendered(folder: Path, name: str, articles: int, date_to: str) -> Path:
    """A rendered briefing as a render leaves it: its HTML and its notebook, whose title
    block's output keeps the corpus's coverage."""
    meta = {"analysis": {"coverage": {"articles": articles, "date_from": "2024-01-10",
                                      "date_to": date_to}}}
    nb = {"cells": [{"cell_type": "code", "outputs": [{"metadata": meta}]}], "metadata": {}}
    (folder / f"{name}.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    html = folder / f"{name}.html"
    html.write_text("<html></html>", encoding="utf-8")
    return html


def test_a_render_over_a_briefing_of_other_articles_says_so(tmp_path: Path, capsys) -> None:
    name = "briefing--corpus-weekly-1a2b3c"
    _rendered(tmp_path, name, 14, "2026-06-04")
    os.utime(tmp_path / f"{name}.html", (0, 1_700_000_000))
    before = outputs_in(tmp_path, "notebooks/briefing.ipynb")
    html = _rendered(tmp_path, name, 18, "2026-10-28")  # next week's articles, the same name
    tell_replaced({"html": html, "ipynb": tmp_path / f"{name}.ipynb"}, before)
    err = capsys.readouterr().err
    assert f"replaced {name}.html" in err and "built from 14 article(s) to 2026-06-04" in err
    assert "--out reports/<date>/" in err


def test_a_render_of_the_same_articles_replaces_silently(tmp_path: Path, capsys) -> None:
    name = "briefing--corpus-weekly-1a2b3c"
    _rendered(tmp_path, name, 14, "2026-06-04")
    before = outputs_in(tmp_path, "notebooks/briefing.ipynb")
    html = _rendered(tmp_path, name, 14, "2026-06-04")
    tell_replaced({"html": html, "ipynb": tmp_path / f"{name}.ipynb"}, before)
    assert capsys.readouterr().err == ""


def test_other_notebooks_outputs_are_not_read(tmp_path: Path) -> None:
    _rendered(tmp_path, "trade_volumes--corpus-x", 3, "2025-01-01")
    assert outputs_in(tmp_path, "notebooks/briefing.ipynb") == {}


def _kemerovo_briefing(lang: str) -> Briefing:
    """The corpus runs to 21 October 2025; the region's only article is of 21 June 2025."""
    import pandas as pd

    amounts = pd.DataFrame([
        amount("a1", 4.8e10, "USD", "trade_turnover", 2024, converted=4.8e10,
               sentence="Товарооборот в 2024 году составил 48 млрд долларов."),
        amount("a2", 6.0e8, "RUB", "investment", None, region="Кемеровская область",
               converted=7.2e6, fx_year=2025, sentence="Вложения в площадку составят 600 млн рублей."),
    ])
    projects = pd.DataFrame([project("P1", "Кемеровская область", "operating", "Самосвалы", "a2",
                                     "На площадке в Белове уже собирают самосвалы.")])
    return Briefing.from_frames(sample_articles(), amounts, projects, lang=lang,
                                region="Кемеровская область")


def test_a_region_briefing_is_as_of_its_newest_article() -> None:
    import re

    ru = re.sub(r"<[^>]+>", "", str(_kemerovo_briefing("ru").title_block())).replace("\u00a0", " ")
    assert "Данные на 21 июня 2025 г. (последняя статья с цифрами или проектами региона; " \
           "корпус — по 21 октября 2025 г.)" in ru
    en = re.sub(r"<[^>]+>", "", str(_kemerovo_briefing("en").title_block())).replace("\u00a0", " ")
    assert "the corpus runs to" in en


def test_formats_of_a_wrong_type_are_refused_with_what_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "brief.ipynb").write_text("{}", encoding="utf-8")
    config = tmp_path / "reports.toml"
    config.write_text('[defaults]\nformats = 3\n[[report]]\nnotebook = "brief.ipynb"\n',
                      encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_report_set(config)
    message = str(caught.value)
    assert "formats=3" in message and "a format name or a non-empty list of them" in message
    assert 'formats = "html"' in message and "'pdf'" in message


def test_a_masthead_line_above_a_headline_is_not_the_title() -> None:
    paras = txt_paragraphs("Еженедельник «Приокский вестник», 3 марта 2021 года\n\n"
                           "Калужские погрузчики: итоги года в цифрах\n\n"
                           "Завод собрал 120 погрузчиков.\n")
    assert title_of(paras) == "Калужские погрузчики: итоги года в цифрах"
    dated = txt_paragraphs("Тула, 12.04.2022\nНовый цех открылся в Узловой\nТекст новости.\n")
    assert title_of(dated) == "Новый цех открылся в Узловой"


def test_a_place_and_date_line_with_no_headline_after_it_stays() -> None:
    paras = txt_paragraphs("Калуга, 18 мая 2023 года\nЗавод собрал 120 погрузчиков.\n")
    assert title_of(paras) == "Калуга, 18 мая 2023 года"


def test_many_years_stand_upright_on_a_phone_but_flat_on_paper() -> None:
    from analysis.briefing.charts import PHONE_WIDTH_IN, WIDTH_IN, bar_chart

    years = [str(y) for y in range(2015, 2027)]
    at = [float(y) for y in range(2015, 2027)]

    def drawn(width: float, n: int) -> str:
        return str(bar_chart(years[:n], {"оборот": [30.0 + i for i in range(n)]}, "млрд долл.",
                             fmt="svg", positions=at[:n], width=width))

    def upright(svg: str) -> int:  # texts turned a quarter (the value axis's title is one)
        return svg.count("rotate(-90")

    assert upright(drawn(PHONE_WIDTH_IN, 12)) >= 12  # «20152016 2017» no more
    assert upright(drawn(WIDTH_IN, 12)) <= 1
    assert upright(drawn(PHONE_WIDTH_IN, 4)) <= 1
