"""Dates: DATE/TIME span detection on Wojood, and resolution accuracy on the expression table."""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..dates.tagger import find_dates
from .iob import Sentence, prf, read_iob, token_range

# Wojood labels temporal expressions DATE and TIME; durations under a day and clock times are TIME.
MAPPING = {"DATE": "DATE", "TIME": "TIME"}
TABLE = Path(__file__).resolve().parents[3] / "tests" / "data" / "date_expressions.tsv"
TABLE_COLUMNS = ("sentence", "expression", "published", "value", "precision", "type")


def wojood_label(type_: str, value: str | None) -> str:
    """Wojood's label for one of our mentions."""
    if type_ == "time" or (type_ == "duration" and (value or "").startswith("PT")):
        return "TIME"
    return "DATE"


def predict(sentence: Sentence) -> set[tuple[int, int, str]]:
    """Our mentions in a Wojood sentence, as token ranges with a Wojood label."""
    text, offsets = sentence.text_and_offsets()
    return {(*token_range(offsets, d.start, d.end), wojood_label(d.type, d.value))
            for d in find_dates(text)}


@dataclass
class Detection:
    """Counts of exact and overlapping span matches, with and without the label."""

    exact: Counter = field(default_factory=Counter)
    labelled: Counter = field(default_factory=Counter)
    overlap: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)


def score_wojood(files: list[Path]) -> Detection:
    """Span detection of DATE/TIME over Wojood IOB files (gold from every nesting level)."""
    out = Detection()
    for path in files:
        for sent in read_iob(path, MAPPING):
            gold = sent.gold({"DATE", "TIME"}, "all")
            _count(out, gold, predict(sent), sent)
    return out


def _count(out: Detection, gold: set, pred: set, sent: Sentence) -> None:
    """Add one sentence's matches to the counters."""
    g2, p2 = {(s, e) for s, e, _ in gold}, {(s, e) for s, e, _ in pred}
    _add(out.exact, len(g2 & p2), len(p2 - g2), len(g2 - p2))
    _add(out.labelled, len(gold & pred), len(pred - gold), len(gold - pred))
    hit_p = sum(1 for s, e in p2 if any(s < ge and gs < e for gs, ge in g2))
    hit_g = sum(1 for s, e in g2 if any(s < pe and ps < e for ps, pe in p2))
    out.overlap.update(tp_p=hit_p, fp=len(p2) - hit_p, tp_g=hit_g, fn=len(g2) - hit_g)
    for kind, spans in (("FP", p2 - g2), ("FN", g2 - p2)):
        out.errors.update((kind, " ".join(sent.tokens[s:e])) for s, e in spans)


def _add(c: Counter, tp: int, fp: int, fn: int) -> None:
    """Accumulate tp/fp/fn."""
    c.update(tp=tp, fp=fp, fn=fn)


def overlap_prf(c: Counter) -> tuple[float, float, float]:
    """P over predicted spans touching a gold span, R over gold spans touched by a prediction."""
    p = prf(c["tp_p"], c["fp"], 0)[0]
    r = prf(c["tp_g"], 0, c["fn"])[1]
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class TableScore:
    """Resolution accuracy on the expression table."""

    rows: int = 0
    found: int = 0
    resolvable: int = 0
    resolved: int = 0
    failures: list[tuple[dict, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of resolvable rows resolved exactly (value, precision and type)."""
        return self.resolved / self.resolvable if self.resolvable else 0.0


def read_table(path: Path = TABLE) -> list[dict[str, str]]:
    """Rows of the expression table (tab-separated, header row, `#` comments)."""
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def check_row(row: dict[str, str]) -> str | None:
    """None when the table row's expression is found and resolved as expected, else what went wrong."""
    sentence, expr = row["sentence"], row["expression"]
    at = sentence.find(expr)
    if at < 0:
        return "expression not in sentence"
    mentions = find_dates(sentence, row["published"] or None)
    same = [d for d in mentions if d.start == at and d.end == at + len(expr)]
    near = same or [d for d in mentions if d.start < at + len(expr) and at < d.end]
    if not near:
        return "not found"
    d = near[0]
    got = (d.value or "", d.precision or "", d.type)
    want = (row["value"], row["precision"], row["type"])
    if got != want:
        return f"got {got}, want {want}" + ("" if same else f" (span {d.text!r})")
    return None if same else f"span {d.text!r}"


def score_table(path: Path = TABLE) -> TableScore:
    """Resolution accuracy over the table; a row with an expected value is resolvable."""
    out = TableScore()
    for row in read_table(path):
        out.rows += 1
        problem = check_row(row)
        resolvable = bool(row["value"])
        out.resolvable += resolvable
        value_ok = problem is None or problem.startswith("span ")
        out.found += problem not in ("not found", "expression not in sentence")
        out.resolved += resolvable and value_ok
        if problem:
            out.failures.append((row, problem))
    return out


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Command-line options."""
    p.add_argument("path", nargs="?",
                   help="Wojood folder or IOB file (default: ../shared/eval/ner-wojood-sample)")
    p.add_argument("--table", default=str(TABLE), help="the expression table (TSV)")
    p.add_argument("--errors", type=int, default=0,
                   help="show the N most frequent span errors, and every table row that fails")


def main(args: argparse.Namespace) -> int:
    """Print detection and resolution scores."""
    from . import shared_eval
    target = Path(args.path) if args.path else shared_eval() / "ner-wojood-sample"
    if target.exists():
        files = [target] if target.is_file() else sorted(target.glob("*.txt"))
        _print_detection(target, score_wojood(files), args.errors)
    else:
        print(f"{target} is absent; skipping DATE/TIME detection")
    table = Path(args.table)
    if table.exists():
        _print_table(table, score_table(table), args.errors)
    else:
        print(f"{table} is absent; skipping resolution accuracy")
    return 0


def _print_detection(target: Path, det: Detection, errors: int) -> None:
    """The detection table."""
    print(f"DATE/TIME detection on {target}")
    print(f"  {'match':<22} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for name, c in (("exact span", det.exact), ("exact span + label", det.labelled)):
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"  {name:<22} {p:6.3f} {r:6.3f} {f:6.3f} {c['tp']:5d} {c['fp']:5d} {c['fn']:5d}")
    p, r, f = overlap_prf(det.overlap)
    print(f"  {'partial overlap':<22} {p:6.3f} {r:6.3f} {f:6.3f}")
    for (kind, text), n in det.errors.most_common(errors):
        print(f"    {kind} {n:3d}  {text}")


def _print_table(table: Path, ts: TableScore, errors: int) -> None:
    """The resolution summary and, on request, every failing row."""
    print(f"resolution on {table.name}: {ts.rows} expressions, {ts.found} found, "
          f"{ts.resolved}/{ts.resolvable} resolvable resolved exactly ({ts.accuracy:.1%})")
    if errors:
        for row, problem in ts.failures:
            print(f"    {row['expression']!r} ({row['published'] or 'no date'}): {problem}")
