"""People's names put in the nominative with each word's inflection kept between processes
(`analysis.entities.namenorm`): the name is natasha's own normal form, a later process reads
the inflections instead of loading natasha's `MorphVocab`, and a new process extracting an
article whose names were all seen never loads natasha's `MorphVocab` (pymorphy2's dictionary)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import exitstore
from analysis.entities import namenorm
from analysis.entities.models import natasha_models
from analysis.exitstore import exit_store, keep_between_processes

SRC = Path(__file__).resolve().parents[1] / "src"
# Own sentences in the style of the news: names in several cases, a double surname, an
# initial, a feminine name.
TEXT = ("Губернатору Ярославской области Михаилу Евраеву доложили о ходе сборки. "
        "Встреча с Анной Петровой-Ивановой прошла в Минске. "
        "По словам Виктора Карпенко, завод выпустит тысячу машин. "
        "Документ подписали Сергей Николаевич Лукин и А. В. Смирнов.")


@pytest.fixture(autouse=True)
def no_store_left_behind():
    exitstore.stop_keeping()
    yield
    exitstore.stop_keeping()


def _person_spans() -> list:
    """natasha's PER spans of TEXT, tagged for morphology as the NER step tags them."""
    from natasha import Doc

    nat = natasha_models()
    doc = Doc(TEXT)
    doc.segment(nat.segmenter)
    doc.tag_ner(nat.ner)
    doc.tag_morph(nat.morph)
    spans = [s for s in doc.spans if s.type == "PER"]
    assert len(spans) >= 4  # the test reads real names
    return spans


def _natasha_normal(span) -> str:
    span.normalize(natasha_models().vocab)
    return span.normal


def test_a_name_is_natashas_normal_form_with_or_without_kept_inflections(tmp_path) -> None:
    spans = _person_spans()
    expected = [_natasha_normal(s) for s in spans]
    vocab = lambda: natasha_models().vocab  # noqa: E731
    assert [namenorm.person_normal(s.tokens, vocab) for s in spans] == expected  # no store

    keep_between_processes(tmp_path)
    store = exit_store(namenorm.KEPT_INFLECTIONS, namenorm._inflections_key(),
                       namenorm.KEPT_INFLECTIONS_MAX)
    assert [namenorm.person_normal(s.tokens, vocab) for s in spans] == expected
    assert store.added > 0
    exitstore.stop_keeping()

    def no_vocabulary():
        raise AssertionError("a kept inflection was asked of the vocabulary")

    keep_between_processes(tmp_path)  # a later process: every inflection read
    assert [namenorm.person_normal(s.tokens, no_vocabulary) for s in spans] == expected


def test_an_inflection_is_kept_for_its_case_gender_and_number_only(tmp_path) -> None:
    keep_between_processes(tmp_path)
    store = exit_store(namenorm.KEPT_INFLECTIONS, namenorm._inflections_key(),
                       namenorm.KEPT_INFLECTIONS_MAX)
    spans = _person_spans()
    vocab = lambda: natasha_models().vocab  # noqa: E731
    for s in spans:
        namenorm.person_normal(s.tokens, vocab)
    token = next(t for s in spans for t in s.tokens if t.feats.get("Case") == "Dat")
    kept = {k for k in store.values if k[0] == token.text.lower()}
    assert kept and all(k[2] == "Dat" for k in kept)
    # the same word in another case is another key: asked of the vocabulary, not misread
    token.feats = {**token.feats, "Case": "Ins"}
    asked = []
    assert namenorm._inflected(token, lambda: asked.append(1) or natasha_models().vocab)
    assert asked


def test_a_one_added_run_with_known_names_does_not_load_natashas_vocabulary(tmp_path) -> None:
    """The command as a user runs it: a first extraction keeps the inflections; a new
    process adding an article that names the same people never loads natasha's
    `MorphVocab` (pymorphy2's dictionary)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Встреча в Ярославле\n\n{TEXT}", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC), "BRIEFING_STARTUP_CACHE": str(tmp_path / "startup")}
    probe = ("import sys\n"
             "from analysis import cli\n"
             "status = cli.main(sys.argv[1:])\n"
             "from analysis.entities import models\n"
             "print(bool(models.natasha_models.cache_info().currsize)\n"
             "      and 'vocab' in vars(models.natasha_models()))\n")
    args = ["extract", str(corpus), "--out", str(tmp_path / "out"), "--cache",
            str(tmp_path / "cache"), "--jobs", "1"]

    def run() -> str:
        done = subprocess.run([sys.executable, "-c", probe, *args], env=env, text=True,
                              capture_output=True, check=True)
        return done.stdout.strip().splitlines()[-1]

    assert run() == "True"  # a first run: the names are new
    (corpus / "b.txt").write_text(f"Итоги недели\n\n{TEXT.replace('тысячу', 'две тысячи')}",
                                  encoding="utf-8")
    assert run() == "False"  # the same names in a new article: read, not inflected
    people = (tmp_path / "out" / "entities.csv").read_text(encoding="utf-8")
    assert "Михаил Евраев" in people
