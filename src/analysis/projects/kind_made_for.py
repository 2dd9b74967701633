"""Goods made for a Belarusian maker's machines are a component production, whatever the goods.

«ООО «…» сваривает полурамы и брызговики для тракторов «Беларус»», «выпустило более 900 снежных
отвалов и коммунальных щеток для тракторов «Беларус»»: a verb of making (``made_for_verbs``,
a stage cue of its sentence) whose object is governed «для» a Belarusian maker's machines (a
Belarusian firm or brand, or «белорусских …» within a few words of the «для») tells parts or
attachments made for that maker, even where the goods are no part word of the cue table
(«кабины», «гидроцилиндры» are: those sentences have their cue already). Plain grammar: the
governed preposition of purpose names whom the goods are for (rounds 1, 8, 10, 11, 16, 23, 24
tell such goods; gold calls every one a component production). Vehicles made «на шасси» a
Belarusian maker («выпустила 210 автоцистерн … на шасси Минского автомобильного завода») are
the special vehicle's assembly (rounds 13, 16, 18, 19, 21, 22, 24: gold calls each an assembly;
bodies made and mounted later, «кузова, которые монтируются на шасси», keep their verb between).
A production noun's goods governed the same way are parts too: «договор об организации в
Коврове производства ступиц и тормозных барабанов для грузовиков МАЗ» (`production_for_a_maker`).
"""

from __future__ import annotations

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import Cue, CueHit, words
from analysis.projects.kind_context import KindContext

# the cue the found goods stand for (its words are only the goods' place in the sentence)
MADE_FOR = Cue(field="kind", value="component_production", words=("для",), max_gap=0,
               grammemes=frozenset(), strong=True)
ON_CHASSIS = Cue(field="kind", value="assembly", words=("шасси",), max_gap=0,
                 grammemes=frozenset(), strong=True)
_OBJECT_SPAN = 10  # words from the verb to the «для» of its object
_MACHINES_SPAN = 4  # words from «для» to the maker's name («для коммунальных тракторов «Беларус»»)
_VERB_FORMS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
_CLAUSE_BREAK = lazy_compile(r"[;:—–]|,\s+(?:а|но|который|которые|где)\s")


def made_for_a_belarusian_maker(ctx: KindContext, hits: list[CueHit]) -> list[CueHit]:
    """`hits` and a component production cue at the goods a making verb of `hits` makes for
    a Belarusian maker's machines, where no kind cue of `hits` stands between them."""
    toks, verbs = ctx.toks, words("made_for_verbs")
    kind_at = {k for h in hits if h.cue.field == "kind" for k in range(h.first, h.last + 1)}
    found: list[CueHit] = []
    # (the verb as a stage cue, «выпускают»; or, told in the past, as a weak kind cue only:
    # «на предприятии выпускали баки для белорусских погрузчиков»)
    for k in sorted({h.first for h in hits if h.cue.field in ("status", "kind")
                     and h.first == h.last and toks[h.first].lemma in verbs}):
        # the first «для …» or «на шасси …» whose machines are a Belarusian maker's («для
        # перевозки топлива … на шасси МАЗ»: the second)
        purpose = next((j for j in range(k + 1, min(len(toks), k + 1 + _OBJECT_SPAN))
                        if (toks[j].word == "для" or _on_chassis(toks, j))
                        and _belarusian_machines(ctx, _chassis_at(toks, j))), None)
        if purpose is None or kind_at & set(range(k + 1, purpose + _MACHINES_SPAN + 1)):
            continue
        cue = MADE_FOR if toks[purpose].word == "для" else ON_CHASSIS
        goods = next((j for j in range(k + 1, purpose) if toks[j].pos == "NOUN"
                      and toks[j].lemma not in words("made_for_not_goods")), None)
        # the «для» governs the goods' phrase: no verb nor clause break between them
        if goods is not None and not any(toks[j].pos in _VERB_FORMS for j in range(goods, purpose)) \
                and not _CLAUSE_BREAK.search(ctx.text, toks[goods].end, toks[purpose].start):
            found.append(CueHit(cue=cue, first=goods, last=goods))
    return hits + found


def _on_chassis(toks: list, j: int) -> bool:
    """«на шасси», «на полноприводных шасси» at token `j`."""
    return toks[j].word == "на" and any(t.lemma == "шасси" for t in toks[j + 1:j + 3])


def _chassis_at(toks: list, j: int) -> int:
    """The token after which the maker is named: «шасси» of «на … шасси», else `j` («для»)."""
    return next((i for i in range(j, min(len(toks), j + 3)) if toks[i].lemma == "шасси"), j)


def _belarusian_machines(ctx: KindContext, purpose: int) -> bool:
    """Does a Belarusian maker (a firm of the sentence, or «белорусский») stand within
    `_MACHINES_SPAN` words after the «для» at token `purpose`?"""
    toks = ctx.toks
    after = toks[purpose + 1:purpose + 1 + _MACHINES_SPAN]
    # the phrase the «для» governs ends at the next preposition («для служб на шасси МАЗ»)
    after = after[:next((i for i, t in enumerate(after) if t.pos == "PREP"), len(after))]
    if any(t.lemma == "белорусский" for t in after):
        return True
    if not after:
        return False
    start, end = after[0].start, after[-1].end + 2  # a closing quote after the last word
    return any(start <= e.start < end and ctx.country(e) == "BY" for e in ctx.enterprises)


def production_for_a_belarusian_maker(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«производства ступиц и тормозных барабанов для грузовиков МАЗ», «выпуск электронных
    блоков для коммунальной техники МАЗ»: an assembly cue whose goods are governed «для» a
    Belarusian maker's machines (no verb nor clause break between) makes parts for that
    maker, a component production."""
    toks, production, sites = ctx.toks, words("production"), words("making_sites")

    def for_maker(h: CueHit) -> bool:
        # (a production noun: «собирать двигатели для тракторов» is an assembly of engines,
        # «сборка тяговых батарей для электропогрузчиков» too, as gold has them; «сборочной
        # линии для тракторов» names a line, no goods)
        if toks[h.first].pos != "NOUN" or toks[h.first].lemma not in production:
            return False
        purpose = next((j for j in range(h.last + 1, min(len(toks), h.last + 1 + _OBJECT_SPAN))
                        if toks[j].word == "для"), None)
        return purpose is not None and any(
            toks[j].pos == "NOUN" and toks[j].lemma not in sites for j in range(h.last + 1, purpose)) \
            and not any(toks[j].pos in _VERB_FORMS for j in range(h.last + 1, purpose)) \
            and not _CLAUSE_BREAK.search(ctx.text, toks[h.last].end, toks[purpose].start) \
            and _belarusian_machines(ctx, purpose)

    return [h._replace(cue=MADE_FOR) if h.cue.value == "assembly" and for_maker(h) else h
            for h in kinds]
