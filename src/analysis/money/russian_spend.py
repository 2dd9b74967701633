"""A Russian party's money spent in Russia is in Russian rubles, even in a Belarusian article.

A Belarusian outlet counts its bare «рублей» in Belarusian rubles (`money.rubles`), and so do
its Belarusian sellers, buyers and investors in a Russian region («оршанское ООО поставило
смоленским предприятиям ткани на 1,4 млн рублей», «Завод работает с сырьём из Смоленской
области: переработано рапса на 3,2 млн рублей»). Not so a sum a Russian party spends: «Наш
главный партнёр — екатеринбургская компания … мы создали в Свердловской области совместное
предприятие … Партнёр вложил в сборочный цех 600 млн рублей» is the Russian partner's money,
in its rubles. The sentence opens on that party as its subject (a partner, an investor:
`party_subject`, or a firm named with a Russian region's adjective or «российский»), its
paragraph has named Russia or a Russian region by the sentence's end, and the sentence says
nothing of the Belarusian side: no Belarusian body, firm or place, no Belarusian payer, not
the speaker's own side («мы», «наши средства»: `speaker_own` of `data/money_context_ru.json`).
"""

from __future__ import annotations

from analysis.entities import names_belarusian_side, russian_regions_in
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_words

__all__ = ["spent_in_russia"]

# a sentence's opening: the first two words (a dash of a reply and quotes set aside)
_OPENING = lazy_compile(r"[ \u00a0—–-]*[«\"]?([^\W\d_]+)(?:[ \u00a0]+([^\W\d_]+))?")
_RUSSIAN = lazy_compile(r"(?i)(?<!\w)(?:российск|росси)")


def spent_in_russia(text: str, start: int, sentence: tuple[int, int]) -> bool:
    """Is the bare ruble amount at `start` (in the sentence text[sentence[0]:sentence[1]]) a
    Russian party's money told in a paragraph set in Russia?"""
    s_start, s_end = sentence
    opening = _OPENING.match(text, s_start, start)
    if opening is None or not opening.group(1)[0].isupper():
        return False
    words = context_words()
    subject = opening.group(0)
    if not (words.party_subject.match(opening.group(1).lower()) or _RUSSIAN.match(subject.lstrip(
            " \u00a0—–-«\"")) or russian_regions_in(text, opening.start(1), opening.end())):
        return False
    paragraph = text.rfind("\n", 0, start) + 1
    if not (russian_regions_in(text, paragraph, s_end) or _RUSSIAN.search(text, paragraph, s_end)):
        return False
    said = text[s_start:s_end]
    return not (words.speaker_own.search(said.lower())
                or words.belarusian_payer.search(said)
                or names_belarusian_side(said))
