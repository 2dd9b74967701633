"""analysis.labels: the ru/en label table (data/labels.json) and region names."""

from __future__ import annotations

from analysis.briefing import labels
from analysis.briefing.labels import LABELS, region_name, t


def test_region_names_in_english():
    assert region_name("Кемеровская область", "en").startswith("Kemerovo Oblast")
    assert region_name("Кемеровская область", "ru") == "Кемеровская область"
    assert region_name("Ивановская область", "en") == "Ivanovskaya Oblast"  # transliterated
    assert region_name(None, "en") == "Russia–Belarus"


def test_labels_exist_in_both_languages():
    missing = [k for k, v in LABELS.items() if set(v) != {"ru", "en"} or not all(v.values())]
    assert not missing



def test_t_formats_and_falls_back():
    assert t("ax.bn", "en", cur="USD") == "USD bn"
    assert t("ax.bn", "ru", cur="руб.") == "млрд руб."
    assert t("no.such.label", "en") == "no.such.label"


def test_region_table_is_loaded_from_the_data_file():
    assert labels.REGION_EN["Москва"] == "Moscow"
    assert region_name("Москва", "en") == "Moscow"
