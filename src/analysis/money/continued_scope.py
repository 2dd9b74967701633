"""A sentence that goes on about what the sentence before it told («такого кредитования»).

«В целом по России в прошлом году банк профинансировал приобретение белорусской
сельхозтехники на 3,2 млрд рублей. В текущем году объём такого кредитования … вырастет до 4
млрд рублей»: «такого» points back to the lending just told, so the second figure is of the
same scope, the whole country, not the region of the article's one loan (newuser40 F2). The
words are data (`scope_anaphora` of `data/money_context_ru.json`); money/region.py reads them
only when the sentence before speaks of the country as a whole.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.money.word_lists import context_data, whole_words

__all__ = ["continues_before"]


@cache
def _anaphora() -> re.Pattern[str]:
    return whole_words(context_data().get("scope_anaphora") or ["(?!)"])


def continues_before(folded: str, start: int, amount_start: int) -> bool:
    """Does the sentence from `start` point back to the sentence before it (`scope_anaphora`)
    before its amount at `amount_start`? `folded`: the lower-cased text."""
    return _anaphora().search(folded, start, amount_start) is not None
