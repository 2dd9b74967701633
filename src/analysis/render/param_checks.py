"""The domain checks of the parameters our briefing notebooks share: each value after its type
is checked (`render.params`), normalised or with the problem found.

    check_value(name, value, base) -> Checked(value, problem)

A region typed in any form («Кузбасс») becomes its official name («Кемеровская область»), a
currency its upper-case code, a rates file its resolved path; a language, a year, a corpus and
an earlier build's folder are checked as given. A name with no check passes as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from analysis.config import find_corpus
from analysis.vocab import CURRENCIES, LANGS

YEARS = (1900, 2100)  # the range a year parameter may take (0: no bound)
# a region's name one slip away: «Омскя», «Кузбас», «Татарстн» pass; «Минск» is no «Омск»
# (0.67: the general cutoff would offer «Омская область» for it)
_REGION_SIMILAR = 0.8


class CorpusBase(NamedTuple):
    """Where a corpus name is looked up (and how the message names that folder)."""

    search: Path
    shown: Path


class Checked(NamedTuple):
    """One value after its domain check: normalised, or with the problem found. A folder
    that is not there is a slip in a path, not in a parameter: its message names the folder
    meant, without the list of the notebook's parameters (`listed` False; newuser42 F12)."""

    value: Any
    problem: str = ""
    listed: bool = True


def _check_lang(name: str, value: Any, base: CorpusBase) -> Checked:
    if value not in LANGS:
        return Checked(value, problem=f"lang={value!r}: expected one of {', '.join(LANGS)}")
    return Checked(value)


def _check_currency(name: str, value: Any, base: CorpusBase) -> Checked:
    if not isinstance(value, str):
        return Checked(value)
    code = value.strip().upper()
    if code not in CURRENCIES:
        return Checked(code, problem=f"currency={value!r}: unknown currency; expected one "
                                     f"of {', '.join(CURRENCIES)}")
    return Checked(code)


def _check_region(name: str, value: Any, base: CorpusBase) -> Checked:
    if not isinstance(value, str) or not value.strip():
        return Checked(value)
    from analysis.entities import normalize_region

    official = normalize_region(value.strip())
    if official is None:
        from analysis.entities.oblasts import oblast_named

        # «Гродненская»: a Belarusian oblast, which the reader may not know is refused as such
        oblast = oblast_named(value.strip()) or oblast_named(f"{value.strip()} область")
        if oblast is not None:
            return Checked(value, problem=f"region={value!r}: {oblast.nom} is a Belarusian oblast, "
                                          "not a Russian region; the region filter takes Russia's "
                                          "regions (a briefing of the whole corpus lists the oblasts' "
                                          "figures)")
        if (near := _nearest_region(value.strip())) is not None:
            return Checked(value, problem=f"region={value!r}: not a Russian region; did you mean "
                                          f"«{near}»?")
        return Checked(value, problem=f"region={value!r}: not a Russian region (try the "
                                      "official name, e.g. «Кемеровская область», or a common "
                                      "form such as «Кузбасс»)")
    return Checked(official)


def _nearest_region(typed: str) -> str | None:
    """The official name of the Russian region whose name, short name («Омская»), other
    names («Кузбасс») or capital is one slip away from `typed` («Омскя»), else None."""
    from analysis.entities.gazetteer import region_rows, split_cell
    from analysis.nearest import closest

    forms: dict[str, str] = {}
    for row in region_rows():
        if row["type"] != "region" or row["country"] != "RU":
            continue
        official = row["normal"]
        for form in (official, official.split()[0], *split_cell(row["names"]),
                     *split_cell(row["capitals"])):
            forms.setdefault(form.lstrip("~").lower(), official)
    near = closest(typed.lower(), forms, cutoff=_REGION_SIMILAR)
    return forms[near] if near is not None else None


def _check_year(name: str, value: Any, base: CorpusBase) -> Checked:
    if isinstance(value, int) and value and not YEARS[0] <= value <= YEARS[1]:
        return Checked(value, problem=f"{name}={value}: expected a year "
                                      f"({YEARS[0]}–{YEARS[1]}) or 0 for no bound")
    return Checked(value)


def _check_corpus(name: str, value: Any, base: CorpusBase) -> Checked:
    # The kernel runs in the notebook's folder and finds the corpus from there upwards.
    if isinstance(value, str) and find_corpus(value, base.search) is None:
        hint = _near_folder(value, base)
        hint = f"; did you mean {hint}?" if hint else ""
        if Path(value).expanduser().is_absolute():
            return Checked(value, problem=f"corpus={value!r}: no such folder{hint}", listed=False)
        return Checked(value, problem=f"corpus={value!r}: no such folder here or above "
                                      f"{base.shown}{hint}", listed=False)
    return Checked(value)


_FOLDERS_LOOKED_AT = 5_000  # a folder beside a typo is in a listing this long, not a disk's


def _near_folder(value: str, base: CorpusBase) -> str | None:
    """The folder one slip away from the missing `value` («/work/newuser42_corpsu» →
    «/work/newuser42_corpus»): a sibling of its last part, in its parent (for a relative
    path, the working folder's or the notebook's), written as the user wrote the rest."""
    from itertools import islice

    from analysis.nearest import closest

    typed = Path(value.strip().rstrip("/\\")).expanduser()
    if not typed.name:
        return None
    parents = [typed.parent] if typed.is_absolute() else [Path.cwd() / typed.parent,
                                                          base.search / typed.parent]
    for parent in parents:
        try:
            names = [p.name for p in islice(parent.iterdir(), _FOLDERS_LOOKED_AT)
                     if not p.name.startswith(".") and p.is_dir()]
        except OSError:
            continue
        if (near := closest(typed.name, names)) is not None:
            return str(Path(value.strip()).parent / near)
    return None


def _check_rates(name: str, value: Any, base: CorpusBase) -> Checked:
    # a relative path is the user's, from the folder the check runs in
    if not isinstance(value, str) or not value.strip():
        return Checked(value)
    from analysis.money import rates_file_problems

    path = Path(value.strip()).expanduser()
    if not path.is_absolute():
        # the user's own folder first, then the notebook's (as for a corpus)
        path = next((p for p in (Path.cwd() / path, base.search / path) if p.is_file()),
                    Path.cwd() / path)
    problems = rates_file_problems(path)
    if problems:
        return Checked(value, problem=f"rates={value!r}: {problems[0]}")
    return Checked(str(path.resolve()))


def _check_since(name: str, value: Any, base: CorpusBase) -> Checked:
    # the build passes the folder where it kept the briefing's previous tables
    if isinstance(value, str) and value.strip() and not Path(value).is_dir():
        return Checked(value, problem=f"since={value!r}: no such folder (the tables of an "
                                      "earlier build, e.g. reports/tables/previous/briefing)",
                       listed=False)
    return Checked(value)


CHECKS: dict[str, Callable[[str, Any, CorpusBase], Checked]] = {
    "lang": _check_lang, "currency": _check_currency, "region": _check_region,
    "year_from": _check_year, "year_to": _check_year, "corpus": _check_corpus,
    "rates": _check_rates, "since": _check_since,
}


def check_value(name: str, value: Any, base: CorpusBase) -> Checked:
    check = CHECKS.get(name)
    return check(name, value, base) if check else Checked(value)
