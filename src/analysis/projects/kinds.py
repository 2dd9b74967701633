"""Which kind cues of a sentence name a project: the reader's filters, as ordered rules.

`kinds_of(ctx, hits)` applies `KIND_RULES` in order to the cue hits of a sentence (or of one
clause of it). Each rule takes the hits left by the rules before and returns those it keeps
(it may also change a hit's cue: «совместно с …» makes an assembly a joint development).
The order matters: the strong/weak choice comes before the joint kinds absorb assembly,
and the counts, trade and prototype rules see only what survived those.
"""

from __future__ import annotations

from analysis.entities import is_russian_region
from analysis.projects.cues import CueHit, Token, words
from analysis.projects.joint_sides import plant_sides
from analysis.projects.kind_context import SIDES, KindContext, KindRule
from analysis.projects.kind_describes import (
    agreed_on,
    not_delivered_machines_erected,
    prototype_is_development,
    relative_clause_describes,
)
from analysis.projects.kind_goods import (
    design_is_a_stage,
    not_a_destination,
    not_customers,
    not_goods_origin,
    parts_beside_service,
    parts_in_stock,
    parts_need_making,
    plant_names_its_goods,
    technique_subject,
    warehouse_only_ships,
)
from analysis.projects.kind_joint_production import (
    joint_production_is_localisation,
    jointly_is_joint_development,
)
from analysis.projects.kind_made_for import (
    made_for_a_belarusian_maker,
    production_for_a_belarusian_maker,
)
from analysis.projects.kind_material import not_assembly_material
from analysis.projects.kind_negation import (
    founding_participle,
    not_asked,
    not_denied_activity,
    not_disowned,
    not_founding_told,
    not_hedged,
    not_just_talk,
    not_lacking,
    not_negated_noun,
    not_negated_verb,
    not_question_topic,
    not_refuted,
    not_wished,
    not_without,
)
from analysis.projects.kind_not_a_project import (
    not_a_condition,
    not_a_count,
    not_a_gathering,
    not_a_persons_employer,
    not_parts_fitted,
    not_parts_that_arrive,
    not_trade,
    not_with_a_third_country,
)
from analysis.projects.kind_received import not_parts_received
from analysis.projects.kind_service_limits import (
    bare_service_needs_a_side,
    dealer_is_a_role,
    dealer_only_sells,
    dealers_in_general,
    hub_needs_belarusian_side,
    not_after_sales_service,
    not_in_house_service,
    not_infrastructure_repair,
    not_sent_for_repair,
    service_of_its_assembly,
    training_needs_a_maker,
)
from analysis.projects.kind_sought import not_sought_elsewhere
from analysis.projects.location import made_in_russia
from analysis.projects.work_site import for_a_client, made_in_belarus
from analysis.vocab import MADE_KINDS

_JOINT_KINDS = ("joint_development", "joint_venture")
_COORDINATION_SPAN = 3  # words from a part to the assembly it is coordinated with




def _present(kinds: list[CueHit]) -> set[str]:
    return {h.cue.value for h in kinds}


def _drop(kinds: list[CueHit], kind: str, only_production: bool = False) -> list[CueHit]:
    """Without the hits of `kind` (with `only_production`: those whose cue is a production
    word, «производство», «выпуск»)."""
    production = words("production")
    return [h for h in kinds if not (h.cue.value == kind and (
        not only_production or production & set(h.cue.words)))]


def intends(toks: list[Token], i: int) -> bool:
    """«компания собирается открыть»: token `i` is an intention verb with its infinitive
    (not «комбайны собираются в Брянске», which are assembled there)."""
    return toks[i].lemma in words("intend") and any(
        t.pos == "INFN" for t in toks[i + 1:i + 4])


def only_kind_cues(ctx: KindContext, hits: list[CueHit]) -> list[CueHit]:
    """Status cues are the status's business: the kind rules see kind cues only (and
    «собирается открыть» is an intention, not an assembly)."""
    return [h for h in hits if h.cue.field == "kind" and not intends(ctx.toks, h.first)]


