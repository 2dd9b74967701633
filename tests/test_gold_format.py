"""The money gold checker (`benchmarks/gold_format.py`) and the writers' kit
(`benchmarks/writer_kit.py`), session 46.

- every `money_in_articles_round*` file passes the format checks, dev parts and held-aside
  thirds; of a held-aside third nothing is printed or asserted but its name and its number of
  problems;
- a record written wrong fails, one test each: a wrong occurrence, a substring not in the text,
  a value off its figure's scale, a missing field, a genre an earlier round used; each message
  names the file, the article id and the field;
- the kit is written from the repository: the conventions follow `tests/gold/README.md`, the
  genres are those of the gold files, the checker is a copy that runs on its own.

The articles below are written here.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import gold_format  # noqa: E402  (a benchmark script)
import writer_kit  # noqa: E402

from analysis import vocab  # noqa: E402
from analysis.quality.gold import read_cases, span_of  # noqa: E402

GOLD = ROOT / "tests" / "gold"
ROUNDS = sorted(GOLD.glob("money_in_articles_round*.jsonl"))
DEV = [p for p in ROUNDS if "_heldout" not in p.name]
HELD = [p for p in ROUNDS if "_heldout" in p.name]

TEXT = (
    "Смоленск, 14 ноября. Белорусский производитель прицепной техники и областная администрация "
    "подписали соглашение о сборке полуприцепов на площадке бывшего вагоноремонтного депо. По "
    "словам губернатора, вложения в первую очередь производства составят 1,2 млрд рублей, а "
    "выйти на проектную мощность завод должен через два года. Часть оборудования поставят из "
    "Могилёва, часть закупят у российских станкостроителей. Экспорт белорусской техники в "
    "область за девять месяцев вырос на 14% и достиг около 300 млн долларов, сообщили в "
    "региональном министерстве экономического развития. Там же напомнили, что в прошлом году "
    "поставки сократились из-за нехватки вагонов и очередей на границе. Новая площадка даст "
    "работу 240 сотрудникам; средняя зарплата на сборке, как обещают в компании, будет не ниже "
    "средней по отрасли. Первые машины сойдут с конвейера весной, а к концу следующего года "
    "предприятие рассчитывает собирать до 600 полуприцепов в год. Кредит на пополнение "
    "оборотных средств обсуждается с двумя банками, но его условия пока не раскрываются. "
    "Представители сторон подчеркнули, что проект станет одним из крупнейших в регионе за "
    "последние пять лет и позволит снизить зависимость местных перевозчиков от импорта из "
    "третьих стран."
)


def _amount(surface: str, value: float, metric: str, **more: Any) -> dict[str, Any]:
    amount = {"surface": surface, "occurrence": 1, "value": value, "value_low": None,
              "value_high": None, "currency": "RUB", "implied_currency": False,
              "qualifier": "exact", "metric": metric, "year": None, "period": None,
              "forecast": False, "region": "Смоленская область", "context": None, "classes": []}
    amount.update(more)
    return amount


GOOD = {
    "id": "t46m01", "genre": "regional_government_release_on_trailer_assembly_site",
    "published": "2025-11-14", "url": "https://example.org/news/2025/11/14/pritsepy",
    "source": "Пресс-служба администрации", "text": TEXT,
    "not_money": ["14%", "240 сотрудникам", "600 полуприцепов"],
    "amounts": [
        _amount("1,2 млрд рублей", 1.2e9, "investment", forecast=True),
        _amount("около 300 млн долларов", 3e8, "export", currency="USD", qualifier="approx",
                year=2025, period="январь–сентябрь", flow="BY→RU",
                classes=["export_to_region"]),
    ],
}


def _write(folder: Path, name: str, *articles: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                    encoding="utf-8")
    return path


def _problems(tmp_path: Path, article: dict[str, Any], used: set[str] = frozenset(),
              settled: bool = False) -> list[str]:
    path = _write(tmp_path, "round_test.jsonl", article)
    return gold_format.check_file(path, used, settled).problems


def _bad(**change: Any) -> dict[str, Any]:
    """GOOD with the first amount's fields changed."""
    article = copy.deepcopy(GOOD)
    article["amounts"][0].update(change)
    return article


# --------------------------------------------------------------------------- the gold files
@pytest.mark.parametrize("path", DEV, ids=lambda p: p.name)
def test_every_dev_round_passes_the_format(path: Path) -> None:
    assert gold_format.check_file(path, settled=True).problems == []


