"""Where a sentence places its projects: named regions before adjectives, Belarusian sites,
origins («из Липецка») and destinations of goods left out.

`sentence_places` is the reader's (`analysis.projects.reader`) step «where» for one sentence;
the dependency tree (`analysis.projects.relations`) extends an origin to its coordinated list.
A sentence placed abroad is `analysis.projects.placed_abroad`'s question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from analysis.entities import Entity, is_russian_region
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import Token, words
from analysis.projects.digest_items import ITEM_NUMBER
from analysis.projects.firm_homes import firm_after, introducing_place
from analysis.projects.goods_in_use import places_in_use
from analysis.projects.kind_goods import buyer_after_goods
from analysis.projects.location import (
    ADJECTIVE_ROLES,
    shipped_from,
    shipped_list,
    shipped_to,
    shipper_place,
    signed_at,
)
from analysis.projects.work_site import client_home, in_client_phrase, maker_site

if TYPE_CHECKING:
    from analysis.projects.mention import ReadSentence
    from analysis.projects.relations import ClauseSyntax

# «в регионе», «здесь», or «в <Place>» with a place the gazetteer does not know («в Грамотеино»)
_LOCATIVE_ANAPHORA = lazy_compile(
    r"(?i:\b(?:в|на)\s+(?:регионе|области|крае|республике|округе|городе|территории\s+области)\b"
    r"|\bздесь\b)|\b[Вв]\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?\b"
)
# «на площадке ОАО «…»» before a firm: its site
# «на «Белкоммунмаше» смонтирована линия»: «на» right before the firm names its plant too;
# so does «на минском ОАО «Пеленг»», «на гомельском заводе «…»»: a place adjective in the
# locative and a legal form or a plant noun may stand between (the «на» of a site, not of
# a destination: «поставки на минский завод» is accusative)
_SITE_BEFORE = lazy_compile(
    r"(?i)\bна\s+(?:[а-яё]+(?:ом|ем)\s+)?"
    r"(?:(?:площадк|мощност|территори|заводе|предприятии|комбинате)\w*\s+)?"
    r"(?-i:[А-ЯЁ]{2,5}\s+)?«?$")
# «компания «Агропромтехника» из Липецка»: where a firm comes from, not where it builds
_IN_BEFORE = lazy_compile(r"(?i)(?:^|\s)в\s+$")
# «в Могилёве», «в самом Могилёве»: a scene
_SCENE_BEFORE = lazy_compile(r"(?i)(?:^|\s)в\s+(?:сам(?:ом|ой)\s+)?$")
# «в соседней Липецкой области», «в самом Бобруйске»: a locative «в» with one adjective of
# its own before the place (the adjective agrees in the prepositional: -ой/-ей/-ом/-ем)
_IN_ADJECTIVE_BEFORE = lazy_compile(r"(?i)(?:^|\s)в\s+(?:[а-яё]+(?:ой|ей|ом|ем)\s+)?$")
_IN_ADJECTIVE_SPAN = 24  # characters: «в», an adjective and the spaces
_ORIGIN_SPAN = 24  # characters: «из», an adjective and the spaces
# («из подмосковного Жуковского», «из соседней Коломны»: one adjective of its own between)
_ORIGIN_BEFORE = lazy_compile(r"(?:^|\s)[Ии]з\s+(?:[а-яё]+(?:ого|его|ой|ей)\s+)?$")
_IN = ("в", "во")
# the opening of a firm's bracketed home: « (Мозырь)», « (г. Челябинск)»
_HOME_BRACKET = lazy_compile(r" \((?:г\. ?)?$")
# «близость к Москве и Нижнему Новгороду», «ближе к Брянску»: «к» with the dative says a
# direction or nearness, never where something stands (a list's later members share it)
_TOWARD_BEFORE = lazy_compile(
    r"(?i)(?:^|\s)ко?\s+(?:(?-i:[А-ЯЁ])[а-яё-]+\s+){0,3}(?:и\s+(?:[а-яё]+(?:ому|ему|ой|ей)\s+)?)?$")
_TOWARD_SPAN = 60  # characters looked back for that «к»
# («на другом воронежском предприятии»: an adjective of its own may stand between)
_ON_BEFORE = lazy_compile(r"(?i)(?:^|\s)на\s+(?:[а-яё]+(?:ом|ем|ой)\s+)?$")
# «на площадке минского предприятия», «в цехе солигорского завода»: a site noun before the
# plant's place adjective (``site`` nouns, `_in_the_plants_site`)
_IN_SITE_BEFORE = lazy_compile(
    r"(?i)(?:^|\s)(?:на|в|во)\s+(?:площадк|цех|территори|корпус)[а-яё]*\s+$")
_IN_SITE_SPAN = 24  # characters: the preposition, the site noun and the spaces
# «на территории Республики Беларусь», «на территории Беларуси»: the country is the place
# what links the members of a list of places («Смоленской, Тверской и Псковской»)
_LIST_LINK = lazy_compile(r"\s*(?:,|,?\s*(?:и|или|а\s+также))\s*")
_TERRITORY_BEFORE = lazy_compile(r"(?i)(?:^|\s)на\s+территории\s+$")
# what is left of a digest item's heading («Мичуринск и Елец.») once its places are taken out
# (after the item's number of a numbered digest: «2️⃣ Калужская область.», «3. Омск.»)
# «Мичуринск и Елец.»: a heading that joins its places by «и» or a comma names one item's sites
_HEADING_AND = lazy_compile(r"(?:,|\sи\s)")
_HEADING_REST = lazy_compile(r"\s*(?:" + ITEM_NUMBER + r")?[\s,.;:—–-]*(?:и[\s,.;:—–-]*)*")
# «в Саратовской (Балаково) и Волгоградской (Михайловка) областях»: a region adjective whose
# region noun follows after a town in brackets or more list members is a named region
_BRACKET = r"(?:\([^()\n]{0,40}\)\s*)?"
_REGION_NOUN_AFTER = lazy_compile(
    rf"\s*{_BRACKET}(?:(?:,|\s+и)\s*[А-ЯЁ][а-яё]+(?:ой|ей)\s*{_BRACKET})*"
    r"(?:област|кра[яеюйёи]|республик)")


class Places(NamedTuple):
    """Where a sentence places its projects."""

    ru: list[Entity]  # Russian regions named (or by adjective when none is named)
    by: list[Entity]  # Belarusian places (or the site of a Belarusian firm)
    located: bool  # some place is said, even one the gazetteer lacks («в Грамотеино»)
    for_client: bool = False  # a Russian client's home or firm was set aside as no site


class PlaceReading(NamedTuple):
    """What the place step needs of the article being read."""

    text: str
    info: dict[str, dict[str, Any]]  # enterprise_info()
    in_name: set[int]  # ids of place entities inside a firm's name («Волжский металлокаркас»)
    syntax: ClauseSyntax | None


def sentence_places(reading: PlaceReading, sent: ReadSentence, sent_ents: list[Entity],
                    firms: list[Entity], triggered: bool = True) -> Places:
    """Named places first; an adjective («татарстанские партнёры») only when none is
    named, and a Belarusian one never locates (it describes a firm: «минский
    «Мотовелозавод»»). `triggered`: the sentence names a kind of project (or sets the
    scene for one that does), so a venue is no place of it; a sentence with no kind cue
    keeps its venue («По итогам выставки в Екатеринбурге … договорились об укреплении
    сотрудничества»: told elsewhere, it continues no project placed in another region)."""
    text, toks, info = reading.text, sent.toks, reading.info
    street = words("street")
    places = [e for e in sent_ents if e.type == "region" and id(e) not in reading.in_name
              and not _dealer_territory(text, toks, e) and not signed_at(toks, e)
              and not _TOWARD_BEFORE.search(text, max(0, e.start - _TOWARD_SPAN), e.start)
              and not (e.role in ADJECTIVE_ROLES and _next_lemma(toks, e.end) in street)]
    # «на недавней выставке в Минске МАЗ назвал … компанию, которая монтирует …»: where an
    # event gathers people is no place of the work (the tree tells what the place is under)
    venues = reading.syntax.venues(sent.start, sent.end, places, sent.lemmas) \
        if reading.syntax and triggered else []
    places = [e for e in places if e not in venues]
    # «осваивает по документации ростовской компании»: a client's home is no place of the work
    clients = [e for e in places if is_russian_region(e.normal) and client_home(toks, e)]
    if any(info.get(f.normal, {}).get("country") != "BY" for f in firms):
        # («Казанский университет и МТЗ ведут работу над трактором для хозяйств Татарстана»:
        # with a Russian party named, the users' region may be its own; only a Belarusian
        # maker's goods for a region's buyers are made elsewhere)
        clients = [e for e in clients if e.role in ADJECTIVE_ROLES]
    # («для хозяйств Смоленской, Тверской и Псковской областей»: the list's members too)
    for e in sorted(places, key=lambda e: e.start):
        if e not in clients and clients and is_russian_region(e.normal) and any(
                c.end <= e.start and _LIST_LINK.fullmatch(text, c.end, e.start) for c in clients):
            clients.append(e)
    places = [e for e in places if e not in clients]
    site = words("site")
    # («будут поставляться на ковровскую площадку»: a site noun in the accusative is where
    # the goods go, not where the work is)
    named = [e for e in places if e.role not in ADJECTIVE_ROLES or any(  # «на гродненской площадке»
        t.start >= e.end and t.lemma in site and "accs" not in t.tags
        for t in toks if e.end <= t.start <= e.end + 1)
        or (text[e.end:e.end + 1] in " (" and _REGION_NOUN_AFTER.match(text, e.end))
        or _on_the_plant(text, toks, e) or _in_the_plants_site(text, toks, e)]
    # «наладят в Беларуси», «на белорусской площадке»: the country itself is the place
    # (not «поставлять на конвейеры в Беларуси»: a destination of trade)
    trade = not words("trade").isdisjoint(sent.lemmas)
    named += [e for e in sent_ents if e.type == "country" and e.normal == "Беларусь" and (
        (e.role != "adjective" and not trade
         and _IN_BEFORE.search(text, max(0, e.start - 4), e.start)
         and text[e.start:e.end].split()[0].lower().endswith(("и", "е")))
        or (e.role != "adjective" and not trade
            and _TERRITORY_BEFORE.search(text, max(0, e.start - 16), e.start))
        or (e.role == "adjective" and any(t.lemma in site for t in toks
                                          if e.end <= t.start <= e.end + 1)))]
    founded = words("founded")
    if not founded.isdisjoint(sent.lemmas):
        # «СООО «…», учреждённое брестским ОАО «…» и кстовским «Техмашем»», «СП учредили …
        # и самарское ООО «…»»: the founders' adjectives say where the founders are from,
        # not where their venture is
        firm_starts = {e.start for e in firms}
        places = [e for e in places if e.role not in ADJECTIVE_ROLES
                  or not (m := firm_after(text, e.end)) or m.end() not in firm_starts]
        named = [e for e in named if e in places or e.type == "country"]  # «создание … в Беларуси»
    # «готовые комплексы пойдут заказчикам в Смоленской области и Западной Сибири»
    at_customers = customers_at(text, toks, named)
    # «центра в Коврове для станков, которые работают на предприятиях Владимирской и
    # Нижегородской областей»: where the goods are in use, beside a site the sentence names
    in_use = places_in_use(text, toks, named)
    at_customers += [e for e in in_use if len(in_use) < len(named)]
    named = [e for e in named if e not in at_customers]
    places = [e for e in places if e not in at_customers]
    ru = [e for e in (named or places) if is_russian_region(e.normal)]
    origins = [e for e in named if _ORIGIN_BEFORE.search(text, max(0, e.start - _ORIGIN_SPAN), e.start)
               or made_in(toks, e)]
    # «ОАО «Беларускабель» (Мозырь) и АО «…» из Каменска-Уральского»: a town in brackets
    # right after a firm's name says where the firm is from, as «из …» does
    firm_ends = {f.end for f in firms} | {f.end + 1 for f in firms if text[f.end:f.end + 1] == "»"}
    # («ЗАО «…» (г. Челябинск)»: «г.» may open the brackets)
    homes = [e for e in named if e not in origins and text[e.end:e.end + 1] == ")"
             and (m := _HOME_BRACKET.search(text, max(0, e.start - 8), e.start)) is not None
             and m.start() in firm_ends]
    # (a bracketed town alone may be the site: «ООО «…» (Пенза) получило»; not where the
    # other firm is introduced by its own home too: «Чебоксарское ООО «…» и ОАО «…»
    # (Барановичи) подписали соглашение»: both sides are told by where they are from)
    homes_only = bool(homes) and any(introducing_place(text, sent_ents, f) for f in firms)
    if origins or len(origins) + len(homes) < len(named) or homes_only:
        origins += homes
    if origins and reading.syntax and len(origins) < len(named):  # «из Московской и Тверской»
        origins += [e for e in reading.syntax.origins(sent.start, sent.end, named)
                    if e not in origins]
        if len(origins) == len(named):  # «на площадке смоленского ООО …» is the site
            ru = [e for e in places if e not in origins and is_russian_region(e.normal)] or ru
    if origins and len(origins) < len(named):  # another place is the site
        ru = [e for e in ru if e not in origins]
    ru = [e for e in ru if not (e in origins and shipped_from(text, toks, e))
          and not shipper_place(toks, e)]
    named = [e for e in named if e not in origins]  # «лифты из Могилёва» are not made there
    # «отгружает часть каркасов в Минск»: a Belarusian place after a shipping verb is
    # where the goods go, not where they are made (``shipped`` in data/project_words.csv)
    named = [e for e in named if not shipped_to(text, toks, e)]
    # («поставляет их также в Подмосковье и Санкт-Петербург»: a list of destinations, read
    # whole before its opening member goes: «пойдёт в Омскую и Курганскую области»)
    listed = shipped_list(text, toks, ru) if len(ru) > 1 else []
    # («готовые детали приходят в Ульяновск»: a Russian place the goods go to is no site)
    ru = [e for e in ru if not shipped_to(text, toks, e) and e not in listed]
    by = [e for e in named if not is_russian_region(e.normal)]
    # «На площадке ОАО «Могилевтрансмаш» начнётся сборка … по лицензии челябинской
    # компании»: the site of a Belarusian firm is in Belarus; a firm's adjective is no place
    on_site = [e for e in firms if info.get(e.normal, {}).get("country") == "BY"
               and _SITE_BEFORE.search(text[max(sent.start, e.start - 30):e.start])
               and not buyer_after_goods(toks, e.start)]
    if on_site and not any(is_russian_region(e.normal) for e in named):
        ru, by = [], by or on_site  # «в Гродно на заводе «Белкард»»: the town says more
    # «увеличил выпуск редукторов для тракторов «Кировец» Петербургского тракторного
    # завода»: a Russian firm named only as the client is no place of the work either
    client_firms = [f for f in firms if info.get(f.normal, {}).get("country") != "BY"
                    and in_client_phrase(toks, f)]
    if (clients or client_firms) and not ru and not by:
        by = maker_site(text, toks, sent_ents, firms, info)  # the Belarusian maker's site
    # «в России» is no place for a project, nor is a venue («провести в Минске форум»)
    unplaced = [(e.start, e.end) for e in sent_ents if e.type == "country" or e in venues]
    located = bool(ru or by or any(
        not any(a < m.end() and m.start() < b for a, b in unplaced)
        for m in _LOCATIVE_ANAPHORA.finditer(text, sent.start, sent.end)))
    return Places(ru=ru, by=by, located=located, for_client=bool(clients or client_firms))


# «в Белоруссии, Смоленской области и …»: the gap between two places of one list
_PLACE_LIST_GAP = lazy_compile(r"\s*,\s*|\s+и\s+(?:в\s+)?")


def customers_at(text: str, toks: list[Token], named: list[Entity]) -> list[Entity]:
    """«пойдут заказчикам в Белоруссии, Смоленской области и Западной Сибири», «отгрузили
    заказчику в Воронеже», «хозяйств всего Заволжья»: the places after «в» (or none) right
    after a customer noun (``customer_noun``), with the places listed after them, say where
    the customers are, no site of the project (session 30; rounds 14, 18, 25, 41, 45, 63)."""
    out: list[Entity] = []
    for e in sorted(named, key=lambda e: e.start):
        k = next((k for k, t in enumerate(toks) if t.start >= e.start), len(toks))
        if k < len(toks) and toks[k].word in _IN and toks[k].end < e.end:
            k += 1  # the gazetteer took the preposition in («в Воронеже»)
        # (the customers in the plural, not «министр сельского хозяйства …»)
        j = k - 1 if k >= 1 and toks[k - 1].lemma == "весь" else k
        if (k >= 2 and toks[k - 1].word in _IN and toks[k - 2].lemma in words("customer_noun")) \
                or (j >= 1 and toks[j - 1].lemma in words("customer_noun") and "plur" in toks[j - 1].tags) \
                or (out and _PLACE_LIST_GAP.fullmatch(text, out[-1].end, e.start)):
            out.append(e)
    return out


def made_in(toks: list[Token], e: Entity) -> bool:
    """«из металлоконструкций, изготовленных в Беларуси», «по пресс-формам, сделанным в
    Гомеле»: a place after a full passive participle of making (``made_participle``) is
    where the goods it qualifies were made, their origin, as «из Могилёва» is; a short one
    is the clause's predicate and names the site («Продукция изготовлена в Минске»)."""
    k = next((k for k, t in enumerate(toks) if t.start >= e.start), len(toks))
    if k < len(toks) and toks[k].word in _IN and toks[k].end < e.end:
        k += 1  # the gazetteer took the preposition in («в Борисове»)
    return k >= 2 and toks[k - 1].word in _IN and toks[k - 2].pos == "PRTF" \
        and toks[k - 2].lemma in words("made_participle")


