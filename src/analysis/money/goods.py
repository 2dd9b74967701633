"""Which goods a trade figure covers, when its clause says: «Беларусь и Россия импортировали
автокомпоненты … на сумму свыше $19 млрд» is the imports of auto components, not the
imports. The clause of the amount (from the last comma, semicolon, colon or dash before it
in its sentence, up to it) is read for a goods noun of `data/goods_ru.json`, or an adjective
of a kind of goods before «продукция», «товары». Nothing found: the figure is the measure's
total (None). A clause naming no goods but an enterprise of the gazetteer is that maker's own
trade («Экспорт МТЗ в Россию … составил»: «продукция «МТЗ»», `data/goods_ru.json` `maker`), a
part of the country's, never the country's. Only trade figures (turnover, exports, imports)
are read: what an investment buys is no part of what the figure is.

    clause_goods("Экспорт тракторов в Россию составил ")  -> "тракторы"
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from analysis.datafiles import data_json
from analysis.entities.enterprises import find_enterprises
from analysis.lang.morph import inflected, lemma, parse, parses
from analysis.lazypattern import lazy_compile
from analysis.money.firm_voice import speaking_firm, subject_firm
from analysis.money.period import MONTH_ABBR_RE, MONTH_RE
from analysis.patternstore import compile_pattern
from analysis.vocab import TRADE_METRICS

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["GoodsWords", "clause_goods", "counted_goods", "goods_words", "kind_and_maker", "maker_of",
           "with_goods"]

# Where a clause begins: the amount's clause is what follows the last of these before it.
_CLAUSE_BREAK = lazy_compile(r"(?<!\d),|,(?!\d)|[;:—–]|\s-\s")  # (a decimal comma splits nothing)
# the dash of a span of months («за январь–сентябрь», «январь — март»): a period inside the
# clause, not a break before it («Экспорт МТЗ в Россию за январь–сентябрь составил»: МТЗ's
# own export, newuser38)
_MONTH = "(?:" + MONTH_RE + "|" + MONTH_ABBR_RE + ")"
_MONTH_SPAN_DASH = lazy_compile(
    r"(?i)(?<![\w-])(" + _MONTH + r")([ \u00a0]*[—–][ \u00a0]*)(?=" + _MONTH + ")")
_BACK_CLAUSES = 3  # how many clauses before a back-referring pronoun's are read for its goods
_WORD = lazy_compile(r"[А-Яа-яЁё]+")


_Phrases = tuple[tuple[tuple[str, ...], str], ...]  # (a phrase's lemmas, its group's name)


class GoodsWords(NamedTuple):
    """The goods list: noun lemma → name, generic nouns, adjective lemma → name, and the
    name of one maker's goods («продукция {maker}»)."""

    nouns: dict[str, str]
    generic: frozenset[str]
    adjectives: dict[str, str]
    maker: str
    maker_en: str
    maker_goods: str  # «техника «Амкодор»»: a kind of goods of one maker
    maker_goods_en: str
    destination_before: re.Pattern[str]  # «в адрес», «на» right before a firm: its receiver
    back_pronouns: frozenset[str]  # «они» in the amount's clause: the clause before names the goods
    back_trade_nouns: frozenset[str]  # … as a trade noun's own («поставки … продовольствия»)
    phrases: dict[tuple[str, ...], str]  # commodity groups by their lemmas; "" the total
    back_references: frozenset[tuple[str, str]]  # «этот показатель»: the figure told before
    share_restated: frozenset[str]  # «— 27,6%, или 226 млн»: the sum restates the share
    inserts: re.Pattern[str]  # «, в том числе тракторов,»: a part named inside the clause
    # «экспорт холдинга», «поставки завода», «предприятие отгрузило»: one firm named before
    firm_owner: re.Pattern[str]
    firm_owner_reach: int
    firm_owner_nouns: frozenset[str]
    partner_before: re.Pattern[str]  # «с российским партнером ООО «»: a partner's name follows
    # «Экспорт Слуцкого сахарорафинадного комбината в Россию»: a firm named right after the
    # trade noun, known to the gazetteer or not (group `firm`)
    named_owner: re.Pattern[str]
    ownerless: re.Pattern[str]  # a trade noun with no owner after it («поставки в Россию составляли»)
    # `phrases` by the lemma each can start at, and those that start anywhere (`_by_first`)
    phrases_by_first: dict[str, _Phrases]
    phrases_anywhere: _Phrases


