"""A project's place is where its work is done (issue 11; tests/gold/README.md, the
conventions settled in session 18): work at a plant in Belarus for or with a Russian partner
has no Russian region, even when the partner's home is named in the same sentence.

Two constructions of news Russian say so:

* a partner named only as the client, designer or licensor of the work («осваивает по
  документации ростовской компании», «вяжет колготки по заказу подмосковной компании»,
  «линия, которую запускали под заказ челябинского завода»): that partner's home adjective
  is no place of the work (`client_home`); the Belarusian maker of the sentence is where it
  is done (`maker_site`);
* the sentence after a project told with no place of its own (only a partner's home
  adjective, «из» a town, or nothing) saying where its work goes on («Конструкторская работа
  и изготовление опытных образцов пройдут в Лиде», «строить судно будут в Речице», «испытания
  ведутся на стендах в Минске», «Инженерную часть будут делать в Ярославле»): the first such
  place is the project's (`work_site_after`), Belarusian or Russian alike.

Word lists are data: ``client_noun``, ``client_preposition`` and ``work_done`` in
data/project_words.csv.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from analysis.entities import Entity, find_regions, is_russian_region, town_of_adjective
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import Token, words
from analysis.projects.firm_homes import ADJECTIVE_ROLES, introducing_place
from analysis.projects.location import bracketed_home, came_from, shipped_to
from analysis.projects.pointing_words import tells_another

if TYPE_CHECKING:
    from analysis.projects.kind_context import KindContext
    from analysis.projects.mention import ReadSentence

# «в Лиде», «на стендах в Минске»: a locative preposition right before the place
_AT = lazy_compile(r"(?i)(?:^|\s)(?:в|во|на)\s+$")
_AT_OPENING = lazy_compile(r"(?i)(?:в|во|на)\s")
# «в экспериментальном цехе », «на »: a locative phrase opening up to two words before a place
# adjective of a plant
_AT_PHRASE = lazy_compile(r"(?i)(?:^|\s)(?:в|во|на)\s+(?:[а-яё]+\s+){0,2}$")
_AT_PHRASE_SPAN = 40  # characters looked back for it
# where a clause of a sentence parts («…пройдут в Лиде, а испытывать сеялки будут …»)
_CLAUSE_BREAK = lazy_compile(r"[,;:—–()]")
# a list item opening a paragraph: a dash or a bullet
_LIST_ITEM = lazy_compile(r"\s*[—–•·*-]")
# the forms of a verb (pymorphy3 parts of speech): a clause without one is no clause of its own
_VERB_FORMS = ("VERB", "INFN", "PRTF", "PRTS", "GRND")
# how many sentences after the project's own a work site may be told
WORK_SITE_REACH = 2


def _index_at(toks: list[Token], pos: int) -> int | None:
    return next((k for k, t in enumerate(toks) if t.start == pos), None)


def client_home(toks: list[Token], e: Entity) -> bool:
    """«по документации ростовской компании», «под заказ челябинского завода», «для
    ростовской компании»: a place adjective right after a client noun governed by «по» /
    «под» (``client_noun``), or right after ``client_preposition``, says where the client,
    designer or licensor is at home, not where the work is done."""
    k = _index_at(toks, e.start)
    if k is None or k == 0:
        return False
    if e.role not in ADJECTIVE_ROLES:
        return _customers_region(toks, k)
    if toks[k - 1].word in words("client_preposition"):
        # («Для псковских автобусов МАЗ открыли сервисный центр»: the adjective of goods says
        # where they run, a customer is no part of it)
        return not (k + 1 < len(toks) and toks[k + 1].lemma in words("product_heads"))
    if k > 1 and toks[k - 1].lemma in words("client_noun") and (
            toks[k - 2].word in ("по", "под")  # («по техническому заданию ростовского завода»)
            or (k > 2 and toks[k - 2].pos == "ADJF" and toks[k - 3].word in ("по", "под"))):
        return True
    return _owner_of_goods_for(toks, k) or _maker_of_goods_for(toks, k)


_CUSTOMER_REACH = 2  # nouns between «для» and a region in the genitive («для нужд предприятий»)


def _customers_region(toks: list[Token], k: int) -> bool:
    """«для хозяйств Курской области», «для угольщиков Кузбасса», «для нужд предприятий
    области», «для Москвы», «по заказу Саратовской области»: a region named (in the
    genitive they govern) after «для» (``client_preposition``) or after the buyers or users it governs
    (``customer_nouns``), or after a client noun under «по» / «под», tells whom the goods
    are for, not where the work is done. Not where the sentence tells a service
    (``service_stems``): a service is done where the users are («обслуживание тракторов для
    хозяйств Свердловской области»)."""
    if any(t.word.startswith(tuple(words("service_stems"))) for t in toks):
        return False
    if toks[k - 1].word in words("client_preposition"):
        return True
    if k > 1 and toks[k - 1].lemma in words("client_noun") and toks[k - 2].word in ("по", "под"):
        return True
    customers = words("customer_nouns")
    for j in range(k - 1, max(-1, k - 2 - _CUSTOMER_REACH), -1):
        if toks[j].word in words("client_preposition"):
            return j < k - 1
        if toks[j].lemma not in customers:
            return False
    return False


def _maker_of_goods_for(toks: list[Token], k: int) -> bool:
    """«готовит выпуск шарошек для комплексов, которые собирает петербургское АО «…»»: a
    place adjective opening a firm's name (a legal form next) as the subject of a verb that
    opens a «который» clause after the goods «для» governs names the maker of the machines
    the goods are for, the client, not where the work is done."""
    if k < 2 or k + 1 >= len(toks) or toks[k + 1].word not in words("legal_form") \
            or toks[k - 1].pos != "VERB" or toks[k - 2].lemma != "который":
        return False
    return any(t.word in words("client_preposition")
               for t in toks[max(0, k - 3 - _GOODS_REACH):k - 2])


_GOODS_REACH = 4  # words from «для» to the place adjective of the goods' owner


def _owner_of_goods_for(toks: list[Token], k: int) -> bool:
    """«выпускает редукторы для проходческих комплексов петербургского ООО «…»»: a place
    adjective opening a firm's name (a legal form next) in the genitive after the goods
    that «для» governs names the goods' owner, the client, not where the work is done
    (no preposition, verb or site noun between: «для цеха брянского ООО» is a site)."""
    if k + 1 >= len(toks) or toks[k + 1].word not in words("legal_form"):
        return False
    between = toks[max(0, k - _GOODS_REACH):k]
    for j in range(len(between) - 1, -1, -1):
        t = between[j]
        if t.word in words("client_preposition"):
            return j < len(between) - 1
        if t.pos not in ("ADJF", "PRTF", "NOUN") or t.lemma in words("site"):
            return False
    return False


def in_client_phrase(toks: list[Token], firm: Entity) -> bool:
    """Is `firm` named as a client («по заказу «Тамбовагроснаба»», «по документации
    ростовской компании ООО «…»»): a client noun after «по»/«под» at most three words before
    it, with no other noun of its own between (adjectives and a generic firm word may stand)."""
    before = [t for t in toks if t.end <= firm.start][-5:]
    for k in range(len(before) - 1, 0, -1):
        if before[k].lemma in words("client_noun") and before[k - 1].word in ("по", "под"):
            return True
        if before[k].word in words("client_preposition"):
            return True
    return False


def for_a_client(toks: list[Token], ents: list[Entity], country: Callable[[Entity], str | None]) -> bool:
    """«запускали под заказ «Щербинского лифтостроительного завода»», «по заказу
    «Тамбовагроснаба»», «будет работать на российские заказы»: the sentence's work is done
    for a Russian client (a client noun after «по»/«под» before a firm that is not
    Belarusian or a Russian place's adjective, or «заказ» after «российский»)."""
    client = words("client_noun")
    for k, t in enumerate(toks):
        if t.word in words("client_preposition") and _russian_firm_after(toks, k, ents, country):
            return True  # «формуют сегменты для казанской компании ООО «…»»
        if t.word in words("client_preposition") and k + 2 < len(toks) \
                and toks[k + 1].lemma == "российский" and toks[k + 2].lemma in words("client_partner"):
            return True  # «Кассеты для российского партнёра МЗМК выпускает …»
        if t.lemma not in client or k == 0:
            continue
        if t.lemma == "заказ" and toks[k - 1].lemma == "российский":
            return True
        if toks[k - 1].word not in ("по", "под"):
            continue
        after = toks[k + 1].start if k + 1 < len(toks) else t.end
        if any(e.start in (after, after - 1) or e.start == after + 1 for e in ents
               if (e.type == "enterprise" and country(e) != "BY")
               or (e.type == "region" and is_russian_region(e.normal))):
            return True
    return False


_CLIENT_REACH = 4  # words between «для» and the client firm's name («казанской компании ООО»)


def _russian_firm_after(toks: list[Token], k: int, ents: list[Entity],
                        country: Callable[[Entity], str | None]) -> bool:
    """«для казанской компании ООО «…»», «для Петербургского тракторного завода»: a Russian
    firm named within a few words after «для» (token `k`), no preposition or verb between:
    the client of the work."""
    for e in ents:
        if e.type != "enterprise" or e.start <= toks[k].end or country(e) != "RU":
            continue
        between = [t for t in toks[k + 1:] if t.end <= e.start]
        if len(between) <= _CLIENT_REACH and not any(
                t.pos in ("PREP", "CONJ", *_VERB_FORMS) for t in between):
            return True
    return False


def made_in_belarus(ctx: KindContext) -> bool:
    """A Russian side named in the sentence (a Russian firm, or a Russian place's adjective:
    «псковская компания», «ленинградских инвесторов»; not the country alone) and a
    Belarusian place named as such (not an adjective): the work is done in Belarus, with or
    for that side («… на арендованной площадке в Витебске», «В Витебской области …»)."""
    russian = any(
        (e.type == "region" and e.role in ADJECTIVE_ROLES and is_russian_region(e.normal))
        or (e.type == "enterprise" and ctx.country(e) == "RU")
        or _russian_firm_noun(ctx.toks, e) for e in ctx.entities)
    return russian and any(e.type == "region" and e.role not in ADJECTIVE_ROLES
                           and not is_russian_region(e.normal) for e in ctx.entities)


def _russian_firm_noun(toks: list[Token], e: Entity) -> bool:
    """«совместно с одним из российских производителей», «с российской компанией»: the
    country's adjective right before a firm's noun (``firm_reference``) names a Russian firm
    the text does not name (the country alone, «российский рынок», names none)."""
    if e.type != "country" or e.normal != "Россия" or e.role != "adjective":
        return False
    k = _index_at(toks, e.start)
    return k is not None and k + 1 < len(toks) and toks[k + 1].lemma in words("firm_reference")


def maker_site(text: str, toks: list[Token], ents: list[Entity], firms: list[Entity],
               info: dict[str, dict[str, str]]) -> list[Entity]:
    """«Гомельское ОАО «Гидропривод» осваивает по документации ростовской компании …»: once
    the client's home is set aside, a Belarusian firm of the sentence that is not itself the
    client is the maker, and its place is where the work is done (the Belarusian adjective
    introducing it, else the firm, whose home the location column gives). [] if none."""
    for f in firms:
        if info.get(f.normal, {}).get("country") != "BY" or in_client_phrase(toks, f):
            continue
        place = introducing_place(text, ents, f)
        return [place] if place is not None and not is_russian_region(place.normal) else [f]
    # «минский холдинг собирает на своих мощностях … по заказу екатеринбургской компании»:
    # a maker named by its generic noun after a Belarusian place adjective is at home there
    generic = words("generic_head")
    for e in ents:
        k = _index_at(toks, e.start) if e.type == "region" and e.role in ADJECTIVE_ROLES \
            and not is_russian_region(e.normal) and not client_home(toks, e) else None
        if k is not None and k + 1 < len(toks) and toks[k + 1].lemma in generic:
            return [e]
    return []


def plant_adjective(text: str, toks: list[Token], e: Entity) -> bool:
    """«в экспериментальном цехе бобруйского предприятия», «на гомельском заводе»: a place's
    adjective before a plant or site noun, in a phrase «в»/«на» opens, is where the plant is."""
    site = words("site") | words("plant_site")
    following = next((t.lemma for t in toks if t.start >= e.end), None)
    return e.type == "region" and following in site and bool(
        _AT_PHRASE.search(text, max(0, e.start - _AT_PHRASE_SPAN), e.start))


def town_adjectives(text: str, toks: list[Token], ents: list[Entity]) -> list[Entity]:
    """The adjectives of listed towns the sentence's entities lack («бобруйского предприятия»),
    as town-adjective places, where one is a plant's (`plant_adjective`)."""
    taken = {e.start for e in ents}
    found = []
    for t in toks:
        if t.start in taken or t.pos != "ADJF" or (town := town_of_adjective(t.word)) is None:
            continue
        region = next((r.normal for r in find_regions(town)), None)
        place = Entity(start=t.start, end=t.end, surface=text[t.start:t.end], type="region",
                       normal=region or town, role="town_adjective")
        if region is not None and plant_adjective(text, toks, place):
            found.append(place)
    return found


def _work_place(text: str, sent: ReadSentence, ents: list[Entity], in_name: set[int],
                development: bool, venture: bool = False) -> Entity | None:
    """The first place of `sent` after «в»/«на» in a clause that tells work being done
    (``work_done``): «строить судно будут в Речице»; for a development, tests too
    (``work_tested``: «испытания ведутся на стендах в Минске»; a part's «Опытные партии
    прошли заводские испытания в Гомеле» are tested at the customer's, made elsewhere).
    Places goods go to or come from, and places inside a firm's name, are none."""
    work = words("work_done") | (words("work_tested") if development else frozenset()) \
        | (words("work_registered") if venture else frozenset())
    toks = sent.toks
    plants = words("site") | words("plant_site")
    for e in sorted([*ents, *town_adjectives(text, toks, ents)], key=lambda e: e.start):
        if e.type not in ("region", "country") or id(e) in in_name:
            continue
        if e.type == "country" and e.normal != "Беларусь":
            continue  # «в России» is no site
        if e.role in ADJECTIVE_ROLES:
            # «Проектированием занимается бюро бобруйского завода»: a place adjective before
            # a plant noun names where that plant is (any other adjective describes a side;
            # so does a plant in the instrumental: «работы с минским предприятием», a party)
            k = next((k for k, t in enumerate(toks) if t.start >= e.end), None)
            if k is None or toks[k].lemma not in plants or "ablt" in toks[k].tags:
                continue
        elif not (_AT.search(text, max(sent.start, e.start - 4), e.start)
                  or _AT_OPENING.match(text, e.start, e.end)):  # (a surface «в Лиде»)
            continue
        if shipped_to(text, toks, e) or came_from(text, e):
            continue
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, sent.start, e.start)]
        hi = next((m.start() for m in _CLAUSE_BREAK.finditer(text, e.end, sent.end)), sent.end)
        lo = breaks.pop() if breaks else sent.start
        # «… идут у нас, в Минске, на площадке цеха»: a place set off by commas with no verb
        # of its own is an apposition of the clause before, whose words tell the work
        while lo > sent.start and not any(t.pos in _VERB_FORMS for t in toks if lo <= t.start < hi):
            lo = breaks.pop() if breaks else sent.start
        clause = [t for t in toks if lo <= t.start < hi]
        if any(t.lemma in work for t in clause) or (
                any(t.lemma in words("work_by_people") for t in clause)
                and any(t.lemma in words("side_people") for t in clause)):
            return e  # («Конструкторы работают в Гомеле»: people at work, not machines in use)
        if not words("speech_clause").isdisjoint(t.lemma for t in clause):
            continue  # («Как рассказал директор оршанского предприятия, …»: the speaker's employer)
        return None  # the first place of the sentence is not where work goes on
    return None