def _next_lemma(toks: list[Token], end: int) -> str | None:
    """The lemma of the first word after offset `end` (None at the sentence's end)."""
    return next((t.lemma for t in toks if t.start >= end), None)


def _on_the_plant(text: str, toks: list[Token], e: Entity) -> bool:
    """«о выпуске на гомельском заводе листового стекла»: «на», a place adjective and a plant
    noun (``plant_site``) in the locative name where the thing is made («с минским заводом»
    names a party, «на заводе» a site)."""
    plant = words("plant_site")
    return bool(_ON_BEFORE.search(text, max(0, e.start - 20), e.start)) and any(
        t.lemma in plant and "loct" in t.tags for t in toks if e.end <= t.start <= e.end + 1)


def _in_the_plants_site(text: str, toks: list[Token], e: Entity) -> bool:
    """«на площадке минского предприятия», «в цехе солигорского завода»: a site noun
    (``site``) after «на» or «в», then a place adjective and a plant noun (``plant_site``)
    name the plant's own site, where the work is done."""
    plant = words("plant_site")
    return bool(_IN_SITE_BEFORE.search(text, max(0, e.start - _IN_SITE_SPAN), e.start)) and any(
        t.lemma in plant for t in toks if e.end <= t.start <= e.end + 1)


def _dealer_territory(text: str, toks: list[Token], e: Entity) -> bool:
    """«Компания АТС, официальный дилер холдинга «Гомсельмаш» в Курской и Белгородской
    областях, приступила к …»: a region inside an apposition that names a dealer (a comma,
    then ``dealer`` words, no other comma up to the region) is the dealer's territory, not
    where the sentence's project is."""
    dealer = words("dealer")
    before = [t for t in toks if t.end <= e.start]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if "," in text[t.end:e.start] or ";" in text[t.end:e.start]:
            return False
        if t.lemma in dealer:  # only adjectives back to a comma («, официальный дилер»)
            j = k
            while j > 0 and before[j - 1].pos in ("ADJF", "PRTF") \
                    and "," not in text[before[j - 1].end:before[j].start]:
                j -= 1
            return j > 0 and "," in text[before[j - 1].end:before[j].start]
    return False


