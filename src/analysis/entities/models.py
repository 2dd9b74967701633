"""natasha's NER and morphology taggers and syntax parser, loaded in a fraction of natasha's
own start-up.

natasha's loaders do work the taggers never use: `NewsEmbedding` builds a 250,000-word
dictionary the taggers do not read and precomputes every vector's norm (for similarity
queries), and each tagger builds its own 250,000-word dictionary from a gzipped list
(together about two seconds in every process that tags a sentence). Here:

- the embedding is the two tables the taggers read (`EmbeddingTables`: the product
  quantiser's indexes and codes), kept as ``.npy`` files in the start-up cache
  (`analysis.entities.startup`) and memory-mapped: read from the page cache, shared by
  every worker of a pool;
- a tagger's word list is a sorted array in the same cache (`WordIds`): a word is looked up
  by binary search the first time it is met, then remembered, so no dictionary of every
  word is built;
- the rest of a tagger (its small weight arrays, shape and tag lists) is read from natasha's
  own files as natasha does.

The taggers are natasha's classes (`NERTagger`, `MorphTagger`, `SyntaxParser`) built from
these parts; they tag exactly as natasha's (the tests compare them). The register's syntax
parser (`natasha_syntax_parser`) shares the embedding with the taggers. The cache is keyed
on natasha's, slovnet's and navec's versions and the model files' names and sizes.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

import numpy as np

from analysis.entities.startup import StartupStore, source_key, startup_store

NATASHA_LIBRARIES = ("natasha", "slovnet", "navec", "numpy")
BATCH_SIZE = 16  # texts a tagger reads in one pass (slovnet's default 8; 16 measured best)


@dataclass(frozen=True)
class NavecMeta:
    """What slovnet checks of an embedding: the id its taggers were trained with."""

    id: str


@dataclass(frozen=True)
class ProductQuantiser:
    """navec's quantised vectors as the taggers read them (no norms: no similarity queries)."""

    indexes: np.ndarray  # vectors x qdim, uint8
    codes: np.ndarray  # qdim x centroids x chunk, float32


@dataclass(frozen=True)
class EmbeddingTables:
    """The parts of navec's embedding a slovnet tagger reads (`meta.id`, `pq`)."""

    meta: NavecMeta
    pq: ProductQuantiser


class WordIds:
    """A tagger's word list looked up without a dictionary of every word: `sorted_words`
    (memory-mapped) by binary search, each word's id remembered once found."""

    MEMO_LIMIT = 400_000  # words remembered before the memo starts afresh (memory)

    def __init__(self, sorted_words: np.ndarray, ids: np.ndarray, unk_id: int | None,
                 pad_id: int | None) -> None:
        self.sorted_words = sorted_words
        self.ids = ids
        self.unk_id = unk_id
        self.pad_id = pad_id
        self.memo: dict[str, int | None] = {}

    def encode(self, word: str) -> int | None:
        """The id of `word`, or the unknown word's id (as slovnet's `Vocab.encode`)."""
        found = self.memo.get(word, -1)
        if found != -1:
            return found
        i = int(np.searchsorted(self.sorted_words, word))
        found = (int(self.ids[i]) if i < len(self.sorted_words) and self.sorted_words[i] == word
                 else self.unk_id)
        if len(self.memo) >= self.MEMO_LIMIT:
            self.memo.clear()
        self.memo[word] = found
        return found


class WordFeatures:
    """slovnet's tag encoder's `item` (a word's id and its shape's id), remembered per word:
    computing a word's shape is a Python loop over its letters, and news repeats words."""

    MEMO_LIMIT = 400_000

    def __init__(self, encoder: Any) -> None:
        from slovnet.shape import word_shape

        self.encoder = encoder
        self.word_shape = word_shape
        self.memo: dict[str, tuple[int | None, int | None]] = {}

    def __call__(self, words: list[str]) -> tuple[list[int | None], list[int | None]]:
        """(word ids, shape ids) of `words`, as `WordShapeEncoder.item` gives them."""
        word_ids, shape_ids = [], []
        memo = self.memo
        for word in words:
            found = memo.get(word)
            if found is None:
                if len(memo) >= self.MEMO_LIMIT:
                    memo.clear()
                found = memo[word] = (self.encoder.words_vocab.encode(word.lower()),
                                      self.encoder.shapes_vocab.encode(self.word_shape(word)))
            word_ids.append(found[0])
            shape_ids.append(found[1])
        return word_ids, shape_ids


