"""Session 45, speed45c (issue 10, speed): three readings made cheaper, each the same as before.

- `lang.sentences.split_sentences`: a paragraph whose only stops are dots is split by one
  `find` loop (`_split_at_dots`) instead of the general reading (`sentence_ends`, every stop
  character's places sorted): the same spans, on the studied paragraphs, written ones and
  generated ones;
- `literal_gate.lead_literals`: the literals every match of a pattern starts with; a search is
  a `match` at each of their places (`speaker_voice._first_person_in`): checked on small
  patterns by hand, on every not-cue pattern and the first-person pattern over studied and
  generated texts;
- `literal_gate.required_sets` and `metric_masks` (the not-cues): a not-cue's pattern is
  searched only where each of its further gates has a key in the scope's pass; the spans are
  those of every pattern of the literals present searched, on written sentences and generated
  ones.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed_shortcuts import studied_paragraphs, studied_texts

from analysis.lang import sentences
from analysis.lang.sentences import _YEAR_ABBR_END, split_sentences
from analysis.money import metric_masks, speaker_voice
from analysis.money.amounts import find_amounts
from analysis.money.context import context_words
from analysis.money.literal_gate import lead_literals, literal_gate, required_sets
from analysis.money.scope import AmountScope


# --------------------------------------------------------------------------- split_sentences
def _former_split(text: str) -> list[tuple[int, int]]:
    """`split_sentences` as it read every paragraph before (session 44)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in sentences.sentence_ends(text):
        newline = m.group() == "\n"
        end = m.start() if newline else m.end()
        raw = text[start:end]
        piece = raw.strip()
        if not newline:
            if len(piece) < 15 or (len(piece) < 40 and _YEAR_ABBR_END.search(piece)):
                continue
            if sentences._in_quoted_name(text, start, m.start(), m.end()):
                continue
        if piece:
            at = start + len(raw) - len(raw.lstrip())
            spans.append((at, at + len(piece)))
        start = m.end()
    raw = text[start:]
    if piece := raw.strip():
        at = start + len(raw) - len(raw.lstrip())
        spans.append((at, at + len(piece)))
    return spans


_PARAGRAPHS = [
    "Только в 2021 г. Беларусь и Россия импортировали комплектующие на 19 млрд долл. США. "
    "Президент назвал это огромными деньгами.",
    "Завод «Иннопром. Беларусь» открылся в мае. Выпуск начнётся осенью 2026 года. ",
    "  Экспорт вырос на 12%.  Импорт сократился до 300 млн рублей.   ",
    "Кратко. Очень кратко. А это уже вполне длинное предложение об отгрузках тракторов.",
    "В 2023–2024 гг. Минск поставил 40 машин. «Кооперация. Развитие» — название форума.",
    "Он сказал: «Это рекорд». Потом добавил… Нет, это не всё! Правда? Да.",
    "Строка без точки",
    "",
    "...",
    "Объём сделок составил 5 млрд.\u00a0Российская сторона довольна результатом переговоров.",
]


def test_split_at_dots_on_written_and_studied_paragraphs() -> None:
    fast = 0
    for text in [*_PARAGRAPHS, *studied_paragraphs()]:
        assert split_sentences(text) == _former_split(text), text
        fast += not any(ch in text for ch in "\n!?\u2026")
    assert fast > 1000  # (the dots-only path is the one most paragraphs take)


_SPLIT_ALPHABET = st.sampled_from(
    [".", ".", "..", " ", " ", "\u00a0", "«", "»", "\"", ")", "(", "Б", "США", "US", "г", "гг", "7",
     "2021", "завод", "Россия", "а", "б", "Иннопром", "\n", "!", "?", "\u2026", "„", "“", "A"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_SPLIT_ALPHABET, max_size=60).map("".join))
def test_split_at_dots_on_generated_paragraphs(text: str) -> None:
    assert split_sentences(text) == _former_split(text)


# --------------------------------------------------------------------------- lead literals
def test_lead_literals_by_hand() -> None:
    def leads(source: str) -> tuple[str, ...] | None:
        return lead_literals(re.compile(source))

    assert leads(r"(?<![а-я])abc|de") == ("abc", "de")
    assert leads(r"\bкредит\w*") == ("кредит",)
    assert leads(r"(?=q)ab") == ("ab",)
    assert leads(r"(?:ab)+c") == ("ab",)
    assert leads(r"(?P<n>ab)c") == ("ab",)
    assert leads(r"(?:мы|наш\w*)(?![а-я])") == ("мы", "наш")
    for source in (r"a?b", r"x*y", r"(?:a|)b", r"(?:ab){0,2}c", r"[аб]в", r"\w+", r".ab",
                   r"(?i)ab", r"(?i:ab)c", r"(?>ab)c", r"", r"(?<=a)"):
        assert leads(source) is None, source


def _search_by_leads(pattern: re.Pattern[str], leads: tuple[str, ...], text: str, lo: int,
                     hi: int) -> list[int]:
    """Where `pattern.match` succeeds at a place of a lead inside text[lo:hi]."""
    out = set()
    for lead in leads:
        at = text.find(lead, lo, hi)
        while at >= 0:
            if pattern.match(text, at, hi):
                out.add(at)
            at = text.find(lead, at + 1, hi)
    return sorted(out)


def _patterns() -> list[re.Pattern[str]]:
    return [speaker_voice._words().first_person, *(p for _, p in context_words().not_cues)]


def _check_leads(text: str, lo: int, hi: int) -> None:
    for pattern in _patterns():
        leads = lead_literals(pattern)
        if leads is None:
            continue
        starts = _search_by_leads(pattern, leads, text, lo, hi)
        # every place a search would try finds what the leads' places find
        every = [p for p in range(lo, hi + 1) if pattern.match(text, p, hi)]
        assert starts == every, pattern.pattern
    found = speaker_voice._first_person_in(text, lo, hi)
    assert found == bool(speaker_voice._words().first_person.search(text, lo, hi))


