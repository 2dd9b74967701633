"""Issue 10 (newuser 22b): a new analyst's money and date findings, each fixed as a class.

The texts are written for these tests in the manner of wires, regional press and interviews;
none is the analyst's own."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.ingest.pubdates import infer_date

TODAY = date(2026, 12, 3)


# --------------------------------------------------------------------------- finding 2: a plan's year


@pytest.mark.parametrize("text", [
    "По неофициальным данным, партнеры вложат в новый завод 9 млрд рублей и начнут выпуск "
    "тягачей в 2026 году.",
    "Проект пока прорабатывается: запуск линии окраски намечен на 2026 год.",
    "Ввод второй очереди логистического центра запланирован на 2027 год, сообщили в компании.",
])
def test_a_start_planned_for_a_year_is_not_the_publication_date(text: str) -> None:
    g = infer_date(text, [], today=TODAY)
    assert g.published is None, g


def test_a_planned_start_leaves_the_past_clues_to_date_the_text() -> None:
    g = infer_date("В прошлом году оборот области с Беларусью вырос на 7% к 2022 году. "
                   "Запуск сборки коммунальных машин намечен на 2026 год.", [], today=TODAY)
    assert g.published == date(2023, 1, 1) and "2026" not in (g.evidence or ""), g


def test_a_programmes_span_of_years_and_a_base_year_do_not_date_the_text_as_their_end() -> None:
    g = infer_date("Стороны подписали дорожную карту сотрудничества на 2025–2027 годы. "
                   "Оборот в прошлом году был на 6% выше, чем в 2023 году.", [], today=TODAY)
    assert g.published == date(2024, 1, 1) and "2027" not in (g.evidence or ""), g


@pytest.mark.parametrize(("text", "year"), [
    # a part of a year planned for is a near plan: usually the year of writing
    ("Открытие второго цеха запланировано на вторую половину 2025 года.", 2025),
    # a year's planned volume is usually told in that year
    ("Холдинг планирует увеличить поставки в Россию до $1,2 млрд в 2024 г.", 2024),
])
def test_a_near_plan_or_a_years_volume_may_still_date_the_text(text: str, year: int) -> None:
    g = infer_date(text, [], today=TODAY)
    assert g.published == date(year, 1, 1), g


# --------------------------------------------------------------------------- finding 7: a conversion


def _extract(tmp_path, texts: dict[str, str], published: str = "2025-10-14"):
    from analysis.tables.dataset import extract

    lines = ["file,title,source,url,published"]
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        lines.append(f"{name},{text.splitlines()[0]},Тест,,{published}")
    (tmp_path / "metadata.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return extract(tmp_path, ner=False)


def test_a_conversion_in_brackets_or_after_ili_is_one_figure(tmp_path) -> None:
    ds = _extract(tmp_path, {
        "credit.txt": "Сбербанк прокредитует завод в Смоленской области\n"
                      "Сбербанк открыл белорусскому заводу кредитную линию на 3,2 млрд рублей "
                      "(около $40 млн по текущему курсу) для закупки станков в Смоленской области.\n",
        "export.txt": "Экспорт завода вырос\nЭкспорт ОАО «Бобруйскагромаш» в Россию в 2024 году "
                      "составил 150 млн долларов, или около 490 млн белорусских рублей.\n"})
    amounts = ds.amounts.set_index("surface")
    # both amounts stay in the table, the conversion naming the figure it restates
    assert amounts.loc["около $40 млн", "converts"] == amounts.loc["3,2 млрд рублей", "mention_id"]
    assert amounts.loc["около 490 млн белорусских рублей", "converts"] == (
        amounts.loc["150 млн долларов", "mention_id"])
    figures = ds.figures
    credits = figures[figures["metric"] == "credit"]
    assert credits["currency"].tolist() == ["RUB"], credits
    exports = figures[figures["metric"] == "export"]
    assert exports["currency"].tolist() == ["USD"], exports


# --------------------------------------------------------------------------- finding 8: a firm's exports


def test_a_trade_noun_owned_by_a_firm_noun_is_that_firms_trade(tmp_path) -> None:
    ds = _extract(tmp_path, {"firm.txt": (
        "Лидсельмаш наращивает продажи\n"
        "ОАО «Лидсельмаш» поставляет картофелеуборочные комбайны в Россию с 2010 года. "
        "В прошлом году экспорт завода на российский рынок составил 64 млн долларов, "
        "за полугодие этого года — 31 млн. Экспорт предприятий отрасли в целом вырос на 6%.\n")})
    goods = dict(zip(ds.amounts["surface"], ds.amounts["goods"], strict=True))
    assert goods["64 млн долларов"] == goods["31 млн"] == "продукция «Лидсельмаш»", goods


# --------------------------------------------------------------------------- finding 9: a federal district


DISTRICT = (
    "Консул: Прикамье остается главным партнером\n"
    "Консул Беларуси в Казани рассказал о торговле с регионами Поволжья.\n"
    "— Товарооборот с Пермским краем в прошлом году составил 520 млн долларов. "
    "В целом по Приволжскому федеральному округу у нас около 4,1 млрд долларов. "
    "Для сравнения: в 2020 году этот показатель не дотягивал до 3 млрд.\n")


def test_a_federal_districts_figure_is_no_regions_and_not_the_countries(tmp_path) -> None:
    ds = _extract(tmp_path, {"district.txt": DISTRICT})
    rows = ds.amounts.set_index("surface")
    district = ["около 4,1 млрд долларов", "не дотягивал до 3 млрд"]
    # the amounts keep no region (a district is no Russian region), the scope says what it is
    assert rows.loc[district, "region"].isna().all()
    assert rows.loc[district, "scope"].tolist() == ["federal_district"] * 2
    assert rows.loc["520 млн долларов", "region"] == "Пермский край"
    figures = ds.figures[ds.figures["metric"] == "trade_turnover"]
    by_value = dict(zip((round(v / 1e6) for v in figures["value"]),
                        zip(figures["region"], figures["scope"], strict=True), strict=True))
    assert by_value[4100] == by_value[3000] == ("Приволжский федеральный округ", "federal_district")
    assert by_value[520] == ("Пермский край", "regional")
    assert not figures["conflict"].any()


def test_falling_short_of_a_sum_is_under_it() -> None:
    from analysis.money import find_amounts

    for text in ("В 2020 году оборот не дотягивал до 3 млрд долларов.",
                 "Экспорт завода пока не достигает 40 млн долларов."):
        [amount] = find_amounts(text)
        assert amount.qualifier == "under", amount


# --------------------------------------------------------------------------- finding 10: a base year


def test_a_comparison_base_before_is_no_year_to_go_on_with(tmp_path) -> None:
    ds = _extract(tmp_path, {"base.txt": (
        "Торговля с Пермским краем растет\n"
        "— Товарооборот с Пермским краем в прошлом году составил 610 млн долларов. "
        "Это на 8% больше, чем в 2023 году. При этом поставки белорусских товаров в край — "
        "около 350 млн долларов.\n")})
    years = dict(zip(ds.amounts["surface"], ds.amounts["year"], strict=True))
    assert years["610 млн долларов"] == years["около 350 млн долларов"] == 2024, years


# --------------------------------------------------------------------------- finding 11: the whole's topic


def test_a_part_and_the_rest_hand_on_the_whole(tmp_path) -> None:
    ds = _extract(tmp_path, {"rest.txt": (
        "Пермский край и Беларусь\n"
        "— Товарооборот с Пермским краем в прошлом году составил 610 млн долларов. "
        "При этом экспорт белорусских товаров в край — около 350 млн долларов, остальное — "
        "поставки пермских заводов в Беларусь. За девять месяцев этого года мы вышли на "
        "470 млн долларов.\n")})
    metrics = dict(zip(ds.amounts["surface"], ds.amounts["metric"], strict=True))
    assert metrics["около 350 млн долларов"] == "export"
    assert metrics["470 млн долларов"] == "trade_turnover", metrics


# --------------------------------------------------------------------------- finding 12: a state credit


def test_a_state_credits_tranche_whole_and_drawn_sum_are_credit_and_undated(tmp_path) -> None:
    ds = _extract(tmp_path, {"credit.txt": (
        "Минфин: транш по госкредиту поступит в ноябре\n"
        "Стороны согласовали график предоставления очередного транша государственного кредита. "
        "В ноябре белорусская сторона получит 9 млрд российских рублей из предусмотренных "
        "соглашением 80 млрд рублей на проекты импортозамещения. "
        "Ранее были выбраны средства на сумму 54 млрд рублей.\n")})
    rows = ds.amounts.set_index("surface")
    assert rows["metric"].tolist() == ["credit"] * 3, rows["metric"]
    # the whole and the sum drawn before are no sums of the year of writing
    assert rows.loc[["80 млрд рублей", "54 млрд рублей"], "year"].isna().all()
    assert rows.loc["54 млрд рублей", "year_source"] == "earlier"


# --------------------------------------------------------------------------- finding 13: «по соглашению»


@pytest.mark.parametrize(("text", "metric"), [
    ("По соглашению объем инвестиций в модернизацию цеха составит 420 млн рублей.", "investment"),
    ("Согласно договору, инвестиции в новую линию составят 1,1 млрд рублей.", "investment"),
    # the agreement's own sum stays the agreement's
    ("Подписано соглашение на 420 млн рублей о поставках техники.", "agreements"),
])
def test_an_agreement_that_sets_a_figure_is_not_its_metric(text: str, metric: str) -> None:
    from analysis.money import find_amounts
    from analysis.money.metric import metric_of
    from analysis.money.scope import AmountScope

    [amount] = find_amounts(text)
    scope = AmountScope(text=text, start=0, end=len(text), amount=amount, others=[amount])
    assert metric_of(scope).metric == metric


# --------------------------------------------------------------------------- finding 6: a stock's value


def test_the_value_of_goods_held_in_stock_is_no_investment(tmp_path) -> None:
    ds = _extract(tmp_path, {"stock.txt": (
        "Лидсельмаш открыл склад в Курске\n"
        "Инвестиции в новый склад в Курской области составили 3,2 млн белорусских рублей. "
        "На складе будет постоянно храниться запасных частей на сумму до 450 млн российских "
        "рублей.\n")})
    metrics = dict(zip(ds.amounts["surface"], ds.amounts["metric"], strict=True))
    assert metrics["3,2 млн белорусских рублей"] == "investment"
    assert metrics["до 450 млн российских рублей"] == "other", metrics


# --------------------------------------------------------------------------- bad input: a metadata date


def test_a_russian_written_metadata_date_is_read_day_first_and_others_are_named(tmp_path) -> None:
    from analysis.ingest import load_corpus

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Заголовок {name}\nТоварооборот вырос на 5%.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,title,source,url,published\na.txt,,,,03.11.2025\nb.txt,,,,2025/11/03\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    by_file = {a.file: a for a in corpus.articles}
    # documented (README): day first, as Russian text writes it; not 11 March
    assert (by_file["a.txt"].published, by_file["a.txt"].published_evidence) == (
        date(2025, 11, 3), "metadata.csv")
    assert by_file["b.txt"].published_evidence != "metadata.csv"
    [problem] = [p.reason for p in corpus.problems]
    assert "row 3" in problem and "2025/11/03" in problem and "DD.MM.YYYY" in problem
