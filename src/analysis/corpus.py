"""Read a folder of news articles into clean texts that cite their original files.

Pipeline per file (``load_corpus``):

1. **decode** — BOM, then strict UTF-8, then a Cyrillic letter-frequency score over
   cp1251 / KOI8-R / cp866 (charset-normalizer only for non-Cyrillic leftovers).
   NUL bytes or control-character soup mean "binary"; nothing is guessed per file.
2. **paragraphs** — `.txt`: one paragraph per non-blank line, a verbatim copy of the
   original.  `.html`/`.htm`: trafilatura finds the main text; every extracted paragraph
   is searched, whitespace-collapsed and html-unescaped, in a "view" of the source
   (text outside tags, entities decoded) and mapped back piecewise.  Characters that
   the source spells differently (``&laquo;``, a run of newlines shown as one space, a
   list bullet trafilatura invented) get `Segment.exact=False` and stand for the whole
   original piece (``orig_length``); everything else keeps ``original[s:e] == text[start:end]``.
   Clean text is one paragraph per line; `Article.sentences` are split (razdel) per
   paragraph, so a sentence never spans a line break and always maps exactly in a .txt.
3. **split** — a file may hold several articles glued together: an end-of-article
   promo (``END`` rules) or a site tagline appearing after article text starts a new
   article ``stem#2``, ``stem#3`` …
4. **chrome** — the rule tables below (data, not code) drop taglines, promos, nav
   blocks, section labels, a leading «...», a doubled headline; stated sources
   («Источник: БелТА», a newspaper name on the last line) go to ``source``.
5. **title** — the first paragraph if it reads as a headline (no final period), else
   the first sentence without its final period.
6. **date** — metadata.csv > HTML markup date > inference from the clean text
   (see `_infer_date`); dates inside removed chrome only cap the year from above.

Limits: mapping HTML is exact only where the page text is verbatim in the source (text
split by inline tags such as ``<b>`` or by entities maps piecewise); a glued file is split
only at a known end-of-article promo or tagline; date inference is a set of documented
heuristics (`_infer_date`), not a parser of every Russian date phrase; the loader keeps
every decoded file in memory until the folder is read (taglines are lines that open
several files); sub-folders are read recursively, hidden files and folders are skipped.
Speed: ~1.5 ms per .txt article on one core (2000 seed-sized files in ~3 s).
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path

import pandas as pd
from razdel import sentenize

ARTICLE_COLUMNS = [
    "article_id", "file", "title", "source", "url", "published",
    "published_inferred", "text", "sha256",
]
# Appended after the contract columns by `articles_frame`.
ARTICLE_EXTRA_COLUMNS = ["published_evidence", "published_precision", "encoding"]
PROBLEM_COLUMNS = ["file", "reason"]

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
METADATA_FILE = "metadata.csv"

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


# --------------------------------------------------------------------------------------
# Public data model
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """`length` characters of clean text at `clean_start` copy the original at `orig_start`.

    ``exact=False`` marks best-effort HTML mappings (an entity, a whitespace run shown as
    one space, text not found verbatim): the clean characters stand for
    ``original[orig_start:orig_end]``, which spells them differently (or is empty).
    """

    clean_start: int
    orig_start: int
    length: int
    exact: bool = True
    orig_length: int | None = None  # characters of the original covered; None = `length`

    @property
    def orig_end(self) -> int:
        return self.orig_start + (self.length if self.orig_length is None else self.orig_length)


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into Article.text
    end: int
    text: str


@dataclass(frozen=True, eq=False)
class Article:
    article_id: str
    file: str  # path relative to the corpus folder, as given to the loader
    title: str
    source: str | None
    url: str | None
    published: date | None  # first day of the period when precision is month/year
    published_inferred: bool
    published_evidence: str | None
    text: str  # clean article text (chrome removed); headline is its first line
    original: str  # the whole decoded file this article came from
    segments: tuple[Segment, ...]
    sha256: str  # of the file's bytes
    meta: dict = field(default_factory=dict)
    published_precision: str | None = None  # "day" | "month" | "year"
    encoding: str = "utf-8"  # Python codec: Path(file).read_bytes().decode(encoding) == original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of `text` to the original file.

        Exact (``original[s:e] == text[start:end]``) whenever the range lies
        inside one segment, which holds for any span inside one paragraph of a .txt.
        """
        s = self._orig_offset(start, after=False)
        return s, (self._orig_offset(end - 1, after=True) if end > start else s)

    def _orig_offset(self, pos: int, after: bool) -> int:
        """Original offset of the start of clean character `pos` (or just after it)."""
        if not self.segments:
            return 0
        i = max(bisect_right(self._segment_starts, pos) - 1, 0)
        seg = self.segments[i]
        if not seg.exact:  # no per-character correspondence: the whole original piece
            return seg.orig_end if after else seg.orig_start
        return seg.orig_start + min(max(pos - seg.clean_start, 0), max(seg.length - 1, 0)) + after

    def clean_offset(self, orig: int) -> int | None:
        """The inverse of `original_span` for one position: original offset → clean offset.

        None when the original character was dropped (chrome, markup) from the clean text.
        """
        for seg in self.segments:
            if seg.orig_start <= orig < seg.orig_end:
                return seg.clean_start + (min(orig - seg.orig_start, seg.length - 1) if seg.exact else 0)
        return None

    @cached_property
    def _segment_starts(self) -> list[int]:
        return [s.clean_start for s in self.segments]

    @cached_property
    def sentences(self) -> list[Sentence]:
        # Per paragraph: a headline without a final period must not swallow the lead's
        # first sentence, and a sentence never spans two paragraphs (so it maps exactly).
        out: list[Sentence] = []
        pos = 0
        for para in self.text.split("\n"):
            out.extend(Sentence(pos + s.start, pos + s.stop, s.text) for s in sentenize(para))
            pos += len(para) + 1
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, pos: int) -> Sentence:
        sents = self.sentences
        if not sents:
            return Sentence(0, len(self.text), self.text)
        i = max(bisect_right(self._sentence_starts, pos) - 1, 0)
        return sents[i]


