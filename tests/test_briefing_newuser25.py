"""A briefing's money as a new user reads it (session 25, findings 4, 5 and 7; texts written
for these tests in the manner of regional wires, none taken from their corpus):

- a special economic zone's total, told «Всего резиденты …» in a lead that goes on to name one
  Belarusian resident, is marked «Беларусь рядом не названа» and never the largest
  investment; the resident's own sum is (briefing/relevance.py, `many_total`);
- «largest» is ranked across currencies when a sum has no rate for its own year but another
  year's rate converts it (briefing/headline_figures.py);
- a Belarusian oblast's own investment is labelled with the oblast and listed after the
  Russia–Belarus money (briefing/phrases.py, briefing/money.py).
"""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_of, tag_free

ZONE = ("Резиденты ОЭЗ «Тольятти» заявили 120 млрд рублей вложений\n\n"
        "ТОЛЬЯТТИ, 12 октября 2025. Всего резиденты особой экономической зоны «Тольятти» заявили "
        "вложения на 120 млрд рублей. Среди новых резидентов — белорусский «Бобруйскагромаш», "
        "который вложит 2,4 млрд рублей в сборку пресс-подборщиков.\n")
OBLAST = ("Брестская область подвела итоги девяти месяцев\n\n"
          "БРЕСТ, 20 октября. Экспорт Брестской области в Россию за январь–сентябрь 2025 года "
          "составил 1,1 млрд долларов.\n\n"
          "Инвестиции в основной капитал по области за девять месяцев составили 3,1 млрд "
          "белорусских рублей.\n")
BUS = ("МАЗ вложит в сборку автобусов в Рязани\n\n"
       "Минский автозавод вложит 30 млн белорусских рублей в сборку автобусов в Рязанской области, "
       "сообщили в правительстве региона.\n")
META = ("file,title,source,url,published\n"
        "zone.txt,Зона,Волжские вести,https://a.example/1,2025-10-12\n"
        "oblast.txt,Брестская область подвела итоги девяти месяцев,Брестский курьер,https://b.example/2,2025-10-20\n"
        "bus.txt,Автобусы,Рязанские ведомости,https://c.example/3,2025-10-22\n")


def test_a_zones_total_is_marked_and_the_belarusian_residents_sum_is_the_largest(
        tmp_path: Path) -> None:
    b = briefing_of(tmp_path / "c", {"zone.txt": ZONE, "metadata.csv": META}, lang="ru")
    lead, table = tag_free(b.lead()), tag_free(b.money_table())
    assert "Крупнейшая сумма инвестиций" in lead and "2,4 млрд руб." in lead
    assert "120 млрд" not in lead
    assert "120 млрд руб. Беларусь рядом не названа" in table
    assert "2,4 млрд руб. Беларусь рядом не названа" not in table
    assert "Самарская область" in table  # the zone's town names its region


def test_largest_ranks_a_sum_with_no_rate_for_its_year_at_another_years(tmp_path: Path) -> None:
    b = briefing_of(tmp_path / "c", {"zone.txt": ZONE, "bus.txt": BUS, "metadata.csv": META},
                    lang="ru", currency="USD", rates=str(_rates(tmp_path)))
    lead = tag_free(b.lead())
    assert "Крупнейшая сумма инвестиций" in lead and "2,4 млрд руб." in lead


def test_an_oblasts_own_investment_is_labelled_with_it_and_follows_the_partnerships(
        tmp_path: Path) -> None:
    b = briefing_of(tmp_path / "c", {"oblast.txt": OBLAST, "zone.txt": ZONE, "metadata.csv": META},
                    lang="ru")
    table = tag_free(b.money_table())
    assert "Брестская область (Беларусь)" in table
    assert table.index("2,4 млрд руб.") < table.index("3,1 млрд бел. руб.")
    assert "3,1 млрд" not in tag_free(b.lead())


def _rates(tmp_path: Path) -> Path:
    """Rubles converted in 2025, Belarusian rubles only in 2024 (no rate for their year)."""
    path = tmp_path / "rates.csv"
    path.write_text("year,currency,quote_currency,rate\n2025,USD,RUB,90\n2024,USD,RUB,92.6\n"
                    "2024,USD,BYN,3.26\n", encoding="utf-8")
    return path
