"""A money sum told as a plan in one outlet and as a stated fact in another is one deal
(`plan_or_done` in data/figure_rules.json; a new user's reprint in two outlets, session 26:
the same 180 million were two rows of the investments table and «инвестиции — 3»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures.rules import figure_rules
from analysis.tables import dataset


def _corpus(folder: Path, texts: dict[str, str], dates: dict[str, str]) -> Path:
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    rows = "".join(f"{name},,Издание {i},,{dates[name]}\n" for i, name in enumerate(texts))
    (folder / "metadata.csv").write_text("file,title,source,url,published\n" + rows, encoding="utf-8")
    return folder


def test_the_money_metrics_are_data() -> None:
    assert {"investment", "credit", "financing", "agreements"} <= figure_rules().plan_or_done
    assert "trade_turnover" not in figure_rules().plan_or_done


def test_a_cost_estimated_in_one_outlet_and_stated_in_another_is_one_investment(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {
        "vestnik.txt": "Под Псковом построят цех по ремонту белорусских автобусов\n\n"
                       "Минский автозавод построит в Псковской области ремонтный цех для своих "
                       "автобусов. Стоимость проекта — 240 млн рублей, цех начнёт работу осенью.\n",
        "kurier.txt": "Ремонтный цех МАЗа появится в Псковской области\n\n"
                      "В Псковской области появится ремонтный цех Минского автозавода. Проект "
                      "оценивается в 240 млн рублей, работу цех начнёт осенью.\n"},
        {"vestnik.txt": "2025-03-03", "kurier.txt": "2025-03-04"})
    ds = dataset.extract(corpus, ner=False)
    amounts = ds.amounts[ds.amounts["metric"] == "investment"]
    # the two sentences are read as they are: one a plan, one a stated cost …
    assert sorted(amounts["forecast"]) == [False, True]
    # … and they are one figure with two sources, a stated sum as one source tells it
    f = ds.figures[ds.figures["metric"] == "investment"]
    assert len(f) == 1
    row = f.iloc[0]
    assert row["value"] == pytest.approx(240e6)
    assert row["n_sources"] == 2
    assert not row["forecast"]
    assert set(row["article_ids"].split(";")) == {"vestnik", "kurier"}


def test_two_plans_of_one_sum_stay_a_plan_and_other_sums_stay_apart(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {
        "odin.txt": "Гомсельмаш расширит сервис в Орловской области\n\n"
                    "Холдинг вложит в сервисную станцию в Орловской области 90 млн рублей.\n",
        "dva.txt": "Сервисная станция Гомсельмаша в Орловской области\n\n"
                   "Инвестиции в станцию оцениваются в 90 млн рублей.\n",
        "tri.txt": "В Орловской области открыт склад запчастей\n\n"
                   "В склад запчастей белорусской техники в Орловской области вложили 35 млн рублей.\n"},
        {"odin.txt": "2025-05-05", "dva.txt": "2025-05-06", "tri.txt": "2025-05-07"})
    ds = dataset.extract(corpus, ner=False)
    f = ds.figures[ds.figures["metric"] == "investment"].sort_values("value")
    assert list(f["value"]) == [pytest.approx(35e6), pytest.approx(90e6)]
    assert list(f["forecast"]) == [False, True]
    assert list(f["n_sources"]) == [1, 2]
    assert f["figure_id"].is_unique
