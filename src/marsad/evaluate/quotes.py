"""Score quote finding on the hand-labelled sentence table and the example articles' required quotes.

A predicted quote matches a gold one when their cues overlap and the content starts within
`CONTENT_SLACK` characters of the gold content; the speaker is right when its text or its resolution
equals the gold speaker (normalised, honorifics such as «الشيخ» dropped).
"""
from __future__ import annotations

import argparse
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import config
from ..api import analyze
from ..doc import Block, Doc, Quote
from ..pipeline import build, run
from ..quotes.lexicon import closed_class
from ..text.normalize import normalize

ROOT = Path(__file__).resolve().parents[3]
TABLE = ROOT / "tests" / "data" / "quote_sentences.tsv"
DEMO = Path(__file__).resolve().parents[1] / "demo"
CONTENT_SLACK = 5
HONORIFICS = closed_class("honorifics")  # dropped before speakers are compared
STAGES = ["layout", "sentences", "tokens", "entities", "quotes"]  # layout keeps the given blocks


@dataclass
class Gold:
    """One expected quote of a table sentence."""

    speaker: str | None
    cue: str
    content_start: str
    direct: bool


@dataclass
class Item:
    """A table sentence with its context and expected quotes."""

    doc: str
    context: str
    sentence: str
    quotes: list[Gold] = field(default_factory=list)


@dataclass
class Scores:
    """Counts and the misses behind them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    direct_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Matched over predicted."""
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Matched over gold."""
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Right speakers over matched quotes."""
        return self.speaker_right / self.matched if self.matched else 0.0


def load_table(path: Path = TABLE) -> list[Item]:
    """The sentences of the table, rows of one sentence grouped («^» repeats the cell above)."""
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    items: list[Item] = []
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row["sentence"] != "^":
            items.append(Item(row["doc"], row["context"], row["sentence"]))
        if row["cue"] != "-":
            speaker = None if row["speaker"] == "-" else row["speaker"]
            gold = Gold(speaker, row["cue"], row["content_start"], row["direct"] == "1")
            items[-1].quotes.append(gold)
    return items


def item_doc(item: Item) -> tuple[Doc, int]:
    """A Doc of context and sentence as two body paragraphs, and where the sentence starts."""
    text = f"{item.context}\n{item.sentence}" if item.context else item.sentence
    at = len(text) - len(item.sentence)
    blocks = tuple(Block(s, s + len(part), part, kind="body")
                   for s, part in ((0, item.context), (at, item.sentence)) if part)
    return Doc(id=item.doc, text=text, blocks=blocks), at


def speaker_key(text: str | None) -> str:
    """A speaker compared without punctuation, hashtags marks and leading honorifics."""
    if text is None:
        return ""
    words = re.sub(r"[^\w\s]|_", " ", normalize(text)).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def speaker_right(q: Quote, gold: str | None) -> bool:
    """Whether the quote's speaker or its resolution is the gold speaker."""
    if gold is None:
        return q.speaker is None
    return speaker_key(gold) in {speaker_key(s.text) for s in (q.speaker, q.speaker_resolved) if s}


def score_item(item: Item, quotes: list[Quote], at: int, scores: Scores) -> None:
    """Match one sentence's predictions against its gold quotes, greedily in text order."""
    preds = [q for q in quotes if q.cue.start >= at]
    scores.gold += len(item.quotes)
    scores.predicted += len(preds)
    used: set[int] = set()
    pos = 0
    for g in item.quotes:
        cue_at = item.sentence.find(g.cue, pos)
        pos = cue_at + 1
        start = at + item.sentence.find(g.content_start, cue_at)
        cue = (at + cue_at, at + cue_at + len(g.cue))
        hit = next((n for n, q in enumerate(preds) if n not in used and q.cue.start < cue[1]
                    and cue[0] < q.cue.end and abs(q.content.start - start) <= CONTENT_SLACK), None)
        if hit is None:
            scores.errors.append(f"missed  {item.doc}: {g.cue} → {g.content_start}")
            continue
        used.add(hit)
        q = preds[hit]
        scores.matched += 1
        scores.direct_right += q.direct == g.direct
        if speaker_right(q, g.speaker):
            scores.speaker_right += 1
        else:
            got = q.speaker.text if q.speaker else None
            scores.errors.append(f"speaker {item.doc}: {g.cue}: want {g.speaker!r}, got {got!r}")
    for n, q in enumerate(preds):
        if n not in used:
            scores.errors.append(f"extra   {item.doc}: {q.cue.text} → {q.content.text[:30]}")


def score_table(path: Path = TABLE) -> Scores:
    """Quote P/R/F1 and speaker accuracy over every sentence of the table."""
    cfg = config.load()
    stages = build(STAGES)
    scores = Scores()
    for item in load_table(path):
        doc, at = item_doc(item)
        doc = run(doc, stages, cfg)
        score_item(item, list(doc.quotes), at, scores)
    return scores


def required_found(q: Quote, want: dict) -> bool:
    """Whether a predicted quote satisfies one of an example's required quotes."""
    if normalize(q.cue.text) != normalize(want["cue"]) or not speaker_right(q, want["speaker"]):
        return False
    resolved = q.speaker_resolved.text if q.speaker_resolved else None
    if "resolves_to" in want and speaker_key(resolved) != speaker_key(want["resolves_to"]):
        return False
    if "direct" in want and q.direct != want["direct"]:
        return False
    return normalize(q.content.text).startswith(normalize(want.get("content_starts", "")))


def score_examples(demo: Path = DEMO) -> list[tuple[str, int, list[dict]]]:
    """(example, required quotes, the ones not found) for each bundled example article."""
    import yaml
    out = []
    for path in sorted(demo.glob("*.expected.yaml")):
        name = path.name.removesuffix(".expected.yaml")
        expected = yaml.safe_load(path.read_text("utf-8"))
        required = (expected.get("quotes") or {}).get("required") or []
        doc = analyze((demo / f"{name}.txt").read_text("utf-8"), id=name)
        missing = [w for w in required if not any(required_found(q, w) for q in doc.quotes)]
        out.append((name, len(required), missing))
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """`python -m marsad.evaluate quotes [TABLE] [--errors]`."""
    parser.add_argument("table", nargs="?", type=Path, default=TABLE,
                        help="the labelled sentence table (default: tests/data/quote_sentences.tsv)")
    parser.add_argument("--errors", action="store_true", help="list every miss, extra and wrong speaker")


def main(args: argparse.Namespace) -> int:
    """Print the table scores and the examples' required quotes found."""
    if not args.table.exists():
        print(f"no table at {args.table}; skipping the sentence table")
    else:
        s = score_table(args.table)
        print(f"quotes: P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
              f"(gold {s.gold}, predicted {s.predicted}, matched {s.matched})")
        print(f"speaker accuracy {s.speaker_accuracy:.3f}  direct accuracy "
              f"{s.direct_right / s.matched if s.matched else 0:.3f}")
        if args.errors:
            print("\n".join(s.errors))
    for name, n, missing in score_examples():
        print(f"{name}: {n - len(missing)}/{n} required quotes")
        for w in missing:
            print(f"  missing {w}")
    return 0
