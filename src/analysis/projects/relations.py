"""A trigger and its arguments, read from a dependency tree (`analysis.projects.syntax`).

Word windows answer «which place is nearest the cue»; a tree answers «which place does the
cue's clause govern». The reader (`analysis.projects.reader`) asks here only where windows
fail: a clause that names several Russian regions (which one is the trigger's, and which are
coordinated with it: one project per member of the list), and a trigger that is the purpose
of a delivery or a purchase («поставит тракторы для сборки»: goods, not a project). The word
lists the relations use are data (``data/project_syntax.csv``).
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from analysis.entities import enterprise_parent
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import word_info
from analysis.projects.syntax import SyntaxReader, SyntaxTree

if TYPE_CHECKING:
    from analysis.entities import Entity


# what may separate two clauses between two triggers (else they share one clause)
_CLAUSE_BREAK = lazy_compile(r"[,;:—–]|\s(?:а|но|тогда\s+как|причем|причём)\s")


@cache
def syntax_words(name: str) -> frozenset[str]:
    """A word list of ``data/project_syntax.csv``; StopIteration if unknown."""
    text = resources.files("analysis").joinpath("data", "project_syntax.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(next(r["words"] for r in rows if r["set"] == name).split())


def _lemma(text: str) -> str:
    return word_info(text).analysis.lemma


class PlaceChoice(NamedTuple):
    """Where the tree puts a trigger: its own place and the places listed with it."""

    place: Entity  # the region the trigger's clause governs (the nearest in the tree)
    listed: tuple[Entity, ...]  # the members of its coordinated list (itself first), or ()
    distance: int  # edges between the trigger and the place


def delivered(tree: SyntaxTree, trigger_start: int) -> bool:
    """Is the trigger at `trigger_start` the purpose of a delivery or purchase («поставит
    тракторы для сборки», «закупит линию под производство»)? Kits delivered for assembly
    are the project's supply, not a trap («поставляет машинокомплекты для сборки»)."""
    node = tree.node_at(trigger_start)
    if node is None or tree.marker(node.index) not in syntax_words("purpose_markers"):
        return False
    verbs, kits = syntax_words("delivery_verbs"), syntax_words("kit_words")
    above = tree.ancestors(node.index)[1:3]  # the goods, then their verb (or the verb itself)
    goods = [k for k in above if _lemma(tree.nodes[k].text) not in verbs]
    if any(_lemma(tree.nodes[k].text) in kits for k in goods):
        return False
    return any(_lemma(tree.nodes[k].text) in verbs for k in above)


def kit_supply(tree: SyntaxTree, trigger_start: int) -> str | None:
    """«поставляет машинокомплекты для сборки автобусов»: kits delivered for the trigger at
    `trigger_start` are an assembly that runs («поставляет», «поставил»: operating) or is
    planned («поставит», «будет поставлять»); None when the trigger is no kit's purpose."""
    node = tree.node_at(trigger_start)
    if node is None or tree.marker(node.index) not in syntax_words("purpose_markers"):
        return None
    verbs, kits = syntax_words("delivery_verbs"), syntax_words("kit_words")
    above = tree.ancestors(node.index)[1:3]
    if not any(_lemma(tree.nodes[k].text) in kits for k in above):
        return None
    verb = next((k for k in above if _lemma(tree.nodes[k].text) in verbs), None)
    if verb is None:
        return None
    future = "futr" in word_info(tree.nodes[verb].text).analysis.tags or any(
        tree.nodes[k].text.lower() in syntax_words("future_auxiliaries")
        for k in tree.dependents(verb, frozenset({"aux", "aux:pass"})))
    return "planned" if future else "operating"


def origins(tree: SyntaxTree, regions: list[Entity]) -> list[Entity]:
    """The regions that say where someone comes from («перевозчики из Московской и Тверской
    областей»: both), by the preposition of their list."""
    marks = syntax_words("origin_markers")
    out = []
    for e in regions:
        head = tree.span_head(e.start, e.end)
        if head is not None:
            where = place_node(tree, head.index)
            if tree.marker(where.noun) in marks or tree.marker(where.list_top) in marks:
                out.append(e)
    return out


