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
from functools import lru_cache
from typing import Any, NamedTuple

from analysis.entities.gazetteer import Entity, dictionary_parse, norm_word
from analysis.entities.models import NatashaModels, natasha_models
from analysis.entities.namenorm import person_normal
from analysis.lang import analyzer
from analysis.lazypattern import lazy_compile

# Words a role starts with (stems: «главой», «послом», «премьер-министром»).
_ROLE_HEAD = (
    r"(?:губернатор|вице-губернатор|врио|глав|замглавы|президент|вице-президент|премьер|"
    r"вице-премьер|министр|замминистр|заместител|председател|зампред|директор|гендиректор|"
    r"генеральн\w*|посол|посла|послом|послу|мэр|руководител|полпред|помощник|спикер|депутат|сенатор|начальник|"
    r"лидер)\w*"
)
ROLE_HEAD_RE = lazy_compile(_ROLE_HEAD + "$", re.IGNORECASE)  # a word that starts a role
_ROLE_RIGHT = lazy_compile(r"^\s*,\s*(" + _ROLE_HEAD + r"(?:\s+[^\s.,;:!?«»\"()–—]+){0,6})\s*[,.;)]",
                         re.IGNORECASE)
_PUNCT = lazy_compile(r"[.,;:!?«»\"()–—\n]")


@lru_cache(maxsize=20_000)  # news names the same ministries and firms again and again
def nominative_name(name: str) -> str:
    """«Администрации Президента» → «Администрация Президента»: the words up to the head
    noun go to the nominative, agreeing with it; its dependents stay (natasha's own normal
    form inflects them too: «Совет министры»)."""
    words = name.split()
    parses = [analyzer().parse(w) for w in words]  # every parse, of the word as written
    # («Донского государственного университета»: a capitalised word that may be an adjective
    # agreeing with a later noun is no head, though a surname parse comes first)
    head = next((i for i, ps in enumerate(parses) if ps[0].tag.POS == "NOUN" and not (
        i + 1 < len(words) and words[i][:1].isupper() and any(q.tag.POS == "ADJF" for q in ps)
        and any(q.tag.POS == "NOUN" for later in parses[i + 1:] for q in later[:1]))), None)
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


@lru_cache(maxsize=20_000)
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


class NerInput(NamedTuple):
    """One article as the NER reads it: its text, what the gazetteers named in it and the
    runs of it the tagger reads."""

    text: str
    taken: Sequence[Entity]  # enterprises, programmes: a span over one is theirs
    places: Sequence[Entity] = ()  # regions and towns: no person's name
    ranges: Sequence[tuple[int, int]] | None = None  # None: the whole text


def ner_entities(text: str, taken: Sequence[Entity], places: Sequence[Entity] = (),
                 ranges: Sequence[tuple[int, int]] | None = None) -> list[Entity]:
    """PER and ORG spans of natasha not already named by the gazetteer (`taken`). A place
    (`places`) inside an organisation's name does not hide it: «Томский государственный
    университет» is an organisation although «Томский» is also a region adjective.

    `ranges`: the (start, end) runs of `text` the tagger reads (`NerScope.ranges`: the
    sentences that can change the output); None reads the whole text."""
    return ner_entities_many([NerInput(text=text, taken=taken, places=places, ranges=ranges)])[0]


def ner_entities_many(items: Sequence[NerInput]) -> list[list[Entity]]:
    """`ner_entities` of several articles, tagged together: the tagger reads texts in
    batches (one pass of its layers for many short texts), each article's result as if
    tagged alone."""
    docs = [_ranges_doc(item.text, [(0, len(item.text))] if item.ranges is None else item.ranges)
            for item in items]
    if any(doc is not None for doc in docs):
        _tag_docs([doc.doc for doc in docs if doc is not None], natasha_models())
    return [_entities(item, [] if doc is None else doc.tagged_spans(item.text))
            for item, doc in zip(items, docs, strict=True)]


def _entities(item: NerInput, tagged_spans: list[TaggedSpan]) -> list[Entity]:
    """The people and organisations among one article's tagged spans."""
    text, taken, places = item.text, item.taken, item.places
    people: list[Entity] = []
    out: list[Entity] = []
    for tagged in tagged_spans:
        span, start, end = tagged.span, tagged.start, tagged.end
        if any(e.start < end and start < e.end for e in taken):
            continue  # the gazetteer already named it (enterprise, programme)
        if span.type != "ORG" and any(e.start < end and start < e.end for e in places):
            continue  # a region or town the tagger took for a person
        if "\n" in span.text:  # a tagger span across paragraphs is page chrome, not a name
            continue
        if not any(ch.isalpha() for ch in span.text):
            continue  # «·», «—» in a byline: punctuation the tagger took for a name
        if end < len(text) and text[end].isdigit() and span.text.isascii():
            continue  # «Br1,5 млн», «USD15»: a currency sign glued to its number, no name
        if span.type == "ORG":  # named by `nominative_name`, not by natasha's normaliser
            out.append(Entity(start=start, end=end, surface=span.text, type="organization",
                              normal=nominative_name(span.text), role=None, found_by_ner=True))
            continue
        try:
            # natasha's `span.normalize(vocab)`, the vocabulary loaded only for a word whose
            # inflection was not kept by an earlier process (`namenorm`)
            span.normal = person_normal(span.tokens, lambda: natasha_models().vocab)
        except Exception:  # natasha's normaliser on an odd span: keep the surface
            span.normal = None
        people.append(Entity(start=start, end=end, surface=span.text, type="person",
                             normal=span.normal or span.text,
                             role=_role_for(text, tagged.sent_start, tagged.sent_end, start, end),
                             found_by_ner=True))
    return out + _merge_people(people)


