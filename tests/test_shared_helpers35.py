"""Helpers one job shares between places that did it twice (session 35): a pair of word lists
of the money context data, and grouping statements by the first they agree with."""

from __future__ import annotations

from analysis.figures.value_rule import group_by_lead, split_into_deals
from analysis.money.context import pattern_pair


def test_pattern_pair_compiles_two_lists_of_the_context_data() -> None:
    pair = pattern_pair("bank_lender", "lender_verb")
    assert pair is not None
    bank, gives = pair
    text = "кредит на 30 млн рублей предоставит банк развития"
    assert bank.search(text) is not None and gives.search(text) is not None
    assert pattern_pair("bank_lender", "no_such_list") is None


def test_group_by_lead_joins_the_first_group_whose_lead_agrees() -> None:
    def near(a: int, b: int) -> bool:
        return abs(a - b) <= 2

    assert group_by_lead([10, 30, 11, 12, 29, 13], near) == [[10, 11, 12], [30, 29], [13]]
    assert group_by_lead([], near) == []


def test_deals_are_split_by_the_statements_their_rounding_allows() -> None:
    mentions = [{"low": 45.0, "high": 47.0}, {"low": 38.5, "high": 38.5},
                {"low": 46.2, "high": 46.2}]
    assert split_into_deals(mentions) == [[mentions[0], mentions[2]], [mentions[1]]]
