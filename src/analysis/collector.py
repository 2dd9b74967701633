"""Python's cycle collector in a `briefing extract` process: fewer passes over the same objects.

With the default thresholds (a pass every 700 new objects) an extraction that unpickles the
cached results of 1,000 articles — objects that all live until the tables are written —
runs ~500 passes, and the older generations are walked again and again as they fill: ~0.15 s
of CPU, a tenth of a run that adds one article. `collect_less` raises the thresholds (a pass
every `YOUNG` new objects, the older generations `OLDER` times rarer still): ~30 passes,
~0.04 s. Cycles are still collected, only later; a large corpus's steps also collect
between them (`tables.compact.release_memory`). It is meant for the whole of a process
that ends with its command (`cli.entry`): put back mid-process, the thresholds would make
the next pass walk everything the extraction left in the young generations at once.
"""

from __future__ import annotations

import gc

__all__ = ["OLDER", "YOUNG", "collect_less"]

YOUNG = 10_000  # new objects between two passes over the youngest generation (default 700)
OLDER = 50  # passes of a generation between two of the next one (default 10)


def collect_less(young: int = YOUNG, older: int = OLDER) -> tuple[int, ...]:
    """Raise the collector's thresholds (see the module docstring); the previous ones."""
    before = gc.get_threshold()
    gc.set_threshold(young, older, older)
    return before
