"""What a project makes or services: the cue's noun phrase, its content lemmas, its label.

`product_phrase` reads the phrase after a kind cue («сборка низкопольных перронных
автобусов»), `product_label` puts it in the nominative for the register's `product` column,
and `split_makers` turns one mention naming two Belarusian makers with their own products
(«сборку автобусов МАЗ и погрузчиков «Амкодор»») into one mention per maker.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from analysis.entities import Entity, find_enterprises, norm_word
from analysis.lang import nominative_phrase
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import Token, analyse, tokens, words
from analysis.projects.labels import tidy_label
from analysis.projects.location import ADJECTIVE_ROLES
from analysis.projects.mention import Mention
from analysis.vocab import MADE_KINDS

# «совместно с «Амкодором»», «с белорусским ОАО «МТЗ»»: a firm named as the partner
PARTNER_BEFORE = lazy_compile(r"(?i)\b(?:с|со)\s+(?:[^\s,.;]+\s+){0,3}[«\"]?\s*$")
# «автобусов МАЗ и погрузчиков «Амкодор»»: between two makers, «и» and the second product
_MAKER_AND = lazy_compile(r"»?\s*(?:,|и)\s+((?:[а-яё-]+\s+){1,3})«?$")
_MAKERS_LISTED = lazy_compile(r"»?\s*(?:,|и)\s+(?:[А-ЯЁ]{2,5}\s+)?«?")
# Where the phrase ends: punctuation or an opening quote between two words
_PHRASE_BREAK = lazy_compile(r"[,.;:!?()—–«\n]")  # (a line break ends a card's heading)
# Prepositions and a dangling quote the phrase does not end with
_TRAILING = lazy_compile(r"(?:\s+(?:с|со|и|в|на|по|для|«\S*))+$")
# Kinds whose mention splits by maker (a venture or a development is one project)
# A service centre that repairs «комбайнов «Палессе» и тракторов «Беларус»» is one facility
# serving two makers' machines: only what is made is split by maker.
_SPLIT_KINDS = MADE_KINDS
_WORD_SPANS = lazy_compile(r"[А-Яа-яЁё-]+")
_LEADING_COUNT = lazy_compile(r"^\d[\d\s\u00a0.,]*\s+(?=\D)")
# «(сервисный) центр по ремонту …», «пункта по обслуживанию …»: a facility noun (in any case,
# adjectives before it) and the service after «по»
_FACILITY_FOR = lazy_compile(r"(?i)^(?:[а-яё-]+\s+){0,2}?([а-яё]+)\s+по\s+((?:[а-яё]+\s+)?[а-яё]+)")
_SUBJECT_WORDS = 4  # words of a passive verb's subject read back
_PHRASE_WORDS = 10  # a product phrase is at most this many words after the cue
_STOP_POS = ("VERB", "INFN", "PRTS")  # a verb ends the phrase


class Product(NamedTuple):
    """A cue's noun phrase and its content lemmas (what is made or serviced)."""

    phrase: str
    key: set[str]


