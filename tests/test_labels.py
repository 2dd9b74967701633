"""analysis.labels: the ru/en label table (data/labels.json) and region names."""

from __future__ import annotations

from analysis.briefing import labels
from analysis.briefing.labels import LABELS, region_name, t


def test_region_names_in_english():
    assert region_name("Кемеровская область", "en").startswith("Kemerovo Oblast")
    assert region_name("Кемеровская область", "ru") == "Кемеровская область"
    assert region_name("Ивановская область", "en") == "Ivanovo Oblast"
    assert region_name("Энская область", "en") == "Enskaya Oblast"  # not in the table: transliterated
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


# --- issue 14: English briefings name things in English --------------------------------------

from analysis.briefing.names import names  # noqa: E402


def test_english_names_come_from_the_names_table_with_transliteration_as_fallback():
    n = names()
    assert n.english("БелАЗ", "enterprise") == "BelAZ"
    assert n.enterprises("МТЗ;МТЗ-Татарстан", "en") == "MTZ, MTZ-Tatarstan"
    assert n.english("Кемеровская область", "region").startswith("Kemerovo Oblast")
    assert n.english("Республика Татарстан", "region") == "Republic of Tatarstan"
    assert n.english("БелТА", "outlet") == "BelTA"
    assert n.english("Энская область", "region") == "Enskaya Oblast"  # not in the table
    assert n.english("Новый Завод", "enterprise") == "Novyy Zavod"
    assert n.name("БелАЗ", "enterprise", "ru") == "БелАЗ"  # Russian briefings keep Russian


def test_product_phrases_whole_then_glossed_then_transliterated():
    n = names()
    assert n.product("комплектующие для карьерных самосвалов", "en") == \
        "components for mining dump trucks"
    assert n.product("сборка тракторов МТЗ", "en") == "assembly of tractors MTZ"
    assert n.product("выпуск роботов-пылесосов", "en") == "vypusk robotov-pylesosov"
    assert n.product("техника БелАЗ", "ru") == "техника БелАЗ"


def test_every_region_the_reader_knows_has_an_english_name() -> None:
    """An English briefing printed «Amurskaya Oblast» next to «Belgorod Oblast»: every
    federal subject (and Belarusian oblast) of data/regions.csv is in data/names_en.csv."""
    import csv
    from importlib import resources

    from analysis.briefing.names import names
    text = resources.files("analysis").joinpath("data", "regions.csv").read_text("utf-8")
    known = names().by_kind["region"]
    missing = [r["normal"] for r in csv.DictReader(text.splitlines()) if r["normal"] not in known]
    assert missing == []


def test_product_glosses_read_as_english() -> None:
    """Session 13: 38% of the dev corpus's product labels had an English gloss (the rest
    were transliterated: «Servisnyy tsentr gruppy»); the word list now covers 78%."""
    from analysis.briefing.names import names
    n = names()
    assert n.product("сервисный центр белорусской сельхозтехники", "en") == (
        "service centre of Belarusian farm machinery")
    assert n.product("сервисные центры для грузовой техники", "en") == (
        "service centres for freight machinery")
    assert n.product("кабины белорусских тракторов", "en") == "cabs of Belarusian tractors"
    assert n.product("ремонт дизельных двигателей", "en") == "repair of diesel engines"
    assert n.product("рамы для самосвалов", "en") == "frames for dump trucks"
    # a hyphenated word capitalised at the start is a word, not a name to transliterate
    assert n.product("Торгово-производственная компания МТЗ-Татарстан", "en") == (
        "trading and manufacturing company MTZ-Tatarstan")
