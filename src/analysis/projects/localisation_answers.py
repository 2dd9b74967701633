"""Localisation told in an interview's question and answer (newuser42 F6).

«— Какой уровень локализации сейчас? — Около 38%. К 2027 году хотим выйти на 55%.»: the word
«локализация» is in the question, the numbers in the answer. A question (a sentence ending
in «?») that names localisation and gives no percent is answered by the sentences after it,
up to the end of the next paragraph that holds a sentence, or the next question; their
percents are read as that localisation (`localisation.localisation_figures` with
`answered`), and they belong to the project the interview is about, the one in focus
(`article_reading.ArticleReading.run`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.localisation import names_localisation, tells_percent

if TYPE_CHECKING:
    from collections.abc import Sequence

    from analysis.projects.mention import ReadSentence

__all__ = ["answers_localisation", "asks_localisation"]


def _question(sent: ReadSentence) -> bool:
    return sent.text[sent.start:sent.end].rstrip().endswith("?")


def asks_localisation(sent: ReadSentence) -> bool:
    """«— Какой уровень локализации сейчас?»: a question naming localisation, with no
    percent of its own (a question that gives the number is read as any sentence)."""
    text = sent.text[sent.start:sent.end]
    return _question(sent) and names_localisation(text) and not tells_percent(text)


def answers_localisation(sents: Sequence[ReadSentence], asked: int, idx: int) -> bool:
    """Does sentence `idx` answer the localisation question of sentence `asked` (-1: none):
    after it, in the question's paragraph or the next one a sentence stands in (blank lines
    between count for nothing), no question between?"""
    if asked < 0 or not asked < idx < len(sents) \
            or sents[idx].paragraph not in (sents[asked].paragraph, sents[asked + 1].paragraph):
        return False
    return not any(_question(s) for s in sents[asked + 1:idx + 1])
