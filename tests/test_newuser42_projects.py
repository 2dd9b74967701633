"""newuser42's register findings (session 42). Sentences are our own, in the style of a
regional interview, a regional news item and a Belarusian agency's report.

F6: in an interview, «совместный проект» says the work is shared, the assembly told says what
it is; a localisation asked in a question is read in its answer; the sum of an answer to a
question on investments is the project's.
F7: a site whose work moved to another region is closed with its own partner; the new site
takes the partner named after the move verb and the maker.
F8: a product phrase never ends on the adjectives of a complement cut before its noun.
F11: «Выпуск первых машин запланирован на …» gives the project its timeline.
"""

from __future__ import annotations

from datetime import date

from conftest import make_article, register_of

from analysis.projects.labels import tidy_label
from analysis.projects.localisation import localisation_figures
from analysis.projects.localisation_answers import answers_localisation, asks_localisation
from analysis.projects.mention import read_sentences
from analysis.projects.product_search import product_in_sentences

INTERVIEW = (
    "«Мы собираем каждый четвёртый каток «Амкодор» в стране»\n"
    "Директор калужского завода «Калугадормаш» Игорь Лебедев рассказал, как идёт совместный "
    "проект с белорусским холдингом «Амкодор» и зачем заводу новый участок.\n"
    "— Что сейчас делают на вашей площадке?\n"
    "— Сейчас у нас на площадке делают сварку рам, окраску и полную сборку катков, а из Минска "
    "получаем двигатели и гидравлику.\n"
    "— Какие инвестиции потребовались?\n"
    "— В этом году мы вкладываем 310 млн рублей в новый сварочный участок.\n"
    "— Какой уровень локализации сейчас?\n"
    "— Примерно 41%. К 2028 году хотим выйти на 60%.\n")

MOVED = (
    "Сборка погрузчиков «Амкодор» переехала из Вологодской области в Ярославскую\n"
    "Сборку фронтальных погрузчиков «Амкодор», которую с 2019 года вело ООО «Северспецтех» в "
    "Череповце Вологодской области, перенесли в Ярославскую область. Производство в Череповце "
    "остановлено в мае 2025 года, оборудование переведено на площадку ООО «Ярдормаш» в "
    "Рыбинске.\n"
    "Новая площадка в Рыбинске начала работу в августе.\n")


# ---- F6 -------------------------------------------------------------------------------------

def test_f6_an_interviews_joint_project_that_assembles_is_an_assembly() -> None:
    (row,) = register_of(INTERVIEW, date(2025, 5, 20))
    assert (row["region"], row["enterprises"], row["kind"], row["status"]) == (
        "Калужская область", "Амкодор;Калугадормаш", "assembly", "operating")


def test_f6_a_joint_project_named_with_its_work_stays_joint() -> None:
    rows = register_of(
        "МАЗ и тульские инженеры создают электробус\n"
        "Минский автомобильный завод и тульская компания «Тулаэлектротранс» начали совместный "
        "проект по созданию электробуса в Тульской области. Сборку опытных машин проведут в "
        "Туле в 2026 году.\n", date(2025, 12, 12))
    assert [r["kind"] for r in rows] == ["joint_development"]


def test_f6_the_localisation_asked_is_read_in_the_answer() -> None:
    (row,) = register_of(INTERVIEW, date(2025, 5, 20))
    assert (row["localisation_pct"], row["localisation_target_pct"],
            row["localisation_target_year"]) == (41.0, 60.0, 2028)


def test_f6_the_answer_to_a_question_on_investments_is_the_projects() -> None:
    (row,) = register_of(INTERVIEW, date(2025, 5, 20))
    assert (row["investment_value"], row["investment_currency"]) == (310_000_000.0, "RUB")


def test_f6_an_answer_reaches_to_the_next_question_only() -> None:
    text = ("— Какой уровень локализации сейчас?\n— Около 45%.\n"
            "— А сколько машин вы выпустили?\n— Выросли на 30%.\n")
    sents = read_sentences(make_article("q", text, date(2025, 5, 20)))
    assert asks_localisation(sents[0])
    assert answers_localisation(sents, 0, 1)
    assert not answers_localisation(sents, 0, 3)


def test_f6_a_question_that_gives_the_share_is_no_question_to_answer() -> None:
    text = "— Правда, что уровень локализации достиг 45%?\n— Да.\n"
    sents = read_sentences(make_article("q", text, date(2025, 5, 20)))
    assert not asks_localisation(sents[0])


def test_f6_an_answer_is_all_one_clause_of_the_localisation() -> None:
    (now,) = localisation_figures("— Примерно 41%.", 0, date(2025, 5, 20), answered=True)
    (aim,) = localisation_figures("К 2028 году хотим выйти на 60%.", 0, date(2025, 5, 20),
                                  answered=True)
    assert (now.share, now.target) == (41.0, None)
    assert (aim.share, aim.target, aim.target_year) == (None, 60.0, 2028)
    assert localisation_figures("— Примерно 41%.", 0, date(2025, 5, 20)) == []


