"""Numbered citations: one reference per article, with the sentences the figures came from.

`Citations.cite(article_id, sentence)` gives a `Cite`: the article's number (articles are
numbered in order of first use) and the sentence's number under it. A figure's mark reads
«[1.2]» — article 1, its second quoted sentence — so that a reader of the HTML or the printed
PDF finds the very sentence a figure came from, not only its article; «[1]» cites the article
alone. `Citations.html(lang)` lists each article once — title, outlet, date, URL — with its
cited sentences quoted and numbered under it, in the order they were first cited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analysis.briefing.formatting import Html, as_text, esc, fmt_date, isblank, quoted
from analysis.briefing.labels import t
from analysis.briefing.names import names
from analysis.ingest import year_is_a_lower_bound


@dataclass
class Reference:
    """One numbered source: an article and the sentences figures were taken from."""

    number: int
    article_id: str
    sentences: list[str] = field(default_factory=list)
    title: str = ""
    source: str = ""
    published: Any = None
    published_inferred: bool = False
    url: str = ""
    file: str = ""
    published_precision: str = "day"
    published_evidence: str = ""  # how the date was found (the loader's words)

    @property
    def sentence(self) -> str:
        """The first cited sentence ("" when only the article is cited)."""
        return self.sentences[0] if self.sentences else ""


@dataclass(frozen=True, order=True)
class Cite:
    """What a mark points at: reference `number` and, when a sentence is cited, its
    1-based place among the sentences quoted under that reference (0: the article)."""

    number: int
    sentence: int = 0

    @property
    def label(self) -> str:
        return f"{self.number}.{self.sentence}" if self.sentence else str(self.number)

    @property
    def anchor(self) -> str:
        """The id the mark links to: the quoted sentence («ref-2-1»), else the article."""
        return f"ref-{self.number}-{self.sentence}" if self.sentence else f"ref-{self.number}"


@dataclass
class Citations:
    """Numbered references, one per article, in order of first use."""

    articles: pd.DataFrame
    refs: list[Reference] = field(default_factory=list)
    _index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id: dict[str, Mapping[str, Any]] = {}
        if len(self.articles):
            for row in self.articles.to_dict("records"):
                self._by_id[str(row.get("article_id"))] = row

    def published_key(self, article_id: Any) -> str:
        """An article's publication date as an ISO string that sorts (an unknown date, or an
        unknown article, after every known one)."""
        art = self._by_id.get("" if isblank(article_id) else str(article_id), {})
        published = art.get("published")
        return "9999" if isblank(published) else str(published)[:10]

    def cite(self, article_id: Any, sentence: Any = "", file: Any = "") -> Cite:
        """This article's number (a new one on first use) and the sentence's place under
        it; the sentence is listed there once (whitespace-insensitive)."""
        aid = "" if isblank(article_id) else str(article_id)
        sent = "" if isblank(sentence) else " ".join(str(sentence).split())
        number = self._index.get(aid)
        if number is None:
            art = self._by_id.get(aid, {})
            ref = Reference(
                number=len(self.refs) + 1, article_id=aid,
                title=as_text(art.get("title")), source=as_text(art.get("source")),
                published=art.get("published"),
                published_inferred=bool(art.get("published_inferred")) if not isblank(
                    art.get("published_inferred")) else False,
                url=as_text(art.get("url")), file=as_text(file) or as_text(art.get("file")),
                published_precision=as_text(art.get("published_precision")) or "day",
                published_evidence=as_text(art.get("published_evidence")),
            )
            self.refs.append(ref)
            number = self._index[aid] = ref.number
        ref = self.refs[number - 1]
        if not sent:
            return Cite(number)
        if sent not in ref.sentences:
            ref.sentences.append(sent)
        return Cite(number, ref.sentences.index(sent) + 1)

    def cite_row(self, row: Mapping[str, Any]) -> Cite:
        """The number of a table row's article (its sentence listed under it)."""
        return self.cite(row.get("article_id"), row.get("sentence"), row.get("file"))

    @staticmethod
    def mark(cites: Iterable[Cite]) -> str:
        """Superscript links «[1.2,3.1]» after a figure: each to the sentence quoted under its
        article (`Cite.anchor`; to the article where no sentence is cited), labelled with it
        (an article cited through one of its sentences is not cited again on its own)."""
        chosen = set(cites)
        with_sentence = {c.number for c in chosen if c.sentence}
        shown = sorted(c for c in chosen if c.sentence or c.number not in with_sentence)
        if not shown:
            return ""
        # a line may break after each comma (<wbr>) where a table cell is narrow
        links = ",<wbr>".join(f'<a href="#{c.anchor}">{c.label}</a>' for c in shown)
        return f'<sup class="cite">[{links}]</sup>'

    @staticmethod
    def inline(cites: Iterable[Cite]) -> str:
        """Plain "[1], [3]" (articles) for source lines under charts."""
        numbers = sorted({c.number for c in cites})
        return ", ".join(f'<a href="#ref-{n}">[{n}]</a>' for n in numbers)

    def html(self, lang: str) -> Html:
        """The numbered list of articles, each with its cited sentences quoted under it."""
        if not self.refs:
            return Html(f'<p class="empty">{t("empty.sources", lang)}</p>')
        items = []
        for r in self.refs:
            title = esc(r.title) or esc(r.file) or esc(r.article_id)
            if not title.startswith(("«", "&quot;", "“", "„")):
                title = f"«{title}»"
            meta = [esc(names().name(r.source, "outlet", lang))] if r.source else []
            d = shown_date(r.published, lang, r.published_precision, r.published_inferred,
                           r.published_evidence)
            if d:
                meta.append(d)
            url = ""
            if r.url and re.match(r"^https?://", r.url):
                # a plain link for the reader to follow; nothing is fetched when rendering
                url = f' <a class="source-url" href="{esc(r.url)}">{breakable_url(r.url)}</a>'
            elif r.file:
                # no address known: the file in the corpus is the only way back to the text
                meta.append(f"{esc(t('ref.file', lang))} {esc(r.file)}")
            quotes = "".join(f'<span class="quote" id="ref-{r.number}-{k}">'
                             f'<span class="quote-label">{r.number}.{k}</span> {quoted(s)}</span>'
                             for k, s in enumerate(r.sentences, 1))
            items.append(f'<li id="ref-{r.number}" value="{r.number}">'
                         f'<span class="ref-title">{title}</span> — '
                         f'<span class="meta">{"; ".join(m for m in meta if m)}</span>'
                         f"{url}{quotes}</li>")
        return Html(f'<ol class="refs">{"".join(items)}</ol>')


