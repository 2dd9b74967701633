"""The governing rule: the head of a noun phrase decides what an amount measures, so a cue
that an earlier cue governs — no verb and no comma between, as in «инвестиции в развитие
производства», «кредитование экспорта», «направит на поддержку экспорта» — hands over to the
earlier one.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from analysis.lang import lemma, parse
from analysis.lang.morph import parses
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data, context_words
from analysis.money.cuewords import Cue, MetricCue, is_adjective, is_predicative, is_verbish
from analysis.money.funds_received import funds_words

__all__ = ["MetricCandidate", "governing", "is_security_word", "reach_up"]

_ABOUT = lazy_compile(r"(?i)(?<!\w)(?:о|об|про)(?!\w)")  # «соглашение о кредите»: the credit
# a dash between spaces closes a noun phrase as a comma does («Предприятие по выпуску техники –
# инвестиции в него оцениваются в …»: the investment, not the output; round 52), but not one
# inside a name («участка трассы Брянск — Новозыбков»: a capital letter follows)
_DASH = lazy_compile(r"[ \u00a0][—–-][ \u00a0]+")
_PREPOSITION = lazy_compile(r"(?i)(?<!\w)(?:на|в|во|для|по|о|об|про|с|со|к|из|от|под|при)(?!\w)")
_PURPOSE = lazy_compile(r"(?i)(?<!\w)(?:на|в|во|для|по)(?!\w)")  # «завод по производству»
# «производство электробусов с объёмом вложений около 4 млрд»: a property of the thing, whose
# own word says what the money is (the thing does not govern it)
_PROPERTY = lazy_compile(r"(?i)(?<!\w)(?:с|со)[ \u00a0]+(?:общ\w+[ \u00a0]+)?(?:объ[её]м|бюджет|сумм)")
# a preposition right after a word («инвестированные в …»)
_PREPOSITION_NEXT = lazy_compile(r"(?i)[ \u00a0]+(?:на|в|во|для|по|с|со|к|из|от|под|при)[ \u00a0]")
# a preposition that takes the dative, adjectives perhaps between («по российским поставкам»)
_PREPOSITION_BEFORE = lazy_compile(r"(?i)(?<!\w)(?:по|к|ко|согласно|благодаря|вопреки)[ \u00a0]+"
                                   r"(?:[а-яё-]+[ \u00a0]+){0,2}\Z")
# a preposition right before the inner cue, adjectives perhaps between («по (новому) контракту»)
_GOVERNED_NOUN = lazy_compile(r"(?i)(?<!\w)(?:по|в|во|согласно)[ \u00a0]+"
                              r"(?:[а-яё-]+(?:ому|ему|ым|им|ом|ем|ой|ей)[ \u00a0]+){0,2}\Z")
_FOR = lazy_compile(r"(?i)(?<!\w)на(?!\w)")  # «договор на финансирование», «контракт на поставку»
# «в (городском) бюджете», «на (российском) рынке» right before the inner cue
_PLACE_BEFORE = lazy_compile(r"(?i)(?<!\w)(?:в|во|на)[ \u00a0]+(?:[А-Яа-яЁё-]+[ \u00a0]+)?\Z")
# «из (областного) бюджета» right before the inner cue: where the money comes from, which the
# verb governs («на обновление парка из областного бюджета направлено»), not the noun before;
# two budgets coordinated too («из федерального и областного бюджетов», session 30)
_SOURCE_BEFORE = lazy_compile(r"(?i)(?<!\w)из[ \u00a0]+(?:[А-Яа-яЁё-]+[ \u00a0]+){0,2}"
                              r"(?:(?:и|или)[ \u00a0]+(?:[А-Яа-яЁё-]+[ \u00a0]+){1,2})?\Z")
# How many words up from the chosen cue a head may stand. «стоимостью» (worth …) qualifies the
# whole noun phrase before it, which may be long: «контракт на поставку жидкого гелия и
# технического водорода общей стоимостью 2,6 млрд» is the contract's value (rounds 10, 20, 24,
# 27 say it with a shorter phrase between; round 32)
_REACH, _QUALITY_REACH = 6, 10
_STRONG = 1  # the largest penalty of a head «стоимостью» reaches past _REACH
_WORTH = "стоимостью"  # (the word itself: compared, not matched by a pattern)
_GOODS = frozenset({"export", "import", "production", "other"})  # «соглашение о поставках»
_MONEY_NOUNS = frozenset({"credit", "investment", "financing"})  # «направит на поддержку экспорта»
# the measures an allocation verb may set a level of («предусматривает рост экспорта до …»)
_MEASURES = frozenset({"export", "import", "trade_turnover", "production"})
# verbs that finance their object outright («банк профинансировал экспортные поставки … на»):
# the deliveries are what the money paid for, not a level set (rounds 56, 59)
_FUNDS_OBJECT = frozenset({"финансировать", "профинансировать"})


def reach_up(word: str, head: Cue | None = None) -> int:
    """How many words before the cue `word` (lower case) a head that governs it may stand:
    further from «стоимостью» only a strong head (a contract, not a weak «поставку»: «аукцион
    на поставку коммунальной техники на базе тракторов МТЗ общей стоимостью» stays a price)."""
    far = word == _WORTH and (head is None or head.penalty <= _STRONG)
    return _QUALITY_REACH if far else _REACH


class MetricCandidate(NamedTuple):
    """One cue word as a candidate; candidates compare as tuples, the smallest wins."""

    score: int
    priority: int  # of the metric, in METRICS order
    metric: str
    start: int  # of the word: unique, so `word` never decides
    word: str


def governing(text: str, before: list[re.Match[str]], cues_before: dict[int, Cue],
               best: MetricCandidate) -> MetricCue:
    """Walk up from the chosen cue to an earlier cue that heads its phrase: that cue's
    metric and word, with the chosen cue's score."""
    metric, word = best.metric, best.word
    idx = next((i for i in cues_before if before[i].start() == best.start), None)
    chosen = before[idx].group().lower() if idx is not None else ""
    # (a verb, or a short adjective or adverb with the verb: «излишне перечислено», is no
    # member of a noun phrase)
    if idx is not None and not is_verbish(chosen) and not is_predicative(chosen):
        for j, head in sorted(cues_before.items(), reverse=True):  # (nearest first)
            if j >= idx or head.penalty > 3:
                continue
            # the pair's two words in lower case, each made once: the rules below ask of
            # them again and again (`idx` moves up only when the head is taken, at the end)
            inner = before[idx].group().lower()
            if idx - j > reach_up(inner, head):
                continue
            outer = before[j].group().lower()
            if is_adjective(outer) and not _heads_with_noun(text, before, cues_before, j, idx) and (
                    _PREPOSITION_NEXT.match(text, before[j].end()) is None):
                # adjectives agree with their noun, they do not govern it (but one a preposition
                # follows is a participle in all but its tag: «Инвестированные в сборочное
                # производство 2 млрд»; metric46)
                continue
            between = before[j + 1:idx]
            gap = text[before[j].end():before[idx].start()]
            if (head.metric in _GOODS and cues_before[idx].metric == "financing"
                    and _PLACE_BEFORE.search(gap) and _is_place_case(inner)
                    and _holds_money(inner)):
                # «на их приобретение … в городском бюджете зарезервировано»: the budget is
                # where the money is, which the verb after it governs (a budget, a fund, a
                # programme: not «цена комбайна в лизинге», a way of paying; not a purchase's
                # «производство в текущих ценах», nor a portfolio «в проектах»)
                break
            if (cues_before[idx].metric == "financing" and _SOURCE_BEFORE.search(gap)
                    and any(is_verbish(w.group().lower()) for w in before[idx + 1:])):
                # «на обновление парка из областного бюджета направлено»: the source, which
                # the verb after it governs (but «получило докапитализацию из бюджета на 150
                # млн»: no verb after, the noun before heads it)
                break
            if (head.metric == "financing" and gap.strip(" \u00a0").lower() == "на"
                    and _is_capital(chosen) and _SOURCE_BEFORE.search(
                        text, max(0, before[j].start() - 40), before[j].start())):
                # «получила из федерального бюджета на докапитализацию 5 млрд»: the source
                # says where the money comes from, the verb takes the capital put in (round 57)
                break
            if not _PREPOSITION.search(gap) and _is_draft_head(outer):
                continue  # «проект (союзного) бюджета»: the genitive names the thing
            if _is_dative(outer) and not _PREPOSITION_BEFORE.search(
                    text, max(0, before[j].start() - 40), before[j].start()):
                # «предоставил белорусским импортёрам российской техники кредитов на …»: a
                # bare dative is the verb's recipient, not a phrase the money's word is in
                continue
            if (head.metric == "financing" and is_verbish(outer)
                    and not _PREPOSITION.search(gap) and _is_set_term(inner)):
                # «предусмотрен штраф до 200 базовых величин», «договор предусматривал
                # предоплату в размере …»: a penalty or a prepayment a rule or a contract sets
                # is named by its own noun, no money allocated (`set_terms`; session 33)
                break
            if (not is_verbish(outer) and not _PREPOSITION.search(gap)
                    and (_is_direct_case(inner) or _is_direct_adjective(inner))):
                # «наложил на одного из импортеров штраф в размере …»: a noun governs the
                # genitive or a preposition's noun after it, never a subject or an object
                # (nor an object's adjective: «получил под сделку кредитную линию на …»)
                continue
            if (head.metric == "financing" and is_verbish(outer)
                    and cues_before[idx].metric in _MEASURES and not _PURPOSE.search(gap)
                    and lemma(outer) not in _FUNDS_OBJECT):
                # «программа предусматривает рост экспорта до …», «предусмотрено увеличение
                # товарооборота до …»: a verb of allocation whose object is a measure of trade
                # or output sets a level of that measure, no money given (but «направит на
                # поддержку экспорта»: a purpose, the money's; issue 10, session 31)
                break
            if (cues_before[idx].metric == "agreements" and is_verbish(outer)
                    and _GOVERNED_NOUN.search(gap)):
                # «закупает станок по контракту на 12,5 млн»: a contract in a preposition's
                # phrase after the verb is an adverbial; the sum hangs from the contract
                break
            if ("," in gap or ";" in gap or ":" in gap or _PROPERTY.search(gap)
                    or _dash_between(text, before[j].end(), before[idx].start())
                    or (_ABOUT.search(gap) and not _agreement_on(head, cues_before[idx]))
                    or any(is_verbish(w.group().lower()) for w in between)):
                break
            if (((is_verbish(outer) and not _repays(outer))
                 or (head.metric == "financing" and not _is_programme(outer)))
                    and not _in_purpose_phrase(gap, inner) and not _secures(outer, gap)
                    and cues_before[idx].penalty < 3 and (cues_before[idx].metric in _MONEY_NOUNS
                                                          or _is_tax(inner))):
                # «выделила Беларуси кредит», «выделение кредита»: the object names the
                # money (but «профинансировал строительство / контракты» and «субсидии …
                # по кредитам» do not, nor a verb of paying back: «погасила займов на» is
                # money repaid); «возмещено НДС»: a tax refunded is the tax
                break
            if (head.metric == "agreements" and cues_before[idx].metric in _MONEY_NOUNS
                    and cues_before[idx].penalty < 3 and _FOR.search(gap)
                    and not _is_work(inner)):
                # «договоры на финансирование … заключены на»: the money they are for (but
                # «контракт на реконструкцию участка … стоимостью»: a work, the contract's)
                break
            metric, idx = head.metric, j
            word = outer
            if is_verbish(word):
                break  # «импортеры … заплатили НДС»: the noun before a verb is its subject
    return MetricCue(metric=metric, score=best.score, head=word)


