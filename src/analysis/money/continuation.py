"""Does a sentence go on about the figure before it: a subject pronoun («он», «этот
показатель»), «при этом», «за этот период», «Основная доля пришлась на …», an elliptic
«Экспорт — $1,1 млрд», a borrowed
currency, or an opener («Из них …», «В том числе …», «А …», «Ещё …»)? Such a sentence takes
what it leaves unsaid (metric, time) from the previous figure or sentence (`describe`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["continues", "follows_figure", "goes_on", "subset_of_paragraph_before",
           "subset_of_sentence_before"]

# «Основная доля пришлась на дизельное топливо: … на 14,9 млрд»: a part of the figure before
_MAIN_SHARE = (r"(?:основн|больш|бо́льш|львин)\w+[ \u00a0]+(?:дол|част)\w+[ \u00a0]+"
               r"(?:пришл|приход)\w*")
# A sentence that goes on about the previous one: a subject pronoun, «при этом», «за этот
# период»… (before the amount), or an elliptic «Экспорт — $1,1 млрд».
_CONTINUATION = lazy_compile(
    r"(?i)(?<![\w-])(?:он|она|оно|они|его(?=[ \u00a0]+(?:до|на|в|к)[ \u00a0])"
    r"|(?:этот|данный|указанный)[ \u00a0]+показатель|эта[ \u00a0]+сумма|при[ \u00a0]+этом"
    # «эта цифра вырастет до …», «данная величина»: the figure told before, as «этот показатель»
    r"|(?:эта|данная|указанная)[ \u00a0]+(?:цифра|величина)"
    r"|из[ \u00a0]+них|из[ \u00a0]+которых|в[ \u00a0]+том[ \u00a0]+числе"
    r"|" + _MAIN_SHARE +
    # «… продано 19,8 тыс. тракторов. В денежном выражении объём рынка оценивается в 94 млрд»:
    # the same quantity told in money
    r"|в[ \u00a0]+(?:денежном|стоимостном)[ \u00a0]+выражении"
    r"|(?:за|в)[ \u00a0]+(?:этот|тот[ \u00a0]+же|этот[ \u00a0]+же|указанный|данный)"
    r"[ \u00a0]+период\w*)(?![\w-])")
# (a time told with a preposition may have an aside between commas after it before the dash:
# «В июле, по предварительной оценке, – около 61 млн»)
_ELLIPTIC = lazy_compile(r"(?:[^\d,;.!?—–:]{1,40}?|(?i:в|во|за|на|к|с|со)[ \u00a0][^\d,;.!?—–:]{1,30}"
                         r",[^\d,;.!?—–:]{1,40},)[ \u00a0]*[—–:][ \u00a0]*")
# «Из них …», «В том числе …»: a sentence that continues the previous figure.
# (a list's item may open with its bullet: «• Из них прямые: 1,3 млрд $»)
_SUBSET_OPENER = lazy_compile(r"(?i)(?:[•·▪●*—–-][ \u00a0]+)?"
                            r"(?:из\s+них|из\s+которых|в\s+том\s+числе|из\s+этой\s+суммы"
                            r"|" + _MAIN_SHARE +
    # «… продано 19,8 тыс. тракторов. В денежном выражении объём рынка оценивается в 94 млрд»:
    # the same quantity told in money
    r"|в[ \u00a0]+(?:денежном|стоимостном)[ \u00a0]+выражении" ")")
_ANAPHORIC_OPENER = lazy_compile(
    r"(?i)(?:из\s+них|из\s+которых|в\s+том\s+числе|из\s+этой\s+суммы|из\s+этого\s+объема"
    r"|при\s+этом|а\s|еще\s|ещё\s|для\s+сравнения)")


# «Это на 6% меньше, чем в 2015 году, однако …», «Это в 1,5 раза больше»: a sentence with no
# figure of its own that compares the figure just told
_COMMENT = lazy_compile(r"(?i)[ \u00a0]*Это[ \u00a0]+(?:на[ \u00a0]+[\d,.]+[ \u00a0]*(?:%|процент\w*)"
                        r"|в[ \u00a0]+[\d,.а-яё]+[ \u00a0]+раз\w*|(?:больше|меньше|выше|ниже)(?![а-яё]))")


def follows_figure(text: str, prev: tuple[int, int], s_start: int,
                   sents: list[tuple[int, int]], si: int) -> bool:
    """Is the figure before (`prev`: its sentence) in the sentence right before this one, or in
    the one before that, with only a comment comparing it between («… составил 226,3 млн
    долларов. Это на 6% меньше, чем в 2015 году, однако в IV квартале мы увидели рост. Наш
    экспорт – 97,8 млн»)? The comment's base year and its aside are not the next figure's
    time: the figure in focus is (round 61)."""
    if si > 0 and prev[0] == sents[si - 1][0]:
        return True
    if si < 2 or prev[0] != sents[si - 2][0]:
        return False
    # (no figure stands in the comment: `prev` is the last one before this sentence)
    return _COMMENT.match(text, sents[si - 1][0]) is not None


def subset_of_paragraph_before(text: str, prev: tuple[int, int], s_start: int, si: int) -> bool:
    """Does this paragraph open with «Из них …», «В том числе …» right after the paragraph
    that holds the previous figure (`prev`: its sentence)?"""
    return (si == 0 and prev[1] <= s_start
            and text.count("\n", prev[1], s_start) == 1
            and _SUBSET_OPENER.match(text, s_start) is not None)


def subset_of_sentence_before(text: str, prev: tuple[int, int], s_start: int,
                              sents: list[tuple[int, int]], si: int) -> bool:
    """Does this sentence open with «Из них …», «В том числе …» right after the sentence of
    the previous figure (`prev`), in the same paragraph? A part of a total is of its time,
    a credit's too («выдал 14 займов на 612 млн рублей. Из них пять займов – почти 210 млн»)."""
    return si > 0 and prev[0] == sents[si - 1][0] and _SUBSET_OPENER.match(text, s_start) is not None


def goes_on(text: str, s_start: int, amount: Amount, si: int) -> bool:
    """Does the amount's sentence go on about the previous one («он», «при этом», «за этот
    период», an elliptic «Экспорт — $1,1 млрд», a borrowed currency)?"""
    return si > 0 and (amount.implied_currency or bool(
        _CONTINUATION.search(text, s_start, amount.end)
        or (_ends_with_dash(text, s_start, amount.start)
            and _ELLIPTIC.fullmatch(text, s_start, amount.start))))


def _ends_with_dash(text: str, start: int, end: int) -> bool:
    """Does text[start:end], its spaces cut off the end, end with a dash or a colon? Every
    `_ELLIPTIC` match does (it closes on ``[ \u00a0]*[—–:][ \u00a0]*``): most stretches before
    an amount do not, and the pattern's lazy runs are not tried there."""
    while end > start and text[end - 1] in " \u00a0":
        end -= 1
    return end > start and text[end - 1] in "—–:"


def continues(text: str, amount: Amount, prev: tuple[int, int], s_start: int,
              sents: list[tuple[int, int]], si: int) -> bool:
    """Does this amount continue the previous one: same sentence, or the next sentence of the
    paragraph when it is elliptic (a borrowed currency) or opens with «Из них», «А», …? (`prev`:
    the previous figure's sentence)"""
    if prev[0] == s_start:
        return True
    if si == 0 or prev[0] != sents[si - 1][0]:
        return False
    return amount.implied_currency or bool(_ANAPHORIC_OPENER.match(text, s_start))