def product_phrase(text: str, toks: list[Token], first: int, last: int, ents: list[Entity],
                   other_cues: set[int]) -> Product:
    """The phrase of the cue at tokens `first`..`last` up to punctuation, a verb, another cue
    (token indices `other_cues`), a partner («с …») or a named firm (≤ 10 words)."""
    passive = toks[first].pos == "VERB" and toks[first].lemma.endswith("ся") and first == last
    # «автовышки на шасси МАЗ сейчас монтируют в Галиче»: a cue opening with the noun of a
    # prepositional phrase and closing with its verb has the verb's object before the phrase
    fronted = first > 0 and last > first and toks[first - 1].pos == "PREP" \
        and toks[first].pos == "NOUN" and toks[last].pos == "VERB"
    if passive or fronted or _fronted_object(toks, first, last):
        # «Комбайны «Гомсельмаш» собираются в Брянске»: a passive verb's product is its
        # subject, the noun phrase before it; so is the object before such a phrase or before
        # a verb with no subject («Погрузчики «Амкодор» собирают в Вологодской области»)
        head = first - 1 if fronted else first
        if not fronted and _origin_before(toks, first):
            head = first - 2  # «Грабли из Бешенковичей собирают …»: the object before «из …»
        k = head
        while k > 0 and head - k < _SUBJECT_WORDS and toks[k - 1].pos in ("NOUN", "ADJF") \
                and not _PHRASE_BREAK.search(text[toks[k - 1].end:toks[k].start].replace("«", "")
                                             .replace("»", "")):
            k -= 1
        # («из Гомеля» is no subject; an active verb's object is in the accusative: «Грабли …
        # собирают»)
        cases = {"nomn"} if passive or fronted else {"nomn", "accs"}
        while k < head and not cases & toks[k].tags:
            k += 1
        if k < head:
            phrase = text[toks[k].start:toks[head - 1].end].replace("«", "").replace("»", "")
            return Product(phrase=phrase, key={t.lemma for t in toks[k:head]
                                               if t.pos == "NOUN" and t.lemma not in words(
                                                   "generic")})
    end = toks[last].end
    firm_starts = {e.start for e in ents if e.type != "region"}
    # «сервисный центр «Гомсельмаша» по обслуживанию комбайнов»: the owner between the
    # facility and its service is left out; the phrase goes on with the service
    purpose = _purpose_after_owner(text, toks, last, ents)
    resume = last + 1 if purpose is None else purpose
    stop = min(len(toks), resume - 1 + _PHRASE_WORDS)
    for k in range(resume, stop):
        if k > resume and toks[k].start in firm_starts:
            break  # «собирать БЕЛАЗы» keeps the make; «… техники МАЗ» stops before it
        if k != purpose and (_PHRASE_BREAK.search(text[toks[k - 1].end:toks[k].start])
                             or k in other_cues or toks[k].word in ("с", "со")
                             or toks[k].pos in _STOP_POS or _subject_after(toks, k)):
            break
        end = toks[k].end
    generic = words("generic")
    if end == toks[last].end and (made := _goods_made_so(text, toks, first, last)) is not None:
        return made  # «Первые насосы тульской сборки ожидаются …»: the goods before the cue
    named = [(e.start, e.end) for e in ents if e.type != "region" or e.role not in ADJECTIVE_ROLES]
    key = {t.lemma for t in toks[first:stop] if t.end <= end and t.pos in ("NOUN", "ADJF")
           and t.lemma not in generic and not any(a <= t.start < b for a, b in named)}
    phrase = text[toks[first].start:end] if purpose is None else (
        f"{text[toks[first].start:toks[last].end]} {text[toks[purpose].start:end]}")
    phrase = _TRAILING.sub("", phrase)
    return Product(phrase=phrase.replace("«", "").replace("»", ""), key=key)


def _goods_made_so(text: str, toks: list[Token], first: int, last: int) -> Product | None:
    """«Первые насосы тульской сборки», «тракторы местной сборки»: a one-word cue noun in the
    genitive after an adjective (where or how the goods are made), right after goods, says
    how those goods are made; the noun phrase before is the product's label, not the cue
    itself (newuser39's «Насосы | сборка» beside the project of the same pumps). None
    otherwise."""
    if first != last or first < 2:
        return None
    cue, how, goods = toks[first], toks[first - 1], toks[first - 2]
    # (goods: a product head, ``product_heads``; not «уровень глубокой локализации»)
    if cue.pos != "NOUN" or "gent" not in cue.tags or how.pos != "ADJF" or goods.pos != "NOUN" \
            or goods.lemma not in words("product_heads") \
            or _PHRASE_BREAK.search(text[goods.start:cue.start].replace("«", "").replace("»", "")):
        return None
    k = first - 2
    while k > 0 and first - 2 - k < _SUBJECT_WORDS and toks[k - 1].pos == "ADJF" \
            and not _PHRASE_BREAK.search(text[toks[k - 1].end:toks[k].start]):
        k -= 1  # its adjectives («Первые» goes with the label's ordinals: `tidy_label`)
    # (no key: such a phrase points back at goods told before, «Первые лифты башкирской
    # сборки ожидаются летом»; with a key of its own it would part from the project it
    # points at wherever that one named its goods otherwise)
    return Product(phrase=text[toks[k].start:goods.end], key=set())