# «по» right before the inner cue, adjectives perhaps between («поручительство … по
# (банковскому) кредиту»)
_ON_DEBT = lazy_compile(r"(?i)(?<!\w)по[ \u00a0]+(?:[а-яё-]+[ \u00a0]+){0,2}\Z")


def _secures(outer: str, gap: str) -> bool:
    """Is the outer cue a guarantee that secures the credit after it («Поручительство
    регионального гарантийного фонда по кредиту составило 50 млн»: the guarantee's sum,
    financing; session 24's reading of guarantees, metric46)? The heads are data
    (`secured_by` of `data/money_context_ru.json`)."""
    return is_security_word(outer) and _ON_DEBT.search(gap) is not None


@cache
def _secured_by() -> frozenset[str]:
    return frozenset(context_data().get("secured_by", ()))


def is_security_word(word: str) -> bool:
    """Is `word` a guarantee that secures a credit («поручительство», «гарантия»)?"""
    return lemma(word) in _secured_by()


def _dash_between(text: str, start: int, end: int) -> bool:
    """Does a spaced dash stand in text[start:end], before a lower-case word or a number (the
    word may be the inner cue at `end`)? A capital after it is a name's («Брянск —
    Новозыбков»)."""
    return any(not text[m.end():m.end() + 1].isupper() for m in _DASH.finditer(text, start, end))


