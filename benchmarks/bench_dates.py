"""Date stage throughput (sentences/s, one core) beside dateparser's search_dates on the same sentences."""
from __future__ import annotations

import re
import sys
import time
from email.utils import parsedate_to_datetime

from common import corpus, peak_rss_mb

from marsad import config
from marsad.dates.tagger import find_dates
from marsad.doc import Doc, Meta, Sentence
from marsad.stages.dates import dates as dates_stage

SPLIT = re.compile(r"[^.!?؟\n]+[.!?؟]?")
# dateparser needs ~100x longer per sentence; it runs on this many of the same sentences.
DATEPARSER_SENTENCES = 1500


def sentences(limit_articles: int | None = None) -> list[tuple[str, str | None]]:
    """(sentence, publication time) pairs of the benchmark corpus."""
    _, recs = corpus(limit_articles)
    out = []
    for r in recs:
        pub = parsedate_to_datetime(r["time"]).isoformat() if r.get("time") else None
        out.extend((m.group().strip(), pub) for m in SPLIT.finditer(r["text"]) if m.group().strip())
    return out


def rate(func, items) -> tuple[float, int]:
    """(items per second, mentions found) for one pass of `func` over `items`."""
    start = time.perf_counter()
    found = sum(func(*item) for item in items)
    return len(items) / (time.perf_counter() - start), found


def stage_on_sentence(text: str, published: str | None, cfg=config.load()) -> int:
    """The dates stage on a one-sentence Doc (what the pipeline does per sentence)."""
    doc = Doc(id="s", text=text, meta=Meta(published=published),
              sentences=(Sentence(0, len(text), text, block=0),))
    return len(dates_stage(doc, cfg).dates)


def main() -> None:
    """Print the table."""
    from dateparser.search import search_dates
    name, _ = corpus(1)
    items = sentences()
    chars = sum(len(s) for s, _ in items) / len(items)
    print(f"corpus: {name}, {len(items):,} sentences, {chars:,.0f} characters each on average")
    find_dates(*items[0])  # build the patterns once, outside the timing
    print(f"{'system':<40} {'sentences/s':>12} {'mentions':>9} {'sentences':>10}")
    for label, func in (("marsad find_dates", lambda s, p: len(find_dates(s, p))),
                        ("marsad dates stage (Doc per sentence)", stage_on_sentence)):
        speed, found = rate(func, items)
        print(f"{label:<40} {speed:>12,.0f} {found:>9,} {len(items):>10,}")
    subset = items[:DATEPARSER_SENTENCES]
    speed, found = rate(lambda s, p: len(find_dates(s, p)), subset)
    print(f"{'marsad find_dates (same subset)':<40} {speed:>12,.0f} {found:>9,} {len(subset):>10,}")
    speed, found = rate(lambda s, p: len(search_dates(s, languages=["ar"]) or []), subset)
    print(f"{'dateparser search_dates(languages=[ar])':<40} {speed:>12,.0f} {found:>9,} {len(subset):>10,}")
    print(f"peak RSS: {peak_rss_mb():,.0f} MB  (one process, one core)")


if __name__ == "__main__":
    sys.exit(main())
