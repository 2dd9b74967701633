"""speed46b's gates on session 46's new readers agree with the readers they gate: the share's
noun (`share_noun`), the condition's threshold (`threshold`) and the heading's kind line
(`lead_lines`), each replayed against a copy of the ungated code on written and generated
sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.money import lead_lines, share_noun, threshold
from analysis.money.amounts import find_amounts
from analysis.money.scope import AmountScope

SENTENCES = [
    "Из 3,1 млрд рублей выручки завода на экспорт в Беларусь пришлось 900 млн рублей.",
    "В товарообороте с Россией на экспорт приходится 18,2 млрд долларов.",
    "По итогам года 900 млн рублей пришлось на импорт комплектующих.",
    "На долю кредитов придётся около 2 млрд рублей, остальное вложит инвестор.",
    "Примерно 40 млн рублей предприятие получило при поддержке области.",
    "Для контрактов на сумму от 10 млн российских рублей в год действует скидка.",
    "При сумме сделки свыше 5 млн долларов требуется согласование.",
    "Банк выдаёт кредиты от 5 млн рублей на срок до пяти лет.",
    "Если стоимость проекта превышает 300 млн рублей, нужна экспертиза.",
    "Заключены контракты на сумму свыше 500 млн рублей.",
    "Договоры на сумму более 20 млн долларов подлежат регистрации.",
    "Компания выдала кредит на сумму 5 млн рублей фермерам.",
    "Инвестиции в завод составят 1,2 млрд рублей.",
]


def _old_share(scope: AmountScope):
    """`share_noun_cue` as it was before speed46b (no «при» look first)."""
    low, amount = scope.folded, scope.amount
    lo = max(scope.start, amount.start - share_noun._REACH)
    hi = min(scope.end, amount.end + share_noun._AFTER_REACH)
    if all(low.find(verb, lo, hi) < 0 for verb in share_noun._VERB_STEMS):
        return None
    m = share_noun._FALLS_BEFORE.search(low, lo, amount.start)
    if m is None:
        m = share_noun._FALLS_AFTER.match(low, amount.end, scope.end)
    if m is None:
        return None
    word = m.group("noun")
    cue = share_noun.cue_of(word)
    if cue is None or cue.penalty > 0 or share_noun.parse(word).tag.POS != "NOUN":
        return None
    return cue, word


def _old_threshold(scope: AmountScope, metric: str) -> bool:
    """`names_threshold` as it was before speed46b (the stems' search first)."""
    if metric not in threshold._FROM:
        return False
    words = threshold._words()
    if words is None:
        return False
    low, amount = scope.folded, scope.amount
    lo = max(scope.start, amount.start - threshold._REACH)
    if threshold._STEMS.search(low, lo, amount.start) is None:
        return False
    if (low.find("при ", lo, amount.start) >= 0 or low.find("если", lo, amount.start) >= 0) \
            and words.any.search(low, lo, amount.start):
        return True
    if amount.qualifier not in threshold._BOUNDS:
        return False
    if words.bounded.search(low, lo, amount.start):
        return True
    return (words.obliged_before.search(low, lo, amount.start) is not None
            and words.obliged_after.search(low, amount.end, threshold.clause_end(scope)) is not None)


def _old_lead_end(text: str, over_headline: bool = False) -> int:
    """`lead_end` as it was before speed46b (the headline's capitals asked first)."""
    first = lead_lines.headline_end(text)
    if first < 0:
        return len(text)
    if over_headline and lead_lines.is_byline(text, 0, first):
        first = text.find("\n", first + 1)
        if first < 0:
            return len(text)
    second = text.find("\n", first + 1)
    for _ in range(lead_lines._KIND_LINES if lead_lines._in_capitals(text, 0, first) else 0):
        if second < 0 or not lead_lines._is_kind_line(text, first + 1, second):
            break
        first, second = second, text.find("\n", second + 1)
    if second >= 0 and lead_lines.is_byline(text, first + 1, second):
        third = text.find("\n", second + 1)
        return len(text) if third < 0 else third
    return len(text) if second < 0 else second


def _scopes(text: str) -> list[AmountScope]:
    amounts = find_amounts(text)
    return [AmountScope(text=text, start=0, end=len(text), amount=a, others=amounts)
            for a in amounts]


def _compare(text: str) -> int:
    scopes = _scopes(text)
    for scope in scopes:
        assert share_noun.share_noun_cue(scope) == _old_share(scope), text
        for metric in ("agreements", "credit", "financing", "investment", "export", "other"):
            assert threshold.names_threshold(scope, metric) == _old_threshold(scope, metric), text
    return len(scopes)


def test_verb_stems_share_the_prefix():
    assert all(v.startswith(share_noun._VERB_PREFIX) for v in share_noun._VERB_STEMS)


def test_written_sentences_agree():
    assert sum(_compare(s) for s in SENTENCES) >= len(SENTENCES)


def test_share_and_threshold_read_what_they_read():
    found = share_noun.share_noun_cue(_scopes(SENTENCES[0])[-1])
    assert found is not None and found[0].metric == "export"
    assert threshold.names_threshold(_scopes(SENTENCES[5])[0], "agreements")
    assert not threshold.names_threshold(_scopes(SENTENCES[12])[0], "investment")


_WORDS = st.sampled_from(["на", "экспорт", "пришлось", "приходится", "придётся", "долю", "при",
                          "сумме", "если", "стоимость", "от", "свыше", "для", "контрактов",
                          "на сумму", "кредиты", "выдаёт", "Банк", "примерно", "около",
                          "900 млн рублей", "5 млн долларов", "1,2 млрд рублей", "и", ",", "."])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=3, max_size=18))
def test_generated_sentences_agree(words):
    _compare(" ".join(words) + " 10 млн рублей.")


HEADINGS = [
    "КОМИТЕТ ПО БЮДЖЕТУ И НАЛОГАМ\nЗАКЛЮЧЕНИЕ\nна проект бюджета на 2021 год\nТекст.",
    "КОМИТЕТ\nПРОТОКОЛ № 47\nРЕШЕНИЕ\nна проект\nТекст.",
    "Завод получил кредит\nРАССЛЕДОВАНИЕ\nТекст заметки о кредите.\nЕщё.",
    "ЗАВОД ПОЛУЧИЛ КРЕДИТ\nБрянск, 9 февраля 2018 г. — Пресс-служба\nТекст.\nЕщё.",
    "Заголовок\nПервый абзац, довольно длинный, чтобы не быть строкой вида.\nВторой.",
    "ОДНА СТРОКА",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["ЗАКЛЮЧЕНИЕ", "Заголовок", "КОМИТЕТ ПО БЮДЖЕТУ", "текст абзаца",
                                 "ПРОТОКОЛ № 5", "Брянск, 9 февраля 2018 г. — Пресс-служба",
                                 "a" * 45, "", "123"]), min_size=1, max_size=6),
       st.booleans())
def test_lead_end_agrees(lines, over):
    text = "\n".join(lines)
    assert lead_lines.lead_end(text, over) == _old_lead_end(text, over)


def test_lead_end_written_headings():
    for text in HEADINGS:
        for over in (False, True):
            assert lead_lines.lead_end(text, over) == _old_lead_end(text, over), text
