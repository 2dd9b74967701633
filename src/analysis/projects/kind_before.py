"""The kind a sentence with no kind cue of its own borrows from the sentences before it
(`analysis.projects.context.SentenceContext`, whose part this is): «… четыре таких площадки:
они работают в …», «… несколько сервисных площадок. Одна из них работает в …», and the kind a
dashed list under a colon lead lists sites of.

Word lists are data (``data/project_words.csv``: sited, list_reference, one_of).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import CueHit, cue_hits, words

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.entities import Entity
    from analysis.projects.mention import ReadSentence

# «— Качканар (Свердловская область) — вместе с …;»: an item of a dashed list
_LIST_DASH = lazy_compile(r"[—–•-]\s")
_LEAD_REACH = 3  # sentences before a list's lead searched for the kind its items are sites of


class KindBefore:
    """The kind said before, for one article's sentences (mixed into `SentenceContext`)."""

    text: str
    sents: list[ReadSentence]
    entities_in: Callable[[int, str | None], list[Entity]]

    def headline_maker(self) -> set[str]:
        raise NotImplementedError  # `SentenceContext.headline_maker`

    def points_at_kind_before(self, idx: int, listed: int, statuses: bool) -> bool:
        """Does sentence `idx`, with no kind cue of its own, place sites of the kind the
        sentence before named? «… четыре таких площадки: они работают в Самарской,
        Ульяновской и Пензенской областях» (`listed` regions, a status); «BelAZ имеет
        несколько сервисных площадок. Одна из них работает в Ковдоре» (``one_of``)."""
        sent = self.sents[idx]
        if words("sited").isdisjoint(sent.lemmas):
            return False  # «Центр будет обслуживать тракторы в трёх областях»: a territory
        if statuses and listed > 1 and not words("list_reference").isdisjoint(sent.lemmas):
            return True
        head = [t.lemma for t in sent.toks[:3]]
        return len(head) == 3 and head[0] in words("one_of") and head[1] == "из" \
            and head[2] == "они"

    def list_lead(self, idx: int) -> int | None:
        """The lead line (ending in a colon: «В списке три адреса:») of the dashed list whose
        item sentence `idx` is; None when it is no such item (an interview's dashed answer
        follows a question, not a colon)."""
        sents, text = self.sents, self.text
        if not _LIST_DASH.match(text, sents[idx].start):
            return None
        j = idx - 1
        while j >= 0 and _LIST_DASH.match(text, sents[j].start):
            j -= 1
        return j if j >= 0 and text[sents[j].start:sents[j].end].rstrip().endswith(":") else None

    def listed_kind(self, idx: int, at: int) -> tuple[list[CueHit], set[str]]:
        """«…о создании на Урале сети сервисных площадок. … В списке три адреса: — Качканар
        (Свердловская область) — вместе с …; — Учалы (…) — …»: a dashed item that names a
        place, under a colon lead, is a site of the kind the lead or the sentences just
        before it named (placed at offset `at`), with that sentence's firms (or the
        headline's maker). ([], set()) when it is no such item."""
        lead = self.list_lead(idx)
        if lead is None:
            return [], set()
        for j in range(lead, max(-1, lead - _LEAD_REACH - 1), -1):
            before = [h.cue for h in cue_hits(self.sents[j].toks)
                      if h.cue.field == "kind" and h.cue.strong and h.cue.value != "other"]
            if before:
                toks = self.sents[idx].toks
                k = next((n for n, t in enumerate(toks) if t.start >= at), len(toks) - 1)
                firms = {e.normal for e in self.entities_in(j, "enterprise")}
                return [CueHit(cue=before[0], first=k, last=k)], firms or self.headline_maker()
        return [], set()

    def kind_said_before(self, idx: int, at: int) -> list[CueHit]:
        """The first specific kind cue of the previous sentence, placed at offset `at` of
        sentence `idx` (a list of places that points back at it); [] when there is none."""
        if idx == 0:
            return []
        toks = self.sents[idx].toks
        k = next((n for n, t in enumerate(toks) if t.start >= at), len(toks) - 1)
        before = [h.cue for h in cue_hits(self.sents[idx - 1].toks)
                  if h.cue.field == "kind" and h.cue.strong and h.cue.value != "other"]
        return [CueHit(cue=before[0], first=k, last=k)] if before else []
