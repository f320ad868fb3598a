"""NER: entity-level exact-match micro-F1 (PER/LOC/ORG) on IOB data (Wojood sample, AQMAR)."""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from .. import config
from ..doc import Doc, Meta
from ..pipeline import build, run
from .iob import Sentence, prf, read_iob, token_range

LABELS = {"PER", "LOC", "ORG"}
# Data-set labels mapped onto marsad's (README of each folder).
MAPPING = {"PERS": "PER", "PER": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG",
           "NORP": "NORP", "MIS0": "MISC", "MIS1": "MISC", "MIS2": "MISC", "MIS3": "MISC",
           "MIS": "MISC", "MISS1": "MISC", "MISC": "MISC", "DATE": "DATE", "TIME": "TIME"}
DEFAULT_SETS = ("ner-wojood-sample", "ner-aqmar")
STAGES = ["layout", "language", "sentences", "tokens", "entities"]


def predict(sentence: Sentence, stages, cfg) -> set[tuple[int, int, str]]:
    """marsad's PER/LOC/ORG entities of one sentence, as token ranges."""
    text, offsets = sentence.text_and_offsets()
    doc = run(Doc(id="s", text=text, meta=Meta(language="ar")), stages, cfg)
    return {(*token_range(offsets, e.start, e.end), e.label) for e in doc.entities
            if e.label in LABELS}


def score(files: list[Path], outer_only: bool = True) -> tuple[dict[str, Counter], Counter]:
    """Per-label tp/fp/fn counts and the most frequent errors over IOB files."""
    cfg = config.load()
    stages = build(STAGES)
    counts = {k: Counter() for k in ("tp", "fp", "fn")}
    errors: Counter = Counter()
    for path in files:
        for sent in read_iob(path, MAPPING):
            gold, pred = sent.gold(LABELS, outer_only), predict(sent, stages, cfg)
            for kind, spans in (("tp", pred & gold), ("fp", pred - gold), ("fn", gold - pred)):
                for s, e, lab in spans:
                    counts[kind][lab] += 1
                    if kind != "tp":
                        errors[(kind.upper(), lab, " ".join(sent.tokens[s:e]))] += 1
    return counts, errors


def report(name: str, counts: dict[str, Counter]) -> list[str]:
    """Lines of a per-label and micro-averaged P/R/F1 table."""
    lines = [f"{name}", f"  {'label':<6} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}"]
    for lab in [*sorted(LABELS), "micro"]:
        tp, fp, fn = ((sum(counts[k].values()) if lab == "micro" else counts[k][lab])
                      for k in ("tp", "fp", "fn"))
        p, r, f = prf(tp, fp, fn)
        lines.append(f"  {lab:<6} {p:6.3f} {r:6.3f} {f:6.3f} {tp:6d} {fp:6d} {fn:6d}")
    return lines


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Command-line options."""
    p.add_argument("paths", nargs="*", help="IOB files or folders (default: ../shared/eval NER sets)")
    p.add_argument("--all-levels", action="store_true", help="gold from every nesting level")
    p.add_argument("--errors", type=int, default=0, help="show the N most frequent errors")


def _files(path: Path) -> list[Path]:
    """IOB files under a folder (its README excluded), or the file itself."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.glob("*.txt") if p.name.lower() != "readme.txt")


def main(args: argparse.Namespace) -> int:
    """Score each data set and print the tables."""
    from . import shared_eval
    targets = [Path(p) for p in args.paths] or [
        d for d in (shared_eval() / s for s in DEFAULT_SETS) if d.is_dir()]
    if not targets:
        print("no NER data found (../shared/eval is absent); nothing to score")
        return 0
    for target in targets:
        counts, errors = score(_files(target), outer_only=not args.all_levels)
        print("\n".join(report(str(target), counts)))
        for (kind, lab, text), n in errors.most_common(args.errors):
            print(f"    {n:4d} {kind} {lab} {text}")
    return 0
