"""Strategies for expressions relative to publication: days, weekdays, periods and «منذ 3 أيام»."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .absolute import direction, day_number
from ..text.tokens import ARTICLE, ELIDED_ARTICLE
from .calendar import numbers, relative, unit_nouns, units, weekdays, word_class
from .patterns import context_pattern
from .resolve import Anchor, add_months, iso_day, shift, unit_period, weekday_date
from .strategies import Found, make, next_word, prev_word, strategy

# Closed classes (data/dates/word_classes.yaml): «ذلك اليوم» is a day of the story, «سوق الجمعة»
# no weekday, «بين الاثنين» «the two».
NOT_TODAY_BEFORE = word_class("not_today_before")
NOT_TODAY_AFTER = word_class("not_today_after")
NOT_WEEKDAY_BEFORE = word_class("not_weekday_before")
NOT_DAY_BEFORE = word_class("not_day_before")
# «الغد» only after «في», «حتى» …; «امس» not after ل/ب/ك («لامس»); «الاثنين», «الأحد» also numerals.
TOMORROW_NOUNS = word_class("tomorrow_nouns")
TOMORROW_BEFORE = word_class("tomorrow_before")
NOT_YESTERDAY_GLUED = word_class("not_yesterday_glued")
NUMBER_LIKE_WEEKDAYS = word_class("number_like_weekdays")
# «بعد 50 عاماً (بالضبط) على مقتل …»: counted from another event; «عقد» seldom a decade.
FROM_EVENT_PREPOSITIONS = word_class("from_event_prepositions")
COUNT_HEDGES = word_class("count_hedges")
AMBIGUOUS_UNITS = word_class("ambiguous_units")
# Markers that a sentence speaks of the future (data/dates/grammar.yaml): «من المقرر», and the future
# prefix سـ on an imperfect verb («سيلتقي»), minus the nouns that merely start that way (سياسة, ستة …).
FUTURE = context_pattern("future_markers")
FUTURE_VERB = context_pattern("future_verb")
NOT_FUTURE_VERB = tuple(sorted(word_class("not_future_verb")))
DAYPART_MERIDIEM = {"morning": "am", "dawn": "am", "noon": "noon", "afternoon": "pm",
                    "evening": "pm", "night": "night"}


def squash(text: str) -> str:
    """Collapse runs of white space to one space (a matched name may span a line end)."""
    return re.sub(r"\s+", " ", text)


def _daypart(word: str | None) -> str | None:
    """The clock side (am/pm/noon/night) of «صباح», «مساء» …, for a following time."""
    return None if word is None else DAYPART_MERIDIEM[relative("daypart")[squash(word)]]


@strategy("relative")
def relative_day(m: re.Match[str], norm: str, anchor: Anchor | None) -> Found | None:
    """«اليوم», «أمس», «البارحة», «غدًا», «بعد غد», «أول أمس», with a daypart or weekday."""
    word, start, end = squash(m["rd"]), m.start("x"), m.end("x")
    if not _is_relative_day(word, m, norm, start, end):
        return None
    if anchor is None:
        return make(m, "date", None, None, names_day=True)
    d = anchor.day + timedelta(days=int(relative("day")[word]))
    if m["wd"] and weekdays()[squash(m["wd"])] != d.isoweekday():
        # «اليوم الثلاثاء» in an article published on a Sunday: flag it, don't force either day.
        return make(m, "date", None, None, ("weekday-mismatch",), names_day=True)
    return make(m, "date", iso_day(d), "day", day=d, daypart=_daypart(m["dp"]), names_day=True)


def _is_relative_day(word: str, m: re.Match[str], norm: str, start: int, end: int) -> bool:
    """Filters for words that are not always days: «اليوم الوطني», «لامس», «صحيفة الغد»."""
    if word == "اليوم" and not m["wd"]:
        after = next_word(norm, end)
        if after.startswith("ال") or after in NOT_TODAY_AFTER:
            return False  # «اليوم الوطني», «اليوم التالي», «اليوم ذاته»
        if prev_word(norm, start) in NOT_TODAY_BEFORE:
            return False
    if word == "امس" and m.start("rd") > 0 and norm[m.start("rd") - 1] in NOT_YESTERDAY_GLUED:
        return False
    if word in TOMORROW_NOUNS and not m["dp"]:
        return prev_word(norm, start) in TOMORROW_BEFORE
    return True


@strategy("weekday")
def weekday(m: re.Match[str], norm: str, anchor: Anchor | None) -> Found | None:
    """«الخميس الماضي», «الخميس المقبل», «مساء الأحد», and a bare «الأربعاء» (the last one)."""
    name, start, end = squash(m["wd"]), m.start("x"), m.end("x")
    bare = not (m["dir"] or m["yom"] or m["dp"])
    if bare and not _bare_weekday_ok(name, norm, start, end):
        return None
    if anchor is None:
        return make(m, "date", None, None, names_day=True)
    step = direction(m["dir"])
    future = step is None and speaks_of_future(_clause_before(norm, start))
    d = weekday_date(anchor.day, weekdays()[name], step, future)
    return make(m, "date", iso_day(d), "day", day=d, daypart=_daypart(m["dp"]), names_day=True)


def _bare_weekday_ok(name: str, norm: str, start: int, end: int) -> bool:
    """Whether a weekday name without «يوم» or «الماضي» is a day here («بين الاثنين» is not)."""
    before = prev_word(norm, start)
    if before in NOT_WEEKDAY_BEFORE:
        return False
    if name not in NUMBER_LIKE_WEEKDAYS:
        return True
    after = next_word(norm, end)
    if before == "من":  # «من الاثنين إلى الأربعاء» is a day, «من الاثنين» alone «of the two»
        return bool(context_pattern("range_to").match(norm[end:]))
    return before not in NOT_DAY_BEFORE and after != "معا"


def speaks_of_future(clause: str) -> bool:
    """Whether a clause carries a future marker («سوف», «من المقرر», «سيلتقي»)."""
    if FUTURE.search(clause):
        return True
    return any(not w.startswith(NOT_FUTURE_VERB) for w in FUTURE_VERB.findall(clause))


def _clause_before(norm: str, start: int) -> str:
    """The text from the last sentence break (at most 120 characters) up to `start`."""
    window = norm[max(0, start - 120):start]
    cut = max(window.rfind(c) for c in ".؟!\n")
    return window[cut + 1:]


@strategy("period")
def period(m: re.Match[str], norm: str, anchor: Anchor | None) -> Found | None:
    """«الأسبوع الماضي», «الشهر المقبل», «هذا العام», «منتصف الشهر الجاري», «منذ 3 أيام» …"""
    if "ago" in m.re.groupindex:
        return _ago(m, norm, anchor)
    unit = unit_nouns()[re.sub(f"^(?:{ARTICLE}|{ELIDED_ARTICLE})", "", m["u"])]
    step = 0 if m["this"] else direction(m["dir"])
    day = day_number(m.groupdict())
    if step is None and (not m["pt"] or day is not None):
        return None
    if day is not None and unit != "month":
        return None
    if anchor is None:
        return make(m, "date", None, None, names_day=day is not None)
    step = step or 0
    if day is not None:
        return _day_of_month(m, anchor, step, day)
    part = relative("part")[squash(m["pt"])] if m["pt"] else None
    if unit == "week" and part == "late" and m["dir"] is None and not m["this"]:
        step = _nearest_weekend(anchor, norm, m.start("x"))
    value, precision = unit_period(anchor.day, unit, step, part)
    return make(m, "date", value, precision)


def _nearest_weekend(anchor: Anchor, norm: str, start: int) -> int:
    """«نهاية الأسبوع» said early in a week is the one just past, unless the sentence looks ahead."""
    if anchor.day.isoweekday() <= 3 and not speaks_of_future(_clause_before(norm, start)):
        return -1
    return 0


def _day_of_month(m: re.Match[str], anchor: Anchor, step: int, day: int) -> Found | None:
    """«في 15 من الشهر الجاري»."""
    year, month = add_months(anchor.day.year, anchor.day.month, step)
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return make(m, "date", iso_day(d), "day", day=d, names_day=True)


def _ago(m: re.Match[str], norm: str, anchor: Anchor | None) -> Found | None:
    """«منذ 3 أيام», «قبل يومين», «بعد أسبوع»: a date that many units from publication."""
    unit, counts = units()[squash(m["u"])]
    n = _count(m, counts)
    if n is None or re.match(r"\s*\(?\s*\d{4}", norm[m.end("x"):]):
        return None
    sign = int(relative("ago")[squash(m["ago"])])
    flags = ("approximate",) if m["apx"] else ()
    if m["ago"] != "منذ" and (_counted_from_event(norm, m.end("x"))
                              or (sign > 0 and not _future_around(norm, m.start("x"), m.end("x")))):
        # «بعد 12 يوما من قرار …»: counted from another event, not from publication.
        return make(m, "date", None, None, flags + ("relative-to-event",))
    if anchor is None:
        return make(m, "date", None, None, flags)
    value, precision = shift(anchor, unit, sign * n)
    return make(m, "date", value, precision, flags, names_day=precision == "day")


def _future_around(norm: str, start: int, end: int) -> bool:
    """«ستنطلق بعد أسبوع», «بعد أسبوع ستبدأ»: «بعد» counts from publication only in a future clause;
    in a past one («عاد بعد ست سنوات») it counts from the story's own events."""
    after = " ".join(norm[end:end + 40].split()[:3])
    return speaks_of_future(_clause_before(norm, start)) or speaks_of_future(after)


def _counted_from_event(norm: str, end: int) -> bool:
    """«بعد 50 عاماً (بالضبط) على مقتل …», «قبل 3 أيام من الانتخابات»."""
    word = next_word(norm, end)
    if word in COUNT_HEDGES:
        word = next_word(norm, norm.index(word, end) + len(word))
    return word in FROM_EVENT_PREPOSITIONS


def _count(m: re.Match[str], counts: frozenset[str]) -> int | None:
    """How many units: digits, a number word, a dual form («يومين»), or one for a singular."""
    if m["n"]:
        return None if counts == {"2"} else int(m["n"])
    if m["nw"]:
        return None if counts == {"2"} else numbers("cardinal")[squash(m["nw"])]
    if "2" in counts:
        return 2
    if unit_word_is_ambiguous(m["u"]):
        return None
    return 1 if "1" in counts else None


def unit_word_is_ambiguous(word: str) -> bool:
    """«عقد» is a decade but far more often «holding» or «a contract» («بعد عقد اتفاقية»)."""
    return squash(word) in AMBIGUOUS_UNITS
