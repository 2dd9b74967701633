"""All entities of an article, and the entities table (original-file offsets).

Offsets of `Entity` are into the clean text; `entities_frame` maps them to the original file
through `Article.original_span` (the citation contract).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from analysis.entities.enterprises import find_enterprises
from analysis.entities.gazetteer import Entity
from analysis.entities.ner import NerInput, ner_entities_many
from analysis.entities.nerscope import ner_scope
from analysis.entities.regions import find_regions
from analysis.plaintable import PlainTable

if TYPE_CHECKING:
    import pandas as pd

    from analysis.ingest import Article

ENTITY_COLUMNS = ["article_id", "file", "start", "end", "surface", "type", "normal", "role"]


def _gazetteer_entities(text: str) -> tuple[list[Entity], list[Entity]]:
    """The enterprises and the regions of `text`."""
    firms = find_enterprises(text)
    # A region inside an enterprise name («Минский тракторный завод») is not a region mention.
    regions = [r for r in find_regions(text)
               if not any(f.start < r.end and r.start < f.end for f in firms)]
    return firms, regions


def find_entities_many(articles: Sequence[Article | str], ner: bool = True, *,
                       ner_everywhere: bool = False) -> list[list[Entity]]:
    """`find_entities` of each article, the NER of all of them in one batched pass (what
    the per-article step runs on a chunk of articles; the same results, less time)."""
    texts = [a if isinstance(a, str) else a.text for a in articles]
    found = [_gazetteer_entities(text) for text in texts]
    if not ner:
        return [_in_order(firms + regions) for firms, regions in found]
    inputs = [NerInput(text=text, taken=firms, places=regions,
                       ranges=None if ner_everywhere else ner_scope().ranges(text, firms + regions))
              for text, (firms, regions) in zip(texts, found, strict=True)]
    return [_in_order(firms + regions + people)
            for (firms, regions), people in zip(found, ner_entities_many(inputs), strict=True)]


def _in_order(ents: list[Entity]) -> list[Entity]:
    return sorted(ents, key=lambda e: (e.start, e.end))


def find_entities(article: Article | str, ner: bool = True, *,
                  ner_everywhere: bool = False) -> list[Entity]:
    """All entities of an article (or a plain text); ``ner=False`` is the gazetteer path.

    The NER reads only the sentences that can change the output (`NerScope`: project cues
    and their neighbours, organisation markers, people near roles or figures);
    `ner_everywhere` makes it read every sentence (the reference the selection is measured
    against)."""
    return find_entities_many([article], ner, ner_everywhere=ner_everywhere)[0]


def entities_frame(articles: Iterable[Article], ner: bool = True,
                   found: Mapping[str, list[Entity]] | None = None) -> pd.DataFrame:
    """One row per mention with ORIGINAL offsets (the citation contract).

    `found` gives precomputed entities per article id (as `find_entities(article, ner)` makes
    them); articles it does not cover are read here.
    """
    rows = []
    for a in articles:
        ents = found.get(a.article_id) if found is not None else None
        rows.extend(entity_rows(a, ents if ents is not None else find_entities(a, ner=ner)))
    return entities_frame_of_rows(rows)


def entity_rows(article: Article, ents: Iterable[Entity]) -> list[dict]:
    """The entities table's rows of one article (its `find_entities`): what the table of a
    corpus is made of, one article at a time (the per-article cache keeps them)."""
    rows = []
    for e in ents:
        s, t = article.original_span(e.start, e.end)
        rows.append({
            "article_id": article.article_id, "file": article.file, "start": s, "end": t,
            "surface": article.original[s:t], "type": e.type, "normal": e.normal,
            "role": e.role,
        })
    return rows


def entities_frame_of_rows(rows: list[dict]) -> pd.DataFrame:
    """The entities table of `entity_rows` (of one article or many, in order)."""
    import pandas as pd

    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def entities_table_of_rows(rows: list[dict]) -> PlainTable:
    """`entities_frame_of_rows` without pandas (`analysis.plaintable`)."""
    return PlainTable.from_rows(rows, ENTITY_COLUMNS)
