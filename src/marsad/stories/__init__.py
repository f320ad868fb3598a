"""Stories: articles (and parts of mixed pages) about one real-world episode, across outlets.

Work on many documents is not a stage: everything here takes `list[Doc]`.
`build_stories(docs, cfg)` clusters, merges events and compares sources; `story_dicts` gives the
`marsad stories` contract's JSON.
"""
from __future__ import annotations

from .api import StoryResult, build_stories, profile_docs, story_dicts

__all__ = ["StoryResult", "build_stories", "profile_docs", "story_dicts"]
