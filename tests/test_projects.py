"""The project register: the seeds' reference register, our own gold cases, traps, merging."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import make_article, register_keys, register_of

from analysis.entities import find_entities
from analysis.ingest.loader import Article, load_corpus
from analysis.money import describe
from analysis.projects import PROJECT_COLUMNS, build_register

GOLD = Path(__file__).parent / "gold"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# Publication dates of the seeds, for a loader that does not infer them.
SEED_DATES = {
    "000_c7ff2b375120a76f": date(2023, 7, 16),
    "001_7bb269fab435b68d": date(2025, 6, 20),
    "002_a95601593f415e8e": date(2025, 10, 21),
    "003_f4a313c22a1a511b": date(2022, 7, 4),
    "004_a200dc630372fd2b": date(2022, 7, 1),
}


# --------------------------------------------------------------------------- helpers


def load_jsonl(name: str) -> list[dict]:
    lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def case_article(case: dict) -> Article:
    return make_article(case["id"], case["text"], date.fromisoformat(case["published"]))


def key(region, enterprises) -> tuple[str | None, frozenset[str]]:
    if isinstance(enterprises, str):
        enterprises = [e for e in enterprises.split(";") if e]
    region = None if region != region else region  # NaN → None
    return region, frozenset(enterprises)


def score(gold: list[dict], rows: list[dict]) -> dict[str, float]:
    """A project is found when its region and its enterprises are both right."""
    got = [key(r["region"], r["enterprises"]) for r in rows]
    free = list(range(len(rows)))
    found = kind_ok = status_ok = 0
    for g in gold:
        want = key(g["region"], g["enterprises"])
        match = next((i for i in free if got[i] == want and rows[i]["kind"] == g["kind"]),
                     next((i for i in free if got[i] == want), None))
        if match is None:
            continue
        free.remove(match)
        found += 1
        kind_ok += rows[match]["kind"] == g["kind"]
        status_ok += rows[match]["status"] == g["status"]
    return {"gold": len(gold), "predicted": len(rows), "found": found,
            "precision": found / len(rows) if rows else 1.0,
            "recall": found / len(gold) if gold else 1.0,
            "kind_ok": kind_ok, "status_ok": status_ok}


@pytest.fixture(scope="module")
def seed_articles() -> list[Article]:
    arts = load_corpus(SEEDS).articles
    return [a if a.published else replace(a, published=SEED_DATES[a.article_id]) for a in arts]


@pytest.fixture(scope="module")
def seed_register(seed_articles):
    return build_register(seed_articles)


@pytest.fixture(scope="module")
def cases() -> list[dict]:
    return load_jsonl("projects_kinds_statuses_traps.jsonl")


# --------------------------------------------------------------------------- seeds


def test_columns(seed_register):
    assert list(seed_register.columns) == PROJECT_COLUMNS
    assert seed_register["project_id"].is_unique


def test_seed_register_matches_reference(seed_register):
    reference = load_jsonl("projects_seeds_reference.jsonl")
    rows = seed_register.to_dict("records")
    s = score(reference, rows)
    assert s["found"] == len(reference), s
    assert s["kind_ok"] == s["status_ok"] == len(reference), s
    assert len(rows) == len(reference), "no extra projects on the seeds"
    for ref in reference:  # each reference project comes from its article
        row = next(r for r in rows if key(r["region"], r["enterprises"])
                   == key(ref["region"], ref["enterprises"]) and r["kind"] == ref["kind"])
        assert ref["id"] in row["article_ids"].split(";")


@pytest.mark.slow  # natasha NER
def test_seed_register_with_ner_organisations_matches_reference(seed_articles):
    """The dataset path: the NER's organisations (ministries, media, «Беларусь 1», ЕАЭС…)
    reach the register and add no partner and no row on the seeds."""
    found = {a.article_id: find_entities(a, ner=True) for a in seed_articles}
    assert any(e.type == "organization" for ents in found.values() for e in ents)
    rows = build_register(seed_articles, entities=found).to_dict("records")
    reference = load_jsonl("projects_seeds_reference.jsonl")
    s = score(reference, rows)
    assert s["found"] == len(reference) == len(rows), s
    assert s["kind_ok"] == s["status_ok"] == len(reference), s


def test_aliases_merge_into_one_project(seed_register):
    rows = seed_register.to_dict("records")
    assembly = next(r for r in rows if r["enterprises"] == "БелАЗ" and r["kind"] == "assembly")
    texts = " ".join(e["text"] for e in json.loads(assembly["evidence"]))
    assert "БЕЛАЗы" in texts and "«БЕЛАЗ»" in texts and "сборке здесь" in texts
    maz = next(r for r in rows if r["enterprises"] == "МАЗ" and r["kind"] == "service_center")
    texts = " ".join(e["text"] for e in json.loads(maz["evidence"]))
    assert "Минского автомобильного завода" in texts and "ОАО «МАЗ»" in texts


def test_kuzbass_centre_investment_and_timeline(seed_register):
    rows = seed_register.to_dict("records")
    centre = next(r for r in rows if r["enterprises"] == "БелАЗ" and r["kind"] == "service_center")
    assert centre["region"] == "Кемеровская область"
    assert centre["investment_value"] == pytest.approx(1.2e9)
    assert centre["investment_currency"] == "RUB"
    assert centre["timeline"] == "2025-H2"
    assert centre["status"] == "planned"


def test_smolensk_aggregate_investment_is_not_tied_to_a_project(seed_register):
    # «более 100 инвестиционных проектов … свыше 100 миллиардов рублей» is the whole region.
    smolensk = seed_register[seed_register["region"] == "Смоленская область"]
    assert len(smolensk) == 4
    assert smolensk["investment_value"].isna().all()


def test_union_state_programme_has_no_region(seed_register):
    row = seed_register[seed_register["product"].str.contains("Интелавто")]
    assert len(row) == 1
    assert row["region"].isna().all() and row["kind"].iloc[0] == "joint_development"


def test_evidence_cites_original_offsets(seed_articles, seed_register):
    by_id = {a.article_id: a for a in seed_articles}
    for cell in seed_register["evidence"]:
        for ev in json.loads(cell):
            a = by_id[ev["article_id"]]
            assert a.original[ev["start"]:ev["end"]] == ev["text"]
            raw = (SEEDS / ev["file"]).read_bytes().decode("utf-8-sig")
            assert raw[ev["start"]:ev["end"]] == ev["text"]


def test_dates(seed_register):
    for _, r in seed_register.iterrows():
        assert r["first_seen"] <= r["last_seen"]


def test_money_facts_given_are_used(seed_articles):
    facts = {a.article_id: describe(a) for a in seed_articles}
    reg = build_register(seed_articles, facts=facts)
    tied = reg.dropna(subset=["investment_value"])
    assert len(tied) == 1 and tied["investment_value"].iloc[0] == pytest.approx(1.2e9)


# --------------------------------------------------------------------------- own gold cases


def test_gold_cases_precision_recall(cases):
    """Per-article detection on our own cases (region + enterprises right)."""
    gold, rows = [], []
    for c in cases:
        gold += c["projects"]
        rows += build_register([case_article(c)]).to_dict("records")
    s = score(gold, rows)
    print(f"\ngold cases: {s}")
    assert s["recall"] >= 0.9, s
    assert s["precision"] >= 0.9, s
    assert s["kind_ok"] >= 0.95 * s["found"] and s["status_ok"] >= 0.9 * s["found"], s


def test_gold_cases_cover_every_kind_and_status(cases):
    kinds = {p["kind"] for c in cases for p in c["projects"]}
    statuses = {p["status"] for c in cases for p in c["projects"]}
    assert kinds == {"assembly", "component_production", "service_center",
                     "joint_development", "joint_venture", "other"}
    assert statuses == {"agreed", "planned", "in_progress", "operating"}
    assert len(cases) >= 30


@pytest.mark.parametrize("case_id", [
    "g12", "g13", "g23", "g24", "g25", "g30", "g32", "b05", "b08", "c05", "c06", "c10", "c14",
    "d07", "e04", "e06", "e09", "e10", "f04", "f06",
])
def test_traps_without_projects(cases, case_id):
    """Trade, deliveries, cultural ties, country-level intentions and denials are not projects."""
    case = next(c for c in cases if c["id"] == case_id)
    assert build_register([case_article(case)]).empty


@pytest.mark.parametrize("case_id", ["g11", "g16", "b10", "c12", "d05", "e12"])
def test_project_in_belarus_has_no_russian_region(cases, case_id):
    case = next(c for c in cases if c["id"] == case_id)
    reg = build_register([case_article(case)])
    assert len(reg) == 1 and reg["region"].isna().all()


def test_timeline_and_investment_where_given(cases):
    for c in cases:
        rows = build_register([case_article(c)]).to_dict("records")
        for g in c["projects"]:
            row = next((r for r in rows if key(r["region"], r["enterprises"])
                        == key(g["region"], g["enterprises"]) and r["kind"] == g["kind"]), None)
            if row is None:
                continue
            if "timeline" in g:
                assert row["timeline"] == g["timeline"], c["id"]
            if "investment_value" in g:
                assert row["investment_value"] == pytest.approx(g["investment_value"]), c["id"]
                assert row["investment_currency"] == g["investment_currency"], c["id"]


def test_merging_across_articles(cases):
    reg = build_register([case_article(c) for c in cases])
    rows = reg.to_dict("records")

    def row_of(case_id: str, kind: str) -> dict:
        return next(r for r in rows if case_id in r["article_ids"].split(";") and r["kind"] == kind)

    for a, b, kind, status in [("g01", "g02", "assembly", "operating"),
                               ("g04", "g05", "joint_venture", "in_progress"),
                               ("g09", "g10", "service_center", "operating"),
                               ("g26", "g27", "component_production", "operating")]:
        row = row_of(a, kind)
        assert row["article_ids"].split(";")[:2] == [a, b]  # in publication order
        assert row["status"] == status  # the furthest along
        assert row["first_seen"] < row["last_seen"]
    # same firm, same region, different kinds stay apart
    assert row_of("g20", "other")["project_id"] != row_of("g20", "assembly")["project_id"]
    # KAMAZ with Belshina (tyres) is not KAMAZ with Minsk Motor Plant (engines)
    assert row_of("g06", "component_production")["enterprises"] == "Белшина;КАМАЗ"


# --------------------------------------------------------------------------- blind sets
#
# projects_short_news_round1.jsonl: 47 articles written blind (before the register's rules were read) in the
# style of BelTA, TASS, regional portals and the regional press: 34 regions, every kind and
# status, and traps (trade, deliveries, exhibitions, a closed project, Belarusian oblast
# partners, a minister's general words). projects_short_news_round2.jsonl: 26 more, written after the
# first round of fixes, projects_short_news_round3.jsonl: 19 more after the second,
# projects_short_news_round4.jsonl: 14 more after the third; each was scored once before being looked at.
# Measured with the register as it was before these sets (commit 44a6649):
#   blind   recall 0.74, precision 0.60, kind 27/29, status 23/29
#   holdout recall 0.68, precision 0.71; first look after round 1: 0.82 / 0.82
#   fresh   recall 0.76, precision 0.65; first look after round 2: 0.76 / 0.72
#   last    recall 0.50, precision 0.46; first look after round 3: 0.67 / 0.67
# The first looks are the honest estimate on unseen news: pooled 39/51 = 0.76 recall and
# 39/52 = 0.75 precision (small samples; most misses are Russian partner firms the
# gazetteer does not know, which the exact enterprise match counts as a miss).
# projects_partners_makers_traps.jsonl: 25 more (24 projects, 20 Russian regions + Belarus, 4 articles
# without a project), written after the fourth round, before the register was run on them,
# aimed at the diagnosed misses: partners the gazetteer cannot know (universities and
# institutes with an abbreviation in brackets, small firms without a legal form), two makers
# in one phrase, unnamed joint ventures, after-sales service in delivery news, and banks,
# ministries, media and the Union State as non-partners.
#   round5  first look (before round 5): recall 0.50 (12/24), precision 0.44 (12/27),
#           kind 9/12, status 8/12 — the same with and without the NER's organisations
#           (the register then ignored them).
#   After round 5 (all sets pooled, with or without the NER's organisations): recall 195/196,
#   precision 195/196; round5 24/24, 24/24, kind 23/24, status 20/24. Three round5 statuses
#   were corrected after the first look to the sets' convention of then (signed with a dated
#   start is planned: h07, f2_05, f2_13); session 15 settled issue 11 the other way (a signed
#   agreement is agreed) and corrected 35 rows of these sets, listed in tests/gold/README.md;
#   recall and precision do not depend on them.
# All sets have since been used to find general fixes, so they now guard against
# regressions rather than estimate quality.

BLIND_SETS = {"projects_short_news_round1.jsonl": (40, 30), "projects_short_news_round2.jsonl": (25, 15),
              "projects_short_news_round3.jsonl": (18, 12), "projects_short_news_round4.jsonl": (14, 10),
              "projects_partners_makers_traps.jsonl": (25, 20)}  # cases, regions
# round5 aims at partners, makers and traps; it has no project of kind "other"
KINDS_NOT_COVERED = {"projects_partners_makers_traps.jsonl": {"other"}}


def blind_score(name: str) -> dict[str, float]:
    gold, rows = [], []
    for c in load_jsonl(name):
        gold += c["projects"]
        rows += build_register([case_article(c)]).to_dict("records")
    return score(gold, rows)


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_blind_set_precision_recall(name):
    """≥ 80% of the annotated projects found with the right region and enterprises; rows that
    are no annotated project (phantoms in a briefing) stay under 15%."""
    s = blind_score(name)
    print(f"\n{name}: recall {s['recall']:.2f}, precision {s['precision']:.2f}, "
          f"kind {s['kind_ok']}/{s['found']}, status {s['status_ok']}/{s['found']} "
          f"(gold {s['gold']}, predicted {s['predicted']})")
    assert s["recall"] >= 0.80, s
    assert s["precision"] >= 0.85, s
    assert s["kind_ok"] >= 0.85 * s["found"] and s["status_ok"] >= 0.8 * s["found"], s


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_blind_set_coverage(name):
    cases = load_jsonl(name)
    projects = [p for c in cases for p in c["projects"]]
    min_cases, min_regions = BLIND_SETS[name]
    assert len(cases) >= min_cases
    assert {p["kind"] for p in projects} == set(
        ("assembly", "component_production", "service_center", "joint_development",
         "joint_venture", "other")) - KINDS_NOT_COVERED.get(name, set())
    assert {p["status"] for p in projects} >= {"agreed", "planned", "in_progress", "operating"}
    assert len({p["region"] for p in projects}) >= min_regions
    assert sum(not c["projects"] for c in cases) >= 4  # traps


@pytest.mark.slow  # natasha NER
@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_blind_set_with_ner_organisations(name):
    """The dataset path hands the register the entities with the NER's organisations:
    they may add partners but must not lower the scores."""
    gold, rows = [], []
    for c in load_jsonl(name):
        a = case_article(c)
        gold += c["projects"]
        found = {a.article_id: find_entities(a, ner=True)}
        rows += build_register([a], entities=found).to_dict("records")
    s = score(gold, rows)
    assert s["recall"] >= 0.80 and s["precision"] >= 0.85, s


def test_blind_sets_together():
    cases = [c for name in BLIND_SETS for c in load_jsonl(name)]
    projects = [p for c in cases for p in c["projects"]]
    assert len(cases) >= 100
    assert len({p["region"] for p in projects if p["region"]}) >= 50
    assert sum(p["region"] is None for p in projects) >= 5  # in Belarus / Union-wide


def test_headline_project_takes_the_firm_of_the_lead():
    rows = register_of("В Тосно открылся дилерский центр белорусской техники\n"
                        "В Тосно Ленинградской области начал работу дилерско-сервисный центр "
                        "холдинга «Амкодор».")
    assert register_keys(rows) == {("Ленинградская область", "Амкодор", "service_center")}
    assert rows[0]["status"] == "operating"


def test_a_passing_mention_without_a_stage_is_no_project():
    rows = register_of("В Нерюнгри открылся сервисный центр БЕЛАЗа. Раньше узлы приходилось "
                        "отправлять на ремонт в Кузбасс.")
    assert register_keys(rows) == {("Республика Саха (Якутия)", "БелАЗ", "service_center")}


def test_seed_register_products_are_readable_nominative_labels() -> None:
    seeds = load_corpus(SEEDS)
    products = set(build_register(seeds.articles)["product"])
    for label in ("техника БелАЗ", "автокомпоненты", "низкопольные перронные автобусы",
                  "современные газовые двигатели", "комплектующие для карьерных самосвалов",
                  "мотоциклы"):
        assert label in products
    assert not any(p.startswith(("собирать", "сборке", "совместно")) for p in products)
