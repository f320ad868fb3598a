"""Hijri dates to Gregorian: Umm al-Qura (hijridate) where it is defined, the tabular calendar elsewhere."""
from __future__ import annotations

import math
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

# Julian day number of 1 Muharram 1 AH in the civil (tabular) Islamic calendar, and the offset
# between Python's proleptic ordinals and Julian day numbers.
_ISLAMIC_EPOCH_JDN = 1948440
_ORDINAL_TO_JDN = 1721425
# hijridate's Umm al-Qura tables cover these years; older archive dates (Wojood's «عام 1308 هجري»)
# fall back to the arithmetic calendar, which can differ by a day or two.
UMM_AL_QURA_YEARS = range(1343, 1501)


def tabular_to_gregorian(year: int, month: int, day: int) -> date:
    """The civil tabular Islamic calendar (30-year cycle), for years outside Umm al-Qura."""
    jdn = (day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
           + _ISLAMIC_EPOCH_JDN - 1)
    return date.fromordinal(jdn - _ORDINAL_TO_JDN)


def to_gregorian(year: int, month: int, day: int) -> tuple[date, bool] | None:
    """(Gregorian date, exact?) of a Hijri date; exact is False for the tabular fallback; None if invalid."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        return None
    if year in UMM_AL_QURA_YEARS:
        try:
            g = Hijri(year, month, day).to_gregorian()
            return date(g.year, g.month, g.day), True
        except ValueError:
            return None
    if day == 30 and month % 2 == 0 and month != 12:
        return None
    return tabular_to_gregorian(year, month, day), False


def month_span(year: int, month: int) -> tuple[date, date, bool] | None:
    """(first day, last day, exact?) of a Hijri month in the Gregorian calendar."""
    first = to_gregorian(year, month, 1)
    if first is None:
        return None
    nxt = to_gregorian(year + month // 12, month % 12 + 1, 1)
    if nxt is None:
        return None
    return first[0], nxt[0] - timedelta(days=1), first[1] and nxt[1]


def year_span(year: int) -> tuple[date, date, bool] | None:
    """(first day, last day, exact?) of a Hijri year in the Gregorian calendar."""
    first, nxt = to_gregorian(year, 1, 1), to_gregorian(year + 1, 1, 1)
    if first is None or nxt is None:
        return None
    return first[0], nxt[0] - timedelta(days=1), first[1] and nxt[1]


def hijri_year_of(d: date) -> int:
    """The Hijri (Umm al-Qura) year a Gregorian date falls in; tabular outside its range."""
    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (ValueError, OverflowError):
        return int((d.toordinal() + _ORDINAL_TO_JDN - _ISLAMIC_EPOCH_JDN) * 30 / 10631) + 1


def month_near(anchor: date, month: int, direction: int | None) -> tuple[int, int]:
    """(Hijri year, month) of a Hijri month named without a year: the last one (-1), the next (+1),
    or the nearest to the anchor (None, this Hijri year on a tie)."""
    year = hijri_year_of(anchor)
    options = []
    for y in (year - 1, year, year + 1):
        span = month_span(y, month)
        if span is None:
            continue
        start, end, _ = span
        if direction is not None and direction < 0 and start > anchor:
            continue
        if direction is not None and direction > 0 and start <= anchor:
            continue
        distance = 0 if start <= anchor <= end else min(abs((start - anchor).days), abs((end - anchor).days))
        options.append((distance, y != year, y))
    if not options:
        return year, month
    if direction is not None and direction < 0:
        return max(o[2] for o in options), month
    if direction is not None and direction > 0:
        return min(o[2] for o in options), month
    return min(options)[2], month


def gregorian_year_month(gregorian_year: int, month: int) -> tuple[int, int] | None:
    """The first Hijri month `month` that begins in a Gregorian year («شهر رمضان عام 1992»)."""
    guess = hijri_year_of(date(gregorian_year, 1, 1))
    for y in (guess, guess + 1):
        span = month_span(y, month)
        if span and span[0].year == gregorian_year:
            return y, month
    return None


def interval(start: date, end: date) -> str:
    """An ISO-8601 interval «2018-05-16/2018-06-14»."""
    return f"{start.isoformat()}/{end.isoformat()}"
