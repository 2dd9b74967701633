"""Site chrome: drop taglines, promos and nav blocks; find the headline and the stated source.

The rule tables at the top are data, not code; the functions below only apply them.
Splitting a file of glued articles (which uses the ``end`` rules) is `analysis.ingest.glued`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from analysis.ingest.datelines import is_date_line
from analysis.ingest.segments import Para
from analysis.lang import split_sentences_razdel
from analysis.lang.newslayout import dateline_end, is_masthead, wire_agency
from analysis.lazypattern import lazy_compile

__all__ = ["CHROME_RULES", "KNOWN_TAGLINES", "NEWS_AGENCIES", "SECTION_LABELS", "ChromeRule", "Cleaned",
           "TaglineFinder", "clean", "detect_taglines", "title_of"]

# --------------------------------------------------------------------------------------
# Chrome rules (data).  Each rule is matched against a whole stripped paragraph
# (``fullmatch``) unless noted.  Actions:
#   drop    remove the paragraph (a named group ``source`` is a weak source hint)
#   source  remove the paragraph and take group ``source`` as the stated source
#   rest    navigation header: remove it and everything after it in the article
#   end     end-of-article promo: remove it; text after it in the file is a new article
#           (END rules are also searched inside paragraphs to split glued files)
#   split   a separator line between two glued articles: remove it; `glued` cuts there
#   label   an advert's label alone on its line: remove it and the advert's line after it
# Scope: "any" paragraph, or "last" = the article's last paragraph once the other rules
# have run (a newspaper name can sign off above a removed news feed).
# --------------------------------------------------------------------------------------


class ChromeRule(NamedTuple):
    """One chrome rule: what it is, what it does, where it applies, and its pattern."""

    name: str
    action: str  # "drop" | "source" | "rest" | "end" | "split"
    scope: str  # "any" | "last"
    regex: str


KNOWN_TAGLINES = (
    "Москва сделала геостратегический выбор поддерживать Минск.",
)

# Lone short lines that are rubric/section labels or UI words on news sites.
SECTION_LABELS = (
    "Власть", "Общество", "Экономика", "Политика", "Культура", "Спорт", "Спорт и туризм",
    "Здравоохранение", "Образование", "Происшествия", "Регион", "Регионы", "В мире", "Мир",
    "Новости", "Главное", "Промышленность", "Бизнес", "Финансы", "Наука", "Технологии",
    "Союзное государство", "Интервью", "Аналитика", "Мнение", "Официально", "Сельское хозяйство",
    "АПК", "Транспорт", "Право", "Армия", "Медицина", "Экология", "Туризм",
    "Главная", "Поделиться", "Комментарии", "Читать новость", "Читать далее", "Подробнее",
    "Версия для печати",
    # a genre's label over a release's own headline («ПРЕСС-РЕЛИЗ», then the headline)
    "Пресс-релиз", "Сообщение для СМИ", "Сообщение для прессы", "Новости компании",
)

# Agencies that appear alone on an article's last line as its source.
NEWS_AGENCIES = ("БелТА", "БЕЛТА", "ТАСС", "РИА Новости", "Интерфакс", "Sputnik", "Минск-Новости",
                 "СБ. Беларусь сегодня", "Евразия.Эксперт", "Регнум", "REGNUM")
_NEWSPAPER_WORDS = (r"(?:газета|газеты|вестник|правда|известия|ведомости|новости|курьер|телеграф"
                    r"|звезда|информ)")

CHROME_RULES: tuple[ChromeRule, ...] = (
    ChromeRule("ellipsis", "drop", "any", r"(?:\.{2,}|…)"),
    # «==========», «* * *», «———», «-----», «#####»: a line drawn between two texts.
    ChromeRule(
        "separator line", "split", "any",
        r"(?:(?:=\s?){3,}|(?:[-‐‑‒–—―_]\s?){3,}|[─━]{3,}|(?:[*•·]\s*){3,}|(?:#\s?){3,}|(?:~\s?){3,})"),
    ChromeRule(
        "telegram promo", "end", "any",
        r"(?:Читайте|Подписывайтесь)[^\n]{0,120}?в (?:нашем )?(?:Telegram|Телеграм|телеграм)[-‑ ]?канале"
        r"(?:\s*[«\"“](?P<source>[^»\"”\n]{2,60})[»\"”])?\s*[.!]?"),
    ChromeRule(
        "read-more promo", "drop", "any",
        r"Подробнее\b[^\n]{0,300}?читайте в (?:материале|статье|обзоре)"
        r"(?:\s*[«\"“](?P<source>[^»\"”\n]{2,60})[»\"”])?\s*\.?"),
    ChromeRule(
        "see also", "rest", "any",
        r"(?:Читайте также|Смотрите также|Новости по теме|Материалы по теме)\s*:?"),
    ChromeRule("see also link", "drop", "any", r"(?:Читайте также|Смотрите также)\s*:\s*[^\n]{0,200}"),
    ChromeRule(
        "news feed", "rest", "any",
        r"(?:Последние|Другие|Главные|Похожие|Популярные|Лента|Все)"
        r" (?:новости|материалы|публикации|статьи)\s*:?"),
    ChromeRule(
        "recommend", "rest", "any",
        r"(?:Рекомендуем|Рекомендуем прочитать|Вам может быть интересно)\s*:?"),
    # a page's tag line («Теги: экономика, Беларусь, 1 млрд рублей»): a tag repeats a figure of
    # some article, no sum of this one (found46)
    ChromeRule("tags", "drop", "any", r"(?:Теги|Тэги|Метки|Ключевые слова)\s*:\s*[^\n]{0,300}"),
    ChromeRule(
        "stated source", "source", "any",
        r"(?:Источник|Источники|По материалам|Source)\s*[:—–-]\s*(?P<source>[^\n]{2,80}?)\s*\.?"),
    ChromeRule(
        "photo credit", "drop", "any",
        r"(?:Фото|Фото и видео|Видео|Иллюстрация)\s*:\s*[^\n]{0,100}"),
    ChromeRule(
        "copyright", "drop", "any",
        r"(?:©|\(c\)|Copyright)[^\n]{0,200}|[^\n]{0,120}Все права защищены\.?"),
    # A short capitalised line naming a newspaper or agency, closing the article.
    ChromeRule(
        "newspaper sign-off", "source", "last",
        r"(?P<source>(?=[^\n]*(?i:" + _NEWSPAPER_WORDS + r"))[«\"]?[А-ЯЁ][\w«»\"-]*(?:\s+[\w«»\".-]+){0,5}"
        r"|" + "|".join(map(re.escape, NEWS_AGENCIES)) + r")"),
    # Adverts a page carries between a news text's paragraphs: the label the law asks for
    # («Реклама. ООО «…».», «Реклама 16+», «erid: 2Vtz…», «На правах рекламы») in the
    # advert's own line, or alone on the line over it (found45: an advert's «Кредит для
    # бизнеса от 5 млн рублей», «Телевизоры от 29 990 ₽» read as money). «Реклама» opening a
    # news sentence («Реклама на транспорте принесла …») is no label.
    ChromeRule(
        "advert label", "label", "any",
        r"Реклама\s*[.:]?(?:\s*(?:ООО|ОДО|ИП|АО|ПАО|ОАО|ЗАО|УП|ЧУП)\s[^\n]{1,80}?)?"
        r"(?:\s*(?:0|6|12|16|18)\+)?\s*\.?"),
    ChromeRule(
        "advert", "drop", "any",
        r"(?:Реклама\s*[.:]|Реклама\s+(?:0|6|12|16|18)\+)[^\n]{0,300}"
        r"|[^\n]{0,300}?(?:(?<=[\s.!|])Реклама\s*(?:\.|(?:0|6|12|16|18)\+)|(?i:erid)\s*:\s*\w+"
        r"|(?i:на\s+правах\s+рекламы))[^\n]{0,120}"),
    ChromeRule(
        "section label", "drop", "any",
        # (any case: rubrics are often set in capitals, «ЭКОНОМИКА», «ПРЕСС-РЕЛИЗ»)
        "(?i:" + "|".join(map(re.escape, SECTION_LABELS)) + r")\s*[.:]?"),
)

# (action, scope, compiled pattern), in table order
_RULES = tuple((r.action, r.scope, lazy_compile(r.regex)) for r in CHROME_RULES)
_MAX_TAGLINE = 120  # characters; longer shared openers are not taken for taglines
_WS = lazy_compile(r"\s+")


# --------------------------------------------------------------------------------------
# Taglines: lines that open several files
# --------------------------------------------------------------------------------------

def detect_taglines(files: Iterable[Sequence[Para]]) -> set[str]:
    """Lines that open ≥2 files and are not those files' headline (`TaglineFinder`)."""
    finder = TaglineFinder()
    for paras in files:
        finder.add(paras)
    return finder.taglines()