def scene_before(reading: PlaceReading, previous: ReadSentence,
                 previous_ents: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """«Иначе устроено сотрудничество в Кургане. ООО «…» выпускает …»: a sentence of the same
    paragraph that names one Russian place after «в» and no firm sets the scene for the next
    one, which names none (the article's main region is a worse guess); so does a digest
    item's heading made of place names only («Калининград.», «Жодино.»). Returns the
    Russian and the Belarusian places (both empty: no scene)."""
    if any(e.type == "enterprise" for e in previous_ents):
        return [], []
    ru, by, _, _ = sentence_places(reading, previous, previous_ents, [])
    text = reading.text
    places = [e for e in previous_ents if e.type in ("region", "country")]
    # «Калининград.», «Мичуринск и Елец.»: a digest item's heading names its place
    rest = "".join(ch for k, ch in enumerate(text[previous.start:previous.end], previous.start)
                   if not any(e.start <= k < e.end for e in places))
    if places and _HEADING_REST.fullmatch(rest):
        if len({e.normal for e in ru}) > 1 and not _HEADING_AND.search(
                text, previous.start, previous.end):
            return [], []  # «Уфа — Ставрополь.»: a line of two places the story goes between
        return (ru, []) if ru else ([], by)  # «Жодино.»: a Belarusian item
    # «в Кургане» sets a scene; «Губернатор Московской области встретился…» names an actor
    ru = [e for e in ru
          if _IN_ADJECTIVE_BEFORE.search(text, max(0, e.start - _IN_ADJECTIVE_SPAN), e.start)]
    if not ru and by and not any(is_russian_region(e.normal) for e in places):
        # «Между тем в самом Могилёве у завода идёт свой проект … На предприятии работает
        # линия …»: a Belarusian scene, one town after «в» (a Russian place named: none)
        by = [e for e in by if e.type == "region"
              and _SCENE_BEFORE.search(text, max(0, e.start - 12), e.start)]
        return ([], by) if len({e.normal for e in by}) == 1 else ([], [])
    return (ru, []) if not by and len({e.normal for e in ru}) == 1 else ([], [])


_PHRASE_PLACE_SPAN = 6  # words from a kind cue to the place its own phrase names
_PHRASE_END = lazy_compile(r"[,;:.()—–]")


def place_in_phrase(text: str, toks: list[Token], last: int, places: list[Entity],
                    cue_starts: list[int]) -> Entity | None:
    """«открыл дилерско-сервисный центр на Ставрополье и склад запчастей в Ростовской
    области»: of a sentence's several places, the one the cue's own phrase names (the first
    after the cue ending at token `last`, within a few words, before punctuation or the next
    kind cue at `cue_starts`) is that cue's place, not the nearest one before it. None: the
    phrase names no place."""
    if len({e.normal for e in places}) < 2 or last + 1 >= len(toks):
        return None
    stop = toks[min(len(toks) - 1, last + _PHRASE_PLACE_SPAN)].end
    end = toks[last].end
    after = sorted((e for e in places if end <= e.start < stop), key=lambda e: e.start)
    if not after or _PHRASE_END.search(text, end, after[0].start) or any(
            end <= k < after[0].start for k in cue_starts):
        return None
    return after[0]
