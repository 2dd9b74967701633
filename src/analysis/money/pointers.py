"""The words that point back to a figure told before («этот показатель», «эта цифра», «данная
величина»): one definition for the two readers that ask about them.

    pointer_source(oblique=False, bare=("показатель",))  # own_metric: the clause's subject
    pointer_source(oblique=True)                          # topic: any case, in the sentence

`money/own_metric` asks whether the clause before an amount is led by such a measure as its
subject («В январе–марте показатель снизился … до 93,1 млн»): only the nominative forms read
(and a bare «показатель», the subject with no demonstrative). `money/topic` asks whether a
sentence points back at all («до уровня этого показателя», «превысить эту цифру»): every
form the demonstrative takes, with the noun in any case. The words are one; the two readings
stay two because the questions are two: an oblique «этого показателя» is no clause's
subject, and a bare «показатель» in any case is in too many sentences to say that a
sentence points back. (Each reader's pattern matches exactly what its own did before the
words moved here, session 41.)
"""

from __future__ import annotations

__all__ = ["MEASURE_NOUNS", "POINTING", "SUBJECT_NOUNS", "pointer_source"]

_SPACE = r"[ \u00a0]+"
# the nouns of a measure, by gender (the nominative singular)
MEASURE_NOUNS: dict[str, tuple[str, ...]] = {
    "masculine": ("показатель",),
    "feminine": ("цифра", "величина"),
}
# nouns read as a clause's pointed-back subject only (the nominative reading): «Указанная
# сумма — 500 млн рублей — будет направлена на покупку оборудования» after «одобрил заём»
# names the loan, not the purchase (metric46); the topic does not read them, as «эта сумма»
# points back to money named with no figure as often («в бюджете предусмотрены значительные
# средства. В 2027 году эта сумма составит …»), which `topic.points_past_figureless` would skip
SUBJECT_NOUNS: dict[str, tuple[str, ...]] = {"feminine": ("сумма",)}
# the demonstratives that point back, by the gender of their noun: the nominative forms
# first, then the oblique ones («этого показателя», «этой величины», «эту цифру»)
POINTING: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "masculine": (("этот", "данный", "указанный"), ("этого", "данного", "указанного")),
    "feminine": (("эта", "данная", "указанная"), ("этой", "данной", "указанной", "эту", "данную")),
}


def _stem(noun: str) -> str:
    """The noun without its ending: «показатель» → «показател», «цифра» → «цифр»."""
    return noun[:-1]


def pointer_source(oblique: bool, bare: tuple[str, ...] = ()) -> str:
    """The pattern source of a measure pointed back to. `oblique`: every form of the
    demonstrative, the noun with any ending; else the nominative only, as whole words.
    `bare`: nouns that point back without a demonstrative too (nominative reading only)."""
    alternatives = []
    for gender, nouns in MEASURE_NOUNS.items():
        if not oblique:
            nouns = (*nouns, *SUBJECT_NOUNS.get(gender, ()))
        nominative, other_cases = POINTING[gender]
        words = (*nominative, *other_cases) if oblique else nominative
        demonstrative = f"(?:{'|'.join(words)}){_SPACE}"
        if oblique:
            alternatives.append(f"{demonstrative}(?:{'|'.join(_stem(n) for n in nouns)})")
            continue
        for noun in nouns:
            alternatives.append(f"(?:{demonstrative})?{noun}" if noun in bare else
                                f"{demonstrative}{noun}")
    tail = "" if oblique else r"(?!\w)"
    return rf"(?i)(?<!\w)(?:{'|'.join(alternatives)}){tail}"
