"""Parts a sum is told as, where the arithmetic and the wording agree (`Fact.part_of`), beside
the openers of money/part_of.py («из них», «в том числе»):

- a sum that closes its clause with a colon and the sums listed after it in its sentence,
  which add up to it: «Собственный вклад составит 2,1 млрд руб.: партнёр внесёт 1,3 млрд
  руб., банк — 800 млн руб.» (1,3 and 0,8 are parts of 2,1);
- a total told after its parts: a sum whose words before it name a total («Общий объём
  инвестиций …», «всего», «в общей сложности»; `total_words` of `data/money_context_ru.json`)
  and equal to the sums told just before it, added up: «кредит 6,5 млрд руб. … вклад 2,1
  млрд руб. … Общий объём инвестиций — 8,6 млрд руб.» (6,5 and 2,1 are parts of 8,6);
- a total told before its parts: a sum those words name a total («подписали три соглашения на
  общую сумму 1,4 млрд рублей») and the sums told next, a paragraph or two on at most, that
  add up to it: «Крупнейшее — на 860 млн рублей. Ещё два, на 420 млн и 120 млн рублей, …»
  (a part the openers of part_of.py already gave it counts with the others).

The sums must be of one currency and add up to the whole within its rounding; a sum already
a part of another is passed over (it is inside that one), so parts of parts point to their
own whole and a briefing never adds any of them to the total.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.lang.sentences import stop_before_capital
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_words, says

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["with_summed_parts"]

# how close the parts' sum must come to the whole: an exact figure's rounding, an
# approximate one's («около 8,6 млрд») a little more
_EXACT_SLACK = 0.006
_APPROX_SLACK = 0.03
# how far back a total's parts may stand: paragraph breaks between the first part and it
_PARAGRAPHS_BACK = 2
_BREAK = lazy_compile(r"\n\s*")
# a whole that closes its clause with a colon: «… составит 2,1 млрд руб.:»
_COLON_AFTER = lazy_compile(r"[ \u00a0.»\"]*:")
# what may stand between two listed parts: a clause with no sentence's end
_SENTENCE_END = stop_before_capital("«", across_lines=True)


def with_summed_parts(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, the parts a sum is told as marked with it (`part_of`)."""
    out = list(facts)
    for i, whole in enumerate(out):
        if _COLON_AFTER.match(text, whole.amount.end):
            _mark(out, _listed_after(text, out, i), whole)
    for i, whole in enumerate(out):
        if whole.part_of is None and whole.amount.qualifier in ("exact", "approx", "almost", "up_to"):
            _mark(out, _split_after(text, out, i), whole)
    for i, total in enumerate(out):
        if says(context_words().total_words, text, total.sentence.start, total.amount.start):
            _mark(out, _told_before(text, out, i), total)
            _mark(out, _told_after(text, out, i), total)
    return out


def _mark(facts: list[Fact], parts: list[int], whole: Fact) -> None:
    for j in parts:
        facts[j] = replace(facts[j], part_of=(whole.amount.start, whole.amount.end))


def _adds_up(parts: list[Fact], whole: Fact) -> bool:
    slack = _EXACT_SLACK if whole.amount.qualifier == "exact" else _APPROX_SLACK
    total = sum(p.amount.value for p in parts)
    return len(parts) >= 2 and abs(total - whole.amount.value) <= slack * whole.amount.value


def _fits(part: Fact, whole: Fact) -> bool:
    return (part.part_of is None and part.amount.currency == whole.amount.currency
            and part.amount.qualifier in ("exact", "approx", "almost")
            and 0 < part.amount.value < whole.amount.value)


def _listed_after(text: str, facts: list[Fact], i: int) -> list[int]:
    """The sums listed after the colon that closes facts[i]'s clause, when they add up to it."""
    whole = facts[i]
    chosen: list[int] = []
    for j in range(i + 1, len(facts)):
        part = facts[j]
        if part.sentence.start != whole.sentence.start or not _fits(part, whole) or \
                _SENTENCE_END.search(text, whole.amount.end, part.amount.start):
            break
        chosen.append(j)
        if _adds_up([facts[k] for k in chosen], whole):
            return chosen
    return []


def _split_after(text: str, facts: list[Fact], i: int) -> list[int]:
    """The sums of one sentence, facts[i]'s or a later one, that a word of splitting («тремя
    траншами», «в два этапа», «частями»: `split_words`) introduces after facts[i], when they
    add up to it: «… кредитной линии на 4,8 млрд рублей. Кредит будет предоставлен тремя
    траншами: первый — 1,5 млрд рублей …, второй — 2 млрд …, третий — 1,3 млрд …»."""
    whole = facts[i]
    split = context_words().split_words
    chosen: list[int] = []
    for j in range(i + 1, len(facts)):
        part = facts[j]
        first = facts[chosen[0]] if chosen else part
        if part.sentence.start != first.sentence.start or not _fits(part, whole):
            break
        if not chosen and (len(list(_BREAK.finditer(text, whole.sentence.end, part.sentence.start)))
                           > _PARAGRAPHS_BACK
                           or not split.search(text[whole.amount.end:part.amount.start].lower())):
            break  # (the next figure after the whole, a paragraph or two on at most)
        chosen.append(j)
        if _adds_up([facts[k] for k in chosen], whole):
            return chosen
    return []


def _told_before(text: str, facts: list[Fact], i: int) -> list[int]:
    """The sums told just before the total facts[i] (parts of another passed over), when
    they add up to it."""
    total = facts[i]
    if total.part_of is not None or total.amount.qualifier not in ("exact", "approx", "almost"):
        return []
    chosen: list[int] = []
    for j in range(i - 1, -1, -1):
        part = facts[j]
        if part.part_of is not None:
            continue  # inside a sum already counted
        if not _fits(part, total) or len(list(_BREAK.finditer(
                text, part.sentence.end, total.sentence.start))) > _PARAGRAPHS_BACK:
            break
        chosen.append(j)
        if _adds_up([facts[k] for k in chosen], total):
            return chosen
    return []


def _told_after(text: str, facts: list[Fact], i: int) -> list[int]:
    """The sums told next after the total facts[i] (those a part of it already counted with
    them), when they add up to it: the ones not yet marked."""
    total = facts[i]
    if total.part_of is not None or total.amount.qualifier not in ("exact", "approx", "almost"):
        return []
    span = (total.amount.start, total.amount.end)
    chosen: list[int] = []
    for j in range(i + 1, len(facts)):
        part = facts[j]
        already = part.part_of == span
        breaks = len(list(_BREAK.finditer(text, total.sentence.end, part.sentence.start)))
        if not (already or _fits(part, total)) or part.amount.currency != total.amount.currency \
                or breaks > _PARAGRAPHS_BACK:
            break
        chosen.append(j)
        if _adds_up([facts[k] for k in chosen], total):
            return [k for k in chosen if facts[k].part_of is None]
    return []
