"""A kind cue that describes the buyers of goods names no project: «выпускать инверторы для
строительных и ремонтных организаций», «станки для сервисных служб автопарков». An adjective
cue («ремонтный», «сервисный») in the phrase «для» governs, before a noun of buyers or users
(``customer_nouns``: «организации», «службы», «хозяйства»), tells whom the goods are for, as
a region after those nouns does (`work_site._customers_region`); a facility of ours is a noun
of its own («для сервисного центра» is not read here: a site may be made for it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import CueHit, words

if TYPE_CHECKING:
    from analysis.projects.kind_context import KindContext

_FOR_SPAN = 4  # words from «для» to the cue («для строительных, дорожных и ремонтных …»)


def not_customers_described(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """Drop a one-word adjective cue that stands in a «для» phrase before a noun of buyers or
    users (only adjectives and «и» between, on either side: «для ремонтных и монтажных
    организаций»)."""
    toks, customers = ctx.toks, words("customer_nouns")

    def describes_customers(h: CueHit) -> bool:
        k = h.first
        if h.last != k or toks[k].pos != "ADJF":
            return False
        head = next((t for t in toks[k + 1:k + 1 + _FOR_SPAN] if t.pos not in ("ADJF", "CONJ")),
                    None)
        if head is None or head.lemma not in customers:
            return False
        for j in range(k - 1, max(-1, k - 1 - _FOR_SPAN), -1):
            if toks[j].word in words("client_preposition"):
                return True
            if toks[j].pos not in ("ADJF", "CONJ"):
                return False
        return False

    return [h for h in kinds if not describes_customers(h)]
