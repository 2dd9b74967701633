"""What tells a project again or its launch, read from one mention (kept apart from
`analysis.projects.merging`, which uses them): a launch told in the past tense
(`launch_told`), the work just told with its doer named (`work_topic_first`), a bare «СП»
right after a venture (`venture_told_again`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.mention import Mention
    from analysis.projects.merging import Project

__all__ = ["launch_told", "venture_told_again", "work_topic_first"]


def launch_told(m: Mention) -> bool:
    """Does the mention's sentence tell a launch in the past tense («линию запустили», «цех
    открылся», «состоялся запуск серийной сборки»: `launch_news`, `launch_event` of
    `data/project_words.csv`)? (A row shows it only once its project runs: `shown_timeline`.)"""
    toks = m.sentence.toks
    return any(t.lemma in words("launch_news") and "past" in t.tags for t in toks) or (
        bool(m.sentence.lemmas & words("launch_event")) and any(
            t.lemma in words("launch_event_verbs") and "past" in t.tags for t in toks))


def work_topic_first(m: Mention) -> bool:
    """«Сборку ведёт ООО «…»», «Обслуживание осуществляет …»: the sentence opens with a work
    noun (``work_topic_nouns``) in the accusative, its verb right after: the work is the
    topic told before, the clause names who does it."""
    toks = m.sentence.toks
    return len(toks) > 1 and toks[0].lemma in words("work_topic_nouns") \
        and "accs" in toks[0].tags and toks[1].pos == "VERB"


def venture_told_again(m: Mention, last: Project | None, last_recent: bool) -> bool:
    """«ООО «ЛБМ» — совместное предприятие … Резидентом парка стало СП, которое намерено
    собирать машины на шасси тракторов «Беларус»»: a bare «СП» (``venture_nouns``, no name
    after it) right after a venture of its region was told is that venture, whatever maker
    of parts or chassis its sentence names (session 33)."""
    if last is None or not last_recent or not m.kind == last.kind == "joint_venture" \
            or m.region != last.region:
        return False
    text = m.sentence.text
    return any(t.word in words("venture_nouns")
               and not text[t.end:t.end + 3].lstrip().startswith(("«", '"'))
               for t in m.sentence.toks)
