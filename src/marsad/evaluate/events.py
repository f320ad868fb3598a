"""Events: PROTEST/ASSAULT detection P/R/F1 and actor extraction on the Arabic PLOVER gold standard.

Detection (`*_detection.csv`): a sentence is predicted positive when marsad finds an event of the type
reported as happening in that sentence (modality happened; background references are historical); `yes` is positive, `easy no` and
`difficult no` negative, `ambiguous` skipped. Actors (`*_spans.json`): token-overlap F1 between the
consensus source span and the actors of marsad's event of that type, and the accuracy of the actor's
country against the annotators' majority code (`None` when they gave none).
"""
from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .. import config
from ..doc import Doc, Event, Meta
from ..pipeline import build, run, stage_names
from ..text.tokens import analyse_word, strip_article
from .iob import prf

TYPES = ("PROTEST", "ASSAULT")
OCCURRED = frozenset(("happened",))
NEGATIVE = frozenset(("easy no", "difficult no"))
NO_COUNTRY = frozenset(("", "None", "UNKNOWN", "none"))
DEFAULT = "events-plover-gsr"


@dataclass
class Detection:
    """Counts and error examples of one type's detection."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ActorScore:
    """Actor token-overlap F1 and country agreement over the span file of one type."""

    f1: list[float] = field(default_factory=list)
    f1_found: list[float] = field(default_factory=list)
    country: Counter = field(default_factory=Counter)


class Coder:
    """The configured pipeline run on single sentences (language fixed to Arabic)."""

    def __init__(self) -> None:
        self.cfg = config.load()
        names = [n for n in stage_names(self.cfg) if n != "language"]
        self.stages = build(names)

    def events(self, text: str, etype: str) -> list[Event]:
        """Events of type `etype` reported as having occurred in one sentence."""
        doc = run(Doc(id="s", text=text, meta=Meta(language="ar")), self.stages, self.cfg)
        return [e for e in doc.events if e.type == etype and e.modality in OCCURRED]


def score_detection(path: Path, etype: str, coder: Coder) -> Detection:
    """Detection counts for one CSV."""
    out = Detection()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["label"] != "yes" and row["label"] not in NEGATIVE:
                continue
            found, gold = bool(coder.events(row["text"], etype)), row["label"] == "yes"
            if found and gold:
                out.tp += 1
            elif found:
                out.fp += 1
                out.errors.append(("FP " + row["label"], row["text"]))
            elif gold:
                out.fn += 1
                out.errors.append(("FN", row["text"]))
    return out


def gold_country(item: dict) -> str | None:
    """The annotators' majority country code for the source actor (None when none was given)."""
    votes = Counter()
    for span in item.get("spans", []):
        role = span.get("source_role")
        code = role.get("main") if isinstance(role, dict) else role
        votes[None if code in NO_COUNTRY or code is None else code] += 1
    return votes.most_common(1)[0][0] if votes else None


def word_keys(text: str) -> Counter:
    """Words compared without clitics, the article or spelling variants."""
    out = Counter()
    for w in text.split():
        w = w.strip("«»\"'()،,.:")
        if w:
            out[strip_article(analyse_word(w)[2])] += 1
    return out


def overlap_f1(pred: Counter, gold: Counter) -> float:
    """Token-overlap F1 of two bags of words."""
    common = sum((pred & gold).values())
    if not common:
        return 0.0
    p, r = common / sum(pred.values()), common / sum(gold.values())
    return 2 * p * r / (p + r)


def score_actors(path: Path, etype: str, coder: Coder) -> ActorScore:
    """Actor overlap and country agreement for one span file."""
    out = ActorScore()
    for item in json.loads(path.read_text("utf-8")):
        if not item.get("source_gold"):
            continue
        gold = word_keys(item["source_gold"])
        events = coder.events(item["text"], etype)
        event = _best(events, word_keys(item.get("verb_gold", "")))
        pred = word_keys(" ".join(a.text for a in event.actors)) if event else Counter()
        f1 = overlap_f1(pred, gold)
        out.f1.append(f1)
        if event is None:
            continue
        out.f1_found.append(f1)
        country = next((a.country for a in event.actors if a.country), None)
        expected = gold_country(item)
        out.country["all"] += 1
        out.country["all_ok"] += country == expected
        if expected:
            out.country["coded"] += 1
            out.country["coded_ok"] += country == expected
    return out


def _best(events: list[Event], verb: Counter) -> Event | None:
    """The event whose trigger shares most words with the gold verb (the first on ties)."""
    if not events:
        return None
    return max(events, key=lambda e: sum((word_keys(e.trigger.text) & verb).values()))


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Command-line options."""
    p.add_argument("path", nargs="?", help=f"the gold standard folder (default: ../shared/eval/{DEFAULT})")
    p.add_argument("--errors", type=int, default=0, help="show N detection errors per type")


def main(args: argparse.Namespace) -> int:
    """Score detection and actors for each type and print the tables."""
    from . import shared_eval
    folder = Path(args.path) if args.path else shared_eval() / DEFAULT
    if not folder.is_dir():
        print(f"no event gold standard at {folder}; nothing to score")
        return 0
    coder = Coder()
    for etype in TYPES:
        name = etype.lower()
        det = score_detection(folder / f"{name}_detection.csv", etype, coder)
        p, r, f = prf(det.tp, det.fp, det.fn)
        print(f"{etype:<8} detection  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
              f"(tp {det.tp}, fp {det.fp}, fn {det.fn})")
        spans = folder / f"{name}_spans.json"
        if spans.is_file():
            _print_actors(etype, score_actors(spans, etype, coder))
        for kind, text in det.errors[:args.errors]:
            print(f"  {kind:<15} {text[:160]}")
    return 0


def _print_actors(etype: str, act: ActorScore) -> None:
    """The actor lines of the report."""
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0  # noqa: E731
    c = act.country
    print(f"{etype:<8} actors     overlap F1 {mean(act.f1):.3f} over {len(act.f1)} gold actors "
          f"({mean(act.f1_found):.3f} where an event was found: {len(act.f1_found)})")
    print(f"{etype:<8} country    accuracy {c['all_ok'] / max(c['all'], 1):.3f} over {c['all']} found "
          f"({c['coded_ok'] / max(c['coded'], 1):.3f} over the {c['coded']} with a gold country)")