@dataclass(frozen=True)
class Problem:
    file: str
    reason: str


@dataclass
class Corpus:
    root: Path
    articles: list[Article]
    problems: list[Problem]

    def articles_frame(self) -> pd.DataFrame:
        return articles_frame(self.articles)

    def problems_frame(self) -> pd.DataFrame:
        return pd.DataFrame([p.__dict__ for p in self.problems], columns=PROBLEM_COLUMNS)


def articles_frame(articles: list[Article]) -> pd.DataFrame:
    cols = ARTICLE_COLUMNS + ARTICLE_EXTRA_COLUMNS
    rows = [[getattr(a, c) for c in cols] for a in articles]
    return pd.DataFrame(rows, columns=cols)


# --------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------

class _Skip(Exception):
    """A file that cannot become an article; the message is the problem's reason."""


# Russian letter frequencies (per mille, rounded): a correct decoding is mostly these
# lowercase letters; a wrong single-byte decoding turns them into capitals or symbols.
_RU_FREQ = dict(zip(
    "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё",
    (110, 85, 80, 73, 67, 63, 55, 47, 45, 44, 35, 32, 30, 28, 26, 20, 19, 17, 17, 16, 17,
     14, 12, 10, 9, 7, 6, 5, 4, 3, 3, 1, 1),
    strict=True,
))
_LETTER_WEIGHT = {ch: math.log(f + 1) for ch, f in _RU_FREQ.items()}
_CYR_CANDIDATES = ("cp1251", "koi8-r", "cp866")
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _cyrillic_score(text: str) -> float:
    score = 0.0
    for ch, n in Counter(text).items():
        if ch in _LETTER_WEIGHT:
            score += n * _LETTER_WEIGHT[ch]
        elif ch.isascii():
            continue
        elif "А" <= ch <= "Я" or ch == "Ё":
            score += n * 0.5  # capitals are legitimate but rare in running text
        else:
            score -= n * 3  # box drawing, Ђ‚ѓ etc.: the classic mojibake symbols
    return score


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # C0 controls other than \t \n \v \f \r


