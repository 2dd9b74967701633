"""Session 34 (brief34b): a project's product from its own clause, and the sentence of its
timeline cited (newuser34's register rows, on sentences written here).

* «Первые косилки соберём в Тюмени …»: a verb in the first person plural (the speaking firm
  is its subject) has its object before it; that object is the product, not a date after
  the verb, and not the goods a firm's profile lists («производитель граблей и сеялок»).
* A noun the dictionary reads as a person («пресс-подборщик») is such an object when it
  names a product.
* The register keeps the sentence that gives the shown timeline (`timeline_evidence`): a
  halted project's is the sentence of its resumption.
"""

from __future__ import annotations

import json

from conftest import register_of


def test_first_person_plural_object_is_the_product_not_the_profile():
    text = ("Гомельский завод придёт в Тюмень\n"
            "Белорусский изготовитель граблей и сеялок начинает сборку на тюменской площадке. "
            "Мы побеседовали с руководителем ОАО «Гомельагромаш».\n"
            "— Договор с ООО «Тюменьагросборка» мы заключили в июле. "
            "Первые косилки соберём в Тюмени осенью 2025 года.")
    products = {r["product"] for r in register_of(text)}
    assert products == {"косилки"}


def test_a_baler_before_a_first_person_verb_is_the_product():
    text = ("ОАО «Гомельагромаш» и ООО «Тюменьагросборка» договорились о сотрудничестве. "
            "Пресс-подборщики соберём в Тюмени к лету 2026 года.")
    rows = register_of(text)
    assert [r["product"].lower() for r in rows] == ["пресс-подборщики"]
    assert rows[0]["timeline"] == "2026-summer"


def test_the_resumption_sentence_is_the_timelines_evidence():
    text = ("Фермеры района получили новые тракторы\n"
            "Проект сборки тракторов МТЗ в Калуге, который готовило ООО «Калугаагротех», "
            "заморожен. Возобновить его партнёры собираются не раньше 2028 года. "
            "Сейчас склад предприятия пуст.")
    rows = [r for r in register_of(text) if r["timeline"]]
    assert len(rows) == 1
    told = json.loads(rows[0]["timeline_evidence"])
    assert [e["text"] for e in told] == [
        "Возобновить его партнёры собираются не раньше 2028 года."]
    assert text[told[0]["start"]:told[0]["end"]] == told[0]["text"]


def test_the_line_goods_are_delivered_to_is_no_second_site():
    text = ("Гомельский завод освоил редукторы для «Ростсельмаша»\n"
            "Гомельский завод пусковых двигателей освоил выпуск редукторов для тракторов "
            "российского «Ростсельмаша». Редукторы изготавливаются полностью в Гомеле и "
            "поставляются прямо на сборочную линию в Ростове.")
    rows = register_of(text)
    assert len(rows) == 1
    assert rows[0]["location"] == "Гомель"


def test_goods_arriving_at_a_russian_line_leave_the_region_of_the_work():
    text = ("Сборку стартеров ООО «Волгаприбор» и ОАО «БАТЭ» наладили в Самаре. Корпуса для них "
            "поступают на сборочный конвейер в Самаре из Борисова.")
    assert {r["region"] for r in register_of(text)} == {"Самарская область"}


def test_a_plan_right_after_its_signed_agreement_is_agreed():
    text = ("ОАО «Гомельагромаш» выходит в Тюмень\n"
            "— Договор с ООО «Тюменьагросборка» мы заключили в июле. "
            "Первые косилки соберём в Тюмени осенью 2025 года.")
    rows = register_of(text)
    assert [(r["status"], r["timeline"]) for r in rows] == [("agreed", "2025-autumn")]


def test_a_plan_after_an_agreement_of_other_firms_stays_planned():
    text = ("ООО «Курганагро» подписало договор с банком о кредите. "
            "ОАО «Гомельагромаш» соберёт косилки в Кургане осенью 2025 года.")
    assert {r["status"] for r in register_of(text)} == {"planned"}
