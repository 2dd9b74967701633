"""`lang.literal_pass`: the one Aho–Corasick pass the money heads (`head_stems`), the not-cues'
literals (`present_literals.LiteralSet`) and the readers' gates (`reader_gates.Gates`) share
(session 44, speed44c; issue 10, speed).

- `units`: the UTF-16 copy, None where a character takes no single code unit;
- `LiteralPass.places` (exact): every place of every literal, as ``str.find`` loops find them,
  on written sentences and on generated texts whose bytes straddle two characters;
- `LiteralPass.keys_in` (exact): the literals ``in`` finds; (projected): a superset of them,
  the literals of one projection under one key.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.lang.literal_pass import LiteralPass, low_bytes, units
from analysis.money import head_stems

_SENTENCES = [
    "Завод получил кредит на 2,4 млрд рублей под залог оборудования.",
    "Экспорт в Россию за полугодие вырос до 310 млн долларов, или на 4% к уровню 2024 года.",
    "По оценке аналитиков, с учётом декабрьских отгрузок выручка превысит 1,5 млрд руб.",
    "Цена одной машины — 12 тыс. евро; за счёт кредита банк оплатит 80% стоимости.",
    "",
]
_LITERALS = ("кредит", "кредитн", "ит", "ред", "уч", "сч", "%", "год", "а", "0", "\u0404",
             "руб", "р.", "$")


def _former_places(literals: tuple[str, ...], text: str) -> list[tuple[int, int, int]]:
    """Every place of every literal by ``str.find`` (overlapping places of one literal too)."""
    out = []
    for i, literal in enumerate(literals):
        p = text.find(literal)
        while p >= 0:
            out.append((i, p, p + len(literal)))
            p = text.find(literal, p + 1)
    return sorted(out)


def _check(text: str) -> None:
    exact = LiteralPass(_LITERALS)
    projected = LiteralPass(_LITERALS, projected=True, dfa=True)
    raw = units(text)
    if raw is None:
        assert any(ord(c) > 0xFFFF or 0xD800 <= ord(c) < 0xE000 for c in text)
        return
    assert raw == text.encode("utf-16-le")
    assert sorted(exact.places(raw)) == _former_places(exact.literals, text)
    present = {lit for lit in _LITERALS if lit in text}
    assert {exact.literals[i] for i in exact.keys_in(raw)} == present
    maybe = {projected.literals[i] for key in projected.keys_in(raw[::2])
             for i in projected.groups[key]}
    assert present <= maybe
    assert projected.keys_in(low_bytes(text)) == projected.keys_in(raw[::2])


def test_written_sentences() -> None:
    for text in [*_SENTENCES, " ".join(_SENTENCES)]:
        _check(text)


def test_texts_with_no_plain_copy() -> None:
    assert units("цена 🙂 кредит") is None  # past the BMP: four bytes
    assert units("вз\ud800над") is None  # a lone surrogate
    assert units("") == b""
    assert low_bytes("вз\ud800") == bytes([0x32, 0x37, 0x00])


def test_a_straddling_match_is_no_place() -> None:
    # «␤» (U+2424) then «Ѐ» (U+0400): bytes 24 24 00 04, «$» (24 00) at the odd byte 1
    exact = LiteralPass(("$",))
    raw = units("\u2424\u0400")
    assert raw is not None
    assert exact.places(raw) == [] and exact.keys_in(raw) == set()


def test_projected_groups_merge_one_projection() -> None:
    # «а» (U+0430) and «0» (U+0030) have one low byte; «ѐ» (U+0450) and «P» (U+0050) too
    found = LiteralPass(("а", "0", "ѐ", "P", "а"), projected=True)
    assert found.literals == ("а", "0", "ѐ", "P")
    assert found.groups == ((0, 1), (2, 3))
    assert found.keys_in(low_bytes("0")) == {0}
    assert LiteralPass(()).keys_in(b"abc") == set() and LiteralPass(()).places(b"ab") == []


def test_head_stems_keep_one_key_a_stem() -> None:
    # (`stem_places` reads a key as its stem's index: the stems must be distinct)
    for finder in head_stems._FINDERS:
        assert all(len(group) == 1 for group in finder.groups)
        assert [finder.literals[g[0]] for g in finder.groups] == list(finder.literals)


_ALPHABET = st.sampled_from([*"авзнцекрдитгоуч%0\u0404\u3004\u2424\u0400 ё.$р", "🙂", "\ud800"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_generated_texts(text: str) -> None:
    _check(text)
