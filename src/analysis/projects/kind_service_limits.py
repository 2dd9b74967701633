"""Kind rules for service, dealer, hub and training cues that name no facility of ours, read
from more genres of news (the rules for cues that tell something other than a project are in
`kind_not_a_project`).

Each rule has the shape of the rules in `analysis.projects.kinds` (it takes the kind hits
of a sentence and returns those it keeps), and `KIND_RULES` there runs them after its own:

* `not_in_house_service`: «обслуживание будет вести собственная ремонтная служба разреза»,
  «ремонт ведут в своих мастерских»: the owners' own staff or workshops, no service centre;
* `service_of_its_assembly`: service named by an activity beside an assembly in one sentence is
  the assembler's service of what it assembles, part of the assembly;
* `training_needs_a_maker`: a training centre or class is a Belarusian maker's, not a
  college's or a university's;
* `bare_service_needs_a_side`: «программы капитального ремонта» with no firm, facility or
  Belarusian side is repair in general, no service project;
* `not_infrastructure_repair`: «ремонт путей», «ремонт дорог» repair no machines;
* `not_a_sellers_service`: «компания лишь продаёт инструмент …, гарантийный ремонт
  выполняется в Минске»: a firm told to only sell has no service of its own there;
* `hub_needs_belarusian_side`: a warehouse or hub («логистическая компания построит
  складской комплекс») is ours only where the sentence names a Belarusian side;
* `not_after_sales_service`: after-sales service of delivered machines (moved here from `kinds`);
* `dealer_only_sells`, `dealers_in_general`: dealers that only sell, dealers in general
  (moved here from `kinds`);
* `dealer_is_a_role`: «получила статус официального дилера», «ООО «…», дилер МТЗ» is what a
  firm is, no facility;
* `service_taken_on`: «сервисное обслуживание возьмёт на себя дилерская сеть «…»»: a firm taking
  service on, with no facility, serves the goods of the project told, no project of its own;
* `not_sent_for_repair`: machines sent away for repair (moved here from `kinds`);
* `not_a_service_bought`: service under a contract won at an auction or tender is bought;
* `not_repair_as_time`: «после ремонта», «во время ремонта»: a repair as a moment of time.

Word lists are data (``data/project_words.csv``: own, own_staff, own_premises,
machine_owners, belarusian_stems, training, bare_service, facility, infrastructure, …).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.entities import enterprise_parent, find_enterprises
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import CueHit, Token, words
from analysis.projects.products import PARTNER_BEFORE

if TYPE_CHECKING:
    from analysis.projects.kind_context import KindContext

_OBJECT_SPAN = 4  # adjectives from a bare service word to its object («ремонт железнодорожных путей»)
_OWN_SPAN = 3  # words from «собственный» to the staff noun («собственная ремонтная служба»)
_ROLE_SPAN = 2  # words from «статус», «стать» to «дилер» («статус официального дилера»)
_FIGURE_SPAN = 100  # characters from a sales word to its figure («продажи техники «Амкодор» … на 18%»)
_CLAUSE_END = lazy_compile(r"[.;!?]")
_DIGIT = lazy_compile(r"\d")


def not_in_house_service(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Техническое обслуживание будет вести собственная ремонтная служба разреза»,
    «ремонтируют своими силами»: the owner's own staff service its machines, no centre opens;
    «обслуживание ведёт сам сборщик»: so does the assembler itself; «ремонт ведут в своих
    мастерских», «ремонт ведут сами хозяйства»: the owners do. («дилер открыл собственный
    сервисный центр» names no staff and stays a project.)"""
    toks, own, staff = ctx.toks, words("own"), words("own_staff")
    in_house = any(t.lemma in own and any(u.lemma in staff for u in toks[k + 1:k + 1 + _OWN_SPAN])
                   for k, t in enumerate(toks))
    # «ремонт выполняют ремонтные службы самого «Беларуськалия»»: the staff of the owner
    # itself («сам» after the staff noun) are its own staff, as «собственная служба» is
    in_house = in_house or any(t.lemma in staff and k + 1 < len(toks) and toks[k + 1].lemma == "сам"
                               for k, t in enumerate(toks))
    if in_house:
        return [h for h in kinds if h.cue.value != "service_center"]
    # «Гарантийное обслуживание ведёт сам сборщик»: the assembler itself serves its machines,
    # the service of the assembly told (a facility cue, «сервисный центр открыл сам
    # производитель», stays a project)
    # «ремонт ведут сами хозяйства», «обслуживанием занимаются сами покупатели»: so do the
    # machines' owners themselves
    doers = words("self_maker") | words("machine_owners")
    itself = any(t.lemma == "сам" and toks[k + 1].lemma in doers
                 for k, t in enumerate(toks[:-1])) or _in_own_workshops(toks)
    facility = words("facility")
    return [h for h in kinds if not (itself and h.cue.value == "service_center"
                                     and facility.isdisjoint(h.cue.words))]


