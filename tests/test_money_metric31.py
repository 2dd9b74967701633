"""Metric readings on new wordings (issue 10, session 31, metric31).

The rules read the cue words of `data/metric_lemmas.csv` by form and lemma; a cue verb's
reflexive or passive form («финансируется», «производятся», «закупается») and its aspect
partner («предусматривает» beside «предусмотрено») are the same word family and name the
money as the verb does; so does a compound of a cue noun («госконтракт», «допсоглашение»,
«госсубсидия», «микрозаём»). The texts are written for this test; none is a gold article's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import facts_by_surface

CASES: dict[str, list[tuple[str, str, str]]] = {
    "a cue verb's reflexive or passive form is its verb": [
        ("Строительство моста финансируется из федерального бюджета: в этом году 640 млн рублей.",
         "640 млн рублей", "financing"),
        ("Ремонт цеха софинансируется областью, её доля составит 12 млн рублей.",
         "12 млн рублей", "financing"),
        ("Ежегодно на заводе производится тракторов на 90 млн долларов.",
         "90 млн долларов", "production"),
        ("Из Гродно в Россию ежегодно экспортируется мебели на 14 млн долларов.",
         "14 млн долларов", "export"),
        ("Новая линия кредитуется Банком развития, сумма — 30 млн рублей.",
         "30 млн рублей", "credit"),
    ],
    "a cue verb's aspect partner is the same cue": [
        ("На модернизацию котельных в 2025–2027 годах региональная программа предусматривает "
         "310 млн рублей.", "310 млн рублей", "financing"),
        ("Госпрограмма предусматривает на строительство очистных сооружений 1,2 млрд рублей.",
         "1,2 млрд рублей", "financing"),
        ("Мебельная фабрика изготавливает продукции примерно на 40 млн рублей в год.",
         "40 млн рублей", "production"),
        ("Стороны ежегодно подписывают контракты на 25 млн долларов.",
         "25 млн долларов", "agreements"),
        ("За полгода областной бюджет возмещает аграриям 18 млн рублей.",
         "18 млн рублей", "financing"),
    ],
    "a provision verb or participle whose object is a measure: the measure governs": [
        ("Губернатор подписал план, предусматривающий рост товарооборота до 900 млн долларов.",
         "до 900 млн долларов", "trade_turnover"),
        ("Утверждена дорожная карта, предусматривающая увеличение экспорта до 300 млн долларов.",
         "300 млн долларов", "export"),
        ("Утверждена программа, которая предусматривает наращивание экспорта до 450 млн долларов.",
         "до 450 млн долларов", "export"),
        ("Программой предусмотрено увеличение выпуска до 2 млрд рублей в год.",
         "2 млрд рублей", "production"),
        ("Правительство области направит на поддержку экспорта 2 млрд рублей.",
         "2 млрд рублей", "financing"),
    ],
    "a family's nouns: subsidising, grants in aid, investing": [
        ("Дотации из республиканского бюджета району составили 40 млн рублей.",
         "40 млн рублей", "financing"),
        ("На субсидирование процентных ставок в этом году направят 2 млрд рублей.",
         "2 млрд рублей", "financing"),
        ("Субвенции из федерального бюджета на эти цели — 75 млн рублей.",
         "75 млн рублей", "financing"),
        ("Объём инвестирования в новый корпус превысил 210 млн рублей.",
         "превысил 210 млн рублей", "investment"),
    ],
    "a compound of a cue noun is the noun": [
        ("Госконтракт на ремонт дороги оценён в 140 млн рублей.",
         "140 млн рублей", "agreements"),
        ("Стороны подписали допсоглашение на 8 млн долларов.",
         "8 млн долларов", "agreements"),
        ("Госсубсидии фермерам области в этом году — 65 млн рублей.",
         "65 млн рублей", "financing"),
        ("Микрозаймы малому бизнесу за год составили 90 млн рублей.",
         "90 млн рублей", "credit"),
        ("Товарообмен между Псковской и Витебской областями достиг 210 млн долларов.",
         "210 млн долларов", "trade_turnover"),
    ],
    "a budget, fund or programme holds the money; «в лизинге» is a way of paying": [
        ("Средняя цена комбайна в лизинге — 30 млн рублей.", "30 млн рублей", "other"),
        ("Средний чек по трактору в лизинге за год вырос до 7,2 млн рублей.",
         "7,2 млн рублей", "other"),
        ("Ежемесячный платёж по погрузчику в лизинге составит 400 тыс. рублей.",
         "400 тыс. рублей", "other"),
        ("На покупку автобусов в областном бюджете заложено 120 млн рублей.",
         "120 млн рублей", "financing"),
        ("На закупку машин в программе обновления парка зарезервировано 60 млн рублей.",
         "60 млн рублей", "financing"),
    ],
}


@pytest.mark.parametrize(("text", "surface", "want"),
                         [c for cases in CASES.values() for c in cases],
                         ids=[f"{k[:40]}-{i}" for k, cases in CASES.items() for i in range(len(cases))])
def test_metric_reading(tmp_path: Path, text: str, surface: str, want: str) -> None:
    facts = facts_by_surface(tmp_path, text, published="2024-05-01")
    assert facts[surface].metric == want, (text, {s: f.metric for s, f in facts.items()})
