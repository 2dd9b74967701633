"""Where a project is, as the register's `location` column says it.

Within a Russian region: the towns the sentence names («Сургут, Нижневартовск»); for a
project in Belarus (empty region): the Belarusian place, or, for the site of a Belarusian
firm, the firm's home. The reader adds a town the lists lack («в Тимашевске»).

Also the place rules the reader and the kind rules share: a Belarusian place goods are
shipped to (`shipped_to`), «здесь»/«там» after the sentence's own place (`here_after_place`),
something made in a named Russian place or at a Russian firm's plant (`made_in_russia`).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.entities import (
    Entity,
    district_name,
    is_russian_region,
    town_name,
    town_of_adjective,
)
from analysis.lang import analyzer
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import words
from analysis.projects.firm_homes import ADJECTIVE_ROLES, opens_with_home_firm
from analysis.projects.town_adjectives import belarusian_town_of_adjective

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit, Token
    from analysis.projects.kind_context import KindContext
    from analysis.projects.mention import ReadSentence

_TOWN_ROLES = ("capital", "city", "town_adjective")  # region mentions that name a town
# (ADJECTIVE_ROLES, from firm_homes: a region named by an adjective, of the region
# («татарстанские») or of a town in it («кстовское предприятие»: `register_entities` adds
# these for the register))
_INTO = lazy_compile(r"(?i)(?:^|\s)в\s+$")  # «в» right before a place
_CLAUSE_END = lazy_compile(r"[,;:—–]")  # a mark that ends a clause between two words
_FROM = lazy_compile(r"(?i)(?:^|\s)из\s+$")  # «из» right before a place
_UP_TO = lazy_compile(r"(?i)(?:^|\s)до\s+$")  # «до» right before a place: a route's end
# «ЗАО «…» (г. Челябинск)», «ОАО «Беларускабель» (Мозырь)»: a town in brackets right after a
# firm's name (its closing quote or last word), «г.» before it or not
_BRACKET_AFTER_FIRM = lazy_compile(r"[»\w] ?\((?:г\. ?)?$")
_BRACKET_SPAN = 8  # characters looked back from the town for the bracket
_LOCATIVE = ("в", "во", "на")
# «на брянском заводе «…»», «на площадке ООО «…»»: a firm's plant right before its name
_AT_PLANT = lazy_compile(r"(?i)\bна\s+(?:[а-яё-]+\s+){0,2}(?:завод|площадк|предприяти|мощност)"
                       r"\w*\s+(?:[А-ЯЁ]{2,5}\s+)?«?$")
# the forms of a verb (pymorphy3 parts of speech): finite, infinitive, participles, gerund
_VERB_FORMS = ("VERB", "INFN", "PRTF", "PRTS", "GRND")
# «поставляет самарское ООО «…», а в Могилёве их устанавливают»: «, а» / «, но» opens a
# clause of its own, whose verb is not the one before it («не только …, но и в Минск», «…, а
# также в Минск» go on with the same verb)
_CONTRAST_CUT = lazy_compile(r"[,;]\s+(?:а(?!\s+также\b)|но(?!\s+и\b))\s")


def location_of(region: str | None, ru: list[Entity], by: list[Entity],
                info: dict[str, dict[str, str]]) -> str:
    """Where a project is within its region (the towns named: «Сургут, Нижневартовск»), or,
    for a project in Belarus, the Belarusian place (a firm's site: the firm's home)."""
    if region is None:
        if not by:
            return ""
        e = by[0]
        if e.type == "enterprise":
            return info.get(e.normal, {}).get("home_region") or "Беларусь"
        if e.role == "district":  # «в Смолевичском районе»: the district itself
            return district_name(e.surface)
        # («в цехе бобруйского предприятия»: a town's adjective names its town; so does an
        # oblast's adjective that is its centre's too: «на брестской площадке» is in Brest)
        town = town_of_adjective(e.surface) if e.role == "town_adjective" or (
            e.role == "adjective" and e.type == "region") else town_name(e.surface)
        if town is None and e.role == "town_adjective":  # («на Лидском заводе»: Лида)
            town = belarusian_town_of_adjective(e.surface.lower())
        return town or e.normal
    # («барнаульской компании … собирать технику на Алтае»: the firm's town is its home when
    # the sentence names the region itself)
    named = any(e.normal == region and e.role not in ADJECTIVE_ROLES for e in ru)
    towns = [town_of_adjective(e.surface) if e.role == "town_adjective" else town_name(e.surface)
             for e in ru if e.normal == region and e.role in _TOWN_ROLES
             and not (named and e.role == "town_adjective")]
    return ", ".join(dict.fromkeys(t for t in towns if t))


def paragraph_belarus(regions_of: list[list[Entity]]) -> list[Entity]:
    """The Belarusian places of a paragraph whose sentences (`regions_of`: the region
    mentions of each) name no Russian region: «Минск: на МАЗе новый окрасочный комплекс.
    Минский автомобильный завод ввёл в строй линию…» places the second sentence in Minsk,
    not in the region a digest's other items or the article's lead name. [] otherwise."""
    places = [e for ents in regions_of for e in ents if e.role not in ADJECTIVE_ROLES]
    if any(is_russian_region(e.normal) for e in places):
        return []
    return places


def directed_form(surface: str) -> bool:
    """Does the place `surface` after «в» read only as a direction («в Омскую область», «в
    Ульяновск»), never as a site («в Ульяновске»)? (`_never_locative`)"""
    return _never_locative(surface)


@lru_cache(maxsize=20_000)  # a pure function of the place's name (a parse each: cached)
def _never_locative(surface: str) -> bool:
    """«Ульяновск», «Ульяновскую область» after «в»: the place's last word has no locative
    form among its readings, so «в» governs the accusative (a direction: «в Ульяновск»), not
    the locative of a site («в Ульяновске»; an indeclinable «в Кемерово» may be either). The
    first word is read too: in a list «в Омскую и Курганскую области» the shared noun may be a
    locative's form, the adjective before it is not (session 31)."""
    parts = surface.split()
    return bool(parts) and any(
        not any({"loct", "loc2"} & set(p.tag.grammemes) for p in analyzer().parse(w.lower()))
        for w in dict.fromkeys((parts[-1], parts[0])))


