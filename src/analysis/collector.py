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

A process that ends with its command (not `--watch`) and extracts few articles anew — one added
to a cached corpus — stops the automatic passes altogether once the per-article step knows how
few (`pause_for_few`): what it makes after that is the tables across the corpus, whose objects
live until they are written, and the one new article's, whose cycles are a few hundred objects
(session 23: the one-added run's ~30 passes, ~0.1 G instructions, freed 1,137 objects; its peak
memory is the same). A large corpus's steps still collect between them (`gc.collect` is not
paused), and a process that extracts many articles keeps its passes.
"""

from __future__ import annotations

import gc

__all__ = ["FEW_NEW", "OLDER", "YOUNG", "collect_less", "pause_for_few"]

YOUNG = 10_000  # new objects between two passes over the youngest generation (default 700)
OLDER = 50  # passes of a generation between two of the next one (default 10)
FEW_NEW = 64  # at most this many articles extracted anew: no automatic pass after (see above)

_PAUSABLE = [False]  # set by `collect_less(pausable=True)`: the process ends with its command


def collect_less(young: int = YOUNG, older: int = OLDER, *, pausable: bool = False) -> tuple[int, ...]:
    """Raise the collector's thresholds (see the module docstring); the previous ones.
    `pausable`: the process ends with its command, so `pause_for_few` may stop the passes."""
    before = gc.get_threshold()
    gc.set_threshold(young, older, older)
    _PAUSABLE[0] = pausable
    return before


def pause_for_few(new_articles: int) -> bool:
    """No more automatic passes when this process ends with its command (`collect_less`
    said so) and extracts at most `FEW_NEW` articles anew; whether they were stopped."""
    if not _PAUSABLE[0] or new_articles > FEW_NEW:
        return False
    gc.disable()
    return True
