"""Belarusian rubles in context: a bare «рублей» in a Belarusian body's statement (a `.by`
site, БелТА, a ministry of the Republic of Belarus), in an article that says its sums are
Belarusian, or next to a named Belarusian ruble or a Belarusian payer is BYN (implied);
before the 2016 redenomination a Belarusian ruble is BYR. Money a Russian party spends in
Russia, or Russia gives («из выделенных Россией 105 млрд рублей кредита»), stays in Russian
rubles (`money.russian_spend`).

The words are data (`belarusian_*`, `old_belarusian_rubles` of `data/money_context_ru.json`,
compiled by `analysis.money.context`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.belarusian_quote import in_belarusian_reply, said_by_belarusian_side
from analysis.money.context import context_words
from analysis.money.contrasted_rubles import joined_share, set_against_russian
from analysis.money.converted_rubles import converted_into_belarusian
from analysis.money.grammar import RUBLE_WORD
from analysis.money.headline_rubles import headline_echoes
from analysis.money.implied import opening_currency
from analysis.money.literal_gate import list_gate, may_match
from analysis.money.old_rubles import dated_before, names_new_rubles, names_old_rubles_of
from analysis.money.redenominated_pair import redenominated_pairs
from analysis.money.ruble_article import belarusian_article, speaks_of_belarusian_money
from analysis.money.ruble_paragraph import russian_digest_item, set_at_belarusian_payer, set_in_russia
from analysis.money.ruble_rate import (
    RUB_PER_BYN,
    converts_named_russian,
    goes_on_in,
    old_ruble_scale,
    ruble_by_rate,
)
from analysis.money.ruble_sentence import sentence_of as _sentence_of
from analysis.money.rubles_said import names_our_rubles, side_said_after
from analysis.money.russian_spend import given_by_russia, spent_in_russia
from analysis.money.show_rubles import priced_for_russia
from analysis.money.sold_in_russia import sold_in_russia
from analysis.money.speaker_rubles import (
    SpeakerReader,
    at_home,
    placed_in_russia,
    priced_in_belarus,
    spent_by_belarus,
)

if TYPE_CHECKING:
    from analysis.ingest import Article
    from analysis.money.amounts import Amount
    from analysis.money.region import ArticleText

__all__ = ["REDENOMINATION", "belarusian_rubles"]

REDENOMINATION = date(2016, 7, 1)  # Br 10 000 (BYR) became Br 1 (BYN)
# Marks that a ruble amount names its country (not a bare «рублей»), and that it is Belarusian
# («расійскіх»: Russian in the Belarusian language).
_NAMED_RUBLE = lazy_compile(r"(?i)росс|расійск|рос\.|₽|rub|rur|бел|byn|byr|br")


@lru_cache(maxsize=4096)
def _names_ruble(surface: str) -> bool:
    """Does a figure's surface name its rubles (asked thrice a figure: kept by surface)?"""
    return _NAMED_RUBLE.search(surface) is not None


_CONVERSION = lazy_compile(r"(?i)\(|\bили\b|эквивалент|по\s+курсу|в\s+пересчете|в\s+пересчёте")
_NEAR_NAMED = 300  # characters a bare «рублей» may stand after a named Belarusian ruble
# «(около 300 млн рублей)», «или около 300 млн рублей»: a conversion word stands just before
# the bare ruble (not an «или» before a dollar figure in between)
_CONVERSION_REACH = 25
_CONVERTED_REACH = 90  # characters back from a named figure to the figure it may convert
# a bare ruble figure: «312,5 млн рублей», «96 млрд руб.»
_BARE_RUBLE_FIGURE = lazy_compile(r"(?i)\d[\d \u00a0,.]*(?:[ \u00a0]*(?:тыс|млн|млрд|трлн)\w*\.?)?"
                                  r"[ \u00a0]*(?:рубл|руб\.)")


def _belarusian_named(named: Amount) -> bool:
    """Is a ruble named by its country a Belarusian one: «белорусских рублей», «Br», «BYN», and
    the old ones by their own word, «неденоминированных рублей» (BYR; round 24: a bare figure
    after them was read as going on in Russian rubles)?"""
    return named.currency in ("BYN", "BYR")


