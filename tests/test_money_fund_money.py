"""A fund's money («дорожный фонд утверждён в объёме …», «фонд капремонта затратил …») is
money given out, `financing`; an insurance fund paying for treatment is no such cue (issue 10,
session 27). Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_road_fund_s_size_is_financing(tmp_path: Path) -> None:
    text = ("Дороги области\n"
            "Областной дорожный фонд на 2021 год утверждён в объёме 2,4 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2021-02-01")
    assert got["2,4 млрд рублей"].metric == "financing"


def test_an_insurance_fund_paying_for_care_is_not_financing(tmp_path: Path) -> None:
    text = ("Лечение за границей\n"
            "Фонд обязательного медицинского страхования Псковской области перечислил "
            "витебским больницам 6,1 млн рублей за лечение жителей региона.\n")
    got = facts_by_surface(tmp_path, text, published="2021-02-01")
    assert got["6,1 млн рублей"].metric != "financing"
