"""People and organisations the gazetteer does not list: natasha's NER, with roles.

A person keeps the role written next to the name («губернатор Кемеровской области Сергей
Цивилев» → «губернатор Кемеровской области»), put in the nominative; within one article a
surname alone («Цивилев») is the full name met before, and roles carry over to later
mentions. Organisations get their nominative name (`nominative_name`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, cached_property
from typing import Any, NamedTuple

from analysis.entities.gazetteer import Entity, dictionary_parse, norm_word
from analysis.lang import analyzer


class NatashaModels:
    """natasha's module and the models one tagging run needs (loaded once per process; the
    morphology tagger and the normaliser's dictionary only when a person's name is found:
    most articles name none, and the two cost a second of start-up)."""

    def __init__(self) -> None:
        # Imported lazily and through the top-level package: natasha pulls in pymorphy2,
        # which only works on Python 3.11 after yargy (imported by natasha) patches it.
        import natasha

        self.module = natasha
        self.embedding = natasha.NewsEmbedding()
        self.segmenter = natasha.Segmenter()
        self.ner = natasha.NewsNERTagger(self.embedding)

    @cached_property
    def morph(self) -> Any:
        """natasha's morphology tagger (what its normaliser of names reads)."""
        return self.module.NewsMorphTagger(self.embedding)

    @cached_property
    def vocab(self) -> Any:
        """natasha's morphology dictionary, for normalising a person's name."""
        return self.module.MorphVocab()


@cache
def natasha_models() -> NatashaModels:
    """natasha's segmenter and NER tagger, the others on first use (loading costs seconds:
    once a process, and only when some sentence is tagged)."""
    return NatashaModels()


# Words a role starts with (stems: «главой», «послом», «премьер-министром»).
_ROLE_HEAD = (
    r"(?:губернатор|вице-губернатор|врио|глав|замглавы|президент|вице-президент|премьер|"
    r"вице-премьер|министр|замминистр|заместител|председател|зампред|директор|гендиректор|"
    r"генеральн\w*|посол|посла|послом|послу|мэр|руководител|полпред|помощник|спикер|депутат|сенатор|начальник|"
    r"лидер)\w*"
)
ROLE_HEAD_RE = re.compile(_ROLE_HEAD + "$", re.IGNORECASE)  # a word that starts a role
_ROLE_RIGHT = re.compile(r"^\s*,\s*(" + _ROLE_HEAD + r"(?:\s+[^\s.,;:!?«»\"()–—]+){0,6})\s*[,.;)]",
                         re.IGNORECASE)
_PUNCT = re.compile(r"[.,;:!?«»\"()–—\n]")


def nominative_name(name: str) -> str:
    """«Администрации Президента» → «Администрация Президента»: the words up to the head
    noun go to the nominative, agreeing with it; its dependents stay (natasha's own normal
    form inflects them too: «Совет министры»)."""
    words = name.split()
    parses = [analyzer().parse(w) for w in words]  # every parse, of the word as written
    head = next((i for i, ps in enumerate(parses) if ps[0].tag.POS == "NOUN"), None)
    if head is None:
        return name
    noun = parses[head][0]
    abbreviation = words[head].isupper() or "Fixd" in noun.tag
    gender = "masc" if abbreviation else noun.tag.gender
    number = noun.tag.number or "sing"
    out = []
    for w, ps in zip(words[:head + 1], parses[:head + 1], strict=True):
        p = ps[0]
        if p.tag.POS == "ADJF":  # the parse that agrees with the head noun
            p = next((q for q in ps if q.tag.POS == "ADJF" and q.tag.number == number
                      and (number == "plur" or q.tag.gender == gender)), p)
        form = None if w.isupper() or "Fixd" in p.tag else p.inflect({"nomn"})
        word = form.word if form else w
        out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(out + words[head + 1:])


def _nominative_role(role: str) -> str:
    """«премьер-министром Республики Беларусь» → «премьер-министр Республики Беларусь»."""
    first, _, rest = role.partition(" ")
    p = dictionary_parse(first)
    for cand in analyzer().parse(first):
        if cand.tag.POS == "NOUN":
            p = cand
            break
    lemma = p.inflect({"nomn", "sing"}) if p.tag.POS == "NOUN" else None
    word = lemma.word if lemma else first.lower()
    if first[:1].isupper():
        word = word[:1].upper() + word[1:]
    return f"{word} {rest}".strip()


def _role_for(text: str, sent_start: int, sent_end: int, start: int, end: int) -> str | None:
    """The role written next to a name: «губернатор Кемеровской области Сергей Цивилев».

    Left of the name, within the last seven words after any punctuation, the role starts at
    the leftmost role word («Главой Администрации Президента Республики Беларусь» keeps
    «Президента» inside the role).
    """
    left = _PUNCT.split(text[sent_start:start])[-1].split()[-7:]
    for i, word in enumerate(left):
        if ROLE_HEAD_RE.match(word):
            return _nominative_role(" ".join(left[i:]))
    m = _ROLE_RIGHT.match(text[end:sent_end])
    return _nominative_role(m.group(1)) if m else None