def shipped_to(text: str, toks: list[Token], e: Entity) -> bool:
    """«отгружает часть каркасов в Минск»: a Belarusian place after a shipping verb of its
    sentence (`toks`) is where the goods go, not where they are made (``shipped``); so is a
    Russian place in the accusative («готовые детали приходят в Ульяновск»), not one in the
    locative («поставляет тракторы, собранные в Ульяновске»). Only the last verb form before
    the place governs it: in «компания, поставляющая манипуляторы, и холдинг подписали
    соглашение о создании СП в Пинске» the participle describes a firm."""
    if not _INTO.search(text, max(0, e.start - 4), e.start):
        return False
    accusative = _never_locative(e.surface)
    if is_russian_region(e.normal) and not accusative:
        # «насосы … поставляются на сборочный конвейер в Ростове»: the line of a shipping
        # verb («на конвейер») is where the goods go, in the locative too
        return _shipped_to_a_line(toks, e)
    # («ежемесячно в Ростов-на-Дону уходит около 900 изделий»: a place in the accusative
    # before the shipping verb of its clause is where the goods go, too)
    return _shipping_verb_before(text, toks, e) or (accusative and _shipping_verb_after(text, toks, e))


def _shipped_to_a_line(toks: list[Token], e: Entity) -> bool:
    """Is the last verb form before place `e` a verb of shipping or arriving (``shipped``,
    ``arrive``: «поставляются», «поступают»), with «на» and a line («на сборочный
    конвейер») between them?"""
    verbs = [t for t in toks if t.start < e.start and t.pos in _VERB_FORMS]
    if not verbs or verbs[-1].lemma not in words("shipped") | words("arrive"):
        return False
    between = [t for t in toks if verbs[-1].end <= t.start < e.start]
    for k, t in enumerate(between):
        if t.word == "на":  # («на сборочную линию»: adjectives before the line's noun)
            head = next((u for u in between[k + 1:] if u.pos != "ADJF"), None)
            if head is not None and (head.lemma in words("making_sites") or head.lemma == "сборка"):
                return True
    return False


