"""Whose rubles a bare «рублей» told in the first person is: the speaker's.

«У нас в области в модернизацию вложено 1,2 трлн рублей», — сказал он» after «Заместитель
председателя Витебского облисполкома … рассказал» counts Belarusian rubles, in a Russian
outlet too; «Ежемесячно закупаем у пинчан продукции на 16 млн рублей», — сообщил коммерческий
директор «Брянского продторга»» counts Russian ones, on a Belarusian site too. A person who
says «мы», «у нас», «наш» (or a verb in the first person plural) speaks of his own side's
money, in its rubles. The speaker is the one the sentence's attribution names after the figure
(«— сообщил директор «Брянского продторга»»), else the person introduced before, when the
attribution names no one («— сказал он») or the sentence is an interview's reply
(`speaker_voice.voiced_side`). `money.rubles` weighs the reading: a speaker's money placed in
Russia («в Москве», «в Ростове»: `placed_in_russia`) is Russian.

Whose money it is may also be told without a speaker: the Belarusian side as the subject of a
verb of paying («Белорусская сторона, в свою очередь, вложила …», «Министерство культуры
Беларуси выделило …»: `spent_by_belarus`), or words setting the money at home in a Belarusian
article («…, а внутри страны — около 38 тыс. рублей»: `at_home`). The words are data
(`home_market`, `belarusian_spender`, `speech_verbs`, `price_verbs`, `belarusian_places` of
`data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from analysis.entities import russian_regions_in
from analysis.entities.districts import districts_in, resolve
from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.money.flow_sides import named_sides
from analysis.money.flow_words import flow_words
from analysis.money.literal_gate import literal_gate, may_match
from analysis.money.place_priced import at_belarusian_outlet, names_price_or_wage
from analysis.money.region import ArticleText, SentenceSpan
from analysis.money.ruble_article import named_russian_regions
from analysis.money.speaker_voice import speaks_first_person, voiced_side
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["SpeakerReader", "at_home", "placed_in_russia", "spent_by_belarus"]

# where an attribution's speaker ends: a clause mark or a quote
_ATTRIBUTION_END = lazy_compile(r"[,;:()«»\"]")
_WORD = lazy_compile(r"[а-яё]+")
# «в России», «в РФ», «на российском рынке»: the money is spent or priced in Russia
_IN_RUSSIA_WORDS = lazy_compile(r"(?i)(?<![а-яё])(?:в|по)[ \u00a0]+(?:росси[июя]|рф|российской"
                                r"[ \u00a0]+федерации)(?![а-яё])|на[ \u00a0]+российском[ \u00a0]+рынке")
# a question asking a price («Сколько стоит …?», «А цена в России?», «Почём …?»)
_PRICE_QUESTION = lazy_compile(r"(?i)сколько[ \u00a0]+(?:сто|обойд|обход)|(?<![а-яё])цен[аыуе]?(?![а-яё])"
                               r"|стоимост|поч[её]м")
# a transcript's speaker label opening a paragraph: «ПАВЕЛ ЛИСОВСКИЙ (главное управление
# экономики Витебского облисполкома):», later «ЛИСОВСКИЙ:»
_LABEL = lazy_compile(r"(?P<name>[А-ЯЁ][А-ЯЁ-]+(?:[ \u00a0]+[А-ЯЁ][А-ЯЁ-]+)*)[ \u00a0]*"
                      r"(?:\((?P<who>[^()\n]{1,160})\))?[ \u00a0]*:")
_FOLLOW_UP = lazy_compile(r"[—–-]?[ \u00a0]*(?:А|И)[ \u00a0]")  # «— А в Смоленске?»


@cache
def _home_market() -> re.Pattern[str]:
    return compile_pattern(r"(?<![а-яё])(?:" + "|".join(context_data()["home_market"]) + ")")


@cache
def _spender() -> re.Pattern[str]:
    return compile_pattern(r"(?<![а-яё])(?:" + "|".join(context_data()["belarusian_spender"]) + ")")


def spent_by_belarus(text: str, lo: int, a: Amount) -> bool:
    """Does the Belarusian side pay the bare ruble figure `a` as the subject of a verb of
    paying or investing between `lo` (its sentence's start) and the figure («Белорусская
    сторона, в свою очередь, вложила …», «Министерство культуры Беларуси выделило …»:
    `belarusian_spender`)?"""
    said = text[lo:a.start].lower()
    return may_match(_spender_gate(), said, 0, len(said)) and _spender().search(said) is not None


@cache
def _spender_gate() -> tuple[str, ...] | None:
    """Every spender names the country («белорусская сторона», «министерство … Беларуси») or
    its executive committee («облисполком»): the stems `literal_gate` proves every match of
    `_spender` holds (None: not proved)."""
    return literal_gate(_spender(), ("беларус", "белорус", "исполком"))


@cache
def _speech() -> re.Pattern[str]:
    """The verbs of an attribution: trade_flow's speaker words and `speech_verbs`."""
    return compile_pattern(r"(?i)(?:" + flow_words().speaker.pattern + r")|(?<![а-яё])(?:"
                           + "|".join(context_data()["speech_verbs"]) + ")")


