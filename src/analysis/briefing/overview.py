"""The overview sections: title block, notice, lead paragraph, key figures, sources, method."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Any, NamedTuple

from analysis.briefing.citations import Citations, Cite, shown_span
from analysis.briefing.figrows import disagreeing
from analysis.briefing.formatting import (
    NBSP,
    PREFIXED_QUALIFIERS,
    Html,
    TitleBlock,
    count_phrase,
    esc,
    fmt_date,
    fmt_money,
    plural,
    qualifier_prefix,
    to_date,
)
from analysis.briefing.labels import region_name, t
from analysis.briefing.phrases import Phrases
from analysis.briefing.rows import has_region, split_ids, year_of
from analysis.vocab import DEAL_METRICS

# The largest amounts the lead names, and those the key-figure cards may show.
LEAD_LARGEST = ("investment", "credit")
CARD_LARGEST = ("investment", "credit", "financing")
MAX_CARDS = 4
# Named only when nothing above is: a region's one signed contract or output figure is its news
# (newuser39 F6: «Главное» of a one-contract region said «Нет данных» twice over the table)
FALLBACK_LARGEST = DEAL_METRICS


class Card(NamedTuple):
    """One key figure: the value as printed, what it is, a note, its citations."""

    value: str
    label: str
    note: str
    cites: list[Cite]


class OverviewSections(Phrases):
    """Title block, lead and key figures: what a reader sees first."""

    def title_block(self) -> TitleBlock:
        lang = self.lang
        title = self.title or t(f"title.{self.kind}", lang)
        if self.region and not self.title:
            title += f": {region_name(self.region, lang)}"
        cov = self.coverage
        arts = count_phrase(int(cov.get("articles") or 0), "pl.article", lang)
        if self.region:  # the corpus is the whole folder: say how much of it is this region's
            arts += t("coverage.of_region", lang, n=self.region_article_count())
        if cov.get("date_from") and cov.get("date_to"):
            span = shown_span(cov, lang)
        else:
            span = t("undated", lang)
        asof = fmt_date(cov.get("date_to"), lang, long=True,
                        precision=cov.get("date_to_precision")) or t("asof.unknown", lang)
        if self.region and (latest := self.region_latest_date()) and latest != cov.get("date_to"):
            # a region's briefing is as of its own newest article, not the folder's (newuser37)
            asof = t("asof.region", lang, date=fmt_date(latest, lang, long=True), whole=asof)
        region_text = region_name(self.region, lang) if self.region else t("all_regions", lang)
        rows = [
            (t("p.region", lang), region_text),
            (t("p.years", lang), self.years_text()),
            (t("p.currency", lang), self.currency),
            (t("p.coverage", lang), f"{arts}, {span}"),
            # the folder's name, not its absolute path: the same report on every machine
            (t("p.corpus", lang), PurePath(self.corpus).name or self.corpus),
        ]
        dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows)
        html_text = (
            f'<header class="title-block">'
            f'<p class="kicker">{esc(t(f"kicker.{self.kind}", lang))}</p>'
            f"<h1>{esc(title)}</h1>"
            f'<p class="subtitle">{esc(t("subtitle", lang))}. {esc(t("p.asof", lang))} '
            f'<span class="asof">{esc(asof)}</span></p>'
            f"<dl>{dl}</dl></header>"
        )
        meta = {"title": title, "lang": lang, "kind": self.kind, "as_of": cov.get("date_to"),
                "coverage": {k: cov.get(k) for k in ("articles", "date_from", "date_to")},
                "params": {"corpus": self.corpus, "region": self.region,
                           "year_from": self.year_from, "year_to": self.year_to,
                           "currency": self.currency, "lang": lang}}
        return TitleBlock(html_text, meta)

    def region_article_ids(self) -> set[str]:
        """Articles that give this briefing a figure or a project (after its filters)."""
        ids = set(self.amounts["article_id"].dropna().astype(str)) if len(self.amounts) else set()
        if len(self.projects):
            for cell in self.projects["article_ids"].dropna():
                ids.update(split_ids(cell))
        return ids

    def region_article_count(self) -> int:
        """How many articles give this briefing a figure or a project (after its filters)."""
        return len(self.region_article_ids())

    def region_latest_date(self) -> str | None:
        """The publication date (ISO) of the newest article that gives this briefing a figure
        or a project; None when none of them is dated."""
        ids = self.region_article_ids()
        if not ids or not len(self.articles) or "published" not in self.articles:
            return None
        mine = self.articles[self.articles["article_id"].astype(str).isin(ids)]
        dates = sorted(d.isoformat() for d in mine["published"].map(to_date) if d is not None)
        return dates[-1] if dates else None

    def notice(self) -> Html:
        """Says so when the filters leave nothing (empty otherwise)."""
        if not self.is_empty:
            if self.excluded_undated and self.by_year:
                n = self.excluded_undated
                text = t("notice.undated", self.lang, n=n,
                         amounts=count_phrase(n, "pl.amount", self.lang))
                return Html(f'<p class="notice">{esc(text)}</p>')
            return Html("")
        return Html(f'<p class="notice">'
                    f'{esc(t("empty.all", self.lang, filters=self.filters_text()))}</p>')

    def lead(self) -> Html:
        """The lead paragraph: latest trade turnover, projects by status, largest
        investment and credit (with none of these, the largest contract or output sum),
        each with its citation."""
        lang = self.lang
        if self.is_empty:
            return self.notice()
        sentences: list[str] = []
        trades, no_national = self.headline_trades()
        if no_national:  # («За январь–май … (Брянская область)»: one region's, said as such)
            sentences.append(t(self.no_national_key("lead"), lang))
        sentences.extend(self.trade_sentence(trade) for trade in trades)
        if self.status_counts():
            s = t("lead.projects", lang, statuses=self.status_phrase(),
                  projects=count_phrase(len(self.projects), "pl.lead_project", lang))
            where = "" if self.region else self.projects_where("lead.in_regions",
                                                                "pl.russian_region_loc")
            s += where
            sentences.append(s + ".")
        sentences.extend(self._largest_sentences(LEAD_LARGEST))
        if not sentences:
            sentences.extend(self._largest_sentences(FALLBACK_LARGEST))
        if not sentences:
            return self.empty("empty.section")
        return Html(f'<p class="lead">{" ".join(sentences)}</p>')

    def _largest_sentences(self, metrics: tuple[str, ...]) -> list[str]:
        """«Крупнейший кредит, связанный с Беларусью, — …»: one sentence per measure that has
        a largest figure about the partnership."""
        return [t(f"lead.largest.{metric}", self.lang, amount=self.money_with_notes(row),
                  cite=self.cite(row))
                for metric in metrics if (row := self.largest(metric)) is not None]

    def _cards(self) -> list[Card]:
        """The key figures, in the order the cards show them."""
        lang = self.lang
        cards = []
        trades, no_national = self.headline_trades()
        trade = trades[0] if trades else None
        if trade is not None:
            y = year_of(trade)
            regional = has_region(trade)
            label = t("card.trade.regional" if regional else "card.trade.national", lang)
            when = self.when_text(trade)
            label += f", {when}" if when else t("card.year", lang, year=y) if y else ""
            if regional and str(trade["region"]) != self.region:
                label += f" — {region_name(trade['region'], lang)}"
            cards.append(Card(
                value=fmt_money(trade["value"], trade["currency"], lang,
                                trade.get("qualifier") or "exact", trade.get("value_high")),
                label=label, cites=self.figure_cites(trade), note="; ".join(filter(None, (
                    self.card_note(trade), t(self.no_national_key("card"), lang) if no_national else "")))))
        if len(self.projects):
            n = len(self.projects)
            note = ", ".join(f"{t(key, lang)}: {c}" for key, c in self.status_counts())
            cards.append(Card(value=str(n), label=plural(n, "pl.card_project", lang),
                              note=note, cites=[]))
        cards.extend(self._largest_cards(CARD_LARGEST, MAX_CARDS - len(cards)))
        return cards or self._largest_cards(FALLBACK_LARGEST, MAX_CARDS)

    def _largest_cards(self, metrics: tuple[str, ...], room: int) -> list[Card]:
        """A card for each of `metrics` that has a largest figure, at most `room` of them."""
        lang = self.lang
        cards: list[Card] = []
        for metric in metrics:
            if len(cards) >= room:
                break
            row = self.largest(metric)
            if row is None:
                continue
            label = t(f"card.largest.{metric}", lang)
            if has_region(row) and str(row["region"]) != self.region:
                label += f" — {region_name(row['region'], lang)}"
            cards.append(Card(
                value=fmt_money(row["value"], row["currency"], lang,
                                row.get("qualifier") or "exact", row.get("value_high")),
                label=label, note=self.card_note(row), cites=self.figure_cites(row)))
        return cards

    def card_note(self, row: Mapping[str, Any]) -> str:
        """A card's note (plain text): the conversion, and what other sources say where they
        disagree with the value («по другим данным — свыше $50 млрд»)."""
        notes = [self.conversion(row)]
        if bool(row.get("forecast")):
            notes.append(t("mark.forecast", self.lang))
        said = disagreeing(row)
        if said:
            others = " / ".join(fmt_money(st.value, row.get("currency"), self.lang, st.qualifier)
                                for st in said)
            notes.append(t("conflict.others", self.lang, others=others).lstrip("; "))
        return "; ".join(n for n in notes if n)

    def key_figures(self) -> Html:
        """Up to four cards: latest trade turnover, projects, largest investment, credit
        (with none of these, the largest contract or output sum); none at all: nothing,
        the lead has said so."""
        cards = self._cards()
        if not cards:
            # (the lead above has said there is nothing: said once, not again under it)
            return Html("")
        prefixes = [qualifier_prefix(q, self.lang) for q in PREFIXED_QUALIFIERS]
        parts = []
        for card in cards:
            note_html = f'<span class="note">{esc(card.note)}</span>' if card.note else ""
            qual, number = "", card.value
            for word in prefixes:
                if card.value.startswith(word):
                    qual, number = word.strip(), card.value[len(word):]
            qual_html = f'<span class="qual">{esc(qual)}</span>' if qual else ""
            # a card is narrow: its value may wrap between number and unit (no NBSP)
            number = number.replace(NBSP, " ")
            parts.append(f'<div class="card">{qual_html}<span class="value">{esc(number)}'
                         f'{Citations.mark(card.cites)}</span>'
                         f'<span class="label">{esc(card.label)}</span>{note_html}</div>')
        return Html(f'<div class="cards">{"".join(parts)}</div>')

    def sources(self) -> Html:
        return self.citations.html(self.lang)

    def method_note(self) -> Html:
        """How the figures were read, converted and consolidated: how many copies of a story
        were counted once and how many figures the analyst corrected; an analyst's own rates
        file is named, and so is every file of the corpus that gave no article."""
        n = self.duplicate_articles
        copies = t("method.copies", self.lang, n=n) if n else t("method.copies.none", self.lang)
        figures = t("method.figures", self.lang, duplicates=copies,
                    corrected=count_phrase(self.corrected_figures, "pl.figure", self.lang))
        # the analyst's own rates change what a converted figure means: say whose they are
        own = (t("method.rates_file", self.lang, file=PurePath(self.rates_file).name)
               if self.rates_file else "")
        # the files that gave no article (an empty or unreadable file): named, not silent,
        # at the end of the paragraph before (a paragraph of its own fell alone onto a page)
        files = self.skipped_files
        named = t("method.skipped", self.lang, n=len(files), files=", ".join(files)) if files else ""
        return Html(f'<p class="method">{esc(t("method", self.lang, currency=self.currency))}'
                    f'{" " + esc(own) if own else ""}</p>'
                    f'<p class="method">{esc(figures)}{" " + esc(named) if named else ""}</p>')
