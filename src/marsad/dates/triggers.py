"""Cheap word checks that decide which date patterns are worth running on a sentence.

Most sentences name no month, weekday or time unit; looking their words up in one dictionary
(clitic forms included) skips the patterns that cannot match, which keeps the stage fast.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text.tokens import ARTICLE
from .calendar import months, numbers, relative, units, weekdays, word_class, word_table

WORD = re.compile(r"[^\W\d_]+")
# Closed classes (data/dates/word_classes.yaml): function words that never on their own suggest a
# date («بعد» of «بعد غد»), the proclitics a word may carry, and names looked for otherwise than
# through the index («اب» is also «father», «اثنين», «احد» also numerals).
COMMON = word_class("trigger_common")
PROCLITICS = word_class("trigger_proclitics")
ELIDED_ARTICLES = word_class("trigger_elided_articles")
WHOLE_WORD_MONTHS = word_class("trigger_whole_word_months")
WEEKDAY_SUBSTRINGS = word_class("trigger_weekday_substrings")
# strategy -> for each template, alternatives of keys that must all be present.
NEEDS: dict[str, list[list[tuple[str, ...]]]] = {
    "not-date": [[("notdate",)]],
    "absolute": [[("month", "digit")], [("month",)], [("digit",)], [("digit", "slash")], [("month",)],
                 [("month", "digit")], [("year",)], [("year",)], [("year",)], [("year",)]],
    "hijri": [[("hmonth",)]],
    "relative": [[("day",)]],
    "weekday": [[("weekday",)]],
    "period": [[("periodnoun",)], [("ago", "unit")]],
    "time": [[("clock",), ("colon",), ("digit", "meridiem"), ("hourword", "meridiem")]],
    "duration": [[("unit", "digit"), ("unit", "card"), ("dual",), ("unit", "durpre")]],
    "set": [[("setword",), ("kul",), ("ayyam",), ("periodnoun",), ("day",)]],
    "vague": [[("vague",)], [("era",)]],
}


def _words(phrases) -> set[str]:
    """Every word of the phrases except the common function words."""
    return {w for p in phrases for w in p.split() if w not in COMMON}


@lru_cache(maxsize=1)
def index() -> dict[str, frozenset[str]]:
    """Word (with any proclitic glued on) -> the trigger keys it raises."""
    table: dict[str, set[str]] = {}
    groups = {
        "month": _words(months()) - WHOLE_WORD_MONTHS, "hmonth": _words(months("hijri")),
        "weekday": set(weekdays()) - WEEKDAY_SUBSTRINGS, "day": _words(relative("day")),
        "unit": set(units()), "ago": set(relative("ago")),
        "dual": {w for w, (_, c) in units().items() if c == {"2"}},
        "card": _words(numbers("cardinal")), "hourword": _words(numbers("ordinal_f")),
        "meridiem": _words(relative("meridiem")), "setword": _words(relative("set")),
        "vague": {max(p.split(), key=len) for p in relative("vague")},
        "notdate": {max(p.split(), key=len) for p in relative("not-date")},
    }
    for key, words in word_table("trigger_words").items():
        groups[key] = groups.get(key, set()) | set(words)
    for key, words in groups.items():
        for word in words:
            for form in _forms(word):
                table.setdefault(form, set()).add(key)
    return {w: frozenset(k) for w, k in table.items()}


def _forms(word: str) -> list[str]:
    """The word with each proclitic, and «لل» for «ال» («للعام»)."""
    forms = [p + word for p in PROCLITICS]
    if word.startswith(ARTICLE):
        forms += [a + word[len(ARTICLE):] for a in ELIDED_ARTICLES]
    return forms


DIGIT = re.compile(r"\d")
YEAR = re.compile(r"\d{4}")
COLON = re.compile(r"\d\s*[:.,]\s*\d\d")


def keys_of(norm: str) -> frozenset[str]:
    """The trigger keys a normalised sentence raises."""
    table = index()
    keys: set[str] = set()
    for word in WORD.findall(norm):
        found = table.get(word)
        if found:
            keys |= found
    if DIGIT.search(norm):
        keys.add("digit")
        if YEAR.search(norm):
            keys.add("year")
        if COLON.search(norm):
            keys.add("colon")
        if "/" in norm:
            keys.add("slash")
        if any(re.search(rf"\b{w}\b", norm) for w in WHOLE_WORD_MONTHS):
            keys.add("month")
    if any(w in norm for w in WEEKDAY_SUBSTRINGS):
        keys.add("weekday")
    return frozenset(keys)


def wanted(strategy: str, template: int, keys: frozenset[str]) -> bool:
    """Whether the sentence's keys allow the template to match at all."""
    return any(keys.issuperset(need) for need in NEEDS[strategy][template])
