"""New user 31's register errors, on sentences written for these tests:

* a line told closed at a site of its own in another region, after sites told in a list of
  regions, is that site's project («завод остановил сборку в Рязани»), not the last region's;
* a sum told for several projects together («в оба проекта», «на три площадки») is no one
  row's investment.
"""

from __future__ import annotations

from conftest import register_of


def _by_region(rows: list[dict]) -> dict[str, dict]:
    return {r["region"]: r for r in rows if isinstance(r["region"], str)}


SITES = (
    "Тракторы МТЗ будут собирать на Урале\n\n"
    "Минский тракторный завод вместе с уральскими дилерами решил наладить сборку тракторов "
    "«Беларус» в Курганской и Челябинской областях. Договоры уже подписаны, открыть площадки "
    "планируют в 2027 году. Суммарные вложения в оба проекта оцениваются в 900 млн рублей.\n\n"
    "Продажи тракторов МТЗ в России за прошлый год выросли на 15%, сообщили на заводе.\n\n"
    "Тем временем завод остановил сборку тракторов в Моршанске Тамбовской области: участок, "
    "открытый в 2017 году, закрыт в прошлом году.\n"
)


def test_a_line_closed_elsewhere_is_that_sites_row() -> None:
    rows = _by_region(register_of(SITES))
    assert {"Курганская область", "Челябинская область", "Тамбовская область"} <= set(rows), rows
    assert rows["Тамбовская область"]["halted"] == "closed"
    for region in ("Курганская область", "Челябинская область"):
        assert not rows[region]["halted"], rows[region]
        assert rows[region]["status"] in ("planned", "agreed")


def test_the_sum_of_both_sites_is_no_one_rows_investment() -> None:
    rows = _by_region(register_of(SITES))
    for region in ("Курганская область", "Челябинская область"):
        value = rows[region]["investment_value"]
        assert value is None or value != value, rows[region]  # None or NaN


def test_one_sites_own_sum_stays_its_investment() -> None:
    rows = register_of(
        "В Кургане соберут комбайны\n"
        "Гомсельмаш и курганская компания «Зауралье-Агро» подписали соглашение о сборке "
        "комбайнов в Кургане. Вложения в проект оцениваются в 450 млн рублей.\n")
    row = _by_region(rows)["Курганская область"]
    assert row["investment_value"] == 4.5e8


def test_goods_sent_on_to_partners_assembly_sites_are_no_project() -> None:
    """«… в том числе на сборочные площадки партнёров»: a further destination of the goods'
    verb, no assembly of the sentence."""
    rows = register_of(
        "Банк даст «Бобруйскагромашу» кредит на новый цех\n\n"
        "Банк развития предоставит ОАО «Бобруйскагромаш» кредит в размере 20 млн долларов на "
        "новый цех прицепов. Основная часть машин будет поставляться в Россию, в том числе на "
        "сборочные линии российских дилеров.\n")
    assert not [r for r in rows if r["kind"] == "assembly"], rows


def test_a_partner_in_straight_quotes_is_named() -> None:
    """A text with no «» (a KOI8-R file) writes a firm's name in straight quotes."""
    rows = register_of(
        'Пензенская компания "СурАгроТех" собирает белорусские косилки\n'
        'Пензенская компания "СурАгроТех" с прошлого года собирает косилки "Бобруйскагромаш" '
        "в Пензе.\n")
    row = next(r for r in rows if r["region"] == "Пензенская область")
    assert {"СурАгроТех", "Бобруйскагромаш"} <= set(row["enterprises"].split(";")), row


def test_a_year_with_a_count_told_after_a_dash_is_an_output_year() -> None:
    """«…, в 2027 году — до 600»: the goods of the clause before, counted elliptically after
    the dash, are that year's output, not the project's start (newuser31 a02)."""
    from analysis.projects.output_time import output_year

    said = "В этом сезоне площадка соберёт 90 тракторов, в 2027 году — до 600."
    assert output_year(said, "2027")
    assert output_year("Завод выпустит 50 машин, а в 2028 году — около 1,5 тыс.", "2028")
    assert not output_year("Серийную сборку планируют начать в 2027 году — на новой линии.",
                           "2027")