@functools.cache
def goods_words() -> GoodsWords:
    data = data_json("goods_ru.json")
    phrases = {tuple(k.split()): v for k, v in data["phrases"].items()}
    return GoodsWords(nouns=dict(data["nouns"]), generic=frozenset(data["generic"]),
                      adjectives=dict(data["adjectives"]), maker=data["maker"],
                      maker_en=data["maker_en"], maker_goods=data["maker_goods"],
                      maker_goods_en=data["maker_goods_en"], destination_before=compile_pattern(
                          r"(?:^|[\s«\"])(?:" + "|".join(map(re.escape, data["maker_not_after"]))
                          + r")\s+[«\"]?$", re.IGNORECASE),
                      back_pronouns=frozenset(data["back_pronouns"]),
                      back_trade_nouns=frozenset(data["back_trade_nouns"]),
                      phrases=phrases,
                      back_references=frozenset(tuple(p) for p in data["back_references"]),
                      share_restated=frozenset(data["share_restated"]),
                      inserts=compile_pattern(
                          r",[ \u00a0]+(?:" + "|".join(map(re.escape, data["inserts"]))
                          + r")[ \u00a0][^,;:—–()]{1,60},", re.IGNORECASE),
                      firm_owner=compile_pattern(
                          r"(?<!\w)(?:" + "|".join(_stem(n) for n in (*data["back_trade_nouns"], "выручка"))
                          + r")\w*\s+(?:(?:" + "|".join(data["firm_owner_nouns"]) + r")(?!\w)|(?:"
                          + "|".join(data["own_products"]) + r")(?=\s*" + data["own_products_next"] + r"))"
                          # «предприятие отгрузило», «завод поставил»: a firm noun shipping
                          + r"|(?<!\w)(?:" + "|".join(data["firm_subject_nouns"]) + r")\s+(?:"
                          + "|".join(data["firm_subject_verbs"]) + r")\w*"
                          # «завод рассчитывает довести экспорт»: a firm noun planning its trade
                          + r"|(?<!\w)(?:" + "|".join(data["firm_subject_nouns"]) + r")\s+(?:"
                          + "|".join(data.get("firm_plan_verbs", ["(?!)"])) + r")\w*(?:\s+[\w-]+){0,4}?\s+(?:"
                          + "|".join(_stem(n) for n in data["back_trade_nouns"]) + r")\w*",
                          re.IGNORECASE),
                      firm_owner_reach=int(data["firm_owner_reach"]),
                      firm_owner_nouns=frozenset(data["firm_owner_nouns"]),
                      partner_before=compile_pattern(data["firm_owner_partner_before"]),
                      named_owner=compile_pattern(
                          r"(?<!\w)(?i:" + "|".join(_stem(n) for n in (*data["back_trade_nouns"], "выручка"))
                          + r")\w*[ \u00a0]+(?P<firm>" + data["named_owner_adjectives"] + r"[ \u00a0]+(?:"
                          + "|".join(data["firm_owner_nouns"])
                          + r")(?:[ \u00a0]+[а-яё-]+){0,3}?)(?=[ \u00a0]*"
                          + data["own_products_next"] + r")"),
                      ownerless=compile_pattern(
                          r"(?<!\w)(?:" + "|".join(_stem(n) for n in data["back_trade_nouns"])
                          + r")\w*\s+(?=" + data["own_products_next"] + r")", re.IGNORECASE),
                      **_by_first(phrases))


def _by_first(phrases: dict[tuple[str, ...], str]) -> dict[str, Any]:
    """The commodity groups' (phrase, name) pairs that can start at a lemma, by that lemma (in
    the list's order; an empty phrase, which starts anywhere, in every entry), and those that
    start at any other lemma: a clause's lemma is compared with the few phrases it opens, not
    with the whole list (same phrase found)."""
    anywhere = tuple((p, name) for p, name in phrases.items() if not p)
    by_first = {first: tuple((p, name) for p, name in phrases.items() if not p or p[0] == first)
                for first in {p[0] for p in phrases if p}}
    return {"phrases_by_first": by_first, "phrases_anywhere": anywhere}


