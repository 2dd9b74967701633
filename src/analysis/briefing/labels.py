"""ru/en labels and region names for everything a briefing prints.

The label table is data (`data/labels.json`): `t(key, lang, **values)` looks a label up,
falling back to Russian and then to the key, and fills its `{placeholders}`; plural labels
hold their forms separated by "|" (see `formatting.plural`). `region_name(region, lang)`
gives a region's name in `lang` (the English name from `data/names_en.csv`, else a
transliteration; see `names`).
"""

from __future__ import annotations

import json
import math
from importlib import resources
from typing import Any

from analysis.briefing.names import names
from analysis.money import REGIONS_JOIN
from analysis.vocab import (
    BELARUS_OBLAST,
    FLOW_METRICS,
    FLOW_OTHER,
    FLOWS,
    LANGS,
    REGIONAL_OBLAST,
    SEVERAL_REGIONS,
)

_DATA = json.loads(resources.files("analysis").joinpath("data", "labels.json")
                   .read_text(encoding="utf-8"))

LABELS: dict[str, dict[str, str]] = _DATA["labels"]
# Cues of the figures stage's plausibility reasons → the label a briefing prints for them.
FLAG_CUES: dict[str, str] = {k: v for k, v in _DATA["flag_cues"].items() if not k.startswith("_")}
# English names for the regions news mentions most (data/names_en.csv); others are
# transliterated.
REGION_EN: dict[str, str] = names().by_kind["region"]


def t(key: str, lang: str, **values: Any) -> str:
    """The label `key` in `lang` (falls back to Russian, then to the key itself), with its
    `{placeholders}` filled from `values`."""
    entry = LABELS.get(key)
    text = key if entry is None else entry.get(lang) or entry.get("ru", key)
    return text.format(**values) if values else text


def currency_word(cur: str, lang: str) -> str:
    """A currency's word in `lang` («долл.», "USD") where the labels have one, else its code."""
    return t(f"cur.{cur}", lang) if f"cur.{cur}" in LABELS else cur


def flag_reason(reason: str, lang: str) -> str:
    """Why a figure is flagged, in `lang`: each part of the figures stage's reason («; »
    separated) said by the label its cue names, each label once."""
    said: list[str] = []
    for part in str(reason or "").split("; "):
        if not part.strip():
            continue
        key = next((k for cue, k in FLAG_CUES.items() if cue in part.lower()), "flag.other")
        text = t(key, lang)
        if text not in said:
            said.append(text)
    return "; ".join(said) or t("flag.other", lang)


def measure_label(metric: str, flow: object, regional: bool, lang: str,
                  scope: object = None) -> str:
    """A trade figure's measure in words, with the direction of its goods when it is told
    (`flow`: «экспорт Беларуси в Россию», «импорт России из Беларуси»; a Russian region's
    figure from the region's side: «экспорт в Беларусь»; one Belarusian oblast's, by its
    `scope`: «экспорт области в Россию»); the metric alone when it is not."""
    if metric not in FLOW_METRICS or flow not in FLOWS:
        return t(f"m.{metric}", lang)
    key = f"mf.{metric}.{flow}"
    if scope in (BELARUS_OBLAST, REGIONAL_OBLAST, SEVERAL_REGIONS) and flow != FLOW_OTHER:
        return t(f"{key}.{scope}", lang)
    return t(key + (".region" if regional and flow != FLOW_OTHER else ""), lang)


def check_lang(lang: str) -> str:
    """`lang` itself when a briefing can be written in it; ValueError otherwise."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def _english_name(region: str) -> str:
    return names().english(region, "region")


# A region's name per language: the official Russian name is the Russian one.
_REGION_NAMERS = {"ru": str, "en": _english_name}


def region_name(region: str | None, lang: str) -> str:
    """A region's name in `lang` (Russian official name in ru); the regions a figure of
    several regions is spread over («Смоленская область; Брянская область»: its area,
    `analysis.figures.scope`) each by its name, comma-separated."""
    if not region or (isinstance(region, float) and math.isnan(region)):
        return t("no_region", lang)
    namer = _REGION_NAMERS.get(lang, _english_name)
    return ", ".join(namer(part) for part in str(region).split(REGIONS_JOIN))
