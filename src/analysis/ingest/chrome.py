"""Site chrome: split glued articles, drop taglines/promos/nav blocks, find headline and source.

The rule tables at the top are data, not code; the functions below only apply them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from razdel import sentenize

from analysis.ingest.segments import Para

# --------------------------------------------------------------------------------------
# Chrome rules (data).  Each rule is matched against a whole stripped paragraph
# (``fullmatch``) unless noted.  Actions:
#   drop    remove the paragraph (a named group ``source`` is a weak source hint)
#   source  remove the paragraph and take group ``source`` as the stated source
#   rest    navigation header: remove it and everything after it in the article
#   end     end-of-article promo: remove it; text after it in the file is a new article
#           (END rules are also searched inside paragraphs to split glued files)
# Scope: "any" paragraph, or "last" = the article's last paragraph once the other rules
# have run (a newspaper name can sign off above a removed news feed).
# --------------------------------------------------------------------------------------

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
)

# Agencies that appear alone on an article's last line as its source.
NEWS_AGENCIES = ("БелТА", "БЕЛТА", "ТАСС", "РИА Новости", "Интерфакс", "Sputnik", "Минск-Новости",
                 "СБ. Беларусь сегодня", "Евразия.Эксперт", "Регнум", "REGNUM")
_NEWSPAPER_WORDS = (r"(?:газета|газеты|вестник|правда|известия|ведомости|новости|курьер|телеграф"
                    r"|звезда|информ)")

CHROME_RULES: tuple[tuple[str, str, str, str], ...] = (
    # (name, action, scope, regex)
    ("ellipsis", "drop", "any", r"(?:\.{2,}|…)"),
    ("telegram promo", "end", "any",
     r"(?:Читайте|Подписывайтесь)[^\n]{0,120}?в (?:нашем )?(?:Telegram|Телеграм|телеграм)[-‑ ]?канале"
     r"(?:\s*[«\"“](?P<source>[^»\"”\n]{2,60})[»\"”])?\s*[.!]?"),
    ("read-more promo", "drop", "any",
     r"Подробнее\b[^\n]{0,300}?читайте в (?:материале|статье|обзоре)"
     r"(?:\s*[«\"“](?P<source>[^»\"”\n]{2,60})[»\"”])?\s*\.?"),
    ("see also", "rest", "any", r"(?:Читайте также|Смотрите также|Новости по теме|Материалы по теме)\s*:?"),
    ("see also link", "drop", "any", r"(?:Читайте также|Смотрите также)\s*:\s*[^\n]{0,200}"),
    ("news feed", "rest", "any",
     r"(?:Последние|Другие|Главные|Похожие|Популярные|Лента|Все)"
     r" (?:новости|материалы|публикации|статьи)\s*:?"),
    ("recommend", "rest", "any", r"(?:Рекомендуем|Рекомендуем прочитать|Вам может быть интересно)\s*:?"),
    ("stated source", "source", "any",
     r"(?:Источник|Источники|По материалам|Source)\s*[:—–-]\s*(?P<source>[^\n]{2,80}?)\s*\.?"),
    ("photo credit", "drop", "any", r"(?:Фото|Фото и видео|Видео|Иллюстрация)\s*:\s*[^\n]{0,100}"),
    ("copyright", "drop", "any", r"(?:©|\(c\)|Copyright)[^\n]{0,200}|[^\n]{0,120}Все права защищены\.?"),
    # A short capitalised line naming a newspaper or agency, closing the article.
    ("newspaper sign-off", "source", "last",
     r"(?P<source>(?=[^\n]*(?i:" + _NEWSPAPER_WORDS + r"))[«\"]?[А-ЯЁ][\w«»\"-]*(?:\s+[\w«»\".-]+){0,5}"
     r"|" + "|".join(map(re.escape, NEWS_AGENCIES)) + r")"),
    ("section label", "drop", "any", "(?:" + "|".join(map(re.escape, SECTION_LABELS)) + r")\s*[.:]?"),
)

_RULES = tuple((name, action, scope, re.compile(rx)) for name, action, scope, rx in CHROME_RULES)
_END_SEARCH = re.compile(
    "|".join(f"(?:{rx})" for _, action, _, rx in CHROME_RULES if action == "end").replace(
        "(?P<source>", "(?:"))

# Both sides of a split must hold this much text: a glued remainder shorter than this is
# the tail of the previous article (a promo in mid-article must not cut a paragraph off),
# and a headline followed by a repeated line is not an article of its own.
_MIN_SPLIT_CHARS = 200
_MAX_TAGLINE = 120  # characters; longer shared openers are not taken for taglines
_WS = re.compile(r"\s+")


# --------------------------------------------------------------------------------------
# Taglines: lines that open several files
# --------------------------------------------------------------------------------------

def detect_taglines(files: list[list[Para]]) -> set[str]:
    """Lines that open ≥2 files and are not those files' headline.

    The second lines must differ (a copied article is not a tagline), and either the
    opener reads as a sentence (headlines carry no final period) or the second lines read
    as headlines — so two outlets printing the same headline keep it.
    """
    openers: dict[str, set[str]] = {}
    for paras in files:  # each file's paragraphs
        if len(paras) >= 2:
            first, second = paras[0].text, paras[1].text
            # A second line that repeats the first (a headline printed twice, maybe edited)
            # says nothing about the first line being site chrome.
            if not _similar(first, second):
                openers.setdefault(first, set()).add(second)
    taglines = set()
    for line, seconds in openers.items():
        headlike = sum(1 for s in seconds if not s.endswith((".", "…")))
        # A slogan is one short line; a long opener shared by files is a reprinted lead.
        if len(line) <= _MAX_TAGLINE and len(seconds) >= 2 and (line.endswith((".", "!")) or headlike >= 2):
            taglines.add(line)
    return taglines


def _similar(a: str, b: str) -> bool:
    wa, wb = set(_norm(a).split()), set(_norm(b).split())
    return len(wa & wb) >= 0.5 * max(len(wa | wb), 1)



# --------------------------------------------------------------------------------------
# Splitting glued articles and removing chrome
# --------------------------------------------------------------------------------------

def split_articles(paras: list[Para], split_taglines: list[str]) -> list[list[Para]]:
    """Cut a file's paragraphs where one article ends and the next begins."""
    articles: list[list[Para]] = [[]]
    seen_text = 0  # characters of text in the current article so far
    for idx, para in enumerate(paras):
        cuts: set[int] = set()
        for m in _END_SEARCH.finditer(para.text):
            cuts.add(m.end())
        for tag in split_taglines:  # str.find: a few C-speed scans, no regex alternation
            at = para.text.find(tag)
            while at >= 0:
                cuts.add(at)
                at = para.text.find(tag, at + 1)
        prev = 0
        for cut in sorted(cuts):
            # A cut only makes a new article when enough text precedes it in this article
            # and follows it in the file (see _MIN_SPLIT_CHARS).
            piece = para.slice(prev, cut).stripped()
            if piece.text:
                articles[-1].append(piece)
                seen_text += len(piece.text)
            if seen_text >= _MIN_SPLIT_CHARS and _remaining_chars(paras, idx, cut) >= _MIN_SPLIT_CHARS:
                articles.append([])
                seen_text = 0
            prev = cut
        rest = para.slice(prev, len(para.text)).stripped()
        if rest.text:
            articles[-1].append(rest)
            seen_text += len(rest.text)
    return [a for a in articles if a]


