"""Events stage throughput: body sentences per second on one core (target ≥ 1,000/s)."""
from __future__ import annotations

import sys
import time

from common import corpus, peak_rss_mb

from marsad import config
from marsad.events import find_events
from marsad.ingest.readers import article_from_record
from marsad.pipeline import build, run

ARTICLES = 600  # enough for a stable figure; the earlier stages run once, untimed


def main() -> None:
    """Prepare documents through the entities stage, then time `find_events` alone."""
    name, recs = corpus(ARTICLES)
    cfg = config.load()
    stages = build(["layout", "language", "sentences", "tokens", "entities"])
    docs = [run(article_from_record(r, "bench", cfg).to_doc(), stages, cfg) for r in recs]
    docs = [d for d in docs if d.is_arabic]
    sentences = sum(len(d.body_sentences()) for d in docs)
    print(f"corpus: {name}, {len(docs):,} Arabic articles, {sentences:,} body sentences")
    for label in ("cold", "warm"):
        _time(f"events stage ({label})", docs, sentences)
    # With the quotes stage run first, each event also looks up its source chain.
    quoted = [d.replace(done=d.done | {"quotes"}) for d in docs]
    ok = [d for d in quoted if _chains_work(d)]
    _time("events stage + source chains", ok, sum(len(d.body_sentences()) for d in ok))
    if len(ok) < len(quoted):
        print(f"  ({len(quoted) - len(ok)} articles left out: the quotes module raised on them)")
    print(f"peak RSS: {peak_rss_mb():,.0f} MB  (one process, one core)")


def _chains_work(doc) -> bool:
    """Whether the quotes module can give this document's source chains."""
    from marsad.quotes import source_chain_at
    try:
        source_chain_at(doc, 0)
    except Exception:  # the quotes stage is another module's; its failures are reported, not timed
        return False
    return True


def _time(label: str, docs: list, sentences: int) -> None:
    """Run `find_events` over the documents and print one result line."""
    start = time.perf_counter()
    events = sum(len(find_events(d)) for d in docs)
    seconds = time.perf_counter() - start
    print(f"{label:<34} {sentences / seconds:>10,.0f} sentences/s {len(docs) / seconds:>8,.0f} "
          f"articles/s {events / len(docs):>6.1f} events/article {seconds:>8.2f} s")


if __name__ == "__main__":
    sys.exit(main())