def _in_own_workshops(toks: list[Token]) -> bool:
    """«ремонт ведут в своих мастерских», «в мастерских хозяйств»: «в», a workshop
    (``own_premises``) and an own-word (``own``) before it or the machines' owners
    (``machine_owners``) after it: the owners repair their machines («дилеры с собственными
    мастерскими» serve others)."""
    own, premises, owners = words("own"), words("own_premises"), words("machine_owners")
    for k, t in enumerate(toks[:-2]):
        if t.word not in ("в", "во"):
            continue
        if toks[k + 1].lemma in own and any(u.lemma in premises for u in toks[k + 2:k + 4]):
            return True
        if toks[k + 1].lemma in premises and toks[k + 2].lemma in owners:
            return True
    return False


def service_of_its_assembly(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Гарантийное обслуживание машин обеспечивает партнёр — группа «…», которая собирает
    автобусы …», «собирает тракторы и ведёт их ремонт»: service named by an activity, no
    facility, in a sentence that tells an assembly is the assembler's service of what it
    assembles, part of that one project (a «сервисный центр» beside it stays a project; in
    «полный цикл обслуживания» the service is what the «цикл» is of: a service, no assembly)."""
    assembly = [a for a in kinds if a.cue.value == "assembly"]
    if not assembly:
        return kinds
    facility, toks = words("facility"), ctx.toks

    def facility_of(h: CueHit) -> bool:
        # «достраивает центр по ремонту двигателей»: a facility noun governs the service word
        # (round 63)
        before = [t.lemma for t in toks[max(0, h.first - 2):h.first]]
        return bool(before) and (before[-1] in facility or (
            len(before) == 2 and before[0] in facility and before[1] in _FACILITY_LINKS))

    return [h for h in kinds if not (
        h.cue.value == "service_center" and facility.isdisjoint(h.cue.words)
        and not facility_of(h) and any(not 0 <= h.first - a.last <= 1 for a in assembly))]


_FACILITY_LINKS = frozenset({"по", "для"})  # «центр по ремонту», «база для обслуживания»


def training_needs_a_maker(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«учебный центр «Гомсельмаша»» at a college is a maker's project; «колледж и
    университет подписали меморандум о создании учебного класса» names no maker (colleges
    and universities are no enterprises): a training cue (``training``) needs a listed
    Belarusian firm in its sentence."""
    training = tuple(words("training"))
    if not any(h.cue.words[0].startswith(training) for h in kinds):
        return kinds
    maker = any(ctx.info.get(e.normal, {}).get("country") == "BY" or enterprise_parent(e.normal)
                for e in ctx.enterprises)
    return kinds if maker else [h for h in kinds if not h.cue.words[0].startswith(training)]


def bare_service_needs_a_side(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Собранные лифты идут в региональные программы капитального ремонта»: a bare service
    word («ремонт», «обслуживание», ``bare_service``) names a service project only where its
    sentence names a firm, a facility («центр», «база», ``facility``) or a Belarusian side;
    otherwise it is repair in general (of houses, roads, machines anywhere)."""
    bare = words("bare_service")
    if not any(h.cue.value == "service_center" and h.cue.words[0] in bare
               and len(h.cue.words) == 1 for h in kinds):
        return kinds
    stems, facility = tuple(words("belarusian_stems")), words("facility")
    sided = bool(ctx.enterprises) or any(t.lemma.startswith(stems) or t.lemma in facility
                                         for t in ctx.toks)
    return kinds if sided else [h for h in kinds if not (
        h.cue.value == "service_center" and h.cue.words[0] in bare and len(h.cue.words) == 1)]


def not_a_sellers_service(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Дистрибуцией занимается московское ООО «…»: компания лишь продаёт инструмент …,
    гарантийный ремонт выполняется в Минске»: a sentence that tells its firm only sells
    (``only_words`` right before a verb of selling) gives it no service of its own: a bare
    service word there (``bare_service``) is someone else's repair, no project."""
    bare, only, sales = words("bare_service"), words("only_words"), words("sales")
    toks = ctx.toks
    if not any(t.word in only and u.lemma in sales and u.pos in ("VERB", "INFN")
               for t, u in pairwise(toks)):
        return kinds
    return [h for h in kinds if not (
        h.cue.value == "service_center" and h.cue.words[0] in bare and len(h.cue.words) == 1)]


def not_infrastructure_repair(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«ремонт путей», «капитальный ремонт дорог и мостов», «обслуживание зданий»: a bare
    service word whose object (the next noun, adjectives between) is a road, a track or a
    building (``infrastructure``), or a plant's premises (``premises``: «восстанавливают
    второй плавильный участок»), repairs no machines: no service project. So a one-word part
    cue right before a building («Каркас здания уже возведён») names the building's own
    structure: no component made."""
    toks, bare, works = ctx.toks, words("bare_service"), words("infrastructure")
    premises, rebuild = words("premises"), words("rebuild")

    def of_infrastructure(h: CueHit) -> bool:
        k = h.last + 1
        while k < len(toks) and toks[k].pos in ("ADJF", "PRTF") and k - h.last <= _OBJECT_SPAN:
            k += 1
        if k >= len(toks):
            return False
        # «восстанавливают корпус бывшего льнозавода»: restoring a plant's premises rebuilds
        # a building («ремонт арендованного корпуса» for a centre being fitted out is left to
        # the centre's own words; «ремонтный участок» is a repair shop)
        return toks[k].lemma in works or (toks[k].lemma in premises
                                           and toks[h.first].lemma in rebuild)

    return [h for h in kinds if not (len(h.cue.words) == 1 and of_infrastructure(h) and (
        (h.cue.value == "service_center" and h.cue.words[0] in bare)
        or (h.cue.value == "component_production" and toks[h.last + 1].lemma in works)))]


def hub_needs_belarusian_side(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """A hub, dealer or warehouse (kind other) counts only where its sentence names a
    Belarusian firm (or a Belarusian maker's company) or says «белорусский»: «логистическая
    компания построит складской комплекс» in a park's news is not a Russia–Belarus project."""
    if not any(h.cue.value == "other" for h in kinds):
        return kinds
    stems = tuple(words("belarusian_stems"))
    belarusian = any(ctx.country(e) == "BY" or enterprise_parent(e.normal)  # «МТЗ-Татарстан»
                     for e in ctx.enterprises) or any(
        t.lemma.startswith(stems) for t in ctx.toks) or _firm_told_before(ctx)
    return kinds if belarusian else [h for h in kinds if h.cue.value != "other"]


def _firm_told_before(ctx: KindContext) -> bool:
    """«"Амкодор" наращивает присутствие … В прошлом году компания открыла три дилерских
    центра»: the sentence names its firm by a generic noun (``firm_reference``, its subject) and no firm
    of its own (or only partners after «с»), and the sentence before names a Belarusian maker."""
    before, generic = ctx.previous_sentence, words("firm_reference")
    # «вместе с дилером ООО «…» открыт дилерско-сервисный центр, а в Аксае — склад»: a firm
    # named only as the partner («с …») is not the one the sentence tells of
    partners_only = bool(ctx.enterprises) and all(
        PARTNER_BEFORE.search(ctx.text, max(ctx.start, e.start - 40), e.start)
        for e in ctx.enterprises)
    if before is None or (not partners_only and (ctx.enterprises or not any(
            t.lemma in generic and "nomn" in t.tags for t in ctx.toks))):
        return False  # (a subject: «на площадке регионального дилера» names a place)
    return any(ctx.info.get(e.normal, {}).get("country") == "BY"
               for e in find_enterprises(ctx.text[before.start:before.end]))


def not_after_sales_service(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Техническое обслуживание машин будет выполнять местное предприятие» after a delivery:
    after-sales service of the machines delivered, not a facility (no kind at all)."""
    if not all(h.cue.value in ("service_center", "other") for h in kinds):
        return kinds
    toks = ctx.toks
    facility = any(t.lemma in words("facility") for t in toks) or any(
        t.lemma in words("set_up") for t in toks)
    delivery = words("delivery")
    # (the sentence before counts within the paragraph: a new paragraph tells something else)
    before = ctx.previous_sentence
    if before is not None and "\n" in ctx.text[before.end:ctx.start]:
        before = None
    if not facility and (any(t.lemma in delivery for t in toks)
                         or ctx.around_has(before, delivery)):
        return []
    return kinds


def not_a_service_bought(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Техническое обслуживание автобусов будет выполнять сервисная станция по договору,
    заключённому по итогам аукциона»: service under a contract (``contract_words``) won at a
    procurement (``procurement``) is a service an owner buys, no project — unless the
    sentence sets a facility up («Победитель тендера откроет в Пскове сервисный центр»)."""
    if not kinds or not all(h.cue.value == "service_center" for h in kinds):
        return kinds
    lemmas = {t.lemma for t in ctx.toks}
    bought = not words("procurement").isdisjoint(lemmas) and not words(
        "contract_words").isdisjoint(lemmas) and words("set_up").isdisjoint(lemmas)
    return [] if bought else kinds


def _sells(text: str, toks: list[Token], buyers: bool = False) -> bool:
    """A selling word that tells what someone does, not a sales figure: «довести продажи в
    России до 11 млрд рублей», «продажи … выросли на 18%» count the maker's sales (a noun of
    selling with a number after it in the clause), they describe no dealer; a verb of selling
    («реализовал около 3 тысяч аппаратов») tells a seller, whatever it counts. `buyers`: a
    buyer's verb tells the same of a dealer («центр, где можно приобрести грузовики»: ``buying``)."""
    sales = words("sales") | (words("buying") if buyers else frozenset())
    for t in toks:
        if t.lemma not in sales:
            continue
        if t.pos in ("VERB", "INFN", "GRND"):
            return True  # «дилер … реализовал около 3 тысяч аппаратов»: units sold, a seller
        end = _CLAUSE_END.search(text, t.end, t.end + _FIGURE_SPAN)
        if not _DIGIT.search(text, t.end, end.start() if end else t.end + _FIGURE_SPAN):
            return True
    return False


def dealer_only_sells(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«дилерский центр по продаже тракторов», «будет реализовывать технику»: a dealer that
    only sells is no project (with service beside it, the service centre is the project).
    The next sentence counts too: a headline's dealer is described by the lead. A sales
    figure («и довести продажи до 11 млрд рублей») is no selling (`_sells`)."""
    sales = words("sales")
    # (a buyer's verb only in the dealer's own sentence: «…, их покупают управляющие компании»
    # after it tells who buys the work done, not what the dealer is)
    if not _sells(ctx.text, ctx.toks, buyers=True) and not (
            ctx.around_has(ctx.following_sentence, sales) and _sells(ctx.text, ctx.following)):
        return kinds
    return [h for h in kinds if not (h.cue.value == "other" and h.cue.words[0] in words("dealer"))]


def dealers_in_general(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«их обслуживают местные дилеры», «продаёт через независимых дилеров»: dealers in the
    plural are a sales channel, not a facility (a dealer centre is another cue)."""
    return [h for h in kinds if not (h.cue.words in (("дилер",), ("дистрибьютор",))
                                     and "plur" in ctx.toks[h.first].tags)]


def dealer_is_a_role(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«получила статус официального дилера», «стал дилером МТЗ», «АТС, официальный дилер
    холдинга»: a dealer named by its status or role (``dealer_role`` within two words
    before) is what a firm is, not a facility it opens, and so is a dealer after «с», the
    other side of a deal (`_counterpart`); a service or assembly cue of the same sentence
    is the project."""
    toks, role = ctx.toks, words("dealer_role")
    return [h for h in kinds if not (
        h.cue.words in (("дилер",), ("дистрибьютор",))
        and (any(t.lemma in role for t in toks[max(0, h.first - _ROLE_SPAN):h.first])
             or _counterpart(toks, h.first) or _apposed(ctx, h.first)))]


_APPOSITION = lazy_compile(r"[»\"]?\s*[,—–-]\s*$")


def _apposed(ctx: KindContext, k: int) -> bool:
    """«технику предоставило ООО «Смолагротехцентр», дилер Минского тракторного завода»: a
    dealer in apposition after a firm's name (a comma or dash between, only adjectives before
    it) says who the firm is, not a facility it opens."""
    toks = ctx.toks
    j = k - 1
    while j >= 0 and toks[j].pos in ("ADJF", "PRTF"):
        j -= 1
    if j < 0:
        return False
    gap = ctx.text[toks[j].end:toks[j + 1].start]
    return bool(_APPOSITION.search(gap)) and any(
        toks[j].start <= e.end <= toks[j].end + 1 for e in ctx.enterprises)


def _counterpart(toks: list[Token], k: int) -> bool:
    """«заключил с российским дилером «…» контракт на поставку», «трактор берут у ближайшего
    дилера»: a dealer after «с» or «у» (only adjectives between) is the other side of a deal,
    the seller, not a facility opened."""
    j = k - 1
    while j >= 0 and toks[j].pos in ("ADJF", "PRTF"):
        j -= 1
    return j >= 0 and toks[j].word in ("с", "со", "у")


_TAKE_ON_SPAN = 2  # words from «взять» to «себя» («возьмёт на себя»)


def service_taken_on(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Техника пойдёт аграриям, а сервисное обслуживание возьмёт на себя дилерская сеть
    «…»»: service (no facility word, ``facility``) that a firm takes on («взять на себя»,
    ``take_on``) is a task it assumes for the goods of the project told, part of that project,
    not a centre of its own (newuser38; «дилер возьмёт на себя открытие сервисного центра» names
    the centre and stays a project)."""
    toks = ctx.toks
    taken = any(t.lemma in words("take_on") and any(
        u.word == "себя" for u in toks[k + 1:k + 1 + _TAKE_ON_SPAN]) for k, t in enumerate(toks))
    if not taken or any(t.lemma in words("facility") for t in toks):
        return kinds
    return [h for h in kinds if not (h.cue.value == "service_center"
                                     and words("facility").isdisjoint(h.cue.words))]


def not_sent_for_repair(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«двигатели уходят в капитальный ремонт», «узлы отправляли на ремонт»: a repair noun
    governed by «в»/«на» is machines sent away for repair, not a facility."""
    toks = ctx.toks

    def governed(i: int) -> bool:
        j = i - 1
        while j >= 0 and toks[j].pos in ("ADJF", "PRTF"):
            j -= 1
        return j >= 0 and j < i and toks[j].word in words("sent_for") and "accs" in toks[i].tags

    return [h for h in kinds if not (h.cue.value == "service_center" and len(h.cue.words) == 1
                                     and governed(h.first))]


def not_repair_as_time(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«После ремонта тележек … их вернут владельцу», «перед капитальным ремонтом»: a repair
    noun governed by a preposition of time (``time_prepositions``; «во время», «в ходе» by
    their noun) tells when something happens to the machines, not a facility (session 33)."""
    toks, before = ctx.toks, words("time_prepositions")

    def as_time(i: int) -> bool:
        j = i - 1
        while j >= 0 and toks[j].pos in ("ADJF", "PRTF"):
            j -= 1
        return j >= 0 and (toks[j].word in before or (
            j > 0 and toks[j].word in ("время", "ходе") and toks[j - 1].word in ("во", "в")))

    return [h for h in kinds if not (h.cue.value == "service_center" and len(h.cue.words) == 1
                                     and toks[h.first].lemma in words("bare_service")
                                     and as_time(h.first))]