def _looks_binary(text: str) -> bool:
    bad = len(_CONTROL.findall(text))
    return bad > max(2, len(text) // 50)


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,30})""", re.I)


def _decode(raw: bytes, *, is_html: bool = False) -> tuple[str, str]:
    """Return (text, python codec) or raise _Skip with the reason."""
    if not raw.strip():
        raise _Skip("empty file")
    if raw.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    elif b"\x00" in raw:
        raise _Skip("binary file (contains NUL bytes), not text")
    elif _looks_binary(raw[:65536].decode("latin-1")):  # control bytes mean the same in any 8-bit text
        raise _Skip("binary file (control characters), not text")
    else:
        # Strict UTF-8 first even for a page declaring another charset: valid UTF-8 is strong
        # evidence, and scrapers often re-save cp1251 pages as UTF-8 without fixing <meta>.
        candidates = ["utf-8"]
        if is_html and (m := _META_CHARSET.search(raw[:4096])):
            candidates.append(m.group(1).decode("ascii").lower())
    for enc in candidates:
        try:
            text = raw.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_binary(text):
            raise _Skip("binary file (control characters), not text")
        return text, enc
    # Not UTF-8: score the Cyrillic single-byte encodings rather than guessing one.
    scored = []
    for enc in _CYR_CANDIDATES:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        scored.append((_cyrillic_score(text), enc, text))
    high = len(raw) - len(raw.translate(None, _HIGH_BYTES))
    if scored:
        score, enc, text = max(scored)
        # Accept when the high bytes read as Russian letters (~3+ per high byte on average).
        if score > high * 2.0 and not _looks_binary(text):
            return text, enc
    from charset_normalizer import from_bytes  # non-Cyrillic leftovers (rare here)

    best = from_bytes(raw).best()
    if best is not None and best.chaos < 0.2:
        enc = best.encoding
        try:
            text = raw.decode(enc)  # the codec name must reproduce `original` for citations
        except (UnicodeDecodeError, LookupError):
            text = ""
        if text.strip() and not _looks_binary(text):
            return text, enc
    try:
        raw.decode("utf-8")
        where = ""
    except UnicodeDecodeError as exc:  # say where, so a damaged UTF-8 file can be fixed
        where = f" (invalid UTF-8 byte at offset {exc.start})"
    raise _Skip(f"undecodable: not UTF-8{where}, and no Cyrillic or other encoding gives readable text")


# --------------------------------------------------------------------------------------
# Paragraphs with their mapping to the original
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Para:
    text: str
    segs: tuple[Segment, ...]  # clean_start relative to this paragraph

    def slice(self, a: int, b: int) -> _Para:
        segs = []
        for s in self.segs:
            lo, hi = max(a, s.clean_start), min(b, s.clean_start + s.length)
            if lo < hi:
                if s.exact:
                    segs.append(Segment(lo - a, s.orig_start + lo - s.clean_start, hi - lo))
                else:
                    segs.append(Segment(lo - a, s.orig_start, hi - lo, False, s.orig_length))
        return _Para(self.text[a:b], tuple(segs))

    def stripped(self) -> _Para:
        body = self.text.strip()
        if body == self.text:
            return self
        a = len(self.text) - len(self.text.lstrip())
        return self.slice(a, a + len(body))


def _txt_paragraphs(original: str) -> list[_Para]:
    paras = []
    # \r\n, \r and \n are line breaks; other Unicode separators stay inside the line so
    # that the clean text never gains a "\n" the original does not have.
    for m in re.finditer(r"[^\r\n]+", original):
        p = _Para(m.group(), (Segment(0, m.start(), m.end() - m.start()),)).stripped()
        if p.text:
            paras.append(p)
    return paras


_HTML_TOKEN = re.compile(
    r"<!--.*?(?:-->|$)|<(script|style|noscript|template|svg)\b.*?(?:</\1\s*>|$)|<[^>]*>?"
    r"|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?|[^<&]+|&",
    re.S | re.I,
)
_WS = re.compile(r"\s+")


class _HtmlView:
    """The text of an HTML source (tags dropped, entities decoded, whitespace collapsed)
    with runs mapping view offsets back to source offsets."""

    def __init__(self, source: str):
        parts: list[str] = []
        self.v_starts: list[int] = []
        # (view start, source start, view length, exact, source length)
        self.runs: list[tuple[int, int, int, bool, int]] = []
        self.body_start = 0
        vlen = 0
        last_space = True

        def add(text: str, src: int, exact: bool, src_len: int | None = None) -> None:
            nonlocal vlen
            self.v_starts.append(vlen)
            self.runs.append((vlen, src, len(text), exact, len(text) if src_len is None else src_len))
            parts.append(text)
            vlen += len(text)

        def add_ws(src: int, src_len: int) -> None:
            nonlocal last_space
            if not last_space:  # a run across tags collapses into the first space
                add(" ", src, src_len == 1 and source[src] == " ", src_len)
                last_space = True

        for m in _HTML_TOKEN.finditer(source):
            tok = m.group()
            start = m.start()
            if tok[0] == "<":
                if tok[:5].lower() == "<body":
                    self.body_start = vlen
                continue
            if tok[0] == "&" and len(tok) > 1:
                dec = html.unescape(tok)
                if dec != tok:
                    if dec.isspace():
                        add_ws(start, len(tok))
                    else:
                        add(dec, start, False, len(tok))
                        last_space = False
                    continue
            pos = 0
            for w in _WS.finditer(tok):
                if w.start() > pos:
                    add(tok[pos:w.start()], start + pos, True)
                    last_space = False
                add_ws(start + w.start(), w.end() - w.start())
                pos = w.end()
            if pos < len(tok):
                add(tok[pos:], start + pos, True)
                last_space = False
        self.text = "".join(parts)

    def segments(self, clean_start: int, vstart: int, length: int) -> list[Segment]:
        """Segments for view[vstart:vstart+length] placed at clean_start."""
        out = []
        i = max(bisect_right(self.v_starts, vstart) - 1, 0)
        vend = vstart + length
        while i < len(self.runs) and self.runs[i][0] < vend:
            rv, rs, rl, exact, src_len = self.runs[i]
            lo, hi = max(vstart, rv), min(vend, rv + rl)
            if lo < hi:
                if exact:
                    out.append(Segment(clean_start + lo - vstart, rs + lo - rv, hi - lo))
                else:
                    out.append(Segment(clean_start + lo - vstart, rs, hi - lo, False, src_len))
            i += 1
        return out


def _merge(segs: list[Segment]) -> tuple[Segment, ...]:
    out: list[Segment] = []
    for s in segs:
        if out:
            p = out[-1]
            if (p.exact and s.exact and p.clean_start + p.length == s.clean_start
                    and p.orig_start + p.length == s.orig_start):
                out[-1] = Segment(p.clean_start, p.orig_start, p.length + s.length)
                continue
        out.append(s)
    return tuple(out)


def _map_paragraph(view: _HtmlView, text: str, cursor: int) -> tuple[_Para, int]:
    """Locate one extracted paragraph in the view; piecewise (word by word) if needed."""
    vt = view.text
    pos = vt.find(text, cursor)
    if pos < 0:
        pos = vt.find(text)
    if pos < 0 and text.startswith("- ") and (alt := vt.find(text[2:], cursor)) >= 0:
        text, pos = text[2:], alt  # trafilatura's list bullet is not in the source
    if pos >= 0:
        return _Para(text, _merge(view.segments(0, pos, len(text)))), pos + len(text)
    # Piecewise: each word is searched a bounded distance ahead (keeps this linear);
    # words not found, and the gaps between words, point best-effort at the cursor.
    segs: list[Segment] = []
    done = 0
    window = 2000 + 4 * len(text)
    for w in re.finditer(r"\S+", text):
        found = vt.find(w.group(), cursor, cursor + window)
        if found < 0:
            continue
        gap = w.start() - done
        if gap:
            exact_gap = done > 0 and vt[found - gap:found] == text[done:w.start()]
            if exact_gap:
                segs.extend(view.segments(done, found - gap, gap))
            else:
                segs.append(Segment(done, view.segments(0, found, 1)[0].orig_start, gap, False, 0))
        segs.extend(view.segments(w.start(), found, len(w.group())))
        done = w.end()
        cursor = found + len(w.group())
    if done < len(text):
        src = segs[-1].orig_end if segs else (view.runs[-1][1] if view.runs else 0)
        segs.append(Segment(done, src, len(text) - done, False, 0))
    return _Para(text, _merge(segs)), cursor


def _html_paragraphs(original: str) -> tuple[list[_Para], dict]:
    import trafilatura  # heavy import, only when the folder has HTML

    doc = trafilatura.bare_extraction(
        original, with_metadata=True, include_comments=False, include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise _Skip("HTML page has no article text (trafilatura found no main content)")
    view = _HtmlView(original)
    cursor = view.body_start
    paras = []
    for line in body.split("\n"):
        line = _WS.sub(" ", line).strip()
        if line:
            p, cursor = _map_paragraph(view, line, cursor)
            paras.append(p)
    meta = {k: getattr(doc, k, None) for k in ("title", "date", "url", "sitename")}
    return paras, meta


# --------------------------------------------------------------------------------------
# Splitting glued articles and removing chrome
# --------------------------------------------------------------------------------------

def _split_articles(paras: list[_Para], split_taglines: list[str]) -> list[list[_Para]]:
    """Cut a file's paragraphs where one article ends and the next begins."""
    articles: list[list[_Para]] = [[]]
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