class PlaceNode(NamedTuple):
    """A region's place in the tree: the noun that bears the preposition, and its list."""

    noun: int  # «областях» for «Воронежской» in «в Саратовской, Воронежской … областях»
    list_top: int  # the first member of the coordinated list the noun stands in
    located: bool  # governed by a locative preposition (the noun, or its list's first member)


def place_node(tree: SyntaxTree, index: int) -> PlaceNode:
    """Where the region whose head word is `index` stands: an adjective of a shared region
    noun («Воронежской» in «в Саратовской, Воронежской и Тамбовской областях») stands
    where the noun does."""
    top = tree.list_top(index)
    noun = tree.nodes[top].head if tree.nodes[top].rel == "amod" and tree.nodes[top].head >= 0 \
        else index
    first = tree.list_top(noun)
    locative = syntax_words("locative_markers")
    return PlaceNode(noun=noun, list_top=first, located=tree.marker(noun) in locative
                     or tree.marker(first) in locative or _of_a_site(tree, first))


def venues(tree: SyntaxTree, places: list[Entity]) -> list[Entity]:
    """The places of `places` that are where an event gathers people (``event_nouns``): a
    place under the event noun («на недавней выставке в Минске»), or under a verb that has
    the event as its subject or object («провести в Минске форум», «форум пройдёт в Уфе»)
    or that describes the event («на прошедшей в Минске выставке»). Such a place is the
    scene of the telling, not a project's site; the members of its list go with it."""
    events, rels = syntax_words("event_nouns"), syntax_words("event_rels")
    locative = syntax_words("locative_markers")
    out = []
    for e in places:
        head = tree.span_head(e.start, e.end)
        if head is None:
            continue
        where = place_node(tree, head.index)
        top = where.list_top
        if tree.marker(top) not in locative and tree.marker(where.noun) not in locative:
            continue
        governor = tree.nodes[top].head
        if governor < 0:
            continue
        # «на прошедшей в Минске выставке»: a participle of the event noun stands between
        above = tree.nodes[governor]
        event_above = above.rel.startswith("acl") and above.head >= 0 \
            and _lemma(tree.nodes[above.head].text) in events
        # («открыть пункты планируется в Мурманской области, переговоры … уже ведутся»: an
        # event noun of another clause, past a comma, is no venue, however the parser hangs it)
        if event_above or (_lemma(above.text) in events and not _clause_between(tree, top, governor)) \
                or any(_lemma(tree.nodes[k].text) in events and not _clause_between(tree, top, k)
                       for k in tree.dependents(governor, rels)):
            if not _in_topic_of_event(tree, head.index):
                out.append(e)
    return out


_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–"})


def _clause_between(tree: SyntaxTree, a: int, b: int) -> bool:
    """Does a clause break (a comma, a dash, a colon) stand between nodes `a` and `b`?"""
    lo, hi = sorted((a, b))
    return any(tree.nodes[k].text in _CLAUSE_MARKS for k in range(lo + 1, hi))


def _in_topic_of_event(tree: SyntaxTree, index: int) -> bool:
    """«ведёт переговоры об организации сервиса в Ямало-Ненецком автономном округе»: a place
    inside the «о/об» phrase that tells what an event is about (``topic_markers``, no
    punctuation between) is the topic's place, not where the event gathers people, however
    the parser hangs it («провести в Минске переговоры о …»: the place before is the venue)."""
    events, topic = syntax_words("event_nouns"), syntax_words("topic_markers")
    for k in range(index - 1, 0, -1):
        word = tree.nodes[k].text
        if not any(ch.isalnum() for ch in word):
            return False  # a comma, a bracket, a dash: the phrase has ended
        if word.lower() in topic and _lemma(tree.nodes[k - 1].text) in events:
            return True
    return False


