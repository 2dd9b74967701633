"""The amount scan's shortcuts find what the whole scans found (issue 10, speed, session 36).

- `adjective_rubles._figures`: the adjective rubles' figure read only in the lines that hold
  an adjective, from the first named ruble on, against `_FIGURE.finditer` over the whole text;
- `GoodsWords.phrases_by_first`: a commodity group's phrase looked for among those its first
  lemma opens, against every phrase of the list;
- `rubles.belarusian_rubles`: a bare ruble's sentence cut once for all its tests;
- `tokens.token_starts_kept`: the token starts that can open a figure found in the
  lower-cased text, against every token start then the same test;
- `describe` lends its `ArticleText` to the ruble reader and the flow: the same facts as with
  a fresh one each.

Checked on texts written here, generated ones, and the seeds and gold texts studied so far
(held-aside sets are not read).
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_texts

from analysis.lang import fold_case
from analysis.money import adjective_rubles, amounts, core_scan, describe, find_amounts, goods, region, rubles
from analysis.money.adjective_rubles import _FIGURE, _figures
from analysis.money.tokens import token_starts, token_starts_kept


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def _reference_figures(text: str, after: int) -> list[tuple]:
    return _spans(m for m in _FIGURE.finditer(text) if m.start() >= after)


_WRITTEN = (
    "Тетрадь стоит 1,6 белорусского рубля, или около 45 российских.\nВторая строка: 12 наших",
    "Получили 14,7 млн российских рублей, это почти 1,4 млрд наших. А ещё 3 тыс. белорусских;",
    "45 российских компаний\n2 000 наших — и 7 миллионов российских\n\n1 000 российских",
    "Цена — 5 российских\n",
    "12 наших\n13 наших\n14 наших",
    "нет ни одного прилагательного здесь 5 млн",
    "Всего 1 200 300 белорусских» — сказал он; 9,5 тысячи наших)",
)


@pytest.mark.parametrize("text", _WRITTEN)
def test_figures_by_line_written(text: str) -> None:
    for after in range(len(text) + 1):
        assert _spans(_figures(text, after)) == _reference_figures(text, after)


def test_figures_by_line_studied() -> None:
    for text in studied_texts():
        if not any(w in text for w in ("российских", "белорусских", "наших")):
            continue
        for after in (0, *range(0, len(text), 97)):
            assert _spans(_figures(text, after)) == _reference_figures(text, after)


_PIECES = ("1", "23", "1 000", "4,5", " ", "\u00a0", "\n", ".", ",", "—", " - ", "млн", "тыс.",
           "миллионов", "российских", "белорусских", "наших", "рублей", "а", "-", "«", "»", ";")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(min_value=0, max_value=60))
def test_figures_by_line_generated(pieces: list[str], after: int) -> None:
    text = "".join(pieces)
    assert _spans(_figures(text, after)) == _reference_figures(text, after)


def _reference_adjective_rubles(text, found, qualifier_before):
    """The reader as it was: every figure of the whole text, the anchor looked for after."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(adjective_rubles, "_figures", lambda t, after: _FIGURE.finditer(t))
        return adjective_rubles.adjective_rubles(text, found, qualifier_before)


def test_adjective_rubles_as_whole_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = amounts.adjective_rubles

    def both(text, found, qualifier_before):
        new = real(text, found, qualifier_before)
        assert new == _reference_adjective_rubles(text, found, qualifier_before)
        seen.append(len(new))
        return new

    monkeypatch.setattr(amounts, "adjective_rubles", both)
    for text in (*_WRITTEN, *studied_texts()):
        find_amounts(text)
    assert seen


def _phrase_at_every(lemmas: list[str], i: int) -> str | None:
    """The longest phrase of the whole list at lemma `i` (the list's first on a tie)."""
    found = None
    for phrase, name in goods.goods_words().phrases.items():
        if tuple(lemmas[i:i + len(phrase)]) == phrase and (found is None or len(phrase) > found[0]):
            found = (len(phrase), name)
    return found[1] if found else None


def test_phrase_index_as_whole_list() -> None:
    phrases = list(goods.goods_words().phrases)
    words = sorted({w for p in phrases for w in p} | {"экспорт", "и", "прочий"})
    starting, no_first = goods.goods_words().phrases_by_first, goods.goods_words().phrases_anywhere
    for n in (1, 2, 3, 4):
        for lemmas in itertools.product(words, repeat=n) if n <= 2 else (
                [*p, w][:n] for p in phrases for w in words):
            lemmas = list(lemmas)
            for i in range(len(lemmas)):
                assert goods._phrase_at(lemmas, i, starting.get(lemmas[i], no_first)) == \
                    _phrase_at_every(lemmas, i)