def test_f6_a_level_reached_after_na_is_no_step() -> None:
    (fig,) = localisation_figures("Локализацию планируют вывести на 50%, а к 2029 году выйти на 70%.",
                                  0, date(2025, 5, 20))
    assert fig.target == 70.0
    assert localisation_figures("Уровень локализации вырос на 10%.", 0, date(2025, 5, 20)) == []


# ---- F7 -------------------------------------------------------------------------------------

def test_f7_each_site_keeps_its_own_partner() -> None:
    rows = {r["region"]: r for r in register_of(MOVED, date(2025, 8, 28))}
    assert rows["Вологодская область"]["enterprises"] == "Амкодор;Северспецтех"
    assert rows["Ярославская область"]["enterprises"] == "Амкодор;Ярдормаш"


def test_f7_the_old_site_is_closed_and_the_new_one_runs() -> None:
    rows = {r["region"]: r for r in register_of(MOVED, date(2025, 8, 28))}
    old, new = rows["Вологодская область"], rows["Ярославская область"]
    assert (old["location"], old["status"], old["halted"]) == ("Череповец", "unknown", "closed")
    assert (new["location"], new["status"], new["halted"]) == ("Рыбинск", "operating", "")


def test_f7_a_pause_with_no_move_stays_a_pause() -> None:
    (row,) = register_of(
        "Сборку погрузчиков «Амкодор», которую с 2019 года вело ООО «Северспецтех» в Череповце "
        "Вологодской области, приостановили в мае 2025 года.\n", date(2025, 8, 28))
    assert row["halted"] == "suspended"


# ---- F8 -------------------------------------------------------------------------------------

def test_f8_the_goods_made_are_the_product_not_a_fragment() -> None:
    (row,) = register_of(
        "«Лидсельмаш» увеличил выпуск\n"
        "ЛИДА, 3 апреля (БелТА). Большая часть техники для российских фермеров собирается на "
        "совместном предприятии «Орелагролидсельмаш» в Орле. В прошлом году там выпущено 400 "
        "картофелеуборочных комбайнов.\n", date(2016, 4, 3))
    assert (row["kind"], row["product"]) == ("joint_venture", "картофелеуборочные комбайны")


def test_f8_people_after_for_are_no_complement_of_the_goods() -> None:
    assert product_in_sentences(["Большая часть техники для российских фермеров собирается в "
                                 "Орле."]) == ""
    assert product_in_sentences(["Завод выпускает комплектующие для карьерных самосвалов."]) == \
        "комплектующие для карьерных самосвалов"


def test_f8_a_label_does_not_end_on_the_adjectives_of_a_cut_complement() -> None:
    assert tidy_label("техники для российских") == "техники"
    assert tidy_label("запчасти для карьерных самосвалов") == "запчасти для карьерных самосвалов"
    assert tidy_label("тракторы «Беларус»") == "тракторы «Беларус»"


# ---- F11 ------------------------------------------------------------------------------------

def test_f11_the_first_machines_planned_give_the_timeline() -> None:
    (row,) = register_of(
        "Банк профинансирует сборку тракторов в Омске\n"
        "Банк открыл ООО «Омскагротехника» кредитную линию на 1,2 млрд рублей для организации "
        "сборки тракторов «Беларус» Минского тракторного завода в Омске. Документ подписали в "
        "присутствии губернатора. Выпуск первых машин запланирован на второй квартал 2027 года, "
        "проектная мощность — до 900 тракторов в год.\n", date(2026, 10, 2))
    assert (row["region"], row["status"], row["timeline"]) == ("Омская область", "planned", "2027-Q2")


def test_f11_a_cancellation_naming_another_partner_ends_another_project() -> None:
    # the first goods' date keeps the project in focus; the older project the plant gave up
    # with another partner is not this one
    (row,) = register_of(
        "Гомельский завод налаживает выпуск гильз в Костроме\n"
        "Гомельское ОАО «Белпоршень» и ООО «Костромадизель» в ноябре подписали договор о "
        "производстве гильз цилиндров на костромской площадке. По словам источника на заводе, в "
        "цехе уже монтируют станки, переданные белорусской стороной.\n"
        "Выпуск первых гильз запланирован на третий квартал 2026 года.\n"
        "Для гомельского завода костромской проект станет второй попыткой выйти в Россию. В 2019 "
        "году «Белпоршень» и ООО «Камадеталь» создавали участок по выпуску поршневых колец в "
        "Набережных Челнах, но в прошлом году проект был окончательно свёрнут.\n", date(2026, 2, 10))
    assert (row["region"], row["enterprises"], row["timeline"]) == (
        "Костромская область", "Белпоршень;Костромадизель", "2026-Q3")
