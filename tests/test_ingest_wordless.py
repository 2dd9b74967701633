"""A file that decodes to no Cyrillic or Latin word is no article: it goes to problems.csv.

Found by two new users (session 24): a file of the bytes FF FE and garbage was read as UTF-16
and became an article titled in CJK characters; a truncated three-byte file became «}µ}».
"""

from __future__ import annotations

import pytest

from analysis.ingest.encodings import Unreadable, decode
from analysis.tables.dataset import extract


@pytest.mark.parametrize("raw", [
    b"\xff\xfe" + b"Wzabcdefghhh12qq",       # a UTF-16 byte-order mark over garbage
    "}µ}".encode(),                            # a few damaged bytes
    "12 345 — 678".encode(),                   # digits and signs only
])
def test_a_wordless_decoding_is_unreadable(raw: bytes) -> None:
    with pytest.raises(Unreadable, match="no Cyrillic or Latin words"):
        decode(raw)


@pytest.mark.parametrize("text", ["Товарооборот вырос", "Minsk Tractor Works", "СП «МАЗ-Волга»"])
def test_text_with_words_still_decodes(text: str) -> None:
    assert decode(text.encode("utf-8")).text == text
    assert decode(text.encode("utf-16")).text == text


def test_the_wordless_file_is_listed_in_problems(tmp_path) -> None:
    (tmp_path / "bin.html").write_bytes(b"\xff\xfe" + b"Wzabcdefghhh12qq")
    (tmp_path / "a.txt").write_text("Новости\nТоварооборот вырос на 5%.\n", encoding="utf-8")
    ds = extract(tmp_path, ner=False)
    assert list(ds.articles["file"]) == ["a.txt"]
    reasons = dict(zip(ds.problems["file"], ds.problems["reason"], strict=True))
    assert "no Cyrillic or Latin words" in reasons["bin.html"]