@pytest.mark.parametrize("clause", [
    "Экспорт машин и оборудования в Россию составил ",
    "Поставки сельскохозяйственной техники, в том числе тракторов, достигли ",
    "Импорт товаров и услуг вырос до ",
    "Экспорт минеральных продуктов и транспортных средств — ",
])
def test_clause_goods_as_whole_list(clause: str, monkeypatch: pytest.MonkeyPatch) -> None:
    new = goods.clause_goods(clause)
    whole_list = goods.goods_words()._replace(
        phrases_by_first={}, phrases_anywhere=tuple(goods.goods_words().phrases.items()))
    monkeypatch.setattr(goods, "goods_words", lambda: whole_list)
    assert goods.clause_goods(clause) == new


_RUBLE_TEXTS = (
    "Министерство культуры Беларуси выделило 2,1 млн рублей на ремонт. Год назад — 1,8 млн рублей.",
    "«Мы отгрузили в Россию техники на 38 млн рублей», — сказал директор завода в Минске.",
    "Литр молока стоил в Могилёвской области 4 200 рублей, а в Смоленске — 60 рублей.",
)


def _doc(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, published=date(2024, 5, 1), article_id="t",
                           source="belta.by", url="https://belta.by/x")


@pytest.mark.parametrize("text", _RUBLE_TEXTS)
def test_ruble_reader_with_lent_article_text(text: str) -> None:
    """A bare ruble read with `describe`'s `ArticleText` lent as with the reader's own (the
    sentence each test reads is cut once per figure: the same sentence)."""
    doc = _doc(text)
    amounts = find_amounts(text)
    read = rubles.belarusian_rubles(doc, amounts)
    assert [a.currency for a in read] == [a.currency for a in rubles.belarusian_rubles(
        doc, amounts, region.ArticleText(text, "belta.by"))]
    assert read == rubles.belarusian_rubles(doc, amounts, region.ArticleText(text, "belta.by"))


def test_describe_lends_its_article_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every reader given `describe`'s `ArticleText` reads as with one of its own."""
    from analysis.money import facts, flow, read_together

    texts = [t for t in studied_texts() if "рубл" in t or "экспорт" in t.lower()][:300]
    new = [describe(_doc(t)) for t in texts]
    monkeypatch.setattr(facts, "belarusian_rubles",
                        lambda article, amounts, ctx=None: rubles.belarusian_rubles(article, amounts))
    real_flow = flow.with_flow
    monkeypatch.setattr(read_together, "with_flow",
                        lambda text, facts_, source=None, ctx=None: real_flow(text, facts_, source))
    real_abroad = read_together.without_borrowed_region
    monkeypatch.setattr(read_together, "without_borrowed_region",
                        lambda text, facts_, site=False, ctx=None: real_abroad(text, facts_, site))
    assert [describe(_doc(t)) for t in texts] == new


# --------------------------------------------------------------------------- token starts
_TOKEN_CLASS = re.compile(r"[\w$€₽£¥₸]")
_JOINING_CLASS = re.compile(r"[\w.,$€₽£¥₸]")


def test_lower_case_keeps_every_characters_class() -> None:
    """`token_starts_kept` reads the lower-cased text: every code point's lower case (its
    first character, as `fold_case` keeps it) is of the same classes as the point itself."""
    for cp in range(0x110000):
        ch = chr(cp)
        low = ch.lower()[:1] or ch
        assert bool(_TOKEN_CLASS.match(ch)) == bool(_TOKEN_CLASS.match(low)), hex(cp)
        assert bool(_JOINING_CLASS.match(ch)) == bool(_JOINING_CLASS.match(low)), hex(cp)


def _opens(text: str, lowered: str, c: int) -> bool:
    """`core_scan.core_matches`'s test of a token start (as it stands there)."""
    ch = text[c]
    return (ch.isdigit() or ch in core_scan._SYMBOLS or (ch.isascii() and ch.isupper())
            or lowered[c:c + 3] in core_scan._OPENERS)


def _kept_as_all(text: str, start: int, end: int) -> None:
    lowered = fold_case(text)
    new = [c for c in token_starts_kept(text, lowered, start, end, core_scan._OPENING_STARTS)
           if _opens(text, lowered, c)]
    assert new == [c for c in token_starts(text, start, end) if _opens(text, lowered, c)]


@pytest.mark.parametrize("text", [
    "около двухсот пятидесяти пяти миллионов", "Выделено 1,5 млрд, (2) и $3 млн; USD 5",
    "сор. руб 12р.", "две тысячи сто рублей", "ДВА МИЛЛИОНА", "Пол-миллиона, полмиллиона",
    "«Семь» — 7 трлн ¥5 €3 £2 ₸1 ₽9", "İstanbul 5 ſ 3 ᲀ 4",
])
def test_token_starts_kept_written(text: str) -> None:
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            _kept_as_all(text, start, end)


def test_token_starts_kept_studied() -> None:
    for text in studied_texts():
        for p in range(0, len(text), 53):
            _kept_as_all(text, max(0, p - 70), p)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="дваДВАсторубtыс 1,.$-—«»\n\u00a0İ", max_size=40),
       st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=40))
def test_token_starts_kept_generated(text: str, start: int, end: int) -> None:
    _kept_as_all(text, min(start, len(text)), min(max(start, end), len(text)))
