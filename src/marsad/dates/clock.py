"""Strategies for clock times, durations, recurring sets, vague references and look-alike phrases."""
from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..text.normalize import normalize
from .calendar import numbers, relative, units, weekdays, word_class, word_table, zones
from .relative import _count, squash
from .resolve import Anchor, iso_duration
from .strategies import Found, make, strategy

# Closed classes (data/dates/word_classes.yaml): counted nouns before «في اليوم» that make it «per day»
# rather than «today», the period of such a rate, fractions of an hour in minutes, meridiems that are
# also units (م metre), and the «المحلي» of local time.
PER_UNIT_AFTER = word_class("per_unit_after")
RATE_PERIODS = word_table("rate_periods")
FRACTIONS = word_table("clock_fractions")
UNIT_LIKE_MERIDIEMS = word_class("unit_like_meridiems")
LOCAL_TIME = word_class("local_time")


def hour_24(hour: int, side: str | None) -> int:
    """The 24-hour hour of a 12-hour time on a side of the day: am, pm, noon (ظهرًا), night (ليلاً)."""
    if side == "am":
        return 0 if hour == 12 else hour
    if side == "pm":
        return hour + 12 if hour < 12 else hour
    if side == "noon":
        return hour + 12 if 1 <= hour <= 5 else hour
    if side == "night":
        return hour + 12 if 6 <= hour <= 11 else (0 if hour == 12 else hour)
    return hour


def meridiem(marker: str | None) -> str | None:
    """am/pm/noon/night for a marker written after a time («م», «صباحًا», «ليلاً»), None if unknown."""
    if marker is None:
        return None
    return relative("meridiem").get(normalize(squash(marker)).lower()) or {"am": "am", "pm": "pm"}.get(
        marker.lower())


def clock_value(day: date, clock: tuple, daypart: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """(value, precision, flags) of a clock time (hour, minute, zone, side) on a day.

    The side of the day comes from the time («مساءً») or else from its day («صباح اليوم»); the zone
    offset is given only when the text names a zone, otherwise the flag says it is unknown.
    """
    hour, minute, zone, side = clock
    hour = hour_24(hour, side or daypart)
    moment = datetime(day.year, day.month, day.day, hour % 24, minute or 0)
    text = moment.strftime("%Y-%m-%dT%H:%M") if minute is not None else moment.strftime("%Y-%m-%dT%H")
    if zone is None:
        return text, "minute" if minute is not None else "hour", ("timezone-unknown",)
    try:
        offset = moment.replace(tzinfo=ZoneInfo(zone)).strftime("%z")
    except ZoneInfoNotFoundError:
        return text, "minute" if minute is not None else "hour", (f"timezone:{zone}",)
    return (text + offset[:3] + ":" + offset[3:], "minute" if minute is not None else "hour", ())


@strategy("time")
def clock_time(m: re.Match[str], norm: str, anchor: Anchor | None) -> Found | None:
    """«الساعة 10:30 صباحا», «09:36 م», «العاشرة مساءً», «07:44 بتوقيت غرينتش»."""
    hour = int(m["hh"]) if m["hh"] else numbers("ordinal_f")[squash(m["hw"])]
    minute = _minutes(m)
    side = meridiem(m["ap"])
    if not _is_clock(m, side) or hour > 24 or (minute or 0) > 59:
        return None
    zone = zone_of(m["tz"], m["gmt"])
    clock = (hour, minute, zone, side)
    if anchor is None:
        return make(m, "time", None, None, clock=clock)
    value, precision, flags = clock_value(anchor.day, clock)
    return make(m, "time", value, precision, flags + ("day-of-publication",), clock=clock)


def _minutes(m: re.Match[str]) -> int | None:
    """Minutes written as digits («10:30»), a fraction («والنصف») or words («وتسعة وثلاثين»)."""
    if m["mi"]:
        return int(m["mi"])
    if m["frac"]:
        return FRACTIONS[m["frac"]]
    return numbers("cardinal")[squash(m["fmw"])] if m["fmw"] else None


def zone_of(name: str | None, gmt: str | None) -> str | None:
    """The IANA zone of «بتوقيت <name>» or of a bare «غرينتش»/«ت غ»; None when local or unnamed."""
    if gmt:
        return "Etc/UTC"
    return None if name is None or name in LOCAL_TIME else zones()[squash(name)]


def _is_clock(m: re.Match[str], side: str | None) -> bool:
    """A number is a time with «الساعة», as hh:mm, or with a meridiem that is not also a unit (م = metre)."""
    if m["al"]:
        return True
    if m["hh"] and m["mi"] and (m["sep"] == ":" or m["tz"] or m["gmt"]):
        return True
    return side is not None and squash(m["ap"]) not in UNIT_LIKE_MERIDIEMS


@strategy("duration")
def duration(m: re.Match[str], norm: str, anchor: Anchor | None) -> Found | None:
    """«لمدة 3 أيام» -> P3D, «30 ثانية» -> PT30S, «عامين» -> P2Y, «خمسة أعوام» -> P5Y."""
    unit, counts = units()[squash(m["u"])]
    if m["n"]:
        if counts == {"2"}:
            return None
        n: float = float(m["n"].replace(",", "."))
    else:
        count = _count(m, counts)
        if count is None or (count == 1 and not m["pre"] and not m["nw2"]):
            return None
        n = count
    flags = ("approximate",) if m["apx"] else ()
    return make(m, "duration", iso_duration(unit, n), None, flags)


@strategy("set")
def recurring(m: re.Match[str], norm: str, anchor: Anchor | None) -> Found | None:
    """«يوميا» -> P1D, «كل أسبوع» -> P1W, «السنوية» -> P1Y, «كل خميس» -> XXXX-WXX-4."""
    if m["st"]:
        return make(m, "set", relative("set")[squash(m["st"])], None)
    if m["per"]:
        return _per_unit(m, norm)
    name = m["swd"] or m["swd2"] or m["swd3"]
    number = weekdays()[squash(name)]
    return make(m, "set", f"XXXX-WXX-{number}", None)


def _per_unit(m: re.Match[str], norm: str) -> Found | None:
    """«888 ألف برميل في اليوم», «مرتين في الأسبوع»: a rate, only after a count."""
    before = norm[max(0, m.start("x") - 40):m.start("x")].split()
    if not before or not (before[-1][-1:].isdigit() or before[-1] in PER_UNIT_AFTER):
        return None
    return make(m, "set", RATE_PERIODS[m["per"]], None)


@strategy("vague")
def vague(m: re.Match[str], norm: str, anchor: Anchor | None) -> Found | None:
    """«الفترة القادمة», «مؤخرًا», «منذ سنوات»: tagged, never given a value."""
    return make(m, "vague", None, None)


@strategy("not-date")
def not_date(m: re.Match[str], norm: str, anchor: Anchor | None) -> Found | None:
    """«روسيا اليوم», «صلاة الجمعة»: claims the words so that no date strategy reads them."""
    return make(m, "not-date", None, None)