def test_lead_literals_on_studied_texts() -> None:
    assert speaker_voice._first_person_leads() == ("мы", "нам", "нас", "наш", "республик")
    led = [p for p in _patterns() if lead_literals(p) is not None]
    assert len(led) >= 20
    for text in studied_texts()[:120]:
        low = text.lower()
        for lo, hi in ((0, min(len(low), 600)), (len(low) // 3, len(low) // 3 + 240)):
            hi = min(hi, len(low))
            found = speaker_voice._first_person_in(low, lo, hi)
            assert found == bool(speaker_voice._words().first_person.search(low, lo, hi))


_LEAD_WORDS = ["мы", "наш", "нашу", "нам", "нас", "население", "динамика", "республика",
               "в республике", "из республики", "республика беларусь", "объёмы", "кредитная",
               "организация", "процент", "ставки", "по", "кредиту", "для", "производства",
               "на", "проект", "млн", "руб.", "в", "проекте", "заложено", "-", ",", " ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LEAD_WORDS), max_size=16), st.integers(0, 60),
       st.integers(0, 60))
def test_lead_literals_on_generated_texts(words: list[str], a: int, b: int) -> None:
    text = " ".join(words)
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    _check_leads(text, lo, hi)


def test_speaks_first_person_on_written_sentences() -> None:
    for text, said in (("Мы нарастили экспорт до 600 млн долларов.", True),
                       ("Наш товарооборот превысил 50 млрд долларов.", True),
                       ("Экспорт республики вырос до 1 млрд долларов.", True),
                       ("Поставки в республику выросли до 1 млрд долларов.", False),
                       ("Динамика населения и объёмы продаж не изменились.", False),
                       ("Рассчитываем нарастить поставки.", True),
                       ("Инвестиции в проект составляют 1,2 млрд рублей.", False)):
        assert speaker_voice.speaks_first_person(text, 0, len(text)) is said, text


# --------------------------------------------------------------------------- the not-cues
def _scope(text: str, start: int, end: int) -> AmountScope:
    amounts = find_amounts(text) or find_amounts("5 млн рублей")
    return AmountScope(text=text, start=start, end=end, amount=amounts[0], others=amounts)


def _former_not_cues(scope: AmountScope) -> list[tuple[int, int]]:
    """Every pattern of the not-cues' literals standing in the sentence, in the list's order."""
    low, start, end = scope.folded, scope.start, scope.end
    return [(m.start(1), m.end(1) - 1) for needle, pattern in context_words().not_cues
            if needle in low[start:end] for m in pattern.finditer(low, start, end)]


def test_further_gates_proved() -> None:
    gates = metric_masks._lead_gates()
    assert len(gates) == len(context_words().not_cues)
    assert sum(map(len, gates)) >= 60  # (most not-cues have one: «(?:процент|ставк)…(кредит…)»)
    for (needle, pattern), further in zip(context_words().not_cues, gates, strict=True):
        for gate in further:
            assert literal_gate(pattern, gate) == gate
            assert min(map(len, gate)) >= 3 and not any(needle in lit for lit in gate)
    by_hand = re.compile(r"(?<![а-яё])(?:процент|ставк)\w*\s+по\s+(кредит\w*)")
    assert required_sets(by_hand) == (("процент", "ставк"), ("кредит",))
    assert required_sets(re.compile(r"(?i)процент\s+по")) == ()
    assert required_sets(re.compile(r"по\s+(кредит\w*)|займ")) == (("займ", "кредит"),)


_NOT_CUE_SENTENCES = [
    "На 12 программ импортозамещения в машиностроении Россия выделила Беларуси кредит в размере "
    "105 млрд рублей.",
    "Процентная ставка по льготному кредиту для завода составит 3% годовых, сумма — 2 млрд рублей.",
    "Инвестиции в проект составляют 1,2 млрд рублей, министерство по привлечению инвестиций "
    "одобрило его.",
    "Стоимость машины по программе лизинга — 12 млн рублей; в проекте заложено 40 млн.",
    "Белорусского производства техника подешевела до 9 млн рублей за единицу.",
    "Кредитная организация выдала 5 млн рублей на финансирование производства для холдинга.",
    "Завод купил в кредит станки на 70 млн рублей 🙂 по данным пресс-службы.",
    "Фонд оплаты труда вырос до 800 млн рублей \ud800 за год.",
]


def test_not_cues_on_written_sentences() -> None:
    found = 0
    for text in _NOT_CUE_SENTENCES:
        for start, end in ((0, len(text)), (4, len(text) - 5)):
            scope = _scope(text, start, end)
            got = metric_masks.SentenceMasks(scope).not_cues()
            assert got == _former_not_cues(scope), text
            found += bool(got)
    assert found >= 6


_CUE_WORDS = ["процентная", "ставка", "по", "кредиту", "кредитная", "организация", "для",
              "производства", "белорусского", "на", "создание", "выпуска", "инвестиций",
              "министерство", "стоимость", "программе", "лизинга", "в", "проекте", "заложено",
              "купил", "кредит", "фонд", "оплаты", "труда", "5 млн рублей", "руб.", "проект",
              "Ё", "🙂", ",", "—"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_WORDS), max_size=16), st.integers(0, 80),
       st.integers(0, 80))
def test_not_cues_on_generated_sentences(words: list[str], a: int, b: int) -> None:
    text = " ".join(words)
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    scope = _scope(text, start, end)
    assert metric_masks.SentenceMasks(scope).not_cues() == _former_not_cues(scope)
