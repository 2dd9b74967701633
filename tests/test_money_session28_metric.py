"""What a figure measures, for the causes session 28 (issue 10, metric28) found in the dev
parts of the study rounds. The texts are written for this test in the style of such news.

- the Belarusian side of a sale in Russia may stand in an earlier sentence of the figure's
  paragraph («Белорусскую обувь берут в Поволжье. Продажи через дилеров в Самаре …»): export;
  a headline's Belarusian goods are not carried to a dealer's own sales in a paragraph of
  their own (they stay its revenue, other);
- a Belarusian maker's «российские продажи» are its sales in Russia: export;
- a verb shipping goods into a named place governs the sum after it, over a cue noun of the
  words before the verb («Заказы из России — половина портфеля. — Мы отправили в Россию
  стульев на …»): export; a cue inside the verb's own phrase still decides;
- a contract in a preposition's phrase after a verb of buying («покупает пресс по договору
  на …») is where the sum hangs from: agreements, not the purchase;
- the year under way told ahead with no year named («к концу года», «по году выйдем на», «год
  закроем на») is the publication year, even in January (not the year just finished, as a
  result «по итогам года» read in January–February is);
- «тогда же» inside a sentence points back to the time of the sentence before, as an opening
  «Тогда» does («В прошлом году … . Для ремонта цеха тогда же взяли кредит на …»);
- a bare year heading an item of a list run into a sentence, a dash after it («Экспорт в
  Россию: 2012 — $3,1 млн; 2013 — $4,4 млн»), is that item's year, as at a line's head;
- a surname that opens with a country's stem («Литвинов», «Литвиненко») names no third
  country: a director's «мы отправили в Россию» stays Belarus's export to Russia.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase as Case
from conftest import facts_by_surface

_SHOES = ("Обувщики подвели итоги года\n"
          "Белорусскую обувь охотнее всего покупают в Поволжье. Продажи через дилеров в Самаре "
          "составили 42 млн долларов, в Казани — 17 млн долларов.\n")
_DEALER = ("Белорусские тракторы дорожают\n"
           "Калужский дилер «Агро-Сервис» по итогам полугодия реализовал 40 машин на 300 млн "
           "рублей.\n")
_MAKER = ("Завод подвёл итоги\n"
          "Российские продажи белорусского завода «Светоприбор» выросли до 3,2 млн долларов.\n")
_ORDERS = ("Мебельщики из Пинска\n"
           "— Заказы из России у нас сейчас — половина портфеля, — говорит директор фабрики. "
           "— В прошлом году мы отправили в Россию стульев на 310 тысяч долларов.\n")
_CONTRACT = ("Мебельщики из Пинска\n"
             "Фабрика отправила в Россию стулья по контракту на 310 тысяч долларов.\n")
_PRESS = ("Пример из практики\n"
          "Смоленский завод покупает в Минске пресс по договору на 8,4 млн рублей.\n")
_AHEAD = ("Итоги и планы\n"
          "Оборот сети растёт. К концу года выручка компании превысит 3 млрд рублей. "
          "Торговля области с Гродно идёт ровно: год закроем примерно на 280 млн долларов. "
          "По году экспорт выйдет на 12 млн долларов.\n")
_THEN = ("Литейщики из Гомеля\n"
         "В прошлом году на металл потрачено 95 тыс. долларов. Для ремонта цеха тогда же "
         "взяли кредит на 210 тыс. рублей.\n")
_ITEMS = ("Справка о предприятии\n"
          "Экспорт в Россию: 2012 — $3,1 млн; 2013 — $4,4 млн.\n")
_SURNAME = ("Стекло из Борисова\n\n"
            "— Заказы из России растут, — рассказывает директор завода Игорь Литвиненко. — В "
            "прошлом году мы отправили в Россию посуды на 820 тысяч долларов.\n")

CASES = [
    Case("the Belarusian side told earlier in the paragraph: a sale in Russia is export",
         _SHOES, "2023-02-10", "42 млн долларов", "metric", "export"),
    Case("the item after it reads as the first", _SHOES, "2023-02-10", "17 млн долларов",
         "metric", "export"),
    Case("a headline's Belarusian goods are not carried to a dealer's own sales", _DEALER,
         "2023-07-10", "300 млн рублей", "metric", "other"),
    Case("a Belarusian maker's «российские продажи» are export", _MAKER, "2023-02-10",
         "3,2 млн долларов", "metric", "export"),
    Case("a shipping verb governs the sum over a cue noun before it", _ORDERS, "2019-05-20",
         "310 тысяч долларов", "metric", "export"),
    Case("a cue noun after the shipping verb still decides", _CONTRACT, "2019-05-20",
         "310 тысяч долларов", "metric", "agreements"),
    Case("a contract after a verb of buying governs its sum", _PRESS, "2022-04-11",
         "8,4 млн рублей", "metric", "agreements"),
    Case("«к концу года» in January: the year under way", _AHEAD, "2022-01-20",
         "превысит 3 млрд рублей", "year", 2022),
    Case("«год закроем на»: the year under way", _AHEAD, "2022-01-20",
         "280 млн долларов", "year", 2022),
    Case("«по году выйдет на»: the year under way", _AHEAD, "2022-01-20",
         "12 млн долларов", "year", 2022),
    Case("«тогда же» inside the sentence takes the time before", _THEN, "2019-04-02",
         "210 тыс. рублей", "year", 2018),
    Case("a year heading a list item run into a sentence", _ITEMS, "2016-03-01",
         "$3,1 млн", "year", 2012),
    Case("the next item's year", _ITEMS, "2016-03-01", "$4,4 млн", "year", 2013),
    Case("a surname opening with «Литв» names no third country", _SURNAME, "2018-06-01",
         "820 тысяч долларов", "flow", "BY→RU"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_session28_fact(case: Case, tmp_path: Path) -> None:
    facts = facts_by_surface(tmp_path, case.text, published=case.published)
    fact = facts[case.surface]
    for name in case.field.split("."):
        fact = getattr(fact, name)
    assert fact == case.want