def not_a_site_or_maker(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«производитель шин ОАО «Белшина»» describes the firm, «на базе центра» names a site."""
    return [h for h in kinds if not ctx.on_base(ctx.toks[h.first].start)
            and not (h.first and ctx.toks[h.first - 1].lemma in words("maker"))]


def both_sides_named(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """A both-sides cue («разработка») counts only where a Belarusian and a Russian side are
    named: «МЗКТ и «Ростех» работают над созданием шасси» is a development by both; «мы» in
    an interview with a firm is its side («Вместе с гомельскими конструкторами разрабатываем»)."""
    if not any(h.cue.both_sides for h in kinds):
        return kinds
    sides = {ctx.country(e) for e in ctx.enterprises} | {
        SIDES.get(e.normal) for e in ctx.entities
        if e.type == "country" and e.role == "adjective"} | plant_sides(ctx) | {ctx.speaker_side}
    if {"BY", "RU"} <= sides:
        return kinds
    return [h for h in kinds if not h.cue.both_sides]


def client_named(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """A for-client cue («линия») counts only where the sentence's work is done for a
    Russian client: «линия коленвалов … будет работать на российские заказы» is a project,
    «завезены … линия порошковой окраски» is equipment."""
    if not any(h.cue.for_client for h in kinds) or for_a_client(ctx.toks, ctx.entities,
                                                                ctx.country):
        return kinds
    return [h for h in kinds if not h.cue.for_client]


def strong_or_localised(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """Strong cues win over weak ones; a bare «производство»/«выпуск» counts only where
    localisation is spoken of or something is set up with a Russian side."""
    if any(h.cue.strong for h in kinds):
        return [h for h in kinds if h.cue.strong]
    # (a firm the list lacks is Russian by the place its name holds: «ООО «Великолукская
    # мебельная фабрика»», `KindContext.country`)
    russian_side = any(
        e.normal == "Россия" or (e.type == "region" and is_russian_region(e.normal))
        or ctx.info.get(e.normal, {}).get("country") == "RU" for e in ctx.entities) or any(
        ctx.country(e) == "RU" for e in ctx.enterprises)
    # «в Пскове белорусские партнёры вместе с местными машиностроителями выпускают
    # кормораздатчики»: made together by a Belarusian and a Russian side
    belarusian_side = any(ctx.country(e) == "BY" for e in ctx.enterprises) or any(
        e.type == "country" and e.normal == "Беларусь" for e in ctx.entities)
    # «выпускает технику по лицензии ОАО «Гомсельмаш»»: made under a Belarusian licence
    localised = any(t.lemma.startswith("локализ") for t in ctx.toks) or (
        belarusian_side and not words("licence").isdisjoint(t.lemma for t in ctx.toks))
    # «В Дзержинске завершено строительство производства красителей» in a governor's list:
    # a Russian side alone sets up its own production; a Belarusian side must be near
    stems = tuple(words("belarusian_stems"))
    # («серийное производство партнёры намерены разместить в …»: the parties named before
    # are the sides, as a firm named here would be)
    set_up = russian_side and any(
        t.lemma in words("set_up") or "futr" in t.tags for t in ctx.toks) and (
        belarusian_side or bool(ctx.enterprises)
        or any(t.lemma.startswith(stems) for t in ctx.previous)
        or any(t.lemma in words("parties") for t in ctx.toks))
    # (not «технологии приходили вместе с производством»: the cue is what comes along)
    jointly, toks = words("jointly"), ctx.toks
    together = russian_side and belarusian_side and any(t.word in jointly for t in toks) and not any(
        t.word in jointly for h in kinds for t in toks[max(0, h.first - 3):h.first])
    # «комбайнов «Палессе», выпускаемых в Брянске», «В Ярцеве ООО «СмолПрицеп» выпускает
    # кузова, которые ставят на шасси МАЗ»: made in a named Russian place, for a Belarusian side
    made_here = belarusian_side and made_in_russia(ctx, kinds)
    # «ОАО «Гомельстекло» и московская компания «…» договорились о выпуске»: two firms agree
    agreed = russian_side and agreed_on(ctx, kinds)
    # «линия двигателей, которую запускали под заказ «Щербинского … завода»», «линия
    # коленвалов … будет работать на российские заказы»: made for a Russian client
    client = for_a_client(ctx.toks, ctx.entities, ctx.country)
    # «Псковская компания ООО «…» завершила монтаж линии по изготовлению косилок на
    # площадке в Витебске», «В Витебской области при участии ленинградских инвесторов
    # строится завод по производству плит»: a Russian side makes it at a Belarusian place
    made_there = made_in_belarus(ctx)
    return kinds if localised or set_up or together or made_here or agreed or client \
        or made_there else []


def founded_joint_venture(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«предприятие, созданное ОАО «Бобруйскагромаш» и правительством республики»: a venture
    cue ending in «созданный» counts only as a participle followed, up to a comma, by a
    named firm and another party (one founder is no joint venture)."""
    founded = words("founded")
    toks, text = ctx.toks, ctx.text
    firm_starts = [e.start for e in ctx.enterprises]

    def founders(j: int) -> bool:
        end = text.find(",", toks[j].end, ctx.end)
        clause = text[toks[j].end:end if end >= 0 else ctx.end]
        firm = [p - toks[j].end for p in firm_starts if toks[j].end <= p < toks[j].end + len(clause)]
        return bool(firm) and " и " in clause[firm[0]:]

    return [h for h in kinds if h.cue.value != "joint_venture" or h.cue.words[-1] not in founded
            or ("PRTF" in toks[h.last].tags and founders(h.last))]


def components_are_the_project(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«производства комплектующих» is component production, not an assembly too; parts that
    depend on another head («склад запчастей», «центр по ремонту комплектующих») or that are
    serviced («ремонтировать двигатели и узлы») are not made here."""
    if "component_production" not in _present(kinds):
        return kinds
    toks = ctx.toks
    kinds = _drop(kinds, "assembly", only_production=True)
    heads = [h.last for h in kinds if h.cue.value not in MADE_KINDS]
    kinds = [h for h in kinds if h.cue.value != "component_production"
             or not any(0 < h.first - j <= 2 for j in heads)]
    serviced = tuple(words("serviced"))
    production = words("production") | words("made")

    def serviced_earlier(i: int) -> bool:
        """«В центрах обслуживают шасси, на которых смонтированы агрегаты»: the sentence
        services what it lists; no production word between makes them made here."""
        k = next((k for k in range(i - 1, -1, -1) if toks[k].lemma.startswith(serviced)), -1)
        return k >= 0 and not any(t.lemma in production for t in toks[k + 1:i])

    return [h for h in kinds if h.cue.value != "component_production" or not (any(
        t.lemma.startswith(serviced)
        for t in toks[max(0, h.first - 4):h.first] + toks[h.first + 1:h.first + 4])
        or serviced_earlier(h.first))]


def assembly_absorbs_coordinated_parts(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«каркасы кабин и окончательную сборку делают на месте»: parts made beside the final
    assembly, coordinated with it («… и … сборку») or listed after its colon, are that
    assembly project, not a second."""
    toks = ctx.toks
    assembly = [h.first for h in kinds if h.cue.value == "assembly"]

    def coordinated(h: CueHit) -> bool:
        return any(0 < a - h.last <= _COORDINATION_SPAN
                   and any(t.word == "и" for t in toks[h.last + 1:a]) for a in assembly)

    def listed_after(h: CueHit) -> bool:
        """«выполняется полный производственный цикл: раскрой металла, сварка рам…»: the
        steps listed after the assembly's colon."""
        return any(a < h.first and ":" in ctx.text[toks[a].end:toks[h.first].start]
                   for a in assembly)

    return [h for h in kinds if h.cue.value != "component_production"
            or not (coordinated(h) or listed_after(h))]


def venture_absorbs_its_development(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«совместное предприятие … для выпуска» is the venture, not a joint production too."""
    jv_at = {h.first for h in kinds if h.cue.value == "joint_venture"}
    return [h for h in kinds if not (h.cue.value == "joint_development" and h.first in jv_at)]


def venture_absorbs_what_it_does(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«СП по выпуску погрузчиков» is one joint venture: no joint development beside it, and
    «СП по сборке и обслуживанию техники» says what the venture does, not another project."""
    if "joint_venture" not in _present(kinds):
        return kinds
    toks = ctx.toks
    kinds = _drop(kinds, "joint_development")
    jv = [h.last for h in kinds if h.cue.value == "joint_venture"]
    return [h for h in kinds if h.cue.value == "joint_venture" or not any(
        0 < h.first - j <= 6 and any(t.word == "по" for t in toks[j + 1:h.first]) for j in jv)]


def production_adjective_names_the_kind(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«создание совместного сборочного производства»: an assembly or component cue inside a
    joint production cue («совместный … производство») is the adjective of its noun, the
    kind of that production; «совместный» tells who takes part. The joint cue goes."""
    inner = [h.first for h in kinds if h.cue.value in MADE_KINDS]
    if not inner:
        return kinds
    production = words("production")
    return [h for h in kinds if not (
        h.cue.value == "joint_development" and not production.isdisjoint(h.cue.words)
        and any(h.first < k < h.last for k in inner))]


def joint_kinds_absorb_assembly(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """A joint development or venture absorbs the assembly and component cues of its sentence."""
    if not _present(kinds) & set(_JOINT_KINDS):
        return kinds
    return _drop(_drop(kinds, "assembly"), "component_production")


def other_only_alone(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«хаб», «дилер», «склад» (kind other) count only when nothing more specific is there,
    unless the two cues are two facilities each in its own place: «открыла три дилерских
    центра — в Краснодарском крае и Новосибирске, — а также сервисный центр в Якутске»,
    «открыл сервисный центр на Ставрополье и склад запчастей в Ростовской области»."""
    if not _present(kinds) - {"other"}:
        return kinds
    places = [e.start for e in ctx.entities if e.type == "region"]
    specific = [ctx.toks[h.first].start for h in kinds if h.cue.value != "other"]

    def placed_apart(h: CueHit) -> bool:
        """A place follows the other-kind cue before the next specific cue (which has one
        of its own after it), or, the other cue told last («открыл дилерско-сервисный центр
        на Ставрополье и склад запчастей в Ростовской области»), a place stands between the
        specific cue before it and the other cue, and another after the other cue."""
        at, begin = ctx.toks[h.last].end, ctx.toks[h.first].start
        after = [s for s in specific if s > at]
        before = [s for s in specific if s < begin]
        return (bool(after) and any(at < p < after[0] for p in places)
                and any(p > after[0] for p in places)) or (
            not after and bool(before) and any(before[-1] < p < begin for p in places)
            and any(p > at for p in places))

    return [h for h in kinds if h.cue.value != "other" or placed_apart(h)]


# In this order: each rule sees what the rules before it kept.
KIND_RULES: tuple[KindRule, ...] = (
    only_kind_cues,
    not_a_site_or_maker,
    both_sides_named,
    client_named,
    strong_or_localised,
    plant_names_its_goods,
    founded_joint_venture,
    parts_need_making,
    parts_beside_service,
    warehouse_only_ships,
    parts_in_stock,
    components_are_the_project,  # serviced parts («ремонтируем рамы») are made nowhere
    not_assembly_material,
    assembly_absorbs_coordinated_parts,
    jointly_is_joint_development,
    venture_absorbs_its_development,
    venture_absorbs_what_it_does,
    design_is_a_stage,
    joint_production_is_localisation,
    production_adjective_names_the_kind,
    production_for_a_belarusian_maker,
    joint_kinds_absorb_assembly,
    other_only_alone,
    not_a_count,
    not_a_condition,
    not_trade,
    prototype_is_development,
    not_after_sales_service,
    not_a_gathering,
    not_in_house_service,
    service_of_its_assembly,
    training_needs_a_maker,
    bare_service_needs_a_side,
    not_infrastructure_repair,
    hub_needs_belarusian_side,
    not_parts_that_arrive,
    not_parts_received,
    not_a_destination,
    not_parts_fitted,
    not_delivered_machines_erected,
    dealer_only_sells,
    dealers_in_general,
    dealer_is_a_role,
    not_a_persons_employer,
    not_sent_for_repair,
    not_sought_elsewhere,
    not_with_a_third_country,
    not_asked,
    not_question_topic,
    not_wished,
    not_just_talk,
    not_disowned,
    not_refuted,
    not_founding_told,
    founding_participle,
    not_customers,
    not_goods_origin,
    technique_subject,
    not_negated_noun,
    not_negated_verb,
    not_without,
    not_denied_activity,
    not_lacking,
    not_hedged,
    relative_clause_describes,
)


def kinds_of(ctx: KindContext, hits: list[CueHit]) -> list[CueHit]:
    """The kind cues of `hits` (cue hits of the sentence or of one clause) that name projects."""
    kinds = made_for_a_belarusian_maker(ctx, hits)  # the one rule that adds a cue
    for rule in KIND_RULES:
        if not kinds:
            break  # no rule makes a kind out of nothing
        kinds = rule(ctx, kinds)
    return kinds
