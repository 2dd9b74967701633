"""Is a figure about Russia–Belarus cooperation? For the headline figures only.

An article about a special economic zone names a Belarusian resident's 2.4 bn rubles and, two
paragraphs on, the «свыше 400 млрд рублей» all the zone's residents declared. Both are
investment figures and both belong in the tables, but a lead that calls the 400 bn "the
largest investment" of a Russia–Belarus briefing puts a number in front of the reader that is
not about the subject. A figure is about the partnership when one of its mentions, read where
a person reads it, names the Belarusian side (`entities.names_belarusian_side`): the
mention's sentence, the sentence its metric or year came from, the earlier sentences of its
paragraph, its article's title, the lead paragraph when it states a sum (not for a total of
many parties, «Всего резиденты зоны заявили …»: `many_total`) or when the figure's sentence
tells the cost of «the project» («Итоговый объём вложений в проект составил …»: the project the
lead tells; `money.tells_project_cost`), an article lead that names a
Belarusian place (the news set in
Belarus: `entities.names_belarusian_place`), or, for a reply in an interview, the lead that names who speaks
(«Генеральный директор ОАО «…» рассказал …»: «Сбербанк открыл заводу кредитную линию» is a
credit to that plant), and the paragraph before its own when its sentence or the earlier part of
its paragraph points back past it («на эти цели», «эти средства»: `back_reference` of
`data/headline_ru.json`).

A public budget's or programme's allocation («На программу благоустройства дворов и улиц в
2025 году предусмотрено 96 млрд рублей»: `own_budget` of `data/headline_ru.json`) is the
authority's own money: only its own sentence, the part of its paragraph before it, or a lead
that sets the article in Belarus links it — never a title naming a Belarusian town nor a lead
about a Belarusian supplier (new user 29) — unless it names back, with no name of its own,
the programme the lead tells («… предусмотренных на программу в 2025 году» under a lead on a
programme of buying Belarusian tractors: `programme_told`; newuser42 F5). A firm is the
Belarusian side by the gazetteer, by a «Бел-» compound name («Белвидеосистемы»), or because
its article introduced it so («белорусского РУПП «Гранит»» … «с «Гранитом»»: `entities.belarusian_firms`).

A figure whose sentence gives the whole of Russia or of a Russian market («В целом по России …
в отрасль планируется привлечь около 450 млрд рублей», «общий объём размещённых в России
облигаций превысил 300 млрд»: `country_whole`) is a yardstick set beside the news: it is about
the partnership only when that sentence itself names the Belarusian side. So is a figure of a
whole Russian region or of all its firms («В целом за полгода банк выдал предприятиям области
кредитов на 14 млрд»: `region_whole`), and so is what a zone's or park's residents declared
together («резиденты зоны заявили вложения на 40 млрд»: `zone_whole`), under a title that
names the one Belarusian resident too (new user 31).

A trade figure whose sentence makes Russia and Belarus together one side of an import or
export («Беларусь и Россия импортировали автокомпоненты … свыше $19 млрд») names Belarus but is
not trade between the two: that is the figure's own scope (`analysis.figures.scope`), which a
briefing reads from the row (`rows.pair_abroad`) to label it so and to keep it out of the
Russia–Belarus trade series.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pandas as pd

from analysis.briefing.figrows import ids
from analysis.briefing.formatting import as_text, isblank
from analysis.datafiles import data_json
from analysis.entities import (
    belarusian_firms,
    is_russian_region,
    names_belarusian_place,
    names_belarusian_side,
    russian_regions_in,
)
from analysis.ingest import headline_end
from analysis.ingest.datelines import is_date_line
from analysis.money import tells_project_cost
from analysis.patternstore import compile_pattern

__all__ = ["Relevance", "home_spending", "outside_estimate"]


@cache
def _words(key: str) -> re.Pattern[str]:
    data = data_json("headline_ru.json")
    return compile_pattern("|".join(f"(?:{p})" for p in data[key]), re.IGNORECASE)


def _outside_estimate() -> re.Pattern[str]:
    return _words("outside_estimate")


# The currencies of Belarus: a sum told in them is spent or earned there.
BELARUSIAN_CURRENCIES = frozenset({"BYN", "BYR"})


def home_spending(row: Mapping[str, Any]) -> bool:
    """Is the figure a Belarusian party's own investment at home: in Belarusian rubles, of no
    Russian region, its sentence naming neither Russia nor a Russian region (a plant's «объём
    инвестиций планируется увеличить до 35 млн рублей»)? A Russia–Belarus deal it is not: it
    never heads a briefing (`data/headline_ru.json`, `russia_named`)."""
    if row.get("metric") != "investment" or str(row.get("currency") or "") not in BELARUSIAN_CURRENCIES:
        return False
    if not isblank(row.get("region")):
        return False
    sentence = as_text(row.get("sentence"))
    return (_words("russia_named").search(sentence) is None
            and not russian_regions_in(sentence, 0, len(sentence)))


def outside_estimate(row: Mapping[str, Any]) -> bool:
    """Is the figure an outsiders' estimate («По оценке экспертов, … может составить 1,5 трлн
    рублей»): a market's expected total, not a deal? It never heads a briefing
    (`data/headline_ru.json`)."""
    return _outside_estimate().search(as_text(row.get("sentence"))) is not None

# The yardsticks a sentence may give (`data/headline_ru.json`): a whole country, a whole
# region or all its firms, all the residents of a zone or park.
_WHOLES = ("country_whole", "region_whole", "zone_whole")

_DASHES = frozenset("—–")  # a reply's opening dash in an interview


@dataclass
class Relevance:
    """Answers `about_partnership` for figures and mentions, remembering each mention."""

    articles: pd.DataFrame
    mention_index: Mapping[str, Mapping[str, Any]]
    _seen: dict[str, bool] = field(default_factory=dict, repr=False)
    _texts: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)
    _article_firms: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def about_partnership(self, row: Mapping[str, Any]) -> bool:
        """Whether any mention of the figure (or the mention itself) names the Belarusian
        side where a reader would look for it."""
        mention_ids = ids(row.get("mention_ids")) or ids(row.get("mention_id"))
        if not mention_ids:
            return self._reads_belarusian(row)
        return any(self._mention(m) for m in mention_ids)

    def _mention(self, mention_id: str) -> bool:
        if mention_id not in self._seen:
            self._seen[mention_id] = False  # (a part's whole is read once, never in a cycle)
            mention = self.mention_index.get(mention_id)
            whole = as_text(mention.get("part_of")) if mention else ""
            self._seen[mention_id] = bool(mention) and (self._reads_belarusian(mention) or (
                # a tranche or a sub-limit of a credit line is about what the line is about
                bool(whole) and whole != mention_id and self._mention(whole)))
        return self._seen[mention_id]

    def _reads_belarusian(self, mention: Mapping[str, Any]) -> bool:
        sentence = as_text(mention.get("sentence"))
        if any(_words(key).search(sentence) for key in _WHOLES):
            # «В целом по России … в отрасль планируется привлечь 450 млрд», «В целом за
            # полгода банк выдал предприятиям области кредитов на 14 млрд», «резиденты зоны
            # заявили вложения на 40 млрд»: the whole country's, region's or zone's
            # yardstick, whatever the title and the lead are about
            return bool(names_belarusian_side(sentence))
        if str(mention.get("currency") or "") in BELARUSIAN_CURRENCIES \
                and is_russian_region(as_text(mention.get("region"))):
            # «Вложения в создание центра [в Курске] составили 1,4 млн BYN»: Belarusian money
            # spent in a Russian region is the partnership's, its currency names the side
            return True
        aid = as_text(mention.get("article_id"))
        title, text = self._article(aid)
        firms = self._firms(aid)
        before = _paragraph_before(text, sentence)
        # the figure's own sentence and paragraph, and who «мы» is in an interview
        # (the part of the paragraph before it: a total of many parties before a Belarusian
        # resident is named is not about that resident)
        stretches = [sentence, before, _interview_lead(text, sentence)]
        if _words("recalled_paragraph").match(before or sentence):
            # a paragraph recalling earlier news or background («Напомним, в прошлом году
            # аграрии района получили на обновление техники 41 млн рублей. В этом году на эти
            # цели предусмотрено ещё 45 млн»): about what it tells itself — not the lead, the
            # sentence its region came from or the paragraph above (an article set in Belarus
            # by its lead is Belarus's throughout)
            return self._names_side(stretches, firms) or _set_in_belarus(text)
        # the sentence its metric or year came from, the title, and the lead paragraph of a
        # release that states its deal («… и ООО «Волга-МАЗ Компонент», совместное
        # предприятие Минского автомобильного завода …, подписали договор об открытии
        # кредитной линии на 4,8 млрд рублей»): what the whole article is about — not a lead
        # with no sum of its own («… отметила роль Смоленщины в деле союзной кооперации»
        # over a region's «свыше 100 миллиардов рублей»)
        # (not for a total of many parties, «Всего резиденты зоны заявили 96 млрд»: a lead
        # that names one Belarusian resident after it is about that resident, not the total)
        if _own_budget(sentence):
            # a public budget's or programme's allocation («На программу благоустройства
            # улиц предусмотрено 96 млрд рублей»): the authority's own money, linked only by
            # its own sentence or paragraph, never by the title and the lead (new user 29);
            # a Belarusian district's own, in an article its lead sets in Belarus, is Belarus's
            # («… предусмотренных на программу в 2025 году»: the programme the lead tells, whose
            # title and lead then say whose it is; newuser42 F5)
            told = _programme_of_lead(sentence, text)
            return self._names_side(stretches + ([title, told] if told else []), firms) \
                or _set_in_belarus(text)
        lead = _lead_paragraph(text)
        if _words("many_total").search(sentence) or _total_lead(lead):
            lead = ""
        venture = _words("joint_venture")  # («СП «…» закрывается» over the venture's founders)
        stretches += [as_text(mention.get("context_sentence")), title,
                      lead if _words("money_figure").search(lead) or (
                          venture.search(title) and venture.search(lead))
                      # «Итоговый объём вложений в проект составил …»: the project the lead
                      # tells (newuser32: a venture's final cost, its lead naming the
                      # Belarusian maker, was set apart as naming no Belarus)
                      or tells_project_cost(sentence) else ""]
        if _words("back_reference").search(sentence) or _words("back_reference").search(before):
            # «В текущем году на эти цели району выделено …»: what «эти цели» are was told
            # in the paragraph before
            stretches.append(_paragraph_above(text, sentence))
        return self._names_side(stretches, firms) or _set_in_belarus(text)

    @staticmethod
    def _names_side(stretches: list[str], firms: frozenset[str]) -> bool:
        """Does one of `stretches` name the Belarusian side, or a firm its article presents as
        Belarusian (`firms`, named again in any case: «с «Гранитом»»)?"""
        return any(names_belarusian_side(s) or _names_firm(s, firms) for s in stretches if s)

    def _firms(self, article_id: str) -> frozenset[str]:
        """The firms an article presents as Belarusian (`entities.belarusian_firms`), once."""
        if article_id not in self._article_firms:
            self._article_firms[article_id] = belarusian_firms(self._article(article_id)[1])
        return self._article_firms[article_id]

    def article_text(self, article_id: str) -> str:
        """An article's text ("" when unknown)."""
        return self._article(article_id)[1]

    def _article(self, article_id: str) -> tuple[str, str]:
        if not self._texts and len(self.articles) and "article_id" in self.articles:
            for art in self.articles.to_dict("records"):
                self._texts[as_text(art.get("article_id"))] = (as_text(art.get("title")),
                                                               as_text(art.get("text")))
        return self._texts.get(article_id, ("", ""))


