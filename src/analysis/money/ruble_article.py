"""What a whole article says of its bare «рублей»: the answers that do not depend on the
figure, read once an article where the ruble readers (`money.rubles`, `speaker_rubles`,
`belarusian_quote`) asked them for each bare ruble figure.

- `belarusian_article`: the article says its sums are Belarusian (or Russian), or a Belarusian
  site or town paper writes it, not about a Russian region's own words (`rubles`);
- `speaks_of_belarusian_money`: it names Belarusian or Russian rubles by their country, or BYN
  (`belarusian_money`: the Belarusian speaker's or payer's rubles count then);
- `named_russian_regions`: the Russian regions it names (a district's region:
  `speaker_rubles.placed_in_russia`).

Each is kept for the last few texts, by the text itself (`functools.lru_cache`, as
`lang.fold_case` and `bonds._first_bonds` keep theirs: an equal text gives the same answer,
nothing else is kept).
"""

from __future__ import annotations

from functools import lru_cache

from analysis.entities import russian_regions_in
from analysis.money.context import context_words
from analysis.money.outlets import belarusian_site, town_paper
from analysis.money.ruble_paragraph import russian_digest_item

__all__ = ["belarusian_article", "named_russian_regions", "speaks_of_belarusian_money"]

_TEXTS = 16  # texts kept: an article's readers ask one after another


@lru_cache(maxsize=_TEXTS)
def belarusian_article(text: str, source: str | None, url: str | None) -> bool:
    """Are the bare «рублей» of the article (its `text`, `source` and `url`) Belarusian by what
    the whole article says: its sums said to be Belarusian, or a Belarusian site or town paper
    writing (not of a Russian region's own words)?"""
    words = context_words()
    if "елорусских" in text and words.belarusian_sums.search(text):
        return True
    if "российск" in text and words.russian_sums.search(text):
        return False  # «рубли — российские, если не оговорено иное»: the writer says which
    if not (belarusian_site(source, url) or (source and town_paper(source))):
        return False
    # «Брянская область рассчитывает …» on a Belarusian site: a Russian region's own words,
    # in its rubles (as in a digest item headed by a Russian region)
    return not russian_digest_item(text, 0, title=True)


@lru_cache(maxsize=_TEXTS)
def speaks_of_belarusian_money(text: str) -> bool:
    """Does the article name rubles by their country, or BYN (`belarusian_money`)?"""
    return context_words().belarusian_money.search(text) is not None


@lru_cache(maxsize=_TEXTS)
def named_russian_regions(text: str) -> frozenset[str]:
    """Every Russian region the article names (by its normal name)."""
    return frozenset(r.normal for r in russian_regions_in(text, 0, len(text)))
