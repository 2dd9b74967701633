"""Where the projects of one sentence are (`SiteReader`, the base of `ArticleReader`): the
places the sentence names (`analysis.projects.places`), else the site the sentences around
give it — an interview's «мы» at the maker's home, a Belarusian maker's paragraph placed in
Belarus only or its own plant, the list of sites the sentence before gave («На каждом из них
собирают лифты»), the scene the paragraph set, or where the work told next is done («…
изготовление опытных образцов пройдут в Лиде»).
"""

from __future__ import annotations

from typing import NamedTuple

from analysis.entities import Entity, is_russian_region
from analysis.projects.article_entities import ArticleEntities
from analysis.projects.clauses import points_at_list
from analysis.projects.client_next import assembles_them, opens_with_client
from analysis.projects.cues import CueHit, Token, cue_hits, words
from analysis.projects.enumeration import listed_regions
from analysis.projects.firm_homes import ADJECTIVE_ROLES
from analysis.projects.location import came_from, paragraph_belarus, reached_to, shipped_to
from analysis.projects.mention import ReadSentence
from analysis.projects.placed_abroad import places_abroad
from analysis.projects.places import scene_before, sentence_places
from analysis.projects.work_site import (
    doer_own_site,
    for_a_client,
    in_client_phrase,
    placeless,
    work_site_after,
)

_PLANT_LOOKBACK = 2  # sentences searched back for the plant «на предприятии» points at


class SentenceSites(NamedTuple):
    """Where a sentence's projects are: its Russian and Belarusian places, whether they are
    placed there (`located`), whether the sentence or its scene named a place (`told_place`),
    and the site a later sentence gives the work (`site_after`: its Russian and Belarusian
    places, or a falsy value)."""

    ru: list[Entity]
    by: list[Entity]
    located: bool
    told_place: bool
    site_after: object


