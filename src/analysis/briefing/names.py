"""English names for English briefings: regions, enterprises, outlets, product phrases and
the goods a trade figure covers.

The names are data (`data/names_en.csv`: kind, ru, en). A name the table lacks is
transliterated (`analysis.lang.translit`); a product phrase is looked up whole, else glossed
word by word from the table's ``word`` rows (by lemma, with "of" before a genitive noun
that follows a noun; a compound by its ``prefix`` row and the word after it: «гидронасосы» →
"hydraulic pumps"), else transliterated. Quotations are never translated: only names.

    names().english("БелАЗ", "enterprise")           -> "BelAZ"
    names().enterprises("МТЗ;МТЗ-Татарстан", "en")    -> "MTZ (Minsk Tractor Works), MTZ-Tatarstan"
    names().product("комплектующие для карьерных самосвалов", "en")
                                                       -> "components for mining dump trucks"
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from importlib import resources

from analysis.entities import town_name
from analysis.lang import lemma, parse, translit
from analysis.lang.case import fold_yo
from analysis.lazypattern import lazy_compile
from analysis.money.goods import goods_words, kind_and_maker, maker_of

KINDS = ("region", "enterprise", "outlet", "outlet_word", "product", "word", "prefix", "goods")
# How a transliterated region name reads in English («Ivanovskaya oblast» → «… Oblast»).
EN_REGION_WORDS = ((" oblast", " Oblast"), (" kray", " Krai"), ("Respublika ", "Republic of "))
_TOKENS = lazy_compile(r"[«»\"“”„()]|[\w-]+|[^\w\s]", re.UNICODE)
_QUOTES = "«»\"“”„"


@dataclass(frozen=True)
class NameTable:
    """{kind: {Russian: English}} from `data/names_en.csv`."""

    by_kind: dict[str, dict[str, str]]

    @classmethod
    def load(cls) -> NameTable:
        text = resources.files("analysis").joinpath("data", "names_en.csv").read_text("utf-8")
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        by_kind: dict[str, dict[str, str]] = {k: {} for k in KINDS}
        for row in csv.DictReader(lines):
            kind = row["kind"].strip()
            if kind not in by_kind:
                raise ValueError(f"data/names_en.csv: unknown kind {kind!r}; "
                                 f"expected one of {', '.join(KINDS)}")
            key = row["ru"].strip()
            lower = kind in ("product", "word", "prefix", "outlet_word")
            by_kind[kind][key.lower() if lower else key] = row["en"].strip()
        return cls(by_kind)

    def english(self, name: str, kind: str) -> str:
        """A region's, enterprise's or outlet's English name (else its transliteration)."""
        name = name.strip()
        table = self.by_kind.get(kind, {})
        if name in table:
            return table[name]
        if kind == "goods" and (split := kind_and_maker(name)) is not None:  # «техника «Амкодор»»
            return goods_words().maker_goods_en.format(
                goods=self.english(split[0], "goods"), maker=self.english(split[1], "enterprise"))
        if kind == "goods" and (maker := maker_of(name)) is not None:  # «продукция МТЗ»
            return goods_words().maker_en.format(maker=self.english(maker, "enterprise"))
        if kind != "region" and name in self.by_kind["enterprise"]:
            return self.by_kind["enterprise"][name]
        if kind == "outlet" and (outlet := self._outlet(name)) is not None:
            return outlet
        english = translit(name)
        if kind == "region":
            for old, new in EN_REGION_WORDS:
                english = english.replace(old, new)
        return english

    def _outlet(self, name: str) -> str | None:
        """An outlet the table lacks, by its generic words (``outlet_word`` rows): «Газета
        «Брянская неделя»» → «Bryanskaya nedelya» (newspaper), the name transliterated and
        its kind translated; «Брянская таможня», «Витебский облисполком» → "Bryansk Customs",
        "Vitebsk Oblast Executive Committee", the place named by its English name. None when
        no generic word is known (the name is transliterated whole)."""
        words = self.by_kind["outlet_word"]
        quoted = _OUTLET_QUOTED.fullmatch(name)
        if quoted and (kind := words.get(quoted.group(1).lower())) is not None \
                and "{place}" not in kind:
            return f"«{translit(quoted.group(2))}» ({kind})"
        for ru, en in sorted(words.items(), key=lambda kv: -len(kv[0])):
            head = name[:-len(ru)].strip() if name.lower().endswith(" " + ru) else ""
            if "{place}" not in en or not head or " " in head:
                continue
            place = _place_of_adjective(head, self.by_kind["region"])
            if place is not None:
                return en.format(place=place)
        return None

    def name(self, name: str, kind: str, lang: str) -> str:
        """`name` as a briefing in `lang` prints it (Russian briefings: unchanged)."""
        return name if lang == "ru" or not name else self.english(name, kind)

    def enterprises(self, cell: str, lang: str) -> str:
        """A project's enterprises ("A;B") as a comma-separated list in `lang`."""
        parts = [p.strip() for p in cell.split(";") if p.strip()]
        return ", ".join(self.name(p, "enterprise", lang) for p in parts)

    def product(self, phrase: str, lang: str) -> str:
        """A project's product phrase in `lang`: the table's phrase, a word-by-word gloss
        when every word is known, else a transliteration (names inside stay names)."""
        phrase = phrase.strip()
        if lang == "ru" or not phrase:
            return phrase
        english = self.english_product(phrase)
        return english if english is not None else self._names_then_translit(phrase)

    def english_product(self, phrase: str, lenient: bool = False) -> str | None:
        """`phrase` in English words (the table's phrase or a full gloss), or None where
        only a transliteration an English reader cannot read is left. `lenient`: an
        adjective the table lacks is left out («шестерённые насосы» → "pumps") rather than
        the whole gloss given up: a project is named by its goods, not by its firms."""
        phrase = phrase.strip()
        if not phrase:
            return None
        return self.by_kind["product"].get(phrase.lower()) or self._gloss(phrase, lenient)

    def _word(self, low: str) -> str | None:
        """A lower-case word's English from the ``word`` rows (as written, by lemma), else a
        compound of a ``prefix`` row and a known word («гидронасос» → "hydraulic pumps")."""
        words = self.by_kind["word"]
        found = words.get(low) or words.get(lemma(low))
        base = fold_yo(parse(low).normal_form)
        found = found or words.get(base)
        if found is not None:
            return found
        for prefix, english in self.by_kind["prefix"].items():
            rest = words.get(base[len(prefix):]) if base.startswith(prefix) else None
            if rest is not None:
                return f"{english} {rest}"
        return None

    def _gloss(self, phrase: str, lenient: bool = False) -> str | None:
        out: list[str] = []
        previous_noun = False
        in_quotes = False
        for token in _TOKENS.findall(phrase):
            if token in _QUOTES:
                in_quotes = not in_quotes if token in "«»\"" else in_quotes
                out.append(token)
                continue
            if not token[0].isalnum():
                out.append(token)
                continue
            known = self.by_kind["enterprise"].get(token)
            low = token.lower()
            # (a hyphenated word's lemma too: «торгово-производственная»)
            english = None if known or in_quotes else self._word(low)
            if english is None:
                if lenient and not (known or in_quotes) and "ADJF" in parse(low).tag:
                    continue  # (lenient) an adjective the table lacks: left out
                if not (known or in_quotes or token[0].isupper()):
                    return None  # an unknown word: no half-English gloss
                out.append(known or translit(_base_form(token)))  # a name, not a word
                previous_noun = True
                continue
            tag = parse(low).tag
            noun = "NOUN" in tag
            if previous_noun and (("NOUN" in tag and "gent" in tag) or "ADJF" in tag):
                # «центр белорусской техники»: an adjective right after a noun opens its
                # genitive complement (its first reading may be another case)
                out.append("of")
            if noun and "plur" in tag:
                english = _plural(english)
            out.append(english)
            previous_noun = noun
        text = " ".join(out)
        text = re.sub(r"\s+([»”),.;:])", r"\1", re.sub(r"([«“(])\s+", r"\1", text))
        return text

    def _names_then_translit(self, phrase: str) -> str:
        for ru, en in sorted(self.by_kind["enterprise"].items(), key=lambda kv: -len(kv[0])):
            phrase = phrase.replace(ru, en)
        return translit(_TOWN_WORD.sub(lambda m: _base_form(m.group(0)), phrase))


