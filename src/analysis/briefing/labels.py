"""ru/en labels and region names for everything a briefing prints.

The label table is data (`data/labels.json`): `t(key, lang)` looks a label up, falling back
to Russian and then to the key; `region_name(region, lang)` gives a region's name in `lang`
(the JSON's `region_en` table, else a transliteration).
"""

from __future__ import annotations

import json
import math
from importlib import resources
from typing import Any

from analysis.lang.translit import translit
from analysis.vocab import LANGS

_DATA = json.loads(resources.files("analysis").joinpath("data", "labels.json")
                   .read_text(encoding="utf-8"))

LABELS: dict[str, dict[str, str]] = _DATA["labels"]


def t(key: str, lang: str, **kwargs: Any) -> str:
    """The label `key` in `lang` (falls back to Russian, then to the key itself)."""
    entry = LABELS.get(key)
    text = key if entry is None else entry.get(lang) or entry.get("ru", key)
    return text.format(**kwargs) if kwargs else text


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


# English names for the regions news mentions most; others are transliterated.
REGION_EN: dict[str, str] = _DATA["region_en"]
def region_name(region: str | None, lang: str) -> str:
    """A region's name in `lang` (Russian official name in ru)."""
    if not region or (isinstance(region, float) and math.isnan(region)):
        return t("no_region", lang)
    if lang == "ru":
        return str(region)
    if region in REGION_EN:
        return REGION_EN[region]
    name = translit(str(region))
    return (name.replace(" oblast", " Oblast").replace(" kray", " Krai")
            .replace("Respublika ", "Republic of "))