class SiteReader(ArticleEntities):
    """The sites of an article's sentences (its entities and parties: `ArticleEntities`)."""

    def sites(self, idx: int, sent: ReadSentence, sent_ents: list[Entity], firms: list[Entity],
              kinds: list[CueHit], enterprises: set[str]) -> SentenceSites:
        """Where the projects of sentence `idx` are: `sent_ents` its entities, `firms` its
        parties named, `kinds` its kind cues, `enterprises` all its parties."""
        text, toks = self.text, sent.toks
        ru, by, located, for_client = sentence_places(self.place_reading, sent, sent_ents, firms,
                                                      triggered=bool(kinds))
        if not (ru or by) and for_client and self.context.speaks_as_we(idx):
            # «Для орловской компании «…» мы изготавливаем рамы»: the client's home set aside,
            # «мы» of an interview with a Belarusian maker is the maker, at home (work_site)
            by = self.context.interviewee_site()
            located = bool(by)
        # (a Russian client named next: «Заказчик — российское АО «…»»; not «Заказчик —
        # Минский тракторный завод» after work in Russia)
        told_next = idx + 1 < len(self.sents) and self.sents[idx + 1].paragraph == sent.paragraph \
            and opens_with_client(self.sents[idx + 1].toks) and not any(
                self.info.get(e.normal, {}).get("country") == "BY"
                for e in self.entities_in(idx + 1, "enterprise"))
        home = [e for e in firms if self.info.get(e.normal, {}).get("country") == "BY"]
        # («…для борон, которые собирает новозыбковское ООО «…»»: the assembler is a client)
        assemblers = [e for e in firms if e not in home and assembles_them(toks, e)]
        makers = [e for e in firms if e in home or not (in_client_phrase(toks, e) or e in assemblers)]
        # («Кассеты для российского партнёра МЗМК выпускает …»: the client unnamed, Russian)
        for_client = for_client or (not (ru or by) and bool(home) and for_a_client(
            toks, sent_ents, lambda e: self.info.get(e.normal, {}).get("country")))
        if not (ru or by) and (for_client or told_next or assemblers) and len(home) == len(makers):
            # «Завод отливает корпуса по заказу тульского ООО «…»», «ОАО «…» отливает станины.
            # Заказчиком выступает ивановское ООО «…»»: the client's home set aside, the
            # Belarusian maker the sentence names, or points at (`context`; «на предприятии»:
            # the Belarusian plant told just before), works at home
            by = home[:1] if home else (self._maker_told_before(idx, enterprises)
                                        or self._plant_pointed_at(idx, toks))
            located = located or bool(by)
        if not (ru or by) and firms and all(self.info.get(e.normal, {}).get("country") == "BY"
                                            for e in firms):
            # a Belarusian maker's sentence in a paragraph placed in Belarus only (a digest item)
            # (not a place the goods are shipped to: «Первая партия отгружена в Минск», nor
            # one someone comes from: «Гендиректора назначили из Минска», nor a route's end:
            # «до белорусской столицы 400 километров»)
            by = paragraph_belarus([[e for e in self.entities_in(j, "region")
                                     if not shipped_to(text, self.sents[j].toks, e)
                                     and not came_from(text, e) and not reached_to(text, e)]
                                    for j in self.context.paragraph(idx)])
            if not by and doer_own_site(text, sent.start, sent.end):
                # «а МЗКТ устанавливает его на свое шасси»: the Belarusian firm works at its own
                # plant («на своих мощностях», «на своей площадке»), at home
                by = firms[:1]
            located = bool(by)
        if not (ru or by) and kinds and idx > 0 and points_at_list(toks):
            # «…в Самаре, Пензе и Челябинске. На каждом из них собирают лифты»: the sites of
            # the list the sentence before gave
            before = [e for e in self.entities_in(idx - 1, "region") if is_russian_region(e.normal)]
            if len(listed_regions(before, before[-1].start, text) if before else []) > 1:
                ru, located = before, True
        if not (ru or by) and kinds and (firms or there_set_up(toks)) and idx > 0 \
                and "там" in sent.words and self.sents[idx - 1].paragraph == sent.paragraph:
            # «Про Смоленск не ведись. Там сборку «Беларусов» прекратили», «… присматривается к
            # Нижнему Новгороду. Компания планирует открыть там центр вместе с ООО «…»»: «там»
            # is the one place the sentence before names, in any case, for a sentence naming
            # its own firm (session 30; a firm-less «Там обсудили сборку …» stays unplaced),
            # or beside a word of setting up («Это Димитровград. Соглашение о создании там
            # участка сборки подписали …»: session 33)
            ru, by = self._there(idx - 1)
            located = located or bool(ru or by)
        if not (ru or by) and kinds and idx > 0 and self.sents[idx - 1].paragraph == sent.paragraph \
                and not places_abroad(sent):
            # («Описан и проект в Казахстане, где …»: a sentence set abroad takes no scene)
            ru, by = scene_before(self.place_reading, self.sents[idx - 1],
                                  self.entities_in(idx - 1))
            located = located or bool(ru or by)
        # (a sentence that named no place at all stays unplaced, and one that tells again a
        # kind told just before continues that project: «СП в Борисове …» — «СП учредили …»)
        told_place = bool(ru or by)
        # («Вместе с нашими конструкторами они ведут совместную разработку …» after the
        # partner's engineers were named: a development's parties told before, round 63)
        parties = firms or (enterprises and any(h.cue.value == "joint_development" for h in kinds))
        site_after = parties and kinds and placeless(text, toks, ru, by) and (
            told_place or not self._kind_told_before(idx, {h.cue.value for h in kinds})) \
            and work_site_after(text, self.sents, self.entities_in, idx,
                                enterprises | {e.normal for e in firms}, self.in_name,
                                any(h.cue.value == "joint_development" for h in kinds),
                                any(h.cue.value == "joint_venture" for h in kinds))
        if site_after:
            # «… договорились о совместной разработке сеялок. Конструкторская работа и
            # изготовление опытных образцов пройдут в Лиде»: where the work is done
            ru, by = site_after
        return SentenceSites(ru, by, located, told_place, site_after)

    def _maker_told_before(self, idx: int, parties: set[str]) -> list[Entity]:
        """The last mention before sentence `idx` of its one Belarusian party, a firm it
        names only by a generic noun (none when it has none or several)."""
        makers = {f for f in parties if self.info.get(f, {}).get("country") == "BY"}
        if len(makers) != 1:
            return []
        return next(([e] for j in range(idx - 1, -1, -1)
                     for e in reversed(self.entities_in(j, "enterprise")) if e.normal in makers), [])

    def _plant_pointed_at(self, idx: int, toks: list[Token]) -> list[Entity]:
        """«Сейчас на предприятии изготавливают …» after «…побывала на ОАО «Лидский завод
        …»»: a plant's noun (``plant_site``) in the locative after «на», with no adjective,
        points at the one Belarusian firm the sentences just before name (none when they
        name none or several)."""
        plants = words("plant_site")
        if not any(t.lemma in plants and "loct" in t.tags and toks[k - 1].word == "на"
                   for k, t in enumerate(toks) if k):
            return []
        named = [e for j in range(max(0, idx - _PLANT_LOOKBACK), idx)
                 for e in self.entities_in(j, "enterprise")
                 if self.info.get(e.normal, {}).get("country") == "BY"]
        return named[-1:] if len({e.normal for e in named}) == 1 else []

    def there_set_up_before(self, idx: int, toks: list[Token]) -> bool:
        """Does sentence `idx` set something up «там» (`there_set_up`) right after a sentence
        of its paragraph naming one place? That place is the new site, not the project last
        told («— Это Димитровград. Соглашение о создании там участка сборки …»)."""
        return idx > 0 and self.sents[idx - 1].paragraph == self.sents[idx].paragraph \
            and there_set_up(toks) and any(self._there(idx - 1))

    def _there(self, j: int) -> tuple[list[Entity], list[Entity]]:
        """The one place sentence `j` names (no adjective, none inside a firm's name), as
        (Russian, Belarusian) places; both empty when it names none or several."""
        places = [e for e in self.entities_in(j, "region")
                  if e.role not in ADJECTIVE_ROLES and id(e) not in self.in_name]
        if len({e.normal for e in places}) != 1:
            return [], []
        return (places, []) if is_russian_region(places[0].normal) else ([], places)

    def _kind_told_before(self, idx: int, kinds: set[str], back: int = 3) -> bool:
        """Does one of the `back` sentences before `idx` hold a kind cue of `kinds` and name a
        place? (Not a headline naming no firm, a paragraph of its own at the text's start:
        «Солигорское СП выпустило сотый скип» sums up the story the lead tells first, with its
        parties. A sentence that told the venture with no place of its own leaves its site to
        be told after the lead: «… итоги года совместного предприятия» — «СП «…», созданное
        компанией вместе с ОАО «…», выпустило …» — «Производство размещено в Орше»; a
        headline that names a Russian place placed it: «В Прокопьевске начали варить кузова»,
        not one that names a partner by its home's adjective: «БЖД и саратовский завод
        договорились о СП» — «Производство разместят в Осиповичах».)"""
        return any(h.cue.field == "kind" and h.cue.value in kinds
                   for j in range(max(0, idx - back), idx)
                   if (places := self.entities_in(j, "region")) and (
                       not self._bare_headline(j, idx)
                       or any(is_russian_region(e.normal) and e.role not in ADJECTIVE_ROLES
                              for e in places))
                   for h in cue_hits(self.sents[j].toks))

    def _bare_headline(self, j: int, idx: int) -> bool:
        """Is sentence `j` a headline (the text's first paragraph, before `idx`'s) naming no
        firm?"""
        return self.sents[j].start == 0 and self.sents[j].paragraph != self.sents[idx].paragraph \
            and not self.entities_in(j, "enterprise")


def there_set_up(toks: list[Token]) -> bool:
    """«о создании там участка», «откроют там центр», «там построят цех»: «там» right before
    or after a word of setting up (``set_up``, ``founding_heads``) places what is set up
    where the sentence before pointed, whoever does it."""
    setting = words("set_up") | words("founding_heads")
    return any(t.word == "там" and any(toks[j].lemma in setting for j in (k - 1, k + 1)
                                         if 0 <= j < len(toks))
               for k, t in enumerate(toks))
