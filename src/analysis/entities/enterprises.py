"""Enterprises, listed organisations and programmes (gazetteer + patterns).

``enterprises.csv`` gives each one normal (short) name, its type (enterprise / organization /
programme), country, home_region, parent (МТЗ-Татарстан → МТЗ) and aliases. Companies the list
lacks are still found when a legal form or a company word precedes a quoted name («ОАО
«Брестсельмаш»», «ГУП «Мосгортранс»»), and as a known name with a capitalised suffix
(«Гомсельмаш-Юг»: a daughter company whose parent `enterprise_parent` gives), or after a
town's or a side's adjective («кстовским «Техмашем»», «российской «Станкомашкорпорацией»»); an
abbreviation followed by «имени X» is the plant named after X (`analysis.entities.named_after`:
«ММЗ имени С.И.Вавилова» is not the gazetteer's motor plant «ММЗ»); a name
introduced once as a company is that company wherever it stands in quotes; a listed
enterprise spelt in Latin letters («Gomselmash») is found through `analysis.entities.aliases`;
generic words («компания «Центр»») are no names. The NER (`analysis.entities.ner`) finds the
rest.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from analysis.entities.aliases import canonical_enterprise, is_generic_name, name_key, names_a_lender
from analysis.entities.gazetteer import (
    Entity,
    Gazetteer,
    GazetteerEntry,
    cached_gazetteer,
    enterprise_rows,
    split_cell,
)
from analysis.entities.named_after import named_after
from analysis.entities.towns import town_of_adjective
from analysis.lang import analyzer
from analysis.lazypattern import LazyPattern, lazy_compile

# Legal forms written before a company name: «ОАО «БелАЗ»» is one mention.
_LEGAL_BEFORE = lazy_compile(
    r"(?:\b(?:ОАО|ЗАО|СЗАО|ПАО|НАО|АО|ООО|ОДО|УП|РУП|РУПП|ГУП|МУП|ФГУП|СООО|ИООО|ЧУП|ЧТУП|ПТ)"
    r"[ \u00a0]*)«?[ \u00a0]*$")
# (not a machine's «программное управление»: «станков с числовым программным управлением по
# заказу ООО «…»» names a client, no programme)
_PROGRAMME = lazy_compile(
    r"\b[Пп]рограмм(?!н[а-яё]+\s+управлени)\w*[^«».\n]{0,80}«([^»\n]{2,40})»")
# A company the gazetteer does not know, named in quotes after a legal form or a company word:
# «ОАО «Брестский электромеханический завод»», «предприятие «Технопарк»».
_QUOTED_COMPANY = lazy_compile(
    r"(?:\b(?:ОАО|ЗАО|СЗАО|ПАО|НАО|АО|ООО|ОДО|СООО|ИООО|СП|УП|РУП|РУПП|ГУП|МУП|ФГУП|ЧУП|ЧТУП|НПП|НПО|НПЦ|НИИ)|"
    r"(?i:\b(?:(?:агро)?холдинг|завод|компани|предприяти|концерн|корпораци|производител|фирм"
    r"|институт"
    r"|дилер|дистрибьютор|партн[её]р|объединени|групп)\w*))[ \u00a0]+«([^«»\n]{2,60})»")
# The same in straight quotes, as a text with no «» writes them (a KOI8-R or ASCII-quoted file:
# «компания "СимбирскАгроМаш"»; new user 31).
_STRAIGHT_QUOTED_COMPANY = lazy_compile(_QUOTED_COMPANY.pattern.replace(
    "«([^«»\\n]{2,60})»", '"([^"«»\\n]{2,60})"'))
# «кстовским «Техмашем»», «тихорецкая «КубаньАгроСборка»»: a town's adjective right before a
# quoted name introduces a company of that town (the name back in the nominative)
# (found from the quoted name back: quotes are far rarer than words)
_QUOTED_NAME = lazy_compile(r"«([^«»\n]{2,60})»")
_TOWN_ADJECTIVE_BEFORE = lazy_compile(
    r"(?<![\w-])([а-яё]+[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ей))[ \u00a0]+$")
# «с российской «Станкомашкорпорацией»», «Российская «Росагролизинг»»: a side's adjective
# right before a quoted word the dictionary does not know introduces a company of that side
# (a known word in quotes is a brand or a model: «российский «Кировец»»)
_SIDE_ADJECTIVE_BEFORE = lazy_compile(
    r"(?<![\w-])((?:[Рр]оссийск|[Бб]елорусск)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ей))[ \u00a0]+$")
_ONE_NAME = lazy_compile(r"[А-ЯЁ][а-яё]+(?:[А-ЯЁ][а-яё]+)*")
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_ASCII_LETTER = lazy_compile(r"[A-Za-z]")
# «Gomselmash», «BELAZ»: a listed enterprise spelt in Latin letters
_LATIN_NAME = lazy_compile(r"(?<![\w-])[A-Z][A-Za-z]{2,}(?:[- ][A-Z][A-Za-z]+)?(?![\w-])")
# «Гомсельмаш-Юг», «МАЗ-Купава»: a known enterprise's name, a hyphen and a capitalised part
# the list does not know is that enterprise's own company (its parent is a party too).
_DAUGHTER_TAIL = lazy_compile(r"-([A-ZА-ЯЁ][0-9A-Za-zА-Яа-яЁё]*)")


@cache
def enterprises_gazetteer() -> Gazetteer:
    """Aliases of every listed enterprise, organisation and programme (built once, then
    loaded from the start-up cache)."""
    return cached_gazetteer("enterprises_gazetteer", build_enterprises_gazetteer)


def build_enterprises_gazetteer() -> Gazetteer:
    """The gazetteer of enterprises built from the data files (what the cache keeps)."""
    g = Gazetteer()
    for r in enterprise_rows():
        entry = GazetteerEntry(normal=r["normal"], type=r["type"], role=None, capitalised=True)
        for name in split_cell(r["aliases"]) or [r["normal"]]:
            g.add_name(name, entry)
    g.freeze()
    return g


@cache
def enterprise_info() -> dict[str, dict[str, str]]:
    """normal name → its gazetteer row (country, home_region, parent), for the register."""
    return {r["normal"]: r for r in enterprise_rows()}


def _daughter(text: str, e: Entity) -> Entity:
    """«Гомсельмаш-Юг»: the known enterprise `e` with its capitalised suffix, if one follows."""
    if e.type != "enterprise" or (e.start and text[e.start - 1].isalnum()):
        return e
    m = _DAUGHTER_TAIL.match(text, e.end)
    if not m or (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "-")):
        return e
    tail = m.group(1)
    abbr = re.fullmatch(r"([0-9A-ZА-ЯЁ]{2,})[a-zа-яё]{0,3}", tail)  # «МАЗа-МАНа»
    if abbr:
        tail = abbr.group(1)
    elif not tail.isascii():
        # the capitalised word as written: its parses may differ from the lower-cased word's
        p = analyzer().parse(tail)[0]
        tail = p.normal_form[:1].upper() + p.normal_form[1:]
    return Entity(start=e.start, end=m.end(), surface=text[e.start:m.end()], type="enterprise",
                  normal=f"{_written_head(e)}-{tail}", role=None)


def _written_head(e: Entity) -> str:
    """The listed name a daughter's name is built on, as the text writes it: a company named
    after a maker's brand and a place («Неман-НН», a venture of the Lida bus plant named by
    its «Неман» buses) is named as written, not after the plant's full name («Лидский
    автобусный завод-НН», a name nobody uses); a case form («Гомсельмаша-Юг») is the alias
    back in the nominative, and the normal name stays where the text writes that."""
    row = enterprise_info().get(e.normal)
    said = name_key(e.surface)
    if row is None or not said or name_key(e.normal) == said:
        return e.normal
    best, shared = e.normal, 0
    for alias in [row["normal"], *split_cell(row["aliases"])]:
        key = name_key(alias.lstrip("«="))
        common = next((k for k in range(min(len(key), len(said)), 0, -1) if key[:k] == said[:k]), 0)
        # the whole alias up to a case ending («Немана» is «Неман»)
        if common >= len(key) - 2 and common > shared and key.isascii() == said.isascii():
            best, shared = alias.lstrip("«="), common
    return best if canonical_enterprise(best) == e.normal else e.normal


def enterprise_parent(normal: str) -> str | None:
    """The parent of an enterprise: from the list, or the known head of «Гомсельмаш-Юг»."""
    info = enterprise_info()
    if normal in info:
        return info[normal].get("parent") or None
    # the head as written («Неман-НН»: «Неман», the Lida bus plant's brand) by its listed name
    head = normal.split("-", 1)[0]  # (a programme's name is nobody's parent)
    head = head if head in info else canonical_enterprise(head) or head
    return head if "-" in normal and info.get(head, {}).get("type") == "enterprise" else None


def with_parents(firms: set[str]) -> set[str]:
    """The firms and their parents as parties («МТЗ-Татарстан» brings «МТЗ»). A parent the
    list alone knows («Брянсксельмаш» → «Гомсельмаш») is left out when another Belarusian
    maker is named with the firm: the text says whose machines are made there."""
    info = enterprise_info()
    makers = {f for f in firms if info.get(f, {}).get("country") == "BY"}
    out = set(firms)
    for f in firms:
        parent = enterprise_parent(f)
        if not parent:
            continue
        by_name = f.split("-", 1)[0] == parent or (
            "-" in f and canonical_enterprise(f.split("-", 1)[0]) == parent)
        if by_name or not (makers - {parent}):
            out.add(parent)
    return out


def _nominative_name(name: str, adjective: str) -> str:
    """«Техмашем» after «кстовским» → «Техмаш»: a one-word name in the adjective's case back
    in the nominative (the letters as written up to the ending); other names as written."""
    if not re.fullmatch(r"[А-ЯЁ][а-яёА-ЯЁ]+", name):
        return name
    cases = {c for p in analyzer().parse(adjective) if p.tag.POS == "ADJF"
             for c in _CASES & set(p.tag.grammemes)}
    if not cases or cases == {"nomn"}:
        return name
    low = name.lower()
    lemma = next((p.normal_form for p in analyzer().parse(low) if p.tag.POS == "NOUN"
                  and "nomn" not in p.tag.grammemes and cases & set(p.tag.grammemes)), None)
    if lemma is None or lemma == low:
        return name
    same = len(next((low[:k] for k in range(min(len(low), len(lemma)), 0, -1)
                     if low[:k] == lemma[:k]), ""))
    return name[:same] + lemma[same:] if same >= 3 else name


def _case_of_another(name: str, text: str) -> bool:
    """Is `name` another quoted name of `text` with a case ending («Уралвагонмаша» beside
    «Уралвагонмаш», «Техмашем» beside «Техмаш»)?"""
    return any(other != name and len(other) >= 4 and name.startswith(other)
               and len(name) - len(other) <= 2 for other in _QUOTED_NAME.findall(text))


def _named_otherwise(text: str, e: Entity) -> bool:
    """A listed name that only describes a plant («Витебский станкостроительный завод»: a
    town's adjective, lower-case words) followed at once by a quoted name that is not one of
    its own («… завод «Двина»»): the text names the plant by the quoted name, so the
    description is no mention of the listed plant («… завод «Вистан»», «Минский
    тракторный завод «Беларус»» keep it)."""
    if e.type != "enterprise" or not re.search(r"\s[а-яё]{3,}", e.surface):
        return False
    m = _QUOTED_NAME.match(text, e.end + 1) if text[e.end:e.end + 1] in (" ", "\u00a0") else None
    if m is None:
        return False
    name = m.group(1)
    if is_generic_name(name) or re.search(r"\d", name):  # «Беларус-82»: a model, not a name
        return False
    return canonical_enterprise(name) != e.normal and all(
        other.normal != e.normal for other in enterprises_gazetteer().scan(name))


# (a pattern, the type of what it names, the quote its matches hold)
_QUOTED_PATTERNS = ((_PROGRAMME, "programme", "«"), (_QUOTED_COMPANY, "enterprise", "«"),
                    (_STRAIGHT_QUOTED_COMPANY, "enterprise", '"'))


@cache
def _quote_gates() -> tuple[tuple[str, ...] | None, ...]:
    """For each of `_QUOTED_PATTERNS`, its quote (as a gate) when every match holds it and the
    pattern's parse proves it (`literal_gate`), else None: a text without it is not scanned
    (most clauses the money readers ask about quote no name; the `(?i)` company words make
    sre try the pattern at every character)."""
    from analysis.money.literal_gate import literal_gate  # (imported late: money imports us)

    return tuple(literal_gate(pattern.compile() if isinstance(pattern, LazyPattern) else pattern,
                              (quote,)) for pattern, _, quote in _QUOTED_PATTERNS)


def find_enterprises(text: str) -> list[Entity]:
    """Enterprises, listed organisations and programmes (gazetteer + «программа «X»»)."""
    return list(_enterprises(text))  # (a list of the caller's own)


# (the last text's reading kept: the money readers ask the same stretch in a row — the goods
# of a trade figure's clause, then the firm that is its subject, `money/goods.py`; a pure
# reading of the text, its entities frozen)
@lru_cache(maxsize=1)
def _enterprises(text: str) -> tuple[Entity, ...]:
    ents = []
    for e in enterprises_gazetteer().scan(text):
        e = named_after(text, _daughter(text, e))  # («ММЗ имени С.И.Вавилова»: another plant)
        m = _LEGAL_BEFORE.search(text, max(0, e.start - 12), e.start)
        close = text.find("»", e.end, e.end + 40)
        if m and e.type == "programme" and "«" in m.group() and close > 0:
            # «ООО «Автоэлектроника-Рус»»: a legal form makes the quoted name a company's,
            # though a programme bears a name it starts with
            name = text[e.start:close]
            e = Entity(start=e.start, end=close, surface=name, type="enterprise",
                       normal=canonical_enterprise(name) or name, role=None)
        if m and e.type == "enterprise":  # take «ОАО «» into the mention
            quoted = "«" in m.group()
            end = e.end + (1 if quoted and text[e.end:e.end + 1] == "»" else 0)
            e = replace(e, start=m.start(), end=end, surface=text[m.start():end])
        if _named_otherwise(text, e):
            continue  # «Витебский станкостроительный завод «Двина»»: the plant is «Двина»
        ents.append(e)
    taken = {(e.start, e.end) for e in ents}
    for (pattern, type_, _), gate in zip(_QUOTED_PATTERNS, _quote_gates(), strict=True):
        if gate is not None and not any(q in text for q in gate):
            continue  # no quote of its kind in the text: no match (`_quote_gates`)
        for m in pattern.finditer(text):
            s, t = m.span(1)
            name = m.group(1)
            if type_ == "enterprise" and (is_generic_name(name) or name[:1].islower()):
                # «компания «Центр»» names no one we could tell apart; «на заводе «уже всё
                # запускали»» quotes words, not a name (a name in quotes opens with a capital)
                continue
            if type_ == "enterprise" and m.group().startswith("СП") and _case_of_another(
                    name, text):
                continue  # «СП «Уралвагонмаша»» … «Уралвагонмаш»: the venture of a firm
            if not any(a < t and s < b for a, b in taken):
                normal = (canonical_enterprise(name) or name) if type_ == "enterprise" else name
                lender = type_ == "enterprise" and normal == name and names_a_lender(name)
                ents.append(Entity(start=s, end=t, surface=name, normal=normal, role=None,
                                   type="organization" if lender else type_))
                taken.add((s, t))
    for m in _QUOTED_NAME.finditer(text):
        s, t = m.span(1)
        type_ = "enterprise"
        adj = _TOWN_ADJECTIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if adj is None or town_of_adjective(adj.group(1)) is None:
            adj = _SIDE_ADJECTIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if adj is None or not _ONE_NAME.fullmatch(m.group(1)) \
                    or analyzer().word_is_known(m.group(1).lower()):
                continue
            # an organisation: the register's partner rules still tell a newspaper
            # («Белорусская «Звязда» пишет») or a bank from a firm
            type_ = "organization"
        if is_generic_name(m.group(1)) or any(a < t and s < b for a, b in taken):
            continue
        name = _nominative_name(m.group(1), adj.group(1))
        known = canonical_enterprise(name)
        ents.append(Entity(start=s, end=t, surface=m.group(1), type="enterprise" if known else type_,
                           normal=known or name, role=None))
        taken.add((s, t))
    # «…предприятие «Волжский металлокаркас»» … «Волжский металлокаркас» получил…»: a name
    # introduced once as a company is that company wherever it stands in quotes, a one-word
    # name in any case
    quoted = {e.surface: e.normal for e in ents if e.type == "enterprise" and e.surface
              and text[e.start - 1:e.start] == "«"}
    for surface, normal in quoted.items():
        # (a one-word name in another case too: «Белмолмаш» … «специалисты «Белмолмаша»»)
        ending = "[а-яё]{0,2}" if re.fullmatch(r"[А-ЯЁ][а-яё]{3,}", surface) else ""
        for m in re.finditer("«" + re.escape(surface) + ending + "»", text):
            s, t = m.start() + 1, m.end() - 1
            if not any(a < t and s < b for a, b in taken):
                ents.append(Entity(start=s, end=t, surface=text[s:t], type="enterprise",
                                   normal=normal, role=None))
                taken.add((s, t))
    if not text.isascii() and _ASCII_LETTER.search(text):
        for m in _LATIN_NAME.finditer(text):
            normal = canonical_enterprise(m.group())
            if normal and not any(a < m.end() and m.start() < b for a, b in taken):
                ents.append(Entity(start=m.start(), end=m.end(), surface=m.group(),
                                   type="enterprise", normal=normal, role=None))
    return tuple(sorted(ents, key=lambda e: e.start))