def _stem(lemma: str) -> str:
    """«поставка» → «поставк»: a noun lemma without its ending vowel, for every case form."""
    return lemma[:-1] if lemma.endswith(("а", "я")) else lemma


def clause_goods(before: str) -> str | None:
    """The goods the last clause of `before` (a sentence up to its amount) names, as the
    tables write them (Russian, nominative); None for none."""
    words = goods_words()
    # («Ввоз сельхозтехники, в том числе тракторов, составил …»: the insert names a part of
    # the goods, the clause is its subject's; blanked offset for offset)
    before = words.inserts.sub(lambda m: " " * len(m.group()), before)
    before = _MONTH_SPAN_DASH.sub(lambda m: m.group(1) + " " * len(m.group(2)), before)
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    found = _goods_in(clause, words)
    if found is not None or not breaks:
        return found or None
    ends = [m.start() for m in breaks]
    starts = [0] + [m.end() for m in breaks[:-1]]
    back = list(zip(starts, ends, strict=True))[::-1][:_BACK_CLAUSES]
    said = [w.lower() for w in _WORD.findall(clause)]
    if said and set(said) <= words.share_restated and len(back) > 1 \
            and _SHARE.fullmatch(before[back[0][0]:back[0][1]].strip()):
        # «металлы и изделия из них — 27,6%, или 226 млн долларов»: the sum restates the
        # share of the goods named before it
        return _goods_in(before[back[1][0]:back[1][1]], words) or None
    lemmas = [lemma(w) for w in said]
    if words.back_pronouns & set(said) or words.back_references & set(itertools.pairwise(lemmas)):
        # «…поставки белорусского продовольствия на российский рынок: за январь—сентябрь они
        # … достигли 5,3 млрд»; «…; годом ранее этот показатель был равен …»: the nearest
        # clause before that names goods (a dash inside a period, «январь—сентябрь», splits
        # no thought, so a few clauses back are read)
        for start, end in back:
            text = before[start:end]
            if (goods := _goods_in(text, words)) is not None:
                traded = words.back_trade_nouns & {lemma(w.lower()) for w in _WORD.findall(text)}
                return goods or None if traded else None
    return None


# a share of a whole on its own between two breaks: «27,6%», «около 30 %»
_SHARE = lazy_compile(r"(?:около|почти|более|свыше)?\s*\d+(?:[,.]\d+)?\s*%")


def _goods_in(clause: str, words: GoodsWords) -> str | None:
    """The goods one clause names: a commodity group's phrase, a goods noun, an adjective
    before a generic noun, a maker; "" for a phrase that names the total («товары и услуги»)."""
    lemmas = [lemma(w.lower()) for w in _WORD.findall(clause)]
    kind = None
    for i, lem in enumerate(lemmas):
        kind = _phrase_at(lemmas, i, words.phrases_by_first.get(lem, words.phrases_anywhere))
        if kind is None and lem in words.nouns:
            kind = words.nouns[lem]
        elif kind is None and lem in words.adjectives and i + 1 < len(lemmas) \
                and lemmas[i + 1] in words.generic:
            kind = words.adjectives[lem]
        if kind is not None:
            break
    if kind == "":
        return kind
    makers = [e.normal for e in find_enterprises(clause) if e.type == "enterprise"
              and not words.destination_before.search(clause[max(0, e.start - 12):e.start])]
    if not makers and (named := words.named_owner.search(clause)) is not None:
        makers = [_named_firm(named.group("firm"), words)]
    if kind is not None:
        # («продажи техники «Амкодор» в России»: that maker's goods of that kind)
        return words.maker_goods.format(goods=kind, maker=makers[0]) if makers else kind
    return words.maker.format(maker=makers[0]) if makers else None


