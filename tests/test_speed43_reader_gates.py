"""The readers asked once an amount are skipped where none of their trigger words stands in
the sentence (session 43, speed43a; issue 10, speed): `money.reader_gates`.

- every gate is proved: each pattern a reader's «yes» needs holds one of the gate's literals
  in every match (`literal_gate`, on the data's own patterns), and a generated text with no
  literal of the gate holds no match;
- the one pass names the readers a plain `in` test over every literal names, on written and
  generated sentences (a character past the BMP and a lone surrogate among them);
- a reader whose gate stays closed answers «no» on written and generated sentences;
- `describe` with the gates gives what it gives with every reader asked (the former path),
  on written articles and generated ones.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

import pytest
from conftest import make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.money import describe, reader_gates
from analysis.money.amounts import find_amounts
from analysis.money.apposition import names_credit_before
from analysis.money.bonds import is_bond_demand
from analysis.money.constructions import _approves_projects
from analysis.money.context import (
    collects_payments,
    counts_deals,
    names_one_off_support,
    ranks_shares,
    states_result,
    states_trade_balance,
)
from analysis.money.cost_verb import costs_past_cue
from analysis.money.court import is_court_award
from analysis.money.credit_line import is_bare_credit_line
from analysis.money.exchange_deals import on_exchange
from analysis.money.funds_received import is_funds_received
from analysis.money.leasing import is_down_payment
from analysis.money.lender import bank_provides
from analysis.money.literal_gate import literal_gate, required_literals
from analysis.money.market_breakdown import is_market_item
from analysis.money.possessive_size import possessive_size_metric
from analysis.money.price_told import costs_one
from analysis.money.reader_gates import READERS, gate_literals, gates, open_readers
from analysis.money.scope import AmountScope, fold
from analysis.money.services_abroad import is_service_export, is_service_rendered
from analysis.money.shipment import is_shipment_to_place, is_supplier_shipment, shipped_past_cue
from analysis.money.support import insurer_payout
from analysis.money.tender_price import is_contract_security
from analysis.vocab import METRICS

# sentences in the style of the news the package reads, written for these tests: each
# opens at least one gate, most of them a reader's «yes»
_SENTENCES = [
    "Минские клиники оказали иностранцам медицинских услуг на 6 млн долларов.",
    "Экспедиторы области оказали услуг на 318 млн рублей.",
    "Трест выполнил в Беларуси строительных работ на 96 млн долларов.",
    "В Воронежскую область завод отгрузил техники на 19 млн долларов.",
    "Заказы у нас растут. Мы отправили в Россию колоколов на 2 млн рублей.",
    "Поставщик отгрузил лишь часть товара — около 4 млн рублей.",
    "Продажи по рынкам распределились так: Россия – $176 млн, Казахстан – $41 млн.",
    "Техника закуплена на кредит ЕАБР – 12 млн долларов.",
    "Обсуждаются условия государственного кредита. Его объём может составить до 100 млрд рублей.",
    "Поставки составили 10 млн долларов, однако рейс фуры обходится в 1 500 долларов.",
    "Часть средств — 3 млн рублей — предоставит Банк развития.",
    "Агроусадьба получит 2,6 млн рублей на строительство бани.",
    "Обеспечение исполнения контракта — 23 088 000 руб.",
    "Банк одобрил проекты в республике на 240 млн долларов.",
    "Холдинг планирует вложить в модернизацию 120 млн рублей.",
    "Суд взыскал с ответчика 2 млн рублей компенсации.",
    "Госбанки открыли белорусским заводам линии до 100 млрд рублей.",
    "Первоначальный взнос составил 20%, или 57,2 млн рублей.",
    "После выпуска облигаций спрос инвесторов превысил 16 млрд рублей.",
    "Страховщики выплатили аграриям 26 млн рублей возмещения.",
    "Один дом с отделкой обходится бюджету в 7,8 млн рублей.",
    "Товарооборот с Беларусью в прошлом году достиг 50 млрд долларов.",
    "Инвестиции в проект составляют 1,2 млрд рублей.",
    "Завод выпустил продукции на 3,4 млрд рублей, сообщил директор.",
    "Выручка холдинга за год составила 12,4 млрд рублей.",
    "Крупнейшим покупателем стала Смоленская область — 96 млн долларов.",
    "Объём заключённых на бирже сделок составил 1,2 млрд рублей.",
    "Таможня перечислила в бюджет 7,3 млрд рублей таможенных платежей.",
    "Фермерское хозяйство получило грант 15 млн рублей.",
    "Сальдо торговли сложилось положительным — 185 млн долларов.",
    "",
]

# a reader's «no»: what it returns when it does not apply
_READERS_ASKED = {
    reader_gates.SHIPPED_PAST_CUE: lambda s, m, h: shipped_past_cue(s, h),
    reader_gates.SERVICE_EXPORT: lambda s, m, h: is_service_export(s, m),
    reader_gates.SERVICE_RENDERED: lambda s, m, h: is_service_rendered(s),
    reader_gates.MARKET_ITEM: lambda s, m, h: is_market_item(s, m),
    reader_gates.CREDIT_BEFORE: lambda s, m, h: names_credit_before(s),
    reader_gates.POSSESSIVE_SIZE: lambda s, m, h: possessive_size_metric(s) is not None,
    reader_gates.COSTS_PAST_CUE: lambda s, m, h: costs_past_cue(s, h),
    reader_gates.BANK_PROVIDES: lambda s, m, h: bank_provides(s),
    reader_gates.FUNDS_RECEIVED: lambda s, m, h: is_funds_received(s),
    reader_gates.CONTRACT_SECURITY: lambda s, m, h: is_contract_security(s),
    reader_gates.APPROVES_PROJECTS: lambda s, m, h: _approves_projects(s) is not None,
    reader_gates.SHIPMENT_TO_PLACE: lambda s, m, h: is_shipment_to_place(s),
    reader_gates.SUPPLIER_SHIPMENT: lambda s, m, h: is_supplier_shipment(s),
    reader_gates.COURT_AWARD: lambda s, m, h: is_court_award(s),
    reader_gates.BARE_CREDIT_LINE: lambda s, m, h: is_bare_credit_line(s),
    reader_gates.DOWN_PAYMENT: lambda s, m, h: is_down_payment(s),
    reader_gates.BOND_DEMAND: lambda s, m, h: is_bond_demand(s),
    reader_gates.INSURER_PAYOUT: lambda s, m, h: insurer_payout(s, m) != m,
    reader_gates.COSTS_ONE: lambda s, m, h: _ungated_costs_one(s),
    reader_gates.STATES_RESULT: lambda s, m, h: states_result(s.text, s.start, s.end),
    reader_gates.RANKS_SHARES: lambda s, m, h: ranks_shares(s.text, s.start, s.end),
    reader_gates.COUNTS_DEALS: lambda s, m, h: counts_deals(s.text, s.start, s.end),
    reader_gates.COLLECTS_PAYMENTS: lambda s, m, h: collects_payments(s.text, s.start, s.end),
    reader_gates.ONE_OFF_SUPPORT: lambda s, m, h: names_one_off_support(s.text, s.start, s.end),
    reader_gates.TRADE_BALANCE: lambda s, m, h: states_trade_balance(s.text, s.start, s.end),
    reader_gates.EXCHANGE_DEALS: lambda s, m, h: _ungated_on_exchange(s, m),
}
_HEADS = ("", "товарооборот", "кредит", "услуг", "поставки", "продукции", "инвестиции")


def _ungated_costs_one(scope: AmountScope) -> bool:
    """`costs_one` with its gate open (its own call asks the gate first)."""
    scope.open_readers = frozenset({reader_gates.COSTS_ONE})
    try:
        return costs_one(scope)
    finally:
        scope.open_readers = None


def _ungated_on_exchange(scope: AmountScope, metric: str) -> bool:
    """`on_exchange` with its gate open (its own call asks the gate first)."""
    scope.open_readers = frozenset({reader_gates.EXCHANGE_DEALS})
    try:
        return on_exchange(scope, metric)
    finally:
        scope.open_readers = None


def _scopes(text: str) -> list[AmountScope]:
    amounts = find_amounts(text)
    return [AmountScope(text=text, start=0, end=len(text), amount=a, others=amounts,
                        folded_text=fold(text)) for a in amounts]


@cache
def _proved() -> dict[str, list[tuple[str, ...] | None]]:
    return {reader: [gate_literals(c) for c in clauses] for reader, clauses in READERS().items()}


def _brute_open(stretch: str) -> frozenset[str]:
    """The readers `open_in` should name: each clause with a literal standing in `stretch`."""
    opened = set()
    for reader, proved in _proved().items():
        if any(lits is None or any(lit in stretch for lit in lits) for lits in proved) and all(
                lits is None or any(lit in stretch for lit in lits) for lits in proved):
            opened.add(reader)
    return frozenset(opened)


def _assert_names(opened: frozenset[str], stretch: str) -> None:
    """`open_in` names every reader the `in` tests name; no more where the stretch holds only
    Cyrillic letters and spaces (one pass reads the low byte of each character: a character
    of another block may stand, so read, for a Cyrillic one, and a reader is asked then)."""
    plain = _brute_open(stretch)
    assert plain <= opened
    if all("\u0400" <= ch <= "\u04ff" or ch == " " for ch in stretch):
        assert opened == plain


def test_every_reader_gate_is_proved_from_its_patterns() -> None:
    assert set(_READERS_ASKED) | {reader_gates.FORECAST_WORDS} == set(READERS())
    assert gates().always == frozenset()  # (a gate not proved would leave its reader asked)
    for reader, clauses in READERS().items():
        for clause in clauses:
            literals = gate_literals(clause)
            assert literals, reader
            for source in clause:
                pattern = source()
                assert pattern is not None, reader
                own = required_literals(pattern)
                assert own and literal_gate(pattern, own) == own, reader
                assert set(own) <= set(literals) <= set(gates().literals)


def test_a_gate_is_not_proved_where_a_match_may_hold_no_literal() -> None:
    import re

    def led_by_class() -> re.Pattern[str]:
        return re.compile(r"(?:отгруз\w+|[а-я]{3}\d)\s+")

    def ignoring_case() -> re.Pattern[str]:
        return re.compile(r"(?i)отгруз\w+")

    assert gate_literals((led_by_class,)) is None
    assert gate_literals((ignoring_case,)) is None
    assert gate_literals((lambda: None,)) is None  # (the data has no such words)
    # a final sigma or a dotted «İ»'s two letters: a window's own lower case may differ from
    # the folded text there
    assert gate_literals((lambda: re.compile("σκοπός|спрос"),)) is None
    assert gate_literals((lambda: re.compile("спрос|заявок"),)) == ("заявок", "спрос")


def _pattern_vocabulary() -> list[str]:
    """Near misses of every literal (the literal less its last letter, its first letter
    changed) and plain words, to build texts holding no literal."""
    words = ["на", "в", "и", "млн", "рублей", "года", "компания", "завод", "сумму", "—", ",",
             "составил", "области", "за", "по", "с", "россии", "беларуси"]
    for literal in gates().literals:
        words.append(literal[:-1])
        words.append("ы" + literal[1:])
    return words


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_pattern_vocabulary()), min_size=1, max_size=30))
def test_a_text_with_no_literal_of_a_gate_holds_no_match(words: list[str]) -> None:
    text = " ".join(words)
    for reader, clauses in READERS().items():
        for clause, literals in zip(clauses, _proved()[reader], strict=True):
            literals = literals or ()
            if any(literal in text for literal in literals):
                continue
            for source in clause:
                assert source().search(text) is None  # type: ignore[union-attr]


def test_the_one_pass_names_what_plain_in_tests_name() -> None:
    text = fold(" ".join(_SENTENCES))
    g = gates()
    for start in range(0, len(text), 29):
        for end in (start, start + 60, start + 150, len(text)):
            _assert_names(g.open_in(text, start, end), text[start:end])
    # a character past the BMP (four UTF-16 bytes) and a lone surrogate: read by `in` tests
    for odd in ("спрос инвесторов 😀 превысил", "спрос \ud800 инвесторов", "\ud800", "😀"):
        assert g.open_in(odd, 0, len(odd)) == _brute_open(odd)
    # «1» (U+0031) is read as «б» (U+0431): asked, as before
    assert reader_gates.COURT_AWARD in g.open_in("суд взыскал", 0, 11)
    assert g.open_in("спрос", 0, 5) == g.open_in("спрос", 0, 5)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*gates().literals, "а", " ", "—", "12", "млн", "ё", "İ",
                                 "😀", "\u0430\u0301", "\u0431", "1", "A", "\u0141"]),
                max_size=25),
       st.integers(0, 40), st.integers(0, 400))
def test_the_one_pass_on_generated_stretches(pieces: list[str], start: int, length: int) -> None:
    text = "".join(pieces)
    g = gates()
    _assert_names(g.open_in(text, start, start + length), text[start:start + length])


def _assert_closed_gates_say_no(text: str) -> None:
    for scope in _scopes(text):
        opened = open_readers(scope)
        for reader, asked in _READERS_ASKED.items():
            if reader in opened:
                continue
            for metric in (*METRICS, ""):
                for head in _HEADS:
                    assert not asked(scope, metric, head), (reader, text)


def test_a_reader_whose_gate_is_closed_says_no_on_written_sentences() -> None:
    answered = set()
    for text in _SENTENCES:
        _assert_closed_gates_say_no(text)
        for scope in _scopes(text):
            for reader, asked in _READERS_ASKED.items():
                if any(asked(scope, m, h) for m in METRICS for h in _HEADS):
                    assert reader in open_readers(scope)
                    answered.add(reader)
    # the sentences exercise the open side too: most readers say yes to one of them
    assert len(answered) >= 12, answered


_FRAGMENTS = [
    "Компания", "оказала", "услуг", "иностранцам", "отгрузила", "в Россию", "техники",
    "на", "12 млн рублей", "кредит", "–", "банк", "предоставит", "получит", "взнос",
    "первоначальный", "спрос", "инвесторов", "страховщики", "выплатили", "один", "обходится",
    "в", "линии", "до", "суд", "взыскал", "обеспечение", "контракта", "проекты", "одобрил",
    "его", "объём", "составит", "планирует", "вложить", ",", "однако", "рынкам", ":", "Россия",
    "поставщик", "выполнил", "работ", "200 млн долларов", "3,5 млрд рублей", ".",
    "выручка", "сальдо", "крупнейшим", "сделок", "налогов", "грант", "ВЫРУЧКА", "İ", "Σ",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=3, max_size=18))
def test_a_reader_whose_gate_is_closed_says_no_on_generated_sentences(words: list[str]) -> None:
    _assert_closed_gates_say_no(" ".join(words))


def _every_reader_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    everyone = frozenset(READERS())
    monkeypatch.setattr(reader_gates.Gates, "open_in", lambda self, folded, start, end: everyone)


def _facts(text: str) -> list[object]:
    return list(describe(make_article("speed43a", text, date(2024, 5, 1))))


def test_describe_with_gates_as_with_every_reader_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = ["\n".join(_SENTENCES[i:i + 4]) for i in range(0, len(_SENTENCES), 4)]
    gated = [_facts(text) for text in articles]
    assert any(gated)
    _every_reader_asked(monkeypatch)
    assert [_facts(text) for text in articles] == gated


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_FRAGMENTS), min_size=3, max_size=14), min_size=1,
                max_size=3))
def test_describe_with_gates_as_with_every_reader_asked_on_generated_articles(
        sentences: list[list[str]]) -> None:
    text = "\n".join(" ".join(words) + "." for words in sentences)
    gated = _facts(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _every_reader_asked(monkeypatch)
        assert _facts(text) == gated


def test_a_scope_reads_its_gates_once() -> None:
    scope = _scopes("Страховщики выплатили аграриям 26 млн рублей возмещения.")[0]
    first = open_readers(scope)
    assert reader_gates.INSURER_PAYOUT in first
    assert open_readers(scope) is first
    # a scope made anew (another amount of the sentence) reads them again
    assert replace(scope).open_readers is None
