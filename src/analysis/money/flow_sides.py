"""The sides of a trade flow named in a stretch of text, and what each is to the goods.

A side is Belarus or Russia (`BY`, `RU`: the `country` of the regions and enterprises
gazetteers), named by a country, a region or town, an adjective of one («белорусских»,
«брянские»), an enterprise, or a body (`bodies` of `data/trade_flow_ru.json`). What it is to
the goods is read from the words around it, all of them data (`data/trade_flow_ru.json`):

- `origin`: a preposition of `origin_before` («из России», «у белорусских поставщиков»), or
  an adjective of goods or of suppliers («белорусских товаров», «российские поставщики»);
- `destination`: a preposition of `destination_before` with the place in the accusative («в
  Россию», «в Брянскую область»; not «в Брянской области», where a thing is), or an
  adjective of receivers («российским заказчикам», «на российский рынок»);
- `partner`: «с Россией» (the other side of the clause's trade word);
- `market`: a place where goods are sold («продажи тракторов в России»: a word of selling,
  `sale_words`, before the place in the prepositional), the destination when none is named;
- `owner`: an adjective of actors or of a trade word («белорусские предприятия», «белорусский
  экспорт»), the genitive after a trade or actor noun («экспорт Беларуси», «предприятия
  Гродненской области»), or the subject («Беларусь экспортировала»): the goods come from it
  when the clause's trade word sends, go to it when it receives (`analysis.money.flow`).

A place outside the pair after one of those prepositions («в Китай», «в третьи страны») is
`third`.

The roles' names and what a noun near a side tells of it (the noun its adjective qualifies, a
noun said of it in its clause) are `analysis.money.side_roles`; the prepositions and cases
around the side are read here.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from analysis.entities import enterprise_info, find_enterprises, find_regions
from analysis.lang.morph import lemma, parses
from analysis.lazypattern import lazy_compile
from analysis.money.buyers_ranked import ranked_buyer
from analysis.money.flow_words import FlowWords, flow_words
from analysis.money.importing_makers import makers_importing
from analysis.money.place_part import is_place_part_destination
from analysis.money.republic_side import belarus_as_republic, region_sides
from analysis.money.side_roles import (
    DESTINATION,
    MARKET,
    ORIGIN,
    OWNER,
    PARTNER,
    SUBJECT,
    WORD,
    WORDS_AFTER,
    is_adjective,
    noun_role,
    predicate_role,
    word_cases,
)
from analysis.money.trade_flow_data import flow_data

__all__ = ["SideMention", "named_sides", "sides_in", "third_party_in", "unplaced_sides", "world_in"]

_WORD_BEFORE = lazy_compile(r"([А-Яа-яЁё]+)[ \u00a0]+[«„\"]?\Z")  # (a quoted name: «поставил «Белшине»»)
_COORDINATED = lazy_compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:и|или)?[ \u00a0]*")  # «A и B», «A, B»
_SALE_REACH = 60  # characters before a place a word of selling may stand
_NOT_TO = frozenset({"loct", "loc2", "gent", "datv", "ablt"})  # cases of where a thing is
# «для», a noun (one adjective before it allowed) and nothing else before a side's adjective:
# «для сборочного конвейера ульяновского завода»
_DESTINATION_NOUN_BEFORE = lazy_compile(r"(?i)(?<![А-Яа-яЁё])для[ \u00a0]+"
                                        r"(?:[А-Яа-яЁё]+(?:ого|его|ой|ей|ых|их)[ \u00a0]+)?"
                                        r"([А-Яа-яЁё]+)[ \u00a0]+\Z")


class SideMention(NamedTuple):
    """A side named at `start` (offsets into the text read), and what it is to the goods."""

    start: int
    side: str  # BY, RU
    role: str  # origin, destination, partner, owner


def _enterprise_side(normal: str) -> str | None:
    side = enterprise_info().get(normal, {}).get("country")
    return side if side in ("BY", "RU") else None


def named_sides(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Every side named in text[lo:hi] (start, end, side; offsets into `text`), in order,
    whatever it is to the goods."""
    part = text[lo:hi]
    found: list[tuple[int, int, str]] = []
    sides = region_sides()
    for e in find_regions(part):
        if e.normal in sides:
            found.append((lo + e.start, lo + e.end, sides[e.normal]))
    for e in find_enterprises(part):
        if e.type == "enterprise" and (side := _enterprise_side(e.normal)) is not None \
                and not any(s <= lo + e.start < t for s, t, _ in found):
            found.append((lo + e.start, lo + e.end, side))
    for side, pattern in flow_words().bodies:
        for m in pattern.finditer(part):
            if not any(s <= lo + m.start() < t for s, t, _ in found):
                found.append((lo + m.start(), lo + m.end(), side))
    for start, end in belarus_as_republic(text, lo, hi):
        if not any(s <= start < t for s, t, _ in found):
            found.append((start, end, "BY"))
    return sorted(found)


