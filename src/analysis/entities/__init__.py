"""Who and where: regions, enterprises, organisations and people (gazetteers and NER)."""

from analysis.entities.finder import (
    ENTITY_COLUMNS,
    ENTITY_TYPES,
    RUSSIAN_REGIONS,
    Entity,
    enterprise_info,
    enterprise_parent,
    entities_frame,
    find_enterprises,
    find_entities,
    find_regions,
    is_russian_region,
    nominative_name,
    norm_word,
    normalize_region,
    russian_region_first_words,
)

__all__ = ["ENTITY_COLUMNS", "ENTITY_TYPES", "RUSSIAN_REGIONS", "Entity", "enterprise_info",
           "enterprise_parent", "entities_frame", "find_enterprises", "find_entities",
           "find_regions", "is_russian_region", "nominative_name", "norm_word",
           "normalize_region", "russian_region_first_words"]