def _remaining_chars(paras: list[_Para], idx: int, cut: int) -> int:
    # Stops as soon as the threshold is reached, so cut points stay cheap.
    total = len(paras[idx].text.strip()) - cut
    for p in paras[idx + 1:]:
        total += len(p.text)
        if total >= _MIN_SPLIT_CHARS:
            break
    return total


@dataclass
class _Cleaned:
    paras: list[_Para]
    source: str | None
    chrome_text: list[str]  # removed paragraphs, for date upper bounds


def _clean(paras: list[_Para], tagline_set: frozenset[str]) -> _Cleaned:
    kept: list[_Para] = []
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
    return _Cleaned(kept, sources.get("stated") or sources.get("hinted"), removed)


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def _title(paras: list[_Para]) -> str:
    first = paras[0].text
    if not first.rstrip().endswith((".", "…")) and len(first) <= 300:
        return first.strip()
    sents = list(sentenize(first))
    head = sents[0].text if sents else first
    return head[:-1].rstrip() if head.endswith(".") and not head.endswith("..") else head


# --------------------------------------------------------------------------------------
# Publication date inference
# --------------------------------------------------------------------------------------

_MONTHS = {}
for _i, _forms in enumerate((
    "январь января январе", "февраль февраля феврале", "март марта марте", "апрель апреля апреле",
    "май мая мае", "июнь июня июне", "июль июля июле", "август августа августе",
    "сентябрь сентября сентябре", "октябрь октября октябре", "ноябрь ноября ноябре",
    "декабрь декабря декабре",
), start=1):
    for _f in _forms.split():
        _MONTHS[_f] = _i
