"""Event merge: are the reports marsad merges one real event, and does it miss merges within stories?

Gold: tests/data/merge_pairs.tsv, pairs of event reports from two articles of one marsad story on
news-ant-march2018 (../shared/eval), sampled from the pairs marsad merged and from same-type pairs
it kept apart, and labelled by reading both evidence sentences: 1 = one real event, 0 = two.
Precision and recall are estimated over all report pairs of the run the sample was drawn from,
each labelled pair weighted by its stratum's size (recorded in the file's `# strata:` line), so
they stay unbiased when the merge rules change. Pairs whose reports the current coder no longer
produces are counted as missing, not scored.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
from itertools import combinations
from pathlib import Path

from .. import config as config_mod
from ..doc import Doc
from ..stories.api import profile_docs
from ..stories.cluster import cluster_profiles
from ..stories.merge import Report, StoryEvent, merge_events
from ..stories.segments import split_segments
from .stories import ARCHIVE, DATA, analyse, load_records

PAIRS = DATA / "merge_pairs.tsv"
HELDOUT = DATA / "merge_pairs_heldout.tsv"
Key = tuple[str, int]


def story_events(docs: list[Doc], cfg) -> list[list[StoryEvent]]:
    """The merged events of every story of the archive, as `marsad stories` builds them."""
    by_id = {d.id: d for d in docs}
    segments = {s.id: s for d in docs for s in split_segments(d, cfg)}
    stories = cluster_profiles(profile_docs(docs, cfg), cfg)
    return [merge_events([(m, by_id[segments[m].doc_id], segments[m]) for m in s.members], cfg)
            for s in stories]


def key(r: Report) -> Key:
    """A report's identity: its article and trigger offset."""
    return (r.doc_id, r.event.trigger.start)


def report_pairs(stories: list[list[StoryEvent]]) -> tuple[list, list]:
    """(merged, kept apart): report pairs from two articles of one story, same type for the latter."""
    merged, apart = [], []
    for events in stories:
        for se in events:
            merged += [(a, b) for a, b in combinations(se.reports, 2) if a.doc_id != b.doc_id]
        for s1, s2 in combinations(events, 2):
            if s1.type == s2.type:
                apart += [(a, b) for a in s1.reports for b in s2.reports if a.doc_id != b.doc_id]
    return merged, apart


def decisions(stories: list[list[StoryEvent]]) -> dict[Key, int]:
    """Story event number of every report produced (its keys are the reports)."""
    return {key(r): n for n, se in enumerate(se for events in stories for se in events)
            for r in se.reports}


def read_gold(path: Path) -> tuple[list[dict], dict[str, int] | None]:
    """Labelled rows, and the stratum sizes of the run they were sampled from (`# strata:` line)."""
    text = path.read_text("utf-8").splitlines()
    sizes = next(({k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", ln)}
                  for ln in text if ln.startswith("# strata:")), None)
    lines = [ln for ln in text if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t")), sizes


def score(stories: list[list[StoryEvent]], gold: list[dict],
          sizes: dict[str, int] | None = None) -> dict[str, float]:
    """Merge precision and recall over the sampled run's report pairs, each row weighted by its stratum.

    A row stands for `sizes[stratum] / rows of that stratum` pairs of the run it was sampled from
    (`sizes` None: the current run's, right when scoring the run that drew the sample), so the
    estimates stay unbiased after the merge rules change.
    """
    home = decisions(stories)
    sizes = sizes or strata_sizes(stories)
    judged = [r for r in gold if r["label"] in ("0", "1")]
    per = {s: sum(1 for r in judged if r["stratum"] == s) for s in sizes}
    tp = fp = pos = 0.0
    right = wrong = missing = 0
    for row in judged:
        a, b = (row["a_article"], int(row["a_trigger"])), (row["b_article"], int(row["b_trigger"]))
        if a not in home or b not in home:
            missing += 1
            continue
        w, same, y = sizes[row["stratum"]] / per[row["stratum"]], home[a] == home[b], row["label"] == "1"
        tp, fp, pos = tp + w * (same and y), fp + w * (same and not y), pos + w * y
        right, wrong = right + (same == y), wrong + (same != y)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / pos if pos else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "right": right, "wrong": wrong, "missing": missing}


def strata_sizes(stories: list[list[StoryEvent]]) -> dict[str, int]:
    """How many report pairs marsad merged and kept apart in this run."""
    merged, apart = report_pairs(stories)
    return {"merged": len(merged), "apart": len(apart)}


def sample(stories: list[list[StoryEvent]], docs: list[Doc], n: int, out: Path,
           seed: int = 2026) -> None:
    """Write n merged and n kept-apart pairs with their sentences, for a labeller (not the repo)."""
    rng = random.Random(seed)
    by_id = {d.id: d for d in docs}
    merged, apart = report_pairs(stories)
    rows = [("merged", p) for p in rng.sample(merged, min(n, len(merged)))]
    rows += [("apart", p) for p in rng.sample(apart, min(n, len(apart)))]
    rng.shuffle(rows)
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["a_article", "a_trigger", "b_article", "b_trigger", "type", "stratum",
                    "a_title", "a_published", "a_trigger_text", "a_evidence",
                    "b_title", "b_published", "b_trigger_text", "b_evidence"])
        for stratum, (a, b) in rows:
            da, db = by_id[a.doc_id], by_id[b.doc_id]
            w.writerow([a.doc_id, a.event.trigger.start, b.doc_id, b.event.trigger.start,
                        a.event.type, stratum, da.meta.title, a.published, a.event.trigger.text,
                        a.event.evidence.text, db.meta.title, b.published, b.event.trigger.text,
                        b.event.evidence.text])


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Command-line options."""
    p.add_argument("--pairs", action="append", help="labelled report pairs (TSV), repeatable; "
                   "default: the design set and the held-out set drawn after the rules were set")
    p.add_argument("--archive", help="articles (JSONL.gz); default: ../shared/eval/" + ARCHIVE)
    p.add_argument("--sample", type=int, default=0,
                   help="instead of scoring, write this many pairs per stratum to --out for labelling")
    p.add_argument("--out", default="merge_candidates.tsv", help="where --sample writes")
    p.add_argument("--seed", type=int, default=2026, help="random seed of --sample")


def main(args: argparse.Namespace) -> int:
    """Cluster the archive, merge its events, and score (or sample) report pairs."""
    cfg = config_mod.load()
    records = load_records(args.archive, cfg)
    pair_files = [Path(p) for p in args.pairs] if args.pairs else [PAIRS, HELDOUT]
    if records is None or (not args.sample and not any(p.exists() for p in pair_files)):
        print("no merge data found (../shared/eval is absent); nothing to score")
        return 0
    docs = analyse(records, cfg)
    stories = story_events(docs, cfg)
    if args.sample:
        sample(stories, docs, args.sample, Path(args.out), args.seed)
        print(f"wrote {args.out}")
        return 0
    now = strata_sizes(stories)
    print(f"merged report pairs {now['merged']:,}, same-type pairs kept apart {now['apart']:,}")
    for path in (p for p in pair_files if p.exists()):
        s = score(stories, *read_gold(path))
        print(f"{path.name}: precision {s['precision']:.3f}, recall {s['recall']:.3f}, F1 {s['f1']:.3f} "
              f"(estimated over the sampled run's pairs; {s['right']} labelled pairs decided right, "
              f"{s['wrong']} wrong, {s['missing']} no longer produced)")
    return 0