def _belarusian(article: Article) -> bool:
    """`belarusian_article` of the article (read once an article)."""
    return belarusian_article(article.text, getattr(article, "source", None),
                              getattr(article, "url", None))


def _bare_russian_before(text: str, named: Amount, read: list[Amount]) -> bool:
    """Was a bare «рублей» of the paragraph before the named Belarusian figure read as
    Russian? Then the writer counts in Russian rubles and names the Belarusian ones as the
    exception («требования … 412 млн рублей … этот долг отражён в сумме 153,4 млрд
    белорусских рублей. … с требованием 380 млн рублей»: round 67)."""
    return any(r.currency == "RUB" and r.end <= named.start and not _names_ruble(r.surface)
               and RUBLE_WORD.search(r.surface) is not None and "\n" not in text[r.end:named.start]
               for r in read)


def _belarusian_here(article: Article, a: Amount, named: list[Amount], old: bool,
                     sentence: tuple[int, int], read: list[Amount]) -> bool:
    """Is this bare «рублей» Belarusian by what stands near it: a Belarusian ruble named
    just before in the same paragraph («Выручка — 412 млн белорусских рублей. Чистая
    прибыль — 23,5 млн рублей»), or a Belarusian body paying in its sentence («из
    республиканского бюджета выделено 2,1 трлн рублей») in an article that speaks of
    Belarusian money (`belarusian_money`)? A bare figure repeating a Russian ruble amount
    named elsewhere («кредит на 100 млрд рублей» in the headline) stays Russian. Before 2016
    (`old`), a bare figure of the old Belarusian rubles' scale after named Russian rubles is
    Belarusian too, and so is one converting them (`ruble_rate`). (`sentence`: the amount's,
    `_sentence_of`; `read`: the figures before it as read.)"""
    text, words = article.text, context_words()
    if any(n.value == a.value and not _belarusian_named(n) for n in named):
        return False
    russian = _last_named_russian(text, a, named)
    if russian is not None and (old_ruble_scale(a, russian, old)
                                or converts_named_russian(text, a, russian, old)):
        return True
    last = next((n for n in reversed(named) if n.end <= a.start), None)
    if (last is not None and _belarusian_named(last)
            and a.start - last.end <= _NEAR_NAMED and "\n" not in text[last.end:a.start]
            and not _CONVERSION.search(text, max(last.end, a.start - _CONVERSION_REACH), a.start)
            and not RUB_PER_BYN[0] <= a.value / max(last.value, 1e-9) <= RUB_PER_BYN[1]
            and not _converts_bare_rubles(text, last)
            and not _bare_russian_before(text, last, read)):
        # (a conversion into Russian rubles, «10 млн белорусских рублей (около 300 млн
        # рублей)», is said with a bracket or «или», and its value is ~15–50 times larger)
        return True
    s_start, s_end = sentence
    if _says_belarusian(text, sentence):
        return True  # «…, я имею в виду белорусские рубли»: the speaker says so
    if (said_by_belarusian_side(text, a, s_start, s_end) or in_belarusian_reply(text, a.start)) and (
            speaks_of_belarusian_money(text)) and not placed_in_russia(text, a.start, s_start,
                                                                            s_end) and not (
            priced_for_russia(text, a.start, s_start, s_end)):
        # «…420 млн рублей…», — сообщили в пресс-службе «Гродно Азота»; not a price told of a
        # shop in Moscow or in an answer to «Сколько стоит … в России?» (round 38), nor a price
        # told at a show in Russia or to Russian buyers (`show_rubles`; session 37)
        return True
    payer = words.belarusian_payer.search(text, s_start, s_end)
    # a Russian lender named first is the one paying («Россельхозбанк открыл белорусскому
    # Белагропромбанку кредитную линию на 5 млрд рублей»): its rubles are Russian
    return bool(payer and speaks_of_belarusian_money(text)
                and not words.russian_payer.search(text[s_start:payer.start()].lower()))


def _says_belarusian(text: str, sentence: tuple[int, int]) -> bool:
    """Does the sentence say its rubles are the Belarusian ones (`belarusian_said`)? Searched
    only where a literal every match holds («белорусск»: `literal_gate`) stands in it."""
    said = context_words().belarusian_said
    low = text[sentence[0]:sentence[1]].lower()
    return said is not None and may_match(list_gate(said), low, 0, len(low)) and (
        said.search(low) is not None)


