"""The lead's «largest investment linked to Belarus» (new user, session 24, finding 6): a
Belarusian firm's own capex at home, in Belarusian rubles and naming no Russian side, is no
Russia–Belarus deal and never heads the briefing (it stays in the tables); and «largest» is
not claimed between currencies that could not be converted.

The texts are written for these tests in the manner of a plant's release and regional news."""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_of, tag_free

PLANT = ("«Лидахлебопродукт» подвёл итоги девяти месяцев\n\n"
         "ЛИДА, 30 октября. ОАО «Лидахлебопродукт» в текущем году направило на модернизацию "
         "элеватора 14 млн белорусских рублей. В 2027 году объём инвестиций планируется увеличить "
         "до 22 млн рублей.\n")
SMOLENSK = ("Белорусский холдинг построит завод в Смоленской области\n\n"
            "Белорусский холдинг «Амкодор» вложит 900 млн рублей в строительство сборочного завода "
            "под Смоленском, сообщили в администрации Смоленской области.\n")
KALUGA = ("Минский завод откроет сборку в Калуге\n\n"
          "МАЗ инвестирует 12 млн долларов в сборочное производство в Калужской области, сообщили "
          "в правительстве региона.\n")
META = ("file,title,source,url,published\n"
        "plant.txt,Итоги,Лидахлебопродукт,https://a.example/1,2026-10-30\n"
        "smolensk.txt,Завод,Смоленские новости,https://b.example/2,2026-10-20\n"
        "kaluga.txt,Сборка,Калуга-Инфо,https://c.example/3,2026-10-21\n")


def test_a_belarusian_firms_own_capex_never_heads_the_briefing(tmp_path: Path) -> None:
    b = briefing_of(tmp_path / "c", {"plant.txt": PLANT, "smolensk.txt": SMOLENSK, "metadata.csv": META},
                    lang="ru")
    lead = tag_free(b.lead())
    assert "Крупнейшая сумма инвестиций" in lead and "900 млн руб." in lead
    assert "22 млн" not in lead and "14 млн" not in lead
    assert "22 млн" in tag_free(b.money_table())  # still in the tables


def test_largest_is_not_claimed_across_unconverted_currencies(tmp_path: Path) -> None:
    b = briefing_of(tmp_path / "c", {"smolensk.txt": SMOLENSK, "kaluga.txt": KALUGA, "metadata.csv": META},
                    lang="ru", currency="USD", rates=str(_no_rub_rates(tmp_path)))
    assert "Крупнейшая сумма инвестиций" not in tag_free(b.lead())
    table = tag_free(b.money_table())
    assert "900 млн руб." in table and "12 млн" in table


def _no_rub_rates(tmp_path: Path) -> Path:
    """A rates file with no ruble rate for 2026 (the package's may have one by then)."""
    path = tmp_path / "rates.csv"
    path.write_text("year,currency,quote_currency,rate\n2026,EUR,USD,1.1\n", encoding="utf-8")
    return path
