"""«На фоне …» names the circumstance a figure is told against: its words are not the
figure's metric (aside_phrases)."""

from __future__ import annotations

from test_facts import facts


def test_background_words_are_no_cue() -> None:
    text = ("Выручка холдинга от экспорта за прошлый год составила 900 млн долларов, "
            "а за девять месяцев текущего – уже 750 млн долларов на фоне высоких цен на удобрения.")
    assert [f.metric for f in facts(text)] == ["export", "export"]
