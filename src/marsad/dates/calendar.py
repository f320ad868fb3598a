"""Month and weekday names from the data files, keyed by normalised spelling."""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import read_tsv
from ..text.normalize import normalize


@lru_cache(maxsize=None)
def months(family: str | None = None) -> dict[str, int]:
    """Normalised month name -> month number; Gregorian families unless `family` says hijri."""
    out = {}
    for row in read_tsv("dates/months.tsv"):
        is_hijri = row["family"] == "hijri"
        if (family == "hijri") == is_hijri:
            out[normalize(row["name"])] = int(row["month"])
    return out


@lru_cache(maxsize=None)
def weekdays() -> dict[str, int]:
    """Normalised weekday name (with and without ال) -> ISO weekday (1 = Monday)."""
    out = {}
    for row in read_tsv("dates/weekdays.tsv"):
        norm = normalize(row["name"])
        out[norm] = int(row["weekday"])
        out[norm.removeprefix("ال")] = int(row["weekday"])
    return out


def alternation(names: list[str] | set[str] | dict[str, int]) -> str:
    """A regex alternation of names, longest first so «كانون الثاني» beats «كانون»."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
