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
"""

from __future__ import annotations

from analysis.entities.enterprises import find_enterprises
from analysis.lang import parse
from analysis.lazypattern import lazy_compile

__all__ = ["speaking_firm"]

_REPLY = lazy_compile(r"[ \u00a0]*[—–]")
_INTERVIEW_VERB = lazy_compile(r"(?<!\w)(?:рассказал\w*|ответил\w*|в[ \u00a0]+интервью)")
_WE = lazy_compile(r"(?i)(?<![\w-])мы(?![\w-])")
_WORD = lazy_compile(r"[А-Яа-яЁё]+")


def _says_we(text: str) -> bool:
    """Does `text` speak as «мы»: the word, or a verb in the first person plural?"""
    if _WE.search(text):
        return True
    for word in _WORD.findall(text):
        tag = parse(word.lower()).tag
        if tag.person == "1per" and tag.number == "plur" and "VERB" in tag:
            return True
    return False


def speaking_firm(text: str, sentence_start: int, amount_start: int) -> str | None:
    """The enterprise whose «мы» the sentence at `sentence_start` speaks in, up to the
    amount: a reply of an interview with a firm's head (the firm named before the headline's
    colon or before the lead's interview verb); else None."""
    line = text.rfind("\n", 0, sentence_start) + 1
    head_end = text.find("\n")
    lead_end = text.find("\n", head_end + 1) if head_end >= 0 else -1
    if lead_end < 0 or line <= lead_end or not _REPLY.match(text, line) \
            or not _says_we(text[sentence_start:amount_start]):
        return None
    colon = text.find(":", 0, head_end)
    verb = _INTERVIEW_VERB.search(text, head_end + 1, lead_end)
    for start, end in ((0, colon), (head_end + 1, verb.start() if verb else -1)):
        if end > start:
            firms = [e.normal for e in find_enterprises(text[start:end]) if e.type == "enterprise"]
            if len(set(firms)) == 1:
                return firms[0]
    return None
