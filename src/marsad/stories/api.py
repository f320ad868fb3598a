"""From analysed Docs to stories: segment, profile, cluster, merge events, compare sources."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..config import Config
from ..doc import Doc
from .cluster import Story, cluster_profiles
from .compare import actor_graph, event_dict, timeline
from .features import Profile, profile_segments, with_vectors
from .merge import merge_events
from .segments import Segment, split_segments


@dataclass
class StoryResult:
    """A story with its members, merged events, timeline and actor graph (plain data)."""

    id: str
    members: list[str]
    events: list[dict] = field(default_factory=list)
    timeline: list[dict] = field(default_factory=list)
    graph: dict = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    first_published: str | None = None
    last_published: str | None = None

    def to_dict(self) -> dict:
        """The `marsad stories` contract object, plus timeline, graph and member headlines."""
        return {"story": self.id, "members": self.members, "events": self.events,
                "timeline": self.timeline, "graph": self.graph, "titles": self.titles,
                "first_published": self.first_published, "last_published": self.last_published}


def profile_docs(docs: Iterable[Doc], cfg: Config) -> list[Profile]:
    """Profiles of every segment of every Doc, with embeddings."""
    profiles = [p for doc in docs for p in profile_segments(doc, cfg)]
    return with_vectors(profiles, cfg)


def describe(story: Story, docs: dict[str, Doc], segments: dict[str, Segment],
             titles: dict[str, str], cfg: Config) -> StoryResult:
    """A clustered story's events, comparison, timeline and graph."""
    members = [(m, docs[segments[m].doc_id], segments[m]) for m in story.members]
    merged = merge_events(members, cfg)
    dates = sorted(d.meta.published for _, d, _ in members if d.meta.published)
    return StoryResult(
        id=story.id, members=list(story.members),
        events=[event_dict(se, docs) for se in merged], timeline=timeline(merged),
        graph=actor_graph(merged), titles={m: titles.get(m, "") for m in story.members},
        first_published=dates[0] if dates else None, last_published=dates[-1] if dates else None)


def build_stories(docs: list[Doc], cfg: Config, profiles: list[Profile] | None = None,
                  stories: list[Story] | None = None) -> list[StoryResult]:
    """Stories of analysed Docs, clustered in publication order (or from given clusters)."""
    by_id = {d.id: d for d in docs}
    segments = {s.id: s for d in docs for s in split_segments(d, cfg)}
    if stories is None:
        profiles = profiles if profiles is not None else profile_docs(docs, cfg)
        stories = cluster_profiles(profiles, cfg)
    titles = {p.id: p.title for p in profiles or ()}
    return [describe(s, by_id, segments, titles, cfg) for s in stories]


def story_dicts(results: Iterable[StoryResult]) -> list[dict]:
    """The contract's JSON objects, one per story."""
    return [r.to_dict() for r in results]
