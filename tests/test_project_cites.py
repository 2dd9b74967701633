"""A project told by several articles cites each of them before a second sentence of one."""

from __future__ import annotations

import json

from analysis.briefing.state import BriefingState


def _row(evidence: list[tuple[str, str]]) -> dict:
    return {"article_ids": ";".join(dict.fromkeys(a for a, _ in evidence)),
            "evidence": json.dumps([{"article_id": a, "file": f"{a}.txt", "start": 0, "end": 1,
                                     "text": t} for a, t in evidence], ensure_ascii=False)}


def test_every_article_is_cited_before_a_second_sentence_of_one() -> None:
    state = BriefingState.__new__(BriefingState)
    cited: list[tuple[str, str]] = []

    class Recorder:
        def cite(self, aid, text, file=None):
            cited.append((aid, text))
            return len(cited)

    state.citations = Recorder()
    row = _row([("a1", "Первое."), ("a1", "Второе."), ("a1", "Третье."), ("a2", "Иное.")])
    assert len(state.project_cites(row)) == 3
    assert cited == [("a1", "Первое."), ("a1", "Второе."), ("a2", "Иное.")]
