"""Session 42, sponsor42: the lead's decisions on readings the rounds disagree on.

A sponsor's money given to an event, a club, a restoration or a project is `financing`; money
a sponsor puts into equipment it will own stays `investment`. A bond issue stays `credit` in a
later paragraph once the article has named bonds, and the investors' demand for it is `other`
(tests/gold/README.md, «The lead's decisions … (session 42)»). Each sentence is written for this
test in the style of the news the gold sets hold.
"""

from __future__ import annotations

from conftest import surface_metrics


# ------------------------------------------------------------------ a sponsor's money given
def test_a_general_sponsor_s_contribution_is_financing() -> None:
    text = ("Бюджет молодёжного фестиваля в Могилёве в этом году составит 12 млн рублей. "
            "Генеральным спонсором снова выступил ОАО «Могилёвхимволокно», его взнос — 2,5 млн "
            "рублей.")
    got = surface_metrics(text)
    assert got["2,5 млн рублей"] == "financing"
    assert got["12 млн рублей"] == "other"  # the event's whole budget keeps its reading


def test_money_a_sponsor_sent_after_budget_money_is_financing() -> None:
    text = ("На ремонт спортивного комплекса из районного бюджета выделено 3,1 млн рублей, ещё "
            "около 400 тыс. рублей направил спонсор – ОАО «Гродноазот».")
    assert surface_metrics(text)["около 400 тыс. рублей"] == "financing"


def test_a_sponsor_who_put_money_into_games_finances_them() -> None:
    # «вложивший» reads an investment elsewhere; a sponsor's money into an event is given
    text = ("Генеральным спонсором турнира выступил «Приорбанк», вложивший в соревнования "
            "5 млн рублей.")
    assert surface_metrics(text)["5 млн рублей"] == "financing"


def test_sponsor_funds_as_a_part_of_a_festival_budget_are_financing() -> None:
    text = "Бюджет фестиваля – 240 млн рублей, из них 90 млн – спонсорские средства."
    got = surface_metrics(text)
    assert got["90 млн"] == "financing"
    assert got["240 млн рублей"] == "other"


def test_a_general_partner_adding_to_a_prize_fund_finances_it() -> None:
    text = ("Финал конкурса стартапов пройдёт в Гомеле. Призовой фонд — 30 тыс. рублей, ещё "
            "500 тыс. российских рублей добавит генеральный партнёр из Санкт-Петербурга.")
    assert surface_metrics(text)["500 тыс. российских рублей"] == "financing"


def test_a_sponsor_buying_equipment_it_will_own_invests() -> None:
    text = ("Строительство ледовой арены обойдётся в 1,4 млрд рублей. Ещё около 90 млн рублей "
            "на оборудование готов вложить спонсор.")
    assert surface_metrics(text)["около 90 млн рублей"] == "investment"


def test_a_sponsor_s_revenue_is_no_contribution() -> None:
    # the sponsor named, but its money is its own revenue, not given
    text = ("Генеральный спонсор клуба, ОАО «Беларуськалий», за год получил выручку 3,2 млрд "
            "долларов.")
    assert surface_metrics(text)["3,2 млрд долларов"] != "financing"


# ------------------------------------------------------- a bond issue across paragraphs
_BONDS = ("Минфин Беларуси разместил на Мосбирже облигации на 8 млрд рублей\n\n"
          "Министерство финансов завершило размещение трехлетних облигаций. Объем выпуска "
          "составил 8 млрд рублей, ставка купона — 13,5% годовых.\n\n"
          "Спрос инвесторов на пике превышал 14 млрд рублей. Около половины выпуска, примерно "
          "4 млрд рублей, выкупили частные инвесторы.\n\n"
          "Это третий выпуск республики на российском рынке: в прошлом году Минфин привлек "
          "5 млрд рублей. До конца года Минск рассчитывает занять еще до 12 млрд рублей.")


def test_the_issue_named_in_a_later_paragraph_is_borrowing() -> None:
    assert surface_metrics(_BONDS)["примерно 4 млрд рублей"] == "credit"


def test_money_borrowed_in_a_sentence_on_the_issue_is_credit_and_goes_on() -> None:
    got = surface_metrics(_BONDS)
    assert got["5 млрд рублей"] == "credit"
    assert got["до 12 млрд рублей"] == "credit"


def test_the_investors_demand_for_a_bond_is_other() -> None:
    assert surface_metrics(_BONDS)["превышал 14 млрд рублей"] == "other"


def test_a_book_of_orders_for_a_bond_is_other() -> None:
    text = ("Белорусский банк разместил облигации на 3 млрд рублей. Книга заявок составила "
            "4,6 млрд рублей.")
    assert surface_metrics(text)["4,6 млрд рублей"] == "other"


def test_demand_for_loans_with_no_bond_named_keeps_its_reading() -> None:
    # no bond in the article: the demand is for the loans its words name
    text = "Спрос предприятий на льготные кредиты Банка развития превысил 900 млн рублей."
    assert surface_metrics(text)["превысил 900 млн рублей"] == "credit"


def test_output_named_before_bonds_is_no_bond_issue() -> None:
    text = ("Завод увеличил выпуск на 12%, до 340 млн рублей.\n\n"
            "В следующем году предприятие планирует разместить облигации.")
    assert surface_metrics(text)["340 млн рублей"] == "production"


def test_demand_in_another_clause_leaves_a_placed_issue_credit() -> None:
    text = ("Опыт соседей показывает, что спрос на такие бумаги есть: в прошлом году банк "
            "разместил облигации на 6 млрд российских рублей.")
    assert surface_metrics(text)["6 млрд российских рублей"] == "credit"