class SpeakerReader:
    """The side (BY, RU) of the speaker of a bare ruble figure told in the first person, for
    one article; the sentence index is built when first asked."""

    def __init__(self, text: str, source: str | None, ctx: ArticleText | None = None) -> None:
        self.text, self.source = text, source
        self._ctx: ArticleText | None = ctx  # (the caller's, when it holds the article's)

    def side(self, a: Amount) -> str | None:
        text = self.text
        if self._ctx is None:
            self._ctx = ArticleText(text, self.source)
        sents, i = self._ctx.sentence_index(a.start)
        span: SentenceSpan = sents[i]
        if not speaks_first_person(text, span.start, span.end):
            return None
        side = (_attributed_side(text, span.start, span.end)
                or voiced_side(text, self._ctx, span, span.end) or _label_side(text, a.start))
        if side == "BY" and _sells_abroad(text[span.start:span.end].lower()):
            return None
        return side


def at_home(text: str, lo: int, a: Amount) -> bool:
    """Do words setting money at home («внутри страны», «на внутреннем рынке», «у нас в
    области») stand between `lo` (the figure before, or the sentence's start) and the bare
    ruble figure `a` («… 3 400 российских рублей, внутри страны отпускаем по 96 рублей»)? In a
    Belarusian article the home is Belarus, its rubles Belarusian."""
    return _home_market().search(text[lo:a.start].lower()) is not None


@cache
def _price_verb() -> re.Pattern[str]:
    return compile_pattern(r"(?<![а-яё])(?:" + "|".join(context_data()["price_verbs"]) + ")")


@cache
def _belarusian_place() -> re.Pattern[str]:
    return compile_pattern(r"(?<![а-яё])(?:" + "|".join(
        (*context_data()["belarusian_places"], *context_data()["belarusian_market"])) + ")")


def priced_in_belarus(text: str, lo: int, a: Amount, s_start: int | None = None) -> bool:
    """Is the bare ruble figure `a` what a thing costs in a Belarusian place, told between `lo`
    (the figure before, or the sentence's start) and it («литр молока стоил в Могилёвской
    области 4 200 рублей»: `priced_in_belarus`)? A Russian place in that clause keeps the
    rubles Russian. The price's word may stand earlier in the sentence (from `s_start`) when
    the clause leaves it out («…, а в Бобруйске — 2,4 рубля»: `place_priced`)."""
    clause = text[lo:a.start].lower()
    if not (_belarusian_place().search(clause) is not None or at_belarusian_outlet(clause)):
        return False
    said = text[min(lo, s_start if s_start is not None else lo):a.start].lower()
    # («Цена литра молока в Минске — 2,3 рубля»: a price's or a wage's noun for the verb)
    return ((_price_verb().search(said) is not None or names_price_or_wage(said))
            and not placed_in_russia(text, a.start, lo, a.start))


def _sells_abroad(sentence: str) -> bool:
    """Does a Belarusian speaker's sentence tell a sale with no word setting it at home
    («рассчитываем продать на 20 млн рублей» at a fair in a Russian town)? Then the speaker
    does not decide its rubles: the market may count them."""
    if _home_market().search(sentence):
        return False
    sale = flow_words().sale_words
    return any(lemma(w) in sale for w in _WORD.findall(sentence))


