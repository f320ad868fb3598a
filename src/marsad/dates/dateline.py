"""Publication time from a page's date line («الأحد 04 يناير 2026 - 09:36 م», «04/01/2026»)."""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from ..text.normalize import normalize_with_map
from .calendar import alternation, months, weekdays, word_class
from .patterns import context_pattern

# Meridiem markers after a 12-hour time (data/dates/word_classes.yaml): ص morning, م evening.
_AM = word_class("am_markers")
_PM = word_class("pm_markers")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """The date-line regex over normalised text, built from the month and weekday data."""
    wd = alternation(weekdays())
    mo = alternation(months())
    time = context_pattern("dateline_time").pattern
    named = rf"(?:(?:{wd})\s*[،,]?\s*)?(?P<d>\d{{1,2}})\s*(?P<mo>{mo})\s*[،,]?\s*(?P<y>\d{{4}})"
    numeric = r"(?:(?:" + wd + r")\s*[،,]?\s*)?(?P<nd>\d{1,2})[/.-](?P<nm>\d{1,2})[/.-](?P<ny>\d{4})"
    iso = r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?:[T ](?P<ih>\d{2}):(?P<imi>\d{2}))?"
    return re.compile(rf"^\s*(?:{named}|{numeric}|{iso}){time}(?![\w:])")


def parse_dateline(line: str) -> tuple[str, str, int] | None:
    """`(iso value, precision, length matched in `line`)` if `line` starts with a date line."""
    norm, offsets = normalize_with_map(line)
    m = _pattern().match(norm)
    if not m:
        return None
    try:
        value, precision = _value(m)
    except ValueError:
        return None
    return value, precision, offsets[m.end()] if m.end() < len(offsets) else len(line)


def _value(m: re.Match[str]) -> tuple[str, str]:
    """ISO value and precision of a matched date line (ValueError for impossible dates)."""
    g = m.groupdict()
    if g["d"]:
        y, mo, d = int(g["y"]), months()[g["mo"]], int(g["d"])
    elif g["nd"]:
        y, mo, d = int(g["ny"]), int(g["nm"]), int(g["nd"])
    else:
        y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        if g["ih"]:
            return datetime(y, mo, d, int(g["ih"]), int(g["imi"])).isoformat(timespec="minutes"), "minute"
    if not g["hh"]:
        return datetime(y, mo, d).date().isoformat(), "day"
    hour = to_24h(int(g["hh"]), g["ap"])
    return datetime(y, mo, d, hour, int(g["mi"])).isoformat(timespec="minutes"), "minute"


def to_24h(hour: int, marker: str | None) -> int:
    """The 24-hour hour of a 12-hour time with ص/م (or AM/PM); unchanged without a marker."""
    if marker is None:
        return hour
    if marker in _PM and hour < 12:
        return hour + 12
    if marker in _AM and hour == 12:
        return 0
    return hour