# «Газета «Брянская неделя»»: an outlet's generic word, then its name in quotation marks
_OUTLET_QUOTED = lazy_compile(r"([А-ЯЁа-яё-]+(?:\s[А-ЯЁа-яё-]+)?)\s+[«\"“„](.+)[»\"”“]")
# «Bryansk Oblast» → «Bryansk»: a place's own name, before the word of its kind
_PLACE_KIND = lazy_compile(r"\s+(?:Oblast|Krai)$")


def _place_of_adjective(adjective: str, regions: dict[str, str]) -> str | None:
    """The English name of the place an adjective names («Брянская» → "Bryansk", «Витебский»
    → "Vitebsk"): a Russian region's from the table, a Belarusian oblast's from the oblasts'
    data; None for another word, or a region whose English name is not «… Oblast»/«… Krai»."""
    from analysis.entities import find_regions
    from analysis.entities.oblasts import oblast_named

    found = find_regions(adjective)
    if len(found) != 1 or found[0].role != "adjective":
        return None
    region = found[0].normal
    oblast = oblast_named(region)
    english = oblast.en if oblast is not None else regions.get(region, "")
    place = _PLACE_KIND.sub("", english)
    return place if place and place != english else None


# one or two capitalised Cyrillic words (a town's form among them: «для Ульяновска», «в
# Нижнем Новгороде»)
_TOWN_WORD = lazy_compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
                          r"(?:\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)?(?![\w-])")


def _base_form(words: str) -> str:
    """A town's inflected form in its base form, as an English name is written («для
    Ульяновска» → «Ульяновск», so "Ulyanovsk", not "Ulyanovska"); any other word as it is."""
    town = town_name(words)
    if town is not None:
        return town
    return " ".join(town_name(w) or w for w in words.split(" ")) if " " in words else words


def _plural(english: str) -> str:
    """«centre» → «centres» for a Russian plural («сервисные центры»); a table entry that is
    already plural, uncountable or a phrase is left as it is."""
    if " " in english or english.endswith("s") or english in _UNCOUNTABLE:
        return english
    if english.endswith("y") and english[-2:-1] not in "aeiou":
        return english[:-1] + "ies"
    return english + "s"


_UNCOUNTABLE = frozenset({"machinery", "equipment", "maintenance", "repair", "assembly",
                          "production", "support", "training", "development", "design",
                          "testing", "welding", "painting", "seeding", "modernisation",
                          "restoration", "control", "driving", "steering"})


@functools.cache
def names() -> NameTable:
    """The package's name table (read once)."""
    return NameTable.load()
