"""The speed work of issue 10: the shared case fold, the lazily scanned implied-currency
breaks, and the benchmark tools that prove a speed change changes no output."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from analysis.ingest import load_corpus
from analysis.lang import fold_case
from analysis.money import amounts_frame, find_amounts

ROOT = Path(__file__).resolve().parents[1]


def _bench(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fold_case_lowers_offset_for_offset() -> None:
    text = "Товарооборот Достиг 5 МЛРД Долларов"
    assert fold_case(text) == text.lower()
    assert len(fold_case("İzmir и Минск")) == len("İzmir и Минск")  # «İ» lowers to two chars
    assert fold_case("İzmir и Минск").endswith("и минск")


def test_fold_case_answers_each_text_for_itself() -> None:
    first, second = "Гродно ЭКСПОРТ", "Витебск ИМПОРТ"
    assert fold_case(first) == "гродно экспорт"
    assert fold_case(second) == "витебск импорт"
    assert fold_case(first) == "гродно экспорт"  # from the cache, still its own


def test_implied_currency_borrowed_from_previous_sentence() -> None:
    text = "Экспорт составил 5 млрд долларов. В 2023 году — около 4 миллиардов."
    found = find_amounts(text)
    assert [(a.value, a.currency, a.implied_currency) for a in found] == [
        (5e9, "USD", False), (4e9, "USD", True)]


def test_implied_currency_borrowed_from_next_amount_of_same_sentence() -> None:
    text = "Заводу выделят 3 млрд в 2025 году и 4 млрд рублей в 2026 году."
    assert [(a.value, a.currency) for a in find_amounts(text)] == [(3e9, "RUB"), (4e9, "RUB")]


def test_bare_figure_two_paragraphs_after_money_is_no_money() -> None:
    text = "Сумма контракта — 2 млн евро.\nНа выставке побывали гости.\nАудитория портала составила 3 млн."
    assert [a.currency for a in find_amounts(text)] == ["EUR"]


def test_dump_outputs_covers_seeds_fixtures_and_every_gold_text_set(tmp_path: Path) -> None:
    dump = _bench("dump_outputs")
    sets = dump.corpora(tmp_path)
    assert {"seeds", "fixture_messy_trade", "fixture_messy_trade_heldout"} <= set(sets)
    assert {"money_in_articles", "money_in_articles_heldout", "money_in_sentences",
            "projects_in_articles_heldout"} <= set(sets)
    assert "money_seeds_reference" not in sets  # offsets into the seeds, no texts of its own


def test_dump_facts_frame_has_a_row_per_amount() -> None:
    dump = _bench("dump_outputs")
    articles = load_corpus(ROOT / "seeds").articles
    facts = dump.facts_frame(articles)
    assert len(facts) == len(amounts_frame(articles)) > 0
    assert {"fact_metric", "fact_year", "fact_region", "fact_context"} <= set(facts.columns)


@pytest.mark.slow
def test_extract_benchmark_runs_without_the_peer_throughput() -> None:
    result = _bench("extract").main(["--articles", "10", "--natasha-articles", "0",
                                     "--entities-articles", "0", "--repeat", "1", "--json"])
    assert result["natasha"] is None and result["speed_ratio"] is None
    assert result["ours"]["articles"] == 10 and result["ours"]["articles_per_s"] > 0


def test_speed_pairs_refuses_a_folder_without_the_package(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        _bench("speed_pairs").main([str(tmp_path)])
    assert "no analysis package there" in str(stop.value)


def test_instruction_counts_refuse_a_folder_without_the_package(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        _bench("instructions").main([str(tmp_path), "--work", "money"])
    message = str(stop.value)
    assert "no analysis package there" in message or "valgrind is not installed" in message


def test_instruction_counts_refuse_an_unknown_work(monkeypatch: pytest.MonkeyPatch) -> None:
    bench = _bench("instructions")
    monkeypatch.setattr(bench.shutil, "which", lambda _: "/usr/bin/true")  # as if installed
    with pytest.raises(SystemExit) as stop:
        bench.main([str(ROOT / "src"), "--work", "money,speed"])
    assert "--work: unknown speed" in str(stop.value)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind")
def test_instruction_counts_of_one_tree_against_itself_agree() -> None:
    bench = _bench("instructions")
    first = bench.instructions(ROOT / "src", "money", 10)
    second = bench.instructions(ROOT / "src", "money", 10)
    assert first > 1_000_000  # the counted pass really ran
    assert abs(first - second) / first < 0.02  # the count repeats (PYTHONHASHSEED fixed)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind")
def test_instruction_counts_with_the_heap_frozen_repeat_more_closely() -> None:
    bench = _bench("instructions")
    first = bench.instructions(ROOT / "src", "money", 10, "frozen")
    second = bench.instructions(ROOT / "src", "money", 10, "frozen")
    assert first > 1_000_000
    assert abs(first - second) / first < 0.002  # (collector on: within 2%)


def test_instruction_counts_refuse_an_unknown_collector_setting(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _bench("instructions").main([str(ROOT / "src"), "--gc", "off"])
    assert "invalid choice" in capsys.readouterr().err
