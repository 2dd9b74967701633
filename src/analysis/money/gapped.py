"""A contrastive clause with its verb left out says the same thing of another place or part:
«отгрузил в Краснодарский край техники на $58,6 млн, а всего в Россию — на $392 млн». The
dash stands for the verb (and its cue) of the clause before; the figure after it measures
what the figure before it measures; so does a clause with no «а» («обходится в 20 400
рублей, аналог из Китая — около 26 тыс.»: round 38), but not a part named by «из них», «в
том числе» (money/parts.py). A clause that names its own measure («…, а импорт — 3 млрд»;
a tender's final price: «…, итоговая — 81,2 млн», money/tender_price.py; a company's own
funds: «за счёт кредита … до $20 млн, а также собственных средств — около 15 млрд», round 42,
money/costs.py) or has a verb of its own is no gap."""

from __future__ import annotations

from analysis.lazypattern import lazy_compile
from analysis.money.costs import names_own_funds
from analysis.money.cuewords import is_verbish, word_role
from analysis.money.tender_price import names_final_price

__all__ = ["gapped_after", "gapped_metric"]

# «, а всего в Россию — на », «, а в Москву — », «, российский аналог — »: «а» perhaps, a few
# words, the dash, «на» perhaps, an adverb of degree before it («, а за девять месяцев этого
# года — уже на 1,05 млрд»: round 70)
_GAP = lazy_compile(r"(?i),[ \u00a0]+(?:а[ \u00a0]+|(?!из[ \u00a0]|в[ \u00a0]+том[ \u00a0]|включая[ \u00a0]))"
                    r"(?P<words>(?:[а-яё-]+[ \u00a0]+){1,5}?)[—–][ \u00a0]*"
                    r"(?:(?:уже|ещё|еще|лишь|только)[ \u00a0]+)?(?:на[ \u00a0]+)?")
_WORD = lazy_compile(r"[а-яё-]+")


def gapped_after(text: str, prev_end: int, amount_start: int) -> bool:
    """Does the amount at `amount_start` stand in a gapped clause right after the figure
    ending at `prev_end` (no cue word and no verb of its own between them)?"""
    m = _GAP.fullmatch(text, prev_end, amount_start)
    if m is None or names_final_price(m.group("words")) or names_own_funds(m.group("words")):
        return False  # («начальная цена … 96,5 млн, итоговая — 81,2 млн»: the contract's)
    for w in _WORD.findall(m.group("words").lower()):
        role = word_role(w)
        if (role is not None and role.cue is not None) or is_verbish(w):
            return False
    return True


# «…, в обратном направлении — на 290 млн»: the clause left out runs the other way (session 45)
_REVERSE = lazy_compile(r"(?i)(?<![а-яё])в[ \u00a0]+обратн(?:ом[ \u00a0]+направлении|ую[ \u00a0]+сторону)")
_OTHER_WAY = {"export": "import", "import": "export"}


def gapped_metric(text: str, prev_end: int, amount_start: int, metric: str) -> str:
    """The metric of a gapped clause's figure after one of `metric`: the same, or the other
    trade flow when the gap says the goods go the other way («Из Беларуси в область поступило
    на 410 млн, в обратном направлении — на 290 млн»: an export after an import)."""
    if metric in _OTHER_WAY and _REVERSE.search(text, prev_end, amount_start):
        return _OTHER_WAY[metric]
    return metric
