"""Broadcast transcripts and interviews: a bare figure in a reply takes the currency of the
figure the question was about; a speaker says which rubles he means (texts written for these
tests)."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_reply_after_a_question_takes_the_currency_before_it(tmp_path: Path) -> None:
    text = ("Эфир: промышленность области\n"
            "ВЕДУЩАЯ: С чем закончили год?\n"
            "ПЕТРОВ: Экспорт в Беларусь вырос до девятисот миллионов долларов.\n"
            "ВЕДУЩАЯ: А сколько из этого пришлось на машиностроение?\n"
            "ПЕТРОВ: Около трёхсот миллионов. Остальное — химия и лес.\n")
    got = facts_by_surface(tmp_path, text, published="2025-02-10")
    assert got["Около трёхсот миллионов"].amount.currency == "USD"


def test_dash_reply_after_a_question(tmp_path: Path) -> None:
    text = ("Интервью с директором завода\n"
            "— Контракт с белорусскими партнёрами подписан на 40 млн долларов.\n"
            "— Сколько из них уже оплачено?\n"
            "— Больше пятнадцати миллионов, остальное до конца года.\n")
    got = facts_by_surface(tmp_path, text, published="2025-02-10")
    assert got["Больше пятнадцати миллионов"].amount.currency == "USD"


def test_no_reply_after_a_statement_paragraph(tmp_path: Path) -> None:
    # the paragraph between is no question: the bare figure has nothing to borrow from
    text = ("Эфир: новости области\n"
            "ПЕТРОВ: Экспорт в Беларусь вырос до девятисот миллионов долларов.\n"
            "ВЕДУЩАЯ: Спасибо. Переходим к погоде и дорогам.\n"
            "СИНОПТИК: Около трёхсот миллионов, и это рекорд марта.\n")
    got = facts_by_surface(tmp_path, text, published="2025-02-10")
    assert "Около трёхсот миллионов" not in got


def test_speaker_says_the_rubles_are_belarusian(tmp_path: Path) -> None:
    text = ("Эфир: промышленность\n"
            "МИНИСТР: Кредиты российских банков — около ста миллиардов российских рублей.\n"
            "МИНИСТР: Собственные средства заводов — около полумиллиарда рублей в этом году, "
            "я имею в виду белорусские рубли.\n")
    got = facts_by_surface(tmp_path, text, published="2025-02-10")
    assert got["около полумиллиарда рублей"].amount.currency == "BYN"
    assert got["около ста миллиардов российских рублей"].amount.currency == "RUB"


def test_rubles_without_the_clarification_stay_russian(tmp_path: Path) -> None:
    text = ("Эфир: промышленность\n"
            "МИНИСТР: Собственные средства заводов области — около полумиллиарда рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2025-02-10")
    assert got["около полумиллиарда рублей"].amount.currency == "RUB"


def test_a_short_aside_keeps_the_topic(tmp_path: Path) -> None:
    text = ("Эфир: торговля\n"
            "ГОСТЬ: Задача — выйти на два миллиарда долларов. Сложно, но можно. За январь уже "
            "сто сорок миллионов, это неплохо.\n")
    got = facts_by_surface(tmp_path, text, published="2025-02-10")
    assert got["сто сорок миллионов"].amount.currency == "USD"


def test_a_long_sentence_between_breaks_the_topic(tmp_path: Path) -> None:
    text = ("Эфир: торговля\n"
            "ГОСТЬ: Задача — выйти на два миллиарда долларов. Потом мы долго говорили о погоде, "
            "о дорогах и о новом мосте через реку. Пришло сто сорок миллионов, это рекорд.\n")
    got = facts_by_surface(tmp_path, text, published="2025-02-10")
    assert "сто сорок миллионов" not in got


def test_elliptic_this_year_after_last_year(tmp_path: Path) -> None:
    text = ("Торговля области с Беларусью\n"
            "В прошлом году товарооборот области с Беларусью составил 2,4 млрд долларов, в этом, "
            "по оценке министерства, превысит 2,7 млрд.\n")
    got = facts_by_surface(tmp_path, text, published="2024-10-01")
    assert got["2,4 млрд долларов"].year == 2023
    assert got["превысит 2,7 млрд"].year == 2024


def test_in_this_without_a_year_word_is_no_year(tmp_path: Path) -> None:
    text = ("Завод и кредит\n"
            "Завод получил кредит на 300 млн рублей, в этом, как считают аналитики, его сила.\n")
    got = facts_by_surface(tmp_path, text)
    assert got["300 млн рублей"].year is None


def test_a_short_paragraph_between_is_no_aside(tmp_path: Path) -> None:
    text = ("Выставка\n"
            "Сумма контракта — 2 млн евро.\nГостей было много.\nАудитория выросла на 3 млн.\n")
    got = facts_by_surface(tmp_path, text, published="2025-02-10")
    assert "на 3 млн" not in got and "3 млн" not in got
