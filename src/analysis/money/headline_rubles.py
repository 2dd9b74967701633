"""A headline's bare figure in the body's rubles.

A headline that rounds its figure off («„Славянский базар“ обойдётся казне в 27 миллиардов»)
borrows its currency from the body's figure of the same value (`money.implied`: «около 27 млрд
рублей»). The body's bare «рублей» may then be read as Belarusian (`money.rubles`); the
headline says the same figure again, so it is in those rubles too (round 60).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.ingest import headline_end
from analysis.money.grammar import RUBLE_WORD

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["headline_echoes"]



def headline_echoes(text: str, before: list[Amount], out: list[Amount]) -> list[Amount]:
    """A headline's bare figure that borrowed the rubles of the body's figure of its value
    («… обойдётся казне в 27 миллиардов» over «… около 27 млрд рублей»: `implied`) says that
    figure again, in the rubles the body's is read in (Belarusian ones too)."""
    end = headline_end(text)
    for i, a in enumerate(out):
        if a.start >= end:
            break
        if not (before[i].implied_currency and before[i].currency == "RUB" and a.currency == "RUB"):
            continue
        body = next((b for b in out[i + 1:] if b.start >= end and b.currency in ("BYN", "BYR")
                     and abs(b.value - a.value) <= 1e-6 * a.value
                     and RUBLE_WORD.search(b.surface)), None)
        if body is not None:
            out[i] = replace(a, currency=body.currency)
    return out

