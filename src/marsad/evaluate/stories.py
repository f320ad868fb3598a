"""Stories: pairwise and B-cubed P/R/F1 on labelled cross-outlet pairs, beside Event Registry's recipe.

Gold: tests/data/story_pairs.tsv, articles of news-ant-march2018 (../shared/eval). Each anchor
article was labelled against its cross-outlet candidates of the same week; anything the
labeller did not judge counts as a different story. B-cubed is computed per anchor over its
cross-outlet neighbourhood (other outlets, within 3.5 days). The baseline is Event Registry's
recipe: TF-IDF cosine ≥ 0.4 to a cluster centroid within a 4-day window, in publication order.
"""
from __future__ import annotations

import argparse
import gzip
import json
import logging
import math
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

from .. import config as config_mod
from ..api import analyze_many
from ..doc import Doc
from ..ingest.article import Skip
from ..ingest.readers import article_from_record
from ..pipeline import build, run
from ..stories.cluster import cluster_profiles
from ..stories.features import profile_segments, timestamp, with_vectors
from ..text.normalize import normalize

log = logging.getLogger(__name__)
DATA = Path(__file__).resolve().parents[3] / "tests" / "data"
# The development pairs (thresholds were chosen on them) and a held-out set labelled blind.
PAIRS = (DATA / "story_pairs.tsv", DATA / "story_pairs_heldout.tsv")
ARCHIVE = "news-ant-march2018/articles.jsonl.gz"
NEIGHBOURHOOD_DAYS = 3.5


def read_pairs(path: Path) -> list[tuple[str, str, str]]:
    """(anchor, other, label) rows; label is "1", "0" or "?"."""
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith(("#", "anchor\t")):
            anchor, other, label = line.split("\t")[:3]
            rows.append((anchor, other, label))
    return rows


def analyse(records: list[dict], cfg) -> list[Doc]:
    """Analysed Docs; an article the pipeline fails on is kept with its text layer only."""
    from ..ingest.readers import Article
    articles = [article_from_record(r, r["docno"], cfg) for r in records]
    fallback = build(["layout", "language"])
    docs = []
    for article, item in zip(articles, analyze_many(articles, cfg)):
        if isinstance(item, Skip):
            log.info("analysis failed for %s (%s): clustered on its text layer", article.id,
                     item.reason)
            item = run(Article.to_doc(article), fallback, cfg)
        docs.append(item)
    return docs


def marsad_clusters(docs: list[Doc], cfg) -> dict[str, str]:
    """doc id -> story id from marsad's clustering (a page's first segment stands for it)."""
    profiles = with_vectors([p for d in docs for p in profile_segments(d, cfg)], cfg)
    return {m: s.id for s in cluster_profiles(profiles, cfg) for m in s.members if "#" not in m}


