"""What a money amount measures: the nearest metric cue around it, and the governing rule.

Cue words are data (`data/metric_lemmas.csv`: lemma, metric, penalty), compared by raw form
then by lemma (pymorphy3, cached). A cue's score is its distance in words from the amount plus
its penalty, with more for words after the amount, across commas and beyond another amount;
the best `MetricCandidate` wins. Then the *governing* rule: the head of a noun phrase decides,
so a cue that an earlier cue governs («инвестиции в развитие производства») hands over to it.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.bonds import is_bond_issue
from analysis.money.buyers_share import received_from_russian_buyers, russian_buyers_took
from analysis.money.charge_share import blank_share, charge_named, share_bounded
from analysis.money.context import is_export_revenue
from analysis.money.coordinated import new_predicate_in
from analysis.money.cue_gaps import clause_before, clause_end, gap_words, heads_next_amount, words_between
from analysis.money.cuewords import (
    DIRECTION,
    EXPORT_CUE,
    IMPORT_CUE,
    NO_CUE,
    ORIGIN,
    SURFACE_ROLES,
    Cue,
    MetricCue,
    country_near,
    cue_of,
    is_delivery_noun,
    is_verbish,
    min_penalty,
    weak_cue,
)
from analysis.money.deal_kind import deal_kind
from analysis.money.deal_value import credit_after_dash, deal_value
from analysis.money.direction import from_region_to_named_buyer
from analysis.money.governing import MetricCandidate, governing, is_security_word, reach_up
from analysis.money.lender_portfolio import lender_portfolio
from analysis.money.metric_masks import SentenceMasks, not_cue_heads
from analysis.money.own_noun import own_noun_cue, part_noun_cue
from analysis.money.scope import AmountScope, fold
from analysis.money.share_noun import share_noun_cue
from analysis.money.trade_brought import brought_by_trade, trade_brought_in
from analysis.money.turnover import mutual_deliveries, turnover_kind
from analysis.vocab import METRICS

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["NO_CUE", "Cue", "MetricCandidate", "MetricCue", "metric_of", "nearest_cue",
           "sentence_cue"]


# Priority order breaks ties between equally close cues.
_PRIORITY = {m: i for i, m in enumerate(METRICS)}
# Words that name revenue («выручка») or what earns it («поставки … принесли»)
_REVENUE_HEADS = frozenset({"выручка", "принести", "заработать", "выручить", "реализовать",
                            "продать"})
_NONE = MetricCue(metric="other", score=NO_CUE, head="")


# --------------------------------------------------------------------------- the metric
# «Сколько Беларусь продаёт России?», «поставляет Казахстану»: a country in the dative after a
# verb of selling or delivering is its buyer (a noun's «поставки России» may be Russia's own)
_DATIVE_COUNTRY = lazy_compile(r"(?i)[ \u00a0]+(?:России|Беларуси|Белоруссии|Казахстану|Китаю)(?!\w)")
_DASH_AMOUNT = lazy_compile(r"[ \u00a0]*[—–:-][ \u00a0]*\S")  # «импорт — $45 млн»
_DASH_REACH = 16  # characters from the dash to that amount («— почти на $45 млн»)
# characters after a verb of receiving its goods and their country may take («поступило
# белорусской сельхозтехники и запчастей на»: round 50; 30 before)
_GOODS_REACH = 50
# the score of a reading the amount's own words make with no cue word (as a construction's)
_OWN_READING = 3
# (money going into a budget, «в бюджет перечислено», «пополнили бюджет на», «принесёт
# бюджету», is what the budget takes in too: rounds 16, 18, 20, 27, 31, 34 read it `other`;
# «в бюджете … заложено» is money the budget holds)
_REVENUE = lazy_compile(r"(?i)(?<!\w)(?:получ\w*|доход\w*|поступлени\w*|выручк\w*"
                        r"|в[ \u00a0]+(?:[а-яё-]+(?:ый|ой|ий|ые|ие)[ \u00a0]+){0,2}бюджеты?(?![а-яё])"
                        r"|пополни\w*[ \u00a0]+(?:[а-яё-]+[ \u00a0]+){0,2}бюджет"
                        r"|прин[её]с\w*[ \u00a0]+(?:[а-яё-]+[ \u00a0]+){0,2}бюджет"
                        r"|принос\w*[ \u00a0]+(?:[а-яё-]+[ \u00a0]+){0,2}бюджет)")
# «из федерального бюджета город получит 292 млн»: money paid out of a budget, not its revenue
_FROM_BUDGET = lazy_compile(r"(?i)(?<!\w)из[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}бюджет")
_CREDIT_RIGHT_AFTER = lazy_compile(
    r"(?i)[ \u00a0]*(?:кредитн\w*|заемн\w*|заёмн\w*|в\s+виде\s+(?:\w+\s+)?(?:кредит|займ|заем)"
    r"|в\s+качестве\s+(?:\w+\s+)?(?:кредит|займ|заем))")
# «еще 15 млн евро предприятию выделил в кредит Банк развития»: the form the money is given in,
# later in the amount's clause (as «в виде кредита» right after it: rounds 16, 18, 19, 22)
# («в виде льготного кредита»: one adjective after «в виде», «в качестве»)
_CREDIT_FORM_LATER = lazy_compile(
    r"(?i)[^,;.!?()\d]{1,60}?(?<!\w)в[ \u00a0]+(?:(?:виде|качестве)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?)?"
    r"(?:кредит|займ|заём|заем|долг)(?:а|ов)?(?!\w)")
# «7,2 млрд рублей из этого кредита», «из средств займа»: the money is a part of the credit
_FROM_CREDIT = lazy_compile(
    r"(?i)[ \u00a0]+из[ \u00a0]+(?:(?:этого|данного|указанного|того[ \u00a0]+же|средств)[ \u00a0]+)?"
    r"(?:государственного[ \u00a0]+|российского[ \u00a0]+|связанного[ \u00a0]+)?(?:кредит|займ|заём|заем)\w*")
# «застраховал экспортные контракты на …», «объём застрахованных контрактов»: an export
# credit agency insures a maker's deliveries abroad; the contracts are the exports insured
# (so is «страховое покрытие экспортных контрактов»: session 45)
_INSURED = lazy_compile(r"(?i)(?<!\w)(?:застрахова\w*|страхов\w+[ \u00a0]+покрыти\w*)")
_CREDIT_IN_CLAUSE = lazy_compile(r"(?i)(?<!\w)(?:кредит|заем|заём|займ)\w*")
# «Ещё 97 млн принесли поставки в Смоленскую область»: the deliveries into a named place that
# brought the money, told right after it (folded text)
_BROUGHT_BY_DELIVERIES = lazy_compile(
    r"[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?(?:принес\w*|дали|дало|обеспечил\w*)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?"
    r"(?:поставк|продаж|отгрузк|экспорт)\w*"
    r"[ \u00a0]+(?:[^\s,;:.!?]+[ \u00a0]+){0,3}?(?:в|во|на)[ \u00a0]+[а-яё]")
# «из них 1,6 млрд пришлось на заказы российских клиентов», «… приходится на Россию»: the
# «Средства на обновление оборудования – 2,4 млн рублей – выделены в августе»: an amount set
# off by dashes between its subject and the predicate right after it (session 30)
_SET_OFF_BEFORE = lazy_compile(r"[—–-][ \u00a0]*$")
_SET_OFF_AFTER = lazy_compile(r"[ \u00a0]*[—–-][ \u00a0]*")
_EXPORT_WORD = lazy_compile(r"(?<![а-яё])экспорт")  # (folded text)
# A clause after «;» that points back at the figure before it («; этот кредит погашен»).
_POINTS_BACK = lazy_compile(r"(?i)[ \u00a0]*(?:эт(?:от|а|о|и|ого|ой|их|им)|данн\w+|указанн\w+)(?!\w)")
# A clause after the amount that comments on the whole statement, not on the amount's kind,
# or sets another statement against it («…, но девальвация ударила по контрактам», «…, хотя
# столичный рынок втрое больше»: its cue is its own clause's; session 29).
_COMMENT_CLAUSE = lazy_compile(r"(?i)[ \u00a0]*(?:что|это|чем|но|однако|зато|хотя)(?!\w)")


def _nearest(scope: AmountScope, masks: SentenceMasks, not_cues: bool) -> tuple[MetricCue, str]:
    """The nearest cue with modifier clauses set aside (and the text it was read in), or
    over the whole sentence when the modifier was all there was to go on."""
    masked = masks.text(not_cues=not_cues)
    found = nearest_cue(scope, masked)
    if masked is not scope.text and (found.score == NO_CUE or weak_cue(found.head)):
        # the modifier was all there was to go on, or better than a bare «стоимость»
        full = nearest_cue(scope, masks.text(modifiers=False, not_cues=not_cues))
        if found.score == NO_CUE or (full.score != NO_CUE and not weak_cue(full.head)):
            found = full
    return found, masked


def sentence_cue(scope: AmountScope) -> MetricCue:
    """The nearest cue of a sentence seen from `scope` (its end, for the topic it hands on),
    read again without the words that only look like cues when one was chosen."""
    found = nearest_cue(scope)
    if found.head.startswith(not_cue_heads()):
        found = nearest_cue(scope, SentenceMasks(scope).text(modifiers=False, not_cues=True))
    if found.metric == "financing" and _budget_takes_in(scope, found.head, scope.text, scope.end):
        # «Беларусь перечислит в российский бюджет около 1 млрд долларов пошлин. За январь–
        # август поступления составили …»: the sentence tells what a budget takes in
        return MetricCue(metric="other", score=found.score, head=found.head)
    if found.metric == "other" and lemma(found.head) == "принести" and (
            verb := scope.folded.rfind(fold(found.head), scope.start, scope.end)) >= 0 and (
            trade_brought_in(scope, verb + len(found.head))):
        # «В прошлом году поставки в Россию принесли комбинату $31,5 млн. По итогам года
        # ожидают $27 млн»: the sentence hands on the export its figure is (round 50)
        return MetricCue(metric="export", score=found.score, head=found.head)
    if found.metric == "production" and lemma(found.head) == "выпуск" and is_bond_issue(scope):
        # «Это второй выпуск республики: … Минфин привлек 6 млрд» hands on the borrowing
        return MetricCue(metric="credit", score=found.score, head=found.head)
    return found


def _budget_takes_in(scope: AmountScope, head: str, text: str, before: int) -> bool:
    """Is the cue a budget (`head`) that the scope's sentence tells taking money in («бюджет
    получит от продажи …», «в бюджет перечислено», «принесёт бюджету»), none of it paid out
    of a budget in the amount's clause («из федерального бюджета город получит …», «Ещё 9 млн
    регион получит на те же цели из федерального бюджета»: session 31)?"""
    hi = min([scope.end] + [o.start for o in scope.others if o.start > before])  # its clause
    return (lemma(head) in ("бюджет", "бюджетный") and _REVENUE.search(text, scope.start, scope.end)
            is not None and not _FROM_BUDGET.search(text, scope.start, hi))


def metric_of(scope: AmountScope) -> MetricCue:
    """The metric of the scope's amount: its nearest cue, modifier clauses set aside, and
    the text's own word for the money («кредитные средства») over a bare «financing»."""
    masks = SentenceMasks(scope)
    if (share := share_bounded(scope)) is not None and charge_named(scope, share):
        # «Комиссия … 0,5% от суммы кредита, но не менее 5 тыс. долларов»: the charge's bound,
        # read before the share; a charge named by no cue word is a fee, its own reading
        found = nearest_cue(scope, blank_share(scope, masks.text(not_cues=True), share))
        return found if found.score != NO_CUE else MetricCue(metric="other", score=_OWN_READING,
                                                              head="")
    found, masked = _nearest(scope, masks, not_cues=False)
    if found.head.startswith(not_cue_heads()) and masks.not_cues():
        # «техники белорусского производства на …», «выпуск облигаций на …»: read again
        # without the words that only look like cues (asked of few amounts; with none in
        # the sentence the reading would be the same)
        found, masked = _nearest(scope, masks, not_cues=True)
    text = masked
    own = own_noun_cue(scope, text)
    if own is not None and own[0].penalty <= 3:
        # «7,3 млрд рублей таможенных платежей»: the counted noun names the money
        found = MetricCue(metric=own[0].metric, score=min(found.score, own[0].penalty), head=own[1])
    elif (part := part_noun_cue(scope, text)) is not None and part[0].penalty <= 1:
        # «…, из которых 15 млн – кредит ЕАБР»: the part's name after the dash
        found = MetricCue(metric=part[0].metric, score=min(found.score, part[0].penalty),
                          head=part[1])
    elif (share := share_noun_cue(scope)) is not None:
        # «на экспорт в Беларусь пришлось 900 млн»: the measure the share falls to
        found = MetricCue(metric=share[0].metric, score=min(found.score, 1), head=share[1])
    metric, score, head = found
    head_cue = cue_of(head) if head else None
    weak_head = head_cue is None or head_cue.penalty >= 1 or is_verbish(head)
    if metric == "agreements" and (kind := deal_kind(clause_before(text, scope.start, scope.amount))):
        # «заключила с банком кредитное соглашение на 1,2 млрд», «соглашение о кредите»,
        # «договор поручительства — на 750 млн»: the agreement's kind is what the money is
        return MetricCue(metric=kind, score=score, head=head)
    if metric != "agreements" and deal_value(scope, metric, head):
        # «договор … с минимальным объёмом закупок …», «по контракту … поставит … на»
        return MetricCue(metric="agreements", score=score, head=head)
    if metric == "agreements" and _INSURED.search(text, scope.start, clause_end(scope)):
        # insured exports (round 14), the verb before the amount or after it in its clause:
        # «Экспортные контракты на 11,2 млрд рублей застрахованы …» (round 36)
        return MetricCue(metric="export", score=score, head=head)
    if mutual_deliveries(scope, metric, head):
        return MetricCue(metric="trade_turnover", score=score, head=head)  # «взаимные поставки»
    if metric == "production" and lemma(head) == "выпуск" and is_bond_issue(scope):
        # «Объём выпуска — 2 млрд рублей» after a sentence on bonds: borrowing (rounds 11, 17)
        return MetricCue(metric="credit", score=score, head=head)
    if _FROM_CREDIT.match(text, scope.amount.end, scope.end):
        # «направят 7,2 млрд рублей из этого кредита»: a part of the credit
        return MetricCue(metric="credit", score=min(score, 1), head=head)
    if credit_after_dash(scope):  # «в том числе 3,6 млн – за счёт кредита банка»
        return MetricCue(metric="credit", score=min(score, 1), head="кредит")
    if metric == "financing" and _budget_takes_in(scope, head, text, scope.amount.start):
        # «бюджет получит от продажи…»: budget revenue, not financing
        return MetricCue(metric="other", score=score, head=head)
    if metric == "other" and lemma(head) in _REVENUE_HEADS and (
            is_export_revenue(scope) or _BROUGHT_BY_DELIVERIES.match(
                scope.folded, scope.amount.end, scope.end) is not None
            or brought_by_trade(scope)):
        # «российская выручка МТЗ», «поставки в Россию принесли 5,2 млрд рублей выручки»,
        # «Ещё 97 млн принесли поставки в Смоленскую область» (issue 10, session 27), «Экспорт
        # в Россию принёс 210 тыс. долларов» (round 48)
        return MetricCue(metric="export", score=score, head=head)
    if metric == "other" and received_from_russian_buyers(scope):
        # «получил от российских торговых сетей BYN 3,4 млн»: the seller's export, its own
        # reading (a middling cue's score: no figure before it hands it a topic)
        return MetricCue(metric="export", score=min(score, _OWN_READING), head=head)
    if metric in ("other", "agreements") and russian_buyers_took(scope):
        # «Оборот … 4,3 млрд, из них 1,6 млрд пришлось на заказы российских клиентов»: a
        # seller's sales to buyers in Russia are its export (as «выручка на российском рынке»)
        return MetricCue(metric="export", score=score, head=head)
    if metric == "other" and weak_cue(head) and _CREDIT_FORM_LATER.match(
            text, scope.amount.end, scope.end):
        # «Стоимость работ … 38,6 млн, из которых 24 млн рублей предприятию предоставит Банк
        # развития в виде льготного кредита»: the form the money is given in names it, over a
        # weak price word of the clause before
        return MetricCue(metric="credit", score=score, head=head)
    if metric == "financing" and weak_head and not is_security_word(head) and (
            _CREDIT_IN_CLAUSE.search(clause_before(text, scope.start, scope.amount))
            or _CREDIT_RIGHT_AFTER.match(text, scope.amount.end, scope.end)
            or _CREDIT_FORM_LATER.match(text, scope.amount.end, scope.end)):
        # «на льготные кредиты … предусмотрено 5 млрд», «направлено 28 млрд рублей кредитных
        # средств»: the text calls the money a credit.
        return MetricCue(metric="credit", score=score, head=head)
    if metric == "financing" and lemma(head) == "портфель" and lender_portfolio(scope):
        # «Часть займов выдавалась … — «… увеличить портфель до 800 млн»»: the loans outstanding
        return MetricCue(metric="credit", score=score, head=head)
    return found


