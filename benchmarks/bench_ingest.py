"""Ingestion + text layer throughput vs a bare regex tokenisation of the same texts (issue 2)."""
from __future__ import annotations

import re
import sys

from common import corpus, peak_rss_mb, row, timed

from marsad import config
from marsad.ingest.readers import article_from_record
from marsad.pipeline import build, run

WORD = re.compile(r"\w+")


def main() -> None:
    """Print articles/s, MB/s and peak RSS for the floor and for marsad's text layer."""
    name, recs = corpus()
    chars = sum(len(r["text"].encode("utf-8")) for r in recs)  # bytes: targets are in KB/MB
    cfg = config.load()
    stages = build(["layout", "language", "sentences", "tokens"])
    print(f"corpus: {name}, {len(recs):,} articles, {chars / len(recs) / 1024:,.1f} KB (UTF-8) each on average")
    floor, n = timed(lambda: (len(WORD.findall(r["text"])) for r in recs))
    print(row("regex tokenisation (floor)", floor, n, chars))

    def marsad_text_layer():
        for r in recs:
            yield run(article_from_record(r, "bench", cfg).to_doc(), stages, cfg)
    marsad_text_layer_cold, _ = timed(marsad_text_layer)
    print(row("marsad ingest+text layer (cold)", marsad_text_layer_cold, len(recs), chars))
    warm, _ = timed(marsad_text_layer)
    print(row("marsad ingest+text layer (warm)", warm, len(recs), chars))
    print(f"peak RSS: {peak_rss_mb():,.0f} MB  (one process, one core)")


if __name__ == "__main__":
    sys.exit(main())
