"""Project mentions: what one sentence says of a project (steps 1-4 of the register).

`ArticleReader(article, ents, syntax).mentions(idx)` reads sentence `idx` of an article: its
kind cues (kept or dropped by the rules of `analysis.projects.kinds`) and status cues
(`analysis.projects.cues`), who takes part, where it is (`analysis.projects.places`), its
product (`analysis.projects.products`) and timeline (`analysis.projects.timelines`), and
whether it is kept at all. Where word windows fail (several regions, several firms and
triggers, a delivery), a `SyntaxReader` parses the sentence and the dependency tree decides
(`analysis.projects.relations`). Merging the mentions into projects is
`analysis.projects.merging`'s business.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from analysis.entities import is_russian_region, with_parents
from analysis.projects.agreements import without_signing_clauses
from analysis.projects.cancellation import cancellation
from analysis.projects.clauses import (
    hosted_by,
    points_back,
    read_clauses,
    regional_site_told,
    site_told_before,
)
from analysis.projects.continuations import ContinuationReader, SentenceRead
from analysis.projects.cue_mentions import CueReading, Dates, Opening, Parties, Places, kind_mentions
from analysis.projects.cues import CueHit, cue_hits, words
from analysis.projects.digest_items import item_firms
from analysis.projects.enumeration import another_site, listed_regions
from analysis.projects.firm_subject import firm_sets_up, protagonist
from analysis.projects.idle_sites import idle_halt
from analysis.projects.insolvency import insolvency_halt
from analysis.projects.kind_context import KindContext
from analysis.projects.kind_goods import not_made_at_home_and_sent
from analysis.projects.kind_negation import wished_only
from analysis.projects.kind_not_a_project import continues_none
from analysis.projects.kinds import intends
from analysis.projects.labels import quoted_labels
from analysis.projects.launch_event import launch_held
from analysis.projects.localisation import no_target_year
from analysis.projects.location import here_after_place
from analysis.projects.mention import Mention
from analysis.projects.moved_project import lent_product, moved_to
from analysis.projects.moved_site import moved_sites
from analysis.projects.placed_abroad import abroad, homes_only
from analysis.projects.pointing_words import local_kind, subject_reference, tells_another
from analysis.projects.products import PARTNER_BEFORE, split_makers
from analysis.projects.role_phrases import fleet_count, goods_attribute, volume_planned
from analysis.projects.stance import (
    closed_state_told,
    denial,
    denied,
    lender_act,
    never_started,
    resumption_timeline,
    tells_resumption,
    told_announced,
    told_halted,
)
from analysis.projects.timelines import (
    future_timeline,
    normalize_timeline,
    runs_since,
    since_only,
    since_timeline,
)
from analysis.projects.work_site import (
    on_base_spans,
    own_site_after,
)

if TYPE_CHECKING:
    from analysis.entities import Entity
    from analysis.projects.cues import Token
    from analysis.projects.mention import ReadSentence


@cache
def _roles() -> frozenset[str]:
    """Role nouns a sentence may open with to add a party: a project's (``project_roles``)
    and a client's (``client_role``)."""
    return words("project_roles") | words("client_role")


