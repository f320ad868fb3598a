"""Calendar arithmetic that resolves a temporal expression against the publication time.

Every function is pure and returns ISO values at the precision the expression carries:
day "2026-01-05", week "2025-W52", month "2025-12", part of a month "2025-12-early", year "2025".
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.utils import parsedate_to_datetime

from .dateline import parse_dateline

PARTS = ("early", "mid", "late")


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication time relative expressions are resolved against (local date as published)."""

    day: date
    clock: time | None = None
    zone_known: bool = False


def anchor_from(published: str | None) -> Anchor | None:
    """The anchor of an ISO-8601, RFC 2822 or date-line publication string; None when absent or unreadable."""
    if not published:
        return None
    moment = _parse_moment(published.strip())
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return Anchor(moment.date(), moment.time().replace(tzinfo=None), moment.tzinfo is not None)
    return Anchor(moment)


def _parse_moment(text: str) -> date | datetime | None:
    """A date or datetime from the common publication formats."""
    try:
        return datetime.fromisoformat(text) if "T" in text or " " in text[:11] else date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    found = parse_dateline(text)
    if found is None:
        return None
    return datetime.fromisoformat(found[0]) if "T" in found[0] else date.fromisoformat(found[0])


def iso_day(d: date) -> str:
    """«2026-01-05»."""
    return d.isoformat()


def iso_week(d: date) -> str:
    """The ISO week holding `d`: «2025-W52»."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def iso_month(year: int, month: int) -> str:
    """«2025-12»."""
    return f"{year:04d}-{month:02d}"


def iso_part(year: int, month: int, part: str) -> str:
    """Part of a month: «2025-12-early», «2025-12-mid», «2025-12-late»."""
    return f"{year:04d}-{month:02d}-{part}"


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """(year, month) `k` months after (negative: before) the given month."""
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def month_by_direction(anchor: date, month: int, direction: int) -> tuple[int, int]:
    """The named month relative to the anchor: -1 the last one before it («ديسمبر الماضي»),
    +1 the next one after it («مايو المقبل»), 0 this year's («مارس الجاري»)."""
    year = anchor.year
    if direction < 0:
        return (year, month) if month < anchor.month else (year - 1, month)
    if direction > 0:
        return (year, month) if month > anchor.month else (year + 1, month)
    return year, month


PAST_LEAN = 4     # months a past occurrence must be nearer after «حتى»
FUTURE_LEAN = 7   # months a coming occurrence must be nearer with no cue at all


def nearest_month(anchor: date, month: int, tense: int | None = None) -> tuple[int, int]:
    """A month named without a year: the occurrence nearest the anchor (this year on a tie);
    with tense -1 («منذ مارس») the latest one not after the anchor; +1 («حتى مايو») leans to the
    coming one (a past one must be four months nearer to win). Without a cue news tells what has
    happened, so a coming month must be seven months nearer to win: in March, «في أبريل» is next
    month, «حزيران/يونيو» and «آب/أغسطس» are last year's."""
    here = anchor.year * 12 + anchor.month
    options = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1)
               if tense is None or tense > 0 or y * 12 + month <= here]
    return min((abs((y * 12 + month) - here) + _lean(tense, y * 12 + month - here), y != anchor.year, y)
               for y in options)[2], month


def _lean(tense: int | None, ahead: int) -> int:
    """Months added to one occurrence's distance: a past one after «حتى», a coming one without a cue."""
    if tense and tense > 0:
        return PAST_LEAN if ahead < 0 else 0
    return FUTURE_LEAN if tense is None and ahead > 0 else 0


def nearest_day(anchor: date, month: int, day: int, tense: int | None = None) -> date | None:
    """A day and month without a year: the occurrence nearest the anchor; None if impossible.

    tense -1 («منذ 18 فبراير») allows none after the anchor; +1 («حتى الثلاثين من سبتمبر») leans to
    the coming one: a past one must be 120 days nearer to win («أمهله حتى الخامس من مارس»)."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if tense is None or tense > 0 or d <= anchor:
            options.append(d)
    if not options:
        return None
    lean = 120 if tense and tense > 0 else 0
    return min(options, key=lambda d: (abs((d - anchor).days) + (lean if d < anchor else 0),
                                       d.year != anchor.year))


def weekday_date(anchor: date, weekday: int, direction: int | None, future: bool = False) -> date:
    """The day a weekday name points to.

    direction -1 («الخميس الماضي»): the last one strictly before the anchor; +1 («المقبل»): the
    next one strictly after; ±2 one week further. None (a bare «الخميس»): the most recent one,
    today included, or the coming one when the sentence speaks of the future.
    """
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if direction is None:
        return anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)
    if direction < 0:
        return anchor - timedelta(days=(back or 7) + 7 * (abs(direction) - 1))
    return anchor + timedelta(days=(ahead or 7) + 7 * (direction - 1))


def shift(anchor: Anchor, unit: str, n: int) -> tuple[str, str]:
    """(value, precision) `n` units after the anchor (before when negative): «منذ 3 أيام» is n = -3."""
    if unit in ("day", "week"):
        d = anchor.day + timedelta(days=n * (7 if unit == "week" else 1))
        return (iso_day(d), "day") if unit == "day" else (iso_week(d), "week")
    if unit == "month":
        return iso_month(*add_months(anchor.day.year, anchor.day.month, n)), "month"
    if unit in ("year", "decade", "century"):
        years = n * {"year": 1, "decade": 10, "century": 100}[unit]
        return f"{anchor.day.year + years:04d}", "year"
    if anchor.clock is None:
        return iso_day(anchor.day), "day"
    seconds = n * {"hour": 3600, "minute": 60, "second": 1}[unit]
    moment = datetime.combine(anchor.day, anchor.clock) + timedelta(seconds=seconds)
    if unit == "hour":
        return moment.strftime("%Y-%m-%dT%H"), "hour"
    return moment.strftime("%Y-%m-%dT%H:%M"), "minute"


def unit_period(anchor: date, unit: str, direction: int, part: str | None = None) -> tuple[str, str]:
    """«الأسبوع الماضي», «الشهر المقبل», «أواخر العام الجاري»: (value, precision) of that period."""
    if unit == "week":
        return iso_week(anchor + timedelta(days=7 * direction)), "week"
    if unit == "month":
        year, month = add_months(anchor.year, anchor.month, direction)
        return (iso_part(year, month, part), "part-of-month") if part else (iso_month(year, month), "month")
    if unit == "decade":
        return f"{anchor.year // 10 + direction:03d}", "decade"
    return f"{anchor.year + direction:04d}", "year"


ISO_PERIOD = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
              "year": "Y"}


def iso_duration(unit: str, n: float) -> str:
    """ISO-8601 duration: «P3D», «PT30M», «P2Y»; decades and centuries in years."""
    if unit in ("decade", "century"):
        n, unit = n * (10 if unit == "decade" else 100), "year"
    amount = int(n) if float(n).is_integer() else n
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    return f"{prefix}{amount}{ISO_PERIOD[unit]}"
