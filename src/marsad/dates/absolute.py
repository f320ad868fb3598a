"""Strategies for dates that name their month or year: Gregorian in every month-name family, and Hijri."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from . import hijri
from .calendar import alternation, months, numbers, relative, weekdays, word_class
from .resolve import (Anchor, iso_day, iso_month, iso_part, month_by_direction, nearest_day,
                      nearest_month)
from .strategies import (Found, in_date_context, make, next_char, next_word, prev_char, prev_word,
                         strategy)

# Closed classes (data/dates/word_classes.yaml): Hijri era markers, month names that are also
# words (آب, صفر, رجب), nouns a number counts («2000 شخص») and words before a count or a
# reference, not a year («نحو 2000», «القرار 2001»); «منذ» since and «حتى», «بحلول» until, by.
HIJRI_ERAS = word_class("hijri_eras")
AMBIGUOUS_MONTHS = word_class("ambiguous_months")
NAME_LIKE_HIJRI = word_class("name_like_hijri")
COUNTED = word_class("counted")
NOT_BEFORE_YEAR = word_class("not_before_year")
SINCE_WORDS = word_class("since_words")
UNTIL_WORDS = word_class("until_words")


@lru_cache(maxsize=2)
def _month_rx(family: str | None) -> re.Pattern[str]:
    """Finds the first month name inside a matched «تشرين الثاني/نوفمبر»."""
    return re.compile(alternation(months(family)))


def month_number(text: str, family: str | None = None) -> int:
    """The month number of the first month name in `text` (normalised)."""
    name = _month_rx(family).search(text).group()
    return months(family)[re.sub(r"\s+", " ", name)]


def direction(word: str | None) -> int | None:
    """-1, 0, +1 (or ±2) for «الماضي», «الجاري», «المقبل» …; None without a word."""
    return None if word is None else int(relative("direction")[re.sub(r"\s+", " ", word)])


def day_number(g: dict[str, str | None]) -> int | None:
    """The day of the month from digits or an ordinal word («التاسع من آب»)."""
    if g.get("d"):
        return int(g["d"])
    if g.get("od"):
        return numbers("ordinal")[re.sub(r"\s+", " ", g["od"])]
    return 1 if g.get("first") else None


def weekday_flags(d: date | None, wd: str | None) -> tuple[str, ...]:
    """("weekday-mismatch",) when a named weekday is not the weekday of the date."""
    if d is None or wd is None:
        return ()
    return () if weekdays()[re.sub(r"\s+", " ", wd)] == d.isoweekday() else ("weekday-mismatch",)


@strategy("absolute")
def absolute(m: re.Match[str], norm: str, anchor: Anchor | None) -> Found | None:
    """Day-month-year, numeric, month-year, month-with-direction and year expressions."""
    g = m.groupdict()
    if "nd" in g:
        return _numeric(m, g) if "mo" not in g or _same_month(g) else None
    if "mo0" in g:
        return _day_range(m, g, norm, anchor)
    if "mo" in g and "d" in g:
        return _day_month(m, g, norm, anchor)
    if "mo" in g:
        return _month(m, g, norm, anchor)
    return _year(m, g, norm)


def _same_month(g: dict) -> bool:
    """«شباط ( 28 / 2 / 1945 )»: the month name agrees with the bracketed date."""
    return month_number(g["mo"]) in (int(g["nm"]), int(g["nd"]))


def _numeric(m: re.Match[str], g: dict) -> Found | None:
    """«04/01/2026» (day first, as Arabic writes it; month first when the day cannot be a month)."""
    if g["nd"]:
        day, month, year = int(g["nd"]), int(g["nm"]), int(g["ny"])
        if month > 12 >= day:
            day, month = month, day
    else:
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    value = iso_day(d)
    if g.get("d0") and 0 < int(g["d0"]) < day:
        value = f"{iso_day(d.replace(day=int(g['d0'])))}/{value}"
    return make(m, "date", value, "day", weekday_flags(d, g.get("wd")), day=d, names_day=True)


def _year_of(g: dict, anchor: Anchor | None, month: int) -> int | None:
    """The year of a month-named date: written, «من العام الماضي», «الماضي» on the month, or None."""
    if g.get("y"):
        return int(g["y"])
    if anchor is None:
        return None
    if g.get("ydir"):
        return anchor.day.year + (direction(g["ydir"]) or 0)
    if g.get("ythis"):
        return anchor.day.year
    if g.get("dir"):
        return month_by_direction(anchor.day, month, max(-1, min(1, direction(g["dir"]))))[0]
    return None


def _day_month(m: re.Match[str], g: dict, norm: str, anchor: Anchor | None) -> Found | None:
    """«الأحد 04 يناير 2026», «11 ديسمبر من العام الماضي», «من 13 وحتى 15 نوفمبر 2016»."""
    month, day = month_number(g["mo"]), day_number(g)
    if day is None or not 1 <= day <= 31:
        return None
    if g.get("od") and prev_word(norm, m.start("x")).startswith("ال"):
        return None  # «الأسبوع الأول من يونيو»: the ordinal belongs to the noun before it
    year = _year_of(g, anchor, month)
    if year is None and anchor is not None:
        d = nearest_day(anchor.day, month, day, _tense(norm, m.start("x")))
    else:
        d = _safe_date(year, month, day)
    if year is not None and d is None:
        return None
    if d is None:
        return make(m, "date", None, None, names_day=True)
    value = iso_day(d)
    if g.get("d0") and 0 < int(g["d0"]) < day:
        value = f"{iso_day(d.replace(day=int(g['d0'])))}/{value}"
    return make(m, "date", value, "day", weekday_flags(d, g.get("wd")), day=d, names_day=True)


def _day_range(m: re.Match[str], g: dict, norm: str, anchor: Anchor | None) -> Found | None:
    """«من 1 يناير إلى 31 ديسمبر 2017»: both ends get the written year (the first one earlier if needed)."""
    end = _day_month(m, g, norm, anchor)
    if end is None or end.day is None:
        return end
    month0, day0 = month_number(g["mo0"]), int(g["d0"])
    start = _safe_date(end.day.year - (month0 > end.day.month), month0, day0)
    if start is None or start > end.day:
        return None
    return replace(end, value=f"{iso_day(start)}/{iso_day(end.day)}")


def _tense(norm: str, start: int) -> int | None:
    """-1 after «منذ» (since: a past date), +1 after «حتى»/«بحلول» (until, by: a coming one), else None."""
    word = prev_word(norm, start)
    return -1 if word in SINCE_WORDS else 1 if word in UNTIL_WORDS else None


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    """`date(year, month, day)` or None when it does not exist or the year is unknown."""
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(m: re.Match[str], g: dict, norm: str, anchor: Anchor | None) -> Found | None:
    """«تشرين الثاني/نوفمبر 2017», «ديسمبر الماضي», «أوائل ديسمبر الماضي», «في مارس»."""
    mo = re.sub(r"\s+", " ", g["mo"])
    marked = g["y"] or g["dir"] or g["ydir"] or g["ythis"] or g["sh"]
    if not marked and (mo in AMBIGUOUS_MONTHS or not (g["pt"] or in_date_context(norm, m.start("x")))):
        return None
    month = month_number(mo)
    year = _year_of(g, anchor, month)
    if year is None and anchor is not None:
        year = nearest_month(anchor.day, month, _tense(norm, m.start("x")))[0]
    if year is None:
        return make(m, "date", None, None)
    if g["pt"]:
        return make(m, "date", iso_part(year, month, relative("part")[g["pt"]]), "part-of-month")
    return make(m, "date", iso_month(year, month), "month")


def _year(m: re.Match[str], g: dict, norm: str) -> Found | None:
    """«عام 2019», «1948م», «عامي 2016 و2017», «(1948)», «في 2017», «عام 1308 هجري»."""
    year, era = int(g["y"]), g.get("era")
    if era in HIJRI_ERAS:
        return _hijri_year(m, year)
    if not (g.get("yw") or g.get("pt")) and not _bare_year_ok(m, g, norm):
        return None
    if not 1000 <= year <= 2100:
        return None
    y2 = int(g["y2"]) if g.get("y2") else None
    if y2 is not None and not year < y2 <= year + 100:
        return None if not g.get("yw") else make(m, "date", f"{year:04d}", "year")
    value = f"{year:04d}" if y2 is None else f"{year:04d}/{y2:04d}"
    return make(m, "date", value, "year")


def _bare_year_ok(m: re.Match[str], g: dict, norm: str) -> bool:
    """A four-digit number is a year with an era, as a range, in brackets, after «في», «منذ» …,
    or anywhere between 1900 and 2035 («كأس العالم 2018», «الانتفاضة الأولى 1987») unless it counts
    something («2000 جندي», «نحو 2000»)."""
    year = int(g["y"])
    if g.get("era"):
        return 1800 <= year <= 2100 or g["era"] != "م"
    if not 1800 <= year <= 2100:
        return False
    start, end = m.span("x")
    if g.get("y2") or (prev_char(norm, start) == "(" and next_char(norm, end) == ")"):
        return True
    if next_word(norm, end) in COUNTED or next_char(norm, end) in "%٪$" or prev_char(norm, start) in "$€£":
        return False
    if prev_word(norm, start) in NOT_BEFORE_YEAR:
        return False
    return 1900 <= year <= 2035 or in_date_context(norm, start)


def _hijri_year(m: re.Match[str], year: int) -> Found | None:
    """A Hijri year as the interval of Gregorian days it covers."""
    span = hijri.year_span(year)
    if span is None:
        return None
    flags = () if span[2] else ("hijri-tabular",)
    return make(m, "date", hijri.interval(span[0], span[1]), "year", flags)


@strategy("hijri")
def hijri_date(m: re.Match[str], norm: str, anchor: Anchor | None) -> Found | None:
    """«15 رمضان 1447 هـ» -> 2026-03-04; «شهر رمضان المقبل» -> the Gregorian days of that month."""
    g = m.groupdict()
    name = re.sub(r"\s+", " ", g["hm"])
    day = day_number(g)
    if not (g["y"] or g["sh"] or g["dir"] or (day and name != "صفر")):
        return None
    if name in NAME_LIKE_HIJRI and not (g["y"] or g["sh"] or g["dir"] or day):
        return None
    ym = _hijri_year_month(g, months("hijri")[name], anchor)
    if ym is None:
        return make(m, "date", None, None, names_day=day is not None)
    return _hijri_value(m, g, ym, day)


def _hijri_year_month(g: dict, month: int, anchor: Anchor | None) -> tuple[int, int] | None:
    """(Hijri year, month): written Hijri year, a Gregorian year («رمضان عام 1992»), or near the anchor."""
    if g["y"]:
        year = int(g["y"])
        if g["era"] == "م" or (year > 1600 and g["era"] not in HIJRI_ERAS):
            return hijri.gregorian_year_month(year, month)
        return year, month
    if anchor is None:
        return None
    return hijri.month_near(anchor.day, month, direction(g["dir"]))


def _hijri_value(m: re.Match[str], g: dict, ym: tuple[int, int], day: int | None) -> Found | None:
    """The Gregorian day (with a day) or the interval of the month."""
    if day is not None:
        found = hijri.to_gregorian(ym[0], ym[1], day)
        if found is None:
            return None
        flags = weekday_flags(found[0], g["wd"]) + (() if found[1] else ("hijri-tabular",))
        return make(m, "date", iso_day(found[0]), "day", flags, day=found[0], names_day=True)
    span = hijri.month_span(*ym)
    if span is None:
        return None
    return make(m, "date", hijri.interval(span[0], span[1]), "month",
                () if span[2] else ("hijri-tabular",))