class ArticleReader(ContinuationReader):
    """Project mentions of one article, sentence by sentence (its entities and parties:
    `ArticleEntities`, their sites: `SiteReader`)."""

    # -- the sentence ----------------------------------------------------------

    def mentions(self, idx: int, adjacent: bool = False) -> list[Mention]:
        """Project mentions of sentence `idx`; `adjacent`: the previous sentence of the
        paragraph mentioned a project, so a bare date here continues it."""
        return self.mentions_as(idx, (adjacent,))[0]

    def mentions_as(self, idx: int, flags: tuple[bool, ...]) -> list[list[Mention]]:
        """`mentions(idx, adjacent)` for each `adjacent` of `flags`, the sentence read once:
        the flag only decides the early exit and what a sentence that gave nothing continues,
        so the clauses, kinds, places and parties are read once for both (the lists may share
        `Mention` objects: copy before changing one)."""
        nothing: list[list[Mention]] = [[] for _ in flags]
        op = self._opening(idx, flags)
        if not isinstance(op, Opening):
            return op
        cues = self._cue_reading(idx, op, flags)
        if not isinstance(cues, CueReading):
            return cues
        parties = self._parties(idx, op, cues)
        if parties is None:
            return nothing
        places = self._places(idx, op, cues, parties)
        if places is None:
            return nothing
        dates = self._dates(idx, op, cues, parties)
        read = kind_mentions(self, idx, op, cues, parties, places, dates)
        if places.lent_product is not None:
            # a project moved: what it makes, told before; a halt the sentence tells is the old
            # site's («площадка прекратила выпуск, производство перенесено на Кубань»)
            read = [replace(m, product=places.lent_product[0], product_key=set(places.lent_product[1]),
                            halted="") for m in read]
        reading = self._sentence_read(idx, op, cues, parties, places, dates, read)
        # «…, которую вело ООО «А» в Гатчине, перенесли в Псковскую область»: the old site
        # closed, the new one with its own partner (moved_site)
        return [[] if alone else moved_sites(
                    op.sent, self.continued(reading, adjacent), cues.ents,
                    self.entities_in(idx - 1) if idx else [],
                    lambda at: self.context.kind_said_before(idx, at))
                for adjacent, alone in zip(flags, op.quiet, strict=True)]

    def _opening(self, idx: int, flags: tuple[bool, ...]) -> Opening | list[list[Mention]]:
        """The first look at sentence `idx`: its cue hits and whether it adds a site, unless it
        ends here (no word any rule starts from, background, a cancellation, quiet for every
        flag)."""
        sent, text = self.sents[idx], self.text
        nothing: list[list[Mention]] = [[] for _ in flags]
        if not sent.may_matter():
            return nothing  # no word that any rule below starts from: one look-up a word
        toks = sent.toks
        if not toks:
            return nothing
        hits = cue_hits(toks)
        if toks[0].word in words("writer_verbs") and not any(h.cue.field == "kind" for h in hits) \
                and not self.entities_in(idx, "enterprise"):
            # «Напомним, в прошлом году предприятие выпустило …»: background (not «Напомним,
            # что сервисный центр АТС в Курске работает с 2015 года»: a project of its own)
            return nothing
        if idx > 0 and (cancel := cancellation(sent, toks, hits, self.entities_in(idx, "enterprise"),
                                               text)):
            return [[cancel] for _ in flags]
        adds = another_site([t.word for t in toks], [t.lemma for t in toks], words("another_site"))
        # no cue, no pronoun, no role: most sentences end here, cheaply
        quiet = [not hits and not adds and not (adjacent and toks[0].word in words("pronoun_start"))
                 and _roles().isdisjoint(sent.lemmas) for adjacent in flags]
        if all(quiet):
            return nothing
        return Opening(sent=sent, toks=toks, hits=hits, adds=adds, quiet=quiet)

    def _cue_reading(self, idx: int, op: Opening,
                     flags: tuple[bool, ...]) -> CueReading | list[list[Mention]]:
        """Its statuses and kind context, unless it ends here (a denial, a question, trade, a
        place denied, a wish)."""
        sent, toks, text = op.sent, op.toks, self.text
        nothing: list[list[Mention]] = [[] for _ in flags]
        announced = told_announced(sent)
        # («Линия по сборке … закрыта»: a closed project, no denial)
        if denied(toks, text, closed_state_told(toks, op.hits)) \
                and not (announced and never_started(toks)):
            # («…, о котором объявляли, так и не было запущено»: announced); a project denied
            # is kept only to drop its plan told later
            found = denial(sent, op.hits, self.entities_in(idx, "enterprise"),
                           [e for e in self.entities_in(idx, "region") if is_russian_region(e.normal)])
            return [[found] if found else [] for _ in flags]
        if text[sent.start:sent.end].rstrip(" »\"").endswith("?"):
            return nothing  # «Какие совместные производства уже работают?»: a question tells nothing
        names = [(e.start, e.end) for e in self.entities_in(idx) if e.type != "region"]
        names += quoted_labels(text, sent.start, sent.end)
        # a cue word inside a name («программа «Автоэлектроника»») is not a cue
        hits = [h for h in op.hits if not any(a <= toks[h.first].start < b for a, b in names)]
        statuses = self._statuses(idx, toks, hits)
        # «поставляет машинокомплекты для сборки»: kits for a trigger are its supply, and the
        # delivery verb's tense is the project's stage (the tree tells the kits' purpose)
        supplied = self.syntax and not statuses and self.syntax.kit_supply(
            sent.start, sent.end, [toks[h.first].start for h in hits if h.cue.field == "kind"],
            sent.lemmas)
        # (a pause tells the stage: «собирало …, однако выпуск был приостановлен: сорвались
        # поставки вентиляторов» is the project, the supplies are why it stopped)
        card = "\n" in text[sent.start:sent.end]  # (a card's supply field is one of many)
        if not statuses and not supplied and not card \
                and not words("trade").isdisjoint(sent.lemmas) and words("pause").isdisjoint(sent.lemmas):
            return nothing  # «сушильные машины … используют», «импортировали автокомпоненты»
        if self.denied_only(idx):
            return nothing  # «собирается уже не в Витебске»: where the project is not
        sent_ents = self.entities_in(idx)
        ctx = self._kind_context(idx, sent, toks, sent_ents)
        if wished_only(ctx, hits):
            return nothing  # «хотел бы собирать прицепы»: a wish, no project and no new site
        # «их поставили по концессии, собраны они в Минске»: a participle telling where
        # delivered goods were made is no kind and no stage either (round 63)
        made = [h for h in hits if h.cue.field == "kind"]
        home = {h.first for h in made} - {h.first for h in not_made_at_home_and_sent(ctx, made)}
        statuses = [h for h in statuses if h.first not in home]
        return CueReading(announced=announced, hits=hits, statuses=statuses, supplied=supplied,
                          card=card, ents=sent_ents, ctx=ctx)

    def _statuses(self, idx: int, toks: list[Token], hits: list[CueHit]) -> list[CueHit]:
        """The status cues of `hits` that tell the project's stage (the strong ones if any),
        else the strong ones of the count before that the sentence's items take."""
        text = self.text
        # «поставят комплектующих»: the trade verb is not the project's status
        # «собирается открыть» is a plan; «собираются в Брянске» (are assembled) is operating
        # («открыл холдингу кредитную линию»: the lender's act, no stage of the project)
        statuses = [h for h in hits if h.cue.field == "status"
                    and toks[h.first].lemma not in words("trade")
                    and not lender_act(toks, h.last, text) and not goods_attribute(toks, h.first)
                    and not fleet_count(toks, h.first)
                    and (toks[h.first].lemma not in words("intend")
                         or (h.cue.value == "planned") == intends(toks, h.first, text))]
        # («отгружено 140 рам, в феврале планируется отгрузить 160»: the next batch of goods
        # shipped already, the production runs)
        statuses = [h._replace(cue=replace(h.cue, value="operating"))
                    if h.cue.value == "planned" and volume_planned(toks, h.last) else h
                    for h in statuses]
        if not statuses and idx > 0 and points_back(toks):
            # «В их числе — сборка тракторов …»: the items take the stage of the count before
            statuses = [CueHit(cue=h.cue, first=0, last=0) for h in cue_hits(
                self.sents[idx - 1].toks) if h.cue.field == "status" and h.cue.strong]
        statuses = runs_since(statuses, toks, text[self.sents[idx].start:self.sents[idx].end],
                              self.article.published)
        statuses = launch_held(statuses, toks, text)  # «состоялось открытие цеха»: it runs
        statuses = since_only(statuses, [h for h in hits if h.cue.field == "kind"],
                              text[self.sents[idx].start:self.sents[idx].end], self.article.published)
        if any(h.cue.strong for h in statuses):
            statuses = [h for h in statuses if h.cue.strong]
        # «Сборка … ведётся …, а погрузчиков — в Рубцовске»: «ведётся» inside the longer cue
        # «сборка ведётся» is that cue's word, no stage of its own (round 63)
        return [h for h in statuses if not any(
            g.first <= h.first and h.last <= g.last and g.last - g.first > h.last - h.first
            for g in statuses)]

    def _kind_context(self, idx: int, sent: ReadSentence, toks: list[Token],
                      sent_ents: list[Entity]) -> KindContext:
        """What the kind rules see of sentence `idx` and its neighbours."""
        text = self.text
        return KindContext(text=text, toks=toks, start=sent.start, end=sent.end,
                           entities=sent_ents, info=self.info,
                           previous_sentence=self.sents[idx - 1] if idx > 0 else None,
                           following_sentence=self.sents[idx + 1]
                           if idx + 1 < len(self.sents) else None,
                           base=on_base_spans(text, sent.start, sent.end),
                           speaker_side=self.context.speaker_side()
                           if self.context.speaks_as_we(idx) else None,
                           following_firms=(told_next := self.firms_told_next(idx)),
                           following_places=tuple(e for e in self.entities_in(idx + 1)
                                                  if e.type in ("region", "country"))
                           if told_next else ())

    def _parties(self, idx: int, op: Opening, cues: CueReading) -> Parties | None:
        """Its clauses, kinds and parties, and whether it refers back to the project last
        told; None for a sentence whose kinds continue none of ours."""
        toks, text, sent_ents, ctx = op.toks, self.text, cues.ents, cues.ctx
        # «В Саратовской области налажен выпуск …, а в Курской области начнётся сборка …»:
        # clauses that each name their own place or firm are separate projects, read apart
        clauses, kinds = read_clauses(ctx, cues.hits, sent_ents)
        if not kinds and any(h.cue.field == "kind" for h in cues.hits) and continues_none(ctx):
            return None  # another country's project, a firm's trade: it continues none of ours
        # «на базе шасси МАЗ», «на базе Центра … «БелАЗ»» name a base, not a party; «на базе
        # ООО «СтавАгроСервис»», «на базе завода «…»» name the firm that hosts the project
        firms = [e for e in sent_ents if e.type == "enterprise"
                 and (not ctx.on_base(e.start) or hosted_by(text, e))]
        # «Она…», «Предприятие…», «здесь собрано…» continue the project last talked about;
        # «также», «кроме того» announce another one.
        subject = subject_reference(toks)
        # a bare subject noun; «новозыбковское предприятие» describes a firm named around it
        bare_subject = subject is not None and (
            subject == 0 or toks[subject - 1].pos not in ("ADJF", "PRTF"))
        # («Сборочное производство …, о котором объявляли в 2022 году, …» introduces its own)
        # «Завод открыл сервисные пункты в …»: the firm acting, a project of its own (firm_subject)
        acting = not firms and firm_sets_up(toks) and bool(self.entities_in(idx, "region"))
        reference = not firms and not acting and not tells_another(toks) and not cues.announced and (
            any(t.lemma in words("reference_start") for t in toks[:3]) or bare_subject
            or (not words("here").isdisjoint(op.sent.words)
                and not self.there_set_up_before(idx, toks)) or local_kind(toks, kinds)
            or (site_told_before(toks) and not self.entities_in(idx, "region"))
            or (not kinds and regional_site_told(toks, self.entities_in(idx, "region"))))
        enterprises = self.context.firms(idx, firms, reference) or (
            protagonist(len(self.sents), self.entities_in) if acting else set())
        if reference and not enterprises and (
                in_item := item_firms(text, self.sents, idx, self.entities_in)):
            # a digest item's firm, not the project the item before told
            firms, reference = in_item, False
            enterprises = self.context.firms(idx, firms, reference)
        # «центр в Мурманске продолжит…», «площадка – в Улан-Удэ»: the subject's own place
        # names another site of the project last talked about
        own_site = reference and subject is not None and bool(
            own_site_after(text, toks[subject].end))
        here_is_own = reference and here_after_place(toks, sent_ents, self.in_name)
        # «Гомсельмаш-Юг» is Gomselmash's company: the parent is a party too
        enterprises = with_parents(enterprises)
        partner_only = bool(firms) and all(
            PARTNER_BEFORE.search(text[max(op.sent.start, e.start - 40):e.start]) for e in firms)
        return Parties(clauses=clauses, kinds=kinds, firms=firms, reference=reference,
                       enterprises=enterprises, own_site=own_site, here_is_own=here_is_own,
                       partner_only=partner_only)

    def _places(self, idx: int, op: Opening, cues: CueReading, parties: Parties) -> Places | None:
        """Its sites, and the kind and firms a list before lends a kind-less sentence; None for
        a project abroad."""
        sent, text, kinds, enterprises = op.sent, self.text, parties.kinds, parties.enterprises
        moved_product: tuple[str, set[str]] | None = None
        ru, by, located, told_place, site_after = self.sites(idx, sent, cues.ents, parties.firms,
                                                              kinds, enterprises)
        if not kinds and not op.adds and ru and self.context.points_at_kind_before(
                idx, len(listed_regions(ru, ru[0].start, text)), bool(cues.statuses)):
            # «Рост обеспечили новые сервисные центры. … четыре таких площадки: они работают в
            # Самарской, Ульяновской и Пензенской областях», «Одна из них работает в …»
            kinds = self.context.kind_said_before(idx, ru[0].start)
            enterprises = enterprises or {e.normal for e in self.entities_in(idx - 1, "enterprise")}
        elif not kinds and not op.adds and len(ru) > 1 and (
                new := moved_to(text, op.toks, ru)) is not None \
                and (moved := self.context.kind_said_before(idx, new.start)):
            # «Проект … перенесён в Тверскую область»: the project told before, in its new region
            kinds, ru = moved, [e for e in ru if e.normal == new.normal]
            enterprises = enterprises | {e.normal for e in self.entities_in(idx - 1, "enterprise")}
            moved_product = lent_product(text, self.sents[idx - 1].toks, self.entities_in(idx - 1))
        elif not kinds and not op.adds and ru:  # «В списке три адреса: — Качканар (…) — …»
            kinds, lent = self.context.listed_kind(idx, ru[0].start)
            enterprises |= lent
        scene = self.sents[idx - 1] if idx and not by else None  # (abroad: of the paragraph only)
        if homes_only(sent, ru) and abroad(sent, scene, self.entities_in(idx - 1, "region")
                                                if scene else []):
            return None  # «в Ташкенте открыли склад запчастей»: a project abroad (or told there)
        return Places(ru=ru, by=by, located=located, told_place=told_place, site_after=site_after,
                      kinds=kinds, enterprises=enterprises, lent_product=moved_product)

    def _dates(self, idx: int, op: Opening, cues: CueReading, parties: Parties) -> Dates:
        """Its programmes, halt and timeline (read only when a mention needs it: most
        sentences give none)."""
        sent, text, announced = op.sent, self.text, cues.announced
        near = range(max(0, idx - 1), min(len(self.sents), idx + 2))
        programmes = [e.normal for j in near for e in self.entities_in(j, "programme")]
        # («прошла через процедуру наблюдения … и возобновила сборку»: an insolvency gone by)
        halted = told_halted(sent) or (insolvency_halt(op.toks) if not tells_resumption(sent) else "") \
            or idle_halt(op.toks, parties.firms)  # («линия стоит»: idle_sites)
        # (a date in a clause that tells an agreement signed is the signing's: not read)
        # (nor is the year a localisation share is to reach: «довести его до 50% к 2028 году»)
        timeline_of = cache(lambda: no_target_year(normalize_timeline(
            without_signing_clauses(sent), self.article.published), sent,
            self.sents[idx - 1] if idx else None, self.article.published))

        def timeline_for(status: str) -> str | None:
            """The timeline of a mention of `status` (read only where it is kept): a running
            project's start year («с 2019 года собирают»), else a plan's date; the year of «о
            котором объявляли в 2022 году» is the announcement's."""
            if announced:
                return None
            if halted or (status != "operating" and tells_resumption(sent)):
                # «приостановлена с марта, возобновить её планируется в 2026 году»: a halted
                # project's timeline is its resumption's date, never the halt's own; so is a
                # plan to resume («Возобновить проект намерены не раньше 2027 года»)
                return resumption_timeline(sent, self.article.published)
            if status == "operating":
                return since_timeline(text[sent.start:sent.end])
            return None if future_timeline("", status) is None else timeline_of()

        return Dates(programmes=programmes, halted=halted, timeline_of=timeline_of,
                     timeline_for=timeline_for)

    def _sentence_read(self, idx: int, op: Opening, cues: CueReading, parties: Parties,
                       places: Places, dates: Dates, out: list[Mention]) -> SentenceRead:
        """What the sentence read before its adjacency is known (`continued` ends it)."""
        toks, statuses, firms = op.toks, cues.statuses, parties.firms
        read = [x for m in out for x in split_makers(m, firms=firms, text=self.text, info=self.info)]
        own = {e.normal for e in firms}
        # «Проект реализует компания …»: the role verb's tense is no stage of its own
        # («Второй проект реализует другое предприятие» is another project)
        # («Оператором площадки станет АО «…»»: a role opening the sentence, whatever the verb)
        role_only = not statuses or (
            (toks[0].lemma in _roles()
             or all(toks[h.first].lemma in words("project_roles") for h in statuses))
            and words("another").isdisjoint(op.sent.lemmas))
        return SentenceRead(
            idx=idx, sent=op.sent, toks=toks, read=read, adds=op.adds, own=own,
            role_only=role_only, ru=places.ru, by=places.by, statuses=statuses, ctx=cues.ctx,
            halted=dates.halted, reference=parties.reference, partner_only=parties.partner_only,
            own_site=parties.own_site, here_is_own=parties.here_is_own,
            timeline_of=dates.timeline_of, timeline_for=dates.timeline_for)