_WHOLE_HEAD = 60  # a longer site name may break (it would not fit a printed line)


def breakable_url(url: str) -> str:
    """An address as a reader sees it, escaped, with a line-break chance (<wbr>) after each
    slash of its path: «https://site.ru/news/<wbr>2026/<wbr>…» wraps at a slash, never
    inside «https://site.ru/» (kept whole: `url-head`, up to `_WHOLE_HEAD` characters) or a
    word."""
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    if not sep or len(scheme) + len(host) > _WHOLE_HEAD:
        return esc(url)
    head = f'<span class="url-head">{esc(f"{scheme}://{host}{slash}")}</span>'
    return head + "/<wbr>".join(esc(part) for part in path.split("/")) if path else head


def _guessed_date(value: Any, lang: str, precision: str | None,
                  evidence: str | None) -> tuple[str, bool]:
    """A date guessed from the text, bare («2025 г.», or «не ранее 2023» when only a lower
    bound decided it), and whether it is such a bound."""
    bound = year_is_a_lower_bound(evidence)
    if bound is not None:
        return t("ref.not_before", lang, year=bound), True
    return fmt_date(value, lang, precision=precision), False


def shown_date(value: Any, lang: str, precision: str | None, inferred: bool,
               evidence: str | None) -> str:
    """A publication date as a reader sees it; one guessed from the text says so: «2025 г.
    (дата по тексту)», and when only a lower bound decided it («с 2023 года собрано …»,
    «Напомним, в 2024 году …») «дата по тексту: не ранее 2023»."""
    shown = fmt_date(value, lang, precision=precision)
    if not shown or not inferred:
        return shown
    bare, is_bound = _guessed_date(value, lang, precision, evidence)
    return f"{t('ref.date_inferred', lang)}: {bare}" if is_bound \
        else f"{bare} ({t('ref.date_inferred', lang)})"


def shown_span(coverage: dict[str, Any], lang: str) -> str:
    """The corpus's first and last publication dates for the title block. Where one end was
    guessed from the text, that end says so; where both were, it is said once for the span:
    «не ранее 2022 — не ранее 2025 (даты по тексту)», not «дата по тексту: не ранее 2022 —
    дата по тексту: не ранее 2025» (new user 34 found the doubled form awkward)."""
    ends = [(coverage[end], coverage.get(f"{end}_precision"), bool(coverage.get(f"{end}_inferred")),
             coverage.get(f"{end}_evidence")) for end in ("date_from", "date_to")]
    if not all(inferred for _, _, inferred, _ in ends):
        return " — ".join(shown_date(value, lang, precision, inferred, evidence)
                          for value, precision, inferred, evidence in ends)
    bare = [_guessed_date(value, lang, precision, evidence)[0]
            for value, precision, _, evidence in ends]
    return f"{' — '.join(bare)} ({t('ref.dates_inferred', lang)})"
