"""Scale-out: the same per-article functions on Dask, for archives beyond one machine.

Profiles are computed per partition (dask.bag), candidate pairs come from LSH blocking (segments
sharing a blocking key — a linked entity, a headline word or a MinHash band — are grouped by
key and time bucket), pairs are scored where they meet, and the stories are replayed in publication order from
the scored pairs. Candidates, scores and the replay are those of `StoryClusterer`, so the
stories are identical to the single-process path on the same input.

Needs the optional extra: pip install 'marsad[dask]'.
"""
from __future__ import annotations

from functools import partial
from typing import Any, Iterable

from ..config import Config
from ..doc import Doc
from .cluster import DAY, Story, all_keys, arrival_ranks, in_window, link_score, replay
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


def _keyed(p: Profile, times: dict[str, float | None],
           width: float) -> list[tuple[tuple[str, int], tuple[Profile, bool]]]:
    """((blocking key, time bucket), (profile, home?)) for every key of a profile.

    A profile lives in the bucket of its time and visits the next one, so two segments within
    the window always meet in one group, and a group holds at most two windows of a key's
    segments however long the archive (a common key such as «سوريا» stays cheap).
    """
    t = times[p.id]
    bucket = int(t // width) if t is not None and width > 0 else 0
    return [((k, b), (p, b == bucket)) for k in all_keys(p) for b in (bucket, bucket + 1)]


def _group_pairs(group: tuple[tuple[str, int], list], rank: dict[str, int],
                 times: dict[str, float | None], opts: dict) -> list[tuple[str, str, float]]:
    """Scored (later, earlier, score) pairs of one blocking group: window and page rules applied.

    Pairs of two visitors are skipped: they were scored in the bucket both live in.
    """
    members = sorted((kp[1] for kp in group[1]), key=lambda ph: rank[ph[0].id])
    out = []
    for j, (later, later_home) in enumerate(members):
        for earlier, earlier_home in members[:j]:
            if not (later_home or earlier_home):
                continue
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
    width = cfg["stories"]["window_days"] * DAY
    pairs = (profiles.map(partial(_keyed, times=times, width=width)).flatten()
             .groupby(_first)
             .map(partial(_group_pairs, rank=rank, times=times, opts=cfg["stories"]))
             .flatten().compute())
    scores: dict[str, dict[str, float]] = {}
    for later, earlier, score in pairs:
        scores.setdefault(later, {})[earlier] = score
    return replay(order, scores, cfg)


def _first(kp: tuple[tuple[str, int], tuple[Profile, bool]]) -> tuple[str, int]:
    """The (blocking key, time bucket) of a keyed profile."""
    return kp[0]
