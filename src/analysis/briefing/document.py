"""Data → what a briefing says: narrative sentences, key figures, tables, citations (ru/en).

The notebooks in `notebooks/` stay thin: a parameters cell, then one call per section::

    from analysis.briefing.document import Briefing
    b = Briefing.load(corpus, region=region, year_from=year_from, year_to=year_to,
                      currency=currency, lang=lang, title=title, kind="briefing")
    b.title_block()
    b.lead()
    ...
    b.sources()

Every section returns an `Html` fragment (displayed as text/html both in JupyterLab and in
the rendered report, so the two show the same content). All text that comes from articles
is HTML-escaped here: article text is untrusted input.

Every figure that comes from an article carries a numbered citation; `b.sources()` lists the
references (article title, source, date) with the sentence each figure was taken from.
Converted values are marked as such and a missing exchange rate is stated, never guessed.

The building blocks live next door: `labels` (the ru/en label table, data/labels.json),
`formatting` (numbers, money, dates, escaping, `Html`) and `citations`; their names stay
importable from here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import pandas as pd

from analysis.briefing.citations import Citations, Reference, _s
from analysis.briefing.formatting import (
    _QUAL,
    _VERB,
    NBSP,
    Html,
    TitleBlock,
    _table,
    count_phrase,
    esc,
    fmt_converted,
    fmt_date,
    fmt_money,
    fmt_number,
    fmt_timeline,
    isblank,
    plural_ru,
    quoted,
    to_date,
)
from analysis.briefing.labels import LABELS, REGION_EN, _check_lang, region_name, t, translit
from analysis.vocab import KINDS, LANGS, MONEY_METRICS, STATUSES, TRADE_METRICS

# The formatting, label and citation names stay importable from here, where they used to live.
__all__ = [
    "KINDS", "LABELS", "LANGS", "MONEY_METRICS", "NBSP", "REGION_EN", "STATUSES",
    "TRADE_METRICS", "Briefing", "Citations", "Html", "Reference", "TitleBlock", "convert",
    "count_phrase", "esc", "fmt_converted", "fmt_date", "fmt_money", "fmt_number",
    "fmt_timeline", "isblank", "normalize_region", "plural_ru", "quoted", "region_name",
    "rough_value", "t", "to_date", "translit",
]


# ---------------------------------------------------------------------------------------
# The briefing


def _year_of(row: Mapping[str, Any]) -> int | None:
    y = row.get("year")
    if not isblank(y):
        try:
            return int(y)
        except (TypeError, ValueError):
            return None
    return None


def _parse_evidence(x: Any) -> list[dict[str, Any]]:
    if isblank(x):
        return []
    if isinstance(x, list):
        return [e for e in x if isinstance(e, dict)]
    try:
        data = json.loads(str(x))
    except ValueError:
        return []
    return [e for e in data if isinstance(e, dict)] if isinstance(data, list) else []


def _split_ids(x: Any) -> list[str]:
    if isblank(x):
        return []
    if isinstance(x, list | tuple):
        return [str(i) for i in x]
    return [p for p in re.split(r"[;,\s]+", str(x)) if p]


@dataclass
class Briefing:
    """Filtered tables + the state a briefing accumulates (citations, figure numbers)."""

    articles: pd.DataFrame
    amounts: pd.DataFrame  # filtered, converted to `currency`
    projects: pd.DataFrame  # filtered
    kind: str = "briefing"
    corpus: str = "seeds"
    region: str = ""  # normalised official name ("" = all)
    region_input: str = ""
    year_from: int = 0
    year_to: int = 0
    currency: str = "USD"
    lang: str = "ru"
    title: str = ""
    coverage: dict[str, Any] = field(default_factory=dict)
    excluded_undated: int = 0
    figure_no: int = 0
    table_no: int = 0
    citations: Citations = field(init=False)

    def __post_init__(self) -> None:
        _check_lang(self.lang)
        self.citations = Citations(self.articles)

    # -- loading ---------------------------------------------------------------------

    @classmethod
    def load(cls, corpus: str = "seeds", region: str = "", year_from: int | None = 0,
             year_to: int | None = 0, currency: str = "USD", lang: str = "ru",
             title: str = "", kind: str = "briefing", dataset: Any = None) -> Briefing:
        """Read the corpus's tables (through the extraction cache) and apply the filters."""
        _check_lang(lang)
        currency = (currency or "USD").strip().upper()
        if dataset is None:
            from analysis.tables import dataset as dataset_mod

            dataset = dataset_mod.cached(corpus)
        region_norm = ""
        if region and region.strip():
            region_norm = normalize_region(region.strip())
            if region_norm is None:
                raise ValueError(f"region {region!r} is not a Russian region I know; use the "
                                 "official name (e.g. «Кемеровская область») or a common form "
                                 "(«Кузбасс»)")
        arts = dataset.articles.copy()
        amounts = convert(dataset.amounts, currency)
        projects = dataset.projects.copy()
        coverage = _coverage(dataset, arts)
        b = cls(articles=arts, amounts=amounts, projects=projects, kind=kind,
                corpus=str(corpus), region=region_norm, region_input=region or "",
                year_from=int(year_from or 0), year_to=int(year_to or 0), currency=currency,
                lang=lang, title=title or "", coverage=coverage)
        b._apply_filters()
        return b

    @classmethod
    def from_frames(cls, articles: pd.DataFrame, amounts: pd.DataFrame,
                    projects: pd.DataFrame, **kwargs: Any) -> Briefing:
        """For tests and ad-hoc use: build from in-memory tables (amounts already
        converted to `currency`, or carrying converted_* columns)."""

        class _DS:
            pass

        ds = _DS()
        ds.articles, ds.amounts, ds.projects = articles, amounts, projects
        return cls.load(dataset=ds, **kwargs)

    def _apply_filters(self) -> None:
        a, p = self.amounts, self.projects
        art_year = {}
        for row in self.articles.to_dict("records"):
            d = to_date(row.get("published"))
            art_year[str(row.get("article_id"))] = d.year if d else None
        if self.region:
            p = p[p["region"].fillna("").astype(str) == self.region] if len(p) else p
            if len(a):
                # a project's own investment figure belongs to the project's region even
                # when the sentence that gives it does not name the region
                linked = set()
                for row in p.to_dict("records"):
                    if isblank(row.get("investment_value")):
                        continue
                    for aid in _split_ids(row.get("article_ids")):
                        linked.add((aid, float(row["investment_value"])))
                keep = [
                    (str(r.get("region") or "") == self.region if not isblank(r.get("region"))
                     else False)
                    or (not isblank(r["value"])
                        and (str(r["article_id"]), float(r["value"])) in linked)
                    for r in a.to_dict("records")
                ]
                a = a[keep]
        if self.year_from or self.year_to:
            lo, hi = self.year_from or -10**6, self.year_to or 10**6
            if len(a):
                years = [(_year_of(r) or art_year.get(str(r["article_id"])))
                         for r in a.to_dict("records")]
                mask = [y is not None and lo <= y <= hi for y in years]
                self.excluded_undated = sum(1 for y in years if y is None)
                a = a[mask]
            if len(p):
                keep_p = []
                for row in p.to_dict("records"):
                    first, last = to_date(row.get("first_seen")), to_date(row.get("last_seen"))
                    if first is None and last is None:
                        keep_p.append(False)
                        continue
                    y0 = (first or last).year
                    y1 = (last or first).year
                    keep_p.append(y0 <= hi and y1 >= lo)
                p = p[keep_p]
        self.amounts = a.reset_index(drop=True)
        self.projects = p.reset_index(drop=True)

    # -- selections --------------------------------------------------------------------

    def metric_rows(self, metrics: Iterable[str]) -> pd.DataFrame:
        a = self.amounts
        if not len(a):
            return a
        return a[a["metric"].isin(tuple(metrics))]

    @property
    def is_empty(self) -> bool:
        return not len(self.amounts) and not len(self.projects)

    def _filters_text(self) -> str:
        parts = []
        if self.region:
            parts.append(f"{t('p.region', self.lang).lower()}: {region_name(self.region, self.lang)}")
        if self.year_from or self.year_to:
            parts.append(f"{t('p.years', self.lang).lower()}: {self._years_text()}")
        return "; ".join(parts) or t("all_regions", self.lang)

    def _years_text(self) -> str:
        if not self.year_from and not self.year_to:
            return t("all_years", self.lang)
        if self.year_from and self.year_to:
            return f"{self.year_from}–{self.year_to}" if self.year_from != self.year_to \
                else str(self.year_from)
        if self.year_from:
            return (f"с {self.year_from}" if self.lang == "ru" else f"from {self.year_from}")
        return (f"по {self.year_to}" if self.lang == "ru" else f"up to {self.year_to}")

    # -- pieces of text ----------------------------------------------------------------

    def money(self, row: Mapping[str, Any], with_conversion: bool = True) -> str:
        """An amount as reported, with its conversion when the currency differs."""
        text = esc(fmt_money(row.get("value"), row.get("currency"), self.lang,
                             row.get("qualifier") or "exact", row.get("value_high")))
        if not with_conversion:
            return text
        conv = self.conversion(row)
        return f"{text} ({esc(conv)})" if conv else text

    def _trade_subject(self, trade: Mapping[str, Any]) -> str:
        """Who trades: Russia and Belarus, this briefing's region, or a named region (kept
        in the nominative, in parentheses, so Russian grammar never breaks)."""
        reg = trade.get("region")
        if isblank(reg) or not str(reg):
            return ("товарооборот России и Беларуси" if self.lang == "ru"
                    else "Russia–Belarus trade turnover")
        if str(reg) == self.region:
            return ("товарооборот региона с Беларусью" if self.lang == "ru"
                    else "the region's trade with Belarus")
        name = esc(region_name(reg, self.lang))
        return (f"товарооборот с Беларусью ({name})" if self.lang == "ru"
                else f"trade between {name} and Belarus")

    def money_with_notes(self, row: Mapping[str, Any]) -> str:
        """«свыше 100 млрд руб. (Смоленская область; ≈ $1,2 млрд по …)»: the region (unless
        the whole briefing is about it) and the conversion in one parenthesis."""
        text = esc(fmt_money(row.get("value"), row.get("currency"), self.lang,
                             row.get("qualifier") or "exact", row.get("value_high")))
        notes = []
        reg = row.get("region")
        if not isblank(reg) and str(reg) and str(reg) != self.region:
            notes.append(region_name(reg, self.lang))
        conv = self.conversion(row)
        if conv:
            notes.append(conv)
        return f"{text} ({esc('; '.join(notes))})" if notes else text

    def conversion(self, row: Mapping[str, Any]) -> str:
        same = str(row.get("currency") or "").upper() == self.currency
        year = row.get("fx_year")
        if isblank(year):
            year = _year_of(row)
        return fmt_converted(row.get("converted_value"), self.currency, year, self.lang,
                             same_currency=same)

    def scope(self, row: Mapping[str, Any]) -> str:
        reg = row.get("region")
        return esc(region_name(None if isblank(reg) or not str(reg) else reg, self.lang))

    def cite(self, row: Mapping[str, Any]) -> str:
        return Citations.mark([self.citations.cite_row(row)])

    def _project_cites(self, row: Mapping[str, Any], limit: int = 3) -> list[int]:
        nums = []
        for ev in _parse_evidence(row.get("evidence"))[:limit]:
            nums.append(self.citations.cite(ev.get("article_id"), ev.get("text"),
                                            ev.get("file")))
        if not nums:
            for aid in _split_ids(row.get("article_ids"))[:1]:
                nums.append(self.citations.cite(aid, ""))
        return nums

    def project_name(self, row: Mapping[str, Any]) -> str:
        product = _s(row.get("product"))
        ents = _s(row.get("enterprises")).replace(";", ", ")
        name = (product or ents or _s(row.get("project_id"))).strip()
        # the register quotes the text's own words ("собирать БЕЛАЗы"): start them like a name
        return esc(name[:1].upper() + name[1:])

    # -- sections ----------------------------------------------------------------------

    def title_block(self) -> TitleBlock:
        lang = self.lang
        title = self.title or t(f"title.{self.kind}", lang)
        if self.region and not self.title:
            title += f": {region_name(self.region, lang)}"
        cov = self.coverage
        n_art = int(cov.get("articles") or 0)
        arts = count_phrase(n_art, lang, ("статья", "статьи", "статей"), ("article", "articles"))
        if cov.get("date_from") and cov.get("date_to"):
            span = (f"{fmt_date(cov['date_from'], lang, precision=cov.get('date_from_precision'))}"
                    f" — {fmt_date(cov['date_to'], lang, precision=cov.get('date_to_precision'))}")
        else:
            span = t("undated", lang)
        asof = fmt_date(cov.get("date_to"), lang, long=True,
                        precision=cov.get("date_to_precision")) or t("asof.unknown", lang)
        region_text = region_name(self.region, lang) if self.region else t("all_regions", lang)
        rows = [
            (t("p.region", lang), region_text),
            (t("p.years", lang), self._years_text()),
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

    def notice(self) -> Html:
        """Says so when the filters leave nothing (empty otherwise)."""
        if not self.is_empty:
            if self.excluded_undated and (self.year_from or self.year_to):
                n = self.excluded_undated
                text = (f"Без года и даты публикации — {n}{NBSP}"
                        f"{plural_ru(n, 'сумма', 'суммы', 'сумм')}: в выборку по годам не входят."
                        if self.lang == "ru" else
                        f"{n} amount(s) with neither a year nor a publication date are left "
                        "out of the year filter.")
                return Html(f'<p class="notice">{esc(text)}</p>')
            return Html("")
        return Html(f'<p class="notice">'
                    f'{esc(t("empty.all", self.lang, filters=self._filters_text()))}</p>')

    def heading(self, key: str, level: int = 2) -> Html:
        return Html(f"<h{level}>{esc(t(f'h.{key}', self.lang))}</h{level}>")

    # overview -------------------------------------------------------------------------

    def latest_trade(self) -> dict[str, Any] | None:
        """The most recent Russia–Belarus trade turnover (national, not regional)."""
        a = self.metric_rows(["trade_turnover"])
        if not len(a):
            return None
        national = a[a["region"].isna() | (a["region"].astype(str) == "")]
        pool = national if len(national) else a
        pool = pool.assign(_y=[_year_of(r) or -1 for r in pool.to_dict("records")],
                           _c=pool["confidence"].fillna(0) if "confidence" in pool else 0)
        pool = pool.sort_values(["_y", "_c", "value"], ascending=[False, False, False])
        return pool.iloc[0].to_dict()

    def largest(self, metric: str) -> dict[str, Any] | None:
        a = self.metric_rows([metric])
        if not len(a):
            return None
        ranked = a.assign(_rank=[self._rank_value(r) for r in a.to_dict("records")])
        return ranked.sort_values(["_rank", "value"], ascending=[False, False]).iloc[0].to_dict()

    def _rank_value(self, row: Mapping[str, Any]) -> float:
        """For ordering only (never shown): the converted value, else a rough conversion at
        the nearest year's rate, else the raw value."""
        if not isblank(row.get("converted_value")):
            return float(row["converted_value"])
        value = row.get("value")
        if isblank(value):
            return 0.0
        return rough_value(float(value), str(row.get("currency") or ""), self.currency)

    def status_counts(self) -> list[tuple[str, int]]:
        p = self.projects
        if not len(p):
            return []
        counts = p["status"].fillna("unknown").value_counts()
        return [(s, int(counts.get(s, 0))) for s in STATUSES if counts.get(s, 0)]

    def _status_phrase(self) -> str:
        parts = [f"{esc(t(f's.{s}', self.lang))} — {n}" for s, n in self.status_counts()]
        return ", ".join(parts)

    def lead(self) -> Html:
        """The lead paragraph: latest trade turnover, projects by status, largest
        investment and credit, each with its citation."""
        lang = self.lang
        if self.is_empty:
            return self.notice()
        sentences: list[str] = []
        trade = self.latest_trade()
        if trade is not None:
            y = _year_of(trade)
            q = trade.get("qualifier") or "exact"
            amount = esc(fmt_money(trade["value"], trade["currency"], lang, "exact",
                                   trade.get("value_high")))
            if q == "range":
                amount = esc(fmt_money(trade["value"], trade["currency"], lang, q,
                                       trade.get("value_high")))
            verb = _VERB[lang].get(q, _VERB[lang]["exact"])
            who = self._trade_subject(trade)
            conv = self.conversion(trade)
            conv = f" ({esc(conv)})" if conv else ""
            if lang == "ru":
                when = f"По итогам {y}{NBSP}г. " if y else "По последним данным "
                s = f"{when}{who} {verb} {amount}{conv}"
            else:
                when = f"In {y}, " if y else "In the latest figure, "
                s = f"{when}{who} {verb} {amount}{conv}"
            sentences.append(s[0].upper() + s[1:] + self.cite(trade) + ".")
        counts = self.status_counts()
        if counts:
            n = len(self.projects)
            if lang == "ru":
                projects_n = count_phrase(n, lang, ("проект", "проекта", "проектов"), ("", ""))
                s = (f"Источники описывают {projects_n} "
                     f"локализации и совместного производства ({self._status_phrase()})")
                nreg = self.projects["region"].dropna().nunique()
                if nreg and not self.region:
                    s += (f" в {nreg}{NBSP}"
                          f"{plural_ru(nreg, 'регионе', 'регионах', 'регионах')} России")
            else:
                projects_n = count_phrase(n, lang, ("", "", ""), (
                    "localization or joint project", "localization and joint projects"))
                s = (f"The sources describe {projects_n} "
                     f"({self._status_phrase()})")
                nreg = self.projects["region"].dropna().nunique()
                if nreg and not self.region:
                    s += f" in {nreg} Russian region{'s' if nreg != 1 else ''}"
            sentences.append(s + ".")
        for metric in ("investment", "credit"):
            row = self.largest(metric)
            if row is None:
                continue
            amount = self.money_with_notes(row)
            if lang == "ru":
                what = ("Крупнейшая сумма инвестиций в источниках" if metric == "investment"
                        else "Крупнейший кредит")
                sentences.append(f"{what} — {amount}{self.cite(row)}.")
            else:
                what = ("The largest investment figure in the sources is" if metric ==
                        "investment" else "The largest credit is")
                sentences.append(f"{what} {amount}{self.cite(row)}.")
        if not sentences:
            return Html(f'<p class="empty">{esc(t("empty.section", lang))}</p>')
        return Html(f'<p class="lead">{" ".join(sentences)}</p>')

    def key_figures(self) -> Html:
        """Up to four cards: latest trade turnover, projects, largest investment, credit."""
        lang = self.lang
        cards = []
        trade = self.latest_trade()
        if trade is not None:
            y = _year_of(trade)
            regional = not isblank(trade.get("region")) and str(trade.get("region"))
            label = (("Товарооборот с Беларусью" if regional else
                      "Товарооборот России и Беларуси") if lang == "ru" else
                     ("Trade with Belarus" if regional else "Russia–Belarus trade"))
            label += f", {y}{NBSP}г." if lang == "ru" and y else f", {y}" if y else ""
            if regional and str(trade["region"]) != self.region:
                label += f" — {region_name(trade['region'], lang)}"
            cards.append((fmt_money(trade["value"], trade["currency"], lang,
                                    trade.get("qualifier") or "exact", trade.get("value_high")),
                          label, self.conversion(trade), [self.citations.cite_row(trade)]))
        if len(self.projects):
            n = len(self.projects)
            label = ("проектов локализации" if lang == "ru" else "localization projects")
            if lang == "ru":
                label = plural_ru(n, "проект локализации", "проекта локализации",
                                  "проектов локализации")
            note = ", ".join(f"{t(f's.{s}', lang)}: {c}" for s, c in self.status_counts())
            cards.append((str(n), label, note, []))
        for metric in ("investment", "credit", "financing"):
            if len(cards) >= 4:
                break
            row = self.largest(metric)
            if row is None:
                continue
            label = ({"investment": "Крупнейшие инвестиции", "credit": "Крупнейший кредит",
                      "financing": "Крупнейшее финансирование"}[metric] if lang == "ru" else
                     {"investment": "Largest investment", "credit": "Largest credit",
                      "financing": "Largest financing"}[metric])
            if not isblank(row.get("region")) and str(row.get("region")) and \
                    str(row["region"]) != self.region:
                label += f" — {region_name(row['region'], lang)}"
            cards.append((fmt_money(row["value"], row["currency"], lang,
                                    row.get("qualifier") or "exact", row.get("value_high")),
                          label, self.conversion(row), [self.citations.cite_row(row)]))
        if not cards:
            return Html(f'<p class="empty">{esc(t("empty.section", lang))}</p>')
        parts = []
        for value, label, note, cites in cards:
            note_html = f'<span class="note">{esc(note)}</span>' if note else ""
            qual, number = "", value
            for word in _QUAL[lang].values():
                if value.startswith(word):
                    qual, number = word.strip(), value[len(word):]
            qual_html = f'<span class="qual">{esc(qual)}</span>' if qual else ""
            parts.append(f'<div class="card">{qual_html}<span class="value">{esc(number)}'
                         f'{Citations.mark(cites)}</span>'
                         f'<span class="label">{esc(label)}</span>{note_html}</div>')
        return Html(f'<div class="cards">{"".join(parts)}</div>')

    # figures and tables ----------------------------------------------------------------

    def _next_figure(self) -> int:
        self.figure_no += 1
        return self.figure_no

    def _next_table(self, caption: str) -> str:
        self.table_no += 1
        return f"{esc(t('tab', self.lang))} {self.table_no}. {esc(caption)}"

    def _source_line(self, nums: Iterable[int], extra: str = "") -> str:
        nums = list(nums)
        src = t("sources" if len(set(nums)) > 1 else "source", self.lang)
        text = f"{esc(src)}: {Citations.inline(nums)}" if nums else ""
        if extra:
            text = f"{text}. {esc(extra)}" if text else esc(extra)
        return text

    def _chart_values(self, rows: pd.DataFrame) -> tuple[list[float | None], str, bool]:
        """Values to plot (in billions, or millions when every value is small), the axis
        label with its unit, and whether the values are converted."""
        recs = rows.to_dict("records")
        conv = [None if isblank(r.get("converted_value")) else float(r["converted_value"])
                for r in recs]
        if any(v is not None for v in conv):
            values, cur, converted = conv, self.currency, True
        else:
            curs = {str(r.get("currency")) for r in recs}
            if len(curs) != 1:
                return [None] * len(recs), "", False
            values, cur, converted = [float(r["value"]) for r in recs], curs.pop(), False
        top = max((v for v in values if v is not None), default=0.0)
        size, ru, en = (1e9, "млрд", "bn") if top >= 1e9 else (1e6, "млн", "m")
        scaled = [None if v is None else v / size for v in values]
        word = _cur_word(cur, self.lang)
        unit = f"{ru} {word}" if self.lang == "ru" else f"{word} {en}"
        if not converted:
            unit += " (в валюте источника)" if self.lang == "ru" else " (as reported)"
        return scaled, unit, converted

    def _conversion_note(self, converted: bool) -> str:
        if not converted:
            return ""
        return ("Пересчёт по среднегодовым курсам; суммы без курса на графике не показаны"
                if self.lang == "ru" else
                "Converted at annual average rates; amounts without a rate are not charted")

    def trade_by_year_chart(self, metrics: Sequence[str] = TRADE_METRICS) -> Html:
        """Bars by year for national turnover, exports and imports (hatched by measure)."""
        from analysis.briefing import charts

        lang = self.lang
        rows = self.metric_rows(metrics)
        if len(rows):
            rows = rows[[(_year_of(r) is not None) for r in rows.to_dict("records")]]
        if not len(rows):
            return Html("")  # the table below says there is nothing
        values, unit, converted = self._chart_values(rows)
        recs = rows.to_dict("records")
        series: dict[str, dict[int, float]] = {}
        marks: dict[str, dict[int, str]] = {}
        nums: list[int] = []
        for r, v in zip(recs, values, strict=True):
            if v is None:
                continue
            y = _year_of(r)
            label = t(f"m.{r['metric']}", lang)
            if not self.region and not isblank(r.get("region")) and str(r.get("region")):
                continue  # regional figures have their own chart; mixing them misleads
            prev = series.setdefault(label, {}).get(y)
            if prev is None or v > prev:
                series[label][y] = v
                marks.setdefault(label, {})[y] = _qual_mark(r.get("qualifier"))
            nums.append(self.citations.cite_row(r))
        if not series:
            return Html(f'<p class="empty">{esc(t("empty.chart", lang))}</p>')
        years = sorted({y for s in series.values() for y in s})
        if len(years) < 2:
            return Html("")  # one year is one number: the lead and the table say it better
        if list(metrics) == ["trade_turnover"]:
            title = ("Товарооборот России и Беларуси по годам" if lang == "ru"
                     else "Russia–Belarus trade turnover by year")
        else:
            title = ("Торговля России и Беларуси по годам" if lang == "ru"
                     else "Russia–Belarus trade by year")
        svg = charts.bar_chart([str(y) for y in years],
                               {k: [s.get(y) for y in years] for k, s in series.items()},
                               ylabel=unit, xlabel=t("ax.year", lang),
                               marks={k: [m.get(y, "") for y in years] for k, m in marks.items()},
                               lang=lang)
        extra = self._conversion_note(converted)
        if any(m for mm in marks.values() for m in mm.values()):
            extra = ((extra + ". ") if extra else "") + (
                "«>» — в источнике «свыше», «≈» — «около»" if lang == "ru"
                else "“>” means the source says “over”, “≈” “about”")
        return charts.figure_html(svg, self._next_figure(), title, self._source_line(nums, extra),
                                  lang, alt=title)

    def trade_table(self, regional: bool | None = None) -> Html:
        """Every trade figure: year, measure, scope, amount (and conversion), source."""
        lang = self.lang
        rows = self.metric_rows(TRADE_METRICS)
        if regional is not None and len(rows):
            has_region = rows["region"].notna() & (rows["region"].astype(str) != "")
            rows = rows[has_region] if regional else rows[~has_region]
        if not len(rows):
            return Html(f'<p class="empty">{esc(t("empty.trade", lang))}</p>')
        rows = _sort_by_year(rows)
        body = []
        for r in rows.to_dict("records"):
            y = _year_of(r)
            period = "" if isblank(r.get("period")) else f'<span class="sub">{esc(r["period"])}</span>'
            body.append([
                (str(y) if y else esc(t("year_unknown", lang))) + period,
                esc(t(f"m.{r['metric']}", lang)),
                self.scope(r),
                esc(fmt_money(r["value"], r["currency"], lang, r.get("qualifier") or "exact",
                              r.get("value_high"))),
                esc(self.conversion(r)) or esc(t("none", lang)),
                self.cite(r),
            ])
        cap = ("Региональные показатели торговли с Беларусью" if regional else
               "Показатели торговли России и Беларуси" if regional is False else
               "Показатели торговли в источниках") if lang == "ru" else (
               "Regional trade with Belarus" if regional else
               "Russia–Belarus trade figures" if regional is False else
               "Trade figures in the sources")
        return _table([(t("col.year", lang), ""), (t("col.metric", lang), ""),
                       (t("col.scope", lang), ""), (t("col.amount", lang), "num"),
                       (t("col.converted", lang), ""), (t("col.src", lang), "")],
                      body, caption=self._next_table(cap))

    def trade_by_region_chart(self) -> Html:
        from analysis.briefing import charts

        lang = self.lang
        rows = self.metric_rows(TRADE_METRICS)
        if len(rows):
            rows = rows[rows["region"].notna() & (rows["region"].astype(str) != "")]
        if len(rows) < 2:
            return Html("")  # one regional figure reads better in the table than as a bar
        values, unit, converted = self._chart_values(rows)
        labels, vals, nums, hatches = [], [], [], []
        for r, v in zip(rows.to_dict("records"), values, strict=True):
            if v is None:
                continue
            y = _year_of(r)
            labels.append(f"{region_name(r['region'], lang)}"
                          + (f", {y}" if y else "") + f" ({t('m.' + r['metric'], lang)})")
            vals.append(v)
            hatches.append(r["metric"])
            nums.append(self.citations.cite_row(r))
        if len(vals) < 2:
            return Html("")
        title = ("Торговля регионов России с Беларусью" if lang == "ru"
                 else "Trade of Russian regions with Belarus")
        svg = charts.barh_chart(labels, vals, xlabel=unit, lang=lang)
        return charts.figure_html(svg, self._next_figure(), title,
                                  self._source_line(nums, self._conversion_note(converted)),
                                  lang, alt=title)

    def disagreements(self) -> Html:
        """Where two sources give different figures for the same measure, year and scope:
        both side by side."""
        lang = self.lang
        rows = self.metric_rows(TRADE_METRICS)
        groups: dict[tuple, list[dict]] = {}
        for r in rows.to_dict("records"):
            y = _year_of(r)
            if y is None:
                continue
            key = (r["metric"], y, "" if isblank(r.get("region")) else str(r["region"]))
            groups.setdefault(key, []).append(r)
        body = []
        for (metric, y, _reg), recs in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            distinct = {(round(float(r["value"]), 2), r["currency"], r.get("qualifier"))
                        for r in recs}
            if len(distinct) < 2:
                continue
            figs = "<br>".join(f"{self.money(r, with_conversion=False)}{self.cite(r)}"
                               for r in sorted(recs, key=lambda r: float(r["value"])))
            body.append([str(y), esc(t(f"m.{metric}", lang)), self.scope(recs[0]), figs])
        if not body:
            return Html(f'<p class="empty">{esc(t("empty.disagree", lang))}</p>')
        cap = ("Разные цифры за один год" if lang == "ru" else "Different figures for one year")
        return _table([(t("col.year", lang), ""), (t("col.metric", lang), ""),
                       (t("col.scope", lang), ""), (t("col.figures", lang), "")],
                      body, caption=self._next_table(cap))

    # projects -------------------------------------------------------------------------

    def project_table(self, evidence: bool = False) -> Html:
        lang = self.lang
        p = self.projects
        if not len(p):
            return Html(f'<p class="empty">{esc(t("empty.projects", lang))}</p>')
        body = []
        for r in _sort_projects(p).to_dict("records"):
            inv = ""
            if not isblank(r.get("investment_value")):
                inv = esc(fmt_money(r["investment_value"], r.get("investment_currency"), lang))
            kind = esc(t(f"k.{r.get('kind') or 'other'}", lang))
            reg = r.get("region")
            body.append([
                f"{self.project_name(r)}<span class=\"sub\">{kind}</span>",
                esc(region_name(reg, lang)) if not isblank(reg) and str(reg) else esc(
                    t("union_state", lang)),
                esc(_s(r.get("enterprises")).replace(";", ", ")) or esc(t("none", lang)),
                esc(t(f"s.{r.get('status') or 'unknown'}", lang)),
                esc(fmt_timeline(r.get("timeline"), lang)) or esc(t("none", lang)),
                inv or esc(t("none", lang)),
                Citations.mark(self._project_cites(r)),
            ])
        cap = "Проекты локализации и совместного производства" if lang == "ru" else \
            "Localization and joint production projects"
        return _table([(t("col.project", lang), ""), (t("col.region", lang), ""),
                       (t("col.enterprises", lang), ""), (t("col.status", lang), ""),
                       (t("col.timeline", lang), ""), (t("col.investment", lang), "num"),
                       (t("col.src", lang), "")], body, caption=self._next_table(cap),
                      cls="data projects")

    def projects_by_status_chart(self) -> Html:
        from analysis.briefing import charts

        lang = self.lang
        counts = self.status_counts()
        if not counts:
            return Html("")
        nums = [n for r in self.projects.to_dict("records") for n in self._project_cites(r, 1)]
        title = "Проекты по статусу" if lang == "ru" else "Projects by status"
        svg = charts.barh_chart([t(f"s.{s}", lang) for s, _ in counts], [c for _, c in counts],
                                xlabel=t("ax.projects", lang), integer=True, lang=lang)
        return charts.figure_html(svg, self._next_figure(), title, self._source_line(nums),
                                  lang, alt=title)

    def projects_by_region_chart(self) -> Html:
        from analysis.briefing import charts

        lang = self.lang
        p = self.projects
        if not len(p):
            return Html("")
        regions = [region_name(r, lang) if not isblank(r) and str(r) else t("union_state", lang)
                   for r in p["region"]]
        if len(set(regions)) < 2:
            return self.projects_by_status_chart()  # one bar per region would say nothing
        statuses = [s if s in STATUSES else "unknown" for s in p["status"].fillna("unknown")]
        order = pd.Series(regions).value_counts()
        labels = sorted(order.index, key=lambda r: (-order[r], r))
        stacks = {t(f"s.{s}", lang): [sum(1 for rg, st in zip(regions, statuses, strict=True)
                                          if rg == lab and st == s) for lab in labels]
                  for s in STATUSES if s in statuses}
        nums = [n for r in p.to_dict("records") for n in self._project_cites(r, 1)]
        title = "Проекты по регионам и статусу" if lang == "ru" else \
            "Projects by region and status"
        svg = charts.stacked_barh(labels, stacks, xlabel=t("ax.projects", lang), lang=lang)
        return charts.figure_html(svg, self._next_figure(), title, self._source_line(nums),
                                  lang, alt=title)

    def timelines(self) -> Html:
        lang = self.lang
        p = self.projects
        if len(p):
            p = p[p["timeline"].notna() & (p["timeline"].astype(str) != "")]
        if not len(p):
            return Html(f'<p class="empty">{esc(t("empty.timelines", lang))}</p>')
        body = [[esc(fmt_timeline(r["timeline"], lang)), self.project_name(r),
                 esc(region_name(r.get("region"), lang)) if not isblank(r.get("region"))
                 else esc(t("union_state", lang)),
                 esc(t(f"s.{r.get('status') or 'unknown'}", lang)),
                 Citations.mark(self._project_cites(r))]
                for r in p.sort_values("timeline").to_dict("records")]
        cap = "Заявленные сроки" if lang == "ru" else "Stated timelines"
        return _table([(t("col.timeline", lang), ""), (t("col.project", lang), ""),
                       (t("col.region", lang), ""), (t("col.status", lang), ""),
                       (t("col.src", lang), "")], body, caption=self._next_table(cap))

    def project_investment(self) -> Html:
        lang = self.lang
        p = self.projects
        if len(p):
            p = p[p["investment_value"].notna()]
        if not len(p):
            return Html(f'<p class="empty">{esc(t("empty.section", lang))}</p>')
        body = []
        for r in p.to_dict("records"):
            row = {"value": r["investment_value"], "currency": r.get("investment_currency"),
                   "qualifier": "exact"}
            # find the amount row for the conversion (same article, same value)
            conv = ""
            match = self._amount_for_project(r)
            if match is not None:
                conv = self.conversion(match)
            body.append([self.project_name(r),
                         esc(region_name(r.get("region"), lang)) if not isblank(r.get("region"))
                         else esc(t("union_state", lang)),
                         self.money(row, with_conversion=False),
                         esc(conv) or esc(t("none", lang)),
                         Citations.mark(self._project_cites(r))])
        cap = "Инвестиции, привязанные к проектам" if lang == "ru" else \
            "Investment tied to projects"
        return _table([(t("col.project", lang), ""), (t("col.region", lang), ""),
                       (t("col.investment", lang), "num"), (t("col.converted", lang), ""),
                       (t("col.src", lang), "")], body, caption=self._next_table(cap))

    def _amount_for_project(self, project: Mapping[str, Any]) -> dict[str, Any] | None:
        a = self.amounts
        if not len(a) or isblank(project.get("investment_value")):
            return None
        ids = set(_split_ids(project.get("article_ids")))
        for r in a.to_dict("records"):
            if str(r["article_id"]) in ids and not isblank(r["value"]) and \
                    float(r["value"]) == float(project["investment_value"]):
                return r
        return None

    def evidence(self) -> Html:
        """The sentences each project rests on, quoted in Russian with their citation."""
        lang = self.lang
        p = self.projects
        if not len(p):
            return Html(f'<p class="empty">{esc(t("empty.projects", lang))}</p>')
        parts = []
        for r in _sort_projects(p).to_dict("records"):
            evs = _parse_evidence(r.get("evidence"))
            if not evs:
                continue
            reg = region_name(r.get("region"), lang) if not isblank(r.get("region")) \
                else t("union_state", lang)
            quotes = "".join(
                f"<blockquote>{quoted(ev.get('text'))}"
                + Citations.mark([self.citations.cite(ev.get("article_id"), ev.get("text"),
                                                      ev.get("file"))])
                + "</blockquote>" for ev in evs[:3])
            parts.append(f'<div class="evidence"><h3>{self.project_name(r)} '
                         f'<span class="sub">({esc(reg)}; '
                         f'{esc(t("s." + (r.get("status") or "unknown"), lang))})</span></h3>'
                         f"{quotes}</div>")
        if not parts:
            return Html(f'<p class="empty">{esc(t("empty.section", lang))}</p>')
        return Html("".join(parts))

    # money ------------------------------------------------------------------------------

    def money_table(self, metrics: Sequence[str] = MONEY_METRICS) -> Html:
        lang = self.lang
        rows = self.metric_rows(metrics)
        if not len(rows):
            return Html(f'<p class="empty">{esc(t("empty.money", lang))}</p>')
        rows = rows.assign(_rank=[self._rank_value(r) for r in rows.to_dict("records")])
        rows = rows.sort_values(["metric", "_rank"], ascending=[True, False],
                                key=lambda s: s.map({m: i for i, m in enumerate(metrics)})
                                if s.name == "metric" else s)
        body = []
        for r in rows.to_dict("records"):
            y = _year_of(r)
            body.append([
                esc(t(f"m.{r['metric']}", lang)),
                str(y) if y else esc(t("none", lang)),
                self.scope(r),
                esc(fmt_money(r["value"], r["currency"], lang, r.get("qualifier") or "exact",
                              r.get("value_high"))),
                esc(self.conversion(r)) or esc(t("none", lang)),
                self.cite(r),
            ])
        cap = ("Суммы инвестиций, кредитов и финансирования" if lang == "ru"
               else "Investment, credit and financing amounts")
        return _table([(t("col.kind", lang), ""), (t("col.year", lang), ""),
                       (t("col.scope", lang), ""), (t("col.amount", lang), "num"),
                       (t("col.converted", lang), ""), (t("col.src", lang), "")],
                      body, caption=self._next_table(cap))

    def money_chart(self, metrics: Sequence[str] = MONEY_METRICS) -> Html:
        """Each amount as a bar (converted where a rate exists), hatched by kind."""
        from analysis.briefing import charts

        lang = self.lang
        rows = self.metric_rows(metrics)
        if not len(rows):
            return Html("")  # the table below says there is nothing
        values, unit, converted = self._chart_values(rows)
        items = []
        for r, v in zip(rows.to_dict("records"), values, strict=True):
            if v is None:
                continue
            y = _year_of(r)
            reg = r.get("region")
            where = region_name(reg, lang) if not isblank(reg) and str(reg) else ""
            label = t(f"m.{r['metric']}", lang).capitalize()
            extra = ", ".join(x for x in (where, str(y) if y else "") if x)
            if extra:
                label += f" ({extra})"
            items.append((v, label, r["metric"], self.citations.cite_row(r)))
        if not items:
            return Html(f'<p class="empty">{esc(t("empty.chart", lang))}</p>')
        items.sort(key=lambda it: -it[0])
        title = ("Суммы по видам" if lang == "ru" else "Amounts by kind")
        svg = charts.barh_chart([f"[{it[3]}] {it[1]}" for it in items], [it[0] for it in items],
                                xlabel=unit, groups=[t(f"m.{it[2]}", lang) for it in items],
                                lang=lang)
        return charts.figure_html(svg, self._next_figure(), title,
                                  self._source_line([it[3] for it in items],
                                                    self._conversion_note(converted)),
                                  lang, alt=title)

    def money_by_region(self, metrics: Sequence[str] = MONEY_METRICS) -> Html:
        lang = self.lang
        rows = self.metric_rows(metrics)
        if not len(rows):
            return Html(f'<p class="empty">{esc(t("empty.money", lang))}</p>')
        groups: dict[str, list[dict]] = {}
        for r in rows.to_dict("records"):
            reg = r.get("region")
            key = region_name(reg, lang) if not isblank(reg) and str(reg) else t("no_region", lang)
            groups.setdefault(key, []).append(r)
        body = []
        for key in sorted(groups, key=lambda k: (k == t("no_region", lang), k)):
            recs = groups[key]
            figs = "<br>".join(f"{esc(t('m.' + r['metric'], lang))}: "
                               f"{self.money(r, with_conversion=False)}{self.cite(r)}"
                               for r in recs)
            body.append([esc(key), str(len(recs)), figs])
        cap = "Суммы по регионам" if lang == "ru" else "Amounts by region"
        return _table([(t("col.region", lang), ""), (t("col.count", lang), "num"),
                       (t("col.figures", lang), "")], body, caption=self._next_table(cap))

    def money_by_year(self, metrics: Sequence[str] = MONEY_METRICS) -> Html:
        lang = self.lang
        rows = self.metric_rows(metrics)
        if not len(rows):
            return Html(f'<p class="empty">{esc(t("empty.money", lang))}</p>')
        groups: dict[int | None, list[dict]] = {}
        for r in rows.to_dict("records"):
            groups.setdefault(_year_of(r), []).append(r)
        body = []
        for y in sorted(groups, key=lambda v: (v is None, v or 0)):
            recs = groups[y]
            figs = "<br>".join(f"{esc(t('m.' + r['metric'], lang))}: "
                               f"{self.money(r)}{self.cite(r)}" for r in recs)
            body.append([str(y) if y else esc(t("year_unknown", lang)), str(len(recs)), figs])
        cap = "Суммы по годам" if lang == "ru" else "Amounts by year"
        return _table([(t("col.year", lang), ""), (t("col.count", lang), "num"),
                       (t("col.figures", lang), "")], body, caption=self._next_table(cap))

    def money_summary(self) -> Html:
        lang = self.lang
        rows = self.metric_rows(MONEY_METRICS)
        if not len(rows):
            return Html(f'<p class="empty">{esc(t("empty.money", lang))}</p>')
        parts = []
        for m in MONEY_METRICS:
            n = int((rows["metric"] == m).sum())
            if n:
                parts.append(f"{t(f'm.{m}', lang)} — {n}")
        sentences = []
        if lang == "ru":
            amounts_n = count_phrase(len(rows), lang, ("сумма", "суммы", "сумм"), ("", ""))
            sentences.append(f"В источниках {amounts_n}: "
                             f"{esc(', '.join(parts))}.")
        else:
            sentences.append(f"The sources give {len(rows)} amount{'s' if len(rows) != 1 else ''}: "
                             f"{esc(', '.join(parts))}.")
        for m in MONEY_METRICS:
            row = self.largest(m)
            if row is None:
                continue
            what = {"investment": ("Крупнейшая сумма инвестиций", "The largest investment"),
                    "credit": ("Крупнейший кредит", "The largest credit"),
                    "financing": ("Крупнейшее финансирование", "The largest financing")}[m]
            amount = self.money_with_notes(row)
            if lang == "ru":
                sentences.append(f"{what[0]} — {amount}{self.cite(row)}.")
            else:
                sentences.append(f"{what[1]} is {amount}{self.cite(row)}.")
        return Html(f'<p class="lead">{" ".join(sentences)}</p>')

    def trade_summary(self) -> Html:
        lang = self.lang
        rows = self.metric_rows(TRADE_METRICS)
        if not len(rows):
            return Html(f'<p class="empty">{esc(t("empty.trade", lang))}</p>')
        sentences = []
        trade = self.latest_trade()
        if trade is not None:
            y = _year_of(trade)
            verb = _VERB[lang].get(trade.get("qualifier") or "exact", _VERB[lang]["exact"])
            amount = esc(fmt_money(trade["value"], trade["currency"], lang,
                                   "range" if trade.get("qualifier") == "range" else "exact",
                                   trade.get("value_high")))
            conv = self.conversion(trade)
            conv = f" ({esc(conv)})" if conv else ""
            who = self._trade_subject(trade)
            if lang == "ru":
                when = f"По итогам {y}{NBSP}г. " if y else "По последним данным "
                s = f"{when}{who} {verb} {amount}{conv}"
            else:
                s = f"{'In ' + str(y) + ', ' if y else 'In the latest figure, '}{who} {verb} {amount}{conv}"
            sentences.append(s[0].upper() + s[1:] + self.cite(trade) + ".")
        regional_rows = rows[rows["region"].notna() & (rows["region"].astype(str) != "")]
        names = esc(", ".join(sorted({region_name(r, lang) for r in regional_rows["region"]})))
        if len(regional_rows) and lang == "ru":
            sentences.append(f"Региональных показателей — {len(regional_rows)}"
                             f" ({names}).")
        elif len(regional_rows):
            sentences.append(f"Regional figures: {len(regional_rows)} "
                             f"({names}).")
        return Html(f'<p class="lead">{" ".join(sentences)}</p>')

    def projects_summary(self) -> Html:
        lang = self.lang
        p = self.projects
        if not len(p):
            return Html(f'<p class="empty">{esc(t("empty.projects", lang))}</p>')
        n = len(p)
        nreg = p["region"].dropna().nunique()
        with_inv = int(p["investment_value"].notna().sum())
        if lang == "ru":
            s = (f"В реестре {count_phrase(n, lang, ('проект', 'проекта', 'проектов'), ('', ''))}"
                 f" ({self._status_phrase()})")
            if nreg:
                s += f" в {nreg}{NBSP}{plural_ru(nreg, 'регионе', 'регионах', 'регионах')}"
            s += "."
            if with_inv:
                s += f" Сумма инвестиций названа для {with_inv}{NBSP}" \
                     f"{plural_ru(with_inv, 'проекта', 'проектов', 'проектов')}."
        else:
            s = f"The register holds {n} project{'s' if n != 1 else ''} ({self._status_phrase()})"
            if nreg:
                s += f" in {nreg} region{'s' if nreg != 1 else ''}"
            s += "."
            if with_inv:
                s += (f" An investment figure is given for {with_inv} "
                      f"project{'s' if with_inv != 1 else ''}.")
        return Html(f'<p class="lead">{s}</p>')

    # closing ----------------------------------------------------------------------------

    def sources(self) -> Html:
        return self.citations.html(self.lang)

    def method_note(self) -> Html:
        lang = self.lang
        if lang == "ru":
            text = ("Цифры извлечены из текстов статей автоматически; каждая сопровождается "
                    "ссылкой на статью и предложение, из которого она взята. Суммы приводятся "
                    "в валюте источника; пересчёт в "
                    f"{self.currency} — по среднегодовым курсам года, к которому относится "
                    "цифра (иначе — года публикации). Если курса нет, пересчёт не выполняется "
                    "и это указано. Региональные названия приведены к официальной форме.")
        else:
            text = ("Figures were extracted automatically from the article texts; each cites "
                    "the article and the sentence it comes from. Amounts are given in the "
                    f"currency of the source; conversion to {self.currency} uses the annual "
                    "average rate of the figure's year (else the publication year). Where no "
                    "rate is available the amount is not converted, and the table says so. "
                    "Quotations are left in Russian.")
        return Html(f'<p class="method">{esc(text)}</p>')


# ---------------------------------------------------------------------------------------
# Helpers shared with the package


def _qual_mark(q: Any) -> str:
    return {"over": ">", "approx": "≈", "up_to": "≤", "under": "<"}.get(q if isinstance(q, str)
                                                                         else "", "")


def _cur_word(cur: str, lang: str) -> str:
    if lang == "ru":
        return {"USD": "долл. США", "RUB": "руб.", "EUR": "евро", "BYN": "бел. руб.",
                "CNY": "юаней"}.get(cur, cur)
    return {"USD": "USD", "RUB": "RUB", "EUR": "EUR", "BYN": "BYN", "CNY": "CNY"}.get(cur, cur)


def _sort_by_year(rows: pd.DataFrame) -> pd.DataFrame:
    years = [(_year_of(r) or 0) for r in rows.to_dict("records")]
    return rows.assign(_y=years).sort_values(["_y", "metric"], ascending=[False, True])


def _sort_projects(p: pd.DataFrame) -> pd.DataFrame:
    order = {s: i for i, s in enumerate(STATUSES)}
    return p.assign(
        _r=p["region"].fillna("яяя").astype(str),
        _s=p["status"].map(lambda s: order.get(s, len(order))),
    ).sort_values(["_r", "_s", "product"], kind="stable")


def normalize_region(name: str) -> str | None:
    """Any form of a Russian region's name → its official nominative name (None if not a
    Russian region). Delegates to analysis.entities."""
    from analysis.entities import normalize_region as _normalize

    return _normalize(name)


def convert(amounts: pd.DataFrame, currency: str) -> pd.DataFrame:
    """The amounts with converted_* columns for `currency` (re-converted only when the
    table was built for another currency)."""
    a = amounts.copy()
    if not len(a):
        for col in ("converted_value", "converted_currency", "fx_rate", "fx_year"):
            if col not in a:
                a[col] = pd.Series(dtype="object")
        return a
    if "converted_currency" in a and (a["converted_currency"].dropna() == currency).all() \
            and a["converted_currency"].notna().any():
        return a
    from analysis import money

    return money.convert_frame(a, currency)


def rough_value(value: float, currency: str, target: str) -> float:
    """For ranking only (never shown): the value at the latest year the rates table can
    convert it. NaN when no year can — such a figure ranks last rather than at a guessed rate."""
    if currency == target or not currency:
        return value
    from analysis import money

    rates = money.Rates.load()
    for year in sorted(rates.years(), reverse=True):
        conv = rates.convert(value, currency, target, year)
        if conv.value is not None:
            return float(conv.value)
    return float("nan")


def _coverage(dataset: Any, articles: pd.DataFrame) -> dict[str, Any]:
    cov = getattr(dataset, "coverage", None)
    if isinstance(cov, dict):
        return dict(cov)
    dates = [d for d in (to_date(x) for x in articles.get("published", [])) if d]
    return {"articles": len(articles),
            "date_from": min(dates).isoformat() if dates else None,
            "date_to": max(dates).isoformat() if dates else None}
