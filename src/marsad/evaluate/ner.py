"""NER: entity-level exact-match micro-F1 (PER/LOC/ORG) on IOB data (Wojood sample, AQMAR)."""
from __future__ import annotations

import argparse
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .. import config
from ..resources import read_tsv
from ..text.normalize import normalize
from ..doc import Doc, Meta
from ..entities.rules import FUSED_ARTICLE
from ..pipeline import build, run
from .iob import Sentence, prf, read_iob, token_range

LABELS = {"PER", "LOC", "ORG"}
# Data-set labels mapped onto marsad's (README of each folder).
MAPPING = {"PERS": "PER", "PER": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG",
           "NORP": "NORP", "MIS0": "MISC", "MIS1": "MISC", "MIS2": "MISC", "MIS3": "MISC",
           "MIS": "MISC", "MISS1": "MISC", "MISC": "MISC", "DATE": "DATE", "TIME": "TIME"}
DEFAULT_SETS = ("ner-wojood-sample", "ner-aqmar")
DOCUMENT_SETS = ("ner-aqmar",)  # one file, one article: read whole, as marsad reads news
NESTED_SETS = ("ner-wojood-sample",)  # also scored on the outermost PER/LOC/ORG at any level
# AQMAR's annotators tag a people named by a plural noun PER, as ACE does («المسلمين», «العرب»,
# «الصليبيون»); marsad calls it NORP, so there its plural NORP nouns are scored as PER.
GROUP_PER_SETS = ("ner-aqmar",)
LEVEL_NAMES = {"outer": "outer nesting level", "scored": "outermost PER/LOC/ORG at any level",
               "all": "every nesting level"}
STAGES = ["layout", "language", "sentences", "tokens", "entities"]


def predict(sentence: Sentence, stages, cfg, groups_as_per: bool = False) -> set[tuple[int, int, str]]:
    """marsad's PER/LOC/ORG entities of one sentence, as token ranges."""
    return predict_document([sentence], stages, cfg, groups_as_per)[0]


def predict_document(sentences: list[Sentence], stages, cfg,
                     groups_as_per: bool = False) -> list[set[tuple[int, int, str]]]:
    """Entities of sentences read as one text, one line each (so a name introduced in full
    names the short mentions after it), as token ranges per sentence; with `groups_as_per`
    a plural NORP noun counts as PER."""
    starts, offsets, texts, pos = [], [], [], 0
    for sent in sentences:
        text, offs = sent.text_and_offsets()
        starts.append(pos)
        offsets.append([(s + pos, e + pos) for s, e in offs])
        texts.append(text)
        pos += len(text) + 1
    doc = run(Doc(id="s", text="\n".join(texts), meta=Meta(language="ar")), stages, cfg)
    out: list[set[tuple[int, int, str]]] = [set() for _ in sentences]
    for e in outermost(doc.entities):
        i = bisect_right(starts, e.start) - 1
        label = "PER" if groups_as_per and e.label == "NORP" and _plural_group(e.text) else e.label
        if label in LABELS and e.end <= offsets[i][-1][1]:
            out[i].add((*token_range(offsets[i], e.start, e.end), label))
    return out


def outermost(entities: list) -> list:
    """marsad's entities without those nested in a longer PER/LOC/ORG («غزة» in «محافظة غزة»):
    the flat data sets mark one level, as the gold's outermost one is scored."""
    outer = [e for e in entities if e.label in LABELS]
    return [e for e in entities if not any(o.start <= e.start and e.end <= o.end and
                                           o.end - o.start > e.end - e.start for o in outer)]


@lru_cache(maxsize=1)
def _plural_forms() -> frozenset[str]:
    """Plural demonym and group forms of data/gazetteer/demonyms.tsv, normalised."""
    return frozenset(normalize(r["form"]) for r in read_tsv("gazetteer/demonyms.tsv")
                     if r["number"] == "pl")


def _plural_group(text: str) -> bool:
    """«المسلمين», «للألمان» (ل + الألمان): a people named by a plural noun."""
    form = normalize(text)
    if form.startswith(FUSED_ARTICLE):
        form = "ال" + form[len(FUSED_ARTICLE):]
    return form in _plural_forms()


def score(files: list[Path], levels: str = "outer", documents: bool = False,
          groups_as_per: bool = False) -> tuple[dict[str, Counter], Counter]:
    """Per-label tp/fp/fn counts and the most frequent errors over IOB files; with `documents`
    each file is one text (AQMAR's are whole Wikipedia articles), else each sentence is."""
    return score_levels(files, (levels,), documents, groups_as_per)[levels]


def score_levels(files: list[Path], levels: tuple[str, ...], documents: bool = False,
                 groups_as_per: bool = False) -> dict[str, tuple[dict[str, Counter], Counter]]:
    """`score` against several gold readings, marsad run once over the files."""
    cfg = config.load()
    stages = build(STAGES)
    out = {lev: ({k: Counter() for k in ("tp", "fp", "fn")}, Counter()) for lev in levels}
    for path in files:
        sents = list(read_iob(path, MAPPING))
        preds = predict_document(sents, stages, cfg, groups_as_per) if documents else [
            predict(s, stages, cfg, groups_as_per) for s in sents]
        for sent, pred in zip(sents, preds):
            for lev, (counts, errors) in out.items():
                _count(sent, pred, sent.gold(LABELS, lev), counts, errors)
    return out


def _count(sent: Sentence, pred: set, gold: set, counts: dict[str, Counter], errors: Counter) -> None:
    """Add one sentence's hits, false alarms and misses."""
    for kind, spans in (("tp", pred & gold), ("fp", pred - gold), ("fn", gold - pred)):
        for s, e, lab in spans:
            counts[kind][lab] += 1
            if kind != "tp":
                errors[(kind.upper(), lab, " ".join(sent.tokens[s:e]))] += 1


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
    p.add_argument("--levels", choices=("outer", "scored", "all"), default=None,
                   help="gold of the outer nesting level, the outermost PER/LOC/ORG at any level, "
                        "or every level (default: outer, and scored too for nested sets)")
    p.add_argument("--documents", action="store_true",
                   help="read each file as one document (default for AQMAR's articles)")
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
        documents = args.documents or target.name in DOCUMENT_SETS
        levels = (args.levels,) if args.levels else (
            ("outer", "scored") if target.name in NESTED_SETS else ("outer",))
        unit = "documents" if documents else "sentences"
        groups = target.name in GROUP_PER_SETS
        unit += "; plural NORP nouns as PER" if groups else ""
        for level, (counts, errors) in score_levels(_files(target), levels, documents, groups).items():
            print("\n".join(report(f"{target} ({unit}; gold: {LEVEL_NAMES[level]})", counts)))
            for (kind, lab, text), n in errors.most_common(args.errors):
                print(f"    {n:4d} {kind} {lab} {text}")
    return 0
