"""Kind cues that describe something else than a project of their own (issue 11).

«Опытный образец соберут в Туле» (a prototype: a stage of a development) and «выпускает
гидроцилиндры для тракторов, которые собираются на российских площадках» (a «который»
clause telling where the customer's machines are made), and machines delivered in parts put
together on the customer's site; a firm's line of business («специализируется на ремонте и
производстве турбокомпрессоров»); how long goods take to put together («павильон собирается из
готовых модулей за полдня»); «совместные проекты с … предприятиями» (the adjective's own noun).
Rules of `kinds.KIND_RULES`; `agreed_on` tells what an
agreement is about («договорились о выпуске»).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.entities import is_russian_region
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import CueHit, Token, words
from analysis.vocab import MADE_KINDS

if TYPE_CHECKING:
    from analysis.projects.kind_context import KindContext

_TRADE_SPAN = 10  # words from «специализируется на» over its coordinated list to a cue
_RELATIVE_SPAN = 2  # words from «который» to the cue its clause opens with («которые затем собирают»)
_DURATION_SPAN = 6  # words from a reflexive cue to «за» and its span («собирается из модулей за полдня»)


def prototype_is_development(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Опытный образец соберут в Туле»: the prototype is a stage of a development, so its
    assembly or components are no project of their own («опытный участок», «опытный цех»
    before a facility noun is a pilot plant: it stays)."""
    toks, prototype, facility = ctx.toks, words("prototype"), words("facility")
    # («опытный участок по изготовлению гидроцилиндров»: a pilot plant, a facility that
    # makes them, not a prototype)
    shown = [k for k, t in enumerate(toks) if t.lemma in prototype
             and not (k + 1 < len(toks) and toks[k + 1].lemma in facility)]
    return [h for h in kinds if h.cue.value not in MADE_KINDS
            or not any(max(0, h.first - 4) <= k < h.last + 4 for k in shown)]


def opens_relative(toks: list[Token], h: CueHit) -> bool:
    """Does the cue `h` open a «который» clause («…, которые собирает …»)?"""
    return any(toks[k].lemma == "который" for k in range(max(0, h.first - _RELATIVE_SPAN), h.first))