def _interview_lead(text: str, sentence: str) -> str:
    """The lead of an interview, when the sentence stands in a reply («— …»): the lead names
    who speaks («Генеральный директор ОАО «…» рассказал …»), and a reply's «заводу», «нам»
    are that speaker's plant ("" otherwise)."""
    at = text.find(sentence) if sentence else -1
    line = text.rfind("\n", 0, at) + 1 if at > 0 else -1
    if line <= 0 or text[line:line + 1] not in _DASHES:
        return ""
    head_end = headline_end(text)
    lead_end = text.find("\n", head_end + 1)
    return text[head_end + 1:lead_end] if 0 <= head_end < lead_end < line else ""


def _own_budget(sentence: str) -> bool:
    """Does the sentence tell a public budget's or programme's allocation («На программу
    благоустройства предусмотрено 96 млрд рублей»: `own_budget` and `own_budget_allocation`
    of `data/headline_ru.json`)?"""
    return bool(_words("own_budget").search(sentence) and _words("own_budget_allocation").search(sentence))


def _programme_of_lead(sentence: str, text: str) -> str:
    """The lead paragraph, when the sentence names a programme back with no name of its own
    («на программу в 2025 году»: `programme_told`) and the lead names one (`programme_word`):
    the programme the sentence means is the lead's ("" otherwise)."""
    if not _words("programme_told").search(sentence):
        return ""
    lead = _lead_paragraph(text)
    return lead if _words("programme_word").search(lead) else ""