def _shipping_verb_after(text: str, toks: list[Token], e: Entity) -> bool:
    """Is the first verb form after place `e`, in its clause, a shipping verb (``shipped``)?"""
    verb = next((t for t in toks if t.start >= e.end and t.pos in _VERB_FORMS), None)
    return verb is not None and verb.lemma in words("shipped") \
        and not _CLAUSE_END.search(text, e.end, verb.start)


def shipped_from(text: str, toks: list[Token], e: Entity) -> bool:
    """«фюзеляжи и крылья будут приходить из Ставрополя», «рукава поставляются из Перми»: a
    place after «из» whose last verb form before it is a shipping verb (``shipped``) is where
    goods come from, never where the work told is done, even where the sentence names no
    other place (a firm «из Липецка» is at home there, and may work there)."""
    return bool(_FROM.search(text, max(0, e.start - 4), e.start)) \
        and _shipping_verb_before(text, toks, e)


def shipper_place(toks: list[Token], e: Entity) -> bool:
    """«а фильтровальные рукава и автоматику поставляет Екатеринбург»: a place right after a
    shipping verb (``shipped``), with no preposition between, is the clause's subject, the
    side that supplies goods: no site of the work told."""
    k = next((k for k, t in enumerate(toks) if t.start >= e.start), len(toks))
    return 0 < k < len(toks) and toks[k].start == e.start and toks[k - 1].pos == "VERB" \
        and toks[k - 1].lemma in words("shipped")


# «в Подмосковье и Санкт-Петербург»: the gap between two members of a list of places
_LIST_GAP = lazy_compile(r"\s*,\s*|\s+и\s+|\s*,\s+а\s+также\s+|\s+а\s+также\s+")


def shipped_list(text: str, toks: list[Token], ru: list[Entity]) -> list[Entity]:
    """«поставляет их также в Подмосковье и Санкт-Петербург»: the Russian places of a list
    opened by «в» after a shipping verb, one member of which reads only as an accusative (a
    direction: «Санкт-Петербург», not «Санкт-Петербурге»): every member is where the goods
    go, the ambiguous «в Подмосковье» too (session 30)."""
    ents = sorted(ru, key=lambda e: e.start)
    out: list[Entity] = []
    k = 0
    while k < len(ents):
        run = [ents[k]]
        while k + 1 < len(ents) and run[-1].end <= ents[k + 1].start \
                and _LIST_GAP.fullmatch(text, run[-1].end, ents[k + 1].start):
            k += 1
            run.append(ents[k])
        k += 1
        if len(run) > 1 and _INTO.search(text, max(0, run[0].start - 4), run[0].start) \
                and any(_never_locative(e.surface) for e in run) \
                and _shipping_verb_before(text, toks, run[0]):
            out += run
    return out


def _shipping_verb_before(text: str, toks: list[Token], e: Entity) -> bool:
    """Is the last verb form before place `e` (in its clause part) a shipping verb, or a verb of
    going or fitting with a line between («на конвейер в Минск»)?"""
    cut = max((m.end() for m in _CONTRAST_CUT.finditer(text, toks[0].start if toks else 0,
                                                        e.start)), default=0)
    verbs = [t for t in toks if cut <= t.start < e.start and t.pos in _VERB_FORMS]
    if not verbs:
        return False
    # «вся продукция шла на конвейер в Минск», «оттуда они идут на конвейер МТЗ в Минске»,
    # «Раму потом ставят на конвейер в Минске»: the place of the line goods go to or are
    # fitted on (a verb of going or fitting, «на» a line before the place) is where they go,
    # too («шестерни идут в Минск» alone is left: a maker's own goods may go home)
    last = verbs[-1]
    return last.lemma in words("shipped") or (
        last.lemma in words("go_to") | words("fitted") | {"идти"}
        and _to_a_line(toks, last.end, e.start))


