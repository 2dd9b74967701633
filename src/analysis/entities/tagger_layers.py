"""slovnet's embedding, convolution encoder and CRF decoding, computed with fewer copies:
the same numbers, bit for bit.

natasha's taggers (NER, morphology, syntax) are slovnet's numpy networks. Their time on
news goes mostly to the convolution layers (`Conv1d`): slovnet pads a (batch, channels,
positions) array, copies every window into one matrix (a copy whose innermost loop is three
floats long: a third of a layer's time) and multiplies it by the filters; between layers it
swaps the axes back and forth. Here (`WindowsEncoder`) the same matrix is filled a kernel
offset at a time from the (batch, positions, channels) array the embedding gives, and the
same BLAS product is asked of it: the same shape, the same values in the same order, so the
same result; ReLU, batch norm and the pads' zeroing are the same elementwise operations.
The embedding's quantised vectors are gathered from one flat table (`FlatNavecEmbedding`);
the CRF keeps each step's best score by `max` (the value slovnet gathers at the `argmax`)
and follows its back-pointers over Python integers (`ListCRF`).
`tests/test_tagger_layers.py` compares every layer's output and every tag with slovnet's.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from slovnet.exec.model import CRF, CNNEncoder, NavecEmbedding


def windows(x: np.ndarray, kernel: int, padding: int) -> np.ndarray:
    """slovnet's `Conv1d` window matrix of `x` (batch x positions x channels): row
    (b, t) holds x[b, t - padding + j, c] at column c * kernel + j (zero off either end)."""
    batch, length, channels = x.shape
    count = length + 2 * padding - kernel + 1
    out = np.zeros((batch, count, channels, kernel), dtype=x.dtype)
    for j in range(kernel):
        lo, hi = max(0, padding - j), min(count, length + padding - j)
        if lo < hi:
            out[:, lo:hi, :, j] = x[:, lo + j - padding:hi + j - padding]
    return out.reshape(batch * count, channels * kernel)


class WindowsEncoder(CNNEncoder):
    """slovnet's `CNNEncoder` (convolution, ReLU, batch norm, pads set to zero, per layer)
    on a batch x positions x channels array throughout."""

    def __call__(self, input: np.ndarray, mask: np.ndarray) -> np.ndarray:
        x = input
        for layer in self.layers:
            conv, norm = layer.conv, layer.norm
            filters, channels, kernel = conv.weight.shape
            rows = windows(x, kernel, conv.padding)
            weight = conv.weight.array.reshape(filters, channels * kernel)
            out = np.matmul(rows, weight.T)
            out += conv.bias.array  # in place: the same operations, without new arrays
            out = out.reshape(x.shape[0], -1, filters)
            out.clip(0, out=out)
            out -= norm.mean.array
            out /= norm.std.array
            out *= norm.weight.array
            out += norm.bias.array
            out[mask] = 0
            x = out
        return x


class FlatNavecEmbedding(NavecEmbedding):
    """navec's product-quantised vectors, each word's chunks taken from one flat table."""

    def __call__(self, input: np.ndarray) -> np.ndarray:
        codes = self.codes.array
        qdim, centroids, chunk = codes.shape
        flat = codes.reshape(qdim * centroids, chunk)
        rows = self.indexes.array[input.ravel()].astype(np.intp)
        rows += np.arange(qdim, dtype=np.intp) * centroids
        return np.take(flat, rows, axis=0).reshape(*input.shape, qdim * chunk)


class ListCRF(CRF):
    """slovnet's Viterbi decoding (`CRF.decode`), its back-pointers followed over lists."""

    def decode(self, emissions: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
        batch_size, seq_len, tags_num = emissions.shape
        emissions = emissions.swapaxes(1, 0)
        mask = mask.swapaxes(1, 0)
        history = []
        score = emissions[0]
        for index in range(1, seq_len):
            step = (score.reshape(batch_size, tags_num, 1) + self.transitions.array
                    + emissions[index].reshape(batch_size, 1, tags_num))
            history.append(step.argmax(-2))
            score = np.where(mask[index].reshape(batch_size, 1), step.max(-2), score)
        sizes = (mask.sum(0) - 1).tolist()
        back = np.stack(history, axis=1).tolist() if history else [[] for _ in range(batch_size)]
        batch = []
        for index in range(batch_size):
            best = int(score[index].argmax())
            tags = [best]
            size = sizes[index]
            for pointers in reversed(back[index][:size]):
                best = pointers[best]
                tags.append(best)
            tags.reverse()
            batch.append(np.array(tags))
        return batch


def faster_layers(network: Any) -> Any:
    """`network` (a slovnet NER, morphology or syntax model with its embedding injected)
    with the layers above in place of slovnet's own; the weights are shared."""
    emb = network.emb
    emb.word = FlatNavecEmbedding(emb.word.id, emb.word.indexes, emb.word.codes)
    network.encoder = WindowsEncoder(network.encoder.layers)
    crf = getattr(getattr(network, "head", None), "crf", None)
    if isinstance(crf, CRF):
        network.head.crf = ListCRF(crf.transitions)
    return network
