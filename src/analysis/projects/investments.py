"""The investment figures of an article that the register ties to its projects (step 6 of
`analysis.projects.register`): money facts that are investment, or told in a sentence about
investment, and whether a figure is the project's whole cost («Общий объём инвестиций в
проект оценивается в 8,6 млрд»), which outranks a part told before it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from analysis.entities import norm_word
from analysis.lazypattern import lazy_compile
from analysis.money import Fact, describe
from analysis.projects.cues import WORD, cue_hits, word_info, words

if TYPE_CHECKING:
    from analysis.ingest import Article
    from analysis.projects.mention import ReadSentence

__all__ = ["InvestmentFigure", "answers_project_question", "article_investments", "investment_figures",
           "kinds_named", "names_project", "sites_named"]

_INVEST_WORDS = lazy_compile(
    r"(?i)инвестиц|вложени|стоимость\s+проекта|обойд[её]тся|проект\w*\s+оценива|стоимост")


_ECONOMY = "экономика"  # of ``investment_economy``: the goal of the money only after «в»


class InvestmentFigure(NamedTuple):
    """An investment amount of an article, at its clean-text position."""

    position: int
    value: float
    currency: str
    total: bool = False  # its sentence calls it the whole («общий объём инвестиций в проект»)
    # «Дополнительно инвестировали 420 млн рублей»: on top of what the project had (it adds)
    additional: bool = False
    planned: bool = False  # told as an estimate or a plan («оценивается в …»: the fact's forecast)


def investment_figures(facts: Iterable[Fact]) -> list[InvestmentFigure]:
    """The investment figures among one article's money facts (what the register ties to
    its projects; the per-article cache keeps them)."""
    return [InvestmentFigure(position=f.amount.start, value=float(f.amount.value),
                             currency=f.amount.currency, total=_told_whole(f.sentence.text),
                             additional=_told_additional(f.sentence.text), planned=bool(f.forecast))
            for f in facts if (f.metric == "investment" or _INVEST_WORDS.search(f.sentence.text))
            and f.part_of is None  # a part of a sum told before («из этой суммы») is inside it
            and not _into_an_economy(f.sentence.text) and not _told_shared(f.sentence.text)]


def _into_an_economy(sentence: str) -> bool:
    """«Объём прямых инвестиций в белорусскую экономику …», «накопленные инвестиции …»: money
    put into a whole economy («в» one or two words before the noun) or a stock of years
    (``investment_economy``), no project's cost («даст экономике района 300 рабочих мест» is
    no investment's goal)."""
    found = list(WORD.finditer(sentence))
    for i, m in enumerate(found):
        lemma = word_info(m.group()).analysis.lemma
        if not (norm_word(m.group()) in words("investment_economy")
                or lemma in words("investment_economy")):
            continue
        if lemma != _ECONOMY or any(w.group().lower() in ("в", "во") for w in found[max(0, i - 3):i]):
            return True
    return False


def _told_shared(sentence: str) -> bool:
    """«Общий объём инвестиций в оба проекта …», «вложения в три площадки …»: a quantity of
    several (``investment_shared``) right before a project or site word
    (``investment_shared_objects``): the money of several projects together, no one row's."""
    found = list(WORD.finditer(sentence))
    return any(m.group().lower() in words("investment_shared")
               and word_info(n.group()).analysis.lemma in words("investment_shared_objects")
               for m, n in pairwise(found))


def _told_whole(sentence: str) -> bool:
    """«Общий объём инвестиций в проект …», «Всего в проект вложат …»: a word of the whole
    (``investment_total``) in a sentence about investment."""
    return bool(_INVEST_WORDS.search(sentence)) and any(
        norm_word(m.group()) in words("investment_total")
        or word_info(m.group()).analysis.lemma in words("investment_total")
        for m in WORD.finditer(sentence))


def _told_additional(sentence: str) -> bool:
    """«Дополнительно инвестировали …», «дополнительные вложения …» (``investment_additional``)
    in the sentence of an investment figure: the sum adds to what the project had."""
    return any(
        word_info(m.group()).analysis.lemma in words("investment_additional")
        or norm_word(m.group()) in words("investment_additional")
        for m in WORD.finditer(sentence))


def article_investments(articles: Sequence[Article], facts: Mapping[str, list[Fact]] | None,
                        ) -> dict[str, list[InvestmentFigure]]:
    """article_id → the investment figures of its money facts (None: `describe` each article)."""
    if facts is None:
        facts = {a.article_id: describe(a) for a in articles}
    return {aid: found for aid, items in facts.items() if (found := investment_figures(items))}


def kinds_named(sent: ReadSentence) -> set[str]:
    """The project kinds a sentence names by their cue («вложила в сборочную площадку около 1,2
    млрд»: assembly): an investment figure there goes to the article's one project of that
    kind, however far back it was told (`article_reading.ArticleReading._tie_investment`)."""
    return {h.cue.value for h in cue_hits(sent.toks) if h.cue.field == "kind"}


def sites_named(text: str) -> set[str]:
    """The site words (``investment_site_objects``: «центр», «площадка», «цех» …) `text`
    names, by lemma: «В строительство и оснащение центра … вложили 380 млн рублей» puts the
    money into a site the article has told (`article_reading`; newuser41 F9)."""
    site = words("investment_site_objects")
    return {lemma for m in WORD.finditer(text)
            if (lemma := word_info(m.group()).analysis.lemma) in site}


def names_project(sent: ReadSentence) -> bool:
    """Whether a word of the sentence is «проект» in the singular: the tokens' test, asked only
    of words holding «проект» once normalised (no other can have that lemma): one parse."""
    return any("проект" in norm_word(m.group()) and (a := word_info(m.group()).analysis).lemma
               == "проект" and "sing" in a.tags for m in WORD.finditer(sent.text, sent.start, sent.end))


def answers_project_question(sents: Sequence[ReadSentence], idx: int) -> bool:
    """Whether sentence `idx` answers a question about «проект» or its cost put just before
    it, on its line or the line above («Сколько стоит проект?» — «Общий объём инвестиций —
    2,4 млрд рублей», «Какие инвестиции потребовались?» — «мы вкладываем 420 млн рублей»:
    an interview's answer speaks of the project the question names)."""
    if idx < 1 or sents[idx - 1].paragraph < sents[idx].paragraph - 1:
        return False
    asked = sents[idx - 1]
    return asked.text[asked.start:asked.end].rstrip().endswith("?") and (
        names_project(asked) or asks_cost(asked))


def asks_cost(sent: ReadSentence) -> bool:
    """«Какие инвестиции потребовались?», «Во что обошлась площадка?»: a question naming money
    put into the work (``investment_question``) asks the cost of the interview's project."""
    asked = words("investment_question")
    return any(word_info(m.group()).analysis.lemma in asked
               for m in WORD.finditer(sent.text, sent.start, sent.end))