def _of_a_site(tree: SyntaxTree, index: int) -> bool:
    """«сборку ведут предприятия Татарстана, Башкирии и Удмуртии»: a place in the bare
    genitive that a site noun governs (``genitive_site_heads``) is where the site stands."""
    node = tree.nodes[index]
    return node.rel == "nmod" and node.head >= 0 and not tree.marker(index) \
        and _lemma(tree.nodes[node.head].text) in syntax_words("genitive_site_heads")


def choose_place(tree: SyntaxTree, trigger_start: int, regions: list[Entity]) -> PlaceChoice | None:
    """The region of `regions` the trigger's clause governs, with its coordinated list;
    None when the tree cannot tell (a word it lacks, or places equally near)."""
    node = tree.node_at(trigger_start)
    if node is None:
        return None
    heads = [(e, tree.span_head(e.start, e.end)) for e in regions]
    nodes = [(e, place_node(tree, h.index)) for e, h in heads if h is not None]
    placed = [(e, p) for e, p in nodes if p.located]
    if not placed:
        return None
    scored = sorted((tree.distance(node.index, p.noun), abs(e.start - trigger_start), k)
                    for k, (e, p) in enumerate(placed))
    if len(scored) > 1 and scored[0][0] == scored[1][0] and \
            placed[scored[0][2]][1].list_top != placed[scored[1][2]][1].list_top:
        return None  # two places of two lists as near in the tree: the tree does not decide
    best, where = placed[scored[0][2]]
    listed = tuple(e for e, p in placed if p.list_top == where.list_top)
    if len({e.normal for e in listed}) < 2:
        listed = ()
    return PlaceChoice(place=best, listed=listed, distance=scored[0][0])


def predicate(tree: SyntaxTree, index: int) -> int:
    """The clause head above node `index`: the first verb (or participle, gerund) on the
    way up, else the root."""
    pos = syntax_words("predicate_pos")
    up = tree.ancestors(index)
    return next((k for k in up if word_info(tree.nodes[k].text).analysis.pos in pos), up[-1])


def firms_by_trigger(tree: SyntaxTree, trigger_starts: list[int],
                     firms: list[Entity]) -> dict[int, set[str]] | None:
    """Which firms each trigger's clause holds, when the triggers head different clauses
    («БелАЗ и «КузбассТехСервис» открыли сервисный центр, а «Сибуглемаш» наладит выпуск
    кузовов»): a firm goes to the clause nearest in the tree; one as near two clauses, or
    in none, goes to every trigger; a clause with no subject of its own shares the subject
    of the clause before it. None when the triggers share one clause (nothing to split)."""
    nodes = [tree.node_at(t) for t in trigger_starts]
    if any(n is None for n in nodes):
        return None
    preds = [predicate(tree, n.index) for n in nodes if n is not None]
    if len(set(preds)) < 2:
        return None
    own: dict[int, set[str]] = {p: set() for p in preds}
    shared: set[str] = set()
    subjects: dict[int, set[str]] = {p: set() for p in preds}
    for e in firms:
        head = tree.span_head(e.start, e.end)
        if head is None:
            shared.add(e.normal)
            continue
        far = [(tree.distance(head.index, p), p) for p in dict.fromkeys(preds)]
        near = [p for d, p in far if d == min(far)[0] and d < len(tree.nodes)]
        if len(near) != 1:
            shared.add(e.normal)
            continue
        own[near[0]].add(e.normal)
        if any(tree.nodes[k].rel in syntax_words("subject_rels") for k in tree.ancestors(head.index)
               if predicate(tree, k) == near[0] and k != near[0]):
            subjects[near[0]].add(e.normal)
    order = sorted(dict.fromkeys(preds))
    for before, after in pairwise(order):
        if not subjects[after]:
            own[after] |= subjects[before]
    return {t: own[p] | shared for t, p in zip(trigger_starts, preds, strict=True)}


