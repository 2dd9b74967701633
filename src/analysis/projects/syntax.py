"""Dependency trees of the sentences that hold a project trigger (natasha's `NewsSyntaxParser`).

The register parses a sentence only when a rule asks a question that word windows answer
badly (which of two regions the trigger's clause names, whether a trigger is the purpose of a
delivery): most sentences are never parsed. A `SyntaxTree` is a tuple of `Node` records in
clean-text offsets, so the reader's tokens and entities find their nodes by offset. The
parser ships in natasha's wheel (no download); it is loaded once per `SyntaxReader`, on first
use, and every parse is timed (`SyntaxReader.cost`).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from threadpoolctl import ThreadpoolController

from analysis.lazypattern import lazy_compile

# The register's words (`analysis.projects.cues.WORD`) plus each punctuation mark on its own:
# the parser reads commas, quotes and dashes, and word offsets stay the reader's.
_TOKEN = lazy_compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*|[^\w\s]")
_CACHE_SIZE = 4096  # sentences kept parsed (reprints and the reader's second look)
# The parser scores every pair of tokens: a «sentence» of thousands of words (a table pasted
# as one paragraph) would cost quadratic time and memory. Longer ones are not parsed: an
# empty tree, on which every relation says «cannot tell» and the word rules decide.
MAX_TOKENS = 150


@dataclass(frozen=True)
class Node:
    """One token of a parsed sentence."""

    index: int
    start: int  # clean-text offsets
    end: int
    text: str
    head: int  # index of the head node, -1 for the root
    rel: str  # Universal Dependencies relation to the head


@dataclass(frozen=True)
class SyntaxTree:
    """A parsed sentence: its nodes in order, with the walks the relation rules need."""

    nodes: tuple[Node, ...]

    @cached_property
    def children(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in self.nodes]
        for n in self.nodes:
            if n.head >= 0:
                kids[n.head].append(n.index)
        return tuple(tuple(k) for k in kids)

    @cached_property
    def _by_start(self) -> dict[int, int]:
        return {n.start: n.index for n in self.nodes}

    def node_at(self, offset: int) -> Node | None:
        """The node that starts at clean-text `offset` (a word of the reader), if any."""
        k = self._by_start.get(offset)
        return None if k is None else self.nodes[k]

    def span_head(self, start: int, end: int) -> Node | None:
        """The node of [start, end) whose head lies outside it: the head of a name or a
        phrase («Саратовской области» → «области»)."""
        inside = [n for n in self.nodes if start <= n.start and n.end <= end]
        ids = {n.index for n in inside}
        return next((n for n in inside if n.head not in ids), inside[0] if inside else None)

    def ancestors(self, index: int) -> list[int]:
        """`index` and the nodes above it, up to the root (a cycle stops the walk)."""
        out, seen = [], set()
        while index >= 0 and index not in seen:
            out.append(index)
            seen.add(index)
            index = self.nodes[index].head
        return out

    def distance(self, a: int, b: int) -> int:
        """Edges on the path between two nodes (through their lowest common ancestor)."""
        up_a, up_b = self.ancestors(a), self.ancestors(b)
        depth_b = {n: d for d, n in enumerate(up_b)}
        for d, n in enumerate(up_a):
            if n in depth_b:
                return d + depth_b[n]
        return len(up_a) + len(up_b)  # two roots: as far apart as can be

    def dependents(self, index: int, rels: frozenset[str]) -> list[int]:
        """The children of `index` linked by one of `rels`."""
        return [k for k in self.children[index] if self.nodes[k].rel in rels]

    def marker(self, index: int) -> str:
        """The preposition governed by a noun («в», «для», «на»), lower case, or ''."""
        case = self.dependents(index, frozenset({"case"}))
        return self.nodes[case[0]].text.lower() if case else ""

    def list_top(self, index: int) -> int:
        """The first member of the coordinated list that holds `index`. The parser's output
        is not always a tree: a «conj» cycle (seen on unseen news: two list members each
        the other's head) stops the walk instead of looping for ever."""
        seen = {index}
        while self.nodes[index].rel == "conj" and self.nodes[index].head >= 0:
            index = self.nodes[index].head
            if index in seen:
                break
            seen.add(index)
        return index

    def conjuncts(self, index: int) -> set[int]:
        """The members of the coordinated list that holds `index` (itself included)."""
        top = self.list_top(index)
        out, todo = {top}, [top]
        while todo:
            for k in self.dependents(todo.pop(), frozenset({"conj"})):
                if k not in out:
                    out.add(k)
                    todo.append(k)
        return out


@dataclass
class ParseCost:
    """How much parsing a register run paid for."""

    sentences: int = 0
    seconds: float = 0.0  # CPU time inside the parser (process time)
    load_seconds: float = 0.0
    skipped: int = 0  # sentences too long to parse (`MAX_TOKENS`): the word rules decide

    def per_sentence_ms(self) -> float:
        return 1000 * self.seconds / self.sentences if self.sentences else 0.0


@dataclass
class SyntaxReader:
    """Parses sentences on request, once each (an object per register run, models per process)."""

    cost: ParseCost = field(default_factory=ParseCost)
    _parser: Any = field(default=None, repr=False)
    _trees: OrderedDict[str, SyntaxTree] = field(default_factory=OrderedDict, repr=False)

    def parser(self) -> Any:
        """natasha's syntax parser (loaded on first use: about two seconds)."""
        if self._parser is None:
            began = time.process_time()
            self._parser = news_syntax_parser()
            self.cost.load_seconds += time.process_time() - began
        return self._parser

    def tree(self, text: str, start: int, end: int) -> SyntaxTree:
        """The tree of `text[start:end]` (a sentence), nodes in `text`'s offsets; an empty
        tree for a sentence over `MAX_TOKENS` tokens."""
        matches = list(_TOKEN.finditer(text, start, end))
        if not matches or len(matches) > MAX_TOKENS:
            self.cost.skipped += 1
            return SyntaxTree(())
        key = text[start:end]
        cached = self._trees.get(key)
        if cached is None:
            parser = self.parser()
            began = time.process_time()
            # natasha multiplies small matrices: on several BLAS threads a parse costs ten
            # times the CPU (threads spin), so one thread, as the per-article workers have
            with blas_threads().limit(limits=1, user_api="blas"):
                markup = next(iter(parser.map([[m.group() for m in matches]])))
            self.cost.seconds += time.process_time() - began
            self.cost.sentences += 1
            position = {t.id: k for k, t in enumerate(markup.tokens)}
            cached = SyntaxTree(tuple(
                Node(index=k, start=m.start() - start, end=m.end() - start, text=m.group(),
                     head=position.get(t.head_id, -1), rel=t.rel)
                for k, (m, t) in enumerate(zip(matches, markup.tokens, strict=True))))
            self._trees[key] = cached
            if len(self._trees) > _CACHE_SIZE:
                self._trees.popitem(last=False)
        else:
            self._trees.move_to_end(key)
        # the cache is keyed by the sentence's text: shift the offsets to where it stands
        return SyntaxTree(tuple(
            Node(index=n.index, start=n.start + start, end=n.end + start, text=n.text,
                 head=n.head, rel=n.rel) for n in cached.nodes))


@cache
def blas_threads() -> ThreadpoolController:
    """The BLAS libraries loaded in this process (found once: the search costs)."""
    return ThreadpoolController()


@cache
def news_syntax_parser() -> Any:
    """natasha's `NewsSyntaxParser` with its embedding, loaded once per process (from the
    start-up cache, as the NER: `analysis.entities.natasha_syntax_parser`)."""
    from analysis.entities import natasha_syntax_parser

    return natasha_syntax_parser()
