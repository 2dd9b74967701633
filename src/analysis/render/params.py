"""A notebook's parameters: its `parameters` cell, coercion of command-line strings, and the
checks our briefing notebooks share (as papermill's `parameterize`/`inspection`).

    notebook_parameters(notebook) -> {name: Declared}
    check_params(notebook, params) -> CheckedParams(given, normal)   # raises ParameterError
    validate_params(notebook, params) -> dict                        # `check_params(...).given`
    check_notebook_params(corpus=…, region=…, …) -> NotebookParams    # the notebooks' own cell

Checking normalises: the region, typed in any form («Кузбасс»), becomes the official name
(«Кемеровская область») once, here; the currency becomes its upper-case code. Output files
are named after the values as given (`given`); the notebook runs with `normal`.
Each value's domain check (region, currency, corpus, …) is `render.param_checks`.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from analysis.nearest import closest
from analysis.render.exceptions import ParameterError
from analysis.render.injected import injected_names
from analysis.render.param_checks import CorpusBase, check_value
from analysis.render.startup import skip_rfc3987_grammar

_TRUE = {"true", "1", "yes", "y", "on"}
_FALSE = {"false", "0", "no", "n", "off"}
_NULL = ("None", "none", "null")
YEAR_PARAMS = ("year_from", "year_to")


@dataclass(frozen=True)
class Declared:
    """One parameter of a notebook's `parameters` cell, as papermill infers it."""

    name: str
    type: str  # the annotation as written ("str", "int", "int | None"), "" when absent
    default: Any
    help: str = ""
    default_repr: str = field(default="", compare=False)

    def describe(self) -> str:
        text = f"{self.name}: {self.type or 'any'} = {self.default_repr or repr(self.default)}"
        return f"{text}  # {self.help}" if self.help else text


@dataclass(frozen=True)
class CheckedParams:
    """Parameters that passed the checks."""

    given: dict[str, Any]  # coerced to the declared types: what names the output files
    normal: dict[str, Any]  # what the notebook runs with (official region name)


@dataclass(frozen=True)
class NotebookParams:
    """The briefing notebooks' parameters, checked and normalised (region: official name)."""

    corpus: str = "seeds"
    region: str = ""
    year_from: int = 0
    year_to: int = 0
    currency: str = "USD"
    lang: str = "ru"
    title: str = ""
    rates: str = ""  # a rates CSV of the user's own ("" for the package table and the ECB)
    since: str = ""  # tables of an earlier build to list what is new against ("" for none)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------------------------------
# The parameters cell

def notebook_parameters(notebook: str | Path) -> dict[str, Declared]:
    """The parameters a notebook declares, in the order of its `parameters` cell.

    Raises ParameterError when the notebook cannot be read; a notebook without a
    `parameters` cell simply declares nothing (empty dict). Cached per file version, since
    papermill's inspection re-reads the notebook each time."""
    path = Path(notebook)
    try:
        st = path.stat()
    except OSError as exc:
        raise ParameterError(path, [f"notebook not found ({exc.strerror})"]) from None
    return _declared(str(notebook), str(path.resolve()), st.st_mtime_ns, st.st_size)


@functools.cache
def _declared(given: str, resolved: str, mtime_ns: int, size: int) -> dict[str, Declared]:
    """What the notebook at `resolved` declares: a function of the file's version (path,
    modification time, size), so kept for the process; `given` is the path as the caller
    wrote it (its messages and papermill read it). A ParameterError is not kept."""
    path = Path(given)
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ParameterError(path, [f"cannot read notebook: {exc}"]) from None
    cells = nb.get("cells", [])
    declared: dict[str, Declared] = {}
    if any("parameters" in c.get("metadata", {}).get("tags", []) for c in cells):
        skip_rfc3987_grammar()
        from papermill.inspection import inspect_notebook  # lazy: ~0.4 s of imports

        for name, p in inspect_notebook(str(path)).items():
            type_name = "" if p["inferred_type_name"] == "None" else p["inferred_type_name"]
            declared[name] = Declared(name=name, type=type_name, default=_literal(p["default"]),
                                      help=p["help"], default_repr=p["default"])
    return declared


def _literal(text: str) -> Any:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


# ---------------------------------------------------------------------------------------
# Coercion to the declared type


def _as_int(value: Any) -> Any:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _as_float(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return float(value.replace(",", "."))
    return None


def _as_bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    return None


# Each declared type: a converter that returns the value, or None when it does not fit.
_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "str": lambda v: v if isinstance(v, str) else None,
    "int": _as_int,
    "float": _as_float,
    "bool": _as_bool,
}


def coerce(value: Any, type_name: str) -> Any:
    """Coerce `value` to the declared type; command-line values arrive as strings.

    Raises ValueError/TypeError with a short reason."""
    alternatives = [t.strip() for t in re.split(r"\||,", re.sub(r"^Optional\[(.*)\]$",
                                                                  r"\1 | None", type_name))]
    alternatives = [t for t in alternatives if t]
    if not alternatives:
        return value  # no annotation: papermill passes it through as is
    if value is None or (isinstance(value, str) and value.strip() in _NULL):
        if "None" in alternatives:
            return None
        if value is None:
            raise TypeError(f"expected {type_name}, got None")
    for t in alternatives:
        converter = _CONVERTERS.get(t)
        converted = converter(value) if converter else None
        if converted is not None:
            return converted
    raise TypeError(f"expected {type_name}, got {type(value).__name__} {value!r}")


