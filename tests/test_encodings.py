"""analysis.encodings: byte decoding and encoding detection, through the loader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import PAGE, SEED, TITLES, assert_offsets_exact, load_single

from analysis.ingest import load_corpus
from analysis.ingest.encodings import Unreadable, decode


@pytest.mark.parametrize(("codec", "expected"), [("cp1251", "cp1251"), ("koi8-r", "koi8-r"),
                                                 ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")])
def test_cyrillic_encodings_are_detected(tmp_path: Path, codec: str, expected: str) -> None:
    # KOI8-R has no «» or –, so the seed's punctuation is simplified for every codec alike.
    text = SEED["003"].read_text("utf-8")
    for fancy, plain in (("«", '"'), ("»", '"'), ("–", "-"), ("№", "N")):
        text = text.replace(fancy, plain)
    c = load_single(tmp_path, "a.txt", text.encode(codec))
    [a] = c.articles
    assert a.encoding == expected
    assert a.title == TITLES["003"]
    assert a.published == date(2022, 7, 4)
    assert a.source == "Евразия.Эксперт" and "Telegram" not in a.text and "Москва сделала" not in a.text
    raw = (tmp_path / "c" / "a.txt").read_bytes()
    assert raw.decode(a.encoding) == a.original
    assert not a.original.startswith("\ufeff")
    assert_offsets_exact(a)


def test_short_cp1251_and_koi8_texts_are_told_apart(tmp_path: Path) -> None:
    text = "Завод в Гродно выпустит новые тракторы.\nПроизводство начнется осенью, сообщили в компании.\n"
    for codec in ("cp1251", "koi8-r"):
        [a] = load_single(tmp_path / codec, "x.txt", text.encode(codec)).articles
        assert (a.encoding, a.text) == (codec, text.strip())


def test_html_in_cp1251_with_declared_charset(tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" '
                        'content="text/html; charset=windows-1251">').replace("©", "(c)")
    [a] = load_single(tmp_path, "p.htm", page.encode("cp1251")).articles
    assert a.encoding == "windows-1251" and a.original == page
    assert a.title == "Минск и Казань договорились о сборке тракторов"


def test_html_declaring_cp1251_but_saved_as_utf8(tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1251">')
    [a] = load_single(tmp_path, "p.html", page.encode("utf-8")).articles
    assert a.encoding == "utf-8" and a.title == "Минск и Казань договорились о сборке тракторов"


def test_undecodable_bytes_are_a_problem(tmp_path: Path) -> None:
    import random

    rnd = random.Random(1)
    data = bytes(rnd.choice(range(0x80, 0x100)) for _ in range(3000))
    c = load_single(tmp_path, "junk.txt", data)
    assert c.articles == []
    [problem] = c.problems
    assert "undecodable" in problem.reason or "binary" in problem.reason


def test_damaged_utf8_is_a_problem_that_says_where(tmp_path: Path) -> None:
    raw = SEED["001"].read_bytes()
    c = load_single(tmp_path, "cut.txt", raw[:500] + b"\xff" + raw[500:])
    assert c.articles == [] and "offset 500" in c.problems[0].reason


def test_utf16_with_bom_and_subfolders(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "w.txt").write_bytes(SEED["001"].read_text("utf-8").encode("utf-16"))
    c = load_corpus(tmp_path)
    [a] = c.articles
    assert (a.article_id, a.file, a.encoding, a.title) == ("w", "site/w.txt", "utf-16", TITLES["001"])
    assert (tmp_path / a.file).read_bytes().decode(a.encoding) == a.original
    assert_offsets_exact(a)


# ---------------------------------------------------------------- decode() directly


def test_decode_returns_text_and_the_codec_that_reproduces_it() -> None:
    text = "Привет, мир. Завод выпустит трактор."
    for codec in ("utf-8", "cp1251"):
        assert decode(text.encode(codec)) == (text, codec)
    assert decode(b"\xef\xbb\xbf" + text.encode()) == (text, "utf-8-sig")


def test_decode_raises_unreadable_with_the_reason() -> None:
    for raw, reason in ((b"  \n", "empty"), (b"a\x00b", "NUL"), (bytes(range(1, 9)) * 20, "binary")):
        with pytest.raises(Unreadable, match=reason):
            decode(raw)


def test_utf32_with_bom_is_decoded() -> None:
    text = "Гомельский завод нарастил выпуск комбайнов на 12%."
    for codec in ("utf-32", "utf-32-le", "utf-32-be"):
        raw = text.encode(codec)
        if codec != "utf-32":  # the endian codecs write no mark of their own
            raw = ("\ufeff" + text).encode(codec)
        decoded = decode(raw)
        assert decoded.encoding == "utf-32" and decoded.text == text
        assert raw.decode(decoded.encoding) == decoded.text


def test_a_byte_order_mark_over_bytes_it_cannot_decode_is_a_problem(tmp_path: Path) -> None:
    # A UTF-32 mark followed by a few ASCII bytes: no codec is guessed past the mark, and the
    # problem row names the file and what is wrong with it.
    c = load_single(tmp_path, "half.txt", b"\xff\xfe\x00\x00broken tail")
    assert c.articles == []
    [problem] = c.problems
    assert problem.file == "half.txt" and "UTF-32 byte-order mark" in problem.reason
    with pytest.raises(Unreadable, match="UTF-16 byte-order mark"):
        decode(b"\xfe\xff\x04\x1f\x04")  # odd length after a UTF-16 mark


def test_utf16_without_a_byte_order_mark_is_read() -> None:
    # some editors save "Unicode" text as bare UTF-16: every other byte is 0x04 or 0x00 (new user 34)
    text = "Минский завод отгрузил в Смоленск 40 тракторов на 3,2 млн долларов.\nТекст новости."
    for codec in ("utf-16-le", "utf-16-be"):
        raw = text.encode(codec)
        decoded = decode(raw)
        assert decoded == (text, codec) and raw.decode(decoded.encoding) == decoded.text


def test_binary_bytes_with_nul_are_not_taken_for_utf16() -> None:
    # NUL bytes without UTF-16's regular pattern stay binary, and the message says what to do
    raw = bytes(range(256)) * 8
    with pytest.raises(Unreadable, match="re-save it as UTF-8"):
        decode(raw)
