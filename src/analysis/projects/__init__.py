"""The localization project register: cues, mentions, partners, timelines, merging."""

from analysis.projects.investments import InvestmentFigure, investment_figures
from analysis.projects.labels import names_a_product
from analysis.projects.product_search import better_product
from analysis.projects.products import product_label
from analysis.projects.reading import ProjectReading, empty_reading, read_projects
from analysis.projects.register import (
    PROJECT_COLUMNS,
    build_register,
    project_table,
    registered_projects,
)

__all__ = ["PROJECT_COLUMNS", "InvestmentFigure", "ProjectReading", "better_product", "build_register",
           "empty_reading", "investment_figures", "names_a_product", "product_label", "project_table",
           "read_projects", "registered_projects"]
