"""Output names: `<notebook>[--<param>-<value>...]`, ASCII and safe anywhere.

    slugify(value) -> str
    output_stem(notebook, params) -> str
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from analysis.lang import translit
from analysis.render.exceptions import ParameterError
from analysis.render.params import coerce, notebook_parameters

# Parameters that say where to read from, not what the briefing is: they never name outputs
# (the build passes `since`, the folder of a briefing's previous tables).
UNNAMED = frozenset({"since"})
SLUG_MAX = 40  # longer slugs are cut and get a hash
# a whole name longer than this is cut and gets a hash of the whole: with its extension and
# the build's table suffixes («--figures.xlsx») it stays far below a file system's 255 bytes
STEM_MAX = 160
_DIGEST_CHARS = 6
_CORPUS_PARTS = 2  # a corpus folder given as a path is named by its last two folders


def slugify(value: Any) -> str:
    """ASCII, lower-case, `[a-z0-9_-]` only; Cyrillic transliterated so that names survive
    e-mail, zip files and CI artifact stores. An underscore is kept, as safe there as a
    hyphen, so a folder's own name stays readable («newuser30_corpus», not «newuser30-corpus»:
    session 30's new user). Long or empty slugs get a short hash so two different values
    never share a name."""
    text = str(value).strip().lower()
    text = translit(text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9_]+", "-", text).strip("-_")
    digest = hashlib.sha1(str(value).encode("utf-8")).hexdigest()[:_DIGEST_CHARS]
    if not slug:
        return digest
    if len(slug) > SLUG_MAX:
        return slug[:SLUG_MAX].rstrip("-_") + "-" + digest
    return slug


def output_stem(notebook: str | Path, params: Mapping[str, Any] | None) -> str:
    """`<notebook>[--<param>-<value>...]`: non-default parameters in the order the notebook
    declares them (unknown names last, sorted), values slugified (a region by its official
    name, a rates file by its name)."""
    params = {k: v for k, v in dict(params or {}).items() if k not in UNNAMED}
    try:
        declared = notebook_parameters(notebook)
    except ParameterError:
        declared = {}
    order = [n for n in declared if n in params] + sorted(n for n in params if n not in declared)
    parts = [Path(notebook).stem]
    for n in order:
        d = declared.get(n)
        value = params[n]
        if d is not None:
            with contextlib.suppress(TypeError, ValueError):
                value = coerce(value, d.type)
            if n == "currency" and isinstance(value, str):
                value = value.upper()
            if value == d.default:
                continue
        parts.append(f"{n}-{slugify(_named_value(n, value))}")
    return _bounded("--".join(parts))


def _bounded(stem: str) -> str:
    """The stem, or when longer than STEM_MAX its start and a hash of the whole (two long
    names that share their start still differ)."""
    if len(stem) <= STEM_MAX:
        return stem
    digest = hashlib.sha1(stem.encode("utf-8")).hexdigest()[:_DIGEST_CHARS]
    return stem[:STEM_MAX - _DIGEST_CHARS - 1].rstrip("-") + "-" + digest


def _named_value(name: str, value: Any) -> Any:
    """What names a parameter's value in a file name: a region by its official name (one
    briefing, one name, however the region was typed: «Кузбасс» and «Кемеровская область —
    Кузбасс» both name `kemerovskaya-oblast`), a rates file by its own name, not its path."""
    if name == "region" and isinstance(value, str) and value.strip():
        from analysis.entities import normalize_region  # the gazetteer: only when named

        return normalize_region(value.strip()) or value
    if name == "rates" and isinstance(value, str) and value.strip():
        return Path(value.strip()).stem or value
    if name == "corpus" and isinstance(value, str) and value.strip():
        return _corpus_name(value.strip())
    return value


def _corpus_name(value: str) -> str:
    """A corpus folder given by a path of more than two parts
    («/work/analyst/corpora/may/corpus») by its last two folders and a hash of the whole
    path («may-corpus-1a2b3c»): short, and two folders of one name elsewhere still differ;
    a plain name («seeds», «my_corpus») stays itself, its underscores too."""
    parts = [p for p in Path(value).parts if p not in ("/", "\\", ".", "")]
    if len(parts) <= _CORPUS_PARTS and not Path(value).is_absolute():
        return value
    digest = hashlib.sha1(value.encode("utf-8")).hexdigest()[:_DIGEST_CHARS]
    return "-".join([*parts[-_CORPUS_PARTS:], digest])
