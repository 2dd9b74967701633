"""Kind rules for cues that name no project of ours, read from more genres of news.

Each rule has the shape of the rules in `analysis.projects.kinds` (it takes the kind hits
of a sentence and returns those it keeps), and `KIND_RULES` there runs them after its own:

* `not_a_count` (moved here from `kinds`): «более 20 сборочных производств», «несколько
  производств и сервисных площадок», «многие заводы собирают» count or generalise projects;
* `not_a_gathering`: «форум собрал более 600 участников» gathers people, it assembles nothing;
* `not_in_house_service`: «обслуживание будет вести собственная ремонтная служба разреза»,
  «ремонт ведут в своих мастерских»: the owners' own staff or workshops, no service centre;
* `bare_service_needs_a_side`: «программы капитального ремонта» with no firm, facility or
  Belarusian side is repair in general, no service project;
* `not_infrastructure_repair`: «ремонт путей», «ремонт дорог» repair no machines;
* `hub_needs_belarusian_side`: a warehouse or hub («логистическая компания построит
  складской комплекс») is ours only where the sentence names a Belarusian side;
* `not_parts_that_arrive`: «из Минска приходили двигатель, трансмиссия и кабина», «мосты
  по-прежнему едут из Беларуси» are parts made elsewhere and brought in;
* `not_parts_fitted`: «на месте ставят колёса, аккумуляторы» are steps of the assembly;
* `training_needs_a_maker`: a training centre or class is a Belarusian maker's, not a
  college's or a university's;
* `not_with_a_third_country`: «совместно с китайским партнёром начато производство» is a
  project with another country, not with Belarus; so is Belarus with a third country and no
  Russian side («белорусско-китайское предприятие»);
* `not_trade`: «поставки комплектующих», «будут продавать комбайны, жатки и запчасти» are
  trade, not production (moved here from `kinds`);
* `not_a_persons_employer`: «говорит директор СП» names a person's employer;
* `dealer_is_a_role`: «получила статус официального дилера» is what a firm is, no facility;
* after-sales service of delivered machines, delivered machines erected on site, dealers that
  only sell or dealers in general, machines sent away for repair (moved here from `kinds`).

Word lists are data (``data/project_words.csv``: gathered, own, own_staff, own_premises,
machine_owners, belarusian_stems, arrive, fitted, third_country, training).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.entities import enterprise_parent, is_russian_region
from analysis.projects.cues import CueHit, Token, analyse, words
from analysis.projects.location import traded_to

if TYPE_CHECKING:
    from analysis.projects.kind_context import KindContext

_OBJECT_SPAN = 4  # words after «собрать» where what was gathered stands («собрал более 600 участников»)
_ARRIVE_SPAN = 4  # words from «приходили» to the part («приходили двигатель, трансмиссия и кабина»)
_PARTNER_SPAN = 2  # from a country's adjective to its partner noun («китайским стратегическим партнёром»)
_LINKS = ("PREP", "ADJF", "PRTF", "NUMR")  # what may stand between a trade word and its object
_PREDICATES = ("VERB", "INFN", "PRTS", "GRND")  # what heads a clause
_ARRIVE_AFTER_SPAN = 8  # words from the part to a verb of arriving after it (a list between)
_FITTED_SPAN = 6  # words from «ставят» back over a list to the part («ставят колёса, аккумуляторы»)
_OWN_SPAN = 3  # words from «собственный» to the staff noun («собственная ремонтная служба»)
_SUBJECT_SPAN = 4  # words from «многие» to its verb («Многие белорусские заводы уже собирают»)
_COUNT_REACH = 6  # words a count reaches over a coordinated pair («несколько … производств и сервисных»)
_YEARS_FROM = 1900  # a number from here on before a cue is a year («с 2013 года»), not a count
_ROLE_SPAN = 2  # words from «статус», «стать» to «дилер» («статус официального дилера»)


def not_a_count(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«более 20 сборочных производств», «десятки сервисных центров»: a count of projects;
    but a count followed by its list of regions («четыре производства: в Самаре, Пензе…»)
    names each of them."""
    toks, aggregate = ctx.toks, words("aggregate")

    def listed_after(h: CueHit) -> bool:
        return len({e.normal for e in ctx.entities if e.type == "region" and e.start >
                    toks[h.last].end and is_russian_region(e.normal)}) > 1

    def verb_of_many(h: CueHit) -> bool:
        """«Многие белорусские заводы уже собирают свою технику в России»: a plural verb whose
        subject opens with «многие», «некоторые», «ряд» (``generalising``) tells of many."""
        return toks[h.first].pos in ("VERB", "INFN") and any(
            t.lemma in words("generalising") or t.word in words("generalising")
            for t in toks[max(0, h.first - _SUBJECT_SPAN):h.first])

    def counted(t: Token) -> bool:  # «4. Производство …»: a list item's number, no count
        return t.lemma in aggregate or (t.word.isdigit() and 3 <= int(t.word) < _YEARS_FROM
                                        and ctx.text[t.end:t.end + 1] != ".")

    def second_of_counted_pair(h: CueHit) -> bool:
        """«несколько совместных производств и сервисных площадок»: the count reaches the
        second member of a coordinated pair of plural nouns (adjectives, nouns, «и» between)."""
        k = h.first - 1
        while k >= 0 and h.first - k <= _COUNT_REACH and (
                toks[k].word == "и" or toks[k].pos in ("ADJF", "PRTF", "NOUN")):
            k -= 1
        return k >= 0 and h.first - k <= _COUNT_REACH and counted(toks[k]) and any(
            t.word == "и" for t in toks[k + 1:h.first])

    def goods_counted(h: CueHit) -> bool:
        """«1 500 комплектов стрел и кабин»: a measure of goods (``goods_measure``) between
        the number and the cue counts pieces made, not projects."""
        return any(t.lemma in words("goods_measure") for t in toks[max(0, h.first - _COUNT_REACH):h.first])

    # («с 2013 года собирают комбайны»: a verb in the plural counts nothing; a year is no count)
    return [h for h in kinds if not verb_of_many(h) and (
        "plur" not in toks[h.first].tags or listed_after(h) or goods_counted(h)
        or toks[h.first].pos in ("VERB", "INFN") or not (any(
            counted(t) for t in toks[max(0, h.first - 3):h.first])
            or second_of_counted_pair(h)))]


