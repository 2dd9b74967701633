"""A product for a register row whose cue phrase names none.

The product phrase is read after the kind cue («сборка тракторов»), but news often puts the
product elsewhere in the sentence: «Совместное предприятие будет выпускать стартеры и
генераторы», «Сервисный центр займётся ремонтом карьерных самосвалов». The register then
showed «предприятие», «СП», «сервисный центр» or debris («год», «в Сибири») as the product,
and the briefing had to fall back to naming the project by its enterprises.

`product_in_sentences` finds the first noun phrase in the project's evidence sentences whose
head is a product word (``product_heads`` in ``data/project_words.csv``: machines, parts,
equipment), with its agreeing adjectives before it and its genitive complement, «для …» or
quoted brand after it, and returns it in the nominative. Heads that are vague alone
(``product_vague``: «техника», «оборудование») need an adjective or a complement.
"""

from __future__ import annotations

from analysis.lang import nominative_phrase
from analysis.lang.morph import parses
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import Token, tokens, words
from analysis.projects.labels import names_a_product, tidy_label

__all__ = ["better_product", "product_in_sentences"]

_GAP_OK = lazy_compile(r"\s*[«\"]?\s*")  # what may stand between two words of one phrase
_QUOTED = lazy_compile(r"\s*[«\"]([^»\"]{1,30})[»\"]")  # a brand right after the head: «Беларус»
_MAX_BEFORE = 3  # adjectives read back from the head
_MAX_AFTER = 4  # complement words read forward
_ADJECTIVE_POS = ("ADJF", "PRTF")


def _case(t: Token) -> frozenset[str]:
    return t.tags & {"nomn", "gent", "datv", "accs", "ablt", "loct"}


def _joined(text: str, a: Token, b: Token) -> bool:
    return bool(_GAP_OK.fullmatch(text[a.end:b.start]))


def _phrase_at(text: str, toks: list[Token], i: int) -> tuple[int, int, bool]:
    """The first token of the noun phrase headed by token `i`, its end offset and whether
    it has a modifier."""
    head = toks[i]
    first = i
    while (first > 0 and i - first < _MAX_BEFORE and toks[first - 1].pos in _ADJECTIVE_POS
           and "actv" not in toks[first - 1].tags  # «поставляющая манипуляторы» is a clause
           and _case(toks[first - 1]) & _case(head) and _joined(text, toks[first - 1], toks[first])
           and toks[first - 1].lemma not in words("label_no_product")):
        first -= 1
        if (first > 1 and toks[first - 1].word == "и" and toks[first - 2].pos in _ADJECTIVE_POS
                and _case(toks[first - 2]) & _case(head)):
            first -= 2  # «городские и пригородные автобусы»
    end, modified = head.end, first < i
    brand = _QUOTED.match(text, head.end)
    if brand:
        return first, brand.end(), True
    k = i + 1
    if k + 1 < len(toks) and toks[k].word == "для" and _joined(text, toks[k - 1], toks[k]):
        k += 1  # «комплектующие для карьерных самосвалов»: «для» takes the genitive too
    taken = 0
    # (people in the genitive say whose the goods are, not what they are: «технику аграриев»)
    # the complement's adjectives count only with their noun: «техники для российских
    # аграриев» stops at the people, and «техники для российских» is no phrase (newuser42 F8)
    noun_end = end
    while k < len(toks) and taken < _MAX_AFTER and _joined(text, toks[k - 1], toks[k]) \
            and toks[k].pos in ("NOUN", *_ADJECTIVE_POS) and "gent" in toks[k].tags \
            and not (toks[k].pos == "NOUN" and "anim" in toks[k].tags):
        end, taken, k = toks[k].end, taken + 1, k + 1
        if toks[k - 1].pos == "NOUN":
            noun_end, modified = end, True
            if not (k < len(toks) and toks[k].pos == "NOUN"):
                break  # the complement's own noun ends it («блоков цилиндров» goes on)
    end = noun_end
    if taken and (brand := _QUOTED.match(text, end)):
        end = brand.end()  # «комбайны марки «Палессе»»: the complement's brand
    return first, end, modified


def _plural_as_written(toks: list[Token], first: int, head: int) -> bool:
    """Whether the words `first`..`head` can all be read as a nominative or accusative plural
    («кабины», «новые кабины»): the phrase is then its own label, where the nominative
    reading would pick the genitive singular («кабина»)."""
    def plural(word: str) -> bool:
        return any("plur" in p.tag and ("nomn" in p.tag or ("accs" in p.tag and "anim" not in p.tag))
                   for p in parses(word))  # an animate accusative is the genitive
    return all(plural(t.word) for t in toks[first:head + 1])


def _label(text: str, toks: list[Token], first: int, head: int, end: int) -> str:
    phrase = text[toks[first].start:end]
    return tidy_label(phrase if _plural_as_written(toks, first, head) else nominative_phrase(phrase))


def _coordinated(text: str, toks: list[Token], i: int, end: int,
                 heads: frozenset[str]) -> tuple[str, str] | None:
    """A second product phrase coordinated with the one headed by `i` and ending at `end`
    («стартеры и генераторы», «сеялки, культиваторы»): the joining word and its label."""
    k = next((k for k in range(i + 1, len(toks)) if toks[k].start >= end), len(toks))
    if k < len(toks) and toks[k].word == "и" and not text[end:toks[k].start].strip("» "):
        joiner, k = " и ", k + 1
    elif k < len(toks) and text[end:toks[k].start].strip("» ") == ",":
        joiner = ", "
    else:
        return None
    j = k
    while j < len(toks) and j - k < _MAX_BEFORE and toks[j].pos in _ADJECTIVE_POS:
        j += 1
    if j < len(toks) and toks[j].pos == "NOUN" and toks[j].lemma in heads \
            and _case(toks[j]) & _case(toks[i]):
        start, stop, _ = _phrase_at(text, toks, j)
        return joiner, _label(text, toks, start, j, stop)
    return None


def product_in_sentences(sentences: list[str]) -> str:
    """The first product noun phrase of `sentences` (with one coordinated with it), in the
    nominative; "" when none."""
    heads, vague = words("product_heads"), words("product_vague")
    for text in sentences:
        toks = tokens(text, 0, len(text))
        for i, t in enumerate(toks):
            if t.lemma not in heads and t.lemma not in vague:
                continue
            if t.pos != "NOUN" and not (t.pos == "ADJF" and "plur" in t.tags):
                continue  # «комплектующих» is an adjective used as a noun
            start, end, modified = _phrase_at(text, toks, i)
            if t.lemma in vague and not modified:
                continue
            if start > 0 and toks[start - 1].lemma in words("plant_site") and _joined(
                    text, toks[start - 1], toks[start]):
                continue  # «Бобруйский завод тракторных деталей», «завода дорожных машин»: a plant's name
            label = _label(text, toks, start, i, end)
            second = _coordinated(text, toks, i, end, heads)
            if second:
                label += second[0] + second[1]
            if names_a_product(label):
                return label
    return ""


def better_product(label: str, sentences: list[str]) -> str:
    """`label` when it names a product, else the product the evidence sentences name (or
    `label` when they name none)."""
    if names_a_product(label):
        return label
    return product_in_sentences(sentences) or label