class ClauseSyntax:
    """The questions the reader asks of a sentence's tree, parsed only when asked."""

    def __init__(self, reader: SyntaxReader, text: str) -> None:
        self.reader = reader
        self.text = text

    def place(self, start: int, end: int, trigger_start: int,
              regions: list[Entity]) -> PlaceChoice | None:
        """`choose_place` in the sentence [start, end), asked only when the regions are
        several (one region needs no tree)."""
        if len({e.normal for e in regions}) < 2:
            return None
        return choose_place(self.reader.tree(self.text, start, end), trigger_start, regions)

    def delivered(self, start: int, end: int, trigger_start: int, lemmas: frozenset[str]) -> bool:
        """`delivered` in the sentence [start, end), asked only when a delivery verb and a
        purpose preposition are there (`lemmas`: the sentence's lemmas)."""
        if syntax_words("delivery_verbs").isdisjoint(lemmas) or \
                syntax_words("purpose_markers").isdisjoint(lemmas):
            return False
        return delivered(self.reader.tree(self.text, start, end), trigger_start)

    def kit_supply(self, start: int, end: int, trigger_starts: list[int],
                   lemmas: frozenset[str]) -> str | None:
        """The status of the first trigger of the sentence that delivered kits are for,
        asked only when a kit word, a delivery verb and a purpose preposition are there."""
        if not trigger_starts or any(syntax_words(name).isdisjoint(lemmas) for name in (
                "kit_words", "delivery_verbs", "purpose_markers")):
            return None
        tree = self.reader.tree(self.text, start, end)
        return next((s for s in (kit_supply(tree, t) for t in trigger_starts) if s), None)

    def venues(self, start: int, end: int, places: list[Entity],
               lemmas: frozenset[str]) -> list[Entity]:
        """`venues` in the sentence [start, end), asked only when an event noun is there
        (`lemmas`: the sentence's lemmas)."""
        if not places or syntax_words("event_nouns").isdisjoint(lemmas):
            return []
        return venues(self.reader.tree(self.text, start, end), places)

    def origins(self, start: int, end: int, regions: list[Entity]) -> list[Entity]:
        """`origins` in the sentence [start, end)."""
        return origins(self.reader.tree(self.text, start, end), regions)

    def firms(self, start: int, end: int, trigger_starts: list[int],
              firms: list[Entity]) -> FirmSplit | None:
        """`firms_by_trigger` in the sentence [start, end), asked only for two triggers or
        more and two firms or more."""
        if len(set(trigger_starts)) < 2 or len({e.normal for e in firms}) < 2 or \
                not _CLAUSE_BREAK.search(self.text, min(trigger_starts), max(trigger_starts)):
            return None  # no comma, dash or «а» between the triggers: one clause
        split = firms_by_trigger(self.reader.tree(self.text, start, end), trigger_starts, firms)
        return FirmSplit(split, frozenset(e.normal for e in firms)) if split else None


class FirmSplit(NamedTuple):
    """The firms of a sentence shared out among its triggers' clauses (`firms_by_trigger`)."""

    by_trigger: dict[int, set[str]]  # trigger offset → the firms of its clause
    named: frozenset[str]  # every firm the sentence names

    def group(self, trigger_start: int) -> int:
        """A number per distinct share (-2, -3, …): triggers of one kind with different
        firms are different projects; with the same firms, one."""
        shares = sorted({tuple(sorted(v)) for v in self.by_trigger.values()})
        return -2 - shares.index(tuple(sorted(self.by_trigger[trigger_start])))

    def others(self, trigger_start: int) -> set[str]:
        """The sentence's firms that the tree gave to other triggers only, with their
        parents («Гомсельмаш-Юг» → «Гомсельмаш») unless a firm of this trigger has them."""
        mine = self.by_trigger[trigger_start]
        others = set(self.named - mine)
        parents = {enterprise_parent(f) for f in others} - {enterprise_parent(f) for f in mine}
        return others | {p for p in parents if p and p not in mine}
