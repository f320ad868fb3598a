"""The Dask path (dask.bag + LSH blocking) gives the stories of the single-process path."""
from __future__ import annotations

import gzip
import json

import pytest

from conftest import DEMO, SHARED
from marsad import config
from marsad.api import analyze_many
from marsad.ingest.article import Article
from marsad.ingest.readers import article_from_record
from marsad.stories.api import profile_docs
from marsad.stories.cluster import cluster_profiles

distributed = pytest.importorskip("distributed")


def _docs(cfg):
    """Some archive articles when ../shared/eval is present, else the examples."""
    archive = SHARED / "eval" / "news-ant-march2018" / "articles.jsonl.gz"
    if archive.exists():
        with gzip.open(archive, "rt", encoding="utf-8") as fh:
            recs = [json.loads(line) for _, line in zip(range(1200), fh)][1000:1120]
        items = [article_from_record(r, r["docno"], cfg) for r in recs]
    else:
        items = [Article(text=p.read_text("utf-8"), id=p.name) for p in sorted(DEMO.glob("*.txt"))]
    return [d for d in analyze_many(items, cfg) if hasattr(d, "id")]


def test_stories_dask_equals_single_process(tmp_path):
    from marsad.stories.scale import dask_stories
    cfg = config.load(stories={"embedding_cache": str(tmp_path / "emb.sqlite")})
    docs = _docs(cfg)
    single = cluster_profiles(profile_docs(docs, cfg), cfg)
    with distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        scaled = dask_stories(docs, cfg, partitions=4, client=client)
    assert [(s.id, s.members) for s in scaled] == [(s.id, s.members) for s in single]


def _pairs_by_group(profiles, cfg):
    """The scored pairs of the Dask path's groups, computed without Dask."""
    from collections import defaultdict

    from marsad.stories.cluster import DAY
    from marsad.stories.scale import _group_pairs, _keyed
    times = {p.id: p.time for p in profiles}
    rank = {p.id: n for n, p in enumerate(profiles)}
    groups = defaultdict(list)
    for p in profiles:
        for item in _keyed(p, times, cfg["stories"]["window_days"] * DAY):
            groups[item[0]].append(item)
    pairs = [pair for g in groups.items() for pair in _group_pairs(g, rank, times, cfg["stories"])]
    return groups, pairs


def test_stories_dask_groups_are_bounded_by_time_and_meet_every_pair():
    from test_stories_cluster import DAY, SAME, _cfg, profile
    cfg = _cfg()
    # one shared key, a segment every day for 30 days: pairs within 3 days must all meet
    ps = [profile(f"p{d}", "لقاء في باريس", SAME, time=d * DAY) for d in range(30)]
    groups, pairs = _pairs_by_group(ps, cfg)
    largest = max(len(v) for v in groups.values())
    assert largest <= 2 * cfg["stories"]["window_days"] + 2  # two windows, not the whole month
    met = {(a, b) for a, b, _ in pairs}
    expected = {(f"p{j}", f"p{i}") for j in range(30) for i in range(30)
                if 0 < j - i <= cfg["stories"]["window_days"]}
    assert met == expected