def work_site_after(text: str, sents: Sequence[ReadSentence],
                    entities_in: Callable[[int], list[Entity]], idx: int, firms: set[str],
                    in_name: set[int], development: bool,
                    venture: bool = False) -> tuple[list[Entity], list[Entity]] | None:
    """The place a sentence after `idx` gives the work of the project told there: (Russian
    places, Belarusian places), or None (`development`: the project is a development, whose
    tests are its work too). A sentence naming a firm outside the project's `firms`, or
    announcing another item («кроме того», «также»: ``tells_another``), tells another story:
    the search stops there; for a `venture`, the venture's own name («СП «ЛазерТехМаш»
    зарегистрировано в Витебской области») is its own, and where it is registered
    (``work_registered``) is its place."""
    for j in range(idx + 1, min(len(sents), idx + 1 + WORK_SITE_REACH)):
        if sents[j].paragraph != sents[j - 1].paragraph and _LIST_ITEM.match(text, sents[j].start):
            return None  # «— Размещение в Новозыбкове …»: the next item of a list
        if tells_another(sents[j].toks):
            return None  # «Кроме того, в Алтайском крае рассматривается сборка …»: another item
        ents = entities_in(j)
        if any(e.type == "enterprise" and e.normal not in firms
               and not (venture and _venture_name(text, e)) for e in ents) \
                and not _founders_told(sents[j]):
            return None
        place = _work_place(text, sents[j], ents, in_name, development, venture)
        if place is not None:
            return ([place], []) if is_russian_region(place.normal) else ([], [place])
    return None


