"""Quotes stage throughput in body sentences per second, on documents already through entities."""
from __future__ import annotations

import argparse
import sys

from common import corpus, peak_rss_mb, row, timed

from marsad import config
from marsad.ingest.readers import article_from_record
from marsad.pipeline import STAGES, build, run

TARGET = 2000  # body sentences per second per core (issue: quotes and source chains)


def main() -> None:
    """Prepare documents up to entities (untimed), then time the quotes stage alone."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=1000, help="articles to measure on")
    args = parser.parse_args()
    name, recs = corpus(args.limit)
    cfg = config.load()
    before = build(["layout", "language", "sentences", "tokens", "entities"])
    docs = [run(article_from_record(r, "bench", cfg).to_doc(), before, cfg) for r in recs]
    docs = [d for d in docs if d.is_arabic]
    stage = STAGES["quotes"].func
    sentences = sum(len(d.body_sentences()) for d in docs)
    chars = sum(len(d.text) for d in docs)
    print(f"corpus: {name}, {len(docs):,} Arabic articles, {sentences:,} body sentences")
    stage(docs[0], cfg)  # load the data files outside the timing
    seconds, n = timed(lambda: (stage(d, cfg) for d in docs))
    print(row("quotes stage", seconds, sentences, chars, unit="sentences"))
    found = sum(len(stage(d, cfg).quotes) for d in docs[:200])
    print(f"quotes in the first 200 articles: {found:,}; target ≥ {TARGET:,} sentences/s; "
          f"peak RSS {peak_rss_mb():,.0f} MB (one process, one core)")


if __name__ == "__main__":
    sys.exit(main())
