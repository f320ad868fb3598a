"""Find every temporal expression in a text and resolve it against the publication time.

`find_dates` is pure: text (and the sentence spans to look in) in, `DateMention`s out, each with
exact offsets into the original text. Matching runs on normalised text (alef, yeh, teh marbuta,
tashkeel, Eastern digits) and the offset map brings every span back to the original.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Iterable, Iterator, Sequence

from ..doc import DateMention
from ..errors import ConfigError
from ..text.normalize import ALEF_FORMS, TASHKEEL, TATWEEL
from . import absolute, clock, relative  # noqa: F401  (register the strategies)
from .clock import clock_value, zone_of
from .patterns import compiled, context_pattern, zone_after
from .resolve import Anchor, anchor_from
from .strategies import HANDLERS, Found
from .triggers import keys_of, wanted

# The order in which strategies claim overlapping words (the longer match wins first); the
# shipped order is [dates] strategies in defaults.toml.
DEFAULT_STRATEGIES = ("not-date", "absolute", "hijri", "relative", "weekday", "period", "time",
                      "duration", "set", "vague")
_DROPPED = frozenset(TASHKEEL | {TATWEEL})
_FOLD = {ord(c): None for c in _DROPPED}
_FOLD.update({ord(c): "ا" for c in ALEF_FORMS})
_FOLD.update({ord("ى"): "ي", ord("ة"): "ه"})
_FOLD.update({c: str(i) for base in (0x0660, 0x06F0) for i, c in enumerate(range(base, base + 10))})
# Between a day and its clock time («الأحد 04 يناير 2026 - 09:36 م», «أمس في الساعة 10»), and
# between a time and its day («العاشرة من صباح اليوم»).
_DAY_THEN_TIME = context_pattern("day_then_time")
_TIME_THEN_DAY = context_pattern("time_then_day")


def find_dates(text: str, published: str | None = None, spans: Iterable[tuple[int, int]] | None = None,
               *, strategies: Sequence[str] = DEFAULT_STRATEGIES) -> list[DateMention]:
    """Every temporal expression in `text` (or in the given `(start, end)` spans of it).

    Relative expressions are resolved against `published` (ISO-8601, RFC 2822 or a date line);
    without it they keep `value=None`. Strategies run in the given order; overlapping matches go
    to the longest, then to the earlier strategy.
    """
    anchor = anchor_from(published)
    order = tuple(strategies)
    unknown = [s for s in order if s not in HANDLERS]
    if unknown:
        raise ConfigError(f"unknown date strategies: {', '.join(unknown)}; known: {', '.join(HANDLERS)}")
    out: list[DateMention] = []
    for start, end in (spans if spans is not None else [(0, len(text))]):
        out.extend(_find_in(text, start, end, anchor, order))
    return out


def fold(text: str) -> tuple[str, list[int] | None]:
    """Normalised text and its offset map (None when every character kept its place).

    The same as `normalize_with_map` (a test checks it) but through `str.translate`: every
    character maps to one character or none, so the map is the positions of the kept ones.
    """
    norm = text.translate(_FOLD)
    if len(norm) == len(text):
        return norm, None
    offsets = [i for i, c in enumerate(text) if c not in _DROPPED]
    offsets.append(len(text))
    return norm, offsets


def _find_in(text: str, start: int, end: int, anchor: Anchor | None,
             order: tuple[str, ...]) -> Iterator[DateMention]:
    """The mentions inside `text[start:end]`."""
    piece = text[start:end]
    norm, offsets = fold(piece)
    found = merge_clock_times(select(candidates(norm, anchor, order)), norm)
    for f in found:
        if f.type != "not-date":
            s, e = _original(piece, offsets, f.start, f.end)
            yield DateMention(start + s, start + e, piece[s:e], type=f.type, value=f.value,
                              precision=f.precision, strategy=f.strategy, flags=f.flags)


def candidates(norm: str, anchor: Anchor | None, order: tuple[str, ...]) -> Iterator[tuple[Found, int]]:
    """Every valid match of every strategy, with the strategy's rank in `order`."""
    keys = keys_of(norm)
    for rank, name in enumerate(order):
        handler = HANDLERS[name]
        for i, rx in enumerate(compiled(name)):
            if not wanted(name, i, keys):
                continue
            for m in rx.finditer(norm):
                f = handler(m, norm, anchor)
                if f is not None and f.end > f.start:
                    yield dataclasses.replace(f, strategy=name), rank


def select(cands: Iterable[tuple[Found, int]]) -> list[Found]:
    """Non-overlapping matches: longest first, then the earlier strategy, then the earlier position."""
    taken: list[Found] = []
    for f, _ in sorted(cands, key=lambda c: (c[0].start - c[0].end, c[1], c[0].start)):
        if all(f.end <= t.start or f.start >= t.end for t in taken):
            taken.append(f)
    return sorted(taken, key=lambda f: f.start)


def merge_clock_times(found: list[Found], norm: str) -> list[Found]:
    """Join a day and an adjacent clock time into one minute- or hour-precision mention."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and _joins(prev, f, norm):
            out[-1] = _joined(prev, f, norm)
        else:
            out.append(f)
    return out


def _joins(a: Found, b: Found, norm: str) -> bool:
    """Whether `a` then `b` are one day-and-time expression."""
    gap = norm[a.end:b.start]
    if a.names_day and b.clock and not b.names_day:
        return _DAY_THEN_TIME.fullmatch(gap) is not None
    if a.clock and b.names_day and not a.names_day:
        return _TIME_THEN_DAY.fullmatch(gap) is not None
    return False


def _joined(a: Found, b: Found, norm: str) -> Found:
    """The day-and-time mention spanning `a` and `b` (and a time zone named right after them)."""
    day_part, time_part = (a, b) if a.names_day else (b, a)
    clock, end = time_part.clock, b.end
    zone = zone_after().match(norm, end) if clock[2] is None else None
    if zone:
        clock = (clock[0], clock[1], _zone_name(zone), clock[3])
        end = zone.end()
    flags = tuple(dict.fromkeys(day_part.flags))
    value = precision = None
    if day_part.day is not None:
        value, precision, clock_flags = clock_value(day_part.day, clock, day_part.daypart)
        flags += clock_flags
    return Found(a.start, end, "time", value, precision, f"{day_part.strategy}+time", flags,
                 day=day_part.day, names_day=True)


def _zone_name(m: re.Match[str]) -> str | None:
    """The IANA zone of a matched «بتوقيت غرينتش» / «(ت غ)»; None for «بالتوقيت المحلي»."""
    return zone_of(m["tz"], m["gmt"])


def _original(piece: str, offsets: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """The span in the original text, stretched over trailing marks («مساءً» keeps its tanween)."""
    if offsets is None:
        return start, end
    s, e = offsets[start], offsets[end - 1] + 1
    while e < len(piece) and piece[e].translate(_FOLD) == "":
        e += 1
    return s, e
