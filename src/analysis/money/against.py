"""«98 тыс. рублей против примерно 90 тысяч годом ранее»: a figure compared with «против» to a
money figure right before it is in that figure's currency, whatever its scale. (A bare
«90 тысяч» elsewhere is nearly always a count, and stays none.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.around import UNIT_AFTER, counts_something

if TYPE_CHECKING:
    from analysis.money.grammar import Core

__all__ = ["compared_currency"]

# «против», with a comma before it and one qualifier word after it («примерно», «около»)
_AGAINST = lazy_compile(r"(?i),?[ \u00a0]+против[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?\Z")
_REACH = 30


def compared_currency(text: str, prev: Core | None, core: Core) -> str | None:
    """The currency `core` takes from `prev` when «против» sets one against the other."""
    if (prev is None or prev.currency is None or core.currency is not None
            or not core.has_scale or core.bare or core.start - prev.end > _REACH):
        return None
    if not _AGAINST.match(text, prev.end, core.start):
        return None
    end = core.end + (text[core.end:core.end + 1] == ".")  # (past the dot of «тыс.»)
    if UNIT_AFTER.match(text, end) or counts_something(text, end):
        return None  # «98 тыс. рублей против 90 тыс. тонн» compares unlike things
    return prev.currency
