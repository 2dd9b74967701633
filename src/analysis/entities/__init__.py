"""Who and where: regions, enterprises, organisations and people (gazetteers and NER).

Two layers: a fast **gazetteer** path (`find_regions`, `find_enterprises`; names from CSV
files in ``analysis/data``, every inflected form generated once) and an optional **NER** path
(natasha) for people and for organisations the gazetteer does not list. Modules:
`gazetteer` (the token gazetteer, `Entity`), `regions`, `enterprises`, `aliases` (one name
per enterprise: the alias table plus rapidfuzz, Latin spellings; generic words are no names),
`towns` (a town's nominative name, for a project's location), `sides` (does a text name the
Belarusian side), `ner`, `table` (`find_entities`, `entities_frame`).
"""

from analysis.entities.aliases import (
    canonical_enterprise,
    is_generic_name,
    name_key,
    one_spelling_each,
)
from analysis.entities.districts import belarusian_districts, district_name, district_regions
from analysis.entities.enterprises import (
    enterprise_info,
    enterprise_parent,
    find_enterprises,
    with_parents,
)
from analysis.entities.gazetteer import ENTITY_TYPES, Entity, norm_word
from analysis.entities.models import natasha_syntax_parser
from analysis.entities.ner import nominative_name
from analysis.entities.regions import (
    RUSSIAN_REGIONS,
    RegionMention,
    find_regions,
    is_russian_region,
    normalize_region,
    russian_region_first_words,
    russian_regions_in,
)
from analysis.entities.sides import (
    belarusian_firms,
    names_belarusian_place,
    names_belarusian_side,
    names_belarusian_town_adjective,
    names_pair_trading_abroad,
    names_russia_alone,
    names_russia_whole,
    names_states_money,
    names_union_state_money,
)
from analysis.entities.startup import source_key
from analysis.entities.table import (
    ENTITY_COLUMNS,
    entities_frame,
    entities_frame_of_rows,
    entities_table_of_rows,
    entity_rows,
    find_entities,
    find_entities_many,
)
from analysis.entities.towns import town_name, town_of_adjective, towns_of_adjective, unlisted_town

__all__ = [
    "ENTITY_COLUMNS",
    "ENTITY_TYPES",
    "RUSSIAN_REGIONS",
    "Entity",
    "RegionMention",
    "belarusian_districts",
    "belarusian_firms",
    "canonical_enterprise",
    "district_name",
    "district_regions",
    "enterprise_info",
    "enterprise_parent",
    "entities_frame",
    "entities_frame_of_rows",
    "entities_table_of_rows",
    "entity_rows",
    "find_enterprises",
    "find_entities",
    "find_entities_many",
    "find_regions",
    "is_generic_name",
    "is_russian_region",
    "name_key",
    "names_belarusian_place",
    "names_belarusian_side",
    "names_belarusian_town_adjective",
    "names_pair_trading_abroad",
    "names_russia_alone",
    "names_russia_whole",
    "names_states_money",
    "names_union_state_money",
    "natasha_syntax_parser",
    "nominative_name",
    "norm_word",
    "normalize_region",
    "one_spelling_each",
    "russian_region_first_words",
    "russian_regions_in",
    "source_key",
    "town_name",
    "town_of_adjective",
    "towns_of_adjective",
    "unlisted_town",
    "with_parents",
]