_GAP_WORD = lazy_compile(r"[А-Яа-яЁё][А-Яа-яЁё-]*")


def _in_purpose_phrase(gap: str, inner: str) -> bool:
    """Does a purpose preposition of the gap before the inner cue take the cue into its phrase
    («направит на поддержку экспорта», «на кредиты»)? A cue in the direct case is out of it
    once a noun closes the preposition's phrase: «получили в российских банках ипотечные
    кредиты на …» — «в российских банках» is a place, «кредиты» the verb's object."""
    found = list(_PURPOSE.finditer(gap))
    if not found:
        return False
    if not _is_direct_case(inner):
        return True  # (a genitive hangs from the phrase's noun: «на поддержку экспорта»)
    return not any(parse(w.group().lower()).tag.POS == "NOUN"
                   for w in _GAP_WORD.finditer(gap, found[-1].end()))


def _heads_with_noun(text: str, before: list[re.Match[str]], cues_before: dict[int, Cue],
                     j: int, idx: int) -> bool:
    """Does the adjective cue `j` stand for the phrase of the plain noun right after it, which
    governs the inner cue through a preposition («кредитную линию для поставок в Беларусь»:
    a credit line, not deliveries)? The noun has no cue of its own."""
    k = j + 1
    if k >= idx or k in cues_before or parse(before[k].group().lower()).tag.POS != "NOUN":
        return False
    return _PREPOSITION.search(text, before[k].end(), before[idx].start()) is not None