def _to_a_line(toks: list[Token], start: int, end: int) -> bool:
    """«на конвейер», «на сборку» between a verb of going (ending at `start`) and a place
    (at `end`): the goods go to be fitted on a line there."""
    between = [t for t in toks if start <= t.start < end]
    return any(t.word == "на" and k + 1 < len(between) and (
        between[k + 1].lemma in words("making_sites") or between[k + 1].lemma == "сборка")
        for k, t in enumerate(between))


def traded_to(toks: list[Token], k: int) -> bool:
    """«рассчитывает на экспорт в страны ЕАЭС, в том числе в Беларусь»: the word at `k` after
    «в»/«на», with a word of trade (``trade``) or shipping (``shipped``) before it in the
    sentence, is where goods go: a market, not a side of the project."""
    trade = words("trade") | words("shipped")
    return k > 0 and toks[k - 1].word in _LOCATIVE and any(t.lemma in trade for t in toks[:k - 1])


_SIGNED_SPAN = 3  # words from the signing verb to «в» («подписали его в Лиде»)


def signed_at(toks: list[Token], e: Entity) -> bool:
    """«В апреле мы подписали его в Лиде: белорусский завод передаёт … предприятию «…»
    сборку»: a Belarusian place after «в» a few words after a signing verb (``signature``) is
    where the agreement was signed, no site of the Russian work it sets up (round 63)."""
    if is_russian_region(e.normal):
        return False
    k = next((k for k, t in enumerate(toks) if t.start >= e.start), len(toks))
    if k < len(toks) and toks[k].word in ("в", "во") and toks[k].end < e.end:
        k += 1  # the gazetteer took the preposition in
    if k < 2 or toks[k - 1].word not in ("в", "во"):
        return False
    # the signing verb governs the place: no other verb between («договорились создать в
    # Гомеле совместное предприятие» places the venture)
    for t in reversed(toks[max(0, k - 1 - _SIGNED_SPAN):k - 1]):
        if t.pos in ("VERB", "PRTS", "INFN"):
            return t.lemma in words("signature") and t.pos != "INFN"
    return False


def came_from(text: str, e: Entity) -> bool:
    """«Гендиректора назначили из Минска», «лифты из Могилёва»: a place right after «из» is
    where someone or something comes from, not where a project is."""
    return bool(_FROM.search(text, max(0, e.start - 4), e.start))


def reached_to(text: str, e: Entity) -> bool:
    """«до белорусской столицы около 400 километров», «довозят до Минска»: a place right after
    «до» is where a road or a delivery ends, not where a project is."""
    return bool(_UP_TO.search(text, max(0, e.start - 4), e.start))


def bracketed_home(text: str, e: Entity) -> bool:
    """«российского ЗАО «…» (г. Челябинск)»: a town in brackets right after a firm's name says
    where the firm is at home, the way «из Челябинска» does."""
    return text[e.end:e.end + 1] == ")" and bool(
        _BRACKET_AFTER_FIRM.search(text, max(0, e.start - _BRACKET_SPAN), e.start))


def here_after_place(toks: list[Token], ents: list[Entity], in_name: set[int]) -> bool:
    """«В Тульской области линию только монтируют, первые тракторы там обещают собрать»:
    «здесь», «там» after a Russian place the sentence names (not inside a firm's name:
    `in_name`, ids) is that place."""
    here = words("here")
    at = next((t.start for t in toks if t.word in here), None)
    return at is not None and any(
        e.type == "region" and e.start < at and is_russian_region(e.normal)
        and id(e) not in in_name for e in ents)


def _russian_place_at(ents: list[Entity], pos: int) -> bool:
    """Does a Russian region's name (not an adjective) start at `pos`?"""
    return any(e.type == "region" and e.start == pos and e.role not in ADJECTIVE_ROLES
               and is_russian_region(e.normal) for e in ents)


def _russia_at(ents: list[Entity], pos: int) -> bool:
    """Does «России» (the country, not its adjective) start at `pos`?"""
    return any(e.type == "country" and e.start == pos and e.role != "adjective"
               and e.normal == "Россия" for e in ents)