def relative_clause_describes(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«выпускает гидроцилиндры для тракторов, которые собираются на российских площадках»:
    a kind cue opening a «который» clause after another kind cue describes that project's
    object (where the tractors are assembled), not a project of its own."""
    toks = ctx.toks
    return [h for h in kinds if not (
        opens_relative(toks, h) and any(g.first < h.first and g.cue.value != h.cue.value
                                        for g in kinds))]


def not_delivered_machines_erected(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Монтаж самосвалов на промплощадке занял три недели: узлы собирали шеф-инженеры»
    after «машины пришли в разобранном виде»: delivered machines put together on the
    customer's site (``installation`` in data/project_words.csv), not an assembly plant."""
    installation = words("installation")
    if _made_at_home_and_delivered(ctx, kinds):
        return [h for h in kinds if h.cue.value not in MADE_KINDS]
    # («серийный монтаж автовышек на шасси МАЗ»: the cue's own word mounts bodies on a
    # chassis, an assembly, not machines erected where they work)
    in_cue = {k for h in kinds for k in range(h.first, h.last + 1)}
    # («начался монтаж оборудования для выпуска деталей»: what is mounted is a plant's
    # equipment, ``mounted_equipment``, not a delivered machine: a plant being set up)
    toks, equipment = ctx.toks, words("mounted_equipment")
    # («начали собирать буксировщики …, первые две машины проходят обкатку»: the first items
    # of the production under test, ``trial_tests`` of ``trial_items``, not machines delivered)
    trial = words("trial_tests") if not words("trial_items").isdisjoint(
        t.lemma for t in toks) else frozenset()
    if not any((t.lemma in installation or t.word in installation) and t.lemma not in trial
               and not (k + 1 < len(toks) and toks[k + 1].lemma in equipment)
               for k, t in enumerate(toks) if k not in in_cue) \
            and not ctx.around_has(ctx.previous_sentence, installation, forms=True):
        return kinds
    # «на сборочном участке» is a facility; «собираются на площадках заказчиков» are the
    # customers' sites, where delivered machines are put together
    customers = words("customers")
    if any(t.lemma in words("facility") and not (k + 1 < len(toks) and toks[k + 1].lemma in customers)
           for k, t in enumerate(toks)):
        return kinds
    return [h for h in kinds if h.cue.value not in MADE_KINDS]


_MADE_AT_SPAN = 4  # words from a making cue to the Belarusian place it was done in


def _made_at_home_and_delivered(ctx: KindContext, kinds: list[CueHit]) -> bool:
    """«котельную … предприятие поставило …: ее собрали полностью в Бобруйске и доставили на
    место»: a making cue followed by «в» and a Belarusian place, in a sentence that tells a
    delivery (``delivery``), made the thing at home and delivered it; no project here."""
    if words("delivery").isdisjoint(t.lemma for t in ctx.toks):
        return False
    homes = [e for e in ctx.entities if e.type == "region" and not is_russian_region(e.normal)
             and ctx.text[max(0, e.start - 3):e.start].lower().endswith("в ")]
    toks = ctx.toks
    return any(any(toks[h.last].end <= e.start
                   and e.start <= toks[min(len(toks) - 1, h.last + _MADE_AT_SPAN)].end
                   for e in homes) for h in kinds if h.cue.value in MADE_KINDS)


_AGREED_SPAN = 3  # words from «договорились» / «соглашение» to the cue («о выпуске»)


def agreed_on(ctx: KindContext, kinds: list[CueHit]) -> bool:
    """«договорились о выпуске …», «соглашение о производстве …»: an agreement word
    (``agreement_heads``) right before a kind cue, «о» between, says what was agreed on, by a
    Belarusian firm and another of the sentence (not «Москва и Минск заключили соглашения»)."""
    heads, toks = words("agreement_heads"), ctx.toks
    sides = [ctx.country(e) == "BY" for e in ctx.enterprises]
    return any(sides) and not all(sides) and any(toks[h.first - 1].word in ("о", "об") and any(
        t.lemma in heads for t in toks[max(0, h.first - 1 - _AGREED_SPAN):h.first - 1])
        for h in kinds if h.first > 0)


def not_line_of_business(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«ООО «…» работает с 2009 года и специализируется на ремонте и производстве
    турбокомпрессоров», «завод специализируется на выпуске полуприцепов, прицепов и кузовов»:
    what a firm «специализируется на» (``line_of_business``) describes the firm, as «производитель
    шин» does; the kind cues of that list are no project (rounds 9, 17, 25, 38, 40: no such
    sentence is a project's evidence)."""
    heads = line_of_business_heads(ctx.toks)
    return [h for h in kinds if not any(k < h.first <= k + _TRADE_SPAN for k in heads)]


def line_of_business_heads(toks: list[Token]) -> list[int]:
    """Where «специализируется на» (``line_of_business`` and «на») stands in `toks`: a
    sentence that tells it, left with no kind, continues no project either (its «работает с
    2009 года» is the firm's, no stage of the project told before)."""
    trade = words("line_of_business")
    return [k for k, t in enumerate(toks[:-1]) if t.lemma in trade and toks[k + 1].word == "на"]


# «ОАО «…» — одно из старейших предприятий», «“…” – крупнейший производитель»: a dash right
# after the name opening the sentence (its closing quote or last word)
_DEFINED_AS = lazy_compile(r"[»\"\w]\s+[—–]\s")


def firm_defined(ctx: KindContext) -> bool:
    """«„Строммашина“ — одно из старейших предприятий Могилёва, завод выпускает
    оборудование …»: a sentence opening with a firm's name and a dash defines the firm (a
    profile); its verbs («выпускает») tell the firm's own business, no stage of the project
    told before (round 44; round 40's «Предприятие выпускает …» profile is of the kind)."""
    first = min((e for e in ctx.enterprises), key=lambda e: e.start, default=None)
    if first is None or ctx.text[ctx.start:first.start].strip(" «\"„").split():
        return False
    return bool(_DEFINED_AS.match(ctx.text, first.end - 1)) or bool(
        _DEFINED_AS.match(ctx.text, first.end))


def founders_name_no_venture(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«учредители СП ведут переговоры об организации сервиса в …»: a venture noun after a
    founders' noun (``founders``) names who acts, the venture's founders; beside another kind
    cue of the sentence it tells no venture of its own (the service is the project)."""
    founders, toks = words("founders"), ctx.toks
    named = [h for h in kinds if h.cue.value == "joint_venture" and h.first > 0
             and toks[h.first - 1].lemma in founders]
    if not named or not any(h.cue.value != "joint_venture" for h in kinds):
        return kinds
    return [h for h in kinds if h not in named]


def not_assembly_time(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«наш павильон удобен: он собирается из готовых модулей за полдня», «конструкция
    монтируется за два часа»: a reflexive verb of putting together with «за» and a span of
    time (``duration``) after it, in a sentence naming no place, tells how quickly the goods
    go together (what the buyer gets), not a project."""
    toks = ctx.toks
    if any(e.type == "region" for e in ctx.entities):
        return kinds

    def how_long(h: CueHit) -> bool:
        t = toks[h.first]
        if t.pos != "VERB" or not t.word.endswith(("ся", "сь")):
            return False
        after = toks[h.last + 1:h.last + 1 + _DURATION_SPAN]
        return any(u.word == "за" and any(v.lemma in words("duration") for v in after[k + 1:k + 3])
                   for k, u in enumerate(after))

    return [h for h in kinds if not how_long(h)]


def not_joint_other_noun(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«совместное с ОАО «МАЗ» предприятие» is a venture; «представила совместные проекты с
    белорусскими предприятиями»: a noun of its own between «совместный» and «с» is what the
    adjective describes, and the enterprises after «с» are the other side: no venture."""
    toks = ctx.toks

    def own_noun(h: CueHit) -> bool:
        if h.cue.words[:2] != ("совместный", "с"):
            return False
        k = next((k for k in range(h.first + 1, h.last) if toks[k].word in ("с", "со")), h.last)
        return any(t.pos == "NOUN" for t in toks[h.first + 1:k])

    return [h for h in kinds if not own_noun(h)]
