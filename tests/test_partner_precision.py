"""Names that are no firm never reach the entity table or a project's enterprises: a currency
sign glued to its number that the NER tags as an organisation («Br3,2 млн»), and a bank that
finances a project («Эксимбанк», «Россельхозбанк»), which is no partner of it; nor is a regional
department that reports one, or a college that trains its staff."""

from __future__ import annotations

from datetime import date

from conftest import make_article

from analysis.entities import find_entities
from analysis.projects import build_register

COURT = ("Суд взыскал с российского дилера более Br3,2 млн\n"
         "Экономический суд Минска удовлетворил иск ОАО «Амкодор» к российскому дилеру: с ответчика "
         "взыскано более Br3,2 млн долга за поставленные погрузчики. Кроме того, стороны обсуждали "
         "совместное предприятие с уставным фондом Br1,5 млн.")
BANK = ("Эксимбанк профинансирует сборку комбайнов в Брянске\n"
        "Эксимбанк откроет кредитную линию заводу «Брянсксельмаш», который наладит сборку "
        "комбайнов «Гомсельмаш» в Брянской области. Россельхозбанк предоставит лизинг фермерам.")


def test_a_currency_sign_glued_to_its_number_is_no_organisation() -> None:
    article = make_article("court", COURT, date(2025, 3, 4))
    names = {e.surface for e in find_entities(article, ner=True) if e.type == "organization"}
    assert not any(n.isascii() and len(n) <= 3 for n in names), names


def test_a_bank_that_finances_a_project_is_not_its_partner() -> None:
    article = make_article("bank", BANK, date(2025, 3, 4))
    ents = {"bank": find_entities(article, ner=True)}
    rows = build_register([article], entities=ents).to_dict("records")
    assert rows, "the assembly of Gomselmash combines in Bryansk is a project"
    for row in rows:
        firms = set(row["enterprises"].split(";"))
        assert "Гомсельмаш" in firms and not firms & {"Эксимбанк", "Россельхозбанк"}, row


DEPARTMENT = ("Во Владимирской области наладят выпуск стёкол для белорусских тракторов\n"
              "Департамент промышленности Владимирской области сообщил, что в Гусь-Хрустальном "
              "в следующем году запустят выпуск гнутых стёкол для кабин тракторов МТЗ. Кадры для "
              "линии подготовит Гусевской технологический колледж.")


def test_a_regional_department_or_a_college_is_not_a_partner() -> None:
    article = make_article("department", DEPARTMENT, date(2025, 3, 4))
    ents = {"department": find_entities(article, ner=True)}
    rows = build_register([article], entities=ents).to_dict("records")
    assert rows, "the glass line for MTZ cabins is a project"
    for row in rows:
        firms = " ".join(row["enterprises"].split(";"))
        assert "Департамент" not in firms and "колледж" not in firms.lower(), row
