"""Kind cues that say where or by whom goods were made, not a project that makes them: a kind
rule (`analysis.projects.kinds.KIND_RULES`) and the tests other kind rules ask.

* `not_goods_origin`: «гусеничные снегоболотоходы российского производства», «рессорные листы
  собственного производства»: a bare «производства» after an origin adjective says where or by
  whom goods are made (not «создание собственного производства»), in a sentence that supplies,
  buys or receives them; «производства» between the goods and their maker («автобусов
  производства «МАЗ»», `made_by`) says who made them, as an origin adjective does.

* `goods_origin`, `place_adjectives`: the origin idiom itself, also read by the rules of
  `analysis.projects.kind_goods` (a sentence that makes something; a warehouse that ships).

Word lists are data (``data/project_words.csv``: goods_origin, founding_heads, trade, arrive,
receive).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit, Token
    from analysis.projects.kind_context import KindContext

__all__ = ["goods_origin", "made_by", "not_goods_origin", "place_adjectives"]

_ORIGIN_SPAN = 4  # words from «производства» back over «белорусского и российского» to the goods


def not_goods_origin(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«полноприводные грузовики белорусской марки МАЗ» beside «снегоболотоходы российского
    производства», «листы собственного производства», «контроллеров минского производства»: a
    one-word «производство» cue in the genitive after origin adjectives (``goods_origin``, or a
    place's adjective: «минского», «могилёвского»; «и» between) that qualify a noun says where
    or by whom the goods were made, in a sentence about supplying, buying or receiving them
    (``trade``, ``arrive``: «Основу поставки составят …», «будет поставлять … листы собственного
    производства», «мебели белорусского производства поступят в школы»); no project. A founding
    noun before them (``founding_heads``: «создание собственного производства») keeps the cue;
    so does a sentence trading nothing («Двигатели белорусского производства будут проходить на
    заводе … подготовку»: work on the goods). Receiving or buying the goods (``receive``: «получит
    40 автобусов белорусского производства», a city's lease) is trading them; and «производства»
    right after the goods and before their maker («автобусов производства «МАЗ»») says who made
    them, as an origin adjective does (new user, session 24)."""
    if (words("trade") | words("arrive") | words("receive")).isdisjoint(t.lemma for t in ctx.toks):
        return kinds
    places = place_adjectives(ctx)
    makers = frozenset(e.start for e in ctx.entities if e.type == "enterprise")
    return [h for h in kinds if not (h.first == h.last and h.cue.words == ("производство",)
                                     and (goods_origin(ctx.toks, h.first, places)
                                          or made_by(ctx.toks, h.first, makers)))]


def made_by(toks: list[Token], k: int, makers: frozenset[int]) -> bool:
    """Is the word at `k` «производства» between the goods (a noun, not a founding one) and
    their maker (an enterprise starting at one of `makers`, a quote mark between)?"""
    if toks[k].lemma != "производство" or "gent" not in toks[k].tags or k == 0:
        return False
    if toks[k - 1].pos != "NOUN" or toks[k - 1].lemma in words("founding_heads"):
        return False
    after = k + 1
    while after < len(toks) and toks[after].word in ("«", '"', "„"):
        after += 1
    return after < len(toks) and toks[after].start in makers


def place_adjectives(ctx: KindContext) -> frozenset[int]:
    """Start offsets of the sentence's place adjectives («минского», «могилёвского»,
    «кстовского»): they say where goods come from as «белорусского» does."""
    return frozenset(e.start for e in ctx.entities if e.type in ("region", "country")
                     and e.role in ("adjective", "town_adjective"))


def goods_origin(toks: list[Token], k: int, places: frozenset[int] = frozenset()) -> bool:
    """Is the word at `k` «производства» after origin adjectives (``goods_origin``, or a
    place's adjective starting at one of `places`; «и» between) that qualify a noun other than
    a founding one («листы собственного производства», «контроллеров минского производства»,
    not «создание собственного производства»)?"""
    if toks[k].lemma != "производство" or "gent" not in toks[k].tags:
        return False
    j, seen = k - 1, False
    while j >= 0 and k - j <= _ORIGIN_SPAN:
        # (a place's adjective may be parsed as a noun: «могилевского» as a surname)
        if (toks[j].pos == "ADJF" and toks[j].lemma in words("goods_origin")) or toks[j].start in places:
            seen = True
        elif toks[j].word != "и":
            break
        j -= 1
    return seen and j >= 0 and toks[j].pos == "NOUN" and toks[j].lemma not in words("founding_heads")
