"""The state of one briefing: its filtered tables, its parameters, its citations and the
numbers of its figures and tables.

`BriefingState.load(...)` reads a corpus's tables (through the extraction cache), converts
the amounts and applies the filters once; the section modules (`overview`, `trade`,
`projects`, `money`) read that state and add citations and numbered figures as they go.
The region arrives as the official name: the notebook's validation cell
(`analysis.render.check_notebook_params`) normalises whatever form the reader typed. The
figures that head a briefing (the latest turnover, the largest sum) are its base's,
`headline_figures.HeadlineFigures`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Self

import pandas as pd

from analysis.briefing import selection
from analysis.briefing.citations import Citations, Cite
from analysis.briefing.figrows import (
    figure_rows,
    ids,
    is_figure,
)
from analysis.briefing.formatting import as_text, esc
from analysis.briefing.headline_figures import HeadlineFigures
from analysis.briefing.labels import check_lang, t
from analysis.briefing.relevance import Relevance
from analysis.briefing.rows import (
    STAGE_KEYS,
    pair_abroad,
    parse_evidence,
    split_ids,
    status_label_key,
)
from analysis.vocab import FLOW_OTHER, TRADE_METRICS


@dataclass
class _Tables:
    """In-memory tables standing in for a dataset (`from_frames`)."""

    articles: pd.DataFrame
    amounts: pd.DataFrame
    projects: pd.DataFrame


@dataclass(frozen=True)
class _FigureBase:
    """A corpus's mentions (with `mention_id`) and its consolidated figures, with the counts
    the method note gives."""

    mentions: pd.DataFrame
    figures: pd.DataFrame
    corrected_figures: int = 0
    duplicate_articles: int = 0


def _figure_base(dataset: Any) -> _FigureBase:
    """The dataset's figures; consolidated here from its amounts when it has none (tables
    made in memory, or a dataset from before the figures stage)."""
    amounts = dataset.amounts
    figures = getattr(dataset, "figures", None)
    if figures is not None and (len(figures) or not len(amounts)):
        return _FigureBase(mentions=amounts, figures=figures,
                           corrected_figures=int(getattr(dataset, "corrected_figures", 0) or 0),
                           duplicate_articles=len(getattr(dataset, "duplicates", ())))
    if not len(amounts):
        return _FigureBase(mentions=amounts, figures=pd.DataFrame())
    from analysis.figures import build_figures

    built = build_figures(amounts.drop(columns=["mention_id"], errors="ignore"), dataset.articles)
    return _FigureBase(mentions=built.amounts, figures=built.figures,
                       corrected_figures=built.corrected_figures,
                       duplicate_articles=len(built.duplicates))


def check_region(region: str | None) -> str:
    """`region` when it is "" or the official name of a Russian region; ValueError otherwise
    (a briefing takes the name the parameter check normalised, not a free form)."""
    region = (region or "").strip()
    if region:
        from analysis.entities import is_russian_region

        if not is_russian_region(region):
            raise ValueError(
                f"region {region!r} is not the official name of a Russian region; normalise "
                "it with analysis.render.check_notebook_params (e.g. «Кузбасс» → "
                "«Кемеровская область»)")
    return region


@dataclass
class BriefingState(HeadlineFigures):
    """Filtered tables + the state a briefing accumulates (citations, figure numbers)."""

    articles: pd.DataFrame
    amounts: pd.DataFrame  # the mentions: filtered, converted to `currency`
    projects: pd.DataFrame  # filtered
    figures: pd.DataFrame = field(default_factory=pd.DataFrame)  # figure rows, filtered, converted
    mention_index: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)
    corrected_figures: int = 0  # in the corpus (the analyst's corrections.csv)
    duplicate_articles: int = 0  # copies of a story in the corpus, counted once
    # the corpus's files that gave no article (an empty or unreadable file): the method note
    # names them, as a render's one line does (`analysis.tables.skipped`); not a notes file
    skipped_files: tuple[str, ...] = ()
    kind: str = "briefing"
    corpus: str = "seeds"
    region: str = ""  # official name ("" = all)
    year_from: int = 0
    year_to: int = 0
    currency: str = "USD"
    lang: str = "ru"
    title: str = ""
    coverage: dict[str, Any] = field(default_factory=dict)
    excluded_undated: int = 0
    rates_file: str = ""  # the user's own rates file, "" for none
    rates: Any = field(default=None, repr=False)  # an analysis.money.LayeredRates
    since: str = ""  # the previous build's tables of this briefing ("" for none; `whatsnew`)
    figure_no: int = 0
    table_no: int = 0
    citations: Citations = field(init=False)
    relevance: Relevance = field(init=False)
    article_titles: dict[str, str] = field(init=False, repr=False)  # by article id

    def __post_init__(self) -> None:
        check_lang(self.lang)
        self.citations = Citations(self.articles)
        self.relevance = Relevance(self.articles, self.mention_index)
        self.article_titles = {} if "title" not in self.articles else {
            str(a): str(t) for a, t in zip(self.articles["article_id"], self.articles["title"],
                                           strict=True) if isinstance(t, str)}
        self.figures, self.amounts = self._on_subject(self.figures), self._on_subject(self.amounts)

    def _on_subject(self, frame: pd.DataFrame) -> pd.DataFrame:
        """`frame` without the trade figures of another subject: a flow with all markets or
        third countries that no mention ties to Belarus (`Relevance.about_partnership`: an
        article on wheat sold to Egypt that names Minsk once, for a conference; newuser42
        F4). The corpus tables keep them; a Russia–Belarus briefing does not show them. A
        region's trade with third countries told beside its trade with Belarus stays, marked."""
        if not len(frame) or "flow" not in frame or "metric" not in frame:
            return frame
        keep = [not (r.get("metric") in TRADE_METRICS and as_text(r.get("flow")).strip() == FLOW_OTHER
                     and not pair_abroad(r) and not self.relevance.about_partnership(r))
                for r in frame.to_dict("records")]
        return frame if all(keep) else frame[keep]

    # -- loading ---------------------------------------------------------------------

    @classmethod
    def load(cls, corpus: str = "seeds", region: str = "", year_from: int | None = 0,
             year_to: int | None = 0, currency: str = "USD", lang: str = "ru",
             title: str = "", kind: str = "briefing", dataset: Any = None,
             rates: str = "", since: str = "") -> Self:
        """Read the corpus's tables (through the extraction cache) and apply the filters.
        `region` is an official region name ("" for all regions); `rates` a rates file of
        your own that overrides the package table and the ECB rates ("" for none); `since` the
        folder of this briefing's tables from an earlier build ("" for none)."""
        check_lang(lang)
        from analysis.tables.skipped import skipped_files

        currency = (currency or "USD").strip().upper()
        if dataset is None:
            from analysis.tables import dataset as dataset_mod

            dataset = dataset_mod.cached(corpus)
        region = check_region(region)
        filters = selection.Filters(region=region, year_from=int(year_from or 0),
                                    year_to=int(year_to or 0))
        articles = dataset.articles.copy()
        layered = selection.rates_for(rates)
        base = _figure_base(dataset)
        mentions = selection.convert(base.mentions, currency, layered, articles)
        chosen = selection.select(articles, mentions, dataset.projects.copy(), filters)
        rows = selection.convert(figure_rows(base.figures, mentions).drop(
            columns=list(selection.CONVERTED_COLUMNS), errors="ignore"), currency, layered,
            articles)
        figures = selection.select(articles, rows, dataset.projects.copy(), filters)
        index = ({str(m["mention_id"]): m for m in mentions.to_dict("records")}
                 if "mention_id" in mentions else {})
        return cls(articles=articles, amounts=chosen.amounts, projects=chosen.projects,
                   figures=figures.amounts, mention_index=index,
                   corrected_figures=base.corrected_figures,
                   duplicate_articles=base.duplicate_articles,
                   skipped_files=tuple(s.file for s in skipped_files(dataset) if s.article_type),
                   kind=kind, corpus=str(corpus), region=filters.region,
                   year_from=filters.year_from, year_to=filters.year_to, currency=currency,
                   lang=lang, title=title or "", rates_file=str(rates or ""), rates=layered,
                   since=str(since or ""),
                   coverage=selection.coverage(dataset, articles),
                   excluded_undated=figures.excluded_undated)

    @classmethod
    def from_frames(cls, articles: pd.DataFrame, amounts: pd.DataFrame,
                    projects: pd.DataFrame, **kwargs: Any) -> Self:
        """For tests and ad-hoc use: build from in-memory tables (amounts already
        converted to `currency`, or carrying converted_* columns)."""
        return cls.load(dataset=_Tables(articles=articles, amounts=amounts, projects=projects),
                        **kwargs)

    # -- selections --------------------------------------------------------------------

    def metric_rows(self, metrics: Iterable[str]) -> pd.DataFrame:
        """The figures (one row per consolidated figure) that measure one of `metrics`."""
        a = self.figures
        if not len(a):
            return a
        return a[a["metric"].isin(tuple(metrics))]

    @property
    def is_empty(self) -> bool:
        return not len(self.amounts) and not len(self.projects)

    @property
    def by_year(self) -> bool:
        """Whether the briefing is limited to some years."""
        return bool(self.year_from or self.year_to)

    def status_counts(self) -> list[tuple[str, int]]:
        """(stage label key, number of projects) in display order, stages with none left out:
        a halted project counts under its halt («приостановлен», «закрыт»), not under the
        `unknown` status the register gives it (`rows.status_label_key`)."""
        p = self.projects
        if not len(p):
            return []
        counts = Counter(status_label_key(r) for r in p.to_dict("records"))
        return [(k, counts[k]) for k in STAGE_KEYS if counts[k]]

    # -- citations and numbering -------------------------------------------------------

    def cite(self, row: Mapping[str, Any]) -> str:
        """The citation mark of a figure (every article that gives it) or of an amount."""
        return Citations.mark(self.figure_cites(row))

    def figure_cites(self, row: Mapping[str, Any]) -> list[Cite]:
        """Citation numbers of a figure: each of its mentions' articles, the sentence listed
        under it (the value's mention first); of a single amount, its article."""
        if not is_figure(row):
            return [self.citations.cite_row(row)]
        return self.mention_cites(ids(row.get("mention_ids"))) or [self.citations.cite_row(row)]

    def mention_cites(self, mention_ids: Iterable[str]) -> list[Cite]:
        """Citation numbers of some mentions (unknown ids are skipped). The mentions' articles
        are numbered in publication order, so that a story's original comes before its
        reprint under «Источники» whichever of them gave the figure's value (new user 35)."""
        found = [m for mid in mention_ids if (m := self.mention_index.get(str(mid))) is not None]
        found.sort(key=lambda m: self.citations.published_key(m.get("article_id")))
        return list(dict.fromkeys(self.citations.cite_row(m) for m in found))

    def project_cites(self, row: Mapping[str, Any], limit: int = 3) -> list[Cite]:
        """Citation numbers for a project: its evidence sentences (else its first article), at
        most `limit`, each article's first sentence before any article's second, so that
        every article that tells the project is cited while the limit allows."""
        evidence = parse_evidence(row.get("evidence"))
        first_of: dict[Any, int] = {}
        for i, ev in enumerate(evidence):
            first_of.setdefault(ev.get("article_id"), i)
        chosen = set(list(first_of.values())[:limit])
        rest = [i for i in range(len(evidence)) if i not in chosen]
        chosen.update(rest[:limit - len(chosen)])
        nums = []
        for ev in (evidence[i] for i in sorted(chosen)):
            nums.append(self.citations.cite(ev.get("article_id"), ev.get("text"),
                                            ev.get("file")))
        if not nums:
            for aid in split_ids(row.get("article_ids"))[:1]:
                nums.append(self.citations.cite(aid, ""))
        return nums

    def next_figure(self) -> int:
        """The number of the next figure."""
        self.figure_no += 1
        return self.figure_no

    def next_table(self, caption: str) -> str:
        """The next table's numbered caption («Таблица 3. …»), escaped."""
        self.table_no += 1
        return f"{esc(t('tab', self.lang))} {self.table_no}. {esc(caption)}"

    def source_line(self, nums: Iterable[Cite], extra: str = "") -> str:
        """The line under a chart: its sources (articles), then a note (escaped)."""
        nums = list(nums)
        src = t("sources" if len({c.number for c in nums}) > 1 else "source", self.lang)
        text = f"{esc(src)}: {Citations.inline(nums)}" if nums else ""
        if extra:
            # a note opens a sentence: «Среднегодового курса за 2026 г. нет: …», never «. курса …»
            extra = extra[:1].upper() + extra[1:]
            text = f"{text}. {esc(extra)}" if text else esc(extra)
        return text
