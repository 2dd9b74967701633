"""The per-article step on Dask, for corpora larger than one machine wants to carry.

`run_on_dask(items, work)` maps `work` over `items` as a Dask bag and returns the results in
the order of `items`. Without a `scheduler` address it starts a `LocalCluster` of `workers`
single-threaded processes (no dashboard) and closes it afterwards; with one it joins that
cluster (``tcp://host:8786``), whose workers must have this package installed at the same
version. Loading the files and the steps across articles (register, figures, tables) stay on
the machine that runs `briefing extract`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any


class DaskEngineError(Exception):
    """The Dask scheduler could not be reached or the computation failed."""


def run_on_dask(items: Sequence[Any], work: Callable[[Any], Any], *, workers: int = 1,
                scheduler: str | None = None, partition_size: int = 64) -> list[Any]:
    """`work(item)` for every item, on Dask, in order."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise DaskEngineError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: "
                              f"{exc}") from exc
    try:
        n = max(1, -(-len(items) // partition_size))
        bag = db.from_sequence(list(items), npartitions=n)
        return list(bag.map(work).compute(scheduler=client))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
