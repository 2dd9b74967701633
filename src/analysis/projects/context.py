"""What a sentence borrows from the sentences around it: who takes part and what kind.

`SentenceContext` answers, for one article read by `analysis.projects.reader`:

* **who** a sentence without a named firm speaks of (`firms`): the firms of its neighbours
  in the paragraph; «Стороны…», «партнёрам» the firms named just before; «мы», «наш» in an
  interview the firm of the introduction, and with «вместе с ней» the partner named just
  before; «техника холдинга», «у компании» (a firm's
  generic noun in the genitive singular, ``firm_reference``) the firm named last;
* whether an earlier sentence **announced several sites** («откроет сервисные центры в
  четырёх регионах»), so that later sentences naming one region each are sites of it;
* the **kind said before** («Рост обеспечили новые сервисные центры. … таких площадки: они
  работают в …», «… несколько сервисных площадок. Одна из них работает в …»), for places
  that point back at it; the kind a dashed list under a colon lead lists sites of
  (`analysis.projects.kind_before`).

Word lists are data (``data/project_words.csv``: parties, we, firm_reference, site_count,
list_reference, sited, one_of).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.entities import Entity, enterprise_info
from analysis.ingest import headline_sentence
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import Token, cue_hits, tokens, words
from analysis.projects.firm_homes import home_country
from analysis.projects.headed_firm import head_of_firm_noun, headline_headed_firm
from analysis.projects.kind_before import KindBefore
from analysis.projects.mention import ReadSentence
from analysis.projects.pointing_words import (
    announces_sites,
    subject_after_object,
    subject_noun,
    subject_reference,
)
from analysis.projects.role_phrases import partner_of_maker
from analysis.projects.sections import heading_maker
from analysis.projects.work_site import in_client_phrase

_POSSESSIVES = frozenset({"его", "её", "ее", "их"})  # «Его ТО-центр…»: the firm's own
_DIALOGUE_DASHES = ("—", "–")  # an interview's questions and answers open with a dash
# …or with a speaker's label in capitals in a transcript («ВЕДУЩАЯ: …», «ГОСТЬ: …»)
_SPEAKER_LABEL = lazy_compile(r"[А-ЯЁ]{3,}(?:\s+[А-ЯЁ]{2,})?:")
_FIRM_LOOKBACK = 4  # sentences searched back for the firm «холдинга», «дилера» stand for
_PARTIES_LOOKBACK = 6  # sentences searched back for the firms «Стороны…» opening a sentence are
_PARTNER_LOOKBACK = 2  # sentences searched back for the partner «вместе с ней» stands for
# a firm introduced by its legal form and quotes («ООО «КМ-Мосты»»)
_INTRODUCED = lazy_compile(r"(?:^|\s)[А-ЯЁ]{2,5}\s+«$")


def _firms_premises(toks: list[Token]) -> bool:
    """«в новом цехе предприятия», «на площадке завода»: a site or premises noun with a
    firm's bare generic noun in the genitive right after it, the firm's own site."""
    sites = words("site") | words("premises")
    return any(t.lemma in words("firm_reference") and {"gent", "sing"} <= t.tags
               and toks[k - 1].lemma in sites for k, t in enumerate(toks) if k)


def _with_pronoun(toks: list[Token]) -> bool:
    """«вместе с ней», «совместно с ними»: a partner told by a pronoun (``partner_pronoun``)."""
    pronouns, jointly = words("partner_pronoun"), words("jointly")
    return any(t.word in pronouns and toks[k - 1].word in ("с", "со")
               and toks[k - 2].word in jointly for k, t in enumerate(toks) if k > 1)


# «дилером «Агросервис-Алтай»», «дилер — ООО «…»»: the role noun at most this many words
# (within this many characters) before the firm's name
_ROLE_WORDS = 3
_ROLE_SPAN = 40


class SentenceContext(KindBefore):
    """The cross-sentence reading of one article (state found once, on first use)."""

    def __init__(self, text: str, sents: list[ReadSentence],
                 entities_in: Callable[[int, str | None], list[Entity]]) -> None:
        self.text = text
        self.sents = sents
        self.entities_in = entities_in
        self._announced: int | None = None  # the sentence announcing several sites
        self._interviewee: list[str] | None = None  # whom «мы» stands for
        self._dialogue = 0  # the first sentence of the interview's dialogue
        self._own_project: dict[int, bool] = {}  # sentence → tells a project of its own
        self._headline: set[str] | None = None  # the headline's one Belarusian maker

    def _firms_named_before(self, idx: int, back: int, least: int = 1) -> set[str]:
        """The enterprises of the nearest of the `back` sentences before `idx` naming at
        least `least` of them."""
        for j in range(idx - 1, max(-1, idx - back), -1):
            names = {e.normal for e in self.entities_in(j, "enterprise")}
            if len(names) >= least:
                return names
        return set()

    def _parties_subject(self, toks: list[Token]) -> bool:
        """«Стороны…», «Если испытания пройдут, партнёры намерены …»: the parties (``parties``)
        open the sentence or are the subject of its main clause (after an opening subordinate
        clause, ``subordinate_opening``, set off by a comma)."""
        if any(t.lemma in words("parties") for t in toks[:3]):
            return True
        if toks and toks[0].word in words("subordinate_opening"):
            comma = self.text.find(",", toks[0].end, toks[-1].end)
            toks = [t for t in toks if t.start > comma] if comma >= 0 else []
        k = subject_noun(toks)
        return k is not None and toks[k].lemma in words("parties")

    def firms(self, idx: int, firms: list[Entity], reference: bool) -> set[str]:
        """The parties of sentence `idx`: its own `firms`, else those it points at
        (`reference`: it continues the last project, so it borrows no neighbour's firm)."""
        names = {e.normal for e in firms}
        sents = self.sents
        toks = sents[idx].toks
        if not names and idx > 0 and toks and toks[0].lemma == "последний" and (
                len(toks) < 2 or toks[1].pos != "NOUN"):
            # «…, ООО «Элит-Стекло» и ООО «КМ-Мосты» — СП КАМАЗа и МАЗа. Последнее намерено
            # выпускать мосты»: the latter is the last firm the sentence before listed, with
            # the firms that describe it
            names = self._last_listed(idx - 1)
        if not names and toks and toks[0].word in words("another") and announces_sites(toks):
            return names  # «Ещё две площадки … собирают технику»: other sites, other firms
        if not names and not reference and idx > 0 and len(
                {e.normal for e in self.entities_in(idx, "region")}) > 1 \
                and announces_sites(sents[idx - 1].toks):
            # «…открыла пять новых станций. Новые сервисные центры начали работу в …, … и …»:
            # the list names the sites the sentence before announced (a paragraph break between)
            names = {e.normal for e in self.entities_in(idx - 1, "enterprise")}
        if not names and not reference:  # «Она стала хабом…» continues, it borrows no firm
            for j in (idx - 1, idx + 1):
                if 0 <= j < len(sents) and sents[j].paragraph == sents[idx].paragraph:
                    named = {e.normal for e in self.entities_in(j, "enterprise")}
                    if not named and j < idx and self._parties_subject(sents[j].toks):
                        # «…партнёры намерены выстроить обслуживание. Сервисные пункты
                        # планируется открыть …»: the parties the sentence before is about
                        # (the last two firms named together, however far back: the
                        # story's parties; «партнёры … не называют» after one firm named
                        # are others, unnamed)
                        named = self._firms_named_before(j, j + 1, least=2)
                    if named and (j < idx or not (self._opens_its_own(j) or not words(
                            "respectively").isdisjoint(sents[j].words))):
                        # (firms listed «соответственно» pair with the sites of a list told
                        # before: no sentence before them borrows them, `respective_partners`)
                        names |= named
        # (a Russian firm named only as the client, «по заказу тульского ООО «…»», is no
        # maker: «Завод отливает корпуса по заказу …» points at the plant told before)
        clients = {e.normal for e in firms if in_client_phrase(toks, e)}
        if idx > 0 and sents[idx - 1].paragraph == sents[idx].paragraph \
                and all(enterprise_info().get(f, {}).get("country") == "BY"
                        for f in names - clients) \
                and self._names_the_firm(toks) and not self._opens_its_own(idx - 1):
            # «В Брянске заработал завод «БрянскЛифт». Он собирает лифты «Могилевлифтмаша»»,
            # «ООО «КамаТрак» работает в Челнах. Предприятие наладило сборку «Беларусов»»:
            # the firm the sentence before introduced (telling no project of its own) is the
            # one «он», «предприятие» stands for; the maker named here is its partner
            names |= {e.normal for e in self.entities_in(idx - 1, "enterprise")}
        if idx > 0 and "там" in sents[idx].words \
                and sents[idx - 1].paragraph == sents[idx].paragraph \
                and not self.entities_in(idx, "region"):
            # «…завод «Металлист-Б» в Клинцах. По заказу «Гомсельмаша» там идёт монтаж
            # линии»: «там» in a sentence naming no place of its own is the site the sentence
            # before named, and its firm takes part («…работает центр вместе с нашим
            # партнёром, компанией «…». Там восстановление шин»: the centre's firms)
            names |= {e.normal for e in self.entities_in(idx - 1, "enterprise")}
            if names and not words("we").isdisjoint(sents[idx - 1].words):
                names |= set(self.interviewee_firms())  # «У нас … с нашим партнёром»
        subject = subject_noun(toks)
        role = toks[subject].lemma if subject is not None else None
        if idx > 0 and role in words("role_subject"):
            # «…открытый совместно с местным дилером «Агросервис-Алтай». … Дилер планирует
            # наладить сборку», «В следующем году дилер планирует открыть …» (after an
            # opening adverbial): the firm the article introduced by that noun
            names |= self._introduced_as(idx, role)
        if not names and idx > 0 and (any(t.lemma in words("parties") for t in toks[:3])
                                      or role in words("parties")):
            # «Стороны…», «Партнёры рассматривают и второй шаг»: the parties named just
            # before, or the last two or more firms named together (a quote or a paragraph
            # about the first step may stand between)
            names = {e.normal for e in self.entities_in(idx - 1, "enterprise")} or \
                self._firms_named_before(idx, _PARTIES_LOOKBACK, least=2)
        if not names and idx > 0 and (any(t.lemma in words("founders") for t in toks[:3])
                                      or role in words("founders")):
            # a venture's founders («Учредители планируют …», «В 2015 году учредители СП
            # объявляли …»: the subject after an opening adverbial)
            names = self._firms_named_before(idx, idx + 1, least=2)
        if not names and not words("parties").isdisjoint(sents[idx].lemmas):
            # «Мы предложили белорусским партнёрам…»: the firm named shortly before
            names = self._firms_named_before(idx, 4)
        if self.speaks_as_we(idx):
            names |= set(self.interviewee_firms())  # «мы строим новый центр» in an interview
            if names and idx > 0 and _with_pronoun(toks):
                # «Наш главный партнёр — компания «…». Вместе с ней мы создали СП»: the
                # pronoun is the partner the answer named just before
                names |= self._firms_named_before(idx, _PARTNER_LOOKBACK)
        if not names and not reference and self.entities_in(idx, "region") and (any(
                t.lemma in words("firm_reference") and {"gent", "sing"} <= t.tags
                and (k == 0 or toks[k - 1].pos != "ADJF")
                and (k + 1 == len(toks) or toks[k + 1].lemma != "который")
                for k, t in enumerate(toks))
                or not words("firm_adjective").isdisjoint(sents[idx].lemmas)):
            # «техника холдинга обслуживается…», «у компании четыре площадки»: the firm
            # named last in the article (its first mention, a paragraph or two before), in a
            # sentence that names its place (elsewhere a firm-less cue stays unanchored);
            # «шеф-инженеры белорусского завода» describe a maker, they point at no firm;
            # «проектирование завода, который будет выпускать…» defines a new one;
            # «заводские сервисные центры» (``firm_adjective``) are the firm's own
            names = self._firms_named_before(idx, _FIRM_LOOKBACK)
        if not names and not reference and idx > 0 and self.entities_in(idx, "region"):
            # «Могилевлифтмаш расширяет сборку лифтов в России: Омск, Уфа…» — «соглашение о
            # создании сборочного производства в Ростове-на-Дону подписано»: the one Belarusian
            # maker of the headline is the maker of a site the body names without a firm
            # «Лифты «Могилевлифтмаш». … В Краснодарском крае строится сборочный цех»: the
            # maker of the section's heading comes first
            info = enterprise_info()
            names = heading_maker(self.sents, self.entities_in, idx, lambda f: info.get(
                f, {}).get("country") == "BY") or self.headline_maker()
        if names and partner_of_maker(self.text, toks):
            # «сервисный центр ООО «…», официального сервисного партнёра завода»: the maker
            # the role points at is the Belarusian firm named last before (or the headline's)
            info = enterprise_info()
            names |= next((found for j in range(idx - 1, max(-1, idx - _FIRM_LOOKBACK), -1)
                           if (found := {e.normal for e in self.entities_in(j, "enterprise")
                                         if info.get(e.normal, {}).get("country") == "BY"})),
                          self.headline_maker())
        if head_of_firm_noun(toks):
            # «Руководитель кемеровской компании, которая вместе с БелАЗом держит сервисный
            # центр …» under «Директор «Кузбасспецсервиса»: …»: the firm named after its head
            names |= {e.normal for j in range(idx + 1) for e in self.entities_in(j, "enterprise")
                      if self._head_before(e)} or (
                {headed} if (headed := headline_headed_firm(self.text)) else set())
        return names

    def _introduced_as(self, idx: int, noun: str) -> set[str]:
        """The last enterprise before sentence `idx` named right after `noun` («дилером
        «Агросервис-Алтай»», «дилер — компания «…»»), within a few words (empty when none)."""
        for j in range(idx - 1, -1, -1):
            for e in reversed(self.entities_in(j, "enterprise")):
                lead = tokens(self.text, max(self.sents[j].start, e.start - _ROLE_SPAN), e.start)
                if any(t.lemma == noun for t in lead[-_ROLE_WORDS:]):
                    return {e.normal}
        return set()

    def _last_listed(self, j: int) -> set[str]:
        """The last firm sentence `j` introduces by its legal form or quotes, and the firms
        after it."""
        firms = sorted(self.entities_in(j, "enterprise"), key=lambda e: e.start)
        opened = [k for k, e in enumerate(firms) if _INTRODUCED.search(
            self.text, max(0, e.start - 8), e.start)]
        return {e.normal for e in firms[opened[-1]:]} if opened else set()

    @staticmethod
    def _names_the_firm(toks: list[Token]) -> bool:
        """Does the sentence open with a pronoun or a firm's generic noun as its subject
        («Он собирает…», «Предприятие наладило…», «Компания откроет…»), or with a possessive
        before a noun («Его ТО-центр под Омском…», «Их завод»: the firm's own)?"""
        k = subject_reference(toks)
        first = toks[0] if toks else None
        possessive = len(toks) > 1 and toks[0].word in _POSSESSIVES and (
            toks[1].pos in ("NOUN", "ADJF") or toks[1].pos is None)
        return (k is not None and toks[k].lemma in words("firm_reference")) or possessive or (
            first is not None and first.lemma in ("он", "она", "оно") and "nomn" in first.tags
        ) or subject_after_object(toks) or _firms_premises(toks)

    def headline_maker(self) -> set[str]:
        """The Belarusian maker the headline names when it names exactly one firm."""
        if self._headline is None:
            titled = {e.normal for e in self.entities_in(
                headline_sentence(self.text, self.sents), "enterprise")} if self.sents else set()
            info = enterprise_info()
            self._headline = titled if len(titled) == 1 and all(
                info.get(f, {}).get("country") == "BY" for f in titled) else set()
        return set(self._headline)

    def _opens_its_own(self, j: int) -> bool:
        """Does sentence `j` tell a project of its own (a strong kind cue of its own, not
        «центр холдинга …» describing the one before)? «В Таре налажена сборка косилок. На
        заводе «ОмскАгроМаш» идёт монтаж линии сборки комбайнов» are two projects: the first
        does not take the second's firm. A cue inside a firm's name («ОАО «Минский
        подшипниковый завод»») tells none."""
        if j not in self._own_project:
            toks = self.sents[j].toks
            names = [(e.start, e.end) for e in self.entities_in(j, "enterprise")]
            self._own_project[j] = any(
                h.cue.field == "kind" and h.cue.strong
                and not any(a <= toks[h.first].start < b for a, b in names)
                for h in cue_hits(toks))
        return self._own_project[j]

    def interviewee_firms(self) -> list[str]:
        """In an interview (answers open with a dash, or a transcript's speaker labels), the
        firms named before the first question: whom «мы», «наш» stand for. [] in other genres."""
        if self._interviewee is None:
            self._dialogue = next((j for j, s in enumerate(self.sents)
                                   if self.text[s.start:s.start + 1] in _DIALOGUE_DASHES
                                   or _SPEAKER_LABEL.match(self.text, s.start, s.end)), 0)
            named = [e for j in range(self._dialogue) for e in self.entities_in(j, "enterprise")]
            # «Директор ММЗ: «С ГАЗом мы делаем мотор»» — «Генеральный директор Минского
            # моторного завода рассказал …»: of several firms, the one whose head is speaking
            headed = {e.normal for e in named if self._head_before(e)}
            self._interviewee = list(headed) if len(headed) == 1 and len(
                {e.normal for e in named}) > 1 else list(dict.fromkeys(e.normal for e in named))
        return self._interviewee

    def _head_before(self, firm: Entity) -> bool:
        """«директор ММЗ», «Генеральный директор Минского моторного завода»: a firm's head
        (``firm_head``) names the firm right after him."""
        before = tokens(self.text, max(0, firm.start - 24), firm.start)
        return bool(before) and before[-1].lemma in words("firm_head") \
            and not self.text[before[-1].end:firm.start].strip(" «\u00a0")

    def speaks_as_we(self, idx: int) -> bool:
        """Does sentence `idx` speak as «мы» («мы строим», «наш завод»; in the answers of an
        interview also a verb in the first person plural with the pronoun left out beside
        «вместе»: «Вместе с гомельскими конструкторами разрабатываем»)? A headline quoting the
        speaker («теперь строим вместе с россиянами») is no answer."""
        sent = self.sents[idx]
        if not words("we").isdisjoint(sent.words):
            return True
        # (only beside «вместе», «совместно»: the speaker's side of joint work; «Сначала
        # планируем собирать …, а к 2029 году выйти на …» stays an output plan)
        return bool(self.interviewee_firms()) and idx > self._dialogue \
            and not words("jointly").isdisjoint(sent.words) and any(
                t.pos == "VERB" and {"1per", "plur"} <= t.tags for t in sent.toks)

    def speaker_side(self) -> str | None:
        """The country of the one firm an interview is with: the side «мы» stands for (a firm
        the list lacks by its home: «ООО «Кулундасельмаш»» fuses an Altai town)."""
        firms = self.interviewee_firms()
        if len(firms) != 1:
            return None
        if (country := enterprise_info().get(firms[0], {}).get("country")) is not None:
            return country
        return next((home_country(self.text, self.entities_in(j, None), e)
                     for j in range(len(self.sents)) for e in self.entities_in(j, "enterprise")
                     if e.normal == firms[0]), None)

    def interviewee_site(self) -> list[Entity]:
        """The Belarusian firm an interview is with (its first mention), whose «мы» makes
        things at home; [] when the interviewee is no Belarusian firm or several firms."""
        firms = self.interviewee_firms()
        if len(firms) != 1 or enterprise_info().get(firms[0], {}).get("country") != "BY":
            return []
        return next(([e] for j in range(len(self.sents)) for e in self.entities_in(j, "enterprise")
                     if e.normal == firms[0]), [])

    def sites_announced_before(self, idx: int) -> bool:
        """Did an earlier sentence announce several sites («откроет сервисные центры в
        четырёх сибирских регионах», «три площадки»)? Then a later sentence that only names
        a new region and a stage («Следом очередь дойдёт до Омска») adds one of them."""
        if self._announced is None:
            self._announced = next((j for j, s in enumerate(self.sents)
                                    if s.has_lemma_in(words("site_count"))
                                    and announces_sites(s.toks)), len(self.sents))
        return self._announced < idx

    def paragraph(self, idx: int) -> range:
        """The indices of the sentences of sentence `idx`'s paragraph (walked out from it)."""
        sents, para = self.sents, self.sents[idx].paragraph
        first, last = idx, idx
        while first > 0 and sents[first - 1].paragraph == para:
            first -= 1
        while last + 1 < len(sents) and sents[last + 1].paragraph == para:
            last += 1
        return range(first, last + 1)

    def read_ahead(self, idx: int, firms: set[str]) -> bool:
        """Are `firms` (of a sentence naming none) all the next sentence's, none the previous
        one's? Then they were read ahead from a sentence that may tell something else."""
        def named(j: int) -> set[str]:
            return {e.normal for e in self.entities_in(j, "enterprise")} \
                if 0 <= j < len(self.sents) else set()
        return bool(firms) and firms <= named(idx + 1) and not firms & named(idx - 1)
