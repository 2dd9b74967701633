"""analysis.segments: the clean-text ↔ original offset mapping (Segment, Para)."""

from __future__ import annotations

import pytest
from conftest import SEED, assert_offsets_exact
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest import articles_frame, load_corpus
from analysis.ingest.segments import Para, Segment, merge, txt_paragraphs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(max_size=400), codec=st.sampled_from(["utf-8", "utf-8-sig"]))
def test_arbitrary_text_never_raises_and_offsets_hold(tmp_path_factory: pytest.TempPathFactory, body: str,
                                                      codec: str) -> None:
    folder = tmp_path_factory.mktemp("prop")
    (folder / "a.txt").write_bytes(body.encode(codec, errors="surrogatepass"))
    c = load_corpus(folder)
    assert len(c.articles) + len(c.problems) >= 1
    for a in c.articles:
        assert a.original == body
        assert_offsets_exact(a)
        for seg in a.segments:
            assert a.original[seg.orig_start:seg.orig_start + seg.length] == \
                a.text[seg.clean_start:seg.clean_start + seg.length]
        articles_frame([a])


_SEED_LINES = [x for p in SEED.values() for x in p.read_text("utf-8").split("\n")]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.one_of(st.sampled_from(_SEED_LINES), st.text(max_size=60)), max_size=25),
       seps=st.lists(st.sampled_from(["\n", "\r\n", "", " ", "\n\n", "\r"]), min_size=25, max_size=25))
def test_seed_like_text_keeps_the_offset_invariant(tmp_path_factory: pytest.TempPathFactory,
                                                   pieces: list[str], seps: list[str]) -> None:
    """Seed lines (taglines, promos, nav blocks) shuffled with noise exercise splitting and chrome."""
    body = "".join(p + s for p, s in zip(pieces, seps, strict=False))
    folder = tmp_path_factory.mktemp("mix")
    (folder / "m.txt").write_text(body, encoding="utf-8", newline="")
    c = load_corpus(folder)
    assert len(c.articles) + len(c.problems) == max(1, len(c.articles))
    for a in c.articles:
        assert a.original == body and a.text and a.title is not None
        assert_offsets_exact(a)


# ---------------------------------------------------------------- Para, txt_paragraphs, merge directly


def test_txt_paragraphs_strip_lines_and_keep_original_offsets() -> None:
    original = "  Заголовок  \r\n\r\nТекст статьи.\n"
    paras = txt_paragraphs(original)
    assert [p.text for p in paras] == ["Заголовок", "Текст статьи."]
    for p in paras:
        [seg] = p.segs
        assert original[seg.orig_start:seg.orig_end] == p.text


def test_para_slice_maps_exact_and_inexact_segments() -> None:
    para = Para("ab«c»", (Segment(0, 10, 2), Segment(2, 30, 1, False, 7), Segment(3, 37, 2)))
    part = para.slice(1, 4)
    assert part.text == "b«c"
    assert part.segs == (Segment(0, 11, 1), Segment(1, 30, 1, False, 7), Segment(2, 37, 1))
    assert Para(" x ", (Segment(0, 5, 3),)).stripped() == Para("x", (Segment(0, 6, 1),))


def test_merge_joins_only_contiguous_exact_segments() -> None:
    segs = [Segment(0, 10, 3), Segment(3, 13, 2), Segment(5, 20, 1, False, 6), Segment(6, 26, 1)]
    assert merge(segs) == (Segment(0, 10, 5), Segment(5, 20, 1, False, 6), Segment(6, 26, 1))
