"""Calendar arithmetic: anchors, weekdays, months, weeks, Hijri conversion and the clock."""
from __future__ import annotations

from datetime import date, time

import pytest

from marsad.dates import hijri
from marsad.dates.clock import hour_24, meridiem
from marsad.dates.dateline import parse_dateline
from marsad.dates.resolve import (Anchor, anchor_from, iso_duration, iso_week, month_by_direction,
                                  nearest_day, nearest_month, shift, unit_period, weekday_date)

SUNDAY = date(2026, 1, 4)


@pytest.mark.parametrize("published,want", [
    ("2026-01-04T21:36", Anchor(SUNDAY, time(21, 36), False)),
    ("2018-03-01T09:53:40+04:00", Anchor(date(2018, 3, 1), time(9, 53, 40), True)),
    ("Thu, 01 Mar 2018 09:53:40 +0400", Anchor(date(2018, 3, 1), time(9, 53, 40), True)),
    ("2026-01-04", Anchor(SUNDAY)),
    ("الأحد 04 يناير 2026 - 09:36 م", Anchor(SUNDAY, time(21, 36), False)),
    (None, None),
    ("", None),
    ("not a date", None),
])
def test_resolve_anchor_from_publication_strings(published, want):
    assert anchor_from(published) == want


@pytest.mark.parametrize("weekday,direction,future,want", [
    (4, -1, False, date(2026, 1, 1)),    # الخميس الماضي
    (4, 1, False, date(2026, 1, 8)),     # الخميس المقبل
    (7, -1, False, date(2025, 12, 28)),  # الأحد الماضي said on a Sunday: a week ago
    (7, None, False, SUNDAY),            # a bare الأحد on a Sunday: today
    (2, None, False, date(2025, 12, 30)),
    (2, None, True, date(2026, 1, 6)),   # «سيلتقي ... الثلاثاء»
    (4, -2, False, date(2025, 12, 25)),  # الخميس قبل الماضي
])
def test_resolve_weekday_date(weekday, direction, future, want):
    assert weekday_date(SUNDAY, weekday, direction, future) == want


@pytest.mark.parametrize("month,direction,want", [
    (12, -1, (2025, 12)), (1, -1, (2025, 1)), (1, 1, (2027, 1)), (5, 1, (2026, 5)), (5, 0, (2026, 5)),
])
def test_resolve_month_by_direction(month, direction, want):
    assert month_by_direction(SUNDAY, month, direction) == want


@pytest.mark.parametrize("anchor,month,tense,want", [
    (SUNDAY, 12, None, (2025, 12)),
    (date(2018, 3, 8), 8, None, (2017, 8)),   # no cue: news tells what happened («هاجموا … في آب»)
    (date(2018, 3, 8), 8, -1, (2017, 8)),   # «منذ أواخر آب» cannot be in the future
    (date(2018, 3, 15), 9, None, (2017, 9)),
    (date(2018, 3, 15), 4, None, (2018, 4)),  # next month stays ahead
    (date(2018, 3, 15), 5, None, (2018, 5)),
    (date(2018, 3, 15), 8, 1, (2018, 8)),     # «حتى آب»: a coming one
])
def test_resolve_nearest_month(anchor, month, tense, want):
    assert nearest_month(anchor, month, tense) == want


@pytest.mark.parametrize("anchor,month,day,tense,want", [
    (SUNDAY, 12, 28, None, date(2025, 12, 28)),
    (date(2018, 3, 23), 9, 30, None, date(2017, 9, 30)),
    (date(2018, 3, 23), 9, 30, 1, date(2018, 9, 30)),    # «حتى الثلاثين من سبتمبر»
    (date(2018, 3, 10), 3, 5, 1, date(2018, 3, 5)),      # «أمهله حتى الخامس من مارس»
    (SUNDAY, 2, 30, None, None),
])
def test_resolve_nearest_day(anchor, month, day, tense, want):
    assert nearest_day(anchor, month, day, tense) == want


@pytest.mark.parametrize("unit,n,want", [
    ("day", -3, ("2026-01-01", "day")), ("week", 1, ("2026-W02", "week")),
    ("month", -1, ("2025-12", "month")), ("year", -2, ("2024", "year")),
    ("hour", -3, ("2026-01-04T18", "hour")), ("minute", 30, ("2026-01-04T22:06", "minute")),
])
def test_resolve_shift_from_publication(unit, n, want):
    assert shift(Anchor(SUNDAY, time(21, 36)), unit, n) == want


def test_resolve_shift_by_hours_without_a_publication_time_stays_at_day():
    assert shift(Anchor(SUNDAY), "hour", -3) == ("2026-01-04", "day")


@pytest.mark.parametrize("unit,direction,part,want", [
    ("week", -1, None, ("2025-W52", "week")), ("month", 1, None, ("2026-02", "month")),
    ("month", -1, "early", ("2025-12-early", "part-of-month")), ("year", 0, None, ("2026", "year")),
])
def test_resolve_unit_period(unit, direction, part, want):
    assert unit_period(SUNDAY, unit, direction, part) == want


def test_resolve_iso_week_and_duration():
    assert iso_week(date(2018, 3, 18)) == "2018-W11"
    assert [iso_duration(u, n) for u, n in (("day", 3), ("minute", 30), ("decade", 2), ("year", 1.5))] \
        == ["P3D", "PT30M", "P20Y", "P1.5Y"]


@pytest.mark.parametrize("y,m,d,want,exact", [
    (1447, 9, 15, date(2026, 3, 4), True),
    (1439, 9, 1, date(2018, 5, 16), True),
    (1325, 1, 1, date(1907, 2, 14), False),   # before Umm al-Qura tables: tabular calendar
])
def test_resolve_hijri_to_gregorian(y, m, d, want, exact):
    assert hijri.to_gregorian(y, m, d) == (want, exact)


def test_resolve_hijri_month_near_publication():
    assert hijri.month_near(date(2018, 3, 15), 9, None) == (1439, 9)
    assert hijri.month_near(date(2018, 3, 22), 9, -1) == (1438, 9)
    assert hijri.month_span(1439, 9)[:2] == (date(2018, 5, 16), date(2018, 6, 14))


@pytest.mark.parametrize("hour,marker,want", [
    (9, "م", 21), (12, "ص", 0), (12, "م", 12), (2, "ظهرًا", 14), (11, "ظهرا", 11), (2, "ليلا", 2),
    (10, "ليلاً", 22), (8, "مساءً", 20), (8, None, 8),
])
def test_resolve_clock_hours(hour, marker, want):
    assert hour_24(hour, meridiem(marker)) == want


def test_resolve_dateline_twelve_hour_clock():
    assert parse_dateline("الأحد 04 يناير 2026 - 09:36 م")[:2] == ("2026-01-04T21:36", "minute")
