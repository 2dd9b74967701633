"""Lists in running text: a lead line and the items under it, each a line opening with a
bullet or a dash (a price list's lead also over lines closed by «;»: `semicolon_lead`).
The lead either ends with a colon («Министр рассказал, на что пойдут деньги
в 2024 году:» over «• 620 млн — субсидии …») or is a heading: a short line with no sentence
end of its own, as infographic captions and digests set them («РЕГИОНЫ (товарооборот с РБ,
янв.–июнь)» over «• Москва — 3,62 млрд $»). The items are one sentence with their lead: its
money words, its time and its plan verb are theirs.
"""

from __future__ import annotations

from collections.abc import Iterator

from analysis.ingest import headline_start
from analysis.lazypattern import lazy_compile

__all__ = ["list_heading", "list_lead", "same_list", "semicolon_items_lead", "semicolon_lead"]

# (a fact sheet's or slide's line is an item too under a heading in capitals: a short label
# and a colon or a dash opening it, «Товарооборот: 50 млрд $» under «ЦЕЛИ 2024», «Экспорт в
# РФ — 9 млрд руб.» under «ПЛАН 2026»)
_LABEL_ITEM = lazy_compile(r"[ \u00a0]*[А-ЯЁ][а-яё]*(?:[ \u00a0][А-ЯЁа-яё]+){0,3}"
                           r"(?::|[ \u00a0][—–])[ \u00a0]")
# A list item: a line opening with a bullet or a dash, or with a year and a dash or a colon, as
# a series is set line by line («2015 год — 27,5 млрд долларов;», «2019 г. — 310 млн», «2017:
# 32,4 млрд $»), or a price list's line with a dot leader («Беларус-82.1 ........ 4 380 000
# ₽»); a list has at most so many items
# (a purchase's lot too, «Лот № 1.», under its lead «Стоимость закупки на 2009 год — …, в
# том числе:»; bare numbers «1.», «2)» opening a line were read so as well and cost two held
# metrics: numbered paragraphs are as often a column's theses as a list's items, session 40)
_ITEM = lazy_compile(r"[ \u00a0]*(?:[•·▪●*—–-]|(?:19|20)\d\d[ \u00a0]*(?:год|г\.)?[ \u00a0]*[—–:-]"
                     r"|[^\n]{1,60}?[ \u00a0]\.{4,}|[Лл]от[ \u00a0]*№?[ \u00a0]*\d{1,2}[.)])[ \u00a0]")
_LIST_REACH = 12
_TOTAL = lazy_compile(r"(?i)[ \u00a0]*(?:итого|всего)(?![\w-])")
# A heading: a short line that ends no sentence (no «.», «!», «?», «…», closing quote), with
# no dash or colon that would make it an item or a sentence of its own («Итого: 71,1 млрд»)
_HEADING_MAX = 80
_SENTENCE_END = lazy_compile(r"[.!?…»\"”:;,—–-]\Z")


def list_lead(text: str, start: int) -> tuple[int, int] | None:
    """The lead line («…, на что пойдут деньги в 2024 году:», a heading «ПОСТАВКИ В РФ
    (январь–сентябрь)») of the list whose item (a line opening with a bullet or a dash:
    «• 620 млн — субсидии …») holds `start`, else None. The items of a list are one sentence
    with their lead: its money words are theirs. Lines opening with a dash under a question
    that opens with one («— Что покупает Татарстан?») are a dialogue's replies, not a list."""
    line_start = text.rfind("\n", 0, start) + 1
    if _LABEL_ITEM.match(text, line_start) and not _TOTAL.match(text, line_start):
        return _caps_heading(text, line_start)
    if not _ITEM.match(text, line_start) and not (
            _TOTAL.match(text, line_start) and line_start > 0
            and _ITEM.match(text, text.rfind("\n", 0, line_start - 1) + 1)):
        return None  # (a total right under the items, «Итого: 71,1 млрд», is the list's too)
    blank = False  # one blank line may stand between a colon's lead and its first item
    for prev_start, prev_end, line in _lines_above(text, line_start):
        if line.endswith(":"):
            return prev_start, prev_end
        if not line and not blank:
            blank = True
            continue
        if blank:
            return None
        if not _ITEM.match(text, prev_start):
            return (prev_start, prev_end) if _heading(line) else None
        if line.endswith("?"):
            return None  # «— Какой объём торговли …?» over «— По итогам года — …»: a dialogue
    return None


