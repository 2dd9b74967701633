"""What a sentence with no metric cue of its own talks about («этот показатель», «у нас было
540 млн»): the topic set by an earlier sentence of its paragraph, the article's previous
figure, or the headline (`describe` gives it lower confidence)."""

from __future__ import annotations

from typing import NamedTuple

from analysis.entities import russian_regions_in
from analysis.ingest import headline_end, headline_start
from analysis.lazypattern import lazy_compile
from analysis.money.asked import question_before
from analysis.money.carried_time import end_of
from analysis.money.cuewords import cue_of
from analysis.money.focus import PART_OF_BEFORE
from analysis.money.lists import list_lead, semicolon_items_lead
from analysis.money.metric import NO_CUE, MetricCue, sentence_cue
from analysis.money.pointers import pointer_source
from analysis.money.region import SentenceSpan
from analysis.vocab import FLOW_METRICS

__all__ = ["PreviousFigure", "SentenceCues", "Topic", "points_past_figureless", "sentence_topic"]

_PARTS = frozenset(FLOW_METRICS)  # (a set: asked of every figure)

_PART = PART_OF_BEFORE  # «, из которых …»: a part of the figure before it
_DIGIT = lazy_compile(r"\d")
_FIRST_WORD = lazy_compile(r"[ \u00a0]*([А-ЯЁа-яё]+)")
_CAPTION_MAX = 60  # a caption over a list is a short phrase
_HEAD_PENALTY = 0  # a measure noun itself («товарооборот», «экспорт»), not «поставки»
# a place heading a paragraph, a full stop after it: «Приморский край. », «Татарстан. »
_PLACE_HEADING = lazy_compile(r"[А-ЯЁ][а-яё-]+(?:[ \u00a0][А-ЯЁа-яё-]+){0,3}\.[ \u00a0]")
# a measure pointed back to («этот показатель», «данный показатель»): a figure told before
# («эта цифра», «этой величины»: the same pointing back, session 31); every case of it
# (`money/pointers` says why `own_metric` reads the nominative only)
_POINTER = lazy_compile(pointer_source(oblique=True))
_SUMS = frozenset({"credit", "investment", "financing", "agreements"})  # money told as one sum
_WEAK_WORD = 2  # a cue this weak (a participle, a verb) yields to its sentence's figure
# (a part and «the rest» split it too: «экспорт … — около 870 млн, остальное — поставки …»)
_REST = r"остальн(?:ое|ая|ые)[ \u00a0]*[—–-]"
_SPLIT = lazy_compile(rf"(?i)(?<!\w)(?:экспорт\w*[^.!?]{{1,200}}?(?<!\w)(?:импорт|{_REST})"
                      rf"|импорт\w*[^.!?]{{1,200}}?(?<!\w)(?:экспорт|{_REST}))")


class Topic(NamedTuple):
    """A topic's metric and the sentence that set it."""

    metric: str
    source: SentenceSpan


class PreviousFigure(NamedTuple):
    """The article's previous figure, as a topic reads it."""

    metric: str
    sentence: SentenceSpan


