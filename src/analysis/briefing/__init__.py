"""Briefings: the state of one briefing and its sections, formatting, labels, citations, charts,
and the tables a reader takes away."""

from analysis.briefing.document import Briefing
from analysis.briefing.downloads import (
    Download,
    as_outputs,
    write_briefing_downloads,
    write_corpus_downloads,
)
from analysis.briefing.state import BriefingState, check_region

__all__ = ["Briefing", "BriefingState", "Download", "as_outputs", "check_region",
           "write_briefing_downloads", "write_corpus_downloads"]
