"""Kind rules for several kind cues of one sentence that name one project: the more specific
kind absorbs the others (parts made beside a final assembly are that assembly, a joint
venture is not also a joint development, «хаб», «дилер», «склад» count only alone), in the
order `analysis.projects.kinds.KIND_RULES` gives them.
"""

from __future__ import annotations

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import CueHit, Token, words
from analysis.projects.kind_context import KindContext
from analysis.vocab import MADE_KINDS

_JOINT_KINDS = ("joint_development", "joint_venture")
_COORDINATION_SPAN = 3  # words from a part to the assembly it is coordinated with
_OBJECT_BEFORE_SPAN = 5  # words from a part told first to its assembly verb («насосы серии НШ мы собираем»)
_OBJECT_AFTER_SPAN = 2  # words from the assembly word to the part it assembles («сборка кабин»)
_PUNCTUATION = lazy_compile(r"[,;:()—–]")  # (a name's quotes «» may stand between)


def _present(kinds: list[CueHit]) -> set[str]:
    return {h.cue.value for h in kinds}


def _drop(kinds: list[CueHit], kind: str, only_production: bool = False) -> list[CueHit]:
    """Without the hits of `kind` (with `only_production`: those whose cue is a production
    word, «производство», «выпуск»)."""
    production = words("production")
    return [h for h in kinds if not (h.cue.value == kind and (
        not only_production or production & set(h.cue.words)))]


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


def assembled_part_is_the_product(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«шестерённые насосы мы собираем в Брянске из корпусов …», «наладить сборку генераторов»,
    «участок сборки карданных передач»: a part that is what the assembly word assembles (its
    object: no preposition before it, no punctuation nor conjunction between) is the product;
    assembling a part is component production, and the assembly cue goes (an assembly is of
    finished machines). Parts an assembly is made «из» or fitted «с» keep the assembly, and so
    do parts coordinated with it («каркасы кабин и окончательную сборку делают на месте»)."""
    if "component_production" not in _present(kinds):
        return kinds
    toks, text = ctx.toks, ctx.text
    production = words("production")
    # (a battery is assembled from its cells as goods of its own: «запустило сборку тяговых
    # батарей» stays an assembly, round 25 and session 20)
    own_goods = words("assembled_goods")
    parts = [h for h in kinds if h.cue.value == "component_production"
             and own_goods.isdisjoint(h.cue.words)]

    def plain_between(i: int, j: int) -> bool:
        return not _PUNCTUATION.search(text, toks[i].end, toks[j].start) and not any(
            t.pos == "CONJ" for t in toks[i + 1:j])

    def object_of(a: CueHit, p: CueHit) -> bool:
        head = toks[p.last] if toks[p.first].pos == "ADJF" else toks[p.first]
        if p.first and toks[p.first - 1].pos == "PREP":
            return False
        if p.last < a.first:  # the object told first: «насосы … мы собираем»
            return (a.first - p.last <= _OBJECT_BEFORE_SPAN and plain_between(p.last, a.first)
                    and bool(head.tags & {"nomn", "accs"}))
        # («собирает модули подвески»: an inanimate plural's nominative is its accusative)
        return (0 < p.first - a.last <= _OBJECT_AFTER_SPAN and plain_between(a.last, p.first)
                and bool(head.tags & {"accs", "gent"} or {"inan", "plur", "nomn"} <= head.tags)) \
            or shared_genitive(a, p, head)

    def shared_genitive(a: CueHit, p: CueHit, head: Token) -> bool:
        """«окончательную сборку и испытания стартеров»: the part in the genitive after a
        second process noun coordinated with the assembly noun is the object of both."""
        between = toks[a.last + 1:p.first]
        return (len(between) == 2 and between[0].word == "и" and between[1].pos == "NOUN"
                and toks[a.last].pos == "NOUN" and plain_between(a.last, a.last + 1)
                and not _PUNCTUATION.search(text, between[1].end, toks[p.first].start)
                and "gent" in head.tags and not any(between[1].start == toks[h.first].start
                                                    for h in kinds))

    return [h for h in kinds if not (
        h.cue.value == "assembly" and production.isdisjoint(h.cue.words)
        and any(object_of(h, p) for p in parts))]


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


def joint_project_names_no_kind(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«собрано 150 комбайнов «Палессе» — совместного проекта с «Гомсельмашем»»: «совместный
    проект» tells that the work is shared, not what it is; where the sentence names an
    assembly, that is the project's kind, and the joint project cue goes. («совместное
    производство», «совместная разработка» name a kind and stay; so does a joint project
    beside parts made, «совместный проект по корпусированию микросхем»: its parts are often
    a step of an assembly told next, into which they would merge.)"""
    if "assembly" not in _present(kinds):
        return kinds
    return [h for h in kinds if not (h.cue.value == "joint_development"
                                     and not words("joint_project").isdisjoint(h.cue.words))]


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
