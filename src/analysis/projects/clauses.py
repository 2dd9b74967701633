"""Where one sentence's clauses part (`read_clauses`, for `analysis.projects.reader`), and
small readings of a clause: a host firm «на базе ООО «…»», members of a count before, a
place that points at the list before («на каждом из них»).

The reader cuts a sentence that tells projects clause by clause («…, а в Курской области…»,
an elliptic «…, а грузовики — в Ростовской области», a kind cue said again after a comma) and
reads each clause apart.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.entities import norm_word
from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern
from analysis.projects.cues import CueHit, Token, word_info, words
from analysis.projects.kinds import kinds_of
from analysis.projects.products import PARTNER_BEFORE

if TYPE_CHECKING:
    from analysis.entities import Entity
    from analysis.projects.kind_context import KindContext

# Where a sentence lists projects clause by clause: «…, а в Курской области…», «…; в …»,
# «…сборка полуприцепов МАЗ, в Вязьме открыт сервисный центр…» (a comma before a named place;
# not «…в Шарье, в Ярославской — в Ростове Великом», an elliptic member with a dash),
# «…, а с «Гомсельмашем» подписано соглашение…» (a partner opening the clause)
# A comma before a named place cuts only where the clause after it has a kind cue of its own,
# and so has the sentence before it («у нас, в Минске, на территории завода» is one place said
# twice; «По его словам, в … области завершается строительство» opens with no project)
_ANY_CUT = lazy_compile(r"[,;]")
PLACE_CUT = lazy_compile(r",\s+(?=(?:в|во|на)\s+[А-ЯЁ](?![^,;.]*\s[—–]\s))")
CLAUSE_CUT = lazy_compile(r"(?:,\s+(?:а|а также|и)\s+(?=(?:в|во|на)\s)"
                        r"|,\s+а\s+(?=(?:с|со)\s+«)|;\s+"
                        # «…открыло сервисный центр, а Бобруйский завод … поставляет
                        # комплектующие»: a named subject opening a clause of its own
                        r"|,\s+а\s+(?=(?:[А-ЯЁ]{2,5}\s+)?«?[А-ЯЁ]))")
# «…собирает автобусы в Татарстане, а грузовики — в Ростовской области»: an elliptic clause
# (its verb left out after a dash) is a project of the previous clause's kind
# «в Самарской и Пензенской областях, а также в Мордовии»: only a region noun between
# («…в Новосибирске, а в следующем году откроет в Барнауле»: after «в» a time, no list)
_TIME_NEXT = lazy_compile(r"(?:в|во|на)\s+[а-яё]")
REGION_NOUN_GAP = lazy_compile(r"[\s)]*(?:(?:област|кра[яеюйёи]|республик|округ)[а-яё]*)?[\s)]*")
# «…, а Минский тракторный завод — тракторы в Смоленской области»: a product may stand
# between the dash and the place; the subject after «а» may be long («сервисные центры белорусской
# коммунальной техники — в …»)
ELLIPTIC_CUT = lazy_compile(
    r",\s+а\s+(?=[^,;—–]{1,60}?\s[—–]\s+(?:[^\s,;.—–]+\s+){0,3}(?:в|во|на)\s)"
    # «открыло центры в Омске и Новосибирске, в следующем году — в Барнауле»: a gapped
    # clause (a time or manner said in lower case, a dash, the new place) with no «а»
    r"|,\s+(?=(?:а\s+)?[а-яё0-9][^,;—–А-ЯЁ«]{0,40}?\s[—–]\s+(?:в|во|на)\s+[А-ЯЁ])")

# «ООО «Бел-Агрокомплект» (производство жаток …), ООО «Элит-Стекло» (…) и ООО «КМ-Мосты» —
# …»: firms listed each with its own project in brackets; each bracket is a clause of its own
_FIRM_LIST_CUT = lazy_compile(r"(?<=\))\s*(?:,\s*(?:а\s+также\s+|и\s+)?|\s+и\s+)"
                           r"(?=(?:[А-ЯЁ]{2,5}\s+)?«[^»\n]{1,40}»\s*[(—–])")



def firm_list_cuts(text: str, start: int, end: int) -> list[int]:
    """The cuts of `_FIRM_LIST_CUT` in [start, end) whose bracket before tells something
    (more than one word): «ООО «ЛипецкАвто» (Липецк) и ООО «ОрёлМаш» (Орёл)» lists plants
    with their towns, one clause."""
    out = []
    for m in _FIRM_LIST_CUT.finditer(text, start, end):
        opened = text.rfind("(", start, m.start())
        if opened >= 0 and " " in text[opened:m.start()].strip("() "):
            out.append(m.start())
    return out


# «на базе ООО «…»», «на базе завода «…»», «на базе предприятия …», «на базе дилера ООО
# «…»», «на базе барнаульского ООО «…»»: the base is a firm (up to three words between)
_HOST_BEFORE = lazy_compile(r"(?i)\bна\s+базе\s+((?:[а-яё-]+\s+){1,3})«?$")


def hosted_by(text: str, firm: Entity) -> bool:
    """Does «на базе» name `firm` by a legal form, a firm noun or a dealer noun before it?"""
    m = _HOST_BEFORE.search(text, max(0, firm.start - 40), firm.start)
    if m is None:
        return False
    heads = words("generic_head") | words("host_heads")
    return any(w in words("legal_form") or word_info(w).analysis.lemma in heads
               for w in map(norm_word, m.group(1).split()))


def others_partners(text: str, start: int, firms: list[Entity], own: list[Entity]) -> set[str]:
    """«В Орле вместе с дилером ООО «…» открыт центр, а в Аксае — склад»: the firms of the
    sentence (from `start`) outside a clause's `own` entities that are named as a partner
    («с …»): another clause's partner, not the clause's own firm."""
    return {e.normal for e in firms if e not in own and PARTNER_BEFORE.search(
        text, max(start, e.start - 40), e.start)}


def points_back(toks: list[Token]) -> bool:
    """«В их числе — …», «Среди них — …»: a sentence opening with the members of a count."""
    head = [t.lemma for t in toks[:3]]
    return any(w in head for w in words("count_members")) and ("они" in head or "их" in head)


def repeated_kind_cuts(hits: list[CueHit], toks: list[Token], text: str) -> list[int]:
    """«сборка тракторов в Елабуге, крупноузловая сборка автобусов в Нижегородской области»:
    a kind cue said again after a comma opens a clause of its own (a cut at that comma)."""
    kinds = sorted((h for h in hits if h.cue.field == "kind"), key=lambda h: h.first)
    out = []
    for a, b in pairwise(kinds):
        if a.cue.value == b.cue.value and a.cue.words == b.cue.words:
            comma = text.rfind(",", toks[a.last].end, toks[b.first].start)
            if comma >= 0:
                out.append(comma)
    return out


def site_told_before(toks: list[Token]) -> bool:
    """«именно эту модель планируется собирать на новой площадке», «на этой площадке»: a site
    noun (``site``) after «на»/«в» and «новый», «этот», «тот» (``site_told``) is the site the
    article told before (the caller asks that the sentence name no place of its own)."""
    told, site = words("site_told"), words("site")
    return any(toks[k].word in ("на", "в") and toks[k + 1].lemma in told
               and toks[k + 2].lemma in site for k in range(len(toks) - 2))


def regional_site_told(toks: list[Token], regions: list[Entity]) -> bool:
    """«инвестиции в тверскую площадку составят …»: a site noun (``site``) after «в»/«на» and a
    place adjective (one of `regions`, the sentence's only places) is the site of that region
    the article told before, as «на этой площадке» is (session 36: after «Проект перенесён в
    Тверскую область», the next paragraph's money and date are the project's)."""
    if not regions or len({e.normal for e in regions}) > 1:
        return False
    site = words("site")
    # (the gazetteer's adjective: pymorphy may read «тверскую» as a street's name, a noun)
    return any(toks[k].word in ("на", "в") and toks[k + 2].lemma in site and any(
        e.start <= toks[k + 1].start < e.end and e.role == "adjective" for e in regions)
        for k in range(len(toks) - 2))


def points_at_list(toks: list[Token]) -> bool:
    """«На каждом из них …», «на всех площадках …», «на этих площадках …»: the sentence's
    place is every member of the list the sentence before gave (``list_sites`` nouns)."""
    lemmas = [t.lemma for t in toks]
    sites = words("site_count") | words("list_sites")
    for k, lemma in enumerate(lemmas):
        after = lemmas[k + 1:k + 4]
        if lemma == "каждый" and "они" in after:
            return True
        if lemma in ("весь", "этот", "все") and "plur" in toks[k].tags and any(
                w in sites for w in after[:2]):
            return True
    return False


def added_site_cuts(hits: list[CueHit], toks: list[Token], text: str) -> list[int]:
    """«Центры работают в Сургуте и Нижневартовске, в следующем году к ним добавится центр в
    Тюмени»: a clause that adds a site (``another_site``) after a kind cue is a site of its
    own, of that kind, at its own stage (a cut at the comma before it)."""
    kinds = [toks[h.first].start for h in hits if h.cue.field == "kind"]
    if not kinds:
        return []
    first, site = min(kinds), words("another_site")
    out = []
    for t in toks:
        if t.start > first and t.lemma in site:
            comma = text.rfind(",", first, t.start)
            if comma >= 0:
                out.append(comma)
    return out


@cache
def _contrast_cut() -> re.Pattern[str]:
    """A comma before a contrasting conjunction (``contrast``: «, а», «, но», «, тогда как»)."""
    return compile_pattern(r"(?i),\s+(?:" + "|".join(sorted(words("contrast"))) + r")\s")


def own_side(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The part of the sentence `start`..`end` between contrast cuts (`_contrast_cut`) that
    holds offset `at`: «Сборка … уже работает, а сервисный центр … строится» tells the
    centre's stage after the cut, not the assembly's before it."""
    a, b = start, end
    for m in _contrast_cut().finditer(text, start, end):
        if m.start() <= at:
            a = m.end()
        else:
            b = m.start()
            break
    return a, b


def read_clauses(ctx: KindContext, hits: list[CueHit], sent_ents: list[Entity],
                 ) -> tuple[list[tuple[int, int]], list[CueHit]]:
    """The sentence's clauses (offset pairs) and its kind cues kept clause by clause, when
    every clause names its own firm or place; else one clause and the sentence's kinds.
    An elliptic clause or one that adds a site takes the kind of the clause before it.
    (A cut right after a region continues a list: «в Сургуте, а также в Новом Уренгое».)"""
    text, toks, start, end = ctx.text, ctx.toks, ctx.start, ctx.end
    kind_at = [toks[h.first].start for h in hits if h.cue.field == "kind"]

    def own_kind_after(m: re.Match[str]) -> bool:
        # «собирает самосвалы в Колпине, а в Тихвине достраивает центр по ремонту»: a clause
        # with a kind of its own, other than the kind before it, is no member of a list of
        # that kind's places (round 63)
        stop = next((c.start() for c in _ANY_CUT.finditer(text, m.end(), end)), end)
        if not (any(m.end() <= k < stop for k in kind_at) and any(k < m.start() for k in kind_at)):
            return False
        after = {h.cue.value for h in kinds_of(
            ctx, [h for h in hits if m.end() <= toks[h.first].start < stop])}
        before = {h.cue.value for h in kinds_of(
            ctx, [h for h in hits if toks[h.first].start < m.start()])}
        return bool(after) and bool(before) and after.isdisjoint(before)

    cuts = [start] + [m.start() for m in CLAUSE_CUT.finditer(text, start, end)
                      if not (not _TIME_NEXT.match(text, m.end()) and not own_kind_after(m) and any(
                          e.type == "region" and e.end <= m.start()
                          and REGION_NOUN_GAP.fullmatch(text, e.end, m.start())
                          for e in sent_ents))]
    for m in PLACE_CUT.finditer(text, start, end):
        stop = next((c.start() for c in _ANY_CUT.finditer(text, m.end(), end)), end)
        if any(m.end() <= k < stop for k in kind_at) and any(start <= k < m.start() for k in kind_at):
            cuts.append(m.start())
    elliptic = [m.start() for m in ELLIPTIC_CUT.finditer(text, start, end)]
    # «…центры в Омске, а в следующем году откроет в Барнауле»: a clause whose verb has its
    # object left out (a stage verb, no kind cue) is a site of the kind before it
    verbs = [toks[h.first].start for h in hits if h.cue.field == "status"]
    elliptic += [c for c, nxt in pairwise([*sorted(set(cuts[1:])), end])
                 if any(c < v < nxt for v in verbs) and not any(c < k < nxt for k in kind_at)]
    added = added_site_cuts(hits, toks, text)
    elliptic += added
    cuts += firm_list_cuts(text, start, end)
    cuts = sorted(set(cuts + elliptic + repeated_kind_cuts(hits, toks, text)))
    cuts.append(end)
    clauses = list(pairwise(cuts))
    if len(clauses) > 1 and all(any(e.type in ("enterprise", "region") and a <= e.start < b
                                     for e in sent_ents) for a, b in clauses):
        kinds = [h for a, b in clauses for h in kinds_of(
            ctx, [h for h in hits if a <= toks[h.first].start < b])]
        for (pa, pb), (a, b) in pairwise(clauses):
            prev = [h for h in kinds if pa <= toks[h.first].start < pb]
            if a in elliptic and prev and not any(
                    a <= toks[h.first].start < b for h in kinds):
                k = next(n for n, t in enumerate(toks) if t.start > a) + 1  # after «а»
                if a in added:  # «к ним добавится центр …»: the site's noun
                    k = next((n + 1 for n, t in enumerate(toks) if t.start > a
                              and t.lemma in words("another_site")), k)
                kinds.append(CueHit(cue=prev[-1].cue, first=k, last=k))
    else:
        kinds = kinds_of(ctx, hits)
    return clauses, kinds
