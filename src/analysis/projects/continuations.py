"""What a sentence adds to the project last told when it read no project of its own (the end
of `analysis.projects.reader.ArticleReader.mentions_as`, once the sentence's adjacency is
known): a party joining («Инвестором проекта выступает …», «Заказчик — АО «…»» right after
the project's sentence), another site of a project announced before («Ещё один участок
заработает в Оренбурге»), a halt or a restart right after a project, and a sentence that
continues a project by its stage or its date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.projects.agreements import terms_agreed
from analysis.projects.client_next import opens_with_client
from analysis.projects.cues import words
from analysis.projects.enumeration import listed_regions
from analysis.projects.kind_reports import retold_at
from analysis.projects.location import location_of
from analysis.projects.mention import Mention
from analysis.projects.output_time import first_output, output_year
from analysis.projects.relations import syntax_words
from analysis.projects.sentence_sites import SiteReader
from analysis.projects.stance import on_trial, status_near, told_resumed

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.entities import Entity
    from analysis.projects.cues import CueHit, Token
    from analysis.projects.kind_context import KindContext
    from analysis.projects.mention import ReadSentence

__all__ = ["ContinuationReader", "SentenceRead", "explains_last"]


def explains_last(toks: list[Token]) -> bool:
    """Does the sentence open with the words that explain what was just told («Речь идёт о
    …», «Идёт речь о …»: the lemmas of ``explains_opening``, in either order)?"""
    opening = words("explains_opening")
    return {t.lemma for t in toks[:len(opening)]} == opening


@dataclass(frozen=True, slots=True)
class SentenceRead:
    """What `mentions_as` read of sentence `idx` before its adjacency is known."""

    idx: int
    sent: ReadSentence
    toks: list[Token]
    read: list[Mention]  # the mentions its kind cues gave
    adds: bool  # it announces another site («ещё один», «также»)
    own: set[str]  # the enterprises it names
    role_only: bool  # its statuses are a party's role verb's only («Проект реализует компания …»)
    ru: list[Entity]  # its Russian places
    by: list[Entity]  # its Belarusian places
    statuses: list[CueHit]
    ctx: KindContext
    halted: str  # a halt it tells (`vocab.HALTS`), "" for none
    reference: bool  # it refers back to the project last told
    partner_only: bool  # its firms are all named as partners («совместно с …»)
    own_site: bool  # its subject's own place names another site
    here_is_own: bool  # «здесь» after a place is that place
    timeline_of: Callable[[], str | None]  # its date, read on demand
    timeline_for: Callable[[str], str | None]  # the timeline of a mention of a status


class ContinuationReader(SiteReader):
    """The continuation of a project told before, for one article's sentences (the base of
    `ArticleReader`)."""

    def continued(self, reading: SentenceRead, adjacent: bool) -> list[Mention]:
        """The sentence's mentions once `adjacent` is known (the previous sentence of the
        paragraph mentioned a project): those its kind cues read, else what it adds to the
        project before."""
        r = reading
        idx, sent, toks, text, own, ru, by = r.idx, r.sent, r.toks, self.text, r.own, r.ru, r.by
        statuses, ctx, halted, reference, adds = r.statuses, r.ctx, r.halted, r.reference, r.adds
        role_only, partner_only, read = r.role_only, r.partner_only, r.read
        own_site, here_is_own, timeline_of, timeline_for = (r.own_site, r.here_is_own,
                                                             r.timeline_of, r.timeline_for)
        found, more = list(read), adds
        if adjacent and explains_last(toks):
            # «… подписали соглашение о создании сборочного производства лифтов. Речь идёт о
            # сборке кабин …, а также о монтаже и обслуживании лифтов»: what the project just
            # told is made of, not projects (nor stages) of their own
            return [Mention(sentence=sent, kind=None, status="unknown", enterprises=own,
                            region=self._region(ru, by, sent.start, own), reference=True)]
        # («к 2030 году объём кредитов на кооперационные проекты составит …»: projects in
        # the plural are projects in general, not the one last told)
        refers = adjacent or reference or any(
            t.lemma in words("reference_anywhere") and "plur" not in t.tags for t in toks
        ) or first_output(toks)  # («первые автобусы планируют выпустить во втором полугодии»)
        if not found and own and role_only and ((
                not words("project_roles").isdisjoint(sent.lemmas)
                and (not words("reference_anywhere").isdisjoint(sent.lemmas)
                     or ((adjacent or self._opens_paragraph(idx))
                         and toks[0].lemma in words("project_roles"))
                     or not words("respectively").isdisjoint(sent.words)))
                or (adjacent and opens_with_client(toks))):
            # «Инвестором проекта выступает компания «Транспортные системы»»: a party joins;
            # so does «Партнёр — компания «…»» or «Заказчик — АО «…»» (`client_next`) right
            # after the project's sentence, «Партнёром выступает ОАО «…»» opening the next
            # paragraph too, and «Партнёрами выступают соответственно …» after sites listed
            # (respective_partners)
            found.append(Mention(sentence=sent, kind=None, status="unknown", enterprises=own,
                                 region=self._region(ru, by, sent.start, own), reference=True))
        # «откроются ещё шесть магазинов»: shops opened sell; no site nor stage of a project
        retail = not found and not words("retail").isdisjoint(sent.lemmas)
        # «подписаны договоры о поставках …», «Очередное заседание пройдёт в Курске»: trade or
        # a gathering (``event_nouns``) with no kind cue adds no site to those announced
        traded = not found and not (words("trade") | syntax_words("event_nouns")).isdisjoint(sent.lemmas)
        if retail or traded:
            more = False
        if not found and ru and statuses and not retail and not traded \
                and self.context.sites_announced_before(idx):
            more = True  # «откроет центры в четырёх регионах» … «очередь дойдёт до Омска»
        if not found and more and ru and not retold_at(ctx, ru[0].start):
            # «Ещё один участок заработает в Оренбурге»: a new site of the project last told
            status = status_near(statuses, toks, 0) if statuses else "planned"
            found += [Mention(sentence=sent, kind=None, status=status, enterprises=own,
                              region=r, location=location_of(r, ru, by, self.info),
                              placed=True, reference=True, another=True)
                      for r in listed_regions(ru, ru[0].start, text) or [ru[0].normal]]
        if not found and adjacent and (halted or told_resumed(sent)):
            # «… заём на сборку картофелекопателей … Производство в Стародубе приостановлено»:
            # a halt right after a project is told is that project's (its stage: unknown);
            # so is a restart («почему линию пришлось остановить и как её удалось
            # запустить снова»: running again, its halt over)
            resumed = told_resumed(sent)
            found.append(Mention(sentence=sent, kind=None,
                                 status="operating" if resumed else "unknown",
                                 enterprises=own, region=self._region(ru, by, sent.start, own),
                                 reference=True, halted="" if resumed else halted,
                                 resumed=resumed))
        # «Его создали …», «Открыть его намерена дочка завода — ООО «…»»: a pronoun object
        # before the verb's subject points at the project last told
        pronoun = toks[0].word in words("pronoun_start") or (
            len(toks) > 2 and toks[0].pos == "INFN" and toks[1].word in words("pronoun_start"))
        # «На 2026 год предприятие планирует увеличить поставки в Россию до …»: a firm named by
        # its noun planning its trade goes on about the firm, not the project (newuser41 F5)
        firms_trade = reference and not own and not words("trade").isdisjoint(sent.lemmas) and any(
            t.lemma in words("firm_reference") and "nomn" in t.tags for t in toks)
        if not found and (statuses or (pronoun and adjacent)) and (
                own or (refers and timeline_of()) or (reference and adjacent)) and not retail \
                and not firms_trade:
            # No kind cue: may still continue a project («Соглашение … «БЕЛАЗ» … подписано»,
            # «Ввод … второй очереди предприятия запланирован на вторую половину 2025 года»).
            status = status_near(statuses, toks, 0)
            # a sentence that continues the project by its date alone does not move it to
            # Belarus: «первые партии уйдут в Минск во втором квартале», «обучение на
            # заводе в Минске, соглашение подпишут в первом квартале»
            at = by if own or (reference and adjacent) else []
            found.append(Mention(
                sentence=sent, kind=None, status=status, enterprises=own,
                region=(region := self._region(ru, at, sent.start, own)),
                location=location_of(region, ru, at, self.info), placed=bool(ru or at),
                timeline=None if not own and output_year(
                    text[sent.start:sent.end], timeline_for(status)) else timeline_for(status),
                reference=not own or pronoun or (partner_only and toks[0].lemma in words(
                    "reference_start")),  # «Проект реализуется совместно с …»
                new_site=bool(ru) and (own_site or here_is_own),
                halted=halted))  # «Совместное предприятие … прекращает работу»
        return terms_agreed(toks, on_trial(toks, found))

    def _opens_paragraph(self, idx: int) -> bool:
        """Does sentence `idx` open a paragraph after the text's first?"""
        return idx > 0 and self.sents[idx - 1].paragraph != self.sents[idx].paragraph