def _venture_name(text: str, firm: Entity) -> bool:
    """«СП «ЛазерТехМаш»»: a venture noun (``venture_nouns``) right before the firm's name."""
    m = _WORD_BEFORE.search(text, max(0, firm.start - _WORD_BEFORE_SPAN), firm.start)
    return m is not None and m.group(1).lower() in words("venture_nouns")


_WORD_BEFORE = lazy_compile(r"([А-Яа-яЁё]+)\s+«?$")
_WORD_BEFORE_SPAN = 16  # characters looked back for the venture noun


def _founders_told(sent: ReadSentence) -> bool:
    """«СП создано в 2018 году ОАО «…» и пермским ООО «…»; производство размещено в …»: a
    sentence opening with the project's noun (``reference_start``) that tells its founding
    (``founded``) names the venture's founders, not another story."""
    toks = sent.toks
    return bool(toks) and toks[0].lemma in words("reference_start") \
        and not words("founded").isdisjoint(sent.lemmas)


def placeless(text: str, toks: list[Token], ru: list[Entity], by: list[Entity]) -> bool:
    """A sentence that names no site of its own: no Belarusian place, and its Russian places
    (if any) only adjectives of a partner's home («ярославский ТД «…»», not «на другом
    воронежском предприятии»: a plant's) or places a partner comes from («из Набережных
    Челнов», «ЗАО «…» (г. Челябинск)»)."""
    site = words("site") | words("plant_site")
    return not by and all(
        (e.role in ADJECTIVE_ROLES
         and next((t.lemma for t in toks if t.start >= e.end), None) not in site)
        or came_from(text, e) or bracketed_home(text, e) for e in ru)


