"""Kind rules for cues that tell something other than a project of ours, read from more
genres of news (the rules for service, dealer, hub and training cues are in
`kind_service_limits`).

Each rule has the shape of the rules in `analysis.projects.kinds` (it takes the kind hits
of a sentence and returns those it keeps), and `KIND_RULES` there runs them after its own:

* `not_a_count` (moved here from `kinds`): «более 20 сборочных производств», «несколько
  производств и сервисных площадок», «многие заводы собирают» count or generalise projects;
* `not_a_condition`: «условием было наличие сервисной базы», «не смог подтвердить наличие
  сервисной базы» name a facility as a condition someone meets or not, not a project;
* `not_a_gathering`: «форум собрал более 600 участников» gathers people, it assembles nothing;
* `not_staff_for`: «кадры для сборки готовят заранее» trains people for a project, it sets up
  none of its own;
* `not_parts_that_arrive`: «из Минска приходили двигатель, трансмиссия и кабина», «мосты
  по-прежнему едут из Беларуси» are parts made elsewhere and brought in;
* `not_parts_fitted`: «на месте ставят колёса, аккумуляторы» are steps of the assembly;
* `not_trade`: «поставки комплектующих», «будут продавать комбайны, жатки и запчасти» are
  trade, not production (moved here from `kinds`);
* `not_a_persons_employer`: «говорит директор СП» names a person's employer;
* `not_with_a_third_country`: «совместно с китайским партнёром начато производство» is a
  project with another country, not with Belarus; so is Belarus with a third country and no
  Russian side («белорусско-китайское предприятие»).

Word lists are data (``data/project_words.csv``: gathered, staff, aggregate, generalising, arrive,
fitted, trade, person_role, third_country, belarusian_stems, …).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.entities import enterprise_parent, is_russian_region
from analysis.projects.cues import CueHit, Token, analyse, words
from analysis.projects.kind_besides import other_work_of_firm
from analysis.projects.kind_describes import firm_defined, line_of_business_heads
from analysis.projects.kind_made_for import MADE_FOR, ON_CHASSIS
from analysis.projects.location import in_foreign_unit, traded_to

if TYPE_CHECKING:
    from analysis.projects.kind_made_for import MADE_FOR
from analysis.projects.kind_context import KindContext

_OBJECT_SPAN = 4  # words after «собрать» where what was gathered stands («собрал более 600 участников»)
_ARRIVE_SPAN = 4  # words from «приходили» to the part («приходили двигатель, трансмиссия и кабина»)
_PARTNER_SPAN = 2  # from a country's adjective to its partner noun («китайским стратегическим партнёром»)
_LINKS = ("PREP", "ADJF", "PRTF", "NUMR")  # what may stand between a trade word and its object
_PREDICATES = ("VERB", "INFN", "PRTS", "GRND")  # what heads a clause
_TO_ASSEMBLY_SPAN = 4  # words from the verb of going to «на» («идут не только на …»)
_NEXT_VERB_SPAN = 6  # words from a part to its clause's verb («Раму, трансмиссию и кабину будет поставлять»)
_ARRIVE_AFTER_SPAN = 8  # words from the part to a verb of arriving after it (a list between)
_FITTED_SPAN = 6  # words from «ставят» back over a list to the part («ставят колёса, аккумуляторы»)
_SUBJECT_SPAN = 4  # words from «многие» to its verb («Многие белорусские заводы уже собирают»)
_COUNT_REACH = 6  # words a count reaches over a coordinated pair («несколько … производств и сервисных»)
_YEARS_FROM = 1900  # a number from here on before a cue is a year («с 2013 года»), not a count
_CONDITION_SPAN = 2  # words from «наличие» to the cue it governs («наличие официального сервиса»)


def not_a_condition(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«наличие сервисной базы в радиусе 50 км»: a kind governed by a noun of having
    (``condition``) is a condition a bidder or a region meets, not a project told."""
    toks, having = ctx.toks, words("condition")
    return [h for h in kinds if not any(
        t.lemma in having for t in toks[max(0, h.first - _CONDITION_SPAN):h.first])
        and not _in_if_clause(ctx, h)]