def _purpose_after_owner(text: str, toks: list[Token], last: int, ents: list[Entity]) -> int | None:
    """The token of «по» when the cue ending at token `last` is followed by its owner, a
    firm's quoted name alone, and then «по» with a service word («центр «Гомсельмаша» по
    обслуживанию …», «пункт «Агросервиса» по ремонту …»); None otherwise."""
    owner = next((e for e in ents if e.type == "enterprise" and e.start >= toks[last].end
                  and not text[toks[last].end:e.start].strip(' «"')), None)
    if owner is None:
        return None
    k = next((k for k in range(last + 1, len(toks)) if toks[k].start >= owner.end), len(toks))
    if k + 1 >= len(toks) or toks[k].word != "по" or text[owner.end:toks[k].start].strip(' »"') \
            or not toks[k + 1].word.startswith(tuple(words("serviced"))):
        return None
    return k


def _fronted_object(toks: list[Token], first: int, last: int) -> bool:
    """«Фронтальные погрузчики холдинга «Амкодор» собирают в Вологодской области»: a verb in
    the third person plural with no subject (an indefinite-personal one: «собирают» = «are
    assembled»), or in the first person plural («Первые сеялки соберём в …»: the subject is
    the speaking firm, «мы»), right after a noun that is no firm (or after such a noun and
    its origin «из …»), and a preposition right after it, has its object before it. (A noun
    the dictionary reads as a person, «подборщик», is an object when it names a product,
    ``product_heads``.)"""
    if first != last or first == 0 or last + 1 >= len(toks):
        return False
    # («Грабли из Бешенковичей собирают под Смоленском»: an origin «из …» may follow the object)
    verb, before = toks[first], toks[first - 3] if _origin_before(toks, first) else toks[first - 1]
    return (verb.pos == "VERB" and "plur" in verb.tags and "2per" not in verb.tags
            and toks[last + 1].pos == "PREP"
            and before.pos == "NOUN" and before.lemma not in words("firm_reference")
            and before.lemma not in words("generic_head")
            and ("anim" not in before.tags or before.lemma in words("product_heads")))


def _origin_before(toks: list[Token], k: int) -> bool:
    """«Грабли из Бешенковичей собирают»: a noun, «из» and one noun right before token `k`."""
    return k >= 3 and toks[k - 2].word == "из" and toks[k - 1].pos == "NOUN" \
        and toks[k - 3].pos == "NOUN"


def _subject_after(toks: list[Token], k: int) -> bool:
    """«сборку отдельных моделей холдинг ведёт»: a firm's generic noun (``firm_reference``)
    in the nominative, no preposition before it, is the subject after the object; the
    product phrase ends before it."""
    t = toks[k]
    return t.lemma in words("firm_reference") and "nomn" in t.tags and toks[k - 1].pos != "PREP"


@lru_cache(maxsize=50_000)  # a pure function of the phrase; one inflection per distinct phrase
def product_label(phrase: str) -> str:
    """The register's `product`: the thing made or serviced, in the nominative, tidied
    (`projects.labels`: "" for generic words alone). A phrase that is only a make («собирать
    БЕЛАЗы») names that make's machinery («техника БелАЗ»)."""
    # «640 комбайнов»: the count is no part of what is made
    phrase = _LEADING_COUNT.sub("", phrase.strip()) or phrase.strip()
    # «сервисный центр по ремонту и обслуживанию мини-тракторов»: a facility named by the
    # service it gives is labelled by that service, as «ремонт щековых дробилок» is
    purpose = _FACILITY_FOR.match(phrase)
    if purpose and analyse(norm_word(purpose.group(1))).lemma in words("facility") and any(
            w.startswith(tuple(words("serviced"))) for w in purpose.group(2).lower().split()):
        phrase = phrase[purpose.start(2):]
    label = nominative_phrase(phrase)
    makes = find_enterprises(label)
    if len(makes) == 1 and (makes[0].start, makes[0].end) == (0, len(label)):
        return f"техника {makes[0].normal}"
    label = tidy_label(label)
    measured = _past_measure(label)
    return tidy_label(nominative_phrase(measured)) if measured != label else label


