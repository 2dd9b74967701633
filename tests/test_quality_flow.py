"""Which way an export or import figure's goods go (`Fact.flow`), on the dev parts of the money
rounds whose gold gives a flow (session 20: annotated by helpers who read no code; the held
thirds are scored by the lead, never read here).

The floor sits a small margin below the pooled dev figure measured when the flow was built
(docs/quality.md, session 20); `benchmarks/quality.py` prints each set's «flow a.bb (x/y)»."""

from __future__ import annotations

from pathlib import Path

from analysis.entities import normalize_region
from analysis.ingest import load_corpus
from analysis.money import amounts_frame
from analysis.quality.gold import read_cases, write_corpus
from analysis.quality.money import score_money

GOLD = Path(__file__).resolve().parent / "gold"
DEV_SETS = sorted(p.stem for p in GOLD.glob("money_in_articles*.jsonl") if "_heldout" not in p.stem)
HELD_SETS = sorted(p.stem for p in GOLD.glob("money_in_articles*_heldout.jsonl"))
# pooled over the dev parts: measured 0.887 (session 20, 643/725; gazetteers only, as here;
# 667/752 with round 27's dev part, which nobody studied; 670/752 = 0.891 in session 21:
# a first-person figure's speaker, «республика», lists of markets; rounds 6–34 at the start of
# session 24: 883/994 = 0.888; 910/994 = 0.915 after flow24: an attribution's words, totals
# and their parts, a country's import, lists under a heading, the dative after a trade verb)
FLOOR = 0.895
# pooled over the held thirds (never read; scored by the lead at the end of session 20, rounds
# 1–27): 0.761 (233/306), gazetteers only; round 27's third alone, first look 0.65 (15/23);
# rounds 6–34, session 24: 371/472 = 0.786 at the start, 379/472 = 0.803 after flow24
HELD_FLOOR = 0.78


def _pooled_flow(names: list[str], tmp_path: Path) -> tuple[int, int]:
    right = checked = 0
    for name in names:
        cases = read_cases(GOLD / f"{name}.jsonl")
        corpus = load_corpus(write_corpus(cases, tmp_path / name))
        score = score_money(cases, amounts_frame(corpus.articles), region_name=normalize_region)
        right += score.overall.right["flow"]
        checked += score.overall.checked["flow"]
    return right, checked


def test_the_flow_is_read_right_on_the_dev_parts(tmp_path: Path) -> None:
    right, checked = _pooled_flow(DEV_SETS, tmp_path)
    assert checked > 600  # every dev round's export and import amounts carry a flow
    assert right / checked >= FLOOR, f"flow {right / checked:.3f} ({right}/{checked})"


def test_the_flow_holds_on_the_held_thirds(tmp_path: Path) -> None:
    """Only the pooled figure is asserted and printed: the held thirds' errors are never read."""
    right, checked = _pooled_flow(HELD_SETS, tmp_path)
    assert checked > 250
    assert right / checked >= HELD_FLOOR, f"held flow {right / checked:.3f} ({right}/{checked})"
