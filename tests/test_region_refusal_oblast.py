"""Small things a new user met (session 24, finding 13): a Belarusian oblast given as the
briefing's region is refused saying it is a Belarusian oblast, and a citation mark never
breaks inside (the PDF of a regional lead put «[1.1,2.1,» and «3.1]» on two lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.render.param_checks import _check_region

CSS = (Path(__file__).resolve().parents[1] / "src" / "analysis" / "templates" / "briefing" / "fragments"
       / "base.css")


@pytest.mark.parametrize("value", ["Гродненская", "Витебщина", "Брестская область"])
def test_a_belarusian_oblast_is_refused_as_one(value: str) -> None:
    problem = _check_region("region", value, None).problem
    assert "Belarusian oblast" in problem and "not a Russian region" in problem


def test_other_names_keep_the_plain_refusal_and_russian_regions_pass() -> None:
    assert "Belarusian" not in _check_region("region", "Атлантида", None).problem
    assert _check_region("region", "Кузбасс", None).problem == ""


def test_a_citation_mark_does_not_wrap() -> None:
    rule = next(line for line in CSS.read_text(encoding="utf-8").splitlines() if "sup.cite" in line)
    assert "white-space: nowrap" in rule
