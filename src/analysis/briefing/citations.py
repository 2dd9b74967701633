"""Numbered citations: every figure a briefing shows points to the sentence it came from.

`Citations.cite(article_id, sentence)` numbers references in order of first use (the same
sentence of the same article always gets the same number); `Citations.html(lang)` lists them
with article title, source, date and the quoted sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analysis.briefing.formatting import Html, as_text, esc, fmt_date, isblank, quoted
from analysis.briefing.labels import t


@dataclass
class Reference:
    """One numbered source: an article and the sentence a figure was taken from."""

    number: int
    article_id: str
    sentence: str
    title: str = ""
    source: str = ""
    published: Any = None
    published_inferred: bool = False
    url: str = ""
    file: str = ""
    published_precision: str = "day"


@dataclass
class Citations:
    """Numbered references, in order of first use; the same sentence of the same article
    always gets the same number."""

    articles: pd.DataFrame
    refs: list[Reference] = field(default_factory=list)
    _index: dict[tuple[str, str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id: dict[str, Mapping[str, Any]] = {}
        if len(self.articles):
            for row in self.articles.to_dict("records"):
                self._by_id[str(row.get("article_id"))] = row

    def cite(self, article_id: Any, sentence: Any = "", file: Any = "") -> int:
        """The number of this sentence of this article (a new one on first use)."""
        aid = "" if isblank(article_id) else str(article_id)
        sent = "" if isblank(sentence) else " ".join(str(sentence).split())
        key = (aid, sent)
        if key in self._index:
            return self._index[key]
        art = self._by_id.get(aid, {})
        ref = Reference(
            number=len(self.refs) + 1, article_id=aid, sentence=sent,
            title=as_text(art.get("title")), source=as_text(art.get("source")),
            published=art.get("published"),
            published_inferred=bool(art.get("published_inferred")) if not isblank(
                art.get("published_inferred")) else False,
            url=as_text(art.get("url")), file=as_text(file) or as_text(art.get("file")),
            published_precision=as_text(art.get("published_precision")) or "day",
        )
        self.refs.append(ref)
        self._index[key] = ref.number
        return ref.number

    def cite_row(self, row: Mapping[str, Any]) -> int:
        """The number of a table row's article and sentence."""
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
        """The numbered list of references, each with its quoted sentence."""
        if not self.refs:
            return Html(f'<p class="empty">{t("empty.sources", lang)}</p>')
        items = []
        for r in self.refs:
            title = esc(r.title) or esc(r.file) or esc(r.article_id)
            meta = [esc(r.source)] if r.source else []
            d = fmt_date(r.published, lang, precision=r.published_precision)
            if d:
                if r.published_inferred:
                    d += f" ({t('ref.date_inferred', lang)})"
                meta.append(d)
            meta.append(esc(r.file) if r.file else esc(r.article_id))
            url = ""
            if r.url and re.match(r"^https?://", r.url):
                # a plain link for the reader to follow; nothing is fetched when rendering
                url = f' <a class="source-url" href="{esc(r.url)}">{esc(r.url)}</a>'
            quote = f'<span class="quote">{quoted(r.sentence)}</span>' if r.sentence else ""
            if not title.startswith(("«", "&quot;", "“", "„")):
                title = f"«{title}»"
            items.append(f'<li id="ref-{r.number}" value="{r.number}">{title} — '
                         f'<span class="meta">{"; ".join(m for m in meta if m)}</span>'
                         f'{url}{quote}</li>')
        return Html(f'<ol class="refs">{"".join(items)}</ol>')

