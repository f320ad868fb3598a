"""Story clustering over a stream: each segment joins the open story it links to best, or starts one.

Segments arrive in publication order. A new segment is compared only with earlier segments that
are within `[stories] window_days` of it and share a blocking key with it (a linked entity, a
headline word, or a MinHash band: wire copies always collide). A story stays open while it keeps
receiving segments, because its latest members stay inside the window.
"""
from __future__ import annotations

import hashlib
import math
from collections import defaultdict, deque
from dataclasses import dataclass, field, replace
from typing import Iterable

from ..config import Config
from .features import Profile

DAY = 86400.0
COPY = math.inf  # the link score of a wire copy
BANDS = 16       # MinHash bands for copy blocking: J=0.6 collides with p≈0.9 at 64 permutations


@dataclass
class Story:
    """A story: its id and member segment ids in arrival order."""

    id: str
    members: list[str] = field(default_factory=list)


def story_id(first_member: str) -> str:
    """A stable story id from its first member (re-running on the same input gives the same ids)."""
    return "s-" + hashlib.sha1(first_member.encode("utf-8")).hexdigest()[:12]


def band_keys(p: Profile, bands: int = BANDS) -> list[str]:
    """LSH band keys of the MinHash signature: near-identical texts share at least one."""
    values = p.signature.hashvalues
    rows = max(1, len(values) // bands)
    return [f"m:{b}:{hash(tuple(int(v) for v in values[b * rows:(b + 1) * rows]))}"
            for b in range(bands)]


def all_keys(p: Profile) -> list[str]:
    """Every blocking key of a profile, sorted so every process sees them in one order."""
    return sorted(set(p.keys) | set(band_keys(p)))


def in_window(a: Profile, b: Profile, days: float) -> bool:
    """Whether two segments are close enough in time (an undated one is close to everything)."""
    return a.time is None or b.time is None or abs(a.time - b.time) <= days * DAY


def jaccard(a: frozenset, b: frozenset) -> float:
    """|a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def overlap(a: frozenset, b: frozenset) -> float:
    """|a ∩ b| / min(|a|, |b|): a short lead naming two of the other's entities overlaps fully."""
    least = min(len(a), len(b))
    return len(a & b) / least if least else 0.0


def link_score(a: Profile, b: Profile, opts: dict) -> float:
    """Logistic link score of two segments (> 0: same story); wire copies score infinity."""
    if a.signature.jaccard(b.signature) >= opts["copy_jaccard"]:
        return COPY
    cosine = float(a.vector @ b.vector) if a.vector is not None and b.vector is not None else 0.0
    return (opts["bias"] + opts["weight_embedding"] * cosine
            + opts["weight_words"] * jaccard(a.words, b.words)
            + opts["weight_entities"] * overlap(a.entities, b.entities))


def story_score(values: list[float], linkage: str) -> float:
    """How well a segment links to one story, from its scores to the story's candidate members.

    "single": the best member; "average": the mean; "top3": the mean of the best three, so a big
    story is not entered through one member alone (single link chains topics together).
    """
    if COPY in values or linkage == "single":
        return max(values)
    values = sorted((max(v, -10.0) for v in values), reverse=True)
    if linkage == "top3":
        values = values[:3]
    return sum(values) / len(values)


def choose_story(scores: dict[str, float], story_of: dict[str, int], opts: dict) -> int | None:
    """The story a segment joins, from its link scores to earlier segments (None: a new story)."""
    by_story: dict[int, list[float]] = defaultdict(list)
    for member, score in scores.items():
        by_story[story_of[member]].append(score)
    best, best_score = None, opts["join_score"]
    for story in sorted(by_story):
        score = story_score(by_story[story], opts["linkage"])
        if score > best_score:
            best, best_score = story, score
    return best


def arrival_ranks(times: list[float | None]) -> tuple[list[int], list[float | None]]:
    """Publication order of items with these times, and each item's effective time.

    Undated items come last, in input order, dated as the latest dated item: an undated page is
    taken to arrive now (paris-talks-syrian-source.txt has no date line).
    """
    order = sorted(range(len(times)), key=lambda i: (times[i] is None, times[i] or 0.0, i))
    latest = max((t for t in times if t is not None), default=None)
    return order, [latest if t is None else t for t in times]


def arrival_order(profiles: Iterable[Profile]) -> list[Profile]:
    """Profiles in publication order, undated ones given their effective time."""
    profiles = list(profiles)
    order, times = arrival_ranks([p.time for p in profiles])
    return [profiles[i] if profiles[i].time == times[i] else replace(profiles[i], time=times[i])
            for i in order]


def replay(order: list[str], scores: dict[str, dict[str, float]], cfg: Config) -> list[Story]:
    """Stories from precomputed link scores (later id -> earlier id -> score), in arrival order.

    The Dask path scores candidate pairs in parallel and replays them here; the result is the
    one `StoryClusterer` reaches adding the same segments one by one.
    """
    opts = cfg["stories"]
    stories: list[Story] = []
    story_of: dict[str, int] = {}
    for pid in order:
        known = {m: s for m, s in scores.get(pid, {}).items() if m in story_of}
        chosen = choose_story(known, story_of, opts)
        if chosen is None:
            chosen = len(stories)
            stories.append(Story(story_id(pid)))
        stories[chosen].members.append(pid)
        story_of[pid] = chosen
    return stories


class StoryClusterer:
    """Incremental clustering: `add` one segment at a time, in publication order."""

    def __init__(self, cfg: Config):
        self.opts = cfg["stories"]
        self.stories: list[Story] = []
        self.story_of: dict[str, int] = {}
        self.profiles: dict[str, Profile] = {}
        self.postings: dict[str, deque[str]] = defaultdict(deque)

    def candidates(self, p: Profile) -> list[str]:
        """Earlier segments in the window sharing a blocking key, other pages only."""
        found: set[str] = set()
        days = self.opts["window_days"]
        for key in all_keys(p):
            posting = self.postings.get(key)
            if not posting:
                continue
            while posting and not in_window(self.profiles[posting[0]], p, days) \
                    and self.profiles[posting[0]].time is not None and p.time is not None \
                    and self.profiles[posting[0]].time < p.time:
                posting.popleft()  # expired: the stream only moves forward
            found.update(m for m in posting if in_window(self.profiles[m], p, days))
        return sorted(m for m in found if self.profiles[m].doc_id != p.doc_id)

    def add(self, p: Profile) -> Story:
        """Place one segment: join the best-linked open story, or open a new one."""
        scores = {m: link_score(p, self.profiles[m], self.opts) for m in self.candidates(p)}
        return self.place(p, scores)

    def place(self, p: Profile, scores: dict[str, float]) -> Story:
        """Place a segment given its link scores (also how the Dask path replays its pairs)."""
        chosen = choose_story({m: s for m, s in scores.items() if m in self.story_of},
                              self.story_of, self.opts)
        if chosen is None:
            chosen = len(self.stories)
            self.stories.append(Story(story_id(p.id)))
        self.stories[chosen].members.append(p.id)
        self.story_of[p.id] = chosen
        self.profiles[p.id] = p
        for key in all_keys(p):
            self.postings[key].append(p.id)
        return self.stories[chosen]


def cluster_profiles(profiles: Iterable[Profile], cfg: Config) -> list[Story]:
    """Stories of a batch of profiles, clustered as the stream would have been."""
    clusterer = StoryClusterer(cfg)
    for p in arrival_order(profiles):
        clusterer.add(p)
    return clusterer.stories
