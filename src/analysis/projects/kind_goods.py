"""Kind cues that name goods, not a project that makes them: kind rules
(`analysis.projects.kinds.KIND_RULES`) read from mining, municipal and digest news.

* `parts_need_making`: «Белшина подняла цены на шины», «шины идут в Кузбасс эшелонами»,
  «комбинат получил партию шин»: a part's name in a sentence that prices, ships or buys
  goods is those goods; such a component cue names a project only where its sentence also
  makes, sets up or localises something («выпуск шин», «цех по производству кабин»).

Word lists are data (``data/project_words.csv``: made, set_up, making_sites, jointly, making,
goods_talk, delivery, trade, arrive, shipped).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit
    from analysis.projects.kinds import KindContext


def _makes(ctx: KindContext) -> bool:
    """Does the sentence make, set up or localise something (a word of ``made``,
    ``set_up``, ``making_sites``, ``jointly`` or ``making``)? A warehouse or a service post
    makes nothing («первый собственный склад …, до сих пор шины шли через посредников»)."""
    making = (words("made") | words("set_up") | words("making_sites") | words("jointly")
              | words("making"))
    stems = tuple(words("making_stems"))
    return any(t.lemma in making or t.word in making or t.lemma.startswith(stems)
               for t in ctx.toks)


def _goods_talk(ctx: KindContext) -> bool:
    """Does the sentence price, ship, deliver or buy something (``goods_talk``, ``delivery``,
    ``trade``, ``arrive``, ``shipped``)?"""
    talk = (words("goods_talk") | words("delivery") | words("trade") | words("arrive")
            | words("shipped"))
    return any(t.lemma in talk for t in ctx.toks)


def parts_need_making(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Белшина подняла цены на крупногабаритные шины», «Апатитовый комбинат получил партию
    шин «Белшины»», «шины идут в Кузбасс эшелонами»: a component cue in a sentence that
    makes nothing and prices, ships or buys goods names those goods, not parts made here
    (no component row)."""
    if not any(h.cue.value == "component_production" for h in kinds) or _makes(ctx) \
            or not _goods_talk(ctx):
        return kinds
    if ctx.around_has(ctx.following_sentence, words("production")):
        # «МВЗ договорился о поставках литых деталей — боковых рам. … производство литья в
        # Волхове начнётся …»: the parts are made by the partner, as the next sentence says
        return kinds
    return [h for h in kinds if h.cue.value != "component_production"]