def _in_if_clause(ctx: KindContext, h: CueHit) -> bool:
    """«рассчитывают поднять долю, если освоят изготовление кабин»: a cue inside a clause of
    ``if_words`` (no comma between them) is the condition of something else, not a project
    told; a cue in the main clause after it («Если испытания пройдут, сборку начнут …») stays."""
    toks, opening = ctx.toks, words("if_words")
    for k in range(h.first - 1, -1, -1):
        if "," in ctx.text[toks[k].end:toks[k + 1].start]:
            return False
        if toks[k].word in opening:
            return True
    return False


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
        the number and the cue counts pieces made, not projects; so does a number before
        goods a verb makes for a Belarusian maker («выпустило 900 отвалов для …») or mounts on
        a carrier («выпустило 40 домов, смонтированных на шасси МЗКТ»: ``carrier_nouns``)."""
        return h.cue in (MADE_FOR, ON_CHASSIS) or any(t.lemma in words("goods_measure")
                                        for t in toks[max(0, h.first - _COUNT_REACH):h.first]) \
            or (h.cue.words[-2:-1] == ("на",) and h.cue.words[-1] in words("carrier_nouns"))

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


def not_staff_for(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Кадры для сборки готовят заранее», «направляет специалистов для монтажа»: a kind cue
    right after «для» that a noun of people (``staff``) governs names the work they are
    trained or sent for (the project told elsewhere), no project of its own."""
    toks, staff = ctx.toks, words("staff")
    return [h for h in kinds if not (
        h.first >= 2 and toks[h.first - 1].word == "для" and toks[h.first - 2].lemma in staff)]


def _to_assembly(toks: list[Token], k: int) -> bool:
    """«детали идут не только на курскую сборку», «узлы уходят на конвейер в Минске»: after
    the verb of going at `k`, «на» and a making place or an assembly word (``making_sites``,
    adjectives and «не только» between) is where the parts go to be fitted."""
    for j in range(k + 1, min(len(toks) - 1, k + 1 + _TO_ASSEMBLY_SPAN)):
        if toks[j].word == "на":
            rest = [t for t in toks[j + 1:j + 4] if t.pos not in ("ADJF", "PRTF")]
            return bool(rest) and (rest[0].lemma in words("making_sites")
                                   or rest[0].lemma in ("сборка", "конвейер"))
    return False


