"""The project a headline opened, told again by the lead (`article_reading.ArticleReading._take`).

A headline names a project in few words and often no place or firm of its own; the lead
sentence right after it (or after a dateline) tells the same project in full. Two readings
join them: the lead names the firm of the headline's firmless project, and the lead places in
Belarus the project the headline left in the article's main region (a guess) (register.py
before session 32, moved here when the lead after a dateline was added).
"""

from __future__ import annotations

from analysis.projects.mention import Mention
from analysis.projects.merging import ALIKE, Project, more_specific

__all__ = ["headline_project", "headline_rows_join"]

_LEAD_WITHIN = 2  # the lead is one of the sentences up to this many after the headline's


def headline_project(m: Mention, idx: int, here: list[Project], headline: list[Project],
                     lead: bool, title: int = 0) -> Project | None:
    """The headline's project mention `m` of sentence `idx` tells again, or None. `here`:
    the article's projects; `headline`: those the headline opened; `lead`: no sentence after
    the headline has told a project yet; `title`: the headline's sentence (0, or the one
    under a date line)."""
    early = idx <= title + _LEAD_WITHIN
    if m.enterprises and (early or (lead and m.region is None and m.placed)):
        # «В Тосно открылся дилерский центр…» — «…центр холдинга «Амкодор»»: the lead
        # names the firm of the project the headline opened without one; a lead after a
        # dateline too, when it places the project in Belarus («БЖД и саратовский завод
        # договорились о СП» — «Минск. 29 августа. … Производство разместят в
        # Осиповичах»: the headline's adjective only suggested the firm's home). A sentence
        # of no kind names the firm only of a headline's project of a kind: under «Банк
        # прокредитует дилера белорусской техники» (no kind of project) «Средства пойдут на
        # закупку тракторов «Беларус»» is a purchase, not the project's maker
        p = next((q for q in here if q in headline and not q.enterprises
                  and m.region in (q.region, None)
                  and (m.kind == q.kind or {m.kind, q.kind} in ALIKE
                       or (m.kind is None and q.kind != "other"))), None)
        if p is not None:
            if m.kind is not None and m.kind != p.kind:
                p.kind = more_specific(p.kind, m.kind)
            return p
    if m.kind is not None and m.region is None and m.placed and early:
        # ««Амкодор» и «…» вместе создадут каток» — «… подписали соглашение о совместной
        # разработке …. Конструирование будет вестись на минской площадке»: the lead
        # places in Belarus the project the headline opened with no place of its own (in
        # the article's main region, a guess), of its firms and kind
        return next((q for q in here if q in headline and not q.placed
                     and q.region is not None and q.enterprises <= m.enterprises
                     and (m.kind == q.kind or {m.kind, q.kind} in ALIKE)), None)
    return None


def headline_rows_join(out: list[Project]) -> None:
    """Join, in place, each firmless row a headline opened in one article («Белорусские
    пресс-подборщики будут собирать в Курске», and the lead's «Курская область получила новое
    сборочное производство») to the one row of its article, place and kind (or the like kind)
    that names firms, when that row is told in other articles too (a reprint whose body
    joined the story's row: within one article the lead joins the headline as it is read,
    `headline_project`). The headline's tense is no stage of a project of its own: the row
    keeps the furthest stage told («запустил»), as `consolidation.consolidate` does for a
    title row beside its article's one project."""
    for p in [p for p in out if p.title_opened and not p.enterprises and len(p.articles()) == 1]:
        into = [q for q in out if q is not p and q.enterprises and q.region == p.region
                and p.articles() < q.articles() and (q.kind == p.kind or {q.kind, p.kind} in ALIKE)]
        if len(into) == 1:
            into[0].absorb(p)
            out.remove(p)