def _converts_bare_rubles(text: str, named: Amount) -> bool:
    """Is the named Belarusian ruble figure a conversion of a bare «рублей» figure just before
    it («контракт на 312,5 млн рублей. В пересчёте по курсу это около 11,2 млн белорусских
    рублей»)? Then the bare rubles were the other ones, Russian, and lend none of the named
    ones' country to the figures after it (round 38)."""
    lo = max(0, named.start - _CONVERTED_REACH)
    found = list(_CONVERSION.finditer(text, lo, named.start))
    if not found:
        return False
    before = text[lo:found[-1].start()]
    return _BARE_RUBLE_FIGURE.search(before) is not None


def _after_named_russian(text: str, a: Amount, named: list[Amount],
                         set_against: list[Amount]) -> bool:
    """Does a bare «рублей» follow a Russian ruble named just before in its paragraph («по
    договору на сумму 312 млн российских рублей … долг составлял 74,6 млн руб.»)? The
    writer went on in the rubles just named, even on a Belarusian site (unless the bare
    figure is of the old Belarusian rubles' scale: `ruble_rate.old_ruble_scale`), but not
    after one a bare figure was set against (`set_against`: `contrasted_rubles`)."""
    last = _last_named_russian(text, a, named)
    return last is not None and last not in set_against


def _last_named_russian(text: str, a: Amount, named: list[Amount]) -> Amount | None:
    """The Russian ruble named just before a bare «рублей» in its paragraph, if the last named
    ruble before it is Russian."""
    last = next((n for n in reversed(named) if n.end <= a.start), None)
    if (last is not None and not _belarusian_named(last)
            and a.start - last.end <= _NEAR_NAMED and "\n" not in text[last.end:a.start]):
        return last
    return None


def _named_russian_after(text: str, a: Amount, named: list[Amount]) -> bool:
    """Does a figure with no currency of its own take it from a Russian ruble named after it
    in its sentence («не 48, а 84 млн российских рублей»)? Then it is no echo of a Belarusian
    figure before it."""
    nxt = next((n for n in named if n.start >= a.end), None)
    return (nxt is not None and not _belarusian_named(nxt)
            and nxt.start <= _sentence_of(text, a.start, a.end)[1])


def _says_old_rubles(text: str, a: Amount) -> bool:
    """Does the amount's sentence say its rubles are the pre-2016 ones («около 9,8 трлн
    рублей — речь о неденоминированных белорусских рублях»), or date it before the
    redenomination («В 2007 году выручка составила около 3,8 млрд рублей», «составил тогда»
    after a sentence set in 2006: `old_rubles`)?"""
    s_start, s_end = _sentence_of(text, a.start, a.end)
    if names_old_rubles_of(text, s_start, s_end, a.start):
        return True
    before = _sentence_of(text, s_start - 1, s_start - 1) if s_start > 0 else None
    return dated_before(text, (s_start, s_end), before, a.start, REDENOMINATION.year)


def _says_new_rubles(text: str, a: Amount, amounts: list[Amount]) -> bool:
    """Do words of the new, denominated rubles («в пересчёте на новые деньги — …», «… в новом
    исчислении», «После деноминации эта сумма будет выглядеть как …»: `new_belarusian_rubles`)
    belong to the amount? They belong to the figure they stand before in their sentence, else
    to the one just before them: «182 млрд рублей (в пересчёте на новые деньги — 18,2 млн
    рублей)» makes only the second new."""
    s_start, s_end = _sentence_of(text, a.start, a.end)
    sentence = text[s_start:s_end].lower()
    for m in context_words().new_belarusian_rubles.finditer(sentence):
        at, end = s_start + m.start(), s_start + m.end()
        after = next((b for b in amounts if end <= b.start < s_end), None)
        owner = after or next((b for b in reversed(amounts) if s_start <= b.end <= at), None)
        if owner is a:
            return True
    return False