def not_parts_that_arrive(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Из Минска приходили двигатель, трансмиссия и кабина, здесь ставили колёса»: parts
    just after a verb of arriving, with «из» before it, are brought in, not made here; parts
    before a verb of going «на» an assembly («Детали … идут не только на курскую сборку, но
    и на главный конвейер в Бобруйске») are shipped to be fitted (`_to_assembly`)."""
    toks, arrive = ctx.toks, words("arrive")
    going = words("go_to") | {"идти"}  # (verbs of going somewhere, not of arriving here)

    def brought(h: CueHit) -> bool:
        k = next((k for k in range(h.first - 1, max(-1, h.first - 1 - _ARRIVE_SPAN), -1)
                  if toks[k].lemma in arrive), None)
        return k is not None and any(t.word == "из" for t in toks[max(0, k - 3):k])

    def brought_after(h: CueHit) -> bool:
        """«коробки передач и ведущие мосты по-прежнему едут из Беларуси», «из Гомеля пока
        поступают трансмиссии» read the other way: the list, then the verb, then «из». Parts
        after a making noun («наладить изготовление рам …, которые сейчас поставляются из
        Лиды») are to be made here: what comes now is what the project replaces (round 63)."""
        if h.first > 0 and toks[h.first - 1].lemma in words("made") and toks[h.first - 1].pos == "NOUN":
            return False
        for k in range(h.last + 1, min(len(toks), h.last + 1 + _ARRIVE_AFTER_SPAN)):
            if toks[k].lemma in arrive or toks[k].lemma in going:
                return any(t.word == "из" for t in toks[k + 1:k + 3]) or (
                    toks[k].lemma in going and _to_assembly(toks, k))
            if toks[k].pos in ("VERB", "INFN", "PRTS") and toks[k - 1].pos != "ADJF":
                return False  # another verb: the parts are its business (not «из
                # нержавеющей стали»: after an adjective the word is a noun)
        return False

    # «будут ждать запчасть из Минска»: a part «из» a Belarusian place comes from there (round 63)
    home = [e.start for e in ctx.entities if e.type == "region" and not is_russian_region(e.normal)]

    def from_belarus(h: CueHit) -> bool:
        after = toks[h.last + 1:h.last + 3]
        # (a place's noun: «из витебских печатных плат» names the parts' material, kept)
        return len(after) == 2 and after[0].word == "из" and after[1].pos == "NOUN" and any(
            after[0].start <= s <= after[1].start for s in home)

    return [h for h in kinds if not (h.cue.value == "component_production"
                                     and (brought(h) or brought_after(h) or from_belarus(h)))]


def not_parts_fitted(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«на месте ставят колёса, аккумуляторы, гидрораспределители», «установка кабин»: parts
    fitted to the machine (``fitted`` in data/project_words.csv, a list between) are steps
    of its assembly, not parts made here; so are parts «на конвейере» right after them («доля
    наших глушителей на конвейере в Минске»: the maker's line they are fitted on, round 40)."""
    toks, fitted = ctx.toks, words("fitted")

    def on_the_line(h: CueHit) -> bool:
        after = toks[h.last + 1:h.last + 3]
        return len(after) == 2 and after[0].word == "на" and after[1].lemma == "конвейер"

    def fitted_before(h: CueHit) -> bool:
        for k in range(h.first - 1, max(-1, h.first - 1 - _FITTED_SPAN), -1):
            if toks[k].lemma in fitted:
                return True
            if toks[k].pos not in ("NOUN", "ADJF", "PRTF", "CONJ"):
                return False
        return False

    return [h for h in kinds if not (h.cue.value == "component_production"
                                     and (fitted_before(h) or on_the_line(h)))]


def not_trade(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«участие в поставках комплектующих», «закупка автобусов»: trade, not production; so
    are parts that «будут поставляться с российских заводов» (the verb after them)."""
    toks, trade = ctx.toks, words("trade")

    def traded_after(h: CueHit) -> bool:
        return h.cue.value == "component_production" and any(
            t.lemma in trade for t in toks[h.last + 1:h.last + 4])

    def traded_by_next_verb(h: CueHit) -> bool:
        """«Раму, трансмиссию и кабину будет поставлять Минск», «запчасти к старым тракторам
        завод продаёт дилерам», «рамы станут поставляться из Минска»: parts whose clause's
        next verb (past «быть», «стать») is a trade verb are its object or its subject in the
        passive, goods traded."""
        if h.cue.value != "component_production" or (
                h.first and toks[h.first - 1].lemma in words("made")):
            return False  # («начало выпуск рам: … будет поставлять их»: made, then shipped)
        for k in range(h.last + 1, min(len(toks), h.last + 1 + _NEXT_VERB_SPAN)):
            gap = ctx.text[toks[k - 1].end:toks[k].start]
            if any(c in gap for c in ":;—(") or ("," in gap and toks[k].pos not in ("NOUN", "ADJF")):
                return False  # the clause ends (a list's commas go on)
            # (an auxiliary of the future: «будут / станут поставляться»)
            if toks[k].pos in _PREDICATES and toks[k].lemma not in ("быть", "стать"):
                return toks[k].lemma in trade
        return False

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

    # «продажи запчастей к трансмиссиям ведут дилеры»: a noun of selling governs the goods
    # (not «реализация», which also means carrying a project out)
    sold = trade | {w for w in words("sales") if not w.startswith("реализ")}
    return [h for h in kinds if not traded_after(h) and not traded_to(h) and not sold_in_list(h)
            and not traded_by_next_verb(h)
            and not any(t.lemma in sold for t in toks[max(0, h.first - 2):h.first])]


def not_a_persons_employer(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«— говорит директор СП», «рассказал руководитель центра»: a kind cue right after a
    person's role (``person_role``) names where the person works, not a project told."""
    toks, role = ctx.toks, words("person_role")
    # (right after it: «По словам директора, собирать … будут в …» — a comma ends the role's
    # phrase, and the cue opens a clause of its own)
    return [h for h in kinds if not (h.first > 0 and toks[h.first - 1].lemma in role
                                     and not ctx.text[toks[h.first - 1].end:toks[h.first].start].strip())]


def not_with_a_third_country(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«В Кулебаках совместно с китайским партнёром начато производство компонентов»: a
    partner of a third country (``third_country`` adjective before a partner noun) makes the
    sentence's project another country's, not a Russia–Belarus one (`third_country_project`)."""
    return [] if third_country_project(ctx) else kinds


def continues_none(ctx: KindContext) -> bool:
    """A sentence whose kind cues the rules all dropped continues no project of ours when it
    tells another country's project (`third_country_project`) or a firm's line of business
    («ООО «…» работает с 2009 года и специализируется на ремонте …»: the firm's «работает» is
    no stage of the project told before; `kind_describes.line_of_business_heads`), or a
    firm's other work after «Помимо …,» (`kind_besides.other_work_of_firm`), or a firm's
    profile («„…“ — одно из старейших предприятий …»: `kind_describes.firm_defined`)."""
    return (third_country_project(ctx) or bool(line_of_business_heads(ctx.toks))
            or other_work_of_firm(ctx) or firm_defined(ctx))


def third_country_project(ctx: KindContext) -> bool:
    """Does the sentence name a partner of a third country (``third_country`` adjective, or
    the last part of «белорусско-китайский», before a partner noun, or right after a making
    word: its goods) without both sides
    of ours: a Belarusian side (a Belarusian firm or «белорусский») and a Russian one (a
    Russian firm or place, «российский»)? «Белшина подписала с китайским производителем
    соглашение о разработке шин» and «белорусско-китайское предприятие» name no Russian side."""
    toks = ctx.toks
    foreign = words("third_country")
    partner = (words("parties") | words("project_roles") | words("generic_head")
               | words("third_country_partners"))
    made = words("made")
    # («сборка китайских фронтальных погрузчиков», «будет собирать китайские погрузчики»:
    # the goods made are a third country's, as a partner of it would make them)
    third = any(_country_adjective(t.lemma) in foreign
                and (any(u.lemma in partner for u in toks[k + 1:k + 1 + _PARTNER_SPAN])
                     or (k and toks[k - 1].lemma in made))
                for k, t in enumerate(toks))
    # («кооперация с китайской Weichai», «с немецкой «…»»: the adjective before a firm's
    # name, in Latin letters or in quotes, names a partner of that country)
    third = third or any(_country_adjective(t.lemma) in foreign and k + 1 < len(toks)
                         and _firm_name_at(ctx.text, t.end, toks[k + 1].start)
                         for k, t in enumerate(toks))
    # («договорилась с производителем из провинции Шаньдун»: a partner from abroad)
    third = third or in_foreign_unit(toks, ctx.text)
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


def _firm_name_at(text: str, end: int, start: int) -> bool:
    """Does a firm's name open at `start`, right after a word ending at `end`: a quote
    before it, or a capital Latin letter?"""
    return "«" in text[end:start] or "A" <= text[start:start + 1] <= "Z"


def _country_adjective(lemma: str) -> str:
    """«китайский»; of a compound «белорусско-китайское» its last part, as a lemma."""
    if "-" not in lemma:
        return lemma
    return analyse(lemma.rsplit("-", 1)[1]).lemma
