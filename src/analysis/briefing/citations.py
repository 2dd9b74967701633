"""Numbered citations: one reference per article, with the sentences the figures came from.

`Citations.cite(article_id, sentence)` gives the article's number (articles are numbered in
order of first use) and adds the sentence to the ones listed under that article;
`Citations.html(lang)` lists each article once — title, outlet, date, URL — with its cited
sentences quoted under it, in the order they were first cited.
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

    @property
    def sentence(self) -> str:
        """The first cited sentence ("" when only the article is cited)."""
        return self.sentences[0] if self.sentences else ""


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

    def cite(self, article_id: Any, sentence: Any = "", file: Any = "") -> int:
        """The number of this article (a new one on first use); the sentence is listed
        under it (once, whitespace-insensitive)."""
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
            )
            self.refs.append(ref)
            number = self._index[aid] = ref.number
        ref = self.refs[number - 1]
        if sent and sent not in ref.sentences:
            ref.sentences.append(sent)
        return number

    def cite_row(self, row: Mapping[str, Any]) -> int:
        """The number of a table row's article (its sentence listed under it)."""
        return self.cite(row.get("article_id"), row.get("sentence"), row.get("file"))

    @staticmethod
    def mark(numbers: Iterable[int]) -> str:
        """Superscript links «[1,3]» after a figure."""
        nums = sorted(set(numbers))
        if not nums:
            return ""
        links = ",".join(f'<a href="#ref-{n}">{n}</a>' for n in nums)
        return f'<sup class="cite">[{links}]</sup>'

    @staticmethod
    def inline(numbers: Iterable[int]) -> str:
        """Plain "[1], [3]" for source lines under charts."""
        return ", ".join(f'<a href="#ref-{n}">[{n}]</a>' for n in sorted(set(numbers)))

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
            d = fmt_date(r.published, lang, precision=r.published_precision)
            if d:
                if r.published_inferred:
                    d += f" ({t('ref.date_inferred', lang)})"
                meta.append(d)
            url = ""
            if r.url and re.match(r"^https?://", r.url):
                # a plain link for the reader to follow; nothing is fetched when rendering
                url = f' <a class="source-url" href="{esc(r.url)}">{esc(r.url)}</a>'
            elif r.file:
                # no address known: the file in the corpus is the only way back to the text
                meta.append(f"{esc(t('ref.file', lang))} {esc(r.file)}")
            quotes = "".join(f'<span class="quote">{quoted(s)}</span>' for s in r.sentences)
            items.append(f'<li id="ref-{r.number}" value="{r.number}">'
                         f'<span class="ref-title">{title}</span> — '
                         f'<span class="meta">{"; ".join(m for m in meta if m)}</span>'
                         f"{url}{quotes}</li>")
        return Html(f'<ol class="refs">{"".join(items)}</ol>')
