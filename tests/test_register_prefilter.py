"""The register's speed-ups leave its reading unchanged (issue 11, throughput).

A sentence is tokenised only when a rule reads it: one with no word a rule starts from
(`ReadSentence.may_matter`) is passed over with one cached look-up a word; the kind rules read
the neighbour sentences lazily; `has_lemma_in` answers alike before and after tokenising;
earlier projects are found through `ProjectIndex` by (kind, region); the year patterns of a
timeline are tried only where a year can stand. The identical-output guard over every gold
set is `benchmarks/register_guard.py`; these tests pin the cases each shortcut must keep.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import make_article, register_of

from analysis.entities import find_entities
from analysis.projects.cues import cue_hits, words
from analysis.projects.mention import read_sentences
from analysis.projects.merging import Project, ProjectIndex
from analysis.projects.reader import ArticleReader
from analysis.projects.timelines import normalize_timeline

PUBLISHED = date(2024, 5, 1)


def sentences_of(text: str):
    return read_sentences(make_article("t", text, PUBLISHED))


@pytest.mark.parametrize("sentence", [
    "Погода в Минске в выходные была солнечной.",
    "Курс рубля на торгах почти не изменился.",
])
def test_a_sentence_without_any_rule_word_may_not_matter(sentence):
    [s] = sentences_of(sentence)
    assert not s.may_matter()
    assert not s.tokenised  # the check itself reads no tokens


@pytest.mark.parametrize("sentence", [
    "Новый цех построят к осени.",  # only a future verb: a wildcard status cue
    "Открыт дилерско-сервисный центр.",  # a compound counted by its head
    "Она уже работает.",  # a pronoun that may continue the last project
    "Инвестором проекта выступает компания «Техмаш».",  # a project role
    "Ещё один участок появится в Оренбурге.",  # adds a site to the list
    "Компания выпускает тракторы и комбайны.",  # a status cue in the present
])
def test_a_sentence_with_a_rule_word_matters(sentence):
    [s] = sentences_of(sentence)
    assert s.may_matter()


def test_the_reader_leaves_sentences_that_cannot_matter_untokenised():
    text = ("Сборка тракторов МТЗ начнётся в Брянской области\n"
            "Погода в Брянске в выходные была солнечной.\n"
            "Предприятие «Брянсксельмаш» будет собирать тракторы «Беларус» с осени.")
    article = make_article("t", text, PUBLISHED)
    reader = ArticleReader(article, find_entities(article, ner=False))
    found = [reader.mentions(i) for i in range(len(reader.sents))]
    assert [bool(m) for m in found] == [True, False, True]
    weather = reader.sents[1]
    assert text[weather.start:weather.end].startswith("Погода")
    assert not weather.tokenised


@pytest.mark.parametrize("sentence", [
    "Шеф-инженеры завода провели монтаж самосвалов на промплощадке.",
    "Дилер займётся продажей погрузчиков в регионе.",
    "Погода была солнечной.",
])
@pytest.mark.parametrize("word_list", ["installation", "sales", "site_count"])
def test_has_lemma_in_answers_alike_before_and_after_tokenising(sentence, word_list):
    lazy, read = sentences_of(sentence)[0], sentences_of(sentence)[0]
    read.toks  # noqa: B018 -- read the tokens of one copy first
    for forms in (False, True):
        before = lazy.has_lemma_in(words(word_list), forms=forms)
        assert not lazy.tokenised
        assert before == read.has_lemma_in(words(word_list), forms=forms)
        expected = any(t.lemma in words(word_list) or (forms and t.word in words(word_list))
                       for t in read.toks)
        assert before == expected


def test_a_dealer_that_only_sells_is_dropped_by_the_next_sentence_read_lazily():
    headline = "В Тосно открылся дилерский центр холдинга «Амкодор»"
    sells = register_of(f"{headline}\nЦентр занимается только продажей погрузчиков.")
    other = register_of(f"{headline}\nЦентр занимается погрузчиками.")
    assert sells == []  # the lead says it only sells: no project
    assert [(r["kind"], r["enterprises"]) for r in other] == [("other", "Амкодор")]


def test_cue_hits_find_a_compound_by_its_head_and_a_cue_with_a_gap():
    [s] = sentences_of("Компания откроет дилерско-сервисный центр и наладит сборку тракторов.")
    found = {(h.cue.value, s.toks[h.first].word) for h in cue_hits(s.toks)}
    assert ("service_center", "дилерско-сервисный") in found
    assert any(value == "assembly" for value, _ in found)


def test_project_index_finds_the_earliest_project_of_a_kind_and_place():
    index = ProjectIndex()
    first, second = Project(region="Брянская область", kind="assembly"), Project(
        region="Брянская область", kind="assembly")
    index.append(first)
    index.append(Project(region="Самарская область", kind="assembly"))
    index.append(second)
    assert index.first("assembly", "Брянская область", lambda p: True) is first
    assert index.first("assembly", "Брянская область", lambda p: p is not first) is second
    assert index.first("service_center", "Брянская область", lambda p: True) is None


def test_project_index_follows_a_project_whose_kind_changed_once_refiled():
    index = ProjectIndex()
    early, late = Project(region=None, kind="other"), Project(region=None, kind="service_center")
    index.append(early)
    index.append(late)
    early.kind = "service_center"  # a more specific kind, as the register may give it
    index.refile(early)
    # the earlier opened project comes first in its new kind, and not in its old one
    assert index.first("service_center", None, lambda p: True) is early
    assert index.first("other", None, lambda p: True) is None
    assert index.all == [early, late]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Соглашение подпишут в мае.", "2024-05"),  # no year word: the bare month still counts
    ("Линию запустят к зиме.", "2024-winter"),  # a bare season, no year word either
    ("Линию запустят скоро.", None),
    ("Цех заработает во второй половине 2025 года.", "2025-H2"),
    ("Первые машины соберут в конце следующего года.", "2025"),
    ("Сборку начнут в третьем квартале 2026 года.", "2026-Q3"),
])
def test_timelines_with_and_without_a_year(sentence, expected):
    assert normalize_timeline(sentence, PUBLISHED) == expected