def _did_you_mean(name: str, declared: Iterable[str]) -> str:
    """« (did you mean 'region'?)» for a parameter name one slip away from a declared one
    («regon», «regoin», «curency»), else nothing."""
    close = closest(name, declared)
    return f" (did you mean {close!r}?)" if close else ""


def _type_hint(name: str, value: Any, *, papermill: bool = False) -> str:
    """What to give instead of a value of the wrong type: a year's digits, or, for a text
    parameter that plain papermill read as a number (`papermill`: the notebook's own
    check), the raw `-r` form that keeps it text."""
    if name in YEAR_PARAMS:
        return f"; give the year in digits (-p {name} 2020) or 0 for no bound"
    if papermill and not isinstance(value, str):
        return f"; to pass it as text, write -r {name} {value!r} (papermill reads -p values as numbers)"
    return ""


def _year_pair_problem(year_from: Any, year_to: Any) -> list[str]:
    # the pair only makes sense together
    if isinstance(year_from, int) and isinstance(year_to, int) and year_from and year_to \
            and year_from > year_to:
        return [f"year_from={year_from} is after year_to={year_to}: swap them "
                f"(year_from={year_to}, year_to={year_from})"]
    return []


def check_params(notebook: str | Path, params: Mapping[str, Any] | None) -> CheckedParams:
    """Check `params` against the notebook's parameters cell; return them coerced (`given`)
    and normalised (`normal`).

    Unknown names, values that do not fit the declared type, an unknown region, currency or
    language, a corpus that cannot be found: all are reported together in one ParameterError
    whose message lists the valid parameters (not when the only slips are folder paths: a
    corpus not found names the near folder instead). Nothing is executed or written.
    """
    notebook = Path(notebook)
    declared = notebook_parameters(notebook)
    base = CorpusBase(search=notebook.resolve().parent, shown=notebook.parent)
    problems: list[str] = []
    listed = False  # does a problem ask for the list of the valid parameters?
    given: dict[str, Any] = {}
    normal: dict[str, Any] = {}
    for name, value in dict(params or {}).items():
        d = declared.get(name)
        if d is None:
            problems.append(f"unknown parameter {name!r}{_did_you_mean(name, declared)}")
            listed = True
            continue
        try:
            value = coerce(value, d.type)
        except (TypeError, ValueError) as exc:
            problems.append(f"{name}={value!r}: {exc}{_type_hint(name, value)}")
            listed = True
            continue
        checked = check_value(name, value, base)
        if checked.problem:
            problems.append(checked.problem)
            listed = listed or checked.listed
        # a region is named as the user wrote it; every other value as normalised
        given[name] = value if name == "region" else checked.value
        normal[name] = checked.value
    defaults = {n: declared[n].default if n in declared else 0 for n in ("year_from", "year_to")}
    pair = _year_pair_problem(given.get("year_from", defaults["year_from"]),
                              given.get("year_to", defaults["year_to"]))
    problems += pair
    if problems:
        # (a folder path that is not there: its own message says what was meant, and the
        # list of every parameter says nothing about a path; newuser42 F12)
        raise ParameterError(notebook, problems, declared if listed or pair else None)
    return CheckedParams(given=given, normal=normal)


def validate_params(notebook: str | Path, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Check `params` against the notebook's parameters cell; return them coerced, as given
    (raises ParameterError; see `check_params`)."""
    return check_params(notebook, params).given


def check_notebook_params(*, corpus: str = "seeds", region: str = "", year_from: int = 0,
                          year_to: int = 0, currency: str = "USD", lang: str = "ru",
                          title: str = "", rates: str = "", since: str = "") -> NotebookParams:
    """The validation cell of a briefing notebook: check its parameters as the renderer
    does and return them normalised (the region as its official name, «Кузбасс» →
    «Кемеровская область»). Corpus names and a rates file resolve from the working folder
    (the notebook's, in JupyterLab and in a render). Raises ParameterError listing every
    problem: plain papermill and Lab's "Run all" stop here as `briefing render` does, a name
    papermill injected that is no parameter too (`render.injected`)."""
    values = {"corpus": corpus, "region": region, "year_from": year_from, "year_to": year_to,
              "currency": currency, "lang": lang, "title": title, "rates": rates,
              "since": since}
    here = Path.cwd()
    base = CorpusBase(search=here, shown=here)
    problems: list[str] = []
    normal: dict[str, Any] = {}
    declared_types = {f.name: str(f.type) for f in fields(NotebookParams)}
    for name, value in values.items():
        # plain papermill passes `-p year_from двадцать` as text and `-p corpus 2024` as a
        # number: the type is checked here as `briefing render` checks it, before any use
        try:
            value = coerce(value, declared_types[name])
        except (TypeError, ValueError) as exc:
            problems.append(f"{name}={value!r}: {exc}{_type_hint(name, value, papermill=True)}")
            continue
        checked = check_value(name, value, base)
        if checked.problem:
            problems.append(checked.problem)
        normal[name] = checked.value
    problems += _year_pair_problem(year_from, year_to)
    # plain papermill injects a misspelled name as a variable nothing reads (`injected`)
    problems += [f"unknown parameter {name!r}{_did_you_mean(name, values)}"
                 for name in injected_names() if name not in values]
    if problems:
        raise ParameterError("the parameters cell", problems)
    return NotebookParams(**normal)


def parse_cli_params(pairs: Iterable[Sequence[str]]) -> dict[str, str]:
    """`-p NAME VALUE` pairs → dict (later pairs win, as in papermill)."""
    return {name: value for name, value in pairs}
