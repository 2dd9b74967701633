"""Readings a new user's corpus showed wrong in session 30, each a general reading of Russian
news (sentences written for this test, not the user's):

- a possessive size noun («Его объём», «её размер», «их сумма») points back to the money named
  before it: the credit named in the sentence before is what the amount measures, whatever
  purpose a later clause gives the money (money/possessive_size.py);
- «за январь–декабрь» is the whole year, as «за 12 месяцев» is (money/period.py);
- production named as the purpose of the money («на подготовку производства», «на
  организацию производства») is no output (not_cues);
- a need told in the present («требуется», «необходимо») is a plan (forecast);
- «на российский рынок» is the whole country's market, as «на российском рынке» is (national);
- the cost of «the project» in Belarusian rubles keeps the region the lead sets the project in
  (money/home_money.py);
- the agency a lead's dateline names under the headline («ГОМЕЛЬ, 2 мая (БелТА) – …») is the
  outlet of a file with no metadata row, so its bare «рублей» are Belarusian (ingest/chrome.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase, check_fact_case, facts_by_surface

from analysis.ingest import load_corpus
from analysis.money import canonical_period, describe

CASES = [
    FactCase("pronoun's antecedent is a credit",
             "Кредит для Минска\nМинистры обсудили параметры нового межгосударственного кредита. "
             "Его размер может достичь 80 млрд рублей, деньги пойдут на строительство "
             "электростанций.\n", "2026-03-01", "80 млрд рублей", "metric", "credit"),
    FactCase("pronoun's antecedent is a credit line, the same sentence",
             "Банк и завод\nБанк готовит для завода кредитную линию, и её объём составит "
             "3 млрд рублей, средства направят на модернизацию цехов.\n", "2026-03-01",
             "3 млрд рублей", "metric", "credit"),
    FactCase("pronoun's antecedent is an investment",
             "Новый цех\nПартнёры договорились об инвестициях в сборочный цех. Их общая сумма "
             "составит 600 млн рублей.\n", "2026-03-01", "600 млн рублей", "metric",
             "investment"),
    FactCase("the whole year told as January to December",
             "Торговля региона\nПоставки курских предприятий в республику за январь–декабрь "
             "2025 года выросли до 240 млн долларов.\n", "2026-02-01", "240 млн долларов",
             "period", None),
    FactCase("money for preparing production is financing, not output",
             "Троллейбусы\nНа подготовку производства кузовов город выделит 90 млн рублей "
             "из местного бюджета.\n", "2026-03-01", "90 млн рублей", "metric", "financing"),
    FactCase("a need told in the present is a plan",
             "Субсидии\nПо расчётам отраслевого союза, на обновление парка аграриям "
             "необходимо не менее 700 млн рублей в год.\n", "2026-03-01",
             "не менее 700 млн рублей", "forecast", True),
    FactCase("a need with «требуется» is a plan",
             "Субсидии\nДля запуска второй очереди заводу требуется около 1,5 млрд рублей "
             "заёмных средств.\n", "2026-03-01", "около 1,5 млрд рублей", "forecast", True),
    FactCase("a firm's deliveries to the Russian market are no region's",
             "Бобруйский завод соберёт шины в Ульяновске\nЗавод и ульяновская компания "
             "подписали соглашение о сборке шин в Ульяновской области.\n"
             "За полгода продажи завода на российский рынок составили 41 млн долларов.\n",
             "2026-07-01", "41 млн долларов", "region", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_session30_user_readings(tmp_path: Path, case: FactCase) -> None:
    check_fact_case(tmp_path, case)


def test_a_size_with_no_money_named_before_keeps_its_own_reading(tmp_path: Path) -> None:
    text = ("Завод\nЗавод расширил склад готовой продукции. Его объём вырос, а выручка "
            "составила 2 млрд рублей.\n")
    fact = facts_by_surface(tmp_path, text, published="2026-03-01")["2 млрд рублей"]
    assert fact.metric != "credit"


def test_a_part_of_the_year_stays_a_part() -> None:
    assert canonical_period("январь–декабрь") is None
    assert canonical_period("12 месяцев") is None
    assert canonical_period("январь–ноябрь") == "январь–ноябрь"
    assert canonical_period("9 месяцев") == "январь–сентябрь"


def test_the_projects_cost_in_belarusian_rubles_keeps_the_leads_region(tmp_path: Path) -> None:
    text = ("Гродненский завод запустил сборку погрузчиков в Вологде\n"
            "Белорусское предприятие и вологодский дилер открыли в Вологде участок сборки "
            "погрузчиков.\n"
            "Стоимость проекта составила 6 млн белорусских рублей, деньги вложил завод.\n")
    fact = facts_by_surface(tmp_path, text, published="2026-03-01")["6 млн белорусских рублей"]
    assert fact.region == "Вологодская область"


def test_a_plants_own_spending_in_belarusian_rubles_stays_without_region(tmp_path: Path) -> None:
    text = ("Гродненский завод запустил сборку погрузчиков в Вологде\n"
            "Белорусское предприятие и вологодский дилер открыли в Вологде участок сборки "
            "погрузчиков.\n"
            "Отдельно завод направил на обновление своих цехов 6 млн белорусских рублей.\n")
    fact = facts_by_surface(tmp_path, text, published="2026-03-01")["6 млн белорусских рублей"]
    assert fact.region is None


def test_a_dateline_under_the_headline_names_the_outlet(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "wire.txt").write_text(
        "Минский завод откроет дилерский центр в Туле\n\n"
        "МИНСК, 2 мая (БелТА) – Минский завод колёсных тягачей откроет дилерский центр в "
        "Туле.\n\nВ прошлом году завод вложил в сервисную сеть в России 3 млн рублей.\n",
        encoding="utf-8")
    article = load_corpus(folder).articles[0]
    assert article.source == "БелТА"
    fact = next(f for f in describe(article) if f.amount.surface == "3 млн рублей")
    assert fact.amount.currency == "BYN"


def test_a_lead_with_no_dateline_names_no_outlet(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "note.txt").write_text(
        "Тульский дилер продаёт технику МАЗ\n\n"
        "Дилер (ТАСС сообщал об этом ранее) продал 12 самосвалов.\n", encoding="utf-8")
    assert load_corpus(folder).articles[0].source in (None, "")