def tfidf_vectors(records: list[dict]) -> list[dict[str, float]]:
    """Unit TF-IDF vectors (log tf × idf) of headline and text, words normalised."""
    words = [re.findall(r"\w+", normalize(f"{r['title']} {r['text']}")) for r in records]
    df = Counter(w for ws in words for w in set(ws))
    n = len(records)
    out = []
    for ws in words:
        vec = {w: (1 + math.log(c)) * math.log(n / df[w]) for w, c in Counter(ws).items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({w: v / norm for w, v in vec.items()})
    return out


def event_registry_clusters(records: list[dict], threshold: float = 0.4,
                            days: float = 4.0) -> dict[str, str]:
    """Event Registry's recipe: join the most similar centroid (cosine ≥ 0.4) active in 4 days."""
    vecs = tfidf_vectors(records)
    order = sorted(range(len(records)), key=lambda i: (timestamp(records[i]["_published"]) or 0, i))
    centroids: list[dict[str, float]] = []
    sizes, last, out = [], [], {}
    for i in order:
        t = timestamp(records[i]["_published"]) or 0.0
        best, best_sim = None, threshold
        for c, cen in enumerate(centroids):
            if t - last[c] > days * 86400:
                continue
            sim = _cosine(vecs[i], cen)
            if sim >= best_sim:
                best, best_sim = c, sim
        if best is None:
            centroids.append(dict(vecs[i]))
            sizes.append(1)
            last.append(t)
            best = len(centroids) - 1
        else:
            _absorb(centroids[best], vecs[i], sizes[best])
            sizes[best] += 1
            last[best] = max(last[best], t)
        out[records[i]["docno"]] = f"er-{best}"
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of a unit vector and a centroid."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(w, 0.0) for w, v in a.items())
    norm = math.sqrt(sum(v * v for v in b.values())) or 1.0
    return dot / norm


def _absorb(centroid: dict[str, float], vec: dict[str, float], size: int) -> None:
    """Move a centroid (the mean of its members) to include one more vector."""
    for w in set(centroid) | set(vec):
        centroid[w] = (centroid.get(w, 0.0) * size + vec.get(w, 0.0)) / (size + 1)


def score(clusters: dict[str, str], pairs, records: dict[str, dict]) -> dict[str, float]:
    """Pairwise P/R/F1 over judged pairs and B-cubed P/R/F1 over anchors."""
    judged = [(a, b, lab) for a, b, lab in pairs if lab != "?"]
    tp = sum(1 for a, b, lab in judged if lab == "1" and clusters.get(a) == clusters.get(b))
    fp = sum(1 for a, b, lab in judged if lab == "0" and clusters.get(a) == clusters.get(b))
    fn = sum(1 for a, b, lab in judged if lab == "1" and clusters.get(a) != clusters.get(b))
    out = dict(zip(("pair_p", "pair_r", "pair_f1"), _prf(tp, tp + fp, tp + fn)))
    gold, unsure = defaultdict(set), defaultdict(set)
    for a, b, lab in pairs:
        (gold if lab == "1" else unsure if lab == "?" else defaultdict(set))[a].add(b)
    members = defaultdict(set)
    for doc_id, story in clusters.items():
        members[story].add(doc_id)
    ps, rs, pjs, unjudged = [], [], [], 0
    for anchor in sorted({a for a, _, _ in pairs}):
        near = _neighbourhood(anchor, members[clusters.get(anchor)], records) - unsure[anchor]
        judged_set = {b for a, b, _ in pairs if a == anchor} | {anchor}
        unjudged += len(near - judged_set)
        g = gold[anchor] | {anchor}
        ps.append(len(near & g) / len(near))
        pjs.append(len(near & g) / len(near & judged_set))
        rs.append(len(near & g) / len(g))
    p, r, pj = sum(ps) / len(ps), sum(rs) / len(rs), sum(pjs) / len(pjs)
    # b3_*: story-mates nobody judged count as errors (a lower bound); b3j_*: judged ones only.
    out.update(b3_p=p, b3_r=r, b3_f1=2 * p * r / (p + r) if p + r else 0.0,
               b3j_p=pj, b3j_f1=2 * pj * r / (pj + r) if pj + r else 0.0,
               unjudged=unjudged, anchors=len(ps))
    return out


def _neighbourhood(anchor: str, story: set[str], records: dict[str, dict]) -> set[str]:
    """The anchor and its story-mates from other outlets published within 3.5 days of it."""
    a = records[anchor]
    ta = timestamp(a["_published"]) or 0.0
    return {anchor} | {m for m in story if m in records and records[m]["source"] != a["source"]
                       and abs((timestamp(records[m]["_published"]) or 0.0) - ta)
                       <= NEIGHBOURHOOD_DAYS * 86400}


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def print_scores(path: Path, systems: dict[str, dict[str, str]], by_id: dict[str, dict]) -> None:
    """One table of scores per labelled pair file."""
    pairs = read_pairs(path)
    print(f"\n{path.name}: {sum(1 for _, _, l in pairs if l != '?')} judged pairs, "
          f"{len({a for a, _, _ in pairs})} anchors")
    print(f"{'system':<34} {'pair P':>7} {'pair R':>7} {'pair F1':>7} {'B3 P':>7} {'B3 R':>7} "
          f"{'B3 F1':>7} {'B3j P':>7} {'B3j F1':>7} {'stories':>8} {'unjudged':>8}")
    for name, clusters in systems.items():
        s = score(clusters, pairs, by_id)
        print(f"{name:<34} {s['pair_p']:7.3f} {s['pair_r']:7.3f} {s['pair_f1']:7.3f} "
              f"{s['b3_p']:7.3f} {s['b3_r']:7.3f} {s['b3_f1']:7.3f} "
              f"{s['b3j_p']:7.3f} {s['b3j_f1']:7.3f} "
              f"{len(set(clusters.values())):8,} {s['unjudged']:8}")


def load_records(path: str | None, cfg) -> list[dict] | None:
    """The archive's records with their parsed publication time, or None where it is absent."""
    from . import shared_eval
    archive = Path(path) if path else shared_eval() / ARCHIVE
    if not archive.exists():
        return None
    with gzip.open(archive, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    for r in records:
        r["_published"] = article_from_record(r, r["docno"], cfg).published
    return records


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Command-line options."""
    p.add_argument("--pairs", action="append",
                   help="labelled pairs (TSV), repeatable; default: the development and held-out sets")
    p.add_argument("--archive", help="articles (JSONL.gz); default: ../shared/eval/" + ARCHIVE)


def main(args: argparse.Namespace) -> int:
    """Cluster the archive with marsad and with the baseline, and print both scores."""
    pair_files = [Path(p) for p in args.pairs] if args.pairs else [p for p in PAIRS if p.exists()]
    cfg = config_mod.load()
    records = load_records(args.archive, cfg) if pair_files else None
    if records is None:
        print("no story data found (../shared/eval is absent); nothing to score")
        return 0
    start = time.perf_counter()
    docs = analyse(records, cfg)
    analysed = time.perf_counter() - start
    ours = marsad_clusters(docs, cfg)
    clustered = time.perf_counter() - start - analysed
    base = event_registry_clusters(records)
    by_id = {r["docno"]: r for r in records}
    print(f"{len(records):,} articles; analysis {analysed:.0f} s, marsad clustering {clustered:.0f} s")
    for path in pair_files:
        print_scores(path, {"marsad": ours, "Event Registry (TF-IDF ≥ 0.4, 4 d)": base}, by_id)
    print("B3: unjudged story-mates of an anchor count as errors (lower bound); "
          "B3j: judged story-mates only")
    return 0
