"""The localization project register: cues, mentions, partners, timelines, merging."""

from analysis.projects.register import PROJECT_COLUMNS, build_register

__all__ = ["PROJECT_COLUMNS", "build_register"]