def _named_firm(name: str, words: GoodsWords) -> str:
    """«Слуцкого сахарорафинадного комбината» → «Слуцкий сахарорафинадный комбинат»: a firm's
    name matched by `named_owner` in the nominative (its adjectives agreeing with the firm
    noun, a complement after the noun as written); a word the dictionary cannot put so stays
    as written."""
    parts = name.split()
    head = next(i for i, w in enumerate(parts) if w in words.firm_owner_nouns)
    noun = parse(parts[head].lower())
    gender = next((g for g in ("masc", "femn", "neut") if g in noun.tag), "masc")
    out = []
    for word in parts[:head]:
        adj = next((p for p in parses(word.lower()) if p.tag.POS == "ADJF" and "gent" in p.tag
                    and "sing" in p.tag and gender in p.tag), None)
        nom = inflected(adj, frozenset(("nomn", "sing", gender))) if adj is not None else None
        said = nom.word if nom is not None else _nominative_ending(word.lower(), gender)
        out.append(said[:1].upper() + said[1:] if word[:1].isupper() else said)
    return " ".join([*out, noun.normal_form, *parts[head + 1:]])


def _nominative_ending(word: str, gender: str) -> str:
    """A town's adjective the dictionary reads as a surname only («слуцкого»): its genitive
    ending swapped for the nominative of `gender` («слуцкий», «слуцкое»)."""
    stem, ending = word[:-3], word[-3:]
    if ending not in ("ого", "его"):
        return word
    if gender == "masc":
        return stem + ("ий" if ending == "его" or stem.endswith(tuple("кгхжшчщ")) else "ый")
    return stem + ("ое" if ending == "ого" else "ее") if gender == "neut" else stem + "ая"


# a count of units right before a word: «120 тракторов», «45 зерноуборочных комбайнов»
_COUNTED = lazy_compile(r"(?<![\d,.])\d{1,5}(?:[ \u00a0]+[А-Яа-яЁё]+){1,2}")


def _phrase_at(lemmas: list[str], i: int, phrases: _Phrases) -> str | None:
    """The longest commodity group's phrase of `phrases` (those that can start at lemma `i`)
    that starts at lemma `i`, else None."""
    found = None
    for phrase, name in phrases:
        if tuple(lemmas[i:i + len(phrase)]) == phrase and (found is None or len(phrase) > found[0]):
            found = (len(phrase), name)
    return found[1] if found else None


def counted_goods(before: str) -> bool:
    """Does `before` (a sentence up to its amount) count units of goods of the list («отгрузил
    в Оренбургскую область 120 тракторов «Беларус-1523» на общую сумму»)? A counted batch
    delivered is one deal, not a trade volume («поставки сельхозтехники достигли …»)."""
    nouns = goods_words().nouns
    for m in _COUNTED.finditer(before):
        words = _WORD.findall(m.group())
        if any(lemma(w.lower()) in nouns for w in words):
            return True
    # («приобрёл пять зерноуборочных комбайнов»: a count in words, as news writes small ones)
    words = _WORD.findall(before)
    return any(_is_numeral(w) and any(lemma(x.lower()) in nouns for x in words[i + 1:i + 3])
               for i, w in enumerate(words))


@functools.lru_cache(maxsize=20_000)
def _is_numeral(word: str) -> bool:
    return parse(word.lower()).tag.POS == "NUMR"


def maker_of(goods: str) -> str | None:
    """The maker whose own goods `goods` names («продукция «МТЗ»» → «МТЗ», «техника
    «Амкодор»» → «Амкодор»), else None."""
    words = goods_words()
    prefix, _, suffix = words.maker.partition("{maker}")
    if goods.startswith(prefix) and goods.endswith(suffix) and len(goods) > len(prefix + suffix):
        return goods[len(prefix):len(goods) - len(suffix)]
    split = kind_and_maker(goods)
    return split[1] if split else None


def kind_and_maker(goods: str) -> tuple[str, str] | None:
    """«техника «Амкодор»» → («техника», «Амкодор»): a kind of goods of one maker, else None."""
    words = goods_words()
    head, _, rest = words.maker_goods.partition("{goods}")
    between, _, tail = rest.partition("{maker}")
    if not goods.startswith(head) or not goods.endswith(tail):
        return None
    inner = goods[len(head):len(goods) - len(tail)]
    kinds = set(words.nouns.values()) | set(words.adjectives.values())
    for kind in kinds:
        if inner.startswith(kind + between) and len(inner) > len(kind + between):
            return kind, inner[len(kind + between):]
    return None


