"""The duplicate finder keeps word runs compactly (sorted hash arrays, not sets and a dict of
lists) and still finds what the plain rule says: checked against a straightforward
implementation of the rule written here, on a corpus of stories, reprints, identical texts
and a story reprinted more widely than `max_articles_per_shingle`."""

from __future__ import annotations

import dataclasses
import random
import re
from collections import Counter, defaultdict
from itertools import combinations

import pandas as pd
import pytest

from analysis.figures import find_duplicates
from analysis.figures.reprint_words import compared_words, figures_agree, stated_figures
from analysis.figures.rules import figure_rules

SUBJECTS = ["Минский тракторный завод", "Гомельский литейный цех", "Брестский комбинат",
            "Витебский станкозавод", "Гродненская шинная фабрика", "Бобруйский машзавод"]
VERBS = ["наращивает выпуск", "сокращает поставки", "открывает сборку", "запускает линию",
         "обновляет оборудование", "заключил договор на поставку"]
OBJECTS = ["тракторов в Смоленской области", "автобусов в Нижнем Новгороде",
           "карьерных самосвалов в Кузбассе", "лифтов в Казани", "комбайнов под Брянском",
           "станков в Ярославле", "шин для грузовиков в Калуге"]
TAILS = ["до конца года", "в первом полугодии", "по итогам квартала", "уже весной",
         "с участием российских партнёров", "при поддержке правительства области"]


def sentence(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}, "
            f"сообщил представитель предприятия {rng.randint(1, 999)}.")


def story(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def reworded(rng: random.Random, text: str, changes: int) -> str:
    """A reprint: its own headline and a few sentences replaced."""
    parts = text.split(". ")
    for _ in range(changes):
        parts[rng.randrange(len(parts))] = sentence(rng).rstrip(".")
    return f"Новости региона {rng.randint(1, 99)}. " + ". ".join(parts)


def corpus(seed: int) -> pd.DataFrame:
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(30):
        texts.append(story(rng, rng.randint(4, 12)))
    for _ in range(20):  # reprints of earlier stories, some of reprints
        texts.append(reworded(rng, rng.choice(texts), rng.randint(0, 3)))
    for _ in range(5):  # the same text, other case and punctuation
        texts.append(rng.choice(texts).upper().replace(",", " ;"))
    wide = story(rng, 10)
    texts += [reworded(rng, wide, 1) for _ in range(8)]  # more holders than the narrow limit
    texts += ["", "Коротко."]
    order = list(range(len(texts)))
    rng.shuffle(order)
    dated = [f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}" if i % 7 else None for i in range(len(texts))]
    return pd.DataFrame({
        "article_id": [f"a{i:03d}" for i in range(len(texts))],
        "file": [f"wire/{i:03d}.txt" for i in range(len(texts))],
        "text": [texts[i] for i in order],
        "published": dated,
        "published_precision": ["day" if i % 5 else "month" for i in range(len(texts))],
    })


def plain_pairs(articles: pd.DataFrame, rules) -> dict[tuple[str, str], tuple[str, float]]:
    """The pairs the rule joins, by the plain reading: runs of the compared words as tuples
    (`compared_words`: numbers one mark), holder lists, figures that agree."""
    ids, texts = articles["article_id"].tolist(), articles["text"].tolist()
    pairs: dict[tuple[str, str], tuple[str, float]] = {}
    first_of: dict[str, str] = {}
    for a, t in zip(ids, texts, strict=True):
        norm = re.sub(r"[^\w]+", " ", t.lower()).strip()
        if norm and norm in first_of:
            pairs[(first_of[norm], a)] = ("identical_text", 1.0)
        first_of.setdefault(norm, a)
    runs = {}
    text = dict(zip(ids, texts, strict=True))
    size = rules.shingle_words
    for a, t in zip(ids, texts, strict=True):
        words = compared_words(t, rules)
        runs[a] = {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}
    holders = defaultdict(list)
    for a in ids:
        for run in runs[a]:
            holders[run].append(a)
    shared: Counter = Counter()
    for arts in holders.values():
        if len(arts) > rules.max_articles_per_shingle:
            shared.update((arts[0], o) for o in arts[1:])
        else:
            shared.update(combinations(arts, 2))
    for pair, n in shared.items():
        share = n / min(len(runs[pair[0]]), len(runs[pair[1]]))
        if (n >= rules.min_shared_shingles and share >= rules.min_share and pair not in pairs
                and figures_agree(stated_figures(text[pair[0]]), stated_figures(text[pair[1]]), rules)):
            pairs[pair] = ("reprint", round(share, 3))
    return pairs


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("max_holders", [3, 50])
def test_compact_runs_join_exactly_the_pairs_the_plain_rule_joins(seed: int, max_holders: int) -> None:
    rules = dataclasses.replace(figure_rules(), max_articles_per_shingle=max_holders)
    articles = corpus(seed)
    expected = plain_pairs(articles, rules)
    assert any(kind == "reprint" for kind, _ in expected.values())
    assert any(kind == "identical_text" for kind, _ in expected.values())
    found = find_duplicates(articles, rules=rules)
    # Every copy is listed once, against its group's original, with a link the rule made.
    groups: dict[str, set[str]] = {}
    for a, b in expected:
        merged = groups.get(a, {a}) | groups.get(b, {b})
        for x in merged:
            groups[x] = merged
    copies = {a for g in groups.values() for a in g} - set(found.table["duplicate_of"])
    assert set(found.table["article_id"]) == copies
    for row in found.table.itertuples():
        assert groups[row.article_id] == groups[row.duplicate_of]
        links = [v for p, v in expected.items() if row.article_id in p]
        assert (row.kind, row.similarity) in links
    assert found.independent(articles["article_id"].tolist()) == len(articles) - len(copies)


def test_a_wide_reprint_still_joins_its_original_when_its_runs_pass_the_holder_limit() -> None:
    rules = dataclasses.replace(figure_rules(), max_articles_per_shingle=2)
    rng = random.Random(7)
    base = story(rng, 12)
    texts = [base] + [reworded(rng, base, 1) for _ in range(6)]
    articles = pd.DataFrame({"article_id": [f"w{i}" for i in range(7)],
                             "file": [f"w{i}.txt" for i in range(7)], "text": texts})
    found = find_duplicates(articles, rules=rules)
    assert set(found.table["duplicate_of"]) == {"w0"}
    assert len(found.table) == 6
    assert (found.table["kind"] == "reprint").all()


def test_articles_with_fewer_words_than_a_run_are_never_reprints() -> None:
    articles = pd.DataFrame({"article_id": ["s1", "s2", "s3"], "file": ["s1.txt", "s2.txt", "s3.txt"],
                             "text": ["Завод работает.", "Завод работает!", ""]})
    found = find_duplicates(articles)
    assert found.table[["article_id", "duplicate_of", "kind"]].values.tolist() == [
        ["s2", "s1", "identical_text"]]