def not_a_gathering(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Форум собрал более 600 участников», «собрали заявки»: «собрать» with people, votes or
    applications as its object gathers them; such an assembly hit is dropped."""
    toks, gathered = ctx.toks, words("gathered")
    return [h for h in kinds if not (
        h.cue.value == "assembly" and toks[h.first].lemma.startswith(("собра", "собира"))
        and any(t.lemma in gathered for t in toks[h.last + 1:h.last + 1 + _OBJECT_SPAN]))]


def not_in_house_service(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Техническое обслуживание будет вести собственная ремонтная служба разреза»,
    «ремонтируют своими силами»: the owner's own staff service its machines, no centre opens;
    «обслуживание ведёт сам сборщик»: so does the assembler itself; «ремонт ведут в своих
    мастерских», «ремонт ведут сами хозяйства»: the owners do. («дилер открыл собственный
    сервисный центр» names no staff and stays a project.)"""
    toks, own, staff = ctx.toks, words("own"), words("own_staff")
    in_house = any(t.lemma in own and any(u.lemma in staff for u in toks[k + 1:k + 1 + _OWN_SPAN])
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


def not_infrastructure_repair(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«ремонт путей», «капитальный ремонт дорог и мостов», «обслуживание зданий»: a bare
    service word whose object (the next noun, adjectives between) is a road, a track or a
    building (``infrastructure``), or a plant's premises (``premises``: «восстанавливают
    второй плавильный участок»), repairs no machines: no service project."""
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

    return [h for h in kinds if not (h.cue.value == "service_center" and len(h.cue.words) == 1
                                     and h.cue.words[0] in bare and of_infrastructure(h))]


def hub_needs_belarusian_side(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """A hub, dealer or warehouse (kind other) counts only where its sentence names a
    Belarusian firm (or a Belarusian maker's company) or says «белорусский»: «логистическая
    компания построит складской комплекс» in a park's news is not a Russia–Belarus project."""
    if not any(h.cue.value == "other" for h in kinds):
        return kinds
    stems = tuple(words("belarusian_stems"))
    belarusian = any(ctx.country(e) == "BY" or enterprise_parent(e.normal)  # «МТЗ-Татарстан»
                     for e in ctx.enterprises) or any(
        t.lemma.startswith(stems) for t in ctx.toks)
    return kinds if belarusian else [h for h in kinds if h.cue.value != "other"]


def not_parts_that_arrive(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Из Минска приходили двигатель, трансмиссия и кабина, здесь ставили колёса»: parts
    just after a verb of arriving, with «из» before it, are brought in, not made here."""
    toks, arrive = ctx.toks, words("arrive")

    def brought(h: CueHit) -> bool:
        k = next((k for k in range(h.first - 1, max(-1, h.first - 1 - _ARRIVE_SPAN), -1)
                  if toks[k].lemma in arrive), None)
        return k is not None and any(t.word == "из" for t in toks[max(0, k - 3):k])

    def brought_after(h: CueHit) -> bool:
        """«коробки передач и ведущие мосты по-прежнему едут из Беларуси», «из Гомеля пока
        поступают трансмиссии» read the other way: the list, then the verb, then «из»."""
        for k in range(h.last + 1, min(len(toks), h.last + 1 + _ARRIVE_AFTER_SPAN)):
            if toks[k].lemma in arrive:
                return any(t.word == "из" for t in toks[k + 1:k + 3])
            if toks[k].pos in ("VERB", "INFN", "PRTS"):
                return False  # another verb: the parts are its business
        return False

    return [h for h in kinds if not (h.cue.value == "component_production"
                                     and (brought(h) or brought_after(h)))]


def not_parts_fitted(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«на месте ставят колёса, аккумуляторы, гидрораспределители», «установка кабин»: parts
    fitted to the machine (``fitted`` in data/project_words.csv, a list between) are steps
    of its assembly, not parts made here."""
    toks, fitted = ctx.toks, words("fitted")

    def fitted_before(h: CueHit) -> bool:
        for k in range(h.first - 1, max(-1, h.first - 1 - _FITTED_SPAN), -1):
            if toks[k].lemma in fitted:
                return True
            if toks[k].pos not in ("NOUN", "ADJF", "PRTF", "CONJ"):
                return False
        return False

    return [h for h in kinds if not (h.cue.value == "component_production" and fitted_before(h))]


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


def dealer_only_sells(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«дилерский центр по продаже тракторов», «будет реализовывать технику»: a dealer that
    only sells is no project (with service beside it, the service centre is the project).
    The next sentence counts too: a headline's dealer is described by the lead."""
    sales = words("sales")
    if not any(t.lemma in sales for t in ctx.toks) \
            and not ctx.around_has(ctx.following_sentence, sales):
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
    before) is what a firm is, not a facility it opens; a service or assembly cue of the
    same sentence is the project."""
    toks, role = ctx.toks, words("dealer_role")
    return [h for h in kinds if not (
        h.cue.words in (("дилер",), ("дистрибьютор",))
        and any(t.lemma in role for t in toks[max(0, h.first - _ROLE_SPAN):h.first]))]


def not_a_persons_employer(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«— говорит директор СП», «рассказал руководитель центра»: a kind cue right after a
    person's role (``person_role``) names where the person works, not a project told."""
    toks, role = ctx.toks, words("person_role")
    return [h for h in kinds if not (h.first > 0 and toks[h.first - 1].lemma in role)]


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


def not_with_a_third_country(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«В Кулебаках совместно с китайским партнёром начато производство компонентов»: a
    partner of a third country (``third_country`` adjective before a partner noun) makes the
    sentence's project another country's, not a Russia–Belarus one (`third_country_project`)."""
    return [] if third_country_project(ctx) else kinds


def third_country_project(ctx: KindContext) -> bool:
    """Does the sentence name a partner of a third country (``third_country`` adjective, or
    the last part of «белорусско-китайский», before a partner noun, or right after a making
    word: its goods) without both sides
    of ours: a Belarusian side (a Belarusian firm or «белорусский») and a Russian one (a
    Russian firm or place, «российский»)? «Белшина подписала с китайским производителем
    соглашение о разработке шин» and «белорусско-китайское предприятие» name no Russian side."""
    toks = ctx.toks
    foreign = words("third_country")
    partner = words("parties") | words("project_roles") | words("generic_head")
    made = words("made")
    # («сборка китайских фронтальных погрузчиков», «будет собирать китайские погрузчики»:
    # the goods made are a third country's, as a partner of it would make them)
    third = any(_country_adjective(t.lemma) in foreign
                and (any(u.lemma in partner for u in toks[k + 1:k + 1 + _PARTNER_SPAN])
                     or (k and toks[k - 1].lemma in made))
                for k, t in enumerate(toks))
    if not third:
        return False
    stems = tuple(words("belarusian_stems"))
    belarusian = any(ctx.country(e) == "BY" or enterprise_parent(e.normal)
                     for e in ctx.enterprises) or any(
        t.lemma.startswith(stems) and not traded_to(toks, k) for k, t in enumerate(toks))
    russian = any(t.lemma == "российский" for t in toks) or any(
        ctx.country(e) == "RU" for e in ctx.enterprises) or any(
        e.type == "region" and is_russian_region(e.normal) for e in ctx.entities)
    return not (belarusian and russian)


def _country_adjective(lemma: str) -> str:
    """«китайский»; of a compound «белорусско-китайское» its last part, as a lemma."""
    if "-" not in lemma:
        return lemma
    return analyse(lemma.rsplit("-", 1)[1]).lemma


def not_trade(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«участие в поставках комплектующих», «закупка автобусов»: trade, not production; so
    are parts that «будут поставляться с российских заводов» (the verb after them)."""
    toks, trade = ctx.toks, words("trade")

    def traded_after(h: CueHit) -> bool:
        return h.cue.value == "component_production" and any(
            t.lemma in trade for t in toks[h.last + 1:h.last + 4])

    def traded_to(h: CueHit) -> bool:
        """«поставки на ярославскую сборку»: a trade word, then only a preposition and
        adjectives up to the cue."""
        k = h.first - 1
        while k >= 0 and toks[k].pos in _LINKS and h.first - k <= 4:
            k -= 1
        return k >= 0 and k < h.first - 1 and toks[k].lemma in trade

    def sold_in_list(h: CueHit) -> bool:
        """«будут продавать комбайны «Палессе», жатки и запчасти»: parts whose nearest verb
        before them is a trade verb are goods listed for sale, not made here."""
        if h.cue.value != "component_production":
            return False
        verb = next((t for t in reversed(toks[:h.first]) if t.pos in _PREDICATES), None)
        return verb is not None and verb.lemma in trade

    return [h for h in kinds if not traded_after(h) and not traded_to(h) and not sold_in_list(h)
            and not any(t.lemma in trade for t in toks[max(0, h.first - 2):h.first])]

