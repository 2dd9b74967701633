"""Briefings: the state of one briefing and its sections, formatting, labels, citations, charts."""

from analysis.briefing.document import Briefing
from analysis.briefing.state import BriefingState, check_region

__all__ = ["Briefing", "BriefingState", "check_region"]
