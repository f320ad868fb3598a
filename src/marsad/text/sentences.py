"""Sentence splitting that respects Arabic punctuation, quotation marks and line structure."""
from __future__ import annotations

import re
from typing import Iterator

ENDERS = frozenset(".!?؟…")
OPENERS = {"«": "»", "“": "”", "‹": "›"}
CLOSERS = frozenset(OPENERS.values())
_TRAILERS = frozenset("»”’\"')]›")
MAX_QUOTE_DEPTH_CHARS = 600  # an unclosed quote must not swallow a whole article


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield `(start, end)` of each sentence inside `text[start:end]`, whitespace trimmed."""
    end = len(text) if end is None else end
    for line_start, line_end in _lines(text, start, end):
        yield from _split_line(text, line_start, line_end)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Non-empty lines of the range: a line break always ends a sentence in pasted news."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield from _trim(text, pos, stop)
        pos = stop + 1


def _trim(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The range without surrounding whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


_SPECIAL = re.compile("[" + re.escape("".join(ENDERS) + "".join(OPENERS) + "".join(CLOSERS)) + '"]')


def _split_line(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split one line at sentence-final punctuation outside quotation marks."""
    sent_start, depth, opened_at, straight_open = start, 0, 0, False
    for m in _SPECIAL.finditer(text, start, end):
        i, c = m.start(), m.group()
        if i < sent_start:
            continue
        if c in OPENERS:
            depth, opened_at = depth + 1, i
        elif c in CLOSERS and depth:
            depth -= 1
        elif c == '"':
            straight_open = not straight_open
        if depth and i - opened_at > MAX_QUOTE_DEPTH_CHARS:
            depth = 0
        if c in ENDERS and not depth and not straight_open and _is_boundary(text, i, end):
            stop = i + 1
            while stop < end and (text[stop] in ENDERS or text[stop] in _TRAILERS):
                stop += 1
            yield from _trim(text, sent_start, stop)
            sent_start = stop
    yield from _trim(text, sent_start, end)


def _is_boundary(text: str, i: int, end: int) -> bool:
    """A full stop between digits (3.5) or letters (U.S.) does not end a sentence."""
    if text[i] != ".":
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isdigit() and after.isdigit():
        return False
    return not (after.isalpha() and before.isalpha()) and not _initial_before(text, i)


def _initial_before(text: str, i: int) -> bool:
    """«د . بشار», «ج. لوكاس»: a one-letter word before the stop is an abbreviation or an initial."""
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1
    return j > 0 and text[j - 1].isalpha() and (j == 1 or not text[j - 2].isalpha())
