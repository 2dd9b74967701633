"""analysis.lang sentences: the regex splitter, razdel's, per-paragraph splitting, rough bounds."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from analysis.lang import RoughSentences, Span, by_paragraph, split_sentences, split_sentences_razdel

TEXT = ("Только в 2021 г. Беларусь поставила в Россию 100 тракторов. На выставке «Иннопром. Беларусь» "
        "подписали соглашения на 15,7 млрд долл. США. Это рекорд!")


def test_split_sentences_skips_abbreviations_and_quoted_names() -> None:
    spans = split_sentences(TEXT)
    assert [TEXT[a:b] for a, b in spans] == [
        "Только в 2021 г. Беларусь поставила в Россию 100 тракторов.",
        "На выставке «Иннопром. Беларусь» подписали соглашения на 15,7 млрд долл. США.",
        "Это рекорд!",
    ]


def test_razdel_splitter_cuts_differently() -> None:
    texts = [TEXT[s.start:s.end] for s in split_sentences_razdel(TEXT)]
    # razdel cuts inside a quoted name and after «долл.»; the regex splitter does not
    assert texts == ["Только в 2021 г. Беларусь поставила в Россию 100 тракторов.", "На выставке «Иннопром.",
                     "Беларусь» подписали соглашения на 15,7 млрд долл.", "США.", "Это рекорд!"]
    assert split_sentences_razdel("  Первое предложение.  Второе.  ") == [Span(2, 21), Span(23, 30)]
    # an empty line is one empty sentence for razdel, none for the regex splitter
    assert (split_sentences_razdel(""), split_sentences("")) == ([Span(0, 0)], [])


def test_by_paragraph_never_crosses_a_line() -> None:
    text = "Заголовок без точки\nПервое предложение здесь. Второе предложение здесь.\nТретье."
    for split in (split_sentences, split_sentences_razdel):
        spans = by_paragraph(text, split)
        assert [text[s.start:s.end] for s in spans] == [
            "Заголовок без точки", "Первое предложение здесь.", "Второе предложение здесь.", "Третье."]
        assert all("\n" not in text[s.start:s.end] for s in spans)


def test_rough_sentences_give_the_context_of_a_position() -> None:
    text = "Завод открыли в 2023 г. Его расширят в 2025 году.\nНовая строка."
    rough = RoughSentences(text)
    at = text.index("2025")
    assert rough.around(at, at + 4) == " Его расширят в 2025 году."
    at = text.index("2023")
    assert rough.around(at, at + 4) == "Завод открыли в 2023 г."
    assert rough.around(text.index("Новая"), len(text)) == "Новая строка."  # a line break ends one


@given(st.text(alphabet="аб Б.!?\n«»", max_size=60))
def test_splitters_give_ordered_stripped_spans(text: str) -> None:
    for split in (split_sentences, split_sentences_razdel):
        spans = split(text)
        assert all(0 <= a <= b <= len(text) for a, b in spans)
        assert all(prev[1] <= nxt[0] for prev, nxt in pairwise(spans))
        assert all(text[a:b] == text[a:b].strip() for a, b in spans)


def test_a_figure_opening_a_sentence_after_a_full_stop_starts_a_sentence() -> None:
    text = ("Завод по-прежнему закупает в России часть комплектующих. 2 340 белорусских рублей — "
            "средняя зарплата на предприятии в октябре. Итого по договору 318 млн 412 тыс. 950 "
            "рублей. Кредит составил 1 млрд. 200 млн рублей, срок — до 2027 г. 15 машин уже "
            "отгружены.")
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got[1].startswith("2 340 белорусских рублей")
    # an abbreviation's dot before a figure is no end: a thousand, a billion, a year
    assert got[2] == "Итого по договору 318 млн 412 тыс. 950 рублей."
    assert got[-1].startswith("Кредит составил 1 млрд. 200 млн рублей") and len(got) == 4
