"""Tests made fewer or cheaper in the metric, time and region readers, with the same answers
(session 43, speed43b; issue 10, speed):

- (`present_literals.LiteralSet`, its pass now `lang.literal_pass`'s, is tested in
  tests/test_speed44c_literal_pass.py);
- `SentenceMasks.not_cues`: the not-cues' literals found in one pass, then the patterns of
  those in the list's order — the same spans as the former ``in`` test and scan of each;
- `time_words.has_time_words`: a time stem holding an earlier one («полугод» holds «год») is not
  tested, nor a comparison stem list holding the empty stem (every text holds it);
- `find_enterprises`: the last text's reading kept (the goods of a trade figure's clause, then
  the firm that is its subject, ask the same stretch in a row), each caller a list of its own;
- `ArticleText.region`: a sentence's opening on a project's cost is read for figures other
  than trade only, goods going «в регион» for trade only, and «там» not in a paragraph's first
  sentence (nothing before it to reach).

Each is checked against the former reading on sentences written here and on generated ones.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.entities.enterprises import _enterprises, find_enterprises
from analysis.money.amounts import find_amounts
from analysis.money.context import context_words
from analysis.money.continued_scope import continues_before
from analysis.money.metric_masks import SentenceMasks
from analysis.money.region import _INTO_REGION, ArticleText
from analysis.money.scope import AmountScope
from analysis.money.than_base import THAN_PHRASE
from analysis.money.time_words import (
    _LAST_YEARS_LEVEL,
    _NOT_QUARTER_WORDS,
    _NOT_TIME_WORDS,
    _YEARS_SPAN,
    has_time_words,
)
from analysis.money.year import AS_IN, COMPARED_PHRASE, COMPARISON_STEMS, PERCENT_BASE
from analysis.money.year_mentions import YEAR_DIGITS
from analysis.vocab import METRICS, TRADE_METRICS

_SENTENCES = [
    "Кредитная организация выдала заводу кредит на 2,4 млрд рублей под залог оборудования.",
    "Платежи по экспорту в Россию за полугодие выросли до 310 млн долларов.",
    "Бюджет проекта по выпуску облигаций составил 1,5 млрд рублей, сообщили в банке.",
    "Белорусского производства техники поставлено на 45 млн долларов, что на 9% выше прошлогоднего.",
    "Стоимость поставки по контракту — 12 млн евро; взять на себя расходы обещал холдинг.",
    "В первую очередь средства пойдут на обновление парка, как и в прошлом году.",
    "За последние пять лет инвестиции в экономику региона превысили 80 млрд рублей.",
    "Товарооборот за январь–сентябрь составил 1,1 млрд долларов, или 104% к уровню 2024 года.",
    "Экспортно-ориентированные предприятия получили 300 млн рублей на возмещение убытков.",
    "Жилого квартала на 40 домов ждут в Вологодской области к 2027 году.",
    "Объём торгов на бирже за полгода — 95 млн, больше, чем в 2023 году.",
    "Средние заказы поставщиков выросли на 12% по сравнению с прошлым месяцем.",
    "Выгода от сделки составит около 7 млн рублей, по среднегодовому курсу.",
    "",
]


# --------------------------------------------------------------------------- not-cues
def _former_not_cues(scope: AmountScope) -> list[tuple[int, int]]:
    low, start, end = scope.folded, scope.start, scope.end
    sentence = low[start:end]
    return [(m.start(1), m.end(1) - 1) for needle, rx in context_words().not_cues
            if needle in sentence for m in rx.finditer(low, start, end)]


def _scopes(text: str) -> list[AmountScope]:
    amounts = find_amounts(text)
    return [AmountScope(text=text, start=0, end=len(text), amount=a, others=amounts)
            for a in amounts]


def test_not_cues_as_the_former_reading_on_written_sentences() -> None:
    read = 0
    for sentence in _SENTENCES:
        for scope in _scopes(sentence):
            assert SentenceMasks(scope).not_cues() == _former_not_cues(scope)
            read += 1
    assert read >= 8
    # (the sentences hold not-cues: the reading is not empty everywhere)
    assert any(SentenceMasks(s).not_cues() for t in _SENTENCES for s in _scopes(t))


_WORDS = ["кредитной организации", "платежи по экспорту", "бюджет проекта", "выпуск облигаций",
          "белорусского производства", "стоимость поставки", "взять на себя", "в первую очередь",
          "экономики", "экспортно-ориентированные", "цены", "заказы", "на", "и", "возмещение убытков",
          "торгового баланса", "превышение экспорта над импортом", "средние заказы", "Ё"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=10), st.integers(1, 999))
def test_not_cues_as_the_former_reading_on_generated_sentences(words: list[str], n: int) -> None:
    text = " ".join([*words[:5], f"{n} млн рублей", *words[5:]]) + "."
    for scope in _scopes(text):
        assert SentenceMasks(scope).not_cues() == _former_not_cues(scope)


# --------------------------------------------------------------------------- time words
_STEMS = ("год", "месяц", "квартал", "полугод", "полгода")


def _former_has_time_words(low: str) -> bool:
    if "среднегодов" in low:
        low = low.replace("среднегодов", "")
    if "год" in low:
        low = _NOT_TIME_WORDS.sub(" ", low)
    if "квартал" in low:
        low = _NOT_QUARTER_WORDS.sub(" ", low)
    if "прошлогодн" in low:
        low = _LAST_YEARS_LEVEL.sub(" ", low)
    if " к " in low:
        low = PERCENT_BASE.sub(" ", low)
    if "как " in low:
        low = AS_IN.sub(" ", low)
    # (a base after «больше, чем» with a part of its year, «чем за первое полугодие прошлого
    # года», is no time of the text's own: year45's change on purpose, session 45)
    low = THAN_PHRASE.sub(" ", low)
    if "лет" in low and _YEARS_SPAN.search(low):
        return True
    if not (any(w in low for w in _STEMS) or YEAR_DIGITS.search(low)):
        return False
    if not any(s in low for s in COMPARISON_STEMS) or COMPARED_PHRASE.search(low) is None:
        return True
    low = COMPARED_PHRASE.sub(" ", low)
    return any(w in low for w in _STEMS) or bool(YEAR_DIGITS.search(low))


def test_has_time_words_as_the_former_reading_on_written_sentences() -> None:
    answers = [has_time_words(s.lower()) for s in _SENTENCES]
    assert answers == [_former_has_time_words(s.lower()) for s in _SENTENCES]
    assert True in answers and False in answers


_TIME_PIECES = ["за полугодие", "за полгода", "в 2024 году", "больше, чем в 2023 году", "год",
                "по сравнению с прошлым месяцем", "к уровню 2024 года", "вологодской", "выгода",
                "жилого квартала", "квартал", "как и в прошлом году", "за последние пять лет",
                "выше прошлогоднего", "104% к 2022 году", "среднегодовому", "экспорт", "на",
                "меньше, чем за первое полугодие прошлого года", "чем за январь–июнь 2024 года"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=6))
def test_has_time_words_as_the_former_reading_on_generated_texts(pieces: list[str]) -> None:
    low = " ".join(pieces)
    assert has_time_words(low) == _former_has_time_words(low)


# --------------------------------------------------------------------------- regions
_PARAGRAPHS = [
    "В Свердловской области создали предприятие по выпуску лифтов. Планируем собрать там 900 "
    "лифтов. Партнёр вложил в проект 1,2 млрд рублей.",
    "Там открыли новый цех. Стоимость проекта — 450 млн рублей.",
    "Завод в Брянске расширяет выпуск. Между Россией и Беларусью товарооборот растёт. "
    "Поставки в регион составили 31 млн долларов.",
    "Смоленская область наращивает закупки. Экспорт в область за год — 96 млн долларов.",
    "Холдинг строит второй корпус. Инвестиции в проект составят 2,3 млрд рублей, а такого "
    "кредитования прежде не было.",
]


def _former_earlier(ctx: ArticleText, scope: AmountScope, sents: list, idx: int, metric: str):
    """The former call: every flag read, and «там» read in every sentence."""
    words = context_words()
    trade = metric in TRADE_METRICS
    project = ctx._opens_on_project_cost(sents[idx])
    into_region = _INTO_REGION.search(ctx.folded, scope.start, scope.amount.start) is not None
    goes_on = continues_before(ctx.folded, scope.start, scope.amount.start)
    reach = 3 if trade or project else 1
    j = idx - 1
    while j >= 0 and j > idx - 1 - reach:
        named = {r.normal for r in ctx.regions(*sents[j])}
        if named:
            return (named.pop(), sents[j]) if len(named) == 1 else None
        if ((trade and not into_region) or goes_on) and words.national.search(
                ctx.folded, sents[j].start, sents[j].end):
            return (None, sents[j] if goes_on else None)
        if words.place_anaphora.search(ctx.folded, sents[j].start, sents[j].end):
            reach += 1
        j -= 1
    return None


def test_earlier_region_as_the_former_reading() -> None:
    read = 0
    for paragraph in _PARAGRAPHS:
        ctx = ArticleText(paragraph)
        for amount in find_amounts(paragraph):
            sents, idx = ctx.sentence_index(amount.start)
            if idx == 0:
                continue
            s_start, s_end = sents[idx]
            scope = AmountScope(text=paragraph, start=s_start, end=s_end, amount=amount,
                                others=[amount], folded_text=ctx.folded)
            for metric in METRICS:
                trade = metric in TRADE_METRICS
                new = ctx._earlier_in_paragraph(
                    sents, idx, trade, project=not trade and ctx._opens_on_project_cost(sents[idx]),
                    into_region=trade and _INTO_REGION.search(
                        ctx.folded, scope.start, scope.amount.start) is not None,
                    goes_on=continues_before(ctx.folded, scope.start, scope.amount.start))
                got = None if new is None else (new.region, new.source)
                assert got == _former_earlier(ctx, scope, sents, idx, metric)
                read += 1
    assert read >= 40


# --------------------------------------------------------------------------- enterprises
_FIRM_TEXTS = [
    "ОАО «МАЗ» и «КАМАЗ» подписали контракт на поставку 300 самосвалов.",
    "Минский тракторный завод отгрузил в Россию техники на 45 млн долларов",
    "По итогам года товарооборот с Республикой Беларусь вырос",
    "ООО «Брянсксельмаш» получило кредитную линию на 1,2 млрд рублей",
]


def test_find_enterprises_the_same_asked_again_and_each_a_list_of_its_own() -> None:
    first = [_enterprises.__wrapped__(t) for t in _FIRM_TEXTS]  # (the reading, uncached)
    for _ in range(2):
        for text, expected in zip(_FIRM_TEXTS, first, strict=True):
            once, again = find_enterprises(text), find_enterprises(text)
            assert once == again == list(expected)
            assert once is not again
            once.clear()  # (a caller's list cleared: the next caller's is whole)
            assert find_enterprises(text) == list(expected)
    assert any(first)