class TaglineFinder:
    """Lines that open ≥2 files and are not those files' headline, told a file at a time.

    The second lines must differ (a copied article is not a tagline), and either the
    opener reads as a sentence (headlines carry no final period) or the second lines read
    as headlines — so two outlets printing the same headline keep it. What it keeps of a
    file is a digest of its first and second lines (the first line's text only once a second
    file shares it), never the file's paragraphs: a corpus of 100,000 files is read without
    holding them.
    """

    def __init__(self) -> None:
        # digest of an opener seen once → (digest of its second line, that line reads as a headline)
        self.once: dict[int, tuple[int, bool]] = {}
        # an opener seen with two or more second lines → {digest of a second line: headline?}
        self.shared: dict[str, dict[int, bool]] = {}

    def add(self, paras: Sequence[Para]) -> None:
        """One file's paragraphs (only the first two are read)."""
        if len(paras) < 2:
            return
        first, second = paras[0].text, paras[1].text
        # A slogan is one short line; a long opener shared by files is a reprinted lead.
        # A second line that repeats the first (a headline printed twice, maybe edited)
        # says nothing about the first line being site chrome.
        if len(first) > _MAX_TAGLINE or _similar(first, second) or is_date_line(first):
            return  # (two articles of one day open with the same date line: it is no tagline)
        seconds = self.shared.get(first)
        key, headlike = _digest(second), not second.endswith((".", "…"))
        if seconds is not None:
            seconds[key] = headlike
            return
        opener = _digest(first)
        seen = self.once.setdefault(opener, (key, headlike))
        if seen[0] != key:
            del self.once[opener]
            self.shared[first] = {seen[0]: seen[1], key: headlike}

    def taglines(self) -> set[str]:
        """The taglines of the files told so far."""
        return {line for line, seconds in self.shared.items()
                if line.endswith((".", "!")) or sum(seconds.values()) >= 2}


