"""natasha's taggers with `tagger_layers` give slovnet's numbers bit for bit: every layer
on random input, and the NER, morphology and syntax markups of sentences of our own (fast)
and of every gold-set text and sentence (slow)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from analysis.entities import models
from analysis.entities.tagger_layers import ListCRF, WindowsEncoder, windows

GOLD = Path(__file__).parent / "gold"

SENTENCES = [
    "Губернатор Псковской области Михаил Ведерников встретился с послом Беларуси.",
    "ОАО «Гомсельмаш» и администрация Брянской области подписали соглашение о сборке "
    "комбайнов, сообщает пресс-служба правительства региона.",
    "По словам Александра Лукашенко, товарооборот с Татарстаном в 2024 году вырос на 12%.",
    "Минский тракторный завод откроет дилерский центр в Казани.",
    "Да.",
    "«Белшина» — крупнейший производитель шин; её директор Иван Петров рассказал РИА "
    "Новости о планах на Урале, в Сибири и на Дальнем Востоке до 2027 года включительно.",
]


@pytest.fixture(scope="module")
def taggers() -> dict[str, tuple[object, object]]:
    store = models.startup_store()
    embedding = models.load_embedding(store)
    return {kind: (models.load_tagger(store, kind, embedding, faster=False),
                   models.load_tagger(store, kind, embedding))
            for kind in ("ner", "morph", "syntax")}


def test_windows_are_slovnets_conv_matrix() -> None:
    from slovnet.exec.model import Conv1d, Weight

    rng = np.random.default_rng(7)
    for batch, length, channels in [(1, 1, 5), (3, 2, 4), (4, 9, 7)]:
        x = rng.standard_normal((batch, length, channels)).astype(np.float32)
        weight = rng.standard_normal((6, channels, 3)).astype(np.float32)
        bias = rng.standard_normal(6).astype(np.float32)
        conv = Conv1d(Weight(weight.shape, "float32", weight), Weight((6,), "float32", bias), 1)
        theirs = conv(x.swapaxes(2, 1)).swapaxes(2, 1)
        ours = (np.matmul(windows(x, 3, 1), weight.reshape(6, -1).T) + bias).reshape(
            batch, length, 6)
        assert np.array_equal(theirs, ours)


def test_crf_decodes_as_slovnets() -> None:
    from slovnet.exec.model import CRF, Weight

    rng = np.random.default_rng(11)
    transitions = rng.standard_normal((5, 5)).astype(np.float32)
    theirs = CRF(Weight((5, 5), "float32", transitions))
    ours = ListCRF(theirs.transitions)
    for lengths in ([1], [3, 1, 7], [7, 7], [2, 5, 1, 4]):
        emissions = rng.standard_normal((len(lengths), max(lengths), 5)).astype(np.float32)
        emissions[0, 0, :2] = 1.0  # a tie: both take the first best
        mask = np.arange(max(lengths))[None, :] < np.array(lengths)[:, None]
        for a, b in zip(theirs.decode(emissions, mask), ours.decode(emissions, mask), strict=True):
            assert a.dtype == b.dtype and np.array_equal(a, b)


def test_faster_layers_are_in_place(taggers: dict[str, tuple[object, object]]) -> None:
    for _, new in taggers.values():
        assert isinstance(new.infer.model.encoder, WindowsEncoder)


def _same_markups(taggers: dict[str, tuple[object, object]], texts: list[str]) -> int:
    """Compare the three taggers old and new on `texts` (NER: the emissions of each batch
    bit for bit, and the spans); the number of sentences compared."""
    from slovnet.exec.infer import text_words

    old, new = taggers["ner"]
    texts = sorted((t for t in texts if t.strip()), key=len)
    encoder = old.infer.encoder
    for lo in range(0, len(texts), models.BATCH_SIZE):
        batch = encoder.input([encoder.item(text_words(t))
                               for t in texts[lo:lo + models.BATCH_SIZE]])
        args = (batch.word_id, batch.shape_id, batch.pad_mask)
        assert np.array_equal(old.infer.model(*args), new.infer.model(*args))
    assert list(old.map(texts)) == list(new.map(texts))
    segmenter = models.natasha_models().segmenter
    sentences = [[t.text for t in segmenter.tokenize(s.text)]
                 for text in texts for s in segmenter.sentenize(text)]
    sentences = sorted((s for s in sentences if s), key=len)
    for kind in ("morph", "syntax"):
        old, new = taggers[kind]
        assert list(old.map(sentences)) == list(new.map(sentences)), kind
    return len(sentences)


def test_own_sentences_tag_the_same(taggers: dict[str, tuple[object, object]]) -> None:
    assert _same_markups(taggers, [*SENTENCES, " ".join(SENTENCES), "\n".join(SENTENCES)]) > 6


@pytest.mark.slow
def test_every_third_gold_text_tags_the_same(taggers: dict[str, tuple[object, object]]) -> None:
    texts = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            texts += [case[key] for key in ("title", "text") if case.get(key)]
    assert len(texts) > 3000
    # every third text (each round's articles and genres are spread over all three): the whole
    # set takes ~15 minutes on a loaded machine, twice the rest of the suite
    texts = texts[::3]
    assert _same_markups(taggers, texts) > 6_000
