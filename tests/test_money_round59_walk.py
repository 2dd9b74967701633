"""What a figure is, for the causes found in round 59's dev part (session 38, walk59money).
The texts are written for this test in the style of such news.

- subsidies on loan interest told as the subject of «составили» are the support, financing,
  not the loans' credit (`interest_support`).
- a deal's own cost told right after its phrase («для выполнения контракта с дистрибьютором
  стоимостью …») is the contract's value, whatever credit the sentence grants for it; a
  credit line opened «в июне» makes that value a one-off sum (no period, no year).
- a cue-less body figure that goes on from an earlier figure of its sentence does not take an
  equal headline figure's meaning: the headline says the body again, not the other way round.
- deliveries a bank «профинансировал» are its financing, not an export (rounds 56, 59).
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_interest_subsidies_told_with_a_copula_are_support(tmp_path: Path) -> None:
    text = ("Техника для сёл\n\n"
            "Областной филиал банка с начала года выдал фермерам кредитов на покупку тракторов "
            "на 280 млн рублей. Субсидии на возмещение части процентной ставки по этим кредитам "
            "из федерального бюджета в прошлом году составили 36 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2012-05-16")
    assert got["280 млн рублей"].metric == "credit"
    assert got["36 млн рублей"].metric == "financing"


def test_a_contract_cost_after_a_credit_for_it_is_the_contract(tmp_path: Path) -> None:
    text = ("Банк поддержал экспортёра\n\n"
            "В марте банк открыл заводу кредитную линию на 8 млн рублей для исполнения "
            "контракта со смоленским дилером стоимостью 5,2 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2021-07-23",
                           url="https://bank-news.by/2021/07/liniya", source="Банк-новости")
    assert got["8 млн рублей"].metric == "credit"
    deal = got["5,2 млн долларов"]
    assert deal.metric == "agreements"
    assert deal.period is None and deal.year is None


def test_a_contract_cost_with_no_credit_stays_the_contract(tmp_path: Path) -> None:
    text = ("Заказ для Твери\n\n"
            "Банк выдал предприятию кредит на 40 млн рублей под контракт стоимостью 3 млн "
            "долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2019-03-01")
    assert got["3 млн долларов"].metric == "agreements"


def test_goods_received_under_a_contract_keep_their_own_cost(tmp_path: Path) -> None:
    text = ("Новые комбайны\n\n"
            "По договору с лизинговой компанией хозяйство получит два комбайна стоимостью "
            "18 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2019-03-01")
    assert got["18 млн рублей"].metric != "agreements"


def test_a_body_figure_equal_to_the_headline_keeps_its_own_meaning(tmp_path: Path) -> None:
    text = ("Ярмарка: подписано контрактов почти на миллиард рублей\n\n"
            "На ярмарке подписано 40 контрактов на общую сумму 960 млн рублей.\n\n"
            "Губернатор добавил, что товарооборот области с Беларусью в прошлом году достиг "
            "820 млн рублей, а через два года может превысить 1 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2018-09-12")
    target = next(f for surface, f in got.items() if "превысить" in surface)
    assert target.metric == "trade_turnover"
    assert target.forecast


def test_deliveries_a_bank_financed_are_its_financing(tmp_path: Path) -> None:
    text = ("Банк поддержал экспорт\n\n"
            "За первый квартал банк профинансировал экспортные поставки гродненских "
            "предприятий в Россию на 86 млн BYN.\n")
    got = facts_by_surface(tmp_path, text, published="2022-04-20",
                           url="https://grodno-bank.by/2022/04/eksport", source="Гродно-банк")
    assert got["86 млн BYN"].metric == "financing"


def test_a_plan_that_sets_an_export_level_stays_export(tmp_path: Path) -> None:
    text = ("Программа\n\n"
            "Программа предусматривает рост экспорта в Россию до 700 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2022-04-20")
    assert got["до 700 млн долларов"].metric == "export"