_GEN = "(" + "|".join(f for f in _MONTHS if f.endswith(("я", "та"))) + ")"
_ANY_MONTH = "(" + "|".join(_MONTHS) + ")"
_Y = r"((?:19|20)\d\d)"

# Ordered: earlier patterns claim their characters so later ones don't re-read them.
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(rx, re.I)) for k, rx in (
    ("full", rf"\b(\d{{1,2}})\s+{_GEN}\s+{_Y}\b(?:\s*(?:года|г\.))?"),
    ("numeric", r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b"),
    ("iso", r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"),
    ("range", rf"\b(?:с\s+)?(\d{{1,2}})\s*(?:по|[-–—])\s*(\d{{1,2}})\s+{_GEN}\b"),
    ("daymonth", rf"\b(\d{{1,2}})\s+{_GEN}\b"),
    # The lookahead on the first letter spares trying 36 month forms at every word.
    ("monthyear", rf"\b(?=[яфмаиосндЯФМАИОСНД]){_ANY_MONTH}\s+{_Y}\s*(?:года|году|год|г\.)?"),
    ("event", rf"\b[А-ЯЁA-Z][\w.]*[-–]\s?{_Y}\b"),
    ("completed", rf"\b(?:по итогам|за|итоги)\s+{_Y}\s*(?:года|год|г\.)"),
    ("bound", rf"\b(?:к|до)\s+{_Y}\s*(?:года|году|г\.)"),
    ("year", rf"\b{_Y}\s*(?:года|году|год|г\.|гг\.)"),
))
_NO_CONTEXT = frozenset({"range", "daymonth", "event", "completed", "bound"})  # need no tense
_TODAY = re.compile(r"сегодня,?\s*$", re.I)
_FUTURE = re.compile(r"планир|запланир|будет|будут|намерен|наме[чт]|предстоит|ожида|прогноз|наладят|начнут"
                     r"|станет|проведут|откроют|планах|половин\w* \d{4}|\bк концу\b", re.I)
_PAST_VERB = re.compile(r"\b\w{2,}(?:ли|ло|ла|лся|лась|лось|лись)\b", re.I)
_AMOUNT = re.compile(r"\d\s*(?:млрд|млн|трлн|тыс|%|процент)|\$\s?\d", re.I)
_SENT_END = re.compile(r"[.!?…](?=\s|$)|\n")


class _Sentences:
    """Rough sentence bounds (one regex pass, then bisect) for the context of a date mention;
    cheaper than razdel and good enough to see «планирует» or «по итогам» nearby."""

    def __init__(self, text: str):
        self.text = text
        self.ends = [m.end() for m in _SENT_END.finditer(text)]

    def around(self, a: int, b: int) -> str:
        i = bisect_right(self.ends, a)
        start = self.ends[i - 1] if i else 0
        j = bisect_right(self.ends, b - 1)
        end = self.ends[j] if j < len(self.ends) else len(self.text)
        return self.text[start:end]


@dataclass
class _DateGuess:
    published: date | None
    precision: str | None
    evidence: str | None


def _infer_date(text: str, chrome: list[str]) -> _DateGuess:
    """Infer the publication date from the article text.

    Rules (documented because they are judgement calls):
    - a full date in a non-future sentence wins (the latest such date), precision day;
    - otherwise the year comes from the strongest year evidence: month+year and
      event names («Иннопром-2023») and plans for a year («в 2022 г.» next to «планирует»)
      are anchors; the latest anchor wins; plain «в N году» is a weak anchor;
    - «по итогам/за N года», or a past statistic for year N (past verb + amount), means the
      year is over: publication ≥ N+1; a month+year in the past means ≥ that year;
      «к/до N года» and plans give upper bounds; anchors are clamped into the bounds;
    - the day comes from «Сегодня, D месяца», else the first «D месяца» (day precision),
      or the first «с D по D месяца» range (month precision);
    - dates in removed chrome (news-feed dates) only cap the year from above: the article
      is not newer than the feed printed next to it, but it can be much older.
    """
    sentences = _Sentences(text)
    claimed = bytearray(len(text))
    strong: list[tuple[int, str]] = []
    weak: list[tuple[int, str]] = []
    lo: tuple[int, str] | None = None
    hi: tuple[int, str] | None = None
    full: list[tuple[date, str]] = []
    daymonth: list[tuple[int, int | None, int, str]] = []  # (pos, day or None for range, month, ev)

    def bound_lo(y: int, ev: str) -> None:
        nonlocal lo
        if lo is None or y > lo[0]:
            lo = (y, ev)

    def bound_hi(y: int, ev: str) -> None:
        nonlocal hi
        if hi is None or y < hi[0]:
            hi = (y, ev)

    for kind, rx in _DATE_PATTERNS:
        for m in rx.finditer(text):
            if any(claimed[m.start():m.end()]):
                continue
            claimed[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            ev = m.group().strip()
            sent = sentences.around(m.start(), m.end())
            future = kind not in _NO_CONTEXT and bool(_FUTURE.search(sent))
            g = [x for x in m.groups() if x is not None]
            try:
                if kind in ("full", "numeric", "iso"):
                    if kind == "full":
                        d = date(int(g[2]), _MONTHS[g[1].lower()], int(g[0]))
                    elif kind == "numeric":
                        d = date(int(g[2]), int(g[1]), int(g[0]))
                    else:
                        d = date(int(g[0]), int(g[1]), int(g[2]))
                    if not future:
                        full.append((d, ev))
                    strong.append((d.year, ev))
                elif kind == "range":
                    daymonth.append((m.start(), None, _MONTHS[g[2].lower()], ev))
                elif kind == "daymonth":
                    day, month = int(g[0]), _MONTHS[g[1].lower()]
                    date(2000, month, day)  # validates the day (leap year allows 29 Feb)
                    today = bool(_TODAY.search(text, max(0, m.start() - 12), m.start()))
                    daymonth.append((-1 if today else m.start(), day, month, ev))
                elif kind == "monthyear":
                    y = int(g[1])
                    strong.append((y, ev))
                    (bound_hi if future else bound_lo)(y, ev)
                elif kind == "event":
                    strong.append((int(g[0]), ev))
                elif kind == "completed":
                    bound_lo(int(g[0]) + 1, ev)
                elif kind == "bound":
                    bound_hi(int(g[0]), ev)
                else:  # plain year
                    y = int(g[0])
                    if future:
                        strong.append((y, ev))
                        bound_hi(y, ev)
                    elif _PAST_VERB.search(sent) and _AMOUNT.search(sent):
                        bound_lo(y + 1, ev)  # a whole-year statistic is reported after the year
                    else:
                        weak.append((y, ev))
            except (ValueError, KeyError):
                continue

    if full:
        d, ev = max(full)
        return _DateGuess(d, "day", f"«{ev}»")
    anchors = strong or weak
    evidence: list[str] = []
    year: int | None = None
    if anchors:
        year, ev = max(anchors)
        evidence.append(f"year {year} from «{ev}»")
    if lo is not None and (year is None or year < lo[0]):
        year = lo[0]
        evidence.append(f"≥{lo[0]} from «{lo[1]}»")
    if hi is not None and year is not None and year > hi[0] and (lo is None or hi[0] >= lo[0]):
        year = hi[0]
        evidence.append(f"≤{hi[0]} from «{hi[1]}»")
    if year is None:
        return _DateGuess(None, None, None)
    cap = _chrome_cap(chrome)
    if cap is not None and year > cap[0] and (lo is None or cap[0] >= lo[0]):
        year = cap[0]
        evidence.append(f"≤{cap[0]} from site chrome «{cap[1]}»")
    if daymonth:
        _pos, day, month, ev = min(daymonth, key=lambda x: x[0])
        if day is None:
            return _DateGuess(date(year, month, 1), "month", "; ".join([f"month from «{ev}»", *evidence]))
        try:
            return _DateGuess(date(year, month, day), "day", "; ".join([f"«{ev}»", *evidence]))
        except ValueError:  # 29 February in a non-leap year
            pass
    return _DateGuess(date(year, 1, 1), "year", "; ".join(evidence))


def _chrome_cap(chrome: list[str]) -> tuple[int, str] | None:
    years = []
    for t in chrome:
        for m in re.finditer(rf"\b\d{{1,2}}\s+{_GEN}\s+{_Y}\b", t, re.I):
            years.append((int(m.group(2)), m.group()))
    return min(years) if years else None


# --------------------------------------------------------------------------------------
# metadata.csv
# --------------------------------------------------------------------------------------

_META_FIELDS = ("title", "source", "url", "published")


def _parse_date(value: str) -> tuple[date, str]:
    v = value.strip()
    for rx, order, precision in (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", (0, 1, 2), "day"),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", (2, 1, 0), "day"),
        (r"(\d{4})-(\d{1,2})", (0, 1), "month"),
        (r"(\d{4})", (0,), "year"),
    ):
        if m := re.fullmatch(rx, v):
            parts = [int(m.group(i + 1)) for i in order] + [1] * (3 - len(order))
            return date(*parts), precision
    raise ValueError(value)


def _read_metadata(path: Path, problems: list[Problem]) -> dict[str, tuple[int, dict[str, str]]]:
    try:
        text, _ = _decode(path.read_bytes())
    except (OSError, _Skip) as exc:
        problems.append(Problem(METADATA_FILE, f"metadata.csv not read: {exc}"))
        return {}
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "file" not in fields:
        problems.append(Problem(METADATA_FILE, "metadata.csv has no 'file' column; ignored"))
        return {}
    reader.fieldnames = fields
    rows = {}
    for n, row in enumerate(reader, start=2):  # line 1 is the header
        key = (row.get("file") or "").strip().replace("\\", "/").removeprefix("./")
        if not key:
            problems.append(Problem(METADATA_FILE, f"row {n}: empty 'file' cell; ignored"))
            continue
        rows[key] = (n, {k: (row.get(k) or "").strip() for k in _META_FIELDS})
    return rows


def _apply_metadata(art: Article, row: dict[str, str], with_title: bool) -> Article:
    changes: dict = {}
    if row["title"] and with_title:
        changes["title"] = row["title"]
    if row["source"]:
        changes["source"] = row["source"]
    if row["url"]:
        changes["url"] = row["url"]
    if row["published"]:
        d, precision = _parse_date(row["published"])
        changes.update(published=d, published_precision=precision, published_inferred=False,
                       published_evidence="metadata.csv")
    return replace(art, **changes) if changes else art


# --------------------------------------------------------------------------------------
# The loader
# --------------------------------------------------------------------------------------

@dataclass
class _Loaded:
    rel: str
    raw_sha: str
    original: str
    encoding: str
    paras: list[_Para]
    html_meta: dict


def _walk(root: Path) -> list[Path]:
    out = []
    for p in root.rglob("*"):
        rel = p.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue  # .git, .DS_Store, editor swap files
        if p.is_file():
            out.append(p)
    return sorted(out, key=lambda p: p.relative_to(root).as_posix())


def _read(path: Path, rel: str) -> _Loaded:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _Skip(f"unreadable: {exc.strerror or exc}") from exc
    is_html = path.suffix.lower() in HTML_SUFFIXES
    original, enc = _decode(raw, is_html=is_html)
    if is_html:
        paras, meta = _html_paragraphs(original)
    else:
        paras, meta = _txt_paragraphs(original), {}
        if not paras:
            raise _Skip("empty file (only whitespace)")
    return _Loaded(rel, hashlib.sha256(raw).hexdigest(), original, enc, paras, meta)


def _detect_taglines(files: list[_Loaded]) -> set[str]:
    """Lines that open ≥2 files and are not those files' headline.

    The second lines must differ (a copied article is not a tagline), and either the
    opener reads as a sentence (headlines carry no final period) or the second lines read
    as headlines — so two outlets printing the same headline keep it.
    """
    openers: dict[str, set[str]] = {}
    for f in files:
        if len(f.paras) >= 2:
            first, second = f.paras[0].text, f.paras[1].text
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


def _build(f: _Loaded, parts: list[_Para], article_id: str, tagline_set: frozenset[str],
           first: bool) -> Article | None:
    cleaned = _clean(parts, tagline_set)
    if not cleaned.paras:
        return None
    texts: list[str] = []
    segs: list[Segment] = []
    pos = 0
    for para in cleaned.paras:
        for s in para.segs:
            seg = replace(s, clean_start=pos + s.clean_start)
            prev = segs[-1] if segs else None
            # Join across a single "\n" that the original has too: ranges spanning
            # adjacent lines of a .txt then stay exact.
            if (prev and prev.exact and seg.exact and prev.clean_start + prev.length + 1 == seg.clean_start
                    and prev.orig_start + prev.length + 1 == seg.orig_start
                    and f.original[prev.orig_start + prev.length] == "\n"):
                segs[-1] = Segment(prev.clean_start, prev.orig_start, prev.length + 1 + seg.length)
            else:
                segs.append(seg)
        texts.append(para.text)
        pos += len(para.text) + 1
    text = "\n".join(texts)
    # Page metadata (HTML) describes the page's first article only.
    meta = f.html_meta if first else {}
    title = meta.get("title") or _title(cleaned.paras)
    source = cleaned.source or meta.get("sitename")
    guess = _DateGuess(None, None, None)
    if meta.get("date"):
        try:
            d, precision = _parse_date(meta["date"])
            guess = _DateGuess(d, precision, "HTML page metadata")
        except ValueError:
            pass
    inferred = guess.published is None
    if inferred:
        guess = _infer_date(text, cleaned.chrome_text)
        inferred = guess.published is not None
    return Article(
        article_id=article_id, file=f.rel, title=title, source=source, url=meta.get("url"),
        published=guess.published, published_inferred=inferred, published_evidence=guess.evidence,
        text=text, original=f.original, segments=tuple(segs), sha256=f.raw_sha,
        published_precision=guess.precision, encoding=f.encoding,
    )


def load_corpus(root: str | Path) -> Corpus:
    """Read every article in `root`; bad files become `problems`, never exceptions."""
    root = Path(root)
    if not root.exists():
        raise FileNotFoundError(f"corpus folder {root} does not exist")
    if not root.is_dir():
        raise NotADirectoryError(f"corpus folder {root} is not a folder")
    problems: list[Problem] = []
    loaded: list[_Loaded] = []
    metadata_path: Path | None = None
    for path in _walk(root):
        rel = path.relative_to(root).as_posix()
        suffix = path.suffix.lower()
        if rel == METADATA_FILE:
            metadata_path = path
            continue
        if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
            problems.append(Problem(rel, f"unsupported file type '{suffix or path.name}': not read"))
            continue
        try:
            loaded.append(_read(path, rel))
        except _Skip as exc:
            problems.append(Problem(rel, str(exc)))
        except Exception as exc:  # a parser bug on one odd file must not lose the corpus
            problems.append(Problem(rel, f"could not be parsed: {type(exc).__name__}: {exc}"))

    tagline_set = frozenset(KNOWN_TAGLINES) | _detect_taglines(loaded)
    # Only long taglines may cut a file in two: a detected one-word rubric («Экономика»)
    # also occurs inside articles.
    split_taglines = [t for t in tagline_set if t in KNOWN_TAGLINES or len(t.split()) >= 4]

    articles: list[Article] = []
    by_file: dict[str, list[int]] = {}
    used_ids: set[str] = set()
    for f in loaded:
        stem = f.rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        base = stem if stem not in used_ids else f.rel.rsplit(".", 1)[0]
        try:
            built = [
                a for i, part in enumerate(_split_articles(f.paras, split_taglines))
                if (a := _build(f, part, f"{base}#{i + 1}", tagline_set, first=i == 0)) is not None
            ]
        except Exception as exc:
            problems.append(Problem(f.rel, f"could not be parsed: {type(exc).__name__}: {exc}"))
            continue
        if not built:
            problems.append(Problem(f.rel, "no article text left after removing site chrome"))
            continue
        # Renumber so that ids are stem, stem#2, … even when a middle part was all chrome.
        built = [replace(a, article_id=base if i == 0 else f"{base}#{i + 1}") for i, a in enumerate(built)]
        used_ids.add(base)
        by_file[f.rel] = list(range(len(articles), len(articles) + len(built)))
        articles.extend(built)

    if metadata_path is not None:
        _override(articles, by_file, _read_metadata(metadata_path, problems), problems)
    return Corpus(root, articles, problems)


def _override(articles: list[Article], by_file: dict[str, list[int]],
              rows: dict[str, tuple[int, dict[str, str]]], problems: list[Problem]) -> None:
    """Apply metadata.csv rows (keyed by file, or by article_id for `stem#2`) in place."""
    ids = {a.article_id: i for i, a in enumerate(articles)}
    skipped = {p.file for p in problems}
    for key, (n, row) in rows.items():
        if key in by_file:
            targets, whole_file = by_file[key], True
        elif key in ids:
            targets, whole_file = [ids[key]], False
        elif key in skipped:
            continue  # the file exists but was skipped; its problem is already listed
        else:
            problems.append(Problem(METADATA_FILE, f"row {n}: unknown file {key!r} (no such article here)"))
            continue
        if row["published"]:
            try:
                _parse_date(row["published"])
            except ValueError:
                problems.append(Problem(METADATA_FILE, (
                    f"row {n} ({key}): bad published date {row['published']!r}; expected YYYY-MM-DD, "
                    "YYYY-MM, YYYY or DD.MM.YYYY; the inferred date is kept")))
                row = {**row, "published": ""}
        for j, idx in enumerate(targets):
            # A file's title names its first article; source/url/date hold for all of them.
            articles[idx] = _apply_metadata(articles[idx], row, with_title=j == 0 or not whole_file)
