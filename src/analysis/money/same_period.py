"""«За тот же период», «за аналогичный период», «на ту же дату»: the time of the figure in focus
or of the sentence just before (split from `carry.py`, session 44).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.carried_time import CarriedTime, stated_time
from analysis.money.focus import AGAINST_BEFORE
from analysis.money.region import SentenceSpan
from analysis.money.year import counts_back

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from analysis.money.fact_record import Fact

__all__ = ["same_period_figure", "same_period_time"]

# «за тот же период», «за аналогичный период»: the period of the figure in focus
# («в 2021-м за тот же срок было 356 млн»: «срок» is the period too)
_SAME_PERIOD = lazy_compile(
    r"(?i)(?<![\w-])(?:за|в|на)[ \u00a0]+(?:тот[ \u00a0]+же|этот(?:[ \u00a0]+же)?|данный|указанный"
    r"|аналогичн\w+"
    r"|соответствующ\w+)[ \u00a0]+(?:период\w*|срок\w*)"
    # «за тот же квартал», «за те же месяцы», «в то же полугодие» (round 15); «в том же месяце»
    # (a tranche after a credit's month: round 67)
    r"|(?<![\w-])(?:за|в)[ \u00a0]+(?:тот|те|то|том)[ \u00a0]+же[ \u00a0]+"
    r"(?:квартал\w*|месяц\w*|полугоди\w*)")
# «Государственный долг региона на ту же дату – 26,8 млрд»: the date of the figure before (a
# level on a date has no period, so its year is what is carried; plain news usage, as «за тот
# же период»)
_SAME_DATE = lazy_compile(
    r"(?i)(?<![\w-])на[ \u00a0]+(?:т(?:у|от)[ \u00a0]+же|эт(?:у|от)(?:[ \u00a0]+же)?)[ \u00a0]+"
    r"(?:дат\w*|день|число)(?!\w)")


def same_period_figure(text: str, start: int, end: int,
                       facts: Sequence[Fact]) -> Fact | None:
    """The last earlier figure with a period when text[start:end] says «за тот же период»
    («за аналогичный период»), the last reported one with a year when it says «на ту же дату»
    («на эту дату»), else None."""
    said = text[start:end]
    if not any(w in said for w in (" же ", "период", "срок", " эт")):
        return None
    if _SAME_DATE.search(text, start, end):  # «на ту же дату»: the figure before's date
        return next((f for f in reversed(facts) if f.year is not None and not f.forecast), None)
    if not _SAME_PERIOD.search(text, start, end):
        return None
    # (a comparison base told with «против» is no figure in focus: «2,9 млрд против 1,7 млрд
    # за тот же период 2023 года. … за этот период он отгрузил …» speaks of 2024, round 40;
    # nor is a figure dated back from it, «Годом ранее этот показатель составлял …», round 51)
    return next((f for f in reversed(facts) if f.period is not None and not AGAINST_BEFORE.search(
        text, max(0, f.amount.start - 24), f.amount.start) and not (
            f.year_source == "relative" and counts_back(
                text[f.sentence.start:f.sentence.end].lower()))), None)


def same_period_time(text: str, sents: Sequence[SentenceSpan], si: int, facts: Sequence[Fact],
                     published: date | None, after: int = -1) -> CarriedTime | None:
    """The time «за этот период», «за тот же период» in sentence `si` refers to: the period
    the sentence just before states, when no figure with a period was told since («… в
    январе–июне 2011 года получили 10,2 млн тонн нефти. Экспорт … за этот период составил 412
    млн долларов»: not the month of a credit's tranche told before, round 55), else the
    figure's in focus (`same_period_figure`); None if the sentence says no such words. With
    `after`, the end of an earlier figure of the sentence, only the words after it count:
    «Годом ранее за тот же период он составлял 231 млн, а за весь 2021 год — 250 млн» says
    the same period of the 231 million, not of the 250 (session 45)."""
    s_start, s_end = sents[si]
    same = same_period_figure(text, max(s_start, after), s_end, facts)
    if same is None:
        return None
    if si > 0 and sents[si - 1].start > same.sentence.start and (
            got := stated_time(text, sents[si - 1], published)) is not None and got.period:
        return got
    src = same.context or same.sentence
    return CarriedTime(year=same.year, period=same.period, source=None,
                       sentence=SentenceSpan(src.start, src.end), inherited_source=same.year_source)