def _old_currency(article: Article, a: Amount, amounts: list[Amount], old: bool) -> str:
    """BYR or BYN for a Belarusian ruble amount: BYR before the redenomination, by the
    publication (`old`) or its sentence's own time (`_says_old_rubles`), unless its words put
    it in the new rubles (`_says_new_rubles`)."""
    if _says_new_rubles(article.text, a, amounts) or names_new_rubles(a.surface):
        return "BYN"
    return "BYR" if old or _says_old_rubles(article.text, a) else "BYN"


def _speakers_rubles(text: str, a: Amount, side: str | None,
                     sentence: tuple[int, int]) -> bool | None:
    """Are a bare «рублей» told in the first person Belarusian by the speaker's side
    (`speaker_rubles`): a Belarusian speaker's yes, unless the sentence places the money in
    Russia, spends a Russian party's, names Russia the giver or tells a price at a show in
    Russia or to Russian buyers (`show_rubles`); a Russian speaker's no, unless
    he says he means Belarusian rubles? None when no side speaks. (`sentence`: the amount's,
    `_sentence_of`.)"""
    if side is None:
        return None
    if side == "RU":
        return _says_belarusian(text, sentence)
    return not (placed_in_russia(text, a.start, *sentence)
                or spent_in_russia(text, a.start, sentence) or given_by_russia(text, sentence)
                or priced_for_russia(text, a.start, *sentence))