def _past_measure(phrase: str) -> str:
    """«первую партию погрузчиков», «опытный комплект кабин»: a measure of goods
    (``goods_measure``), adjectives before it, is no product; what it measures is (newuser41
    F7: «Партия погрузчиков»). A phrase that is only the measure stays."""
    words_ = _WORD_SPANS.findall(phrase)
    for k, w in enumerate(words_[:3]):
        info = analyse(norm_word(w))
        if info.lemma in words("goods_measure") and k + 1 < len(words_):
            return phrase[phrase.find(words_[k + 1], phrase.find(w) + len(w)):]
        if info.pos not in ("ADJF", "PRTF", "NUMR"):
            break
    return phrase


def refines(phrase: str, than: str) -> bool:
    """Does `phrase` name the product of `than` closer: its label is the other's with words
    before it («фронтальные погрузчики» after «партия погрузчиков»: «погрузчики»)? A title's
    short phrase gives way to the body's fuller one (newuser41 F7)."""
    new, old = product_label(phrase), product_label(than)
    return bool(old) and new != old and new.endswith(" " + old)


def split_makers(m: Mention, firms: list[Entity], text: str,
                 info: dict[str, dict[str, str]]) -> list[Mention]:
    """«сборку автобусов МАЗ и погрузчиков «Амкодор»», «кабин для тракторов МТЗ и самосвалов
    МАЗ»: each Belarusian maker with its own product is a project of its own (with the
    Russian partners of the sentence). `firms`: the sentence's enterprises; `info`:
    `enterprise_info()`."""
    if m.kind not in _SPLIT_KINDS:
        return [m]
    makers: list[Entity] = []  # the first mention of each Belarusian maker, in order
    for e in sorted(firms, key=lambda e: e.start):
        if e.normal in m.enterprises and all(e.normal != x.normal for x in makers) \
                and info.get(e.normal, {}).get("country") == "BY":
            makers.append(e)
    if len(makers) < 2:
        return [m]
    products = []
    # «подписало с ОАО «МТЗ» и ОАО «Лидсельмаш» соглашения о сборке»: a Russian side
    # agreeing with each of the makers listed after «с» (no Russian firm between them)
    partners = PARTNER_BEFORE.search(text[max(0, makers[0].start - 40):makers[0].start])
    listed = partners and all(_MAKERS_LISTED.fullmatch(text[a.end:b.start])
                              for a, b in pairwise(makers))
    member = words("member_of")
    for a, b in pairwise(makers):
        between = _MAKER_AND.match(text[a.end:b.start])
        if (not between and not listed) or not member.isdisjoint(
                t.lemma for t in tokens(text, a.end, b.start)):
            # («на Витебском заводе …, входящем в холдинг «МТЗ-Холдинг»»: the firm's holding)
            return [m]
        products.append(between.group(1).strip() if between else "")
    rest = m.enterprises - {e.normal for e in makers}
    out = []
    for n, e in enumerate(makers):
        copy = replace(m, enterprises=rest | {e.normal})
        if n and products[n - 1]:
            content = [t for t in tokens(text, e.start - len(products[n - 1]) - 2, e.start)
                       if t.pos in ("NOUN", "ADJF")]
            copy.product = products[n - 1]
            copy.product_key = {t.lemma for t in content if t.lemma not in words("generic")}
        out.append(copy)
    return out