def _held_summary(path: Path) -> tuple[int, bool]:
    """The number of problems of a held-aside third and whether what may be printed of it is its
    name and that number alone (nothing else of the file leaves this function)."""
    report = gold_format.check_file(path, settled=True)
    lines = report.lines()
    alone = lines == [f"{path}: {len(report.problems)} problems"]
    return len(report.problems), alone


@pytest.mark.parametrize("path", HELD, ids=lambda p: p.name)
def test_every_held_third_passes_the_format_unread(path: Path) -> None:
    count, name_and_count_only = _held_summary(path)
    assert name_and_count_only
    assert count == 0, f"{path.name}: {count} problems"


def test_the_rounds_are_there() -> None:
    assert len(DEV) >= 60 and len(HELD) >= 60


def test_a_held_thirds_output_is_its_name_and_count(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "money_in_articles_round99_heldout.jsonl",
                  _bad(occurrence=3), {**_bad(value=1.2e6), "id": "t46m02"})
    assert gold_format.main([str(path)]) == 1
    out = capsys.readouterr().out
    assert out == f"{path}: 2 problems\n"
    assert "t46m0" not in out and "млрд" not in out


def test_occurrences_are_counted_as_the_scorer_counts_them() -> None:
    checked = 0
    for path in DEV:
        for case in read_cases(path):
            for amount in case["amounts"]:
                start, _ = span_of(case["text"], amount["surface"], amount["occurrence"])
                assert gold_format.nth_find(case["text"], amount["surface"],
                                            amount["occurrence"]) == start
                checked += 1
    assert checked > 8000


def test_the_checkers_words_are_the_projects() -> None:
    gold_qualifiers = set(vocab.QUALIFIERS) - set(vocab.GOLD_QUALIFIER)
    assert set(gold_format.QUALIFIERS) == gold_qualifiers
    assert set(gold_format.METRICS) == set(vocab.METRICS)
    assert set(gold_format.FLOWS) == {*vocab.FLOWS, "unclear"}
    assert set(gold_format.FLOW_METRICS) == set(vocab.FLOW_METRICS)
    assert set(vocab.CURRENCIES) <= set(gold_format.CURRENCIES)


# --------------------------------------------------------------------------- records written wrong
def test_a_good_record_passes(tmp_path: Path) -> None:
    used = tmp_path / "used_genres.txt"
    used.write_text("customs_weekly_chronicle\nbank press release\n", encoding="utf-8")
    path = _write(tmp_path, "round_test.jsonl", GOOD)
    assert gold_format.main([str(path), "--used", str(used)]) == 0


def test_a_wrong_occurrence_fails(tmp_path: Path) -> None:
    problems = _problems(tmp_path, _bad(occurrence=2))
    assert len(problems) == 1
    assert re.match(r".*round_test\.jsonl: t46m01: amount 1 \('1,2 млрд рублей'\): occurrence: 2, "
                    r"but the surface is found 1 time", problems[0])


def test_a_substring_not_in_the_text_fails(tmp_path: Path) -> None:
    article = copy.deepcopy(GOOD)
    article["not_money"].append("320 сотрудникам")
    article["amounts"][1]["context"] = "Экспорт белорусской техники в область за год вырос."
    problems = _problems(tmp_path, article)
    assert [p.split(": ", 2)[1:] for p in problems] == [
        ["t46m01", "not_money: '320 сотрудникам' is not a substring of the text"],
        ["t46m01", "amount 2 ('около 300 млн долларов'): context: not a substring of the text"]]
    surface = _problems(tmp_path, _bad(surface="1,3 млрд рублей", value=1.3e9))
    assert len(surface) == 1 and "t46m01: amount 1 ('1,3 млрд рублей'): surface: not a substring" \
        in surface[0]


@pytest.mark.parametrize("settled", [False, True])
def test_a_value_off_its_figures_scale_fails(tmp_path: Path, settled: bool) -> None:
    problems = _problems(tmp_path, _bad(value=1.2e6), settled=settled)
    assert len(problems) == 1
    assert "round_test.jsonl: t46m01: amount 1 ('1,2 млрд рублей'): value: 1200000.0" in problems[0]


def test_the_value_agrees_with_the_number_and_scale_written() -> None:
    agrees = gold_format.scale_agrees
    assert agrees("1 млн 200 тыс. рублей", [1.2e6])
    assert agrees("3–4 тыс. долларов", [3e3, 3e3, 4e3])
    assert agrees("$412.6 million", [4.126e8])
    assert agrees("1.250 млрд рублей", [1.25e12])  # (a dot that groups thousands)
    assert agrees("минус 43,6 млн долларов", [-4.36e7])
    assert agrees("полмиллиарда рублей", [5e8])  # no digits before the scale: not read
    assert not agrees("2,5 млрд долларов", [3.5e9])
    assert agrees("2,5 млрд долларов", [3.5e9], exact=False)  # a scale step off only
    assert not agrees("2,5 млрд долларов", [2.5e6], exact=False)


