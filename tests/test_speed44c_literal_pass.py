"""`lang.literal_pass`: the one Aho–Corasick pass the money heads (`head_stems`), the not-cues'
literals (`present_literals.LiteralSet`) and the readers' gates (`reader_gates.Gates`) share
(session 44, speed44c; issue 10, speed).

- `units`: the UTF-16 copy, None where a character takes no single code unit;
- `LiteralPass.places` (exact): every place of every literal, as ``str.find`` loops find them,
  on written sentences and on generated texts whose bytes straddle two characters;
- `LiteralPass.keys_in` (exact): the literals ``in`` finds; (projected): a superset of them,
  the literals of one projection under one key;
- `sentence_literals`: the aside and attribution gates' literals and the not-cues' words looked
  up in the readers' one pass of the scope (`reader_gates`) — the literals ``in`` tests find in
  the sentence, the phrases `GatedPattern` found, the readers opened unchanged — on written
  sentences and generated ones (a stretch of them, an emoji, a lone surrogate, «ё»).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.lang.literal_pass import LiteralPass, low_bytes, units
from analysis.money import aside_reach, head_stems, metric_masks
from analysis.money.amounts import find_amounts
from analysis.money.aside_reach import aside_spans
from analysis.money.reader_gates import Gates, gates
from analysis.money.scope import AmountScope
from analysis.money.sentence_literals import SentenceList, shared_literals

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


# --------------------------------------------------------------------------- the shared pass
def _scope(text: str, start: int, end: int) -> AmountScope:
    """A scope whose sentence is text[start:end] (its amount anywhere: the lists read only the
    sentence)."""
    amounts = find_amounts(text) or find_amounts("5 млн рублей")
    return AmountScope(text=text, start=start, end=end, amount=amounts[0], others=amounts)


def _lists() -> list[SentenceList]:
    return [*aside_reach.SHARED, *metric_masks.SHARED]


def _former_aside(scope: AmountScope, attribution: bool) -> list[tuple[int, int]]:
    """`aside_spans`' phrases as `GatedPattern` found them (an `in` test a literal)."""
    low = scope.folded
    found = list(aside_reach._ASIDE.finditer(low, scope.start, scope.end))
    if attribution:
        found += aside_reach._ATTRIBUTION.finditer(low, scope.start, scope.end)
    return [m.span() for m in found]


def _check_scope(scope: AmountScope) -> None:
    sentence = scope.folded[scope.start:scope.end]
    for words in _lists():
        literals = words.literals()
        assert words.present(scope) == [lit for lit in literals if lit in sentence]
        assert words.any_in(scope) == any(lit in sentence for lit in literals)
    for attribution in (False, True):
        got = aside_reach._phrases(aside_reach._ASIDE, aside_reach._ASIDE_WORDS, scope)
        if attribution:
            got += aside_reach._phrases(aside_reach._ATTRIBUTION, aside_reach._ATTRIBUTION_WORDS,
                                        scope)
        assert [m.span() for m in got] == _former_aside(scope, attribution)


_WRITTEN = [
    "По оценке аналитиков, с учётом декабрьских отгрузок экспорт техники белорусского "
    "производства превысит 1,5 млрд рублей.",
    "За счёт кредита банка, выданного в российских рублях, на сумму 215 млн завод обновил парк.",
    "Согласно договору, платежи по экспорту составят 40 млн долларов без учёта НДС.",
    "На фоне роста цен выпуск облигаций на 2 млрд рублей отложен, по словам министра.",
    "Ёмкость рынка — 12 млн евро; судя по расчётам, бюджет проекта вырастет на 5%.",
    "Завод получил 7 млн рублей 🙂 по данным пресс-службы.",  # (past the BMP: in tests)
    "В соответствии с меморандумом \ud800 взять на себя расходы обещал холдинг 3 млн рублей.",
]


def test_shared_lists_as_in_tests_on_written_sentences() -> None:
    assert shared_literals() and set(shared_literals()) <= set(gates().key_of)
    assert all(lit in gates().key_of for words in _lists() for lit in words.literals() if lit)
    seen = 0
    for text in _WRITTEN:
        for start, end in ((0, len(text)), (3, len(text) - 4), (10, 10)):
            scope = _scope(text, start, end)
            _check_scope(scope)
            seen += bool(metric_masks._NOT_CUE_WORDS.present(scope))
    assert seen >= 4  # (the sentences hold not-cues' words: the look-up is not empty)
    # (with no amount read, the phrases of the written sentences are found)
    assert any(aside_spans(s, attribution=True) for t in _WRITTEN for s in
               [_scope(t, 0, len(t))])


def test_shared_literals_open_no_reader() -> None:
    # the readers a sentence opens are those the gates' own literals open
    plain = gates()
    bare = Gates(plain.literals, plain.clauses_of, plain.needs, plain.always)
    for text in [*_WRITTEN, *_SENTENCES]:
        assert plain.open_in(text.lower(), 0, len(text)) == bare.open_in(text.lower(), 0, len(text))


_SHARED_WORDS = ["с учётом", "по оценке", "за счёт", "на фоне", "согласно", "договору", "уч", "сч",
                 "%", "выпуск облигаций", "производства", "экспорт", "бюджет", "цены", "Ё", "ё",
                 "0", "\u0404", "\u3004", "🙂", "\ud800", "5 млн рублей", "по", ",", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SHARED_WORDS), max_size=14), st.integers(0, 40),
       st.integers(0, 40))
def test_shared_lists_as_in_tests_on_generated_sentences(words: list[str], a: int, b: int) -> None:
    text = " ".join(words)
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    _check_scope(_scope(text, start, end))
    plain = gates()
    bare = Gates(plain.literals, plain.clauses_of, plain.needs, plain.always)
    assert plain.open_in(text, start, end) == bare.open_in(text, start, end)


def test_a_list_with_the_empty_literal() -> None:
    # (the empty literal stands in every sentence, the others where `in` finds them)
    words = SentenceList(lambda: ("сч", "", "уч", "сч"))
    for text in _WRITTEN[:3]:
        scope = _scope(text, 0, len(text))
        sentence = scope.folded
        assert words.present(scope) == [lit for lit in ("сч", "", "уч") if lit in sentence]
        assert words.any_in(scope)
    assert SentenceList(lambda: ("уч",)).any_in(_scope("Завод", 0, 5)) is False
