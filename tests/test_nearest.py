"""One «did you mean» lookup for every user slip (parameters, report-set keys, notebook files)."""

from analysis.nearest import closest


def test_a_slip_finds_the_declared_name() -> None:
    for slip in ("regon", "regoin", "rgion"):
        assert closest(slip, ["corpus", "region", "year_from"]) == "region"
    assert closest("parmas", ["formats", "params"]) == "params"
    assert closest("trade_volume.ipynb", ["briefing.ipynb", "trade_volumes.ipynb"]) == "trade_volumes.ipynb"


def test_an_unrelated_name_gets_no_hint() -> None:
    assert closest("lang", ["year"]) is None
    assert closest("anything", []) is None
