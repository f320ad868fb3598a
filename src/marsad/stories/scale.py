"""Scale-out: the same per-article functions on Dask, for archives beyond one machine.

Profiles are computed per partition (dask.bag), candidate pairs come from LSH blocking (segments
sharing a blocking key — a linked entity, a headline word or a MinHash band — are grouped by
key), pairs are scored where they meet, and the stories are replayed in publication order from
the scored pairs. Candidates, scores and the replay are those of `StoryClusterer`, so the
stories are identical to the single-process path on the same input.

Needs the optional extra: pip install 'marsad[dask]'.
"""
from __future__ import annotations

from functools import partial
from typing import Any, Iterable

from ..config import Config
from ..doc import Doc
from .cluster import Story, all_keys, arrival_ranks, in_window, link_score, replay
from .features import Profile, profile_segments, with_vectors


def _require_dask():
    """dask.bag, or a clear error naming the extra to install."""
    try:
        import dask.bag as db
    except ImportError as exc:  # pragma: no cover - depends on the install
        from ..errors import MarsadError
        raise MarsadError("the Dask path needs the 'dask' extra: pip install 'marsad[dask]'") from exc
    return db


def _profiles_of(docs: list[Doc], cfg: Config) -> list[Profile]:
    """Profiles with vectors of one partition of Docs (run on a worker)."""
    return with_vectors([p for d in docs for p in profile_segments(d, cfg)], cfg)


def _keyed(p: Profile) -> list[tuple[str, Profile]]:
    """(blocking key, profile) for every key of a profile."""
    return [(k, p) for k in all_keys(p)]


def _group_pairs(group: tuple[str, list[tuple[str, Profile]]], rank: dict[str, int],
                 times: dict[str, float | None], opts: dict) -> list[tuple[str, str, float]]:
    """Scored (later, earlier, score) pairs of one blocking group: window and page rules applied."""
    members = sorted((p for _, p in group[1]), key=lambda p: rank[p.id])
    out = []
    for j, later in enumerate(members):
        for earlier in members[:j]:
            if earlier.doc_id == later.doc_id or earlier.id == later.id:
                continue
            a = earlier if earlier.time == times[earlier.id] else _dated(earlier, times)
            b = later if later.time == times[later.id] else _dated(later, times)
            if in_window(a, b, opts["window_days"]):
                out.append((later.id, earlier.id, link_score(b, a, opts)))
    return out


def _dated(p: Profile, times: dict[str, float | None]) -> Profile:
    """The profile with its effective time (undated pages arrive with the latest)."""
    from dataclasses import replace
    return replace(p, time=times[p.id])


def dask_profiles(docs: Iterable[Doc], cfg: Config, partitions: int = 8):
    """A dask.bag of segment profiles (with vectors) of the Docs."""
    db = _require_dask()
    bag = db.from_sequence(list(docs), npartitions=partitions)
    return bag.map_partitions(partial(_profiles_of, cfg=cfg))


def dask_stories(docs: Iterable[Doc], cfg: Config, partitions: int = 8,
                 client: Any = None) -> list[Story]:
    """Stories of the Docs clustered on Dask (a distributed `client`, or Dask's default scheduler)."""
    profiles = dask_profiles(docs, cfg, partitions)
    profiles = client.persist(profiles) if client is not None else profiles.persist()
    light = profiles.map(lambda p: (p.id, p.time)).compute()
    order_idx, eff = arrival_ranks([t for _, t in light])
    order = [light[i][0] for i in order_idx]
    rank = {pid: n for n, pid in enumerate(order)}
    times = {light[i][0]: eff[i] for i in range(len(light))}
    pairs = (profiles.map(_keyed).flatten()
             .groupby(_first)
             .map(partial(_group_pairs, rank=rank, times=times, opts=cfg["stories"]))
             .flatten().compute())
    scores: dict[str, dict[str, float]] = {}
    for later, earlier, score in pairs:
        scores.setdefault(later, {})[earlier] = score
    return replay(order, scores, cfg)


def _first(kp: tuple[str, Profile]) -> str:
    """The blocking key of a (key, profile) pair."""
    return kp[0]
