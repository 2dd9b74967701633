"""The register's speed changes of session 29 read exactly what the work they replace read
(issues 10 and 13, speed29):

- a sentence's lemma and word sets are read once, from the words' cached analyses when its
  tokens were not read (`ReadSentence.has_lemma_in`, asked of neighbour sentences by many
  rules): the same sets as from its tokens;
- a denial, a halt and a trial are looked for token by token only where the sentence holds
  a word they start from (`stance.denied`, `told_halted`, `on_trial`): the answers of the
  former scans, kept here as they were written;
- a word's nominative for a product label is inflected once (`lang.morph.inflected`), a
  tag's grammemes asked once (`lang.phrases._tag_has`), a place's locative looked up once
  (`location._never_locative`): pymorphy3's answers;
- a pool worker sets its warm heap aside from the cycle collector once warmed up.

Sentences are written for these tests (no gold article is read here).
"""

from __future__ import annotations

import gc
from dataclasses import replace

import pytest

from analysis.lang import analyzer
from analysis.lang import phrases as phrases_module
from analysis.lang.morph import inflected, parses
from analysis.projects import location as location_module
from analysis.projects import stance
from analysis.projects.cues import Token, words
from analysis.projects.mention import Mention, ReadSentence

SENTENCES = [
    "Минский тракторный завод не будет создавать совместное предприятие в Смоленской области.",
    "Министерство опровергло сообщения о строительстве завода под Тверью.",
    "О локальном производстве здесь речи нет, сообщили в компании.",
    "Речь идёт не только о сборке, но и о сервисе.",
    "В 2022 году участок закрыли, а линию законсервировали.",
    "Совместное предприятие прекращает работу с 1 марта.",
    "Сборку погрузчиков приостановили из-за поставок двигателей.",
    "Первые две машины собраны в марте, сейчас они проходят обкатку на полигоне.",
    "Опытный образец собирается в Минске, серийный выпуск начнётся позже.",
    "Завод «Амкодор» открыл сервисный центр в Барнауле и планирует второй в Омске.",
    "Не прошло и года, как в Курской области заработала линия сборки автобусов.",
    "Проект не закрыт, он заморожен до весны.",
    "Гомсельмаш и Брянсксельмаш подписали соглашение о выпуске комбайнов.",
    "Ёмкости для хранения зерна — производства белорусских заводов.",
]


def _sentence(text: str) -> ReadSentence:
    return ReadSentence(start=0, end=len(text), paragraph=0, text=text)


def _denied_before(toks: list[Token], text: str | None = None, closed_kept: bool = False) -> bool:
    """`stance.denied` as it was written before its first look at the sentence's words."""
    denial, forms, negatable = words("denial"), words("denial_forms"), words("negatable")
    kept = words("closed_states") if closed_kept else frozenset()
    for n, t in enumerate(toks):
        if t.word in kept or stance.ceases_work(toks, n) or t.word in words("closed"):
            continue
        if stance._no_talk(toks, n):
            return True
        if (t.lemma in denial or t.word in forms) and not stance._speech_after(toks, n, text) \
                and not (t.lemma in denial and stance._closure_denied(toks, n)) \
                and not stance.declines_to_speak(toks, n):
            return True
        if t.word not in ("не", "нет") or (n + 1 < len(toks) and toks[n + 1].word == "только"):
            continue
        if any(u.lemma in negatable and not stance._apart(t, u, text) for u in toks[n + 1:n + 3]) \
                and not stance._other_verb_negated(toks, n):
            return True
    return False


