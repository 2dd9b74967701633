"""Which Russian region a figure belongs to, read as a person reads the whole article.

- A region named in the figure's own sentence wins, unless the sentence says, closer to the
  amount, that it speaks of Russia–Belarus as a whole («а в целом российско-белорусский
  товарооборот — …»): then the figure is national (no region).
- A sentence that says it is national («двух стран», «Союзного государства») gets no region.
- Otherwise trade figures and figures tied to a place (investment, production, financing,
  agreements, other) take the region of the previous sentence of the paragraph, else the one
  Russian region of the headline and lead (for trade figures not when their paragraph
  quotes a federal body of Russia and names no region: «наш товарооборот» of a federal
  minister is the country's) (a governor's interview, a regional ministry's
  report: «у нас», «наш регион», «область» mean that region), with lower confidence; the
  sentence that supplied it is recorded. With no region in the lead, «у нас», «импорт
  области» mean the one Russian region the article has named before the figure. A credit
  carries a region as an investment does (a bank's credit for a plant in the region: a new
  user's text, session 19), unless its sentence is about a state's credit («Россия выделила
  Беларуси кредит», «государственный кредит», «Минфин России предоставил»: national).
- The previous sentence is the nearest earlier one of the paragraph that names one region
  («Товарооборот Ульяновской области — 187 млн. За прошлый год было 241. Год закроем на
  280»), unless a sentence between speaks of the two countries.
- «В столицу», «товарооборот столицы» mean the capital the article named last before the
  figure (money/capital_region.py).
- A regional outlet («Брянские новости», «Портал Правительства Омской области»), when the
  lead names no region and the article no other one before the figure, gives its region to
  a trade figure (a governor's interview, a minister's post).
- In an enumeration («в Москве — $96 млн, в Смоленской области — $31,4 млн») a region after
  an amount that opens the next item (its own dash and amount) is that item's, never the
  amount's before it; «A и B …, куда поставлено на X и Y соответственно» gives X to A and Y
  to B (money/list_regions.py). Regions named together as one market of the sentence's one
  amount («в Смоленскую, Брянскую и Псковскую области … на 21 млн») give it no region, and in
  its own clause they are the regions it is spread over; «в оба объекта» takes the regions of
  the sites told before: the one they share, or several (money/together.py).
- A district named after its town («предприятия Себежского района», a district paper
  «Красный Октябрь (Климовский район)») names the town's region (entities/districts.py).
- A dateline («МОСКВА, 3 апр — …») and «Москва» as the seat of an authority never set a
  region; a Belarusian oblast named as the partner («с Витебской областью») is no Russian
  region, so it leaves the Russian side's region as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from analysis.entities import RegionMention, russian_regions_in
from analysis.entities.districts import districts_in, resolve
from analysis.lang import split_sentences
from analysis.lazypattern import lazy_compile
from analysis.money.alternation import lookbehind_led
from analysis.money.capital_region import capital_at, capital_region
from analysis.money.context import (
    context_words,
    is_seat_of_government,
    names_national_within,
)
from analysis.money.continued_scope import continues_before
from analysis.money.federal_buyer import federal_purchase
from analysis.money.figure_lines import figure_line_span
from analysis.money.firm_town import firm_town_regions
from analysis.money.item_heading import heading_region
from analysis.money.lead_lines import in_dateline, lead_end, line_end
from analysis.money.list_regions import opens_next_item, respective_region
from analysis.money.notice_customer import customer_region
from analysis.money.outlets import home_region
from analysis.money.project_money import headline_region, of_the_project
from analysis.money.scope import AmountScope, fold
from analysis.money.site_money import site_region
from analysis.money.spoken_region import spoken_before
from analysis.money.subsidiary import subsidiary_regions
from analysis.money.together import listed_together, names_sites_together, sites_regions
from analysis.vocab import LOCAL_METRICS, TRADE_METRICS

__all__ = ["ArticleText", "RegionChoice", "SentenceSpan"]

_MOSCOW = "Москва"
_EARLIER_REACH = 3  # sentences of the paragraph a region is looked for in, back from the figure
# goods sent «в регион», «в область», «в край»: the region the paragraph is about
_INTO_REGION = lazy_compile(lookbehind_led(r"(?<!\w)(?:в|во)[ \u00a0]+(?:регион|область|край)(?![\w-])"))
# «нарастить экспорт до 2,5 млн долларов, а также выйти на рынок Псковской области»: «, а
# также» after the amount opens the next predicate, whose place is not the amount's (round 54)
_NEXT_PREDICATE = lazy_compile(r",[ \u00a0]+а[ \u00a0]+также[ \u00a0]")
_OPENING = lazy_compile(r"[ \u00a0—–-]*[«\"]?")  # a reply's dash or a quote opening a sentence
# metrics whose region carries over (credit too: a state's credit is national by its words)
_CARRIED = LOCAL_METRICS | frozenset(TRADE_METRICS) | {"credit"}
_NOTICE_METRICS = frozenset({"other", "agreements"})  # a procurement notice's contract price

class SentenceSpan(NamedTuple):
    """A sentence of the clean text: where it starts and ends."""

    start: int
    end: int


class RegionChoice(NamedTuple):
    """The region of a figure, the confidence it costs, and where it came from if inherited."""

    region: str | None
    penalty: float  # subtracted from the confidence: a region borrowed from elsewhere
    source: SentenceSpan | None  # the sentence that supplied an inherited region
    # several regions the figure is spread over, told together (money/together.py): no one
    # region's figure, and not the two countries'
    together: tuple[str, ...] = ()


_NO_REGION = RegionChoice(region=None, penalty=0.0, source=None)


class ArticleText:
    """Per-article caches: the sentences of each paragraph, the regions of each sentence,
    the region of the headline and lead."""

    def __init__(self, text: str, source: str | None = None) -> None:
        self.text = text
        self.folded = fold(text)  # lower case, same offsets: context words are matched in it
        self._named: frozenset[str] | None = None
        # the one Russian region the outlet's name names («Брянские новости», «Красный
        # Октябрь (Климовский район)»)
        self.home = home_region(source) or self._district_region(source or "")
        self._paragraphs: dict[int, list[SentenceSpan]] = {}
        self._regions: dict[tuple[int, int], list[RegionMention]] = {}
        self._lead: list[RegionMention] | None = None

    def sentence_index(self, pos: int) -> tuple[list[SentenceSpan], int]:
        """Sentences of the paragraph holding `pos`, and the index of the one holding it."""
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        sents = self._paragraphs.get(line_start)
        if sents is None:
            # (a figure on a line of its own and the line under it are one sentence)
            p_start, p_end = figure_line_span(text, line_start, line_end(text, pos))
            sents = [SentenceSpan(p_start + a, p_start + b)
                     for a, b in split_sentences(text[p_start:p_end])]
            if text.find("\n", p_start, p_end) >= 0 and len(sents) > 1 \
                    and sents[0].end <= text.find("\n", p_start, p_end) < sents[1].start + 1:
                sents = [SentenceSpan(sents[0].start, sents[1].end), *sents[2:]]
            sents = sents or [SentenceSpan(p_start, p_end)]
            self._paragraphs[line_start] = sents
        for i, (_, e) in enumerate(sents):
            if pos < e:
                return sents, i
        return sents, len(sents) - 1

    def regions(self, start: int, end: int) -> list[RegionMention]:
        """The Russian regions named in text[start:end] (asked once per sentence), without
        a dateline's city or Moscow as the seat of an authority."""
        key = (start, end)
        found = self._regions.get(key)
        if found is None:
            text = self.text
            found = [r for r in russian_regions_in(text, start, end, self.folded)
                     if not in_dateline(text, r.start)
                     and not (r.normal == _MOSCOW and is_seat_of_government(text, r.start))]
            districts = [RegionMention(start=d.start, normal=normal)
                         for d in districts_in(text, start, end)
                         if (normal := resolve(d, self.named)) is not None]
            if districts:  # «предприятия Себежского района»: the district's region
                found = sorted(found + districts)
            if firms := [f for f in firm_town_regions(self.folded, start, end)  # «Череповецкий завод»
                         if not in_dateline(text, f.start) and f.start not in {r.start for r in found}]:
                found = sorted(found + firms)
            if homes := [f for f in subsidiary_regions(text, self.folded, start, end)
                         if f.start not in {r.start for r in found}]:
                # «ООО «Брянсксельмаш»», a Belarusian holding's Russian site: its region
                found = sorted(found + homes)
            self._regions[key] = found
        return found

    @property
    def named(self) -> frozenset[str]:
        """Every Russian region the article names (decides a district two regions' towns
        could name: «Климовский район» in an article about «Брянщина»)."""
        if self._named is None:
            self._named = frozenset(r.normal for r in russian_regions_in(
                self.text, 0, len(self.text), self.folded))
        return self._named

    def _district_region(self, source: str) -> str | None:
        """The region of the one district an outlet's name names, else None."""
        found = {resolve(d, self.named) for d in districts_in(source, 0, len(source))}
        return found.pop() if len(found) == 1 else None

    def lead_sentences(self) -> list[SentenceSpan]:
        """The sentences of the headline and the lead paragraph, in order."""
        text = self.text
        end = lead_end(text)
        out: list[SentenceSpan] = []
        pos = 0
        while pos < end:
            sents, _ = self.sentence_index(pos)
            out.extend(sents)
            # (the next line: a sentence ends before the blanks closing its line, and a
            # position among them is still this paragraph's: read again, it looped forever)
            nxt = text.find("\n", sents[-1].end)
            pos = len(text) if nxt < 0 else nxt + 1
        return out

    def _federal_paragraph(self, sents: list[SentenceSpan]) -> bool:
        """Does the paragraph quote a federal body of Russia («глава Минпромторга России»,
        «сайт Минпромторга РФ») and name no Russian region? Then «наш товарооборот» there is
        the country's, and the lead's region does not apply."""
        start, end = sents[0].start, sents[-1].end
        if not context_words().federal_source.search(self.folded, start, end):
            return False
        return not any(self.regions(*s) for s in sents)

    @property
    def lead(self) -> list[RegionMention]:
        """The Russian regions of the headline and the lead, first mention of each."""
        if self._lead is None:
            first: dict[str, RegionMention] = {}
            for r in self.regions(0, lead_end(self.text, over_headline=True)):
                first.setdefault(r.normal, r)
            self._lead = list(first.values())
        return self._lead

    def region(self, scope: AmountScope, sents: list[SentenceSpan], idx: int,
               metric: str) -> RegionChoice:
        """The region of the amount of `scope`, sentence `idx` of the paragraph `sents`."""
        own = self.regions(scope.start, scope.end)
        # «в Москву — на $610 млн, в Санкт-Петербург — на $284 млн и в Смоленскую область —
        # на $97 млн»: a region heading the next item is not this amount's; with none left,
        # the amount's region is read as in a sentence that names none («экспорт из региона
        # — 2,9 млрд, а товарооборот Новгородской области — 118 млн»)
        own = [r for r in own if not opens_next_item(scope, r.start)
               and not (r.start > scope.amount.end and _NEXT_PREDICATE.search(
                   self.text, scope.amount.end, r.start) and not any(
                   scope.amount.end <= o.start < r.start for o in scope.others))]
        # (with no region named there is none to pair: «соответственно» is not looked for)
        if own and (paired := respective_region(scope, [(r.start, r.normal) for r in own])) is not None:
            return RegionChoice(region=paired, penalty=0.0, source=None)
        if own:
            nearest = min(own, key=lambda r: _region_distance(scope, r))
            if (listed := listed_together(scope, own, nearest)) and (
                    len(scope.others) == 1 or listed.of_amount):  # (the list in its own clause)
                # «… увеличить экспорт до 15 млн долларов … за счёт Брянской и Смоленской
                # областей», «отгрузило в Смоленскую, Брянскую и Псковскую области продукции
                # на …»: regions named together as one market are none's own figure; in the
                # amount's own clause, the regions it is spread over
                return RegionChoice(region=None, penalty=0.0, source=None,
                                    together=listed.names if listed.of_amount else ())
            near = _region_distance(scope, nearest)
            if metric in _CARRIED and (at := capital_at(self.folded, scope)) is not None and (
                    (dist := scope.distance(at, at + 1)) is not None and dist < near
                    and (capital := capital_region(self.folded, scope)) is not None):
                # «с Псковской областью – 64,9 млн, со столицей России — свыше 210 млн»
                return RegionChoice(region=capital, penalty=0.1, source=None)
            # (a national word nearer than the region sets the region aside: the scan stops
            # at the first one)
            if not names_national_within(scope, near):
                return RegionChoice(region=nearest.normal, penalty=0.0, source=None)
            return _NO_REGION
        # (the words of the two countries are looked for only where they decide)
        if metric not in _CARRIED or names_national_within(scope) or federal_purchase(scope):
            return _NO_REGION  # (a federal buyer's purchase, «Росагролизинг закупит …»: no region's)
        if names_sites_together(scope) and (sites := sites_regions(
                self._sentences_before(sents, idx), self.regions)) is not None:
            # «Инвестиции в оба объекта составили …»: the regions of the sites told before
            named, (start, end) = sites
            told = SentenceSpan(start, end)
            if len(named) == 1:
                return RegionChoice(region=named[0], penalty=0.1, source=told)
            return RegionChoice(region=None, penalty=0.0, source=told, together=named)
        capital = capital_region(self.folded, scope)
        if capital is not None:
            return RegionChoice(region=capital, penalty=0.1, source=None)
        # (the paragraph's first sentence has none before it: nothing to read; a trade figure
        # reaches back as far as a project's cost does, so whether the sentence opens on one
        # is read for the others only, and the goods going «в регион» for trade only)
        trade = metric in TRADE_METRICS
        earlier = self._earlier_in_paragraph(
            sents, idx, trade, project=not trade and self._opens_on_project_cost(sents[idx]),
            into_region=trade and _INTO_REGION.search(
                self.folded, scope.start, scope.amount.start) is not None,
            goes_on=continues_before(self.folded, scope.start, scope.amount.start)) if idx > 0 else None
        if earlier is not None:
            return earlier
        if idx > 0 and (site := site_region(self.folded, (scope.start, scope.amount.start),
                                            self._sentences_before(sents, idx), self.regions)):
            # «Инвестиции в центр составили …» after «В Курске открылся … центр»: the site's
            return RegionChoice(region=site[0], penalty=0.1, source=SentenceSpan(*site[1]))
        if idx > 0 and (heading := heading_region(self.text, sents[0], self.regions)) is not None:
            # «2️⃣ Калужская область. … Инвестиции — 740 млн рублей»: the item's place
            return RegionChoice(region=heading, penalty=0.1, source=sents[0])
        if metric in _NOTICE_METRICS and (customer := customer_region(
                self.folded, scope.amount.start, self.regions)) is not None:
            # «Заказчик: ГБУ Брянской области …» over a notice's contract price: the customer's
            return RegionChoice(region=customer[0], penalty=0.2, source=SentenceSpan(*customer[1:]))
        lead = self.lead
        if len(lead) > 1 and metric not in TRADE_METRICS and of_the_project(self.folded, sents, idx) \
                and (headline := headline_region(self.text, self.regions)) is not None:
            # «Итоговый объём вложений в проект составил …» under «В Клинцах собрали …», a lead
            # naming the farms of two regions too: the project's site (money/project_money.py)
            return RegionChoice(region=headline, penalty=0.2, source=self.lead_sentences()[0])
        if len(lead) == 1 and not (scope.start <= lead[0].start < scope.end) and not (
                metric in TRADE_METRICS and self._federal_paragraph(sents)
                and not self._own_clause_local(scope)):
            # (a region of the amount's own sentence was weighed above: set aside there, the
            # lead does not give it back)
            sents_of_lead, i = self.sentence_index(lead[0].start)
            return RegionChoice(region=lead[0].normal, penalty=0.2, source=sents_of_lead[i])
        words = context_words()
        if not lead and (words.local.search(self.folded, scope.start, scope.end) or (
                trade and spoken_before(words.local, words.national, self.folded, sents, idx,
                                        _EARLIER_REACH))):
            # «По данным Нижегородстата, импорт области из Беларуси …»: the one region the
            # article has named before (a regional outlet names its region in the text); a
            # trade figure after a sentence of its paragraph that speaks so («товарооборот у
            # нас — … В прошлом году было …»: the speaker goes on about his region)
            earlier = self.regions(0, sents[0].start)
            if len({r.normal for r in earlier}) == 1:
                sents_of, i = self.sentence_index(earlier[-1].start)
                return RegionChoice(region=earlier[-1].normal, penalty=0.2, source=sents_of[i])
        if (not lead and self.home and (metric in TRADE_METRICS or context_words().local.search(
                self.folded, scope.start, scope.end)) and not self._federal_paragraph(sents)
                and {r.normal for r in self.regions(0, scope.start)} <= {self.home}):
            return RegionChoice(region=self.home, penalty=0.3, source=None)
        return _NO_REGION

    def _own_clause_local(self, scope: AmountScope) -> bool:
        """Does the amount's clause call its trade the region's («товарооборот региона … 512
        млн, а общероссийский, по данным ФТС, — 22 млрд»)? Then the federal body is the other's."""
        lo = scope.stretch_start
        return context_words().local.search(self.folded, lo, scope.amount.start) is not None

    def _sentences_before(self, sents: list[SentenceSpan], idx: int) -> Iterator[SentenceSpan]:
        """The sentences before sentence `idx` of the paragraph `sents`, nearest first, on
        into the paragraphs before it."""
        yield from reversed(sents[:idx])
        start = sents[0].start
        while (at := len(self.text[:start].rstrip())) > 0:
            earlier, _ = self.sentence_index(at - 1)
            yield from reversed(earlier)
            if earlier[0].start >= start:
                return
            start = earlier[0].start

    def _opens_on_project_cost(self, sent: SentenceSpan) -> bool:
        """Does the sentence open on a project's cost («Стоимость проекта — …», «Объём
        инвестиций в проект …»)? It speaks of the project its paragraph tells, wherever
        in the paragraph that was set."""
        at = _OPENING.match(self.folded, sent.start, sent.end)
        return context_words().project_cost_subject.match(
            self.folded, at.end() if at else sent.start, sent.end) is not None

    def _earlier_in_paragraph(self, sents: list[SentenceSpan], idx: int, trade: bool,
                              project: bool = False, into_region: bool = False,
                              goes_on: bool = False) -> RegionChoice | None:
        """The one region of the nearest earlier sentence of the paragraph that names any
        (at most three back for trade and for a project's cost — «… запускаем в Набережных
        Челнах линию … Первые моторы сойдут … Стоимость проекта — …» —, else the previous
        one), passing over sentences that name none; no trade region after a sentence about
        the two countries (the paragraph has turned to them), unless the figure's goods go
        «в регион», «в область» (`into_region`: the region the paragraph is about, whatever
        national total was named between), nor after one the figure's goes on from (`goes_on`:
        «… такого кредитования»); None when nothing decides."""
        words = context_words()
        # (a trade topic runs on, and so does the project a cost is of; others: the last)
        reach = _EARLIER_REACH if trade or project else 1
        j = idx - 1
        while j >= 0 and j > idx - 1 - reach:
            named = {r.normal for r in self.regions(*sents[j])}
            if named:
                return (RegionChoice(region=named.pop(), penalty=0.1, source=sents[j])
                        if len(named) == 1 else None)
            if ((trade and not into_region) or goes_on) and words.national.search(
                    self.folded, sents[j].start, sents[j].end):
                # (after «между Россией и Беларусью …»; «такого кредитования» after «В целом по России»)
                return _NO_REGION._replace(source=sents[j]) if goes_on else _NO_REGION
            if j > 0 and words.place_anaphora.search(self.folded, sents[j].start, sents[j].end):
                # («создали в Свердловской области предприятие. Планируем собрать там 900
                # лифтов. Партнёр вложил …»: «там» stands for the place before it; the
                # paragraph's first sentence has none before it to reach)
                reach += 1
            j -= 1
        return None


def _region_distance(scope: AmountScope, mention: RegionMention) -> int:
    """How far a region named in the sentence is from the amount (a large number when it
    belongs to another part of the sentence)."""
    dist = scope.distance(mention.start, mention.start + 1)
    return 10_000 + abs(mention.start - scope.amount.start) if dist is None else dist
