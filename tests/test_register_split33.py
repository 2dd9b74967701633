"""Session 33 (split33): two projects of the same partners kept apart, on sentences written
here.

* A plan told with «также» / «тоже» beside a line running (or being set up) of the same firms
  and place, for goods words of its own («на той же площадке планируют освоить также сборку
  кормоуборочных комбайнов» after grain harvesters assembled there), is a second line: its own
  row. «а также» lists (an expansion told in one list stays the project), and the same goods
  told again with «также» stay one row.
* «поставки кабин на сборочный конвейер завода»: deliveries onto a maker's line name where
  the goods go, no assembly of the sentence.
"""

from __future__ import annotations

from conftest import register_of

_RUNNING = ("Холдинг «Гомсельмаш» собирает зерноуборочные комбайны на площадке в Омской "
            "области. ")


def _rows(text: str) -> list[tuple[str, str]]:
    return sorted((r["kind"], r["status"]) for r in register_of(text))


def test_a_plan_also_told_for_other_goods_is_a_second_line():
    text = _RUNNING + "На омской площадке со следующего года планируется освоить также сборку " \
        "кормоуборочных комбайнов."
    assert _rows(text) == [("assembly", "operating"), ("assembly", "planned")]


def test_the_same_goods_told_again_stay_one_row():
    text = _RUNNING + "На омской площадке планируется также нарастить сборку зерноуборочных " \
        "комбайнов."
    assert len(register_of(text)) == 1


def test_a_list_with_a_takzhe_is_no_second_line():
    text = ("В Казани работает сервисный центр МАЗ по ремонту грузовиков. К нынешним постам "
            "планируют добавить ещё три, а также участок ремонта двигателей.")
    assert len(register_of(text)) == 1


def test_deliveries_onto_a_makers_lines_are_no_assembly():
    assert register_of("Первые поставки кабин на сборочный конвейер завода МАЗ намечены на "
                       "весну.") == []
