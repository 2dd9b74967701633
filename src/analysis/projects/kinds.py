"""Which kind cues of a sentence name a project: the reader's filters, as ordered rules.

`kinds_of(ctx, hits)` applies `KIND_RULES` in order to the cue hits of a sentence (or of one
clause of it). Each rule takes the hits left by the rules before and returns those it keeps
(it may also change a hit's cue: «совместно с …» makes an assembly a joint development).
The order matters: the strong/weak choice comes before the joint kinds absorb assembly,
and the counts, trade and prototype rules see only what survived those.
"""

from __future__ import annotations

from analysis.entities import is_russian_region
from analysis.lazypattern import lazy_compile
from analysis.projects.client_next import client_told_next
from analysis.projects.cues import CueHit, Token, words
from analysis.projects.joint_sides import plant_sides
from analysis.projects.kind_absorbs import (
    assembled_part_is_the_product,
    assembly_absorbs_coordinated_parts,
    components_are_the_project,
    joint_kinds_absorb_assembly,
    joint_project_names_no_kind,
    other_only_alone,
    production_adjective_names_the_kind,
    venture_absorbs_its_development,
    venture_absorbs_what_it_does,
)
from analysis.projects.kind_besides import not_set_aside
from analysis.projects.kind_context import SIDES, KindContext, KindRule
from analysis.projects.kind_customers import not_customers_described
from analysis.projects.kind_demand import not_demanded
from analysis.projects.kind_describes import (
    agreed_on,
    founders_name_no_venture,
    not_assembly_time,
    not_delivered_machines_erected,
    not_joint_other_noun,
    not_line_of_business,
    opens_relative,
    prototype_is_development,
    relative_clause_describes,
)
from analysis.projects.kind_former import not_a_former_facility
from analysis.projects.kind_goods import (
    design_is_a_stage,
    not_a_destination,
    not_customers,
    not_made_at_home_and_sent,
    not_venture_goods_shipped,
    parts_beside_service,
    parts_in_stock,
    parts_need_making,
    plant_names_its_goods,
    service_words_made,
    technique_subject,
    warehouse_only_ships,
)
from analysis.projects.kind_goods_origin import not_goods_origin
from analysis.projects.kind_joint_production import (
    joint_production_is_localisation,
    jointly_is_joint_development,
)
from analysis.projects.kind_lacking import not_lacking
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
    not_negated_noun,
    not_negated_verb,
    not_question_topic,
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
    not_staff_for,
    not_trade,
    not_with_a_third_country,
)
from analysis.projects.kind_range import not_a_range_of_goods
from analysis.projects.kind_received import not_parts_received
from analysis.projects.kind_reports import (
    not_called_untrue,
    not_declined_offer,
    not_hearsay,
    not_plan_denied_next,
    not_refuted,
    not_unconfirmed,
    not_undecided,
)
from analysis.projects.kind_service_limits import (
    bare_service_needs_a_side,
    dealer_is_a_role,
    dealer_only_sells,
    dealers_in_general,
    hub_needs_belarusian_side,
    not_a_sellers_service,
    not_a_service_bought,
    not_after_sales_service,
    not_in_house_service,
    not_infrastructure_repair,
    not_repair_as_time,
    not_sent_for_repair,
    service_of_its_assembly,
    service_taken_on,
    training_needs_a_maker,
)
from analysis.projects.kind_sought import not_sought_elsewhere
from analysis.projects.kind_training import not_a_training_stay
from analysis.projects.location import made_in_russia, placed_in_russia
from analysis.projects.stance import halt_told
from analysis.projects.work_site import for_a_client, made_in_belarus

_CLAUSE_MARK = lazy_compile(r"[,;:—–]")  # what ends a clause between two words
_FRONTED_REACH = 12  # words from an infinitive told first to its intention verb


def intends(toks: list[Token], i: int, text: str = "") -> bool:
    """«компания собирается открыть»: token `i` is an intention verb with its infinitive
    (not «комбайны собираются в Брянске», which are assembled there); with `text`, the
    infinitive may come first in the clause («Показать новую машину петербуржцы собираются
    на выставке»: no verb nor clause mark between)."""
    if toks[i].lemma not in words("intend"):
        return False
    if any(t.pos == "INFN" for t in toks[i + 1:i + 4]):
        return True
    if not text:
        return False
    j = next((j for j in range(i - 1, max(-1, i - 1 - _FRONTED_REACH), -1)
              if toks[j].pos in ("INFN", "VERB") or _CLAUSE_MARK.search(
                  text, toks[j].end, toks[j + 1].start)), None)
    return j is not None and toks[j].pos == "INFN" and not _CLAUSE_MARK.search(
        text, toks[j].end, toks[j + 1].start)