def _remaining_chars(paras: list[Para], idx: int, cut: int) -> int:
    # Stops as soon as the threshold is reached, so cut points stay cheap.
    total = len(paras[idx].text.strip()) - cut
    for p in paras[idx + 1:]:
        total += len(p.text)
        if total >= _MIN_SPLIT_CHARS:
            break
    return total


@dataclass
class Cleaned:
    paras: list[Para]
    source: str | None
    chrome_text: list[str]  # removed paragraphs, for date upper bounds


def clean(paras: list[Para], tagline_set: frozenset[str]) -> Cleaned:
    kept: list[Para] = []
    removed: list[str] = []
    sources: dict[str, str] = {}  # "stated" (source rules) beats "hinted" (a promo's name)

    def match(t: str, scope: str) -> str | None:
        for _name, act, rule_scope, rx in _RULES:
            if rule_scope == scope and (m := rx.fullmatch(t)):
                if src := m.groupdict().get("source"):
                    sources.setdefault("stated" if act == "source" else "hinted", src.strip(" .\"«»"))
                return act
        return None

    for i, para in enumerate(paras):
        t = para.text
        action = "drop" if t in tagline_set else match(t, "any")
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
    return Cleaned(kept, sources.get("stated") or sources.get("hinted"), removed)


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def title_of(paras: list[Para]) -> str:
    first = paras[0].text
    if not first.rstrip().endswith((".", "…")) and len(first) <= 300:
        return first.strip()
    sents = list(sentenize(first))
    head = sents[0].text if sents else first
    return head[:-1].rstrip() if head.endswith(".") and not head.endswith("..") else head