def model_key(*paths: str) -> str:
    """The cache key of what is built from natasha's files at `paths`: the libraries'
    versions and the files' names and sizes."""
    digest = hashlib.sha256(source_key((), NATASHA_LIBRARIES).encode())
    for path in paths:
        digest.update(f"|{os.path.basename(path)}:{os.path.getsize(path)}".encode())
    return digest.hexdigest()[:20]


def load_embedding(store: StartupStore) -> EmbeddingTables:
    """navec's news embedding as its two tables (memory-mapped from the cache)."""
    from natasha.data import NEWS_EMBEDDING

    def build() -> dict[str, np.ndarray]:
        from navec.meta import Meta
        from navec.tar import Tar

        with Tar(NEWS_EMBEDDING) as tar:
            meta = Meta.from_file(tar.load("meta.json"))
            data = tar.load("pq.bin").read()
        # navec's layout (`navec.pq.PQ.from_file`): four uint32, indexes, codes
        vectors, _dim, qdim, centroids = np.frombuffer(data[:16], np.uint32)
        size = int(vectors) * int(qdim)
        indexes = np.frombuffer(data[16:16 + size], np.uint8).reshape(int(vectors), int(qdim))
        codes = np.frombuffer(data[16 + size:], np.float32).reshape(int(qdim), int(centroids), -1)
        return {"indexes": indexes, "codes": codes,
                "id": np.array(meta.id)}

    tables = store.arrays("navec", model_key(NEWS_EMBEDDING), build)
    return EmbeddingTables(meta=NavecMeta(id=str(tables["id"])),
                           pq=ProductQuantiser(indexes=tables["indexes"], codes=tables["codes"]))


def load_word_ids(store: StartupStore, path: str, words: list[str] | None = None) -> WordIds:
    """The word list of the slovnet pack at `path` as `WordIds` (`words`: the list, when
    the caller has it already)."""

    def build() -> dict[str, np.ndarray]:
        items = words if words is not None else _pack_words(path)
        order = np.argsort(np.array(items, dtype=str), kind="stable")
        return {"sorted_words": np.array(items, dtype=str)[order],
                "ids": order.astype(np.int32)}

    tables = store.arrays(f"words-{os.path.basename(path).split('.')[0]}", model_key(path), build)
    sorted_words, ids = tables["sorted_words"], tables["ids"]
    return WordIds(sorted_words, ids, unk_id=_special_id(sorted_words, ids, "<unk>"),
                   pad_id=_special_id(sorted_words, ids, "<pad>"))


def _special_id(sorted_words: np.ndarray, ids: np.ndarray, word: str) -> int | None:
    i = int(np.searchsorted(sorted_words, word))
    return int(ids[i]) if i < len(sorted_words) and sorted_words[i] == word else None


def _pack_words(path: str) -> list[str]:
    from slovnet.const import WORD
    from slovnet.exec.pack import Pack

    with Pack(path) as pack:
        return list(pack.load_vocab(WORD).items)


