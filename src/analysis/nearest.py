"""The nearest known name to a misspelled one, for «did you mean …?» hints.

One definition for every message that names a user's slip: a notebook parameter («regoin»), a
report-set key («parmas»), a notebook file («trade_volume.ipynb»), an option («--fromat»), a
region («Омскя»). Each caller words its own hint.
"""

from __future__ import annotations

from collections.abc import Iterable

SIMILAR_ENOUGH = 0.6  # difflib's own default: «regon», «regoin», «curency» pass; «year» for «lang» does not


def closest(name: str, known: Iterable[str], cutoff: float = SIMILAR_ENOUGH) -> str | None:
    """The known name most like `name`, or None when none is similar enough (`cutoff`: a
    long list of like names, the regions', asks for more)."""
    import difflib  # only on the error path: the commands' start stays light

    close = difflib.get_close_matches(name, list(known), n=1, cutoff=cutoff)
    return close[0] if close else None
