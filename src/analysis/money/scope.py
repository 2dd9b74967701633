"""An amount in its sentence: what the metric, year and period readers look at.

`AmountScope.distance` says how far a mention (a year, a period, a cue) is from the amount and
whether it belongs to it at all: before the amount, far away if another amount lies between;
after it, only in the same clause and not when it is closer to a following amount.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.lang import fold_case
from analysis.lazypattern import lazy_compile
from analysis.money.amounts import Amount
from analysis.money.asides import without_inserts

__all__ = ["CLAUSE_MARK", "POINTS_BACK", "AmountScope", "fold"]

# Punctuation that closes a clause.
CLAUSE_MARK = lazy_compile(r"[,;.!?()]")
# «еще 500 млн долларов — в начале 2022-го», «второй — 2,7 млрд — в первом квартале следующего
# года», «вторая очередь — еще 900 млн — запланирована на 2027 год»: the dash stands for the
# verb (or sets the amount off), the time after a preposition (and at most one word before it)
# is its own; «— такие данные за январь–ноябрь опубликовал …» starts another statement
_ELLIPTIC_DASH = lazy_compile(
    r"(?i)[ \u00a0]+[—–][ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:(?:в|во|за|на)[ \u00a0]+(?:\w+[ \u00a0]+){0,2})?")

# a time right after an amount, with at most a currency's country code or an opening bracket
# between («с 9,3 млрд долларов США в 2000 году до 34,2 млрд в 2008 году», «15,8 млрд (2005),
# 19,7 млрд (2006)»): that amount's own time
# (a price's unit may stand between: «с 46,68 доллара за 1 тыс. куб. м в 2006 году до …»)
_RIGHT_AFTER = lazy_compile(r"[ \u00a0]*(?:[А-ЯЁA-Z]{2,4}\.?[ \u00a0]*)?"
                            r"(?:за[ \u00a0]+(?:[\w.]+[ \u00a0]+){1,4}?)?\(?[ \u00a0]*")

# the dash right after an amount that opens its sentence, and no other dash after it
_DEFINING_DASH = lazy_compile(r"[ \u00a0]*[—–][ \u00a0]+[^—–]*\Z")
# a bracket right after the amount that dates it: «(данные за 2017 год)», «(за 2023 г.)»,
# «(январь–ноябрь)», «(оценка на 2024 год)»
# a clause after the amount that names it again as its subject («620 тыс. долларов, и весь
# этот объём ушёл в Россию», «…, причём почти вся эта продукция пошла в Смоленск»): its words
# are the amount's own, as in its clause (round 44)
POINTS_BACK = lazy_compile(r"(?i)[ \u00a0]*,[ \u00a0]+(?:(?:и|причём|причем)[ \u00a0]+)?"
                            r"(?:(?:почти|практически)[ \u00a0]+)?(?:весь|вся|всё|все)[ \u00a0]+"
                            r"(?:этот|эта|это|эти)[ \u00a0]+[^,;:()—–]*")
# «…на 1,02 млрд долларов, преимущественно из Малайзии и Китая»: where the figure's goods
# mostly come from or go, told after a comma, is of the figure's own clause (session 30)
ELABORATES = lazy_compile(r"(?i)[ \u00a0]*,[ \u00a0]+(?:преимущественно|в[ \u00a0]+основном|главным"
                          r"[ \u00a0]+образом|прежде[ \u00a0]+всего|(?:по[ \u00a0]+)?большей[ \u00a0]+частью"
                          r"|в[ \u00a0]+первую[ \u00a0]+очередь)[ \u00a0]+(?:из|в|во|на)[ \u00a0]+"
                          r"[^,;:()—–]*")
_DATING_BRACKET = lazy_compile(r"(?i)[ \u00a0]*\([ \u00a0]*(?:(?:данные|оценка|итоги|прогноз)[ \u00a0]+)?"
                             r"(?:(?:за|на|в)[ \u00a0]+)?")


def fold(text: str) -> str:
    """`text` in lower case, offset for offset (context words are matched in it)."""
    return fold_case(text)  # (shared with the amount scanner, which folds the same text)


@dataclass(slots=True)
class AmountScope:
    """An amount, the sentence it stands in (clean-text offsets) and that sentence's amounts."""

    text: str  # the whole clean text (offsets are into it)
    start: int  # the sentence
    end: int
    amount: Amount
    others: list[Amount]  # every amount of the sentence, `amount` among them
    folded_text: str | None = None  # `fold(text)`, made once per article by the caller
    _lowered: str | None = field(default=None, init=False, repr=False)
    # `money.forecast.is_forecast` of this scope, once asked (a pure reading of the fields
    # above, asked up to four times an amount)
    forecast_known: bool | None = field(default=None, init=False, repr=False, compare=False)
    # `money.reader_gates.open_readers` of this scope, once asked (a pure reading of the
    # sentence)
    open_readers: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    # the keys of `money.sentence_literals`' literals that may stand in the sentence, found by
    # the same pass
    literal_keys: set[int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def lowered(self) -> str:
        """The sentence in lower case (read by several tests of one amount: made once)."""
        if self._lowered is None:
            self._lowered = self.text[self.start:self.end].lower()
        return self._lowered

    @property
    def folded(self) -> str:
        """The whole text in lower case, same offsets (made here if the caller did not)."""
        if self.folded_text is None:
            self.folded_text = fold(self.text)
        return self.folded_text

    @property
    def stretch_start(self) -> int:
        """Where the amount's own stretch of its sentence starts: after the figure before it
        (the sentence's start if none). Cue words before that belong to the earlier figure."""
        start = self.amount.start
        return max([self.start, *(o.end for o in self.others if o.end <= start)])

    @property
    def stretch_end(self) -> int:
        """Where the amount's own stretch ends: at the figure after it (the sentence's end)."""
        end = self.amount.end
        return min([self.end, *(o.start for o in self.others if o.start >= end)])

    def in_figure_bracket(self, start: int, end: int) -> bool:
        """Is text[start:end] inside a bracket, closed before the amount, that holds a figure
        of its own («290,1 млн (в 2015 г. – 318,6 млн); Курганская область – 48,7 млн»)? A
        time there is that figure's."""
        text = self.text
        opened = text.rfind("(", self.start, start)
        if opened < 0 or text.rfind(")", opened, start) >= 0:
            return False
        closed = text.find(")", end, self.amount.start)
        return closed >= 0 and any(opened < o.start < closed for o in self.others)

    def _bracket_end(self, pos: int) -> int:
        """Where the bracket open at `pos` closes (the sentence's end if it does not)."""
        closed = self.text.find(")", pos, self.end)
        return closed if closed >= 0 else self.end

    def defines(self, start: int) -> bool:
        """Is text[start:] inside the definition the amount opens («$34,6 млрд – товарооборот
        России и Белоруссии в 2017 году»)? Its «и» joins nouns, it opens no predicate."""
        return start >= self.amount.end and self._opens_definition(
            self.text[self.amount.end:start])

    def _opens_definition(self, gap: str) -> bool:
        """Does the sentence open with the amount and a dash that says what it is («$48 млн –
        объём экспорта … за 2017 год», as «Цифры недели» columns and digests write)? Then the
        words after the dash, one dash only, are the amount's own."""
        return (not self.text[self.start:self.amount.start].strip()
                and _DEFINING_DASH.match(gap) is not None)

    def distance(self, start: int, end: int) -> int | None:
        """Characters between the mention text[start:end] and the amount; None when the
        mention is not this amount's.

        Before the amount: far away if another amount lies between. After it: only in the
        same clause, and not when the mention is closer to a following amount.
        """
        amount, others, text = self.amount, self.others, self.text
        if end <= amount.start:
            dist = amount.start - end
            if any(end <= o.start < amount.start for o in others):
                dist += 1000
            elif any(o.end <= start and not CLAUSE_MARK.search(text, o.end, start)
                     for o in others) and CLAUSE_MARK.search(text, end, amount.start):
                # «1 млрд … в конце 2021 года, еще 500 млн — в начале 2022-го»: the earlier
                # amount's year; still the best when this amount has none of its own
                dist += 500
            elif any(o.end <= start and _ELLIPTIC_DASH.fullmatch(text, o.end, start)
                     for o in others):
                # «600 млн долларов — в сентябре и 400 млн — в декабре»: the time after the
                # earlier amount's dash is that amount's own
                dist += 500
            elif any(o.end <= start and _RIGHT_AFTER.fullmatch(text, o.end, start)
                     for o in others):
                # «с 9,3 млрд в 2000 году до 34,2 млрд в 2008 году»: the time right after the
                # earlier amount is that amount's (still the best when this one has no other)
                dist += 500
            return dist
        # («таков, по предварительной оценке, товарооборот … в прошлом году»: an insert set off
        # by commas closes no clause)
        gap = without_inserts(text[amount.end:start])
        if _DATING_BRACKET.fullmatch(gap) and not any(
                amount.end <= o.start < self._bracket_end(start) for o in others):
            # «150 млн долларов (данные за 2017 год)»; not «290,1 млн (в 2015 г. – 318,6
            # млн)»: a bracket of its own figure
            return max(start - amount.end, 0) + 5
        if POINTS_BACK.fullmatch(gap):
            pass  # «…, и весь этот объём ушёл в Россию»: the amount named again
        elif any(ch in gap for ch in ",;:()") or (
                (" – " in gap or " — " in gap) and not _ELLIPTIC_DASH.fullmatch(gap)
                and not self._opens_definition(gap)):
            return None
        dist = max(start - amount.end, 0) + 5  # prefer a mention before the amount
        nxt = [o.start for o in others if o.start >= end]
        if nxt and min(nxt) - end < start - amount.end and not CLAUSE_MARK.search(
                text, end, min(nxt)):
            return None
        if any(amount.end <= o.start < start for o in others):
            return None
        return dist