def owning_firm(text: str, sentence_start: int, amount_start: int) -> str | None:
    """«В прошлом году экспорт холдинга на российский рынок составил 287 млн долларов»: the
    firm named last before «холдинга» (within `firm_owner_reach` of the sentence), whose
    own trade the figure is (so too «предприятие отгрузило в Россию продукции на …»: a firm
    noun shipping); None when the sentence names no trade of one firm."""
    words = goods_words()
    owner = max(words.firm_owner.finditer(text, sentence_start, amount_start),
                key=lambda m: m.start(), default=None)
    if owner is None:
        return None
    lo = max(0, sentence_start - words.firm_owner_reach)
    named = [e for e in find_enterprises(text[lo:owner.start()]) if e.type == "enterprise"]
    firms = [e for e in named if not _partner_named(text, lo + e.start)]
    if named and not firms:
        # «совместно с российским партнером ООО «…»» named last: the partner of the firm in
        # focus, which the noun takes up; the article names that firm first (its own release)
        firms = [e for e in find_enterprises(text[:owner.start()])
                 if e.type == "enterprise" and not _partner_named(text, e.start)][:1]
    # «завод рассчитывает …» after «Минский моторный завод … с компанией «ЯрДизельСервис»»: the
    # plant the noun names, before the last firm named
    said = owner.group().lower()
    stems = [n[:-1] for n in words.firm_owner_nouns if n[:-1] in said]
    of_kind = [e for e in firms if any(stem in e.normal.lower() for stem in stems)]
    return (of_kind or firms)[-1].normal if firms else None


def _partner_named(text: str, start: int) -> bool:
    """Is the firm whose name starts at `start` introduced by a partner's role («совместно с
    российским партнером ООО «…»», «дилером «…»»)?"""
    return bool(goods_words().partner_before.search(text, max(0, start - 60), start))


def with_goods(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, each trade figure with the goods its clause names (`Fact.goods`)."""
    out: list[Fact] = []
    for fact in facts:
        trade = fact.metric in TRADE_METRICS and fact.sentence.start <= fact.amount.start
        goods = clause_goods(text[fact.sentence.start:fact.amount.start]) if trade else None
        if trade and goods is None and (
                firm := speaking_firm(text, fact.sentence.start, fact.amount.start)
                or subject_firm(text[fact.sentence.start:fact.amount.start])
                or owning_firm(text, fact.sentence.start, fact.amount.start)):
            # «мы отгрузили» of a plant's head; «Амкодор» рассчитывает … довести продажи до …»
            goods = goods_words().maker.format(maker=firm)
        elif trade and goods is not None and maker_of(goods) is None and (
                firm := speaking_firm(text, fact.sentence.start, fact.amount.start)):
            # «— За полгода мы поставили в Россию техники на 38 млн»: the plant head's «мы»
            # ships the plant's own goods, of the kind the clause names (newuser34)
            goods = _of_maker(goods, firm)
        if trade and goods is None:
            goods = _firms_trade_going_on(text, fact, out)
        out.append(replace(fact, goods=goods) if goods else fact)
    return out


def _of_maker(goods: str, firm: str) -> str:
    """A kind of goods the gazetteer knows, of one maker («техника «Бобруйскагромаш»»);
    other goods as they were with the maker's own goods («продукция «…»») unsaid."""
    words = goods_words()
    if goods in set(words.nouns.values()) | set(words.adjectives.values()):
        return words.maker_goods.format(goods=goods, maker=firm)
    return words.maker.format(maker=firm)


def _firms_trade_going_on(text: str, fact: Fact, before: list[Fact]) -> str | None:
    """The goods of a firm's own trade figure told in the sentence before, in the paragraph,
    when this figure's clause names a trade with no owner («Экспорт продукции составил 118,2 млн
    … В первом полугодии поставки в Россию составляли 61,8 млн»: the firm's too)."""
    prev = next((f for f in reversed(before) if f.sentence.start < fact.sentence.start), None)
    maker_head = goods_words().maker.split("{maker}", 1)[0]
    if prev is None or prev.metric not in TRADE_METRICS or not (prev.goods or "").startswith(maker_head) \
            or "\n" in text[prev.sentence.end:fact.sentence.start]:
        return None
    if not goods_words().ownerless.search(text, fact.sentence.start, fact.amount.start):
        return None
    return prev.goods