def nearest_cue(scope: AmountScope, text: str | None = None) -> MetricCue:
    """The best cue around the amount, read in `text` (the scope's text by default, or a
    copy with clauses blanked out); ("other", NO_CUE, "") if none.

    Score = words between cue and amount + the cue's penalty (+3 after the amount, +2 per
    comma or dash crossed, +6 beyond another amount). Then the *governing* rule: the head of a
    noun phrase decides, so a cue that an earlier cue governs — no verb and no comma between,
    as in «инвестиции в развитие производства», «кредитование экспорта», «направит на
    поддержку экспорта» — hands over to the earlier one.
    """
    text = scope.text if text is None else text
    s_start, s_end, amount, others = scope.start, scope.end, scope.amount, scope.others
    # The best candidate so far as a plain tuple (MetricCandidate's fields, in order): built
    # for every cue word, so no record until the loop is done.
    best: tuple[int, int, str, int, str] | None = None
    # Cues further than this from the amount never win; a window keeps long sentences cheap.
    lo, hi = max(s_start, amount.start - 240), min(s_end, amount.end + 160)
    # Words inside amounts (qualifiers, currency words) are not cues: scan the gaps only.
    # The words come in text order, so those before the amount are a prefix; the ones after
    # are read lazily, as the loop below usually stops a few words after the amount.
    after: Iterator[re.Match[str]]
    if amount.start >= hi or any(o is amount for o in others):
        # (no word runs into the amount: it is one of the amounts skipped, or past the
        # window) the words before it in one go, in C; those after it lazily
        before = words_between(text, lo, min(amount.start, hi), others)
        after = gap_words(text, amount.end, hi, others)
    else:
        words = gap_words(text, lo, hi, others)
        before = []
        after = iter(())
        for w in words:
            if w.end() <= amount.start:
                before.append(w)
            elif w.start() >= amount.end:
                after = itertools.chain((w,), words)
                break
    cues_before: dict[int, Cue] = {}  # index in `before` -> the cue of that word
    last_cue, last_reach = 0, 6  # distance of the last cue before the amount, and its reach
    # (locals: read for every word; the role by the word as written, so the lower case is
    # made only for the few words that have one)
    least_penalty, roles = min_penalty(), SURFACE_ROLES
    rest = [o for o in others if o is not amount]  # (most often none: their tests skipped)
    for side, seq in (("before", before[::-1]), ("after", after)):
        if side == "after" and best is not None and best[0] < 3:
            break  # (the stop below, at the first word after the amount, without reading it)
        for dist, w in enumerate(seq):
            if side == "after" and best is not None and dist + 3 > best[0]:
                break  # scores after the amount are at least dist + 3: none can win now
            if (side == "before" and best is not None and dist + least_penalty > best[0]
                    and dist > last_cue + last_reach):
                # Scores are at least dist + the smallest penalty, so no word further out can
                # win; and the governing rule below only steps from a cue to one at most 6
                # words before it (10 from «стоимостью»), so past such a gap with no cue
                # nothing further is used.
                break
            role = roles[w.group()]
            if role is None:
                continue  # most words: no cue, no inflow or delivery lemma
            word = w.group().lower()
            ws, we = w.span()
            cue, inflow, delivery = role
            if cue is None:
                if inflow and country_near(text, s_start, ws, min(s_end, we + _GOODS_REACH)):
                    cue = IMPORT_CUE  # «получила из России энергоносителей на …»
                elif delivery and (DIRECTION.match(text, we, s_end) or (
                        is_verbish(word) and _DATIVE_COUNTRY.match(text, we, s_end))):
                    cue = EXPORT_CUE  # «продажи белорусских лифтов в России», «продаёт России»
                else:
                    continue
            if delivery and (DIRECTION.match(text, we, s_end) or (
                    is_verbish(word) and _DATIVE_COUNTRY.match(text, we, s_end))):
                cue = EXPORT_CUE
            elif delivery and (origin := ORIGIN.match(text, we, s_end)) and is_delivery_noun(
                    word) and _EXPORT_WORD.search(scope.folded, s_start, ws) is None:
                # «поставки из Китая — около $310 млн»; but «Экспорт Беларуси в Россию
                # составил …, а поставки из России — …» sets the pair's two exports side by side
                # («поставки … для МАЗа из Татарстана»: a Russian region's export to a buyer)
                cue = EXPORT_CUE if from_region_to_named_buyer(text, we, origin.end()) else IMPORT_CUE
            metric, penalty = cue
            g_lo, g_hi = (we, amount.start) if side == "before" else (amount.end, ws)
            gap = text[g_lo:g_hi]
            crossed = gap.count(",") + gap.count(";") + gap.count(" – ") + gap.count(" — ")
            score = dist + penalty + 2 * crossed
            if side == "after" and dist == 0 and _SET_OFF_BEFORE.search(
                    text, max(s_start, amount.start - 3), amount.start) and _SET_OFF_AFTER.fullmatch(
                    text, amount.end, ws) and is_verbish(word):
                score = penalty  # «Средства на … – 2,4 млн рублей – выделены»: the predicate's
            elif side == "after":
                score += 3 + 4 * crossed  # after the amount a new clause is someone else's
                if ((dash := _DASH_AMOUNT.match(text, we)) is not None and any(
                        0 <= o.start - dash.end() + 1 < _DASH_REACH for o in others)) or any(
                        o.start >= we and o.start - we < ws - amount.end for o in others):
                    # «…, импорт — около $45 млн»: the next amount's cue (but «780 млн пришлось
                    # на белорусский экспорт — грузовики МАЗ»: a list of goods follows)
                    continue
                if rest and any(amount.end <= o.start < ws for o in rest):
                    continue  # «1,04 млрд, из которых 780 млн пришлось на экспорт»: the part's
                if crossed and heads_next_amount(text, we, amount, others):
                    continue  # «…, импорт из России — 312 млн»: the next clause's cue
                if new_predicate_in(text, amount.end, ws) and heads_next_amount(
                        text, we, amount, others):
                    continue  # «… на 40 млн и подписала контракт на … на 55 млн»: its own
                if crossed and _COMMENT_CLAUSE.match(text, text.rfind(",", amount.end, ws) + 1):
                    continue  # «…, что на 15% дешевле импортных аналогов»: a comment
                if ";" in gap and not _POINTS_BACK.match(text, text.rfind(";", amount.end, ws) + 1):
                    # «640 млн долларов; основная часть продаж приходится на …»: a clause of
                    # its own (but «2 млрд руб.; этот кредит был погашен» names the figure)
                    continue
            elif rest and any(we <= o.start and o.end <= amount.start and new_predicate_in(
                    text, o.end, amount.start) for o in rest):
                continue  # «подписала договор на $12 млн и продала права за 3,5 млн»
            else:
                cues_before[len(before) - 1 - dist] = cue
                last_cue, last_reach = dist, reach_up(word)
            if rest and any(g_lo <= o.start < g_hi for o in rest):
                score += 6  # the cue belongs to the amount in between first
            key = (score, _PRIORITY[metric], metric, ws, word)  # `ws` is unique: `word` never
            if best is None or key < best:                      # decides, it is the head
                best = key
    if best is None:
        return _NONE
    score, _, metric, start, word = best
    if metric == "trade_turnover" and (kind := turnover_kind(
            text, scope.folded, s_start, start, word)) is not None:
        # «оборот розничной торговли», «биржевой оборот», a seller's «оборот» (its sales)
        return MetricCue(metric=kind, score=score, head=word)
    if len(cues_before) < 2:  # no earlier cue to hand over to
        return MetricCue(metric=metric, score=score, head=word)
    got = governing(text, before, cues_before,
                    MetricCandidate(score=score, priority=best[1], metric=metric, start=start,
                                    word=word))
    if got.metric == "trade_turnover" and got.head != word:
        # «Оборот розничной сети составил …»: the turnover word a later cue hands up to is
        # read for whose turnover it is, as a turnover chosen first is
        head = next((m.start() for m in before if m.group().lower() == got.head), None)
        if head is not None and (kind := turnover_kind(
                text, scope.folded, s_start, head, got.head)) is not None:
            return got._replace(metric=kind)
    return got
