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

So is a project's cost at a Russian site: «Вместе с КАМАЗом мы запускаем в Набережных Челнах
линию … Стоимость проекта — порядка 2,1 млрд рублей, доли сторон равные» in an interview
with a Belarusian plant's head. The sentence opens on the project's cost or investment
(`project_cost_subject`: «Стоимость проекта», «Объём инвестиций»), its paragraph names a
Russian region or town by the sentence's end and nothing of the Belarusian side: the project
is built in Russia and costed in its rubles (a Belarusian site, or a Belarusian side named in
the paragraph, keeps the article's reading).

And so is money Russia gives: «Из выделенных Россией 105 млрд рублей государственного кредита
… профинансировано 40 проектов на 93 млрд рублей, сообщил министр экономики Беларуси». A
sentence that names Russia as the giver (`russian_giver`: Russia the agent of a participle of
giving, the subject of a verb of giving, or a credit called Russian) tells a Russian state
credit, lent in Russian rubles, whoever reports it (`given_by_russia`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.entities import names_belarusian_side, russian_regions_in
from analysis.lang import parses
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data, context_words
from analysis.patternstore import compile_pattern

__all__ = ["given_by_russia", "spent_in_russia"]

# a sentence's opening: the first two words (a dash of a reply and quotes set aside)
_OPENING = lazy_compile(r"[ \u00a0—–-]*[«\"]?([^\W\d_]+)(?:[ \u00a0]+([^\W\d_]+))?")
_RUSSIAN = lazy_compile(r"(?i)(?<!\w)(?:российск|росси)")
_INTO = lazy_compile(r"(?i)во?|на")


@cache
def _aside() -> re.Pattern[str]:
    """The words that open a sentence before its subject (`opening_asides`), spaces before."""
    asides = context_data().get("opening_asides") or ["(?!)"]
    return compile_pattern(r"[ \u00a0]*(?:" + "|".join(asides) + r")[ \u00a0]*", re.IGNORECASE)


def _into(opening: re.Match[str]) -> bool:
    """Does the sentence open with «в» / «на» and a word in the accusative, where the goods go
    («В Брянскую область», «В Москву»), not where it is set («В московском магазине»)?"""
    word = opening.group(2)
    if _INTO.fullmatch(opening.group(1)) is None or word is None:
        return False
    cases = {p.tag.case for p in parses(word.lower())}
    return "accs" in cases and "loct" not in cases


def spent_in_russia(text: str, start: int, sentence: tuple[int, int]) -> bool:
    """Is the bare ruble amount at `start` (in the sentence text[sentence[0]:sentence[1]]) a
    Russian party's money told in a paragraph set in Russia?"""
    s_start, s_end = sentence
    aside = _aside().match(text, s_start, start)  # «Для сравнения: российским …»
    opening = _OPENING.match(text, aside.end() if aside else s_start, start)
    if opening is None or not (aside or opening.group(1)[0].isupper()):
        return False
    words = context_words()
    subject = opening.group(0)
    paragraph = text.rfind("\n", 0, start) + 1
    if _project_cost_in_russia(text, opening.start(1), start, paragraph, s_end):
        return True
    # (a region the sentence opens with as where goods go is no party: «В Брянскую область за
    # полгода отправили оболочки на …» tells the shipper's money; session 31)
    if not (words.party_subject.match(opening.group(1).lower()) or _RUSSIAN.match(subject.lstrip(
            " \u00a0—–-«\"")) or (not _into(opening) and russian_regions_in(
                text, opening.start(1), opening.end()))):
        return False
    if not (russian_regions_in(text, paragraph, s_end) or _RUSSIAN.search(text, paragraph, s_end)):
        return False
    said = text[s_start:s_end]
    return not (words.speaker_own.search(said.lower())
                or words.belarusian_payer.search(said)
                or names_belarusian_side(said))


def _project_cost_in_russia(text: str, opening: int, start: int, paragraph: int,
                            s_end: int) -> bool:
    """Does the sentence open on a project's cost («Стоимость проекта — …») in a paragraph
    that sets the project at a Russian site and names nothing of the Belarusian side?"""
    words = context_words()
    if words.project_cost_subject.match(text[opening:start].lower()) is None:
        return False
    told = text[paragraph:s_end]
    return bool(russian_regions_in(text, paragraph, s_end)) and not (
        names_belarusian_side(told) or words.belarusian_payer.search(told)
        or words.speaker_own.search(text[opening:s_end].lower()))


@cache
def _russian_giver() -> re.Pattern[str]:
    return compile_pattern(r"(?<![\w-])(?:" + "|".join(context_data()["russian_giver"]) + ")")


def given_by_russia(text: str, sentence: tuple[int, int]) -> bool:
    """Does the sentence text[sentence[0]:sentence[1]] name Russia as the giver of its money
    («выделенных Россией», «Россия предоставит», «российского кредита»)? Its bare «рублей» are
    Russian."""
    return _russian_giver().search(text[sentence[0]:sentence[1]].lower()) is not None
