"""analysis.corpus: the loader end to end, the Article model, bad input, metadata.csv.

The shared fixtures of the loader tests (seed files, the HTML page, helpers) live here;
test_encodings, test_segments, test_htmlpages, test_chrome and test_pubdates import them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import SEED, TITLES, assert_offsets_exact, load_seeds

from analysis.ingest import ARTICLE_COLUMNS, Article, articles_frame, load_corpus


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return load_seeds()


# ---------------------------------------------------------------- seeds


def test_five_seeds_give_five_articles_with_their_titles(seeds: dict[str, Article]) -> None:
    assert {k: a.title for k, a in seeds.items()} == TITLES
    assert all(a.article_id == SEED[k].stem and a.file == SEED[k].name for k, a in seeds.items())


def test_every_seed_sentence_is_found_at_its_offsets_in_the_file(seeds: dict[str, Article]) -> None:
    for key, a in seeds.items():
        assert a.original == SEED[key].read_bytes().decode(a.encoding)
        assert len(a.sentences) > 3
        assert_offsets_exact(a)
        assert all(seg.exact for seg in a.segments)
        for seg in a.segments:
            assert a.original[seg.orig_start:seg.orig_start + seg.length] == \
                a.text[seg.clean_start:seg.clean_start + seg.length]


def test_sha256_and_frame_columns(seeds: dict[str, Article]) -> None:
    import hashlib

    assert seeds["000"].sha256 == hashlib.sha256(SEED["000"].read_bytes()).hexdigest()
    df = articles_frame(list(seeds.values()))
    assert list(df.columns) == [*ARTICLE_COLUMNS, "published_evidence", "published_precision", "encoding"]
    assert len(df) == 5 and set(df["encoding"]) == {"utf-8"}


def test_sentence_at_finds_the_sentence(seeds: dict[str, Article]) -> None:
    a = seeds["000"]
    for s in a.sentences:
        assert a.sentence_at(s.start) == s
        assert a.sentence_at(s.end - 1) == s
    # The headline is a sentence of its own, not glued to the lead.
    assert a.sentences[0].text == TITLES["000"]


def test_bad_files_are_listed_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED["001"].read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\r\n\t\n")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "noise.txt").write_bytes(bytes([0x01, 0x02, 0x03, 0x1b, 0x7f, 0x90]) * 100)
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "memo.docx").write_bytes(b"PK\x03\x04")
    (folder / "locked.txt").write_bytes(SEED["000"].read_bytes())
    (folder / ".DS_Store").write_bytes(b"\x00\x00")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    c = load_corpus(folder)
    assert [a.article_id for a in c.articles] == ["good"]
    reasons = {p.file: p.reason for p in c.problems}
    assert set(reasons) == {"empty.txt", "blank.txt", "blob.txt", "noise.txt", "report.pdf", "memo.docx",
                            "locked.txt"}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "binary" in reasons["blob.txt"] and "binary" in reasons["noise.txt"]
    assert "unsupported" in reasons["report.pdf"] and "unsupported" in reasons["memo.docx"]
    assert "unreadable" in reasons["locked.txt"] and "Permission denied" in reasons["locked.txt"]
    assert list(c.problems_frame().columns) == ["file", "reason"]


def test_folder_with_nothing_readable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    c = load_corpus(tmp_path)
    assert c.articles == [] and len(c.problems) == 2
    assert articles_frame(c.articles).empty


def test_missing_folder_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-corpus"
    with pytest.raises(FileNotFoundError, match="no-such-corpus"):
        load_corpus(missing)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(NotADirectoryError, match=r"file\.txt"):
        load_corpus(tmp_path / "file.txt")


def test_metadata_csv_overrides_inferred_fields(tmp_path: Path) -> None:
    for key in ("000", "002", "004"):
        (tmp_path / SEED[key].name).write_bytes(SEED[key].read_bytes())
    (tmp_path / "glued.txt").write_bytes(SEED["000"].read_bytes() + SEED["003"].read_bytes())
    (tmp_path / "metadata.csv").write_text(
        "file,title,source,url,published\n"
        f"{SEED['000'].name},Свой заголовок,Свой источник,https://e.x/1,2023-07-17\n"
        f"{SEED['002'].name},,,,2025-10\n"
        f"{SEED['004'].name},,,https://e.x/4,31.02.2022\n"
        "glued#2,Второй из склейки,,,2022\n"
        "missing.txt,Нет такого,,,\n",
        encoding="utf-8",
    )
    c = load_corpus(tmp_path)
    by_id = {a.article_id[:5] if a.article_id[0] == "0" else a.article_id: a for a in c.articles}
    a0 = by_id["000_c"]
    assert (a0.title, a0.source, a0.url, a0.published) == ("Свой заголовок", "Свой источник", "https://e.x/1",
                                                          date(2023, 7, 17))
    assert (a0.published_inferred, a0.published_precision, a0.published_evidence) == (False, "day",
                                                                                      "metadata.csv")
    a2 = by_id["002_a"]  # empty cells don't override
    assert (a2.title, a2.source) == (TITLES["002"], "Смоленская народная газета")
    assert (a2.published, a2.published_precision) == (date(2025, 10, 1), "month")
    assert a2.published_inferred is False
    a4 = by_id["004_a"]  # bad date: url still applies, inferred date kept
    assert a4.url == "https://e.x/4" and a4.published == date(2022, 1, 1) and a4.published_inferred
    assert by_id["glued#2"].title == "Второй из склейки" and by_id["glued"].title == TITLES["000"]
    assert by_id["glued#2"].published == date(2022, 1, 1) and not by_id["glued#2"].published_inferred
    reasons = [p.reason for p in c.problems]
    assert all(p.file == "metadata.csv" for p in c.problems) and len(reasons) == 2
    assert any("missing.txt" in r and "unknown" in r for r in reasons)
    assert any("31.02.2022" in r and "bad published date" in r for r in reasons)


def test_clean_offset_inverts_original_span_for_every_sentence() -> None:
    from pathlib import Path

    from analysis.ingest import load_corpus

    seeds = load_corpus(Path(__file__).resolve().parents[1] / "seeds")
    for article in seeds.articles:
        for sent in article.sentences:
            s, _ = article.original_span(sent.start, sent.end)
            assert article.clean_offset(s) == sent.start
        assert article.clean_offset(len(article.original) + 10) is None