def sides_in(text: str, lo: int, hi: int) -> list[SideMention]:
    """The sides named in text[lo:hi] and their roles (offsets into `text`), in order; a
    side whose role the words around it do not tell is left out."""
    out: list[SideMention] = []
    last_end = -1
    for start, end, side in named_sides(text, lo, hi):
        role = _role(text, start, end)
        if out and last_end >= 0 and _COORDINATED.fullmatch(text, last_end, start):
            role = out[-1].role  # «стали Московская область и Республика Татарстан»: one role
        if role is not None:
            out.append(SideMention(start, side, role))
            last_end = end
        else:
            last_end = -1
    return out


def unplaced_sides(text: str, lo: int, hi: int) -> set[str]:
    """The sides named in text[lo:hi] whose role the words around them do not tell, currencies
    left out («белорусское ОАО», «белорусского торгового дома»; not «белорусских рублей»)."""
    out = set()
    for start, end, side in named_sides(text, lo, hi):
        words = WORD.findall(text[start:end])
        if words and is_adjective(words[-1]) and _names_money(text, end):
            continue
        if _role(text, start, end) is None:
            out.add(side)
    return out


def third_party_in(text: str, lo: int, hi: int, bare: bool = False) -> bool:
    """Does text[lo:hi] send goods to or bring them from a place outside the pair (`bare`:
    or name one at all)?"""
    words = flow_words()
    return (words.third_bare if bare else words.third).search(text, lo, hi) is not None