def made_in_russia(ctx: KindContext, kinds: list[CueHit]) -> bool:
    """«комбайнов «Палессе», выпускаемых в Брянске»: a production word followed by «в» and a
    Russian place («теперь частично выпускают в России»: the country too); «В Ярцеве ООО
    «СмолПрицеп» выпускает кузова»: a partner that is not Belarusian makes it in the place
    its sentence opens with («Ульяновское ООО «…»» too: `opens_with_home_firm`). (The
    caller asks for a Belarusian side in the sentence.)"""
    toks = ctx.toks
    if any(h.last + 2 < len(toks) and toks[h.last + 1].word in _LOCATIVE
           and (_russian_place_at(ctx.entities, toks[h.last + 2].start)
                or _russia_at(ctx.entities, toks[h.last + 2].start)) for h in kinds):
        return True
    # «производство комбайнов «Палессе» на брянском заводе «Брянсксельмаш»»: made at the
    # plant of a firm that is not Belarusian, named after the cue
    first = min((toks[h.first].start for h in kinds), default=ctx.end)
    if any(e.start > first and ctx.country(e) != "BY"
           and _AT_PLANT.search(ctx.text, max(first, e.start - 60), e.start)
           for e in ctx.enterprises):
        return True
    return (len(toks) > 1 and toks[0].word in ("в", "во")
            and _russian_place_at(ctx.entities, toks[1].start)
            and any(ctx.country(e) != "BY" for e in ctx.enterprises)) or (
        bool(toks) and opens_with_home_firm(ctx.text, ctx.entities, ctx.enterprises,
                                            toks[0].start, ctx.country))


def placed_in_russia(ctx: KindContext) -> bool:
    """«на заводе в Ярославской области», «в Саратове»: the clause places something in a
    Russian region («в/во/на» and its name); not where the news was told («сообщили в
    Москве»: the place after a reporting verb)."""
    toks, reporting = ctx.toks, words("reporting_verbs")
    return any(a.word in _LOCATIVE and _russian_place_at(ctx.entities, b.start)
               and not (k and toks[k - 1].lemma in reporting)
               for k, (a, b) in enumerate(pairwise(toks)))


def points_there(sent: ReadSentence) -> bool:
    """«в нём», «на ней», «при нём» (``there_pronoun`` after a preposition of place): the
    sentence places its project at a site told before."""
    toks = sent.toks
    pronouns = words("there_pronoun")
    return any(a.word in ("в", "на", "при") and b.word in pronouns for a, b in pairwise(toks))


def in_foreign_unit(toks: list[Token], text: str) -> bool:
    """«на заводе в провинции Шаньдун», «с производителем из провинции Шаньдун»: «в»/«из» and
    a unit of a foreign state (``foreign_units``) before a name written with a capital letter
    place the thing abroad («в российской провинции» names no unit: an adjective between)."""
    units = words("foreign_units")
    return any(t.lemma in units and k > 0 and toks[k - 1].word in ("в", "из")
               and k + 1 < len(toks) and text[toks[k + 1].start].isupper()
               for k, t in enumerate(toks)) or _in_foreign_town(toks, text)


def _in_foreign_town(toks: list[Token], text: str) -> bool:
    """«собирают на фабрике в китайском Нинбо», «на заводе в немецком Ульме»: «в» and a third
    country's adjective (``third_country``) in the locative before a name written with a
    capital letter place the work in a town abroad («из китайских комплектующих» does not);
    so does «в» and a country of ``sited_abroad`` («собирают в Италии»; «из Италии» does not)."""
    third, countries = words("third_country"), words("sited_abroad")
    # (a country right after «в» is in the locative whatever its first parse says)
    return any(k > 0 and toks[k - 1].word in ("в", "во") and (
        t.lemma in countries or ("loct" in t.tags and t.lemma in third and k + 1 < len(toks)
                                 and text[toks[k + 1].start].isupper()))
        for k, t in enumerate(toks))