class TaggedSpan(NamedTuple):
    """A PER or ORG span of natasha and its sentence, as offsets into the article's text."""

    span: Any  # natasha's DocSpan (its own offsets are into the text the tagger read)
    start: int
    end: int
    sent_start: int
    sent_end: int


class RangesDoc(NamedTuple):
    """The `ranges` of an article joined by line breaks into one natasha `Doc` (one text
    for the tagger: its cost is its tokens, not its calls), and the way back."""

    doc: Any  # natasha's Doc
    ranges: Sequence[tuple[int, int]]
    starts: list[int]  # where each range starts in the joined text

    def back(self, p: int) -> int:
        """An offset of the joined text → the article's."""
        k = bisect_right(self.starts, p) - 1
        return self.ranges[k][0] + p - self.starts[k]

    def tagged_spans(self, text: str) -> list[TaggedSpan]:
        """natasha's PER and ORG spans (after `_tag_docs`) in the article's offsets (with the
        sentence of a person's name: a role is looked for there)."""
        back = self.back
        sents = [(back(s.start), back(s.stop - 1) + 1) for s in self.doc.sents]
        out = []
        for span in self.doc.spans:
            if span.type in ("PER", "ORG"):
                start = back(span.start)
                s0, s1 = next(((a, b) for a, b in sents if a <= start < b), (0, len(text)))
                out.append(TaggedSpan(span=span, start=start, end=back(span.stop - 1) + 1,
                                      sent_start=s0, sent_end=s1))
        return out


def _ranges_doc(text: str, ranges: Sequence[tuple[int, int]]) -> RangesDoc | None:
    """The runs of `text` as one document (None: nothing to read; the models are then not
    even loaded)."""
    if not ranges:
        return None
    nat = natasha_models()
    starts: list[int] = []
    pos = 0
    for lo, hi in ranges:
        starts.append(pos)
        pos += hi - lo + 1
    doc = nat.module.Doc("\n".join(text[lo:hi] for lo, hi in ranges))
    return RangesDoc(doc=doc, ranges=ranges, starts=starts)


def _tag_docs(docs: list[Any], nat: NatashaModels) -> None:
    """NER spans for every document (as natasha's `Doc.tag_ner`), the texts tagged in
    batches of similar length (padding to the longest of a batch costs little); then, for
    the documents that name a person, their sentences, and the tokens and morphology of the
    sentences that name one (`_segment_where_people_are`)."""
    from natasha.doc import adapt_spans

    texts = [i for i, doc in enumerate(docs) if doc.text.strip()]
    for doc in docs:
        doc.spans, doc.sents, doc.tokens = [], [], []
    order = sorted(texts, key=lambda i: len(docs[i].text))
    for i, markup in zip(order, nat.ner.map([docs[i].text for i in order]), strict=True):
        docs[i].spans = list(adapt_spans(docs[i], markup.spans))
    people = [doc for doc in docs if any(span.type == "PER" for span in doc.spans)]
    for doc in people:
        _segment_where_people_are(doc, nat)
    _tag_morph_where_people_are(people, nat)


def _segment_where_people_are(doc: Any, nat: NatashaModels) -> None:
    """natasha's sentences of `doc`, and tokens for those that hold a person's name (what
    the role, the morphology and the normaliser read); an organisation needs neither, and
    tokenizing every sentence was a tenth of the NER's time. A sentence's tokens are those
    natasha's whole-document segmentation gives it (tokens never cross a sentence's
    bounds)."""
    from natasha.doc import DocToken, adapt_sent, envelop_sent_spans, envelop_span_tokens

    doc.sents = [adapt_sent(s) for s in nat.segmenter.sentenize(doc.text)]
    envelop_sent_spans(doc.spans, doc.sents)
    for sent in doc.sents:
        sent.tokens = []
        if any(span.type == "PER" for span in sent.spans):
            sent.tokens = [DocToken(sent.start + t.start, sent.start + t.stop, t.text)
                           for t in nat.segmenter.tokenize(sent.text)]
            doc.tokens.extend(sent.tokens)
    envelop_span_tokens(doc.tokens, doc.spans)


def _tag_morph_where_people_are(docs: list[Any], nat: NatashaModels) -> None:
    """Morphology only for the sentences that hold a person's name: it is what natasha's
    normaliser reads («Цивилеву» → «Цивилев»). The tagger reads each sentence on its own, so
    the tags are those a whole-document pass gives, at about half the cost of tagging."""
    from natasha.doc import inject_morph, sent_words

    sents = [s for doc in docs for s in doc.sents if any(span.type == "PER" for span in s.spans)]
    sents.sort(key=lambda s: len(s.tokens))  # batches of similar length
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
