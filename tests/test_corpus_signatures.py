"""The duplicate finder's per-article signatures (the normalised text's key and the word
runs) are made in the per-article step and kept in its cache: the same in every process, the
duplicates found from them are those found from the texts, and a run that adds an article
reads the others' signatures instead of making them again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEEDS

from analysis.figures import find_duplicates, text_signature
from analysis.tables import dataset

STORY = ("Гомельский завод начинает сборку комбайнов в Брянской области. Первая партия из "
         "сорока машин сойдёт с конвейера весной, сообщил директор предприятия. Вложения в "
         "площадку оцениваются в 1,5 млрд рублей, а к 2027 году сборка выйдет на триста "
         "машин в год.")
OTHER = ("Минский тракторный завод открыл сервисный центр в Казани. Центр будет обслуживать "
         "технику хозяйств Поволжья и держать склад запасных частей на двести позиций, "
         "рассказали в дилерской компании.")


def table(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))],
                         "file": [f"wire/{i}.txt" for i in range(len(texts))],
                         "text": texts, "published": ["2025-03-01"] * len(texts),
                         "published_precision": ["day"] * len(texts)})


CORPUS = [STORY, OTHER, f"Новости области. {STORY} Подробности позже.", STORY.upper(), "", "Коротко."]


def test_a_signature_is_the_same_in_a_process_with_another_string_hash_seed() -> None:
    code = ("from analysis.figures import text_signature; import sys; "
            "s = text_signature(sys.argv[1]); print(s.text_key.hex(), s.run_bytes.hex())")
    seen = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        seen.add(subprocess.run([sys.executable, "-c", code, STORY], env=env, check=True,
                                capture_output=True, text=True).stdout)
    here = text_signature(STORY)
    assert seen == {f"{here.text_key.hex()} {here.run_bytes.hex()}\n"}
    assert len(here.runs) == len(set(here.runs.tolist())) > 20


def test_duplicates_from_kept_signatures_are_those_found_from_the_texts() -> None:
    articles = table(CORPUS)
    from_texts = find_duplicates(articles)
    from_signatures = find_duplicates(articles, signatures=[text_signature(t) for t in CORPUS])
    assert set(from_texts.table["kind"]) == {"reprint", "identical_text"}
    pd.testing.assert_frame_equal(from_signatures.table, from_texts.table)
    assert from_signatures.original == from_texts.original


def test_signatures_that_do_not_match_the_articles_are_refused() -> None:
    with pytest.raises(ValueError, match="2 text signatures for 6 articles"):
        find_duplicates(table(CORPUS), signatures=[text_signature(t) for t in CORPUS[:2]])


def test_an_added_article_reads_the_other_signatures_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    (corpus / "reprint.txt").write_text(f"Перепечатка\n\n{STORY}\n", encoding="utf-8")
    dataset.extract(corpus, ner=False, article_cache=tmp_path / "cache")
    (corpus / "story.txt").write_text(f"Сборка комбайнов\n\n{STORY}\n", encoding="utf-8")
    made: list[str] = []
    from analysis import figures

    original = figures.text_signature
    monkeypatch.setattr(figures, "text_signature", lambda text: made.append(text) or original(text))
    warm = dataset.extract(corpus, ner=False, article_cache=tmp_path / "cache")
    assert len(made) == 1 and "Сборка комбайнов" in made[0]
    cold = dataset.extract(corpus, ner=False)
    pd.testing.assert_frame_equal(warm.duplicates, cold.duplicates)
    assert "reprint" in set(warm.duplicates["kind"])
