"""Entity stage throughput (sentences/s) and the memory the loaded gazetteers take (issue 3)."""
from __future__ import annotations

import sys
import time
import tracemalloc

from common import corpus, peak_rss_mb

from marsad import config
from marsad.ingest.readers import article_from_record
from marsad.pipeline import build, run

LIMIT = 1500  # articles: enough sentences for a stable figure


def main() -> None:
    """Print gazetteer load time and memory, then sentences/s of the entities stage alone."""
    tracemalloc.start()
    start = time.perf_counter()
    from marsad.entities.lexicon import load
    lex = load()
    load_s = time.perf_counter() - start
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"gazetteers: {len(lex):,} forms loaded in {load_s:.2f} s, {current / 1e6:,.0f} MB (tracemalloc)")
    name, recs = corpus(LIMIT)
    cfg = config.load()
    before = build(["layout", "language", "sentences", "tokens"])
    docs = [run(article_from_record(r, "bench", cfg).to_doc(), before, cfg) for r in recs]
    stage = build(["layout", "language", "sentences", "tokens", "entities"])[-1:]
    sentences = sum(len(d.sentences) for d in docs)
    start = time.perf_counter()
    found = sum(len(run(d, stage, cfg).entities) for d in docs)
    secs = time.perf_counter() - start
    print(f"corpus: {name}, {len(docs):,} articles, {sentences:,} sentences")
    print(f"entities stage: {sentences / secs:,.0f} sentences/s, {found:,} entities, {secs:.2f} s")
    print(f"peak RSS: {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