def _digest(line: str) -> int:
    """A line as 64 bits (two different lines of one corpus never share them in practice)."""
    return int.from_bytes(hashlib.blake2b(line.encode(), digest_size=8).digest(), "big")


def _similar(a: str, b: str) -> bool:
    wa, wb = set(_norm(a).split()), set(_norm(b).split())
    return len(wa & wb) >= 0.5 * max(len(wa | wb), 1)


# --------------------------------------------------------------------------------------
# Removing chrome
# --------------------------------------------------------------------------------------

@dataclass
class Cleaned:
    """An article's paragraphs after chrome removal, with the source the chrome stated."""

    paras: list[Para]
    source: str | None
    chrome_text: list[str]  # removed paragraphs, for date upper bounds


def clean(paras: list[Para], tagline_set: frozenset[str]) -> Cleaned:
    """Apply the chrome rules and the taglines to one article's paragraphs."""
    kept: list[Para] = []
    removed: list[str] = []
    sources: dict[str, str] = {}  # "stated" (source rules) beats "hinted" (a promo's name)

    def match(t: str, scope: str) -> str | None:
        for act, rule_scope, rx in _RULES:
            if rule_scope == scope and (m := rx.fullmatch(t)):
                if src := m.groupdict().get("source"):
                    sources.setdefault("stated" if act == "source" else "hinted", src.strip(" .\"«»"))
                return act
        return None

    advert_next = False  # the line after an advert's label is the advert
    for i, para in enumerate(paras):
        t = para.text
        action = "drop" if t in tagline_set or advert_next else match(t, "any")
        advert_next = action == "label"
        if action is None:
            kept.append(para)
        elif action == "rest":
            removed.extend(p.text for p in paras[i:])
            break
        else:
            removed.append(t)
    # "last" rules (a newspaper name signing off) look at what is left at the end.
    while len(kept) > 1 and match(kept[-1].text, "last"):
        removed.append(kept.pop().text)
    # The same headline printed twice in a row.
    if len(kept) >= 2 and _norm(kept[0].text) == _norm(kept[1].text):
        del kept[1]
    if kept and "stated" not in sources and (agency := _wire_of(kept)):
        sources.setdefault("hinted", agency)  # «ОРЕЛ, 12 марта. /ТАСС/.»: the wire's own
    return Cleaned(paras=kept, source=sources.get("stated") or sources.get("hinted"), chrome_text=removed)


def _wire_of(kept: list[Para]) -> str | None:
    """The agency the wire's dateline names: in its opening paragraph («ОРЕЛ, 12 марта.
    /ТАСС/. …», a wire with no headline), else in the lead under its headline when that lead
    opens with a dateline («ГОМЕЛЬ, 14 октября (БелТА) – Холдинг …»: session 30's new user, a
    .txt with no metadata row whose outlet the source list left blank)."""
    if (agency := wire_agency(kept[0].text)) is not None or len(kept) < 2:
        return agency
    lead = kept[1].text
    return wire_agency(lead) if dateline_end(lead, 0, len(lead)) > 0 else None


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def _reads_as_headline(line: str) -> bool:
    """No final period and not longer than 300 characters."""
    return not line.rstrip().endswith((".", "…")) and len(line) <= 300


def title_of(paras: list[Para]) -> str:
    """The headline: the first paragraph if it reads as one (no final period, ≤300
    characters), else its first sentence (razdel's, see `split_sentences_razdel`) without
    the final period. A masthead line above a headline («Деловая газета «Северный курьер»,
    3 марта 2021 года», then the headline: `lang.newslayout.is_masthead`) is skipped, and so is
    a line that is only a date («24.06.2026», «28 ноября 2025 г.»: `datelines.is_date_line`)."""
    first = paras[0].text
    if len(paras) > 1 and (is_masthead(first) or is_date_line(first)) and _reads_as_headline(paras[1].text):
        first = paras[1].text
    if _reads_as_headline(first):
        return first.strip()
    # a wire with no headline opens with its dateline («ОРЕЛ, 12 марта 2025. /ТАСС/. …»):
    # the headline is the sentence after it
    first = first[dateline_end(first, 0, len(first)):].lstrip() or first
    sents = split_sentences_razdel(first)
    head = first[sents[0].start:sents[0].end] if sents else first
    return head[:-1].rstrip() if head.endswith(".") and not head.endswith("..") else head
