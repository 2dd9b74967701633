"""The localization project register: cues, mentions, partners, timelines, merging."""

from analysis.projects.labels import names_a_product
from analysis.projects.reading import ProjectReading, read_projects
from analysis.projects.register import PROJECT_COLUMNS, build_register

__all__ = ["PROJECT_COLUMNS", "ProjectReading", "build_register", "names_a_product", "read_projects"]
