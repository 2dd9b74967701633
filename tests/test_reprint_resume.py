"""The reprint pairs kept between runs (`figures.reprint_resume`): a run that adds articles
counts only their pairs, and its duplicates are those of counting every pair; anything the
kept pairs cannot stand for (a run made wide, an article changed or removed) counts all."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from analysis.figures import duplicates
from analysis.figures.duplicates import duplicate_rows
from analysis.figures.reprint_resume import ReprintPairs
from analysis.figures.rules import figure_rules
from analysis.figures.signature import text_signature

STORY = ("МИНСК, 12 мая. Белорусский завод и брянское предприятие подписали контракт на поставку "
         "{n} тракторов до конца года, сообщила пресс-служба завода. Сумма сделки составит {m} млн "
         "рублей, сборку машин наладят на площадке в Брянской области, где уже работает сервисный "
         "центр. Первые машины хозяйства получат летом, остальные к осени.")
OTHER = ("В Смоленске прошла ярмарка сельхозтехники. Гости осмотрели комбайны и сеялки, обсудили "
         "цены на запчасти и сроки поставок {n}. Организаторы рассказали, что ярмарка станет "
         "ежегодной, а в следующем году участников будет больше.")


def _texts() -> dict[str, str]:
    texts = {f"s{k}": STORY.format(n=40 + k % 2, m=120 + k % 3) for k in range(5)}
    texts |= {f"o{k}": OTHER.format(n=k) for k in range(4)}
    return texts


def _rows(texts: dict[str, str], rules, kept: ReprintPairs | None = None) -> tuple[list, dict]:
    ids = sorted(texts)
    return duplicate_rows(ids, [texts[a] for a in ids], [f"{a}.txt" for a in ids], [None] * len(ids), [],
                          rules, [text_signature(texts[a], rules) for a in ids], kept=kept)


def _kept(folder: Path, texts: dict[str, str], rules) -> ReprintPairs:
    return ReprintPairs(folder, "code", {a: hashlib.sha256(t.encode()).hexdigest() for a, t in texts.items()})


def _counted_once(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = duplicates._shared_runs
    monkeypatch.setattr(duplicates, "_shared_runs", lambda *a: calls.append(1) or real(*a))
    return calls


@pytest.mark.parametrize("added", ["zz", "a0", "s2b"])  # last, first, between two copies
def test_an_added_reprint_is_counted_alone_and_gives_the_whole_count(tmp_path, monkeypatch, added) -> None:
    rules = figure_rules()
    texts = _texts()
    _rows(texts, rules, _kept(tmp_path, texts, rules))  # the first run keeps its pairs
    texts[added] = STORY.format(n=41, m=121) + " Об этом сообщает агентство."
    calls = _counted_once(monkeypatch)
    resumed = _rows(texts, rules, _kept(tmp_path, texts, rules))
    assert calls == []  # only the new article's pairs were counted
    assert resumed == _rows(texts, rules)
    assert any(row["article_id"] == added or row["duplicate_of"] == added for row in resumed[0])


@pytest.mark.parametrize("change", ["changed", "removed", "wide", "nothing"])
def test_what_the_kept_pairs_cannot_stand_for_is_counted_again(tmp_path, monkeypatch, change) -> None:
    # a run held by more articles than the bound counts only from its first holder: a third
    # copy makes the story's runs wide, and the first two copies' pair changes
    rules = dataclasses.replace(figure_rules(), max_articles_per_shingle=2)
    texts = {a: t for a, t in _texts().items() if a in {"s0", "s1", "o0", "o1"}}
    _rows(texts, rules, _kept(tmp_path, texts, rules))
    if change == "changed":
        texts["o1"] = OTHER.format(n=7) + " Дополнено."
    elif change == "removed":
        del texts["o1"]
    elif change == "wide":
        texts["s9"] = STORY.format(n=40, m=120)
    calls = _counted_once(monkeypatch)
    again = _rows(texts, rules, _kept(tmp_path, texts, rules))
    assert calls == ([] if change == "nothing" else [1])
    assert again == _rows(texts, rules)


def test_a_damaged_or_foreign_state_counts_every_pair(tmp_path, monkeypatch) -> None:
    rules = figure_rules()
    texts = _texts()
    _rows(texts, rules, _kept(tmp_path, texts, rules))
    state = tmp_path / "reprint-pairs.pickle"
    state.write_bytes(state.read_bytes()[:-7])
    calls = _counted_once(monkeypatch)
    damaged = _rows(texts, rules, _kept(tmp_path, texts, rules))
    assert calls == [1] and damaged == _rows(texts, rules)
    calls.clear()
    foreign = _rows(texts, rules, ReprintPairs(tmp_path, "another code", _kept(tmp_path, texts, rules).keys))
    assert calls == [1] and foreign == _rows(texts, rules)