def load_tagger(store: StartupStore, kind: str, embedding: EmbeddingTables,
                faster: bool = True) -> Any:
    """natasha's news NER ("ner"), morphology ("morph") or syntax ("syntax") model, its word
    list from the cache (as slovnet's `NER.load`, `Morph.load`, `Syntax.load` build them
    otherwise); `faster`: its embedding, encoder and CRF computed by `tagger_layers` (the same
    numbers), else by slovnet's own code."""
    from natasha.data import NEWS_MORPH, NEWS_NER, NEWS_SYNTAX
    from natasha.morph.tagger import MorphTagger
    from natasha.ner import NERTagger
    from natasha.syntax import SyntaxParser
    from slovnet.const import REL, SHAPE, TAG
    from slovnet.exec import infer, model
    from slovnet.exec.encoders import SyntaxEncoder, TagEncoder
    from slovnet.exec.pack import Pack

    path, model_class, infer_class, tagger_class, encoder_class, decoder_class, labels = {
        "ner": (NEWS_NER, model.NER, infer.NERInfer, NERTagger, TagEncoder, infer.TagDecoder,
                TAG),
        "morph": (NEWS_MORPH, model.Morph, infer.MorphInfer, MorphTagger, TagEncoder,
                  infer.TagDecoder, TAG),
        "syntax": (NEWS_SYNTAX, model.Syntax, infer.SyntaxInfer, SyntaxParser, SyntaxEncoder,
                   infer.SyntaxDecoder, REL),
    }[kind]
    with Pack(path) as pack:
        pack.load_meta().check_protocol()
        network = pack.load_model(model_class)
        arrays = dict(pack.load_arrays(network.weights))
        shapes, label_vocab = pack.load_vocab(SHAPE), pack.load_vocab(labels)
    network = network.inject_arrays(arrays)
    # the syntax parser keeps slovnet's batch: the register parses a sentence at a time
    batch = BATCH_SIZE if kind != "syntax" else 8
    encoder = encoder_class(load_word_ids(store, path), shapes, batch)
    encoder.item = WordFeatures(encoder)  # an instance attribute: slovnet's own stays as is
    tagger = tagger_class.__new__(tagger_class)  # natasha's __init__ would load it all again
    tagger.infer = infer_class(network, encoder, decoder_class(label_vocab))
    tagger.batch_size = batch
    tagger.navec(embedding)
    if faster:
        from analysis.entities.tagger_layers import faster_layers

        faster_layers(tagger.infer.model)
    return tagger


class NatashaModels:
    """natasha's module and the models one tagging run needs (loaded once per process; the
    morphology tagger and the normaliser's dictionary only when a person's name is found:
    most articles name none, and the dictionary costs half a second of start-up)."""

    def __init__(self, store: StartupStore) -> None:
        # Imported lazily and through the top-level package: natasha pulls in pymorphy2,
        # which only works on Python 3.11 after yargy (imported by natasha) patches it.
        import natasha

        self.module = natasha
        self.store = store
        self.embedding = load_embedding(store)
        self.segmenter = natasha.Segmenter()
        self.ner = load_tagger(store, "ner", self.embedding)

    @cached_property
    def syntax(self) -> Any:
        """natasha's syntax parser (`NewsSyntaxParser`), for the register's trees."""
        return load_tagger(self.store, "syntax", self.embedding)

    @cached_property
    def morph(self) -> Any:
        """natasha's morphology tagger (what its normaliser of names reads)."""
        return load_tagger(self.store, "morph", self.embedding)

    @cached_property
    def vocab(self) -> Any:
        """natasha's morphology dictionary, for normalising a person's name: natasha's
        `MorphVocab` given its dictionary's folder (without it pymorphy2 finds the folder
        by scanning every installed package's entry points: a second of start-up)."""
        import pymorphy2_dicts_ru
        from natasha.morph.vocab import MorphForm, MorphVocab
        from pymorphy2 import MorphAnalyzer

        vocab = MorphVocab.__new__(MorphVocab)
        MorphAnalyzer.__init__(vocab, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)
        return vocab


def natasha_syntax_parser() -> Any:
    """natasha's `NewsSyntaxParser`, loaded as the taggers are (once a process)."""
    return natasha_models().syntax


@cache
def natasha_models() -> NatashaModels:
    """natasha's segmenter and NER tagger, the others on first use (once a process, and only
    when some sentence is tagged)."""
    return NatashaModels(startup_store())
