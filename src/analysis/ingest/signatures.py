"""What a binary file is, told by its first bytes: «a PNG image», «a PDF document», «a ZIP
archive». The loader names it in the reason it gives for not reading the file (`encodings`),
with what to do instead; the signatures and the advice are data (`data/file_signatures.json`).
Asked only of a file already judged binary: a text may open with «BM» or «%PDF» too.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from analysis.datafiles import data_json

__all__ = ["BinaryKind", "binary_kind"]


class BinaryKind(NamedTuple):
    """What a binary file is, and what to do with it instead."""

    what: str  # «a PNG image»
    advice: str


class _Signature(NamedTuple):
    at: int
    magic: bytes
    kind: BinaryKind


@cache
def _signatures() -> tuple[_Signature, ...]:
    data = data_json("file_signatures.json")
    return tuple(_Signature(s["at"], bytes.fromhex(s["hex"]),
                            BinaryKind(s["what"], data["advice"][s["group"]]))
                 for s in data["signatures"])


def binary_kind(raw: bytes) -> BinaryKind | None:
    """The kind of binary file `raw` opens as, None when its first bytes say nothing."""
    for sig in _signatures():
        if raw[sig.at:sig.at + len(sig.magic)] == sig.magic:
            return sig.kind
    return None