def world_in(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] speak of trade with the world («в целом», «на внешние рынки»)?"""
    return flow_words().world.search(text, lo, hi) is not None



# «на Белоруссию пришлось …», «на Польшу – 14%»: the side a share of a whole falls on
_SHARE_AFTER = lazy_compile(r"[ \u00a0]*(?:(?:пришл|приход)\w*|[–—][ \u00a0]*(?:около|почти|более|"
                            r"свыше|порядка|примерно|лишь|только)?[ \u00a0]*[$€]?[ \u00a0]*\d)")


def _role(text: str, start: int, end: int) -> str | None:
    """What the side named at text[start:end] is to the goods (the module docstring)."""
    words = flow_words()
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1).lower() in words.intensifiers:  # «в саму Россию»
        before = _WORD_BEFORE.search(text, max(0, before.start() - 30), before.start()) or before
    prep = before.group(1).lower() if before else ""
    two_before = _WORD_BEFORE.search(text, max(0, start - 40), before.start()) if before else None
    pair = f"{two_before.group(1).lower()} {prep}" if two_before else ""
    surface = WORD.findall(text[start:end])
    if not surface:
        return None
    adjective = is_adjective(surface[-1])
    if adjective and _names_money(text, end):
        return None  # «в белорусских рублях», «российских рублей»: a currency, no side of the goods
    if words.clients and (lemma(pair.split()[0]) if prep in words.origin_before and pair
                          else lemma(prep) if prep else "") in words.clients:
        # «граждан России», «студентов из России»: the people a service is sold to
        return DESTINATION
    if prep in words.origin_before and two_before is not None and lemma(
            two_before.group(1).lower()) in _paid_words():
        return DESTINATION  # «выручка от белорусских контрактов»: money from the goods' buyers
    if prep in words.origin_before:
        return ORIGIN
    if pair in words.destination_before or (
            prep in words.destination_before and prep not in words.destination_accusative):
        if adjective and noun_role(text, end) == ORIGIN:
            # «Для белорусских производителей мера имеет особое значение»: makers are where
            # goods come from, whatever the preposition (round 31)
            return ORIGIN
        return DESTINATION  # «в адрес МАЗ», «для российских потребителей»
    if prep in words.destination_accusative:
        if adjective and noun_role(text, end) == ORIGIN:
            return ORIGIN  # «На белорусских производителей пришлось …»: makers (session 30)
        if prep == "на" and _SHARE_AFTER.match(text, end):
            # «из него на Китай пришлось 61%, на Белоруссию – около 560 млн»: a share of a
            # whole taken by a side, the other end of the whole's trade (session 31)
            return PARTNER
        cases = word_cases(surface[0])
        if cases & _IN_PLACE and _purchase_near(text, start):
            return ORIGIN  # «закупает сырьё в Подмосковье»: where a buyer buys, the goods' origin
        if "accs" in cases or not cases & _NOT_TO:
            return DESTINATION  # «в Россию», «в Брянскую область», an indeclinable «в РФ»
        if adjective:
            return noun_role(text, end)
        # «в Брянской области»: where a thing is; where goods are sold when a sale word is
        # near («продажи тракторов в России»)
        return MARKET if _sale_near(text, start) else None
    if prep in words.partner_before:
        return PARTNER
    if adjective:
        if prep and is_place_part_destination(text, before.start(), prep, word_cases(surface[0])):
            return DESTINATION  # «поставил хозяйствам Брянской области» (session 45)
        if (role := noun_role(text, end)) == OWNER and _owner_of_destination(text, start, end, words):
            # «поставляет стартеры для конвейера ульяновского завода», «на склады минского
            # предприятия»: the firm that owns the place goods go to receives them
            return DESTINATION
        if role is None and prep and _goods_object(prep, surface[-1], words):
            # «закупили российской рыбы», «продали белорусскую обувь»: the object of a trade
            # verb is the goods, made on the side its adjective names (round 26); the goods
            # of an export noun («экспорт белорусских кормов») tell whose export it is, as an
            # owner does, not where it goes (session 29)
            return OWNER if lemma(prep) in words.out_words and parses(prep)[0].tag.POS == "NOUN" \
                else ORIGIN
        if role == ORIGIN and "nomn" in word_cases(surface[-1]) and makers_importing(
                text, end, words.suppliers, words.in_words):
            return OWNER  # «Белорусские производители … импортировали …» (round 46)
        return role
    if before is not None and parses(prep)[0].tag.POS == "PREP":
        return None  # «через Беларусь», «по России»: no end of the flow
    if prep and (_receiver_after(prep, surface[0], words) or is_place_part_destination(
            text, before.start(), prep, word_cases(surface[0]))):
        return DESTINATION  # «продаёт России», «в приграничные районы Брянской области»
    noun_before = lemma(prep) if prep else ""
    cases = word_cases(surface[0]) if surface else set()
    if noun_before in words.out_words | words.in_words | words.actors | words.goods | words.suppliers \
            and "gent" in cases:
        # «экспорт Беларуси», «предприятия Гродненской области», «продукции МТЗ»; an actor
        # after a word of origin is the seller («закупила у предприятий Витебщины»)
        seller = two_before is not None and two_before.group(1).lower() in words.origin_before
        return ORIGIN if noun_before in words.goods | words.suppliers or seller else OWNER
    if "nomn" in cases:
        # «Россия — основной покупатель», «Крупнейшим покупателем стала Московская область»:
        # a receiver or a supplier said of the side; else the subject of the trade word
        # («Беларусь экспортировала …», «МТЗ отгрузил …»)
        # («…, на втором месте Москва — 88 млн» after «крупнейшим покупателем … остаётся
        # Смоленская область»: a place ranked among buyers receives the goods; round 54)
        return predicate_role(text, start, end) or (
            DESTINATION if ranked_buyer(text, start) else SUBJECT)
    return None


def _owner_of_destination(text: str, start: int, end: int, words: FlowWords) -> bool:
    """Is the side's adjective, in the genitive, the owner of a noun that «для» governs (one
    adjective of its own allowed): «для (сборочного) конвейера ульяновского завода», «для нужд
    белорусских предприятий» — the firm that owns what goods are for receives them; not a
    goods, trade or money noun («для поставок …», «для оплаты …»: what is traded or paid),
    nor «Для сравнения, белорусские предприятия …» (the adjective no genitive)?"""
    found = _DESTINATION_NOUN_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return False
    noun = found.group(1).lower()
    if parses(noun)[0].tag.POS != "NOUN" or "gent" not in word_cases(noun):
        return False
    if lemma(noun) in words.goods | words.out_words | words.in_words | words.actors | _paid_words():
        return False
    return "gent" in word_cases(WORD.findall(text[start:end])[0])


def _receiver_after(word_before: str, side_word: str, words: FlowWords) -> bool:
    """Is the side whose first word is `side_word` the receiver by the word before it: the dative
    after a trade verb («продаёт России»; after a noun, «экспорт Беларуси», the owner), or the
    genitive after a receivers noun («на рынок России», «потребители Смоленской области»)?"""
    lem, cases = lemma(word_before), word_cases(side_word)
    if lem in words.receivers and "gent" in cases:
        return True
    return lem in words.out_words | words.in_words and "datv" in cases and parses(
        word_before)[0].tag.POS in ("VERB", "INFN", "GRND")


def _goods_object(word_before: str, adjective: str, words: FlowWords) -> bool:
    """Is a side's adjective the object of the trade verb right before it (genitive or accusative;
    a nominative subject, «закупили российские переработчики», is who buys), or the genitive
    a trade noun governs («импорт российских обоев», «ввоза белорусских стульев»: the goods;
    session 29; an actor after it, «экспорт белорусских предприятий», is read before as whose
    trade it is)?"""
    if lemma(word_before) not in words.out_words | words.in_words:
        return False
    cases, pos = word_cases(adjective), parses(word_before)[0].tag.POS
    if pos == "NOUN":
        return "gent" in cases and "nomn" not in cases
    return pos in ("VERB", "INFN") and bool(cases & {"gent", "accs"}) and "nomn" not in cases




def _names_money(text: str, end: int) -> bool:
    """Is the word after an adjective of a side a currency («белорусских рублей»)?"""
    after = WORDS_AFTER.match(text, end)
    return after is not None and lemma(after.group(1).lower()) in flow_words().currency_nouns


def _sale_near(text: str, start: int) -> bool:
    """Is a word of selling among the few words before `start`?"""
    sale = flow_words().sale_words
    return any(lemma(m.group().lower()) in sale
               for m in WORD.finditer(text, max(0, start - _SALE_REACH), start))


@cache
def _paid_words() -> frozenset[str]:
    return frozenset(flow_data().get("paid_words", ()))


_IN_PLACE = frozenset({"loct", "loc2"})  # the prepositional: where a thing is or is done


@cache
def _buy_words() -> frozenset[str]:
    return frozenset(flow_data().get("buy_words", ()))


def _purchase_near(text: str, start: int) -> bool:
    """Is a verb of procuring among the few words before `start` («закупает в Подмосковье»)?"""
    buy = _buy_words()
    return any(lemma(m.group().lower()) in buy
               for m in WORD.finditer(text, max(0, start - _SALE_REACH), start))
