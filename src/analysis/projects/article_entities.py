"""The article as `analysis.projects.reader` reads it: its sentences, its entities by sentence
(datelines, street names and places inside firm names set aside), the Russian region it is mostly about, and
the parties and region a sentence's project takes from them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from analysis.entities import (
    Entity,
    belarusian_districts,
    district_regions,
    enterprise_info,
    is_russian_region,
    unlisted_town,
)
from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern
from analysis.projects.context import SentenceContext
from analysis.projects.cues import word_info, words
from analysis.projects.denied_places import denied_places
from analysis.projects.firm_homes import firm_after
from analysis.projects.location import ADJECTIVE_ROLES, directed_form, shipped_to
from analysis.projects.mention import ReadSentence, read_sentences
from analysis.projects.places import PlaceReading, customers_at
from analysis.projects.relations import ClauseSyntax
from analysis.projects.streets import street_places
from analysis.projects.town_adjectives import belarusian_home

if TYPE_CHECKING:
    from analysis.ingest import Article
    from analysis.projects.syntax import SyntaxReader


_LOCATIVE_PREP = lazy_compile(r"(?:^|[\s«(])(?:в|во|на)\s+$", re.IGNORECASE)
# «Москва сделала выбор», «предложили Москве»: the capital often stands for the government.
_METONYMIC = frozenset({"Москва"})
# A news-agency dateline opening a paragraph: «Минск, 30 июня (БЕЛТА) –», «МОСКВА, 5 марта.
# /ТАСС/.», and a press release's «Минск, 12 ноября 2012 г. —» (a year and a dash, no
# agency). It says where the reporter filed from, not where a project is.
_DATELINE = lazy_compile(
    r"(?m)^[ \t]*[А-ЯЁ][А-ЯЁа-яё-]+(?:[ \t]+[А-ЯЁ][А-ЯЁа-яё-]+)?,[ \t]+\d{1,2}[ \t]+[а-яё]+"
    r"(?:(?:[ \t]+\d{4})?[ \t.,]*(?:\([^()\n]{2,30}\)|/[^/\n]{2,30}/)[ \t.,]*[-–—]?"
    r"|[ \t]+\d{4}(?:[ \t]+г\.)?[ \t]+[-–—])")
_PLACE_TYPES = ("region", "country")
# the word before «в» and a place: «пойдут в …», «агрохолдингу в …»
_WORD_THEN_IN = lazy_compile(r"([А-Яа-яЁё]+)\s+во?\s+$")
_MARKET_LOOK = 40  # characters looked back from a place for that word


@cache
def _client_before() -> re.Pattern[str]:
    """What stands right before a place adjective that introduces a client: «для»
    (``client_preposition``), or «по» / «под» and a client noun (``client_noun``, by its stem:
    «по заказу», «по документации», «под заказ»)."""
    preps = "|".join(sorted(words("client_preposition")))
    stems = "|".join(sorted(n[:-1] if n[-1] in "аяео" else n for n in words("client_noun")))
    return compile_pattern(rf"(?:(?<![\w-])(?:{preps})|(?<![\w-])(?:по|под)\s+(?:{stems})\w*)\s+$",
                           re.IGNORECASE)
# a quoted name made of one hyphenated word («Брест-Урал»): its parts are no places
_QUOTED_COMPOUND = lazy_compile(r"«([А-ЯЁA-Z][\w]*(?:-[\w]+)+)»")
# the words right before a firm: «бывшего завода «», «бывшей площадке », «бывшего »
_WORDS_BEFORE = lazy_compile(r"((?:[А-Яа-яЁё-]+\s+){1,3})[«\"]?$")
_FORMER_SPAN = 40  # characters looked back from a firm for «бывший» and its site noun


def former_sites(text: str, ents: list[Entity]) -> set[int]:
    """ids of the enterprises named as a former owner of a site («на площадке бывшего завода
    «Велта»», «в цехах бывшего Юргинского машиностроительного завода», «на бывшей площадке
    ЮМЗ»): the firm is gone or has left, its name only says where the site is; it is a place,
    not a party to the project (``former``)."""
    former = words("former")
    out = set()
    for e in ents:
        if e.type != "enterprise":
            continue
        m = _WORDS_BEFORE.search(text, max(0, e.start - _FORMER_SPAN), e.start)
        if m and any(w.lower().startswith(tuple(former)) for w in m.group(1).split()):
            out.add(id(e))
    return out


class ArticleEntities:
    """One article's sentences and entities, and who and where they name."""

    def __init__(self, article: Article, ents: list[Entity],
                 syntax: SyntaxReader | None = None) -> None:
        self.article = article
        # the tree decides a trigger's place among several regions, and delivery traps
        self.syntax = ClauseSyntax(syntax, article.text) if syntax is not None else None
        self.text = article.text
        self.sents = read_sentences(article)
        self.info = enterprise_info()
        former = former_sites(self.text, ents)
        if former:  # the old plant whose site is used is no partner
            ents = [e for e in ents if id(e) not in former]
        streets = street_places(self.text, ents)
        if streets:  # «на улице Кемеровской»: an address, no place
            ents = [e for e in ents if id(e) not in streets]
        denied = denied_places(self.text, ents)
        # «начнёт не с Минска»: the project is not there (where the place stood: `denied_only`)
        self.denied_at = sorted(e.start for e in ents if id(e) in denied)
        if denied:
            ents = [e for e in ents if id(e) not in denied]
        # «открылся сервисный центр в Кармаскалинском районе»: a district named after its town
        # is a place of its region, resolved as the figures' region is (`district_regions`)
        named = {e.normal for e in ents if e.type == "region" and is_russian_region(e.normal)}
        districts = [Entity(start=a, end=b, surface=self.text[a:b], type="region", normal=r,
                            role="district") for a, b, r in district_regions(self.text, named)]
        # «в Смолевичском районе»: a district named after a Belarusian town is in Belarus
        taken = [(e.start, e.end) for e in ents]
        districts += [Entity(start=a, end=b, surface=self.text[a:b], type="region", normal=r,
                             role="district") for a, b, r in belarusian_districts(self.text)
                      if not any(s < b and a < t for s, t in taken)]
        if districts:
            ents = sorted([*ents, *districts], key=lambda e: e.start)
        self.ents = ents
        self.regions = {e.normal for e in ents if e.type == "region"}
        # «собрало банкоматы для казанского ООО «…»», «по заказу пермской компании»: a place
        # adjective introducing a client says where the client is, not where the work is done
        # (session 31: rows placed at a client's home on the first looks of rounds 27, 38, 46)
        self.client_adjectives = {id(e) for e in ents if e.type == "region"
                                  and e.role in ADJECTIVE_ROLES and firm_after(self.text, e.end)
                                  and _client_before().search(self.text, max(0, e.start - 30),
                                                              e.start)}
        self.dominant = self._dominant_region()
        datelines = [m.span() for m in _DATELINE.finditer(self.text)]
        if datelines:
            self.ents = [e for e in ents if not (e.type in _PLACE_TYPES and any(
                a <= e.start < b for a, b in datelines))]
        # «Волжский металлокаркас»: a place inside a firm's name is no place (it still tells
        # the firm's country, so the entity stays)
        named = bytearray(len(self.text) + 1)
        for e in ents:
            if e.type == "enterprise":
                named[e.start:e.end] = b"\x01" * (e.end - e.start)
        # so is a part of a quoted name made of one hyphenated word («под маркой «Брест-Урал»»):
        # one word, a name, whoever's it is (not «ОЭЗ «Алабуга»»: the whole name is the place)
        for m in _QUOTED_COMPOUND.finditer(self.text):
            named[m.start(1):m.end(1)] = b"\x01" * (m.end(1) - m.start(1))
            named[m.start(1)] = named[m.end(1) - 1] = 2  # a place the whole word is stays
        self.in_name = {id(e) for e in self.ents
                        if e.type in _PLACE_TYPES and all(named[e.start:e.end])
                        and not (named[e.start] == 2 and named[e.end - 1] == 2)}
        # «Казанский … университет (КНИТУ-КАИ)»: a partner the list lacks is at home in the
        # Russian place its name opens with
        opening = {e.start: e.normal for e in ents if e.type == "region"}
        self.homes = {f.normal: opening[f.start] for f in ents if f.type == "enterprise"
                      and f.normal not in self.info and f.start in opening
                      and is_russian_region(opening[f.start])}
        # «курское АО «КурскМедПрибор»»: so is one its town's adjective introduces
        introduced = {m.end(): e.normal for e in ents if e.type == "region"
                      and e.role in ADJECTIVE_ROLES and is_russian_region(e.normal)
                      and (m := firm_after(self.text, e.end))}
        self.homes |= {f.normal: introduced.get(f.start) or introduced[f.start + 1] for f in ents
                       if f.type == "enterprise" and f.normal not in self.info
                       and f.normal not in self.homes
                       and (f.start in introduced or f.start + 1 in introduced)}
        # (the firms a client's adjective introduces: their home places no project)
        for_clients = {m.end() for e in ents if id(e) in self.client_adjectives
                       and (m := firm_after(self.text, e.end))}
        self.client_firms = {f.normal for f in ents if f.type == "enterprise"
                             and (f.start in for_clients or f.start + 1 in for_clients)}
        # «ОАО «Могилевский металлургический завод»», «гродненское ООО «…»»: a partner the list
        # lacks whose name opens with a Belarusian place, or whom a Belarusian place's adjective
        # introduces, is a Belarusian maker (its site is in Belarus, as a listed one's is)
        by_introduced = {m.end(): e.normal for e in ents if e.type == "region"
                         and e.role in ADJECTIVE_ROLES and not is_russian_region(e.normal)
                         and (m := firm_after(self.text, e.end))}
        belarusian = {f.normal: home for f in ents if f.type == "enterprise"
                      and f.normal not in self.info and f.normal not in self.homes
                      and (home := belarusian_home(f.normal) or by_introduced.get(f.start)
                           or by_introduced.get(f.start + 1))}
        if belarusian:
            self.info = {**self.info, **{f: {"country": "BY", "home_region": home, "parent": ""}
                                         for f, home in belarusian.items()}}
        # Which entities stand in which sentence, found once by sorted offsets (bisect): the
        # cost stays linear on huge articles. Each list keeps the entities' given order.
        self._order = sorted(range(len(self.ents)), key=lambda k: self.ents[k].start)
        self._starts = [self.ents[k].start for k in self._order]
        self._in_sent = [self._between(s.start, s.end, whole=True) for s in self.sents]
        self.context = SentenceContext(self.text, self.sents, self.entities_in)
        self.place_reading = PlaceReading(text=self.text, info=self.info, in_name=self.in_name,
                                          syntax=self.syntax)

    def denied_only(self, idx: int) -> bool:
        """«Значительная часть изделий собирается уже не в Витебске»: sentence `idx` named a
        place only to deny it (`denied_places`) and names no other: it tells where its project
        is not, no project of its own."""
        sent = self.sents[idx]
        k = bisect_left(self.denied_at, sent.start)
        return k < len(self.denied_at) and self.denied_at[k] < sent.end and not any(
            e.type in _PLACE_TYPES for e in self.entities_in(idx))

    def _between(self, start: int, end: int, whole: bool = False) -> list[Entity]:
        """The entities starting in [start, end) (`whole`: ending by `end` too), in order."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        ents = self.ents
        return [ents[k] for k in sorted(self._order[lo:hi]) if not whole or ents[k].end <= end]

    def _dominant_region(self) -> str | None:
        """The Russian region named most often (after a locative preposition for «Москва»).
        None when every Russian place the article names is a place the goods go to («первые
        машины пойдут в Омскую область»: `shipped_to`) or where their customers are
        («передадут агрохолдингу в Белгородской области»: `customers_at`): a market, not
        where the article's work is (session 31; where another region is named, a place
        parts are shipped to may be the assembly's: «Шасси … поступают в Кунгур»)."""
        counts: Counter[str] = Counter()
        located: set[str] = set()
        ours = [e for e in self.ents if e.type == "region" and is_russian_region(e.normal)
                and id(e) not in self.client_adjectives]
        if ours and all(self._maybe_market(e) for e in ours):
            markets = self._market_places()
            if all(id(e) in markets for e in ours):
                return None
        for e in ours:
            counts[e.normal] += 1
            before = self.text[max(0, e.start - 5):e.start]
            # («в московском представительстве», «московская компания»: an office or a
            # firm of the capital, not a place of work; «в Москве» is one)
            if e.normal not in _METONYMIC or (_LOCATIVE_PREP.search(before)
                                              and e.role not in ADJECTIVE_ROLES):
                located.add(e.normal)
        return next((r for r, _ in counts.most_common() if r in located), None)

    def _maybe_market(self, e: Entity) -> bool:
        """Could place `e` be a market, read without tokenising its sentence: a name after
        «в» that reads only as a direction, or one after «в» right after a customer noun
        (``customer_noun``)? (Most articles' places are not: their sentences stay unread.)"""
        if e.role in ADJECTIVE_ROLES:
            return False
        m = _WORD_THEN_IN.search(self.text, max(0, e.start - _MARKET_LOOK), e.start)
        if m is None:
            return False
        return directed_form(e.surface) or \
            word_info(m.group(1)).analysis.lemma in words("customer_noun")

    def _market_places(self) -> set[int]:
        """ids of the Russian places the goods go to or the customers are at, sentence by
        sentence (only sentences naming a Russian region are read)."""
        starts = [s.start for s in self.sents]
        by_sent: dict[int, list[Entity]] = {}
        for e in self.ents:
            if e.type == "region" and is_russian_region(e.normal) and e.role not in ADJECTIVE_ROLES:
                k = bisect_left(starts, e.start + 1) - 1
                if k >= 0 and e.end <= self.sents[k].end:
                    by_sent.setdefault(k, []).append(e)
        out: set[int] = set()
        for k, ents in by_sent.items():
            toks = self.sents[k].toks
            out |= {id(e) for e in ents if shipped_to(self.text, toks, e)}
            out |= {id(e) for e in customers_at(self.text, toks, ents)}
        return out

    def entities_in(self, idx: int, type_: str | None = None) -> list[Entity]:
        """The entities of sentence `idx` (of one type, or all)."""
        ents = self._in_sent[idx]
        return ents if type_ is None else [e for e in ents if e.type == type_]

    # -- who and where -------------------------------------------------------

    def article_firms(self) -> set[str]:
        """The enterprises the article names anywhere."""
        return {e.normal for e in self.ents if e.type == "enterprise"}

    def firms_told_next(self, idx: int) -> tuple[Entity, ...]:
        """The firms of the sentence after `idx` when it is of the same paragraph."""
        if idx + 1 >= len(self.sents) or self.sents[idx + 1].paragraph != self.sents[idx].paragraph:
            return ()
        return tuple(self.entities_in(idx + 1, "enterprise"))

    def _other_side(self, idx: int, firms: list[Entity], belarusian: bool = False) -> set[str]:
        """«совместным с белорусским «МотоВелоЗавод»»: the subject is an earlier enterprise
        (`belarusian`: a Belarusian one, the maker a Russian partner works «совместно с»)."""
        countries = {self.info.get(e.normal, {}).get("country") for e in firms}

        def other(e: Entity) -> bool:
            country = self.info.get(e.normal, {}).get("country")
            return e.type == "enterprise" and country not in countries and (
                country == "BY" or not belarusian)

        lo = self.sents[max(0, idx - 3)].start
        earlier = [e for e in self._between(lo, self.sents[idx].start) if other(e)]
        if not earlier and belarusian:
            # none just before: the plant the article opens on (its own release names itself
            # first, then «совместно с российским партнером …»; newuser41 F5)
            earlier = [e for e in self._between(0, self.sents[idx].start) if other(e)][:1]
        return {earlier[-1].normal} if earlier else set()

    def _unlisted_town(self, sent: ReadSentence, ents: list[Entity], region: str | None) -> str:
        """«в Тимашевске»: a town the lists lack, named in a sentence placed in `region`."""
        spans = [(e.start, e.end) for e in ents]
        return (unlisted_town(self.text, sent.start, sent.end, spans) or "") if region else ""

    def _region(self, ru: list[Entity], by: list[Entity], anchor: int,
                firms: set[str]) -> str | None:
        if ru:
            return min(ru, key=lambda e: abs(e.start - anchor)).normal
        if by:
            return None  # located in Belarus
        homes = [self.info[f]["home_region"] for f in sorted(firms)
                 if self.info.get(f, {}).get("country") == "RU" and self.info[f]["home_region"]]
        homes += [self.homes[f] for f in sorted(firms) if f in self.homes
                  and f not in self.client_firms]
        # The partner's home region only when the article is about it (КАМАЗ in Tatarstan
        # news); a Russian firm alone does not place a joint project in its home region.
        return next((h for h in homes if h in self.regions), self.dominant)
