"""«Мы» in an interview with a firm's head is the firm: its trade is the firm's own.

An interview whose headline names the speaker's firm before its colon («Директор
«Могилевлифтмаша»: «…»») or whose lead names it before the interview verb («Генеральный
директор ОАО «Могилевлифтмаш» … рассказал нашему изданию») speaks, in its replies («— …»),
for that firm: «В прошлом году мы отгрузили российским заказчикам продукции на 180 млн
долларов» is the plant's shipments, a part of its country's exports, not the country's
(`money.goods` names them «продукция «Могилевлифтмаш»», as «Экспорт МТЗ в Россию …»). A
governor's or a minister's «мы» is no firm's: their interviews name no enterprise there.
A verb in the first person plural says «мы» without the word («В 2025 году рассчитываем
увеличить поставки в Россию до 95 млн долларов»; a second new user's text, session 20).
A reply that has spoken as «мы» goes on in the firm's voice: «— Год был непростым, но мы его
закрыли с ростом. Экспорт составил 412 млн долларов» is the plant's export, as long as the
sentence names no country, region or other firm before the amount (session 21).

A firm that is a sentence's subject («В текущем году «Амкодор» рассчитывает открыть … и
довести продажи в России до 11 млрд рублей»: the name, then its verb) owns the trade the
sentence tells, in any article (`subject_firm`; session 21).
"""

from __future__ import annotations

from analysis.entities import names_belarusian_side, russian_regions_in
from analysis.entities.enterprises import find_enterprises
from analysis.ingest import headline_end
from analysis.lang import parse
from analysis.lazypattern import lazy_compile
from analysis.money.first_person import first_plural_verb

__all__ = ["speaking_firm", "subject_firm"]

_REPLY = lazy_compile(r"[ \u00a0]*[—–]")
_INTERVIEW_VERB = lazy_compile(r"(?<!\w)(?:рассказал\w*|ответил\w*|в[ \u00a0]+интервью)")
_WE = lazy_compile(r"(?i)(?<![\w-])мы(?![\w-])")
_WORD = lazy_compile(r"[А-Яа-яЁё]+")
# a country named (as a trade's owner or market): the sentence is then no firm's own
_COUNTRY = lazy_compile(r"(?i)(?<!\w)(?:росси|рф(?!\w)|беларус|белорусс|республик|стран)")
# the word right after an enterprise's name (its closing quote and spaces passed over)
_NEXT_WORD = lazy_compile(r"[»\"]?[ \u00a0]+([А-Яа-яЁё]+)")


def _says_we(text: str) -> bool:
    """Does `text` speak as «мы»: the word, or a verb in the first person plural?"""
    if _WE.search(text):
        return True
    return any(first_plural_verb(word.lower()) for word in _WORD.findall(text))


def speaking_firm(text: str, sentence_start: int, amount_start: int) -> str | None:
    """The enterprise whose «мы» the sentence at `sentence_start` speaks in, up to the
    amount: a reply of an interview with a firm's head (the firm named before the headline's
    colon or before the lead's interview verb); else None."""
    line = text.rfind("\n", 0, sentence_start) + 1
    head_end = headline_end(text)
    lead_end = text.find("\n", head_end + 1) if head_end >= 0 else -1
    if lead_end < 0 or line <= lead_end or not _REPLY.match(text, line) \
            or not (_says_we(text[sentence_start:amount_start]) or (
                _says_we(text[line:sentence_start]) and not _names_a_side(
                    text[sentence_start:amount_start]))):
        return None
    colon = text.find(":", 0, head_end)
    verb = _INTERVIEW_VERB.search(text, head_end + 1, lead_end)
    for start, end in ((0, colon), (head_end + 1, verb.start() if verb else -1)):
        if end > start:
            firms = [e.normal for e in find_enterprises(text[start:end]) if e.type == "enterprise"]
            if len(set(firms)) == 1:
                return firms[0]
    return None


def _names_a_side(said: str) -> bool:
    """Does `said` name a country, a Russian region, a Belarusian place or an enterprise?"""
    return bool(_COUNTRY.search(said) or russian_regions_in(said, 0, len(said))
                or names_belarusian_side(said) or find_enterprises(said))


def subject_firm(said: str) -> str | None:
    """The enterprise that is the subject of `said` (a sentence up to its amount): its name
    right before a verb in the present or future («Амкодор» рассчитывает …», «МАЗ
    планирует …»), the only enterprise of the sentence; else None."""
    firms = [e for e in find_enterprises(said) if e.type == "enterprise"]
    if len({e.normal for e in firms}) != 1:
        return None
    for e in firms:
        nxt = _NEXT_WORD.match(said, e.end)
        if nxt is not None:
            tag = parse(nxt.group(1).lower()).tag
            if "VERB" in tag and tag.person == "3per" and tag.number == "sing":
                return e.normal
    return None
