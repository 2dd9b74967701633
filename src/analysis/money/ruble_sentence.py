"""The sentence a bare ruble figure stands in, read roughly for `money.rubles`: from the last
stop or line break before it to the next one after it. A stop is one with white space after it
(a decimal point is none), and not one with a lower-case word right after that: an
abbreviation's dot inside a sentence («В Москве средняя зарплата превысила 130 тыс. рублей, в
Минске — 3 тыс. рублей»: the price's noun and the Belarusian town are one sentence; found46).
"""

from __future__ import annotations

from analysis.lang.sentences import stop_before_space

__all__ = ["sentence_of"]

# A sentence's end («.», «!», «?» before a space, or a line break): a decimal point is none.
# (one class first: sre scans for it in C)
_SENTENCE_END = stop_before_space(ellipsis=False)


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], roughly (a line, cut at «. », «! », «? »)."""
    lo = max(0, start - 400)
    # (the last `_SENTENCE_END` before `start`, read from the end: a line break, or a stop
    # with white space after it inside the stretch; a scan of all 400 characters cost ~40 k)
    s_start = max(lo, text.rfind("\n", lo, start) + 1)
    for stop in ".!?":
        at = text.rfind(stop, s_start, start - 1) if start - 1 > s_start else -1
        while at >= 0 and not _ends_sentence(text, at):
            at = text.rfind(stop, s_start, at)
        s_start = max(s_start, at + 1)
    nxt = _SENTENCE_END.search(text, end)
    while nxt is not None and not _ends_sentence(text, nxt.start()):
        nxt = _SENTENCE_END.search(text, nxt.end())
    return s_start, nxt.start() if nxt else len(text)


def _ends_sentence(text: str, at: int) -> bool:
    """Does the stop at `at` end a sentence: white space after it (\\s is `str.isspace`), and
    no lower-case word right after that (an abbreviation's dot inside a sentence: «130 тыс.
    рублей, в Минске — 3 тыс. рублей», found46)? A line break always ends one."""
    if text[at] == "\n":
        return True
    if at + 1 >= len(text) or not text[at + 1].isspace():
        return False
    after = at + 2
    while after < len(text) and text[after] in " \u00a0":
        after += 1
    return not (text[at + 1] in " \u00a0" and after < len(text) and text[after].islower())