class SentenceCues:
    """The last metric cue of each sentence, read once per article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cues: dict[SentenceSpan, MetricCue] = {}

    def last(self, span: SentenceSpan) -> MetricCue:
        cue = self._cues.get(span)
        if cue is None:
            cue = whole_of_split(sentence_cue(end_of(self.text, span)), self.text, span)
            part = _PART.search(self.text, span.start, span.end)
            if part is not None and cue.score != NO_CUE:
                # «1,04 млрд долларов, из которых 780 млн пришлось на экспорт»: the sentence
                # hands on its whole, not the part told last (nothing when the whole has no
                # cue of its own: the topic is then read further back)
                cue = sentence_cue(end_of(self.text, (span.start, part.start())))
            self._cues[span] = cue
        return cue


def sentence_topic(cues: SentenceCues, sents: list[SentenceSpan], si: int,
                   prev: PreviousFigure | None) -> Topic | None:
    """The metric of the nearest earlier sentence of sentence `si`'s paragraph that sets one,
    else of the heading of the list the paragraph is an item of, else of the
    interview question the paragraph answers, else of the article's previous
    figure (`prev`), else of the headline."""
    # «этот показатель» points back to a figure: a sentence that states none («В структуре
    # поставок из Беларуси преобладают …») between it and the figure sets no topic, unless
    # it names the measure itself («Товарооборот области с Беларусью продолжает расти. «За
    # полгода этот показатель достиг …»»: new user 31)
    pointer = _points_back(cues.text, sents[si])
    for j in range(si - 1, -1, -1):
        cue = cues.last(sents[j])
        if cue.score != NO_CUE and not _weak_without_figure(cues.text, sents[j], cue) and not (
                pointer and _DIGIT.search(cues.text, sents[j].start, sents[j].end) is None
                and not _names_measure(cue)):
            if prev is not None and prev.sentence == sents[j] and _yields_to_figure(cue, prev):
                # «получит 12 млрд из предусмотренных соглашением 105 млрд» after a credit's
                # tranche: the sentence hands on what its figure was read as, the credit;
                # «Поставки белорусских товаров в Приморский край составили …» read as the
                # region's import: its parts after it are that import (session 44, metric44b)
                return Topic(metric=prev.metric, source=sents[j])
            if pointer and prev is not None and prev.metric != "other" and (
                    sents[j].end <= prev.sentence.start):
                # «… в Самарскую область — на 900 млн. Остальное пришлось на … . Компания
                # рассчитывает увеличить этот показатель до …»: the measure pointed back to is
                # the last figure told, after the sentence whose cue would be read (metric44b)
                return Topic(metric=prev.metric, source=prev.sentence)
            return Topic(metric=cue.metric, source=sents[j])
    lead = list_lead(cues.text, sents[0].start) or semicolon_items_lead(cues.text, sents[0].start)
    if lead is not None and (head := _lead_head_metric(cues.text, lead)) is not None:
        # «Товарооборот по годам, по данным Белстата:» over «2015 год — 27,5 млрд долларов;»:
        # a lead that opens with its measure names what every elliptical item measures
        return Topic(metric=head, source=SentenceSpan(*lead))
    if lead is not None and not cues.text[lead[0]:lead[1]].rstrip().endswith(":"):
        cue = cues.last(SentenceSpan(*lead))
        if cue.score != NO_CUE:
            # «РЕГИОНЫ (товарооборот с РБ, янв.–июнь)» over «• Москва — 3,62 млрд $»: a
            # list's items speak of what its heading names (a lead sentence with a colon,
            # «Министр промышленности, торговли … рассказал, на что пойдут деньги:», names
            # bodies and speakers as well: its last cue is no topic)
            return Topic(metric=cue.metric, source=SentenceSpan(*lead))
    if lead is not None and _caption_lead(cues.text, lead):
        cue = cues.last(SentenceSpan(*lead))
        if cue.score != NO_CUE and _names_measure(cue):
            # «Основные товарные позиции экспорта:» over «молоко и молочная продукция – 1 047,3
            # млн долл.;»: a caption with a colon, a noun phrase with no speaker or body in it,
            # names what its items measure by its measure noun
            return Topic(metric=cue.metric, source=SentenceSpan(*lead))
    question = question_before(cues.text, sents[0].start, over_blank_lines=False)
    if question is not None:
        cue = cues.last(question)
        if cue.score != NO_CUE:
            return Topic(metric=cue.metric, source=question)  # «— Сколько составляет товарооборот?»
    if prev is not None and prev.metric != "other" and not _new_item(cues.text, sents[0].start, prev):
        cue = whole_of_split(MetricCue(metric=prev.metric, score=0, head=""), cues.text, prev.sentence)
        return Topic(metric=cue.metric, source=prev.sentence)
    title_end = headline_end(cues.text)
    if title_end > 0 and sents[0].start > title_end:
        title = SentenceSpan(headline_start(cues.text), title_end)  # under a date line too
        cue = cues.last(title)
        if cue.score != NO_CUE:
            return Topic(metric=cue.metric, source=title)
    return None


def _new_item(text: str, p_start: int, prev: PreviousFigure) -> bool:
    """Does the paragraph at `p_start` open a new item of a digest with a place heading
    («Приморский край. Во Владивостоке открылся дилерский центр …») after the item `prev`
    stands in? A digest's items are separate news: the figures of one hand no topic to the
    next."""
    if prev.sentence.start >= p_start:
        return False
    head = _PLACE_HEADING.match(text, p_start)
    if head is None:
        return False
    named = russian_regions_in(text, p_start, head.end())
    return bool(named) and named[0].start == p_start


def _names_measure(cue: MetricCue) -> bool:
    """Is a sentence's last cue a measure noun itself («товарооборот», «экспорт»: the
    strongest cue words), which «этот показатель» can point back to with no figure told?"""
    found = cue_of(cue.head) if cue.head else None
    return found is not None and found.penalty <= _HEAD_PENALTY and found.metric != "other"


def _yields_to_figure(cue: MetricCue, prev: PreviousFigure) -> bool:
    """Is a sentence's last cue a weak word («предусмотренных», «выделено») of one kind of
    money while its own figure was read as another (a credit named in the sentence before)?
    Or a flow word («поставки») whose figure was read as the other flow by where the goods go
    (a Belarusian maker's deliveries into a Russian region: that region's import)?"""
    found = cue_of(cue.head) if cue.head else None
    if prev.metric != cue.metric and prev.metric in _PARTS and cue.metric in _PARTS:
        return True  # (a flow read by who ships where, not by its word: a truer reading)
    return (found is not None and found.penalty >= _WEAK_WORD and prev.metric != cue.metric
            and prev.metric in _SUMS and cue.metric in _SUMS)


def _weak_without_figure(text: str, span: SentenceSpan, cue: MetricCue) -> bool:
    """A sentence with no figure whose only cue is a weak one («белорусы работают в
    строительстве и на транспорте»: a sector, «проект», «программа») sets no topic."""
    found = cue_of(cue.head) if cue.head else None
    return found is not None and found.penalty >= 3 and _DIGIT.search(
        text, span.start, span.end) is None


def _lead_head_metric(text: str, lead: tuple[int, int]) -> str | None:
    """The metric of a list lead that opens with a strong measure noun (its subject, as
    captions are written: «Товарооборот по годам:», «Экспорт тракторов в Россию:»), else None.
    Only the first word: a lead that opens with a speaker or a body («Министр … рассказал, на
    что пойдут деньги:») names no measure of its items."""
    first = _FIRST_WORD.match(text, lead[0], lead[1])
    cue = cue_of(first.group(1).lower()) if first is not None else None
    if cue is None or cue.penalty > _HEAD_PENALTY or cue.metric == "other":
        return None
    return cue.metric


def _caption_lead(text: str, lead: tuple[int, int]) -> bool:
    """Is a colon-ended list lead a caption: short, one phrase with no comma (no speaker, no
    body, no clause: «Основные позиции импорта:», «Структура экспорта в Россию:»)?"""
    line = text[lead[0]:lead[1]].rstrip()
    return line.endswith(":") and len(line) <= _CAPTION_MAX and "," not in line


def _points_back(text: str, span: SentenceSpan) -> bool:
    return _POINTER.search(text, span.start, span.end) is not None


def points_past_figureless(text: str, sents: list[SentenceSpan], si: int) -> bool:
    """Does sentence `si` point back to a measure («этот показатель может вырасти до …»)
    right after a sentence that states no figure («В структуре поставок из Беларуси
    преобладают сельхозтехника …»)? The measure is a figure's, told further back, not that
    sentence's words."""
    return si > 0 and _points_back(text, sents[si]) and _DIGIT.search(
        text, sents[si - 1].start, sents[si - 1].end) is None


def whole_of_split(cue: MetricCue, text: str, span: tuple[int, int]) -> MetricCue:
    """The topic a sentence hands on: a sentence that splits a total into export and import
    («Экспорт достиг 402 млн, импорт — 678 млн»; «экспорт … — около 870 млн, остальное —
    поставки …») hands on the total, the turnover («почти половина этого объёма — 510 млн»),
    not its last part."""
    if cue.metric in _PARTS and _SPLIT.search(text, *span):
        return MetricCue(metric="trade_turnover", score=cue.score, head=cue.head)
    return cue