def _set_in_belarus(text: str) -> bool:
    """Is the article set in Belarus by its lead (`_opening`)?"""
    return names_belarusian_place(_opening(text))


def _names_firm(text: str, firms: frozenset[str]) -> bool:
    """Does `text` name one of `firms` in quotes, in any case («Гранит», «с «Гранитом»»)?"""
    return any(re.search("«" + re.escape(f) + "[а-яё]{0,2}»", text) for f in firms)


def _opening(text: str) -> str:
    """The article's first two lines: its title (when the text repeats it) and its lead. A
    lead that places the news in a Belarusian oblast, district or town («СПК … Гродненского
    района приобрёл …») sets every figure of the article in Belarus, a district's own
    programme too (session 23's second new user)."""
    first = headline_end(text)
    if first < 0:
        return text
    lead = _lead_paragraph(text)
    return text[:first + 1] + lead


def _lead_paragraph(text: str) -> str:
    """The article's first paragraph after its title ("" when there is none); a line that is
    only a date under the title («27.01.2026») is its dateline, not its lead (newuser41 F4:
    a plant's release whose lead names the plant was read as naming no Belarus)."""
    head_end = headline_end(text)
    if head_end < 0:
        return ""
    for line in text[head_end + 1:].split("\n"):
        if line.strip() and not is_date_line(line.strip()):
            return line.strip()
    return ""


def _total_lead(lead: str) -> bool:
    """Does the lead's first sum stand in a total of many parties («Всего резиденты зоны
    заявили инвестиции на 96 млрд рублей»)? Then the lead's deal is that total (a headline
    restating it too), not the one Belarusian party the lead goes on to name."""
    figure = _words("money_figure").search(lead)
    if figure is None:
        return False
    opening = max(lead.rfind(". ", 0, figure.start()), lead.rfind("! ", 0, figure.start()))
    return _words("many_total").search(lead, opening + 1, figure.start()) is not None


def _paragraph_before(text: str, sentence: str) -> str:
    """The part of the sentence's paragraph that comes before it ("" when not found)."""
    at = text.find(sentence) if sentence else -1
    if at <= 0:
        return ""
    return text[text.rfind("\n", 0, at) + 1:at]


def _paragraph_above(text: str, sentence: str) -> str:
    """The paragraph before the sentence's own ("" when there is none)."""
    at = text.find(sentence) if sentence else -1
    own = text.rfind("\n", 0, at) if at > 0 else -1
    if own <= 0:
        return ""
    above = text[:own].rstrip()
    return above[above.rfind("\n") + 1:]