def _halted_before(sent: ReadSentence) -> str:
    """`stance.told_halted` as it was written before its first look at the sentence's sets."""
    toks = sent.toks
    closing = words("closed") | words("closed_states")
    if any(t.word in closing and not (k and toks[k - 1].word == "не") for k, t in enumerate(toks)):
        return stance.CLOSED
    if any(stance.ceases_work(toks, k) for k in range(len(toks))):
        return stance.CLOSED
    return stance.SUSPENDED if not words("pause").isdisjoint(sent.lemmas) else ""


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentences_sets_are_the_same_read_before_or_after_its_tokens(text: str) -> None:
    early, late = _sentence(text), _sentence(text)
    probe = frozenset({"завод", "сборка", "закрыть", "не", "линия", "ёмкость", "емкость"})
    asked = early.has_lemma_in(probe), early.has_lemma_in(probe, forms=True)
    assert not early.tokenised  # answered without tokens
    toks = late.toks
    assert early.lemmas == late.lemmas == frozenset(t.lemma for t in toks)
    assert early.words == late.words == frozenset(t.word for t in toks)
    assert asked == (late.has_lemma_in(probe), late.has_lemma_in(probe, forms=True))
    assert asked[0] == any(t.lemma in probe for t in toks)
    assert asked[1] == any(t.lemma in probe or t.word in probe for t in toks)


@pytest.mark.parametrize("text", SENTENCES)
def test_denials_halts_and_trials_read_as_the_former_scans(text: str) -> None:
    sent = _sentence(text)
    toks = sent.toks
    for kept in (False, True):
        assert stance.denied(toks, text, kept) == _denied_before(toks, text, kept)
    assert stance.told_halted(_sentence(text)) == _halted_before(_sentence(text))
    assert stance.on_trial(toks, []) == []
    one = Mention(sentence=sent, kind="assembly", status="operating", enterprises=set(),
                  region=None)
    marked = stance.on_trial(toks, [one])
    told = "обкатку" in text  # (a prototype beside a serial output is no trial: «серийный»)
    assert marked == ([replace(one, status="in_progress", trial=True)] if told else [one])


def test_the_former_scans_still_find_what_they_found() -> None:
    said = {t: stance.denied(_sentence(t).toks, t) for t in SENTENCES}
    assert said[SENTENCES[0]] and said[SENTENCES[1]] and said[SENTENCES[2]]
    assert not said[SENTENCES[3]] and not said[SENTENCES[9]]
    assert stance.told_halted(_sentence(SENTENCES[4])) == stance.CLOSED
    assert stance.told_halted(_sentence(SENTENCES[5])) == stance.CLOSED
    assert stance.told_halted(_sentence(SENTENCES[6])) == stance.SUSPENDED
    assert stance.told_halted(_sentence(SENTENCES[9])) == ""


@pytest.mark.parametrize("word", ["автобусов", "техники", "тракторы", "низкопольных",
                                  "центра", "Луках", "кабин", "МТЗ", "быстро"])
def test_a_words_inflection_and_its_tags_are_pymorphys(word: str) -> None:
    for p in parses(word.lower()):
        for grammemes in ({"nomn"}, {"nomn", "plur"}, {"gent", "sing"}):
            mine, theirs = inflected(p, frozenset(grammemes)), p.inflect(set(grammemes))
            assert (mine.word if mine else None) == (theirs.word if theirs else None)
            assert mine == theirs
        for asked in (("NOUN",), ("VERB", "INFN"), ("plur",), ("loct", "loc2"), ("Geox", "Name")):
            assert phrases_module._tag_has(p.tag, asked) == any(g in p.tag for g in asked)
    assert inflected(parses("автобусов")[0], frozenset({"nomn"})).word == "автобусы"


@pytest.mark.parametrize("surface", ["Ульяновск", "Ульяновске", "Смоленскую область",
                                     "Кемерово", "Брянской области", ""])
def test_a_places_locative_is_looked_up_as_before(surface: str) -> None:
    last = surface.split()[-1].lower() if surface.split() else ""
    before = bool(last) and not any({"loct", "loc2"} & set(p.tag.grammemes)
                                    for p in analyzer().parse(last))
    assert location_module._never_locative(surface) == before
    assert location_module._never_locative(surface) == before  # cached: the same


def test_a_pool_worker_sets_its_warm_heap_aside_and_collects_less() -> None:
    from analysis import collector
    from analysis.tables import warmpool

    before = gc.get_threshold()
    try:
        warmpool._warm_up_worker(False)
        assert gc.get_freeze_count() > 0  # the models, tables and caches: never walked again
        assert gc.get_threshold() == (collector.YOUNG, collector.OLDER, collector.OLDER)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