# «на своём шасси», «на своих мощностях», «на своей площадке»: the doer's own plant
_OWN_SITE_OF_DOER = lazy_compile(r"(?i)\bна\s+сво(?:[её]м|[её]|ей|ю|их|и)\s+(?:[а-яё]+\s+)?"
                                 r"(?:шасси|мощност|площадк|площадях|производств|заводе)")
# at most three words before the quoted name («на базе Центра технической поддержки «БелАЗ»»):
# «на базе бывшего производства открыт сервисный центр «Гомсельмаша»» names the firm of the centre.
# A genitive chain holds no preposition: in «на базе цеха в Тольятти «АвтоСоюз-Сборка»
# организует …» the place closes the phrase and the quoted name after it is the subject
# (so the bare phrase stops before a quote too)
_ON_BASE = lazy_compile(
    r"(?i)\bна\s+базе\s+(?:(?:(?!(?:в|во|на|под|при|у)\s)[^\s«»,.;]+\s+){0,3}«[^»]{1,40}»"
    r"|(?:[^\s«]\S*\s+){0,3}[^\s«]\S*)")
# «центр в Мурманске», «площадка – в Улан-Удэ»: a place right after the subject noun
_OWN_SITE = lazy_compile(r"\s*[–—-]?\s*(?:в|во|на)\s+[А-ЯЁ]")


def doer_own_site(text: str, start: int, end: int) -> bool:
    """«на своём шасси», «на своих мощностях» between `start` and `end`: the doer's own plant."""
    return _OWN_SITE_OF_DOER.search(text, start, end) is not None


def on_base_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of «на базе …» phrases between `start` and `end` (a site, not a party)."""
    return [m.span() for m in _ON_BASE.finditer(text, start, end)]


def own_site_after(text: str, pos: int) -> bool:
    """«центр в Мурманске», «площадка – в Улан-Удэ»: a place right after the subject noun."""
    return _OWN_SITE.match(text, pos) is not None