def only_kind_cues(ctx: KindContext, hits: list[CueHit]) -> list[CueHit]:
    """Status cues are the status's business: the kind rules see kind cues only (and
    «собирается открыть» is an intention, not an assembly)."""
    return [h for h in hits if h.cue.field == "kind" and not intends(ctx.toks, h.first, ctx.text)]


_FORMER_REACH = 3  # words from «бывший» to its cue («бывшего комбината бытового обслуживания»)


def not_a_site_or_maker(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«производитель шин ОАО «Белшина»» describes the firm, «на базе центра» names a site;
    «на площадке бывшего ремонтного завода» (``former`` after a ``site`` or ``premises``
    noun) says what a site once was («о бывшем цехе …, который выкупила компания» tells of
    the plant itself)."""
    toks = ctx.toks
    sites = words("site") | words("premises")

    def former(h: CueHit) -> bool:
        start = max(0, h.first - _FORMER_REACH)
        k = next((j for j in range(h.first - 1, start - 1, -1)
                  if toks[j].word.startswith(tuple(words("former")))), None)
        return k is not None and k > 0 and toks[k - 1].lemma in sites and all(
            t.pos in ("ADJF", "NOUN") for t in toks[k + 1:h.first])

    return [h for h in kinds if not ctx.on_base(toks[h.first].start)
            and not (h.first and toks[h.first - 1].lemma in words("maker")) and not former(h)]


def both_sides_named(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """A both-sides cue («разработка») counts only where a Belarusian and a Russian side are
    named: «МЗКТ и «Ростех» работают над созданием шасси» is a development by both; «мы» in
    an interview with a firm is its side («Вместе с гомельскими конструкторами разрабатываем»);
    so is the Belarusian place where the work is done together with a Russian side («В Минске,
    в институте …, вместе с московским ООО «…» ведут разработку»: `made_in_belarus`)."""
    if not any(h.cue.both_sides for h in kinds):
        return kinds
    sides = {ctx.country(e) for e in ctx.enterprises} | {
        SIDES.get(e.normal) for e in ctx.entities
        if e.type == "country" and e.role == "adjective"} | plant_sides(ctx) | {ctx.speaker_side}
    if {"BY", "RU"} <= sides:
        return kinds
    if made_in_belarus(ctx) and not words("jointly").isdisjoint(t.word for t in ctx.toks):
        return kinds  # «В Минске … вместе с московским ООО «…» ведут разработку»: the scene's side
    return [h for h in kinds if not h.cue.both_sides]


def client_named(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """A for-client cue («линия») counts only where the sentence's work is done for a
    Russian client: «линия коленвалов … будет работать на российские заказы» is a project,
    «завезены … линия порошковой окраски» is equipment; so do the making operations
    («отливают», «штампует»: «… для казанской компании ООО «…»»), the client also named in
    the next sentence («Заказчик — российское АО «…»», `client_next`)."""
    if not any(h.cue.for_client for h in kinds) or for_a_client(
            ctx.toks, ctx.entities, ctx.country) or client_told_next(ctx):
        return kinds
    return [h for h in kinds if not h.cue.for_client]


def strong_or_localised(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """Strong cues win over weak ones; a bare «производство»/«выпуск» counts only where
    localisation is spoken of or something is set up with a Russian side."""
    # «готовит выпуск шарошек для комплексов, которые собирает петербургское АО»: a strong
    # cue opening a «который» clause after a weak one tells what the goods are for (the
    # client's machines), not a project that outranks the main clause's
    describing = [h for h in kinds if h.cue.strong and opens_relative(ctx.toks, h) and any(
        not g.cue.strong and g.first < h.first for g in kinds)]
    kinds = [h for h in kinds if h not in describing]
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
        or any(t.lemma in words("parties") for t in ctx.toks)
        # («… о пуске в Людиново участка по выпуску тормозных систем. Проект реализуют
        # Минский тракторный завод и …»: the next sentence names the Belarusian side)
        or any(ctx.country(e) == "BY" for e in ctx.following_firms))
    # (not «технологии приходили вместе с производством»: the cue is what comes along)
    jointly, toks = words("jointly"), ctx.toks
    # «Мы рассматриваем вместе с МТЗ возможность создания участка по производству …»: «мы»
    # beside a firm named after «вместе с» is the firm's other side (the speaker's own)
    we_with = any(t.word == "мы" for t in toks) and bool(ctx.enterprises) and any(
        t.word in jointly and k + 1 < len(toks) and toks[k + 1].word in ("с", "со")
        for k, t in enumerate(toks))
    together = ((russian_side and belarusian_side) or we_with) and any(
        t.word in jointly for t in toks) and not any(
        t.word in jointly for h in kinds for t in toks[max(0, h.first - 3):h.first])
    # «комбайнов «Палессе», выпускаемых в Брянске», «В Ярцеве ООО «СмолПрицеп» выпускает
    # кузова, которые ставят на шасси МАЗ»: made in a named Russian place, for a Belarusian side
    made_here = belarusian_side and made_in_russia(ctx, kinds)
    # «ОАО «Гомельстекло» и московская компания «…» договорились о выпуске»: two firms agree
    agreed = russian_side and agreed_on(ctx, kinds)
    # «линия двигателей, которую запускали под заказ «Щербинского … завода»», «линия
    # коленвалов … будет работать на российские заказы»: made for a Russian client
    client = for_a_client(ctx.toks, ctx.entities, ctx.country) or client_told_next(ctx)
    # «Псковская компания ООО «…» завершила монтаж линии по изготовлению косилок на
    # площадке в Витебске», «В Витебской области при участии ленинградских инвесторов
    # строится завод по производству плит»: a Russian side makes it at a Belarusian place
    made_there = made_in_belarus(ctx)
    # «Выпуск автобусов МАЗ на заводе в Ярославской области приостановлен»: a Belarusian
    # maker's line told stopped in a Russian place ran there (a halted project, issue 11)
    halted_here = belarusian_side and halt_told(toks) and placed_in_russia(ctx)
    # («… для комплексов, которые собирает петербургское АО «…»»: a Belarusian side makes
    # goods for the machines a Russian side named in that clause makes)
    for_maker = bool(describing) and russian_side and belarusian_side
    return kinds if localised or set_up or together or made_here or agreed or client \
        or made_there or halted_here or for_maker else []


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


# In this order: each rule sees what the rules before it kept.
KIND_RULES: tuple[KindRule, ...] = (
    only_kind_cues,
    not_joint_other_noun,
    not_a_site_or_maker,
    not_line_of_business,
    not_set_aside,
    both_sides_named,
    client_named,
    strong_or_localised,
    plant_names_its_goods,
    founded_joint_venture,
    founders_name_no_venture,
    parts_need_making,
    parts_beside_service,
    service_words_made,
    warehouse_only_ships,
    parts_in_stock,
    components_are_the_project,  # serviced parts («ремонтируем рамы») are made nowhere
    assembled_part_is_the_product,
    not_assembly_material,
    assembly_absorbs_coordinated_parts,
    jointly_is_joint_development,
    venture_absorbs_its_development,
    venture_absorbs_what_it_does,
    design_is_a_stage,
    joint_production_is_localisation,
    production_adjective_names_the_kind,
    production_for_a_belarusian_maker,
    joint_project_names_no_kind,
    joint_kinds_absorb_assembly,
    other_only_alone,
    not_a_count,
    not_a_condition,
    not_trade,
    prototype_is_development,
    not_after_sales_service,
    not_a_gathering,
    not_staff_for,
    not_customers_described,
    not_a_training_stay,
    not_in_house_service,
    service_of_its_assembly,
    service_taken_on,
    training_needs_a_maker,
    bare_service_needs_a_side,
    not_infrastructure_repair,
    not_a_sellers_service,
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
    not_repair_as_time,
    not_a_service_bought,
    not_sought_elsewhere,
    not_demanded,
    not_a_range_of_goods,
    not_a_former_facility,
    not_with_a_third_country,
    not_asked,
    not_hearsay,
    not_declined_offer,
    not_question_topic,
    not_wished,
    not_just_talk,
    not_disowned,
    not_refuted,
    not_called_untrue,
    not_unconfirmed,
    not_plan_denied_next,
    not_undecided,
    not_founding_told,
    founding_participle,
    not_customers,
    not_goods_origin,
    not_made_at_home_and_sent,
    not_venture_goods_shipped,
    not_assembly_time,
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
