"""One name per enterprise: the gazetteer's aliases first, then fuzzy matching (rapidfuzz).

«Гомсельмаша», «ОАО "Гомсельмаш"», «Gomselmash» and «Могилёвлифтмаш» are names the
register must print once. Case forms are the gazetteer's business (every form of every
alias is generated); this module compares what is left: legal forms and quotes dropped,
ё as е, Latin spellings against the transliterated aliases, and near misses (a typo, a
spelling variant) by `rapidfuzz.fuzz.ratio`. A daughter company («Гидропривод-Т») is not
its near namesake («Гидропривод»): a name that only adds a hyphenated tail is never merged.
Generic words («Центр», «Завод») are never enterprise names.
"""

from __future__ import annotations

from functools import cache

from rapidfuzz import fuzz, process

from analysis.entities.gazetteer import data_rows, enterprise_rows, norm_word, split_cell
from analysis.lang import translit
from analysis.lazypattern import lazy_compile

# (a class first, not a repeat: sre then scans for its first letter in C instead of
# trying a match at every character)
_WORD = lazy_compile(r"[0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё]*")
# Scores out of 100: a Cyrillic near miss must be very close; a Latin spelling is a
# transliteration, which differs more («Gomselmash» ~ «gomselmash», «Belaz» ~ «belaz»)
_CYRILLIC_CUTOFF = 92.0
_LATIN_CUTOFF = 86.0
_MIN_FUZZY_LENGTH = 6  # «МАЗ» and «КАЗ» are different firms: short names match exactly
# A near miss of a name of several words is a slip inside its words, word for word: each
# pair of words must be this close. «Рыбинский машиностроительный завод» is not «Брянский
# машиностроительный завод» (the long shared tail lifts the whole name's score over the
# cutoff, but the town's adjective is another word: another plant; «Курский» is not
# «Курганский», though their letters are 82% alike)
_CYRILLIC_WORD_CUTOFF = 85.0
# A near miss of a short Cyrillic name keeps its length: a slip changes or swaps a letter, while
# a letter more or less in a name this short makes another name («Уралмаз», the heavy machinery
# plant, is not «УралАЗ», the truck plant, though their letters are 92% alike; newuser34)
_SHORT_NAME = 10
_LATIN_WORD_CUTOFF = 70.0


@cache
def _word_set(name: str) -> frozenset[str]:
    """A word list of ``data/enterprise_words.csv``."""
    return frozenset(next(r["words"] for r in data_rows("enterprise_words.csv")
                          if r["set"] == name).split())


def name_key(name: str) -> str:
    """A name as compared: lower case, ё as е, no quotes, legal forms or punctuation."""
    words = [norm_word(w) for w in _WORD.findall(name)]
    while len(words) > 1 and words[0] in _word_set("legal_form"):
        words = words[1:]
    return " ".join(words)


def one_spelling_each(names: set[str]) -> set[str]:
    """One spelling per name compared as `name_key` («КубаньАгроСборка» and
    «Кубаньагросборка», the NER's and the text's): the one with the most capitals, as a
    firm writes its own brand (then the first in order)."""
    def plain_first(name: str) -> tuple[bool, int]:  # no quotes or legal form, then capitals
        words = _WORD.findall(name)
        dressed = any(q in name for q in "«»\"") or (
            len(words) > 1 and norm_word(words[0]) in _word_set("legal_form"))
        return (not dressed, sum(c.isupper() for c in name))

    best: dict[str, str] = {}
    for name in sorted(names):
        key = name_key(name) or name
        kept = best.get(key)
        if kept is None or plain_first(name) > plain_first(kept):
            best[key] = name
    return set(best.values())


def is_generic_name(name: str) -> bool:
    """«Центр», «Завод», «Компания»: a word that names no one."""
    words = name_key(name).split()
    return len(words) == 1 and words[0] in _word_set("generic")


def names_a_lender(name: str) -> bool:
    """«Русско-Белорусский промышленный банк»: a name whose own words name a bank
    (`lender_heads` of data/enterprise_words.csv)."""
    return any(w in _word_set("lender_heads") for w in name_key(name).split())


@cache
def _index() -> tuple[dict[str, str], list[str], list[str], list[str], list[str]]:
    """Exact keys → normal name; and, for fuzzy matching, Cyrillic keys and Latin keys
    (each list with its normal names). Aliases that are also common words («Беларус»,
    «Атлант», only counted in quotes) take part in no Latin or fuzzy match."""
    exact: dict[str, str] = {}
    fuzzy: dict[str, str] = {}
    for r in enterprise_rows():
        if r["type"] != "enterprise":
            continue
        for alias in [r["normal"], *split_cell(r["aliases"])]:
            key = name_key(alias.lstrip("«="))
            if not key:
                continue
            exact.setdefault(key, r["normal"])
            if not alias.startswith("«"):
                exact.setdefault(translit(key), r["normal"])  # «Belaz», «MAZ»
                if len(key) >= _MIN_FUZZY_LENGTH and not key.isascii():
                    fuzzy.setdefault(key, r["normal"])
    keys = list(fuzzy)
    return exact, keys, [fuzzy[k] for k in keys], [translit(k) for k in keys], \
        [fuzzy[k] for k in keys]


def _daughter_of(key: str, known: str) -> bool:
    """«гидропривод т» adds a tail to «гидропривод»: another company."""
    short, long_ = sorted((key, known), key=len)
    return long_.startswith(short + " ")


def _word_for_word(key: str, known: str, cutoff: float) -> bool:
    """Whether two names of several words differ only by slips inside their words: as many
    words, each close to its counterpart (a name of one word, or another count of words,
    is left to the whole name's score)."""
    ours, theirs = key.split(), known.split()
    if len(ours) < 2 or len(ours) != len(theirs):
        return True
    return all(a == b or fuzz.ratio(a, b) >= cutoff for a, b in zip(ours, theirs, strict=True))


def canonical_enterprise(name: str) -> str | None:
    """The gazetteer's normal name for `name` (an alias, a Latin spelling, a near miss);
    None when it names no listed enterprise."""
    key = name_key(name)
    exact, keys, normals, latin, latin_normals = _index()
    if key in exact:
        return exact[key]
    if len(key) < _MIN_FUZZY_LENGTH:
        return None
    if key.isascii():
        choices, names, cutoff, word_cutoff = latin, latin_normals, _LATIN_CUTOFF, _LATIN_WORD_CUTOFF
    else:
        choices, names, cutoff, word_cutoff = keys, normals, _CYRILLIC_CUTOFF, _CYRILLIC_WORD_CUTOFF
    hit = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if hit is None or _daughter_of(key, hit[0]) or not _word_for_word(key, hit[0], word_cutoff):
        return None
    if not key.isascii() and min(len(key), len(hit[0])) < _SHORT_NAME and len(key) != len(hit[0]):
        return None  # «уралмаз» is not «уралаз»: a letter added to a short name is another name
    return names[hit[2]]
