"""A product label an analyst can read: the register's `product` without the clause's debris.

The product phrase runs from a kind cue to punctuation or a verb; in news that boundary
sometimes falls inside the clause, and the briefing's project table then showed «И
модернизация», «Сервисные центры БЕЛАЗа уже», «Тракторы мощностью 80». `tidy_label` drops a
leading pronoun or conjunction, a trailing adverb or particle and a measure whose number was
cut off, and an ordinal that counts the machines («тысячный трактор», «500-й комбайн»: what
is made is the tractor; a new user's headline, session 26). `names_a_product` tells a label
that names no product («сборка», «сервисный центр», «собирать на простаивающих площадях») so
that the briefing names such a project by its
enterprises («автокомпоненты» and «техника» are vague, but products). The register keeps
such labels: for a project with no named enterprise they are all the text says. The words
are `label_*` rows of ``data/project_words.csv``.
"""

from __future__ import annotations

from analysis.entities import norm_word
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import analyse, words

__all__ = ["is_ordinal", "names_a_product", "quoted_labels", "tidy_label", "vague_goods_only"]

_WORD = lazy_compile(r"[\w-]+")
_NUMBER = lazy_compile(r"[\d\s.,]+(?:\s*(?:тыс|млн)\.?)?"
                       r"(?:\s*(?:л\.?\s*с\.?|т|тонн\w*|м3|куб\.?\s*м\.?|кв\.?\s*м\.?))?")
_VERB_POS = ("INFN", "VERB", "PRTS")  # «собирать», «собраны на месторождении»
# «табличкой «Собрано в Брянске»»: the word right before an opening quote
_WORD_BEFORE = lazy_compile(r"([А-Яа-яЁё]+)\s+$")
_LABEL_WORD_SPAN = 30  # characters looked back from an opening quote for that word
# «500-й», «1000-го»: an ordinal in figures
_ORDINAL_FIGURES = lazy_compile(r"\d[\d\s]*-(?:[а-яё]{1,3})")


def _key(word: str) -> str:
    return norm_word(word.strip("«»\"").lower())


def tidy_label(label: str) -> str:
    """`label` without a leading pronoun, conjunction, ordinal or active participle
    («собиравшее тракторы» → «тракторы»), a reflexive possessive, a trailing adverb, particle
    or subject pronoun, a measure cut from its number («Тракторы мощностью 80» →
    «Тракторы», «Тысячный трактор» → «трактор», «центр для своей техники» → «центр для
    техники») or a cost with all that follows it («Гипсокартон стоимостью 700 млн рублей» →
    «Гипсокартон»)."""
    parts = label.split()
    lead, tail, measure = words("label_lead"), words("label_tail"), words("label_measure")
    possessive = words("label_possessive")  # «для своей техники»: the maker's own
    parts = [p for p in parts if _key(p) not in possessive] or parts
    while len(parts) > 1 and (_key(parts[0]) in lead or is_ordinal(parts[0])
                              or _governing_participle(parts[0], parts[1])):
        parts = parts[1:]
    while len(parts) > 1 and _key(parts[-1]) in tail:
        parts = parts[:-1]
    parts = _complement_cut(parts)
    cost = words("label_cost")
    for i, part in enumerate(parts):
        if i and (_key(part) in cost or (
                _key(part) in measure and _NUMBER.fullmatch(" ".join(parts[i + 1:]) or "0"))):
            parts = parts[:i]
            break
    text = " ".join(parts).strip(" ,;:—–-")
    return text or label


def _complement_cut(parts: list[str]) -> list[str]:
    """`parts` without a prepositional complement cut before its noun: «техники для
    российских» (the people, «аграриев», left out) ends on adjectives after a preposition,
    a fragment; the goods before it are the label (newuser42 F8). Quoted words are names."""
    k = len(parts)
    while k > 1 and not parts[k - 1].startswith("«") and not parts[k - 1].endswith("»") \
            and analyse(_key(parts[k - 1])).pos in ("ADJF", "PRTF"):
        k -= 1
    if k == len(parts) or k < 2 or analyse(_key(parts[k - 1])).pos != "PREP":
        return parts
    return parts[:k - 1]


def is_ordinal(word: str) -> bool:
    """«тысячный», «первые», «500-й»: an ordinal numeral, which counts a thing and names none
    (pymorphy3's `Anum`)."""
    return bool(_ORDINAL_FIGURES.fullmatch(word)) or "Anum" in analyse(_key(word)).tags


_NUMBERS = ("sing", "plur")
_GENDERS = ("masc", "femn", "neut")


def _governing_participle(word: str, after: str) -> bool:
    """Whether `word` is an active participle that does not agree with the word after it
    («собиравшее тракторы», «выпускавший комбайны»): the label began inside a participle
    clause about the maker, and the product is its object. One that agrees names the thing
    itself («обрабатывающие центры»), and so does a passive one («восстановленные шины»)."""
    found = analyse(_key(word))
    if found.pos != "PRTF" or "actv" not in found.tags:
        return False
    nxt = analyse(_key(after)).tags
    number = next((n for n in _NUMBERS if n in found.tags), None)
    if number is None or number not in nxt:
        return True
    return number == "sing" and not any(g in found.tags and g in nxt for g in _GENDERS)


def names_a_product(label: str) -> bool:
    """Whether a label names something made or serviced: not generic words alone
    («сборка», «сервисный центр», «предприятие российского»), not an infinitive before a
    place («собирать на простаивающих площадях»). A project whose label does not is best
    named by its enterprises."""
    parts = label.split()
    if parts and analyse(_key(parts[0])).pos in _VERB_POS and (
            len(parts) == 1 or analyse(_key(parts[1])).pos == "PREP"):
        return False
    content = [_key(w) for w in _WORD.findall(label)]
    if content and all(analyse(w).pos in ("ADJF", "PRTF") for w in content):
        return False  # adjectives whose noun was cut off («Самарская», «Дисковые почвообрабатывающие»)
    no_product = words("label_no_product")
    return any(analyse(w).lemma not in no_product and w not in no_product for w in content)


def vague_goods_only(label: str) -> bool:
    """Whether a label names goods only by a vague head (``product_vague``), at most with an
    origin (``goods_origin``): «техника», «белорусская техника», «оборудование» tell no
    project apart, while «коммунальная техника» does."""
    content = [analyse(_key(w)).lemma for w in _WORD.findall(label)]
    vague, origin = words("product_vague"), words("goods_origin")
    return bool(content) and any(w in vague for w in content) \
        and all(w in vague or w in origin for w in content)


def quoted_labels(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of `text[start:end]` quoted right after a word for a label shown on something
    (``quote_label``: «табличкой «Собрано в Брянске»», «с надписью «Сделано в Смоленске»»):
    a kind cue inside one tells no project. (Opening quotes are looked up, not every word.)"""
    labels, out = words("quote_label"), []
    q = text.find("«", start, end)
    while q >= 0:
        close = text.find("»", q + 1, end)
        if close < 0:
            break
        m = _WORD_BEFORE.search(text, max(start, q - _LABEL_WORD_SPAN), q)
        if m and analyse(_key(m.group(1))).lemma in labels:
            out.append((q + 1, close))
        q = text.find("«", q + 1, end)
    return out