@lru_cache(maxsize=10_000)
def _repays(word: str) -> bool:
    """Is the word a verb of paying a debt back («погасила»: `repay_verbs`)? The loan it
    names is what was repaid, not a loan given."""
    return lemma(word) in context_words().repay_verbs


@lru_cache(maxsize=10_000)
def _is_set_term(word: str) -> bool:
    """Is the word a penalty or a payment term a rule or a contract sets («штраф», «пеня»,
    «предоплата»: `set_terms`), which a verb of allocating before it does not govern?"""
    return lemma(word) in context_data().get("set_terms", ())


@lru_cache(maxsize=10_000)
def _is_work(word: str) -> bool:
    """Is the word a work a contract is for («реконструкцию», «строительство»: `work_nouns`)?"""
    return lemma(word) in _work_lemmas()


@cache
def _work_lemmas() -> frozenset[str]:
    return frozenset(context_data().get("work_nouns", ()))


def _agreement_on(head: Cue, inner: Cue) -> bool:
    """«соглашение о поставках 120 автобусов на …»: an agreement on goods is the agreement's
    sum (rounds 8, 9); «соглашение о кредите» names the money, a credit, and «протокол о
    доведении товарооборота до …» the trade it targets."""
    return head.metric == "agreements" and inner.metric in _GOODS


@lru_cache(maxsize=50_000)
def _is_tax(word: str) -> bool:
    """Is the word a tax or duty («НДС», «налог», «пошлина», «акциз»: `tax_words`)?"""
    return lemma(word) in context_words().tax_words


@lru_cache(maxsize=50_000)
def _is_direct_adjective(word: str) -> bool:
    """Is the word an adjective only in the nominative or accusative («кредитную»,
    «кредитные»), so never of a phrase another noun governs?"""
    cases = {p.tag.case for p in parses(word) if p.tag.POS == "ADJF"}
    return bool(cases) and cases <= {"nomn", "accs"}


@lru_cache(maxsize=50_000)
def _is_dative(word: str) -> bool:
    """Is the word a noun in the dative («импортёрам», «хозяйствам»)?"""
    tag = parse(word).tag
    return tag.POS == "NOUN" and tag.case == "datv"


@lru_cache(maxsize=50_000)
def _is_direct_case(word: str) -> bool:
    """Is the word a noun only in the nominative or accusative («штраф», «кредит»), never in
    a case another noun governs (the genitive «экспорта», «поставки»)?"""
    cases = {p.tag.case for p in parses(word) if p.tag.POS == "NOUN"}
    return bool(cases) and cases <= {"nomn", "accs"}


@lru_cache(maxsize=50_000)
def _is_place_case(word: str) -> bool:
    """Is the word in the prepositional case (a place: «в бюджете», «на рынке»), which the
    verb after it governs, not the noun before it?"""
    return parse(word).tag.case in ("loct", "loc2")


@lru_cache(maxsize=50_000)
def _holds_money(word: str) -> bool:
    """Is the word a budget, a fund or a programme, which money may be held in («в городском
    бюджете зарезервировано»)? (data: `money_places`; «в лизинге» is a way of paying, session 31)"""
    return lemma(word) in context_data().get("money_places", ())


def _is_capital(word: str) -> bool:
    """Does the word name capital put in («докапитализацию», «инвестиций», «капитала»: the
    `funds_received_as_investment` words of data/money_context_ru.json, as `money.funds_received`
    reads them)?"""
    return funds_words().funds_received_as_investment.match(word) is not None


@lru_cache(maxsize=50_000)
def _is_programme(word: str) -> bool:
    """Is the word a programme («программа обновления подвижного состава»), which holds the
    money and governs what it is for? (data: `programme_heads`)"""
    return lemma(word) in context_words().programme_heads


@lru_cache(maxsize=50_000)
def _is_draft_head(word: str) -> bool:
    """Does the word govern only through a preposition («проект по выпуску», not «проект
    бюджета»)? The words are data (`draft_heads` of data/money_context_ru.json)."""
    return lemma(word) in context_words().draft_heads