def test_a_missing_field_fails(tmp_path: Path) -> None:
    article = copy.deepcopy(GOOD)
    del article["amounts"][1]["metric"]
    del article["source"]
    problems = _problems(tmp_path, article)
    assert [p.split(": ", 1)[1] for p in problems] == [
        "t46m01: source: missing",
        "t46m01: amount 2 ('около 300 млн долларов'): metric: missing",
        "t46m01: amount 2 ('около 300 млн долларов'): metric: None is none of "
        "['trade_turnover', 'export', 'import', 'investment', 'credit', 'financing', "
        "'production', 'agreements', 'other']",
        "t46m01: amount 2 ('около 300 млн долларов'): flow: only on export and import amounts"]


def test_a_used_genre_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    used = tmp_path / "used_genres.txt"
    used.write_text(f"customs_weekly_chronicle\n{GOOD['genre']}\n", encoding="utf-8")
    path = _write(tmp_path, "round_test.jsonl", GOOD)
    assert gold_format.main([str(path), "--used", str(used)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{path}: t46m01: genre: {GOOD['genre']!r} was used in an earlier round",
                     f"{path}: 1 articles, 2 amounts, 1 problems"]


def test_the_writing_rules_hold_for_a_new_round_only(tmp_path: Path) -> None:
    article = _bad(period="январь–сентябрь 2025", context="прошлом году")
    article["text"] = article["text"][:600]
    article["not_money"] = []
    article["amounts"] = article["amounts"][:1]
    fields = [p.split(": ")[3] if "amount" in p else p.split(": ")[2]
              for p in _problems(tmp_path, article)]
    assert fields == ["text", "period", "context"]
    assert _problems(tmp_path, article, settled=True) == []


# --------------------------------------------------------------------------- the writers' kit
SEEDS = writer_kit.find_seeds_readme()


@pytest.mark.skipif(SEEDS is None, reason="needs ../shared/gold/README.md beside the clone")
def test_the_kit_is_written_from_the_repository(tmp_path: Path) -> None:
    conventions, genres, checker = writer_kit.write_kit(tmp_path / "kit", SEEDS)
    text = conventions.read_text(encoding="utf-8")
    readme = (GOLD / "README.md").read_text(encoding="utf-8")
    headings = re.findall(r"(?m)^## .*$", readme)
    kept = [h for h in headings if h.startswith(writer_kit.CONVENTION_HEADINGS)]
    assert len(kept) >= 8
    assert [h for h in re.findall(r"(?m)^## .*$", text) if h in headings] == kept
    assert "| `surface` | exact text of the mention" in text  # the seeds' field meanings
    assert '"metric": "' + "|".join(gold_format.METRICS) + '"' in text
    lines = genres.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(set(lines)) and all(g == g.strip() and g for g in lines)
    dev_genres = {c["genre"] for p in DEV for c in read_cases(p)}
    assert dev_genres <= set(lines)
    assert checker.read_bytes() == (ROOT / "benchmarks" / "gold_format.py").read_bytes()


@pytest.mark.skipif(SEEDS is None, reason="needs ../shared/gold/README.md beside the clone")
def test_the_kit_follows_the_readme_and_its_checker_runs_alone(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "README.md").write_text(
        "# Gold sets\n\nThe opening.\n\n## Round 99's dev part against the conventions\n\n"
        "A walk.\n\n## The lead's decisions on readings the rounds disagree on (session 99)\n\n"
        "- A new convention.\n", encoding="utf-8")
    _write(gold, "money_in_articles_round99.jsonl", GOOD)
    kit = tmp_path / "kit"
    writer_kit.write_kit(kit, SEEDS, gold)
    text = (kit / "conventions.md").read_text(encoding="utf-8")
    assert "The opening." in text and "- A new convention." in text
    assert "A walk." not in text and "# Gold sets" not in text
    assert (kit / "used_genres.txt").read_text(encoding="utf-8") == f"{GOOD['genre']}\n"
    # the copy runs with the standard library alone, outside the repository
    path = _write(tmp_path, "round_new.jsonl", GOOD)
    run = subprocess.run([sys.executable, "-I", "gold_format.py", str(path), "--used",
                          "used_genres.txt"], cwd=kit, capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert run.stdout.splitlines()[0].endswith("genre: " + repr(GOOD["genre"])
                                               + " was used in an earlier round")