def _label_side(text: str, pos: int) -> str | None:
    """The side of the speaker a transcript's label names for the paragraph at `pos`: the body
    in its bracket («ПАВЕЛ ЛИСОВСКИЙ (главное управление экономики Витебского облисполкома):»),
    or, for a surname alone («ЛИСОВСКИЙ:»), in the bracket of the label that introduced him."""
    p_start = text.rfind("\n", 0, pos) + 1
    label = _LABEL.match(text, p_start)
    if label is None or label.end() > pos:
        return None
    if label.group("who") is not None:
        lo, hi = label.span("who")
    else:
        surname = re.escape(label.group("name").split()[-1])
        first = compile_pattern(r"(?m)^[А-ЯЁ \u00a0-]*(?<![А-ЯЁ])" + surname
                                + r"[ \u00a0]*\(([^()\n]{1,160})\)[ \u00a0]*:").search(text, 0, p_start)
        if first is None:
            return None
        lo, hi = first.span(1)
    sides = {side for _, _, side in named_sides(text, lo, hi)}
    return sides.pop() if len(sides) == 1 else None


def _attributed_side(text: str, lo: int, hi: int) -> str | None:
    """The one side the attributions of a sentence name («— сообщил директор «Брянского
    продторга»», «— говорит директор БАТЭ. — В прошлом году …»), each up to its first clause
    mark."""
    sides: set[str] = set()
    for m in _speech().finditer(text, lo, hi):
        end = min(hi, m.end() + flow_words().speaker_reach)
        if (stop := _ATTRIBUTION_END.search(text, m.end(), end)) is not None and (
                stop.group() != "«"):
            end = stop.start()
        sides |= {side for _, _, side in named_sides(text, m.end(), end)}
    return next(iter(sides)) if len(sides) == 1 else None


_SET_AGAINST = lazy_compile(r",[ \u00a0]+а[ \u00a0]+(?!также(?![а-яё]))")


def placed_in_russia(text: str, pos: int, s_start: int, s_end: int) -> bool:
    """Does the sentence of a Belarusian speaker's figure, or the question its reply answers,
    place the money in Russia: a Russian region or town («в нашем московском магазине», «в
    Ростове»), a district of a Russian region the article names («в Аксайском районе»), «в
    России», «на российском рынке»? Then its bare «рублей» are Russian, what the speaker's side
    would otherwise make Belarusian."""
    # («… стоит у нас 1,35 млн рублей, а в Смоленске её продают за 13 900 российских рублей»:
    # a place in a clause set against the figure's with «, а» is the other figure's)
    against = _SET_AGAINST.search(text, pos, s_end)
    spans = [(s_start, against.start() if against is not None else s_end)]
    line = text.rfind("\n", 0, pos)
    if line > 0:
        q_start = text.rfind("\n", 0, line) + 1
        question = text[q_start:line].rstrip()
        if question.endswith("?") and _asks_a_price(text, q_start, question):
            # «— Сколько стоит «Луч» в России?»; not a topic's question («Что нового в России?»)
            spans.append((q_start, line))
    if any(_IN_RUSSIA_WORDS.search(text, lo, hi) is not None or russian_regions_in(text, lo, hi)
           for lo, hi in spans):
        return True
    # «В Аксайском районе дилер построил склад»: a district of a Russian region the article names
    # (the article's regions read once an article: `ruble_article`)
    return any(resolve(d, named_russian_regions(text)) is not None
               for lo, hi in spans for d in districts_in(text, lo, hi))


def _asks_a_price(text: str, q_start: int, question: str) -> bool:
    """Does an interview's question ask a price: in its own words («Сколько стоит …?»), or as a
    follow-up («— А в вашем салоне в Смоленске?») of the question before it that did?"""
    if _PRICE_QUESTION.search(question):
        return True
    if not _FOLLOW_UP.match(question) or q_start < 2:
        return False
    before = text.rfind("?", 0, q_start - 1)  # the question before, two lines up (its reply between)
    if before < 0 or text.count("\n", before, q_start) > 2:
        return False
    return _PRICE_QUESTION.search(text[text.rfind("\n", 0, before) + 1:before]) is not None
