"""Project partners: organisations the enterprise gazetteer cannot list.

Institutes and universities are found by rule («… университет … (ТУСУР)» → ТУСУР, else the
nominative name); the NER's organisations come with the entities the register is given
(`find_entities(article, ner=True)`). Either becomes an ``enterprise`` partner under its short name
(legal forms and quotes dropped: «ООО «Агродорснаб»» → Агродорснаб) unless it is an
authority, agency, fund, bank, medium, forum, place or site (``nonpartner``/``site_before``
in data/project_words.csv). `register_entities` gives the register the entities of one article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.entities import (
    Entity,
    canonical_enterprise,
    enterprise_info,
    find_entities,
    find_regions,
    is_generic_name,
    is_russian_region,
    nominative_name,
    norm_word,
    town_of_adjective,
)
from analysis.lang import analyzer
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import WORD, analyse, tokens, words
from analysis.projects.town_adjectives import (
    article_town_adjectives,
    belarusian_home,
    named_plant_sites,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from analysis.ingest import Article

# «Ижевский государственный технический университет имени М. Т. Калашникова (ИжГТУ)»,
# «Тульский государственный университет», «с Всероссийским научно-исследовательским
# институтом … (ВНИИМС)» (in any case): a research or teaching partner the gazetteer cannot
# list (found without the NER too).
_INSTITUTION = lazy_compile(
    r"(?<![0-9A-Za-zА-Яа-яЁё-])((?:[А-ЯЁ][а-яё-]+(?:ий|ый|ой|ого|ому|ым|им|ом)\s+)(?:[а-яё-]+\s+){0,4}?"
    r"(?:университет|институт|академи|колледж)[а-яё]*)"
    r"(?:\s+(?:имени|им\.)(?:[^()\n.;,«»]|(?<=[\s.][А-ЯЁ])\.){0,70}"
    r"|(?:(?:\s+[а-яё-]+){1,6}(?=\s*\()))?(?:\s*\(([А-ЯЁA-Z][0-9А-ЯЁA-Zа-яё-]{1,11})\))?")
# «Рубцовский машиностроительный завод», «с Кузнецким вагоноремонтным заводом»: a town's
# adjective, the plant's own adjectives and «завод»/«комбинат» name a plant the list lacks
# (unquoted; a quoted name after a legal form is the gazetteer's business)
_PLANT = lazy_compile(
    r"(?<![0-9A-Za-zА-Яа-яЁё«\"-])([А-ЯЁ][а-яё-]+(?:ий|ый|ой|ого|ому|ым|им|ом))\s+"
    r"((?:[а-яё-]+(?:ий|ый|ой|ого|ому|ым|им|ом)\s+){1,3})(?:завод|комбинат)[а-яё]*"
    r"(?![0-9A-Za-zА-Яа-яЁё-])")
# «Оршанский завод коммунальной техники (ОЗКТ)», «Дятловский ремонтно-механический завод»: a
# Belarusian town's adjective opening a plant's name (its own adjectives, and the genitive
# phrase after the plant noun, read by `_genitive_tail`)
_BELARUSIAN_PLANT = lazy_compile(
    r"(?<![0-9A-Za-zА-Яа-яЁё«\"-])([А-ЯЁ][а-яё-]+(?:ий|ый|ой|ого|ому|ым|им|ом))\s+"
    r"((?:[а-яё-]+(?:ий|ый|ой|ого|ому|ым|им|ом)\s+){0,3})(?:завод|комбинат)([а-яё]*)"
    r"(?![0-9A-Za-zА-Яа-яЁё-])")
_TAIL_WORD = lazy_compile(r"\s+([а-яё-]+)")
_TAIL_WORDS = 3  # words of the genitive phrase after the plant noun («тепличных конструкций»)
# «… завод «Верхневолжский»»: a quoted name right after a plant's description is its name
_NAME_AFTER = lazy_compile(r"[ \u00a0]*«")
# «… (ТУСУР)»: an abbreviation in brackets after an organisation's name is its short name
_ABBREVIATION_AFTER = lazy_compile(
    r"(?:[^()\n.;,«»]|(?<=[\s.][А-ЯЁ])\.){0,70}?\(([А-ЯЁA-Z][0-9А-ЯЁA-Zа-яё-]{1,11})\)")


# Parts of speech a name does not start with (a participle or verb opening a sentence)
_NOT_A_NAME = frozenset({"PRTF", "PRTS", "VERB", "INFN", "GRND", "ADVB", "PREP", "CONJ", "PRCL"})
# Parts of speech a name holds nowhere («в Павлове модернизирован автобусный завод»: the NER
# ran a town on into the predicate)
_PREDICATE = frozenset({"PRTS", "VERB", "INFN"})
# Tags of a word that can name someone (a person, a place, an organisation, an abbreviation)
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})
_LOCATIVE_BEFORE = lazy_compile(r"(?i)(?:^|[\s(])(?:в|во)\s+$")


def _abbreviation(word: str) -> bool:
    return sum(ch.isupper() for ch in word) >= 2


def _plants(text: str, ents: list[Entity]) -> list[Entity]:
    """Plants named by a Russian town's adjective (`_PLANT`), in the nominative: the Russian
    partner the list lacks («Гомельский вагоноремонтный завод» is no Russian side)."""
    out = []
    for m in _PLANT.finditer(text):
        town = town_of_adjective(m.group(1))
        home = find_regions(town) if town else []
        named = _NAME_AFTER.match(text, m.end())
        if not home or not is_russian_region(home[0].normal) or any(
                e.type in ("enterprise", "organization") and e.start < m.end() and m.start() < e.end
                for e in ents):
            continue
        if named and any(e.type in ("enterprise", "organization")
                         and named.start() <= e.start <= named.end() for e in ents):
            continue  # «Рыбинский машиностроительный завод «Верхневолжский»»: the plant's own name follows
        out.append(Entity(start=m.start(), end=m.end(), surface=m.group(), type="organization",
                          normal=nominative_name(m.group()), role=None))
    return out


def _genitive_tail(text: str, pos: int) -> int:
    """Where the genitive phrase after a plant noun ending at `pos` ends («завод коммунальной
    техники»: adjectives up to the first noun, each in the genitive); `pos` when none."""
    end = pos
    for _ in range(_TAIL_WORDS):
        m = _TAIL_WORD.match(text, end)
        if m is None:
            break
        parses = [p for p in analyzer().parse(m.group(1)) if "gent" in p.tag
                  and p.tag.POS in ("NOUN", "ADJF")] if len(m.group(1)) > 2 else []
        if not parses:
            break
        end = m.end()
        if any(p.tag.POS == "NOUN" for p in parses):
            return end
        if not any(p.tag.POS == "ADJF" for p in parses):
            break
    return pos


def _belarusian_plants(text: str, ents: list[Entity]) -> list[Entity]:
    """Plants named by a Belarusian town's adjective (`_BELARUSIAN_PLANT`: «Оршанский завод
    коммунальной техники», «Витебский завод тепличных конструкций»), in the nominative: the
    Belarusian maker or partner the list lacks. A plant noun with nothing of its own after
    the town («Гомельский завод») describes a firm, it names none; one in the locative («на
    Минском вагоноремонтном заводе») is a site (`named_plant_sites`), no party."""
    out = []
    for m in _BELARUSIAN_PLANT.finditer(text):
        if m.group(3) == "е":
            continue
        end = _genitive_tail(text, m.end())
        if (not m.group(2) and end == m.end()) or belarusian_home(f"{m.group(1)} завод") is None:
            continue
        if any(e.type in ("enterprise", "organization") and e.start < end and m.start() < e.end
               for e in ents) or _NAME_AFTER.match(text, end):
            continue  # the gazetteer's plant, or one whose quoted name follows
        surface = text[m.start():end]
        name = nominative_name(text[m.start():m.end()]) + text[m.end():end]
        out.append(Entity(start=m.start(), end=end, surface=surface, type="organization",
                          normal=name, role=None))
    return out


def _institutions(text: str, ents: list[Entity]) -> list[Entity]:
    out = []
    for m in _INSTITUTION.finditer(text):
        if any(e.type in ("enterprise", "organization") and e.start < m.end() and m.start() < e.end
               for e in ents):
            continue
        name = m.group(2) if m.group(2) and _abbreviation(m.group(2)) else nominative_name(m.group(1))
        out.append(Entity(start=m.start(), end=m.end(), surface=m.group(), type="organization",
                          normal=name, role=None))
    return out


def _not_a_name(text: str, e: Entity) -> bool:
    """An unquoted NER span that names no organisation: a predicate inside it («Павлове
    модернизирован»), one word in the locative after «в» («в Кулебаках», «в Ярцеве»: a town),
    or only common words with no plant or school word («Сервисный центр», «Департамент
    промышленности», «Восток»; not «Елецкий элеваторный завод»). A quoted name, an
    abbreviation or a word the dictionary does not know («Омсклифтмонтаж») is a name."""
    spoken = WORD.findall(e.surface)
    if not spoken or "«" in e.surface or text[max(0, e.start - 1):e.start] == "«" or any(
            _abbreviation(w) for w in spoken):
        return False
    read = [analyse(norm_word(w)) for w in spoken]
    if any(a.pos in _PREDICATE for a in read):
        return True
    if len(spoken) == 1 and "loct" in read[0].tags and _LOCATIVE_BEFORE.search(
            text, max(0, e.start - 5), e.start):
        return True
    legal, known = words("legal_form"), analyzer().word_is_known
    heads = words("generic_head") | words("institution")
    plain = [(w, a) for w, a in zip(spoken, read, strict=True) if norm_word(w) not in legal]
    return bool(plain) and all(known(norm_word(w)) and not a.tags & _PROPER
                               and a.lemma not in heads for w, a in plain)


def partner_name(text: str, e: Entity) -> str | None:
    """The short name of an organisation as a project partner, or None when it is none
    (an authority, agency, bank, medium…; ``nonpartner`` in data/project_words.csv)."""
    parts = WORD.findall(e.surface + " " + e.normal)
    if not parts:  # «潍柴+», «ΑΒΓ’»: a tagger span in another script (or signs) has no word to name it by
        return None
    legal = words("legal_form")
    while len(parts) > 1 and norm_word(parts[0]) in legal:
        parts = parts[1:]
    nonpartner = words("nonpartner")
    if any(norm_word(w) in nonpartner or analyse(norm_word(w)).lemma in nonpartner for w in parts):
        return None
    if _not_a_name(text, e):
        return None
    first = analyse(norm_word(parts[0]))
    if first.pos in _NOT_A_NAME or (len(parts) == 1 and "Geox" in first.tags):
        return None  # «Созданное в прошлом году СП…», «Управляющая компания холдинга…»
    if find_regions(e.normal) and len(parts) <= 2:
        return None  # «Липецк», «СПб»: a place
    opening = e.start + (e.surface.find("«") if "«" in e.surface else 0)
    before = tokens(text, max(0, e.start - 50), opening)[-3:]
    if any(t.lemma in words("site_before") for t in before):
        return None  # «в ОЭЗ «Липецк»», «индустриальном парке «Ворсино»»: a site
    after = tokens(text, e.end, min(len(text), e.end + 30))[:1]
    if after and after[0].lemma in words("reporting_verbs"):
        return None  # «„Коммерсантъ-Приволжье“ сообщил, что …»: the source of the news
    if before and before[-1].lemma in words("label_before"):
        return None  # «экологический класс «Евро-5»», «модель «Кубань»»: a label, not a firm
    m = _ABBREVIATION_AFTER.match(text, e.end) if "(" not in e.surface else None
    inner = re.search(r"\(([^()]{2,12})\)", e.surface)
    if inner and _abbreviation(inner.group(1)):
        return inner.group(1)
    if m and _abbreviation(m.group(1)):
        return m.group(1)
    quoted = re.search(r"«([^«»\n]{2,60})", e.surface)
    if quoted:
        name = quoted.group(1).strip()
    else:
        names = e.normal.split()
        while names and norm_word(names[0]) in legal:
            names = names[1:]
        if len(names) <= 2 and names and analyse(norm_word(names[-1])).lemma in words("generic_head"):
            return None  # «Калужский завод» describes a firm
        name = " ".join(names)
    name = name.strip(" «»\"")
    places = find_regions(name)
    if len(name) < 2 or (places and places[0].start == 0 and places[0].end == len(name)):
        return None  # «Липецк»: a place
    return name[:1].upper() + name[1:]


def _with_partners(text: str, ents: list[Entity]) -> list[Entity]:
    """Organisations the gazetteer does not list (the NER's, institutions) become enterprise
    partners under their short name, unless they are authorities, agencies, banks, media."""
    info = enterprise_info()
    # characters covered by a firm, marked once: overlap tests stay linear on huge articles
    covered = bytearray(max((e.end for e in ents), default=0) + 1)
    for f in ents:
        if f.type == "enterprise":
            covered[f.start:f.end] = b"\x01" * (f.end - f.start)
    out = [e for e in ents if e.type != "organization" or e.normal in info]
    for e in ents:
        if e.type != "organization" or e.normal in info:
            continue
        if any(covered[e.start:e.end]):
            continue  # «ОАО «Минский тракторный завод»»: the gazetteer has it
        name = partner_name(text, e)
        if name is None:
            continue  # as on the fast path: no NER name hides a cue («СП по сборке»)
        if is_generic_name(name):
            continue  # «Центр», «Завод»: generic words are never enterprises
        known = canonical_enterprise(name)
        partner = Entity(start=e.start, end=e.end, surface=e.surface, type="enterprise",
                         normal=known or name, role=None)
        out.append(partner)
    # one mention per span: an institution the NER also found is kept once (in start order,
    # so a later enterprise overlaps a kept one only if it starts before the kept ones' end)
    uniq, kept_end = [], -1
    for e in sorted(out, key=lambda e: (e.start, e.end)):
        if e.type == "enterprise":
            if e.start < kept_end:
                continue
            kept_end = max(kept_end, e.end)
        uniq.append(e)
    return uniq


def register_entities(article: Article, entities: Mapping[str, list[Entity]] | None = None,
                      ) -> list[Entity]:
    """The entities the register reads in `article` (clean offsets): those given for it in
    `entities` (`find_entities(article, ner=...)`), else the gazetteer's (the register never
    runs the NER itself); with institutions by rule and partner organisations as enterprises.

    People are left out (a person's name must not hide a cue or end a product phrase), and
    so are the organisations only natasha's tagger found: measured on every gold round in
    session 19, they added no project the gazetteer and the partner rules miss (two partner
    names in one round) and cost precision in five rounds' dev parts and two held-aside
    thirds. The register reads the same entities with NER on or off."""
    given = entities.get(article.article_id) if entities is not None else None
    if given is None:
        ents = find_entities(article, ner=False)
    else:
        ents = [e for e in given if e.type != "person" and not e.found_by_ner]
    # a rule-found institution (its full name and abbreviation) replaces the NER's cut span
    found = _institutions(article.text, [e for e in ents if e.type == "enterprise"])
    found += _plants(article.text, [e for e in ents + found if e.type in ("enterprise", "organization")])
    found += _belarusian_plants(article.text, [e for e in ents + found
                                               if e.type in ("enterprise", "organization")])
    ents = [e for e in ents if not (e.type == "organization" and e.normal not in enterprise_info()
                                    and any(i.start < e.end and e.start < i.end for i in found))]
    ents = _article_aliases(article.text, _with_partners(article.text, ents + found))
    ents += article_town_adjectives(article.text, ents)
    return sorted(ents + named_plant_sites(article.text, ents), key=lambda e: e.start)


# «пермской компанией «Прикамская тракторная компания» (ПТК)»: an abbreviation in brackets
# right after a firm's name is that firm's short name for the rest of the article
_ABBREVIATION_DEFINED = lazy_compile(r"»?\s*\(([А-ЯЁA-Z][А-ЯЁA-Z0-9-]{1,8})\)")
_ABBREVIATION_USE = r"(?<![0-9A-Za-zА-Яа-яЁё-]){}(?![0-9A-Za-zА-Яа-яЁё-])"
_CAPITALS = lazy_compile(r"[А-ЯЁA-Z][А-ЯЁA-Z0-9-]{2,8}")
_LEGAL_FORM_BEFORE = lazy_compile(r"\b(?:ОАО|ЗАО|ПАО|АО|ООО|ОДО|УП|РУП|СООО|ИООО)\s*«$")


_INITIALS_MIN = 3  # letters of a short name made of a firm's initials («СЭЗ»)


def _initials(name: str) -> str:
    """«Сафоновский электромашиностроительный завод» → «СЭЗ»; "" for a name of fewer words
    than `_INITIALS_MIN` or with a word that is not all letters (a quote, a number)."""
    parts = name.split()
    if len(parts) < _INITIALS_MIN or not all(p.isalpha() for p in parts):
        return ""
    return "".join(p[0] for p in parts).upper()


def _article_aliases(text: str, ents: list[Entity]) -> list[Entity]:
    """Every later use of an abbreviation the article defines for a firm (in brackets after
    it, or its initials in capitals) names that firm (the NER's organisation of that name
    replaced, a use it missed added)."""
    defined: dict[str, str] = {}
    for e in ents:
        if e.type == "enterprise" and (m := _ABBREVIATION_DEFINED.match(text, e.end)):
            abbr = m.group(1)
            initial = next((ch for ch in e.surface if ch.isalpha()), "")
            # («МАЗ (РБ)», «(Беларусь)»: a place in brackets is no short name of the firm)
            if abbr != e.normal and abbr[0] == initial.upper() and not find_regions(abbr) \
                    and canonical_enterprise(abbr) is None:
                defined.setdefault(abbr, e.normal)
    for e in ents:
        # «(ОАО «БЗТО») … сервисные центры БЗТО»: a firm introduced by a quoted abbreviation
        # after its legal form is named by the bare abbreviation later, as a defined one is
        if e.type == "enterprise" and _CAPITALS.fullmatch(e.normal) \
                and text[e.start - 1:e.start] == "«" and _LEGAL_FORM_BEFORE.search(
                    text, max(0, e.start - 6), e.start) \
                and canonical_enterprise(e.normal) is None and not find_regions(e.normal):
            defined.setdefault(e.normal, e.normal)
    for e in ents:
        # «Сафоновский электромашиностроительный завод … проектирует СЭЗ»: the initials of a
        # firm's name of three words or more, written in capitals later, are its short name
        initials = _initials(e.normal) if e.type == "enterprise" else ""
        if len(initials) >= _INITIALS_MIN and canonical_enterprise(initials) is None \
                and not find_regions(initials) and re.search(
                    _ABBREVIATION_USE.format(initials), text[e.end:]):
            defined.setdefault(initials, e.normal)
    if not defined:
        return ents
    out = [e for e in ents if not (e.type in ("organization", "enterprise")
                                   and e.surface in defined)]
    taken = [(e.start, e.end) for e in out]
    for abbr, normal in defined.items():
        for m in re.finditer(_ABBREVIATION_USE.format(re.escape(abbr)), text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(Entity(start=m.start(), end=m.end(), surface=abbr, type="enterprise",
                                  normal=normal, role=None))
    return sorted(out, key=lambda e: e.start)
