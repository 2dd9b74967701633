"""New user 31's batch of tractors (session 31); own texts of the same shape:

- the value of one delivery told after the goods were sent to a region's farms («Общая
  стоимость поставки составила …» a paragraph after «завод поставил в область 35
  комбайнов») is no trade of the region: the money stage reads it `other` (not_cues) and the
  briefing lists it with the deals as a purchase of those goods (`batch_nouns`,
  briefing/purchases.py), not in the trade tables;
- with no goods named, such a sum stays unlisted.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import briefing_of

BATCH = ("Омские фермеры получили белорусские комбайны\n"
         "ОМСК, 4 сентября 2026 года. Гомельский завод отправил в Омскую область 35 "
         "зерноуборочных комбайнов по программе льготного лизинга. Машины распределили между "
         "хозяйствами области.\n\n"
         "Общая стоимость поставки составила 640 млн рублей, треть оплатит областной бюджет.\n")


def plain(markup: object) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(markup)))


def test_a_batchs_value_after_its_shipment_is_listed_with_the_deals(tmp_path: Path):
    b = briefing_of(tmp_path, {"batch.txt": BATCH}, lang="ru")
    deals = plain(b.deals_table())
    assert "покупка (комбайны)" in deals and "640 млн" in deals


def test_a_batchs_value_with_no_goods_named_is_not_listed(tmp_path: Path):
    text = BATCH.replace("35 зерноуборочных комбайнов", "крупную партию").replace(
        "Машины распределили", "Её распределили")
    b = briefing_of(tmp_path, {"batch.txt": text}, lang="ru")
    assert "640 млн" not in plain(b.deals_table())
