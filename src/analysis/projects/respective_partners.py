"""Partners listed «соответственно» after a list of sites (issue 11, round 47).

«… о сборке контейнеров в Калужской, Тульской и Рязанской областях. Партнёрами выступают
соответственно ООО «А», АО «Б» и ООО «В»»: a sentence with no kind cue that names as many firms
as the sentence a little before listed sites of one kind, and says «соответственно», gives the
first firm to the first site, the second to the second, and so on (`respective_rows`); it
joins no other project (a Belarusian plant's own work told between stays without them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.mention import Mention
    from analysis.projects.merging import Project

__all__ = ["RESPECTIVE_WITHIN", "respective_rows"]

# the sentence of the list up to this many sentences before the «соответственно» one
RESPECTIVE_WITHIN = 3


def respective_rows(m: Mention, idx: int, listed: tuple[list[Project], int] | None
                    ) -> list[tuple[Project, str]]:
    """The (project, firm) pairs mention `m` of sentence `idx` gives by «соответственно»:
    `listed` is the article's last list of sites told in one sentence (its projects in the
    order of their places, and that sentence's index). Empty: the mention is no such list."""
    if m.kind is not None or listed is None or len(m.enterprises) < 2:
        return []
    rows, at = listed
    if not 0 < idx - at <= RESPECTIVE_WITHIN or len(rows) != len(m.enterprises) \
            or words("respectively").isdisjoint(m.sentence.words):
        return []
    text = m.sentence.text[m.sentence.start:m.sentence.end].casefold()
    placed = sorted((text.find(f.casefold()), f) for f in m.enterprises)
    if any(k < 0 for k, _ in placed):
        return []  # a firm not written as its name: the order is not known
    return [(p, f) for p, (_, f) in zip(rows, placed, strict=True)]
