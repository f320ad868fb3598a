"""The named date strategies: a pattern list and a handler each, registered under the configured name.

A handler turns one regex match over normalised text into a `Found` (or None when the match is
not a date after all, e.g. «الاثنين» meaning «the two»), resolved against the publication anchor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from .calendar import word_class
from .resolve import Anchor

Handler = Callable[[re.Match[str], str, "Anchor | None"], "Found | None"]
HANDLERS: dict[str, Handler] = {}
# Words that make a following month or year name a date («في مارس», «منذ 2011»), and the
# conjunctions glued to them («وفي»): data/dates/word_classes.yaml.
DATE_CONTEXT = word_class("date_context")
GLUED_CONJUNCTIONS = word_class("glued_conjunctions")


@dataclass(frozen=True, slots=True)
class Found:
    """A resolved expression over normalised text, before its offsets are mapped back."""

    start: int
    end: int
    type: str
    value: str | None
    precision: str | None
    strategy: str = ""
    flags: tuple[str, ...] = ()
    day: date | None = None        # the calendar day, when the expression names one
    daypart: str | None = None     # morning/evening … from «صباح اليوم», for a following clock time
    clock: tuple | None = None     # (hour, minute, zone, side of day) of a clock time
    names_day: bool = False        # a day expression, resolved or not, that a clock time can join


def strategy(name: str) -> Callable[[Handler], Handler]:
    """Register `func` as the handler of the strategy `name` (its patterns live in patterns.py)."""
    def register(func: Handler) -> Handler:
        HANDLERS[name] = func
        return func
    return register


def make(m: re.Match[str], type_: str, value: str | None, precision: str | None,
         flags: tuple[str, ...] = (), **extra) -> Found:
    """A `Found` over the match's `x` group (or the whole match)."""
    start, end = m.span("x") if "x" in m.re.groupindex else m.span()
    return Found(start, end, type_, value, precision, flags=flags, **extra)


def prev_word(norm: str, i: int) -> str:
    """The word just before position `i`, without a glued و/ف («وفي» -> «في»)."""
    j = i
    while j > 0 and not norm[j - 1].isalnum():
        if norm[j - 1] in ".،,;؛:!?؟\n":
            return ""
        j -= 1
    k = j
    while k > 0 and norm[k - 1].isalnum():
        k -= 1
    word = norm[k:j]
    return word[1:] if len(word) > 2 and word[0] in GLUED_CONJUNCTIONS else word


def prev_char(norm: str, i: int) -> str:
    """The first non-space character before position `i` ('' at the start)."""
    j = i - 1
    while j >= 0 and norm[j].isspace():
        j -= 1
    return norm[j] if j >= 0 else ""


def next_word(norm: str, i: int) -> str:
    """The word just after position `i` ('' if punctuation comes first)."""
    j = i
    while j < len(norm) and norm[j].isspace():
        j += 1
    k = j
    while k < len(norm) and norm[k].isalnum():
        k += 1
    return norm[j:k]


def next_char(norm: str, i: int) -> str:
    """The first non-space character from position `i` ('' at the end)."""
    j = i
    while j < len(norm) and norm[j].isspace():
        j += 1
    return norm[j] if j < len(norm) else ""


def in_date_context(norm: str, start: int) -> bool:
    """Whether the word before `start` introduces a date («في», «منذ», «حتى» …)."""
    return prev_word(norm, start) in DATE_CONTEXT
