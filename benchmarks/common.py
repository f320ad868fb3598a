"""Shared benchmark helpers: the corpus to measure on, timing and peak memory."""
from __future__ import annotations

import gzip
import json
import resource
import time
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
ANT = ROOT.parent / "shared" / "eval" / "news-ant-march2018" / "articles.jsonl.gz"
DEMO = ROOT / "src" / "marsad" / "demo"


def corpus(limit: int | None = None) -> tuple[str, list[dict]]:
    """(name, records) of the March 2018 archive when present, else the demo articles."""
    if ANT.exists():
        with gzip.open(ANT, "rt", encoding="utf-8") as fh:
            recs = [json.loads(line) for line in fh]
        return "news-ant-march2018", recs[:limit] if limit else recs
    recs = [{"docno": p.name, "text": p.read_text("utf-8")} for p in sorted(DEMO.glob("*.txt"))]
    return "demo articles (../shared/eval absent)", recs * 50


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(func: Callable[[], Iterable]) -> tuple[float, int]:
    """(seconds, number of results) for one run of `func`."""
    start = time.perf_counter()
    n = sum(1 for _ in func())
    return time.perf_counter() - start, n


def row(name: str, seconds: float, items: int, chars: int, unit: str = "articles") -> str:
    """One line of a results table."""
    return (f"{name:<34} {items / seconds:>10,.0f} {unit}/s {chars / seconds / 1e6:>8.2f} MB/s "
            f"{seconds:>8.2f} s")
