"""Session 34's new user (issues 10 and 11): the wrong figures and register rows of a
14-article briefing, as classes. A joint Russian–Belarusian name makes no outlet Belarusian;
farms' machines taken in lease are what they pay; a plant head's «мы поставили» is the plant's
trade; a table's column header gives its cells' direction; a bank's own total takes no region;
a bank is no partner firm; a short name's near miss must keep its length. The sentences are
written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import facts_by_surface, make_article, register_of

from analysis.entities import canonical_enterprise
from analysis.money import describe
from analysis.money.outlets import belarusian_outlet


def _facts(text: str, published: date = date(2024, 6, 3)) -> dict[str, object]:
    return {f.amount.surface: f for f in describe(make_article("a", text, published))}


def test_a_joint_name_makes_no_outlet_belarusian() -> None:
    assert not belarusian_outlet("ПАО «Российско-Белорусский инвестиционный банк»")
    assert not belarusian_outlet("Белорусско-российский деловой клуб")
    assert belarusian_outlet("Белорусские деловые ведомости")


def test_a_joint_banks_release_counts_russian_rubles(tmp_path: Path) -> None:
    text = ("Банк подвёл итоги квартала\n"
            "Москва, 2 апреля 2024 года. Банк выдал заводу в Твери кредит на 300 млн рублей.\n"
            "За первый квартал банк профинансировал внешнеторговые операции клиентов с "
            "Беларусью на 4,3 млрд рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-04-02",
                           source="ПАО «Российско-Белорусский инвестиционный банк»")
    assert got["4,3 млрд рублей"].amount.currency == "RUB"
    assert got["4,3 млрд рублей"].region is None  # all its clients', not Tver's


def test_farms_leasing_machines_pay_for_them() -> None:
    facts = _facts("За год хозяйства района получили в лизинг белорусские комбайны на 52 млн рублей.")
    fact = facts["52 млн рублей"]
    assert (fact.metric, fact.flow) == ("other", None)


def test_farms_leasing_through_a_lessor_is_its_financing() -> None:
    facts = _facts("За год хозяйства района получили в лизинг комбайны на 52 млн рублей, "
                   "большую часть — через «Агролизинг-Центр».")
    assert facts["52 млн рублей"].metric == "financing"


def test_a_plant_heads_we_is_the_plants_own_trade() -> None:
    text = ("Директор «Амкодора»: «Урал станет нашим рынком»\n"
            "Глава холдинга рассказал, как идут дела.\n"
            "— Как продажи?\n"
            "— За первое полугодие мы отправили в Россию оборудования на 14 млн долларов.\n")
    assert _facts(text)["14 млн долларов"].goods == "оборудование «Амкодор»"


def test_a_tables_column_header_gives_its_cells_direction() -> None:
    text = ("Взаимная торговля за год\n"
            "Торговля с Россией, млн долларов США\n"
            "Квартал | оборот | экспорт в Россию | импорт из России\n"
            "I квартал 2023 | 410 | 160 | 250\n"
            "II квартал 2023 | 430 | 170 | 260\n")
    facts = _facts(text)
    assert (facts["160"].metric, facts["160"].flow) == ("export", "BY→RU")
    assert (facts["260"].metric, facts["260"].flow) == ("import", "RU→BY")


def test_a_banks_own_total_takes_no_region() -> None:
    text = ("Банк профинансировал поставку самосвалов\n"
            "Банк выдал угольщикам Хакасии кредит на 1,1 млрд рублей на покупку самосвалов. "
            "Всего объём кредитования банком экспортёров в этом году превысит 6 млрд рублей.\n")
    facts = _facts(text)
    assert facts["1,1 млрд рублей"].region == "Республика Хакасия"
    assert facts["превысит 6 млрд рублей"].region is None


def test_a_bank_is_no_partner_firm() -> None:
    rows = register_of("АО «Волжский региональный банк» выдал ООО «Нижегородские лифты» кредит "
                       "на создание в Дзержинске производства по сборке лифтов совместно с "
                       "ОАО «Могилевлифтмаш».")
    assert rows and all("банк" not in r["enterprises"].lower() for r in rows)


def test_a_short_names_near_miss_keeps_its_length() -> None:
    assert canonical_enterprise("Уралмаз") is None  # the heavy machinery plant is no УралАЗ
    assert canonical_enterprise("Гомсельмаш") == "Гомсельмаш"
