"""Reading IOB-tagged corpora (Wojood's nested columns, AQMAR's stray tags) into token spans."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

SEGMENT_MARK = "$#$"  # Wojood's end-of-segment token
_TAG = re.compile(r"^([BI])-+(.+)$")


@dataclass(frozen=True)
class Sentence:
    """Tokens of one sentence and its gold spans `(start token, end token, label, level)`."""

    tokens: tuple[str, ...]
    spans: frozenset[tuple[int, int, str, int]]

    def text_and_offsets(self) -> tuple[str, list[tuple[int, int]]]:
        """The tokens joined by spaces, and each token's character range in that text."""
        offsets, pos = [], 0
        for tok in self.tokens:
            offsets.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        return " ".join(self.tokens), offsets

    def gold(self, labels: set[str], levels: str = "outer") -> set[tuple[int, int, str]]:
        """Gold spans with the given labels: of the outer level (`outer`), of every level (`all`),
        or the outermost of these labels at any level (`scored`: «بلدية نابلس» inside the
        occupation «رئيس بلدية نابلس», a type the labels leave out)."""
        spans = {(s, e, lab) for s, e, lab, lev in self.spans
                 if lab in labels and (lev == 0 or levels != "outer")}
        if levels != "scored":
            return spans
        return {x for x in spans
                if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in spans)}


def clean_tag(tag: str) -> tuple[str, str | None]:
    """("B"|"I"|"O", raw label) from a tag, tolerating strays like `I--ORG`, `OO`, `IO`."""
    m = _TAG.match(tag)
    if m:
        return m.group(1), m.group(2)
    return "O", None


def spans_of(tags: list[str], mapping: dict[str, str], level: int) -> set[tuple[int, int, str, int]]:
    """Spans of one tag column; labels are mapped (unmapped labels are dropped)."""
    out, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        bio, raw = clean_tag(tag)
        lab = mapping.get(raw) if raw else None
        if start is not None and (bio != "I" or lab != label):
            out.add((start, i, label, level))
            start = None
        if bio == "B" or (bio == "I" and start is None and lab):
            start, label = (i, lab) if lab else (None, None)
    return out


def read_iob(path: str | Path, mapping: dict[str, str]) -> Iterator[Sentence]:
    """Sentences of an IOB file: `token tag [tag …]` per line, a blank line between sentences."""
    tokens: list[str] = []
    columns: list[list[str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in [*fh, ""]:
            parts = line.split()
            if parts and parts[0] != SEGMENT_MARK:
                tokens.append(parts[0])
                columns.append(parts[1:] or ["O"])
            elif not parts and tokens:
                yield _sentence(tokens, columns, mapping)
                tokens, columns = [], []


def _sentence(tokens: list[str], columns: list[list[str]], mapping: dict[str, str]) -> Sentence:
    """One sentence with the spans of every nesting level."""
    depth = max(len(c) for c in columns)
    spans: set[tuple[int, int, str, int]] = set()
    for level in range(depth):
        spans |= spans_of([c[level] if level < len(c) else "O" for c in columns], mapping, level)
    return Sentence(tuple(tokens), frozenset(spans))


def token_range(offsets: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The tokens a character span touches (a span inside «وباريس» maps to that token)."""
    first = next(i for i, (_, e) in enumerate(offsets) if e > start)
    last = max(i for i, (s, _) in enumerate(offsets) if s < end)
    return first, last + 1


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