def _caps_heading(text: str, line_start: int) -> tuple[int, int] | None:
    """The heading in capitals («ЦЕЛИ 2024», «КЛЮЧЕВЫЕ ЦИФРЫ (2025)») over the label lines
    («Выручка: 412,6 млн BYN») whose run holds the line at `line_start`, else None."""
    for prev_start, prev_end, line in _lines_above(text, line_start):
        if _LABEL_ITEM.match(text, prev_start) and not _TOTAL.match(text, prev_start):
            continue
        letters = [ch for ch in line if ch.isalpha()]
        return (prev_start, prev_end) if (
            _heading(line) and letters and all(ch.isupper() for ch in letters)) else None
    return None


def _lines_above(text: str, line_start: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped text) of the lines above the one opening at `line_start`, nearest
    first, as far as a list's lead may stand (`_LIST_REACH` lines)."""
    for _ in range(_LIST_REACH):
        if line_start == 0:
            return
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        yield prev_start, line_start - 1, text[prev_start:line_start - 1].rstrip()
        line_start = prev_start


def semicolon_lead(text: str, start: int) -> tuple[int, int] | None:
    """The colon-ended lead of a list set without bullets, one item a line, the items closed
    by «;» but the last («ТАРИФЫ (без НДС):» over «декларация на импорт – от 3 500 руб.;»,
    «транзитная декларация – 2 000 руб.»), whose item holds `start`, else None. (Read only
    for a lead naming prices: `money.facts`; such lines are otherwise read as sentences.)"""
    for prev_start, prev_end, line in _lines_above(text, text.rfind("\n", 0, start) + 1):
        if line.endswith(":"):
            return prev_start, prev_end
        if not line.endswith(";"):
            return None
    return None


def semicolon_items_lead(text: str, start: int) -> tuple[int, int] | None:
    """`semicolon_lead` where the list has two items at least: the line holding `start` is
    closed by «;» or follows one that is («Основные позиции импорта:» over «нефть сырая – 3 812,9
    млн долл.;», «газ природный – 1 486,0 млн долл.»). A single line after a colon is a
    quote's or a sentence's continuation, not a list."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = semicolon_lead(text, start)
    if lead is None:
        return None
    line_end = text.find("\n", line_start)
    own = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
    return lead if own.endswith(";") or lead[1] < line_start - 1 else None


def list_heading(text: str, start: int) -> tuple[int, int] | None:
    """The heading (`list_lead` that is a short line with no stop, not a colon-ended lead nor
    the article's first line, its title, nor the title under a date line) of the list whose item
    holds `start`, else None."""
    lead = list_lead(text, start)
    if lead is None or lead[0] in (0, headline_start(text)) or text[lead[0]:lead[1]].rstrip().endswith(":"):
        return None
    return lead


def same_list(text: str, lead: tuple[int, int], start: int) -> bool:
    """Is `start` in an item of the list under `lead` (the lead found from `start` itself)?"""
    return start > lead[1] and list_lead(text, start) == lead


def _heading(line: str) -> bool:
    """A heading over a list: short, no sentence end of its own, words not digits alone
    («ТОРГОВЛЯ», «Кредиты и деньги», «ПОСТАВКИ В РФ (январь–сентябрь)»)."""
    line = line.strip()
    return (0 < len(line) <= _HEADING_MAX and _SENTENCE_END.search(line) is None
            and any(ch.isalpha() for ch in line))

