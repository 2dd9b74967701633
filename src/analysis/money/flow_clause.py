"""What one stretch of text tells of an export or import figure's direction (the first step
of `analysis.money.flow`): the sides it names and what each is to the goods
(`money.flow_sides`), with the stretch's trade word (sending `out` or receiving `in`) or else
the figure's metric, read as a `Reading` — a flow, and whose trade it is (the *viewpoint*).
A whole sentence's direction (`sentence_direction`) is its trade word's clause read so.
"""

from __future__ import annotations

from typing import NamedTuple

from analysis.lang.morph import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.flow_sides import sides_in, third_party_in, world_in
from analysis.money.flow_words import flow_words
from analysis.money.region import SentenceSpan
from analysis.money.side_roles import DESTINATION, MARKET, ORIGIN, OWNER, PARTNER, SUBJECT
from analysis.vocab import FLOW_OTHER

__all__ = ["IN", "OUT", "SIDES", "Reading", "as_kind", "carry", "flow_between", "flow_of_clause",
           "from_viewpoint", "kind_of", "names_partner", "other_end", "other_side",
           "sentence_direction"]

SIDES = ("BY", "RU")
OUT, IN = "out", "in"
_WORD = lazy_compile(r"[А-Яа-яЁё]+")


class Reading(NamedTuple):
    """What a stretch of text tells of a figure's direction: a flow, and whose trade it is."""

    flow: str  # one of FLOWS
    viewpoint: str | None  # the side that exports (`out`) or imports (`in`); None for other
    owner_only: bool = False  # told by whose trade it is alone, no other end of the flow named
    market_told: bool = True  # the other end is told (where exports go, imports come from)
    # an import told by where it goes alone («в Россию ввезено линолеума на $210 млн»)
    importer_only: bool = False


def other_side(side: str) -> str:
    return SIDES[1 - SIDES.index(side)]


def flow_between(origin: str, destination: str) -> str:
    return f"{origin}→{destination}"


def kind_of(text: str, lo: int, hi: int, at: int) -> str | None:
    """The trade word of text[lo:hi] nearest `at` (sending `out` or receiving `in`)."""
    words = flow_words()
    best: tuple[int, str] | None = None
    for m in _WORD.finditer(text, lo, hi):
        lem = lemma(m.group().lower())
        kind = OUT if lem in words.out_words else IN if lem in words.in_words else None
        if kind is not None and (best is None or abs(m.start() - at) < best[0]):
            best = (abs(m.start() - at), kind)
    return best[1] if best else None


def from_viewpoint(viewpoint: str, kind: str) -> Reading:
    partner = other_side(viewpoint)
    flow = flow_between(viewpoint, partner) if kind == OUT else flow_between(partner, viewpoint)
    return Reading(flow, viewpoint)


def flow_of_clause(text: str, lo: int, hi: int, at: int, metric: str, own: bool = False
                   ) -> Reading | None:
    """The direction text[lo:hi] tells of a figure at `at` measuring `metric` (None: it tells
    none, or sides that contradict each other); `own`: the figure's own clause, where a place
    outside the pair named alone («Казахстан – 2,1») is where its goods go."""
    default = OUT if metric == "export" else IN
    kind = kind_of(text, lo, hi, at) or default
    origins, destinations, markets = set(), set(), set()
    partner_named = False  # a side named as where the goods go or come from, not whose trade
    subjects_only = True  # whose trade it is told by subjects alone («Москва (21,2 млн)»)
    mentions = [m for m in sides_in(text, lo, hi) if not _in_dash_aside(text, lo, m.start, at)]
    for mention in mentions:
        role = mention.role
        if role == MARKET:
            markets.add(mention.side)  # «продажи … в России»: where goods are sold
            continue
        if role in (OWNER, SUBJECT):
            subjects_only = subjects_only and role == SUBJECT
            # (whose trade word: the one nearest the side, «Москва поставляет в республику …
            # — импорт из столицы …»: Moscow sends)
            its = kind_of(text, lo, hi, mention.start) or default
            role = ORIGIN if its == OUT else DESTINATION
        else:
            partner_named = True
            if role == PARTNER:
                role = DESTINATION if kind == OUT else ORIGIN
        (origins if role == ORIGIN else destinations).add(mention.side)
    if third_party_in(text, lo, hi, bare=own) or (
            not other_end(mentions, kind) and world_in(text, lo, hi)):
        return Reading(FLOW_OTHER, None)  # «экспорт Беларуси в Китай», «… в целом составил»
    # (the other end of the clause's trade word or of the figure's own: «Крупнейшим поставщиком
    # остается Беларусь: на ее долю пришлось $48 млн … ввоза» names where an import comes from)
    market = other_end(mentions, kind) or other_end(mentions, default) or bool(markets)
    if not destinations and len(markets) == 1 and not origins & markets:
        destinations = markets
    if len(origins) > 1 or len(destinations) > 1 or (origins and origins == destinations):
        return None  # both sides on one end: the clause tells no direction between them
    if not origins and not destinations:
        return None
    origin = next(iter(origins)) if origins else other_side(next(iter(destinations)))
    return Reading(flow_between(origin, other_side(origin)), origin if kind == OUT else other_side(origin),
                   owner_only=not partner_named and not markets and subjects_only,
                   market_told=market, importer_only=kind == default == IN and not market
                   and bool(mentions) and all(m.role == DESTINATION for m in mentions))


def _in_dash_aside(text: str, lo: int, pos: int, at: int) -> bool:
    """Is `pos` inside an aside set off by two dashes that closes before the figure at `at`
    («открыть ещё два дилерских центра — в Красноярском крае и Приморье — и довести продажи
    в России до …»)? The aside tells of another noun (the centres), not whose trade the figure
    is nor where its goods go."""
    if not lo <= pos < at:
        return False
    opened = max(text.rfind(" — ", lo, pos), text.rfind(" – ", lo, pos))
    if opened < 0:
        return False
    closed = min((i for i in (text.find(" — ", pos, at), text.find(" – ", pos, at)) if i >= 0),
                 default=-1)
    # (the aside names no figure of its own: «в Москву — на $610 млн, …» is an item)
    return closed >= 0 and not any(c.isdigit() for c in text[opened:closed])


def other_end(mentions: list, kind: str) -> bool:
    """Do the sides named tell the other end of a flow the trade word (`kind`) is of: where
    exports go, where imports come from (not whose trade it is, nor what the goods are)?"""
    ends = {DESTINATION, PARTNER, MARKET} if kind == OUT else {ORIGIN, PARTNER}
    return any(m.role in ends for m in mentions)


def names_partner(text: str, lo: int, hi: int, kind: str) -> bool:
    """Does text[lo:hi] name the other end of a flow of `kind`?"""
    return other_end(sides_in(text, lo, hi), kind)


def as_kind(metric: str) -> str:
    return OUT if metric == "export" else IN


def carry(reading: Reading, kind: str) -> Reading:
    if reading.viewpoint is None:
        return reading
    return from_viewpoint(reading.viewpoint, kind)._replace(market_told=reading.market_told)


def sentence_direction(text: str, span: SentenceSpan) -> Reading | None:
    """The direction a sentence with a trade word tells (the trade word's own clause)."""
    kind = kind_of(text, span.start, span.end, span.start)
    if kind is None:
        return None
    metric = "export" if kind == OUT else "import"
    return flow_of_clause(text, span.start, span.end, span.start, metric)