def belarusian_rubles(article: Article, amounts: list[Amount],
                      ctx: ArticleText | None = None) -> list[Amount]:
    """The amounts, with a bare «рублей» read as Belarusian rubles where the article speaks
    for a Belarusian body or says its sums are Belarusian, or where a Belarusian ruble or a
    Belarusian payer stands next to it (`_belarusian_here`; `implied_currency` set), and
    Belarusian rubles before the 2016 redenomination as BYR. `ctx`: the article's sentences
    and regions when the caller holds them (`describe`'s), else read here when first asked."""
    published = getattr(article, "published", None)
    old = published is not None and published < REDENOMINATION
    belarusian: bool | None = None  # asked only when an article has a bare ruble
    ours = [names_our_rubles(a.surface) for a in amounts]  # (read once a figure: asked thrice)
    if any(ours):
        belarusian = _belarusian(article)  # whose «наших рублей» they are
    named = [a for a, our in zip(amounts, ours, strict=True) if a.currency in ("RUB", "BYN", "BYR")
             and not a.implied_currency
             and (a.currency != "RUB" or _names_ruble(a.surface) or (our and not belarusian))]
    out: list[Amount] = []
    changed = False  # the last explicit amount was read as Belarusian: its echoes are too
    speakers: SpeakerReader | None = None  # asked only for a bare ruble
    set_against: list[Amount] = []  # Russian figures a bare one was set against (no carry)
    converted_out = False  # a bare figure was converted into named Belarusian rubles
    for i, a in enumerate(amounts):
        kept = changed  # (what the writer went on in before this figure)
        rate_says = None
        if a.currency == "RUB" and not a.implied_currency and not _names_ruble(a.surface):
            rate_says = ruble_by_rate(article.text, a, amounts[i + 1] if i + 1 < len(amounts)
                                      else None, amounts[i - 1] if i else None)
        if rate_says is not None:
            # «96 млрд рублей. В долларах это около 11 миллионов»: the rate says which rubles
            changed = rate_says != "RUB"
            if not changed:  # Russian, named so for the bare figures after them (a tranche)
                named = sorted((*named, a), key=lambda n: n.start)
            if changed:
                a = replace(a, currency=rate_says, implied_currency=True)
        elif a.implied_currency and a.currency == "RUB":
            if changed and not _named_russian_after(article.text, a, named) and opening_currency(
                    article.text, a.start) != "RUB":  # (not «В российских рублях это 8,6 млрд»)
                # («2,37 млн рублей (в старых деньгах – 23,7 млрд)»: the echo told in the old)
                a = replace(a, currency="BYN" if _says_new_rubles(article.text, a, amounts)
                            else "BYR" if old or _says_old_rubles(article.text, a) else "BYN")
        elif a.currency == "RUB" and ours[i]:
            # «примерно миллион наших рублей»: the rubles of the side the article speaks for
            changed = bool(belarusian)
            if changed:
                a = replace(a, currency=_old_currency(article, a, amounts, old),
                            implied_currency=True)
        elif a.currency == "RUB" and RUBLE_WORD.search(a.surface) and not _names_ruble(
                a.surface):
            said = side_said_after(article.text, a.end)
            if said is not None:
                # «4,2 млн рублей (белорусских)», «95 млн рублей (белорусских. — Ред.)», «1,1
                # миллиарда рублей — это российские рубли»: the writer says which rubles
                changed = said == "BY"
            elif converted_out or converted_into_belarusian(article.text, a, amounts[i + 1:i + 4]):
                # «214,6 млн рублей, … (в пересчёте … 21,5 млрд белорусских рублей)»: the
                # writer counts in Russian rubles, here and after
                changed, converted_out = False, True
            else:
                if belarusian is None:
                    belarusian = _belarusian(article)
                if speakers is None:
                    speakers = SpeakerReader(article.text, getattr(article, "source", None), ctx)
                stated = opening_currency(article.text, a.start)
                # (the figure's sentence, cut once: every test below reads the same one)
                sentence = _sentence_of(article.text, a.start, a.end)
                against = (set_against_russian(article.text, a, named)
                           if belarusian or any(map(_belarusian_named, named)) else None)
                if against is not None:
                    # «по 30 тыс. рублей и 700 тыс. российских рублей»: the other rubles
                    set_against.append(against)
                    changed = True
                elif stated in ("RUB", "BYN"):
                    # «В пересчёте на российские деньги экспорт … — около 1,6 млрд рублей»
                    changed = stated == "BYN"
                elif names_old_rubles_of(article.text, *sentence, a.start):
                    changed = True  # «потратило 9,7 млрд рублей (в старых деньгах)»
                else:
                    changed = _speakers_rubles(article.text, a, speakers.side(a), sentence)
                # the figure's clause: from the figure before it in its sentence
                clause = max(sentence[0], amounts[i - 1].end if i else 0)
                if changed is None and belarusian and at_home(article.text, clause, a):
                    changed = True  # «…, а внутри страны — около 38 тыс. рублей»
                if changed is None and priced_in_belarus(article.text, clause, a, sentence[0]):
                    changed = True  # «литр молока стоил в Могилёвской области 4 200 рублей»
                if changed is None and set_at_belarusian_payer(article.text, a.start):
                    # «Белинвестбанк … нарастил кредитный портфель до 21,3 трлн рублей» (not a
                    # Russian lender's money, nor money spent in Russia or given by Russia)
                    changed = not (context_words().russian_payer.search(
                        article.text[sentence[0]:a.start].lower())
                        or spent_in_russia(article.text, a.start, sentence)
                        or given_by_russia(article.text, sentence))
                if changed is None and spent_by_belarus(article.text, clause, a):
                    # «Министерство культуры Беларуси выделило …», «…, белорусский
                    # производитель отпускает его по …» (not a sum spent in Russia)
                    changed = not placed_in_russia(article.text, a.start, clause, a.end)
                if changed is None:
                    changed = ((belarusian and not russian_digest_item(article.text, a.start)
                                and not set_in_russia(article.text, a.start)
                                and not _after_named_russian(article.text, a, named,
                                                             set_against)
                                and not sold_in_russia(article.text, a, named, sentence))
                               or _belarusian_here(article, a, named, old, sentence, out)) and not (
                        spent_in_russia(article.text, a.start, sentence)
                        or given_by_russia(article.text, sentence))
            if changed:
                a = replace(a, currency=_old_currency(article, a, amounts, old),
                            implied_currency=True)
        else:
            changed = False
            if a.currency == "BYN" and _old_currency(article, a, amounts, old) == "BYR":
                a = replace(a, currency="BYR")  # («в 2008 году — 95 млрд белорусских рублей»)
            elif a.currency == "BYR" and a.implied_currency and _says_new_rubles(article.text, a, amounts):
                a = replace(a, currency="BYN")  # «221 млрд неденоминированных рублей (22,1 млн в новых)»
        if i:  # (a conversion of the figure before: the rubles go on as they were)
            changed = goes_on_in(article.text, amounts[i - 1], amounts[i], kept, changed)
        out.append(a)
    return redenominated_pairs(article.text,
                               joined_share(article.text, headline_echoes(article.text, amounts, out)))

