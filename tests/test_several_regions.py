"""A figure spread over several Russian regions told together (`analysis.money.together`, the
scope `several_regions` of `analysis.figures.scope`): regions listed in the amount's own
clause, or the sites of «в оба объекта» told before. Such a figure is no one region's and not
the two countries': its amounts row keeps no region and lists the regions, its figure is kept
out of the national series and out of each region's own; sites that share one region give
the figure that region."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import dataset_of

from analysis.briefing.labels import measure_label, region_name
from analysis.figures.scope import mention_scope

SUPPLIES = ("Бобруйский завод нарастил поставки в соседние регионы\n"
            "МОГИЛЕВ, 12 ноября 2025 года. Завод «Бобруйскагромаш» за девять месяцев отгрузил в "
            "Курскую, Орловскую и Белгородскую области прицепной техники на 340 млн рублей.\n"
            "Всего товарооборот Беларуси и России за девять месяцев, по оценке экономистов, "
            "превысил $35 млрд.\n")
TWO_SITES_ONE_REGION = (
    "Белорусский производитель открыл две площадки под Казанью\n"
    "КАЗАНЬ, 3 сентября 2025 года. В Зеленодольске начал работу сборочный участок, а в "
    "Лаишеве — склад запасных частей, сообщили в правительстве Республики Татарстан.\n"
    "Вложения в обе площадки составили 410 млн рублей.\n")
TWO_SITES_TWO_REGIONS = (
    "Производитель лифтов расширил сервисную сеть\n"
    "МИНСК, 8 октября 2025 года. «Могилевлифтмаш» открыл сервисный центр в Твери, а в "
    "Ярославской области — учебный класс для монтажников.\n"
    "Инвестиции в оба объекта составили 2,4 млн белорусских рублей.\n")
LIST_IN_ANOTHER_CLAUSE = (
    "Минский завод подвел итоги года\n"
    "МИНСК, 20 января 2025 года. В 2024 году предприятие поставило 120 автобусов для Пскова, "
    "Твери и Рязани, выручка составила 7,6 млрд рублей.\n")
LIST_AFTER_A_COLON = (
    "Витебская клиника обновила оборудование\n"
    "ВИТЕБСК, 2 июня 2025 года. Клиника получила в банке заем на 900 тыс. долларов для "
    "закупки аппаратуры: половина ее пациентов — жители Псковской, Смоленской и Тверской "
    "областей.\n")


def _row(frame: pd.DataFrame, value: float) -> pd.Series:
    rows = frame[(pd.to_numeric(frame["value"]) - value).abs() < 1]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_regions_listed_as_one_market_make_a_figure_of_several_regions(tmp_path: Path) -> None:
    ds = dataset_of(tmp_path / "c", {"supplies.txt": SUPPLIES})
    row = _row(ds.amounts, 340e6)
    assert pd.isna(row["region"])  # none of the three alone
    assert row["regions"] == "Курская область; Орловская область; Белгородская область"
    assert row["scope"] == "several_regions"
    figure = _row(ds.figures, 340e6)
    assert figure["scope"] == "several_regions"
    assert figure["region"] == "Курская область; Орловская область; Белгородская область"
    # the national total of the next sentence stays national
    assert _row(ds.figures, 35e9)["scope"] == "national"


@pytest.mark.parametrize(("text", "value"), [(LIST_IN_ANOTHER_CLAUSE, 7.6e9),
                                             (LIST_AFTER_A_COLON, 9e5)])
def test_a_list_in_a_clause_of_its_own_spreads_no_figure(tmp_path: Path, text: str,
                                                         value: float) -> None:
    ds = dataset_of(tmp_path / "c", {"article.txt": text})
    row = _row(ds.amounts, value)
    assert pd.isna(row["regions"]) and row["scope"] != "several_regions"


def test_both_sites_in_one_region_give_the_figure_that_region(tmp_path: Path) -> None:
    ds = dataset_of(tmp_path / "c", {"sites.txt": TWO_SITES_ONE_REGION})
    row = _row(ds.amounts, 410e6)
    assert row["region"] == "Республика Татарстан" and row["scope"] == "regional"
    assert pd.isna(row["regions"])


def test_both_sites_in_two_regions_make_a_figure_of_both(tmp_path: Path) -> None:
    ds = dataset_of(tmp_path / "c", {"sites.txt": TWO_SITES_TWO_REGIONS})
    row = _row(ds.amounts, 2.4e6)
    assert pd.isna(row["region"])
    assert row["regions"] == "Тверская область; Ярославская область"
    assert row["scope"] == "several_regions"


def test_a_figure_with_no_listed_regions_keeps_its_scope() -> None:
    assert mention_scope(None, "export", "Экспорт вырос.", None, None) == "national"
    assert mention_scope("Курская область", "export", "…", None, "Курская область; Орловская область") \
        == "regional"
    assert mention_scope(None, "investment", "…", None, "Курская область; Орловская область") \
        == "several_regions"


def test_a_briefing_names_each_region_of_the_figure() -> None:
    regions = "Курская область; Орловская область"
    assert region_name(regions, "ru") == "Курская область, Орловская область"
    assert region_name(regions, "en") == "Kursk Oblast, Oryol Oblast"
    assert measure_label("export", "BY→RU", True, "ru", "several_regions") == \
        "экспорт Беларуси в регионы"


def test_the_frame_path_gives_the_same_scope(tmp_path: Path) -> None:
    from analysis.tables import dataset as tables

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "supplies.txt").write_text(SUPPLIES, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tables, "PART_ARTICLES", 0)  # the frame path
        frames = tables.extract(corpus, ner=False, article_cache=tmp_path / "cache-frames")
    figure = _row(frames.figures, 340e6)
    assert figure["scope"] == "several_regions"
    assert figure["region"] == "Курская область; Орловская область; Белгородская область"


def test_a_briefing_lists_the_figure_under_its_regions_and_no_single_region(tmp_path: Path) -> None:
    import re

    from conftest import briefing_of

    def plain(html: str) -> str:
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\u00a0", " ")

    every = briefing_of(tmp_path / "all", {"supplies.txt": SUPPLIES}, lang="ru")
    table = plain(every.trade_table(regional=None))
    assert "Курская область, Орловская область, Белгородская область" in table
    assert "экспорт Беларуси в регионы" in table
    kursk = briefing_of(tmp_path / "kursk", {"supplies.txt": SUPPLIES}, lang="ru",
                        region="Курская область")
    assert "340" not in plain(kursk.trade_table(regional=None))
