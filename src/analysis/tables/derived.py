"""What the steps across articles need of each article, made once from its cached result and
kept beside it (``pieces.sqlite`` in the cache folder): its rows of the amounts table (per
reference currency), its rows of the entities table, its investment figures (for the
register), its prepared mentions for the figures (`figures.mentions.prepare`'s row values),
and the register's product labels.

A run that adds one article to a corpus rebuilds the tables across articles, but an
unchanged article's part of them does not change: its rows are read (a few small pickles,
one query for hundreds of articles), not made again from its facts and entities (whose
unpickling alone cost more than the rows: a fact carries its sentences). A piece is stored
under the article's result key (content, code version, NER switch) and a name, so it is
never older than the result it was made from; one that is missing or unreadable is made
again from the result. Without a cache folder every piece is made from the results.

The tables made of these rows are the ones the builders make from the facts and entities
(`money.amounts_frame_of_rows`, `entities.entities_frame_of_rows` are what those builders
run on their rows).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any

from analysis.plaintable import PlainTable
from analysis.tables.perarticle import ArticleCache, ArticleResults

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ArticlePieces", "Piece", "ReadAhead", "ShelvedLabels", "ShelvedProducts", "ShelvedRows"]


@dataclass(frozen=True)
class Piece:
    """One thing made of an article and one field of its result, stored as `name`."""

    name: str  # the field it is stored as, beside the result's own fields
    source: str  # the result's field it is made from («facts», «entities»)
    make: Callable[[Any, Any], Any]  # (article, that field) → the piece


class PieceField(Mapping[str, Any]):
    """A piece of every article of a run, by article id (read or made when asked)."""

    def __init__(self, results: ArticleResults, piece: Piece) -> None:
        self.results = results
        self.piece = piece

    def many(self, articles: Sequence[Any]) -> list[Any]:
        """The piece of each of `articles`, in order: the stored ones in one query, the
        others made from their results (and stored)."""
        results, piece = self.results, self.piece
        keys = [results.keys[a.article_id] for a in articles]
        stored = results.cache.get_pieces(keys, piece.name)
        out = []
        for a, key in zip(articles, keys, strict=True):
            found = stored.get(key)
            if found is None:
                found = piece.make(a, results.value(a.article_id, piece.source))
                results.cache.put_piece(key, piece.name, found)
            out.append(found)
        return out

    def __getitem__(self, article_id: str) -> Any:
        return self.many([self.results.articles[article_id]])[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)


class ReadAhead(Mapping[str, Any]):
    """One field of every article's result, by article id, read `AHEAD` at a time in the
    order the reader will ask for them (`order`: article ids), one query each: the register
    merges articles in publication order, and a query an article cost more than its
    unpickling. Asked out of order, it only reads again from there."""

    AHEAD = 256

    def __init__(self, results: ArticleResults, name: str, order: Sequence[str]) -> None:
        self.results = results
        self.name = name
        self.order = list(order)
        self.place = {aid: i for i, aid in enumerate(self.order)}
        self.buffer: dict[str, Any] = {}

    def __getitem__(self, article_id: str) -> Any:
        if article_id not in self.buffer:
            start = self.place[article_id]  # KeyError: not an article of this run
            ids = self.order[start:start + self.AHEAD]
            arts = [self.results.articles[aid] for aid in ids]
            self.buffer = dict(zip(ids, self.results.many(arts, self.name), strict=True))
        return self.buffer[article_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.order)

    def __len__(self) -> int:
        return len(self.order)


class ArticlePieces:
    """The pieces of one run's articles for the tables across articles (see the module
    docstring): `amounts_frame(part)`, `entities_frame(part)`, `investments`."""

    def __init__(self, results: ArticleResults, currency: str, rates: Any) -> None:
        from analysis import entities, money, projects

        self.money, self.entities = money, entities
        self.amount_rows = PieceField(results, Piece(
            name=f"amount_rows:{currency}", source="facts",
            make=lambda a, facts: money.amount_rows(a, facts, currency, rates)))
        self.entity_rows = PieceField(results, Piece(
            name="entity_rows", source="entities", make=entities.entity_rows))
        self.investments = PieceField(results, Piece(
            name="investments", source="facts",
            make=lambda _a, facts: projects.investment_figures(facts)))

    def amounts_frame(self, articles: Sequence[Any]) -> pd.DataFrame:
        """The amounts table of `articles` (`money.amounts_frame` of their facts)."""
        rows = list(chain.from_iterable(self.amount_rows.many(articles)))
        return self.money.amounts_frame_of_rows(rows)

    def entities_frame(self, articles: Sequence[Any]) -> pd.DataFrame:
        """The entities table of `articles` (`entities.entities_frame` of their entities)."""
        rows = list(chain.from_iterable(self.entity_rows.many(articles)))
        return self.entities.entities_frame_of_rows(rows)

    def amounts_table(self, articles: Sequence[Any]) -> PlainTable:
        """`amounts_frame` without pandas (`analysis.plaintable`)."""
        rows = list(chain.from_iterable(self.amount_rows.many(articles)))
        return self.money.amounts_table_of_rows(rows)

    def entities_table(self, articles: Sequence[Any]) -> PlainTable:
        """`entities_frame` without pandas (`analysis.plaintable`)."""
        rows = list(chain.from_iterable(self.entity_rows.many(articles)))
        return self.entities.entities_table_of_rows(rows)


class ShelvedLabels:
    """`projects.product_label`, its results kept in the results file under the code version
    (the register labels the same few hundred phrases run after run; labelling one parses
    its words with pymorphy3, ~2 ms a phrase the first time in a process)."""

    def __init__(self, results: ArticleResults, code: str) -> None:
        from analysis.projects import product_label

        self.cache = results.cache
        self.prefix = f"label:{code}:"
        self.label = product_label
        self.known: dict[str, str] = {}

    def __call__(self, phrase: str) -> str:
        if phrase not in self.known:
            stored = self.cache.get_pieces([self.prefix], phrase).get(self.prefix)
            self.known[phrase] = stored if isinstance(stored, str) else self.label(phrase)
            if stored is None:
                self.cache.put_piece(self.prefix, phrase, self.known[phrase])
        return self.known[phrase]


class ShelvedProducts:
    """`projects.better_product` (a register row's product: its label, or the product its
    evidence sentences name), its results kept in the results file under the code version
    and a digest of its arguments. A one-added run merges the same projects from the same
    sentences; searching them parses their words with pymorphy3 (~60 ms a run on 1,000
    articles), reading the answer costs a query."""

    def __init__(self, results: ArticleResults, code: str) -> None:
        from analysis.projects import better_product, names_a_product

        self.cache = results.cache
        self.prefix = f"product:{code}:"
        self.choose = better_product
        self.names_a_product = names_a_product

    def __call__(self, label: str, sentences: list[str]) -> str:
        if self.names_a_product(label):
            return label  # most rows: the label itself, with no search to keep
        asked = hashlib.sha256(json.dumps([label, sentences], ensure_ascii=False).encode()).hexdigest()
        stored = self.cache.get_pieces([self.prefix], asked).get(self.prefix)
        if isinstance(stored, str):
            return stored
        chosen = self.choose(label, sentences)
        self.cache.put_piece(self.prefix, asked, chosen)
        return chosen


class ShelvedRows:
    """The figures stage's prepared row values of each article (`figures.mentions.KeptRows`),
    kept as the piece `name` under the article's result key: an article's values depend on
    its own rows and date only, both part of that key (with the code version)."""

    def __init__(self, cache: ArticleCache, keys: Mapping[str, str], name: str) -> None:
        self.cache = cache
        self.keys = dict(keys)  # article id → its result key
        self.name = name

    def get(self, article_ids: list[str]) -> dict[str, dict[str, list]]:
        wanted = [self.keys[a] for a in article_ids if a in self.keys]
        found = self.cache.get_pieces(wanted, self.name)
        return {a: found[k] for a in article_ids if (k := self.keys.get(a)) in found}

    def put(self, article_id: str, values: dict[str, list]) -> None:
        if article_id in self.keys:
            self.cache.put_piece(self.keys[article_id], self.name, values)