def ner_entities(text: str, taken: Sequence[Entity], places: Sequence[Entity] = (),
                 ranges: Sequence[tuple[int, int]] | None = None) -> list[Entity]:
    """PER and ORG spans of natasha not already named by the gazetteer (`taken`). A place
    (`places`) inside an organisation's name does not hide it: «Томский государственный
    университет» is an organisation although «Томский» is also a region adjective.

    `ranges`: the (start, end) runs of `text` the tagger reads (`NerScope.ranges`: the
    sentences that can change the output); None reads the whole text."""
    people: list[Entity] = []
    out: list[Entity] = []
    for tagged in _tagged_spans(text, [(0, len(text))] if ranges is None else ranges):
        span, start, end = tagged.span, tagged.start, tagged.end
        if any(e.start < end and start < e.end for e in taken):
            continue  # the gazetteer already named it (enterprise, programme)
        if span.type != "ORG" and any(e.start < end and start < e.end for e in places):
            continue  # a region or town the tagger took for a person
        if "\n" in span.text:  # a tagger span across paragraphs is page chrome, not a name
            continue
        if span.type == "ORG":  # named by `nominative_name`, not by natasha's normaliser
            out.append(Entity(start=start, end=end, surface=span.text, type="organization",
                              normal=nominative_name(span.text), role=None))
            continue
        try:
            span.normalize(natasha_models().vocab)
        except Exception:  # natasha's normaliser on an odd span: keep the surface
            span.normal = None
        people.append(Entity(start=start, end=end, surface=span.text, type="person",
                             normal=span.normal or span.text,
                             role=_role_for(text, tagged.sent_start, tagged.sent_end, start, end)))
    return out + _merge_people(people)


class TaggedSpan(NamedTuple):
    """A PER or ORG span of natasha and its sentence, as offsets into the article's text."""

    span: Any  # natasha's DocSpan (its own offsets are into the text the tagger read)
    start: int
    end: int
    sent_start: int
    sent_end: int


def _tagged_spans(text: str, ranges: Sequence[tuple[int, int]]) -> list[TaggedSpan]:
    """natasha's PER and ORG spans in the `ranges` of `text`.

    The ranges are read as one document, joined by line breaks (one tagging call an
    article: the tagger's cost is its tokens, not its calls), and mapped back."""
    if not ranges:
        return []  # no sentence to tag: the models are not even loaded
    nat = natasha_models()
    starts: list[int] = []  # where each range starts in the joined text
    pos = 0
    for lo, hi in ranges:
        starts.append(pos)
        pos += hi - lo + 1

    def back(p: int) -> int:
        k = bisect_right(starts, p) - 1
        return ranges[k][0] + p - starts[k]

    doc = nat.module.Doc("\n".join(text[lo:hi] for lo, hi in ranges))
    doc.segment(nat.segmenter)
    doc.tag_ner(nat.ner)  # the NER tagger reads tokens, not morphology
    _tag_morph_where_people_are(doc, nat)
    sents = [(back(s.start), back(s.stop - 1) + 1) for s in doc.sents]
    out = []
    for span in doc.spans:
        if span.type in ("PER", "ORG"):
            start = back(span.start)
            s0, s1 = next(((a, b) for a, b in sents if a <= start < b), (0, len(text)))
            out.append(TaggedSpan(span=span, start=start, end=back(span.stop - 1) + 1,
                                  sent_start=s0, sent_end=s1))
    return out


def _tag_morph_where_people_are(doc: Any, nat: NatashaModels) -> None:
    """Morphology only for the sentences that hold a person's name: it is what natasha's
    normaliser reads («Цивилеву» → «Цивилев»). The tagger reads each sentence on its own, so
    the tags are those a whole-document pass gives, at about half the cost of tagging."""
    from natasha.doc import inject_morph, sent_words

    sents = [s for s in doc.sents if any(span.type == "PER" for span in s.spans)]
    if sents:
        for sent, markup in zip(sents, nat.morph.map([sent_words(s) for s in sents]),
                                strict=True):
            inject_morph(sent.tokens, markup.tokens)


def _merge_people(people: list[Entity]) -> list[Entity]:
    """Within one article «Цивилев» is «Сергей Цивилев»; roles carry over to later mentions."""
    full: dict[str, str] = {}
    roles: dict[str, str] = {}
    for p in people:
        words = p.normal.split()
        if len(words) >= 2:
            full.setdefault(norm_word(words[-1]), p.normal)
    out = []
    for p in people:
        key = norm_word(p.normal.split()[-1])
        normal = full.get(key, p.normal)
        if p.role:
            roles.setdefault(normal, p.role)
        out.append(replace(p, normal=normal, role=p.role or roles.get(normal)))
    return out
