"""Cheap word checks that decide which date patterns are worth running on a sentence.

Most sentences name no month, weekday or time unit; looking their words up in one dictionary
(clitic forms included) skips the patterns that cannot match, which keeps the stage fast.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .calendar import months, numbers, relative, units, weekdays

WORD = re.compile(r"[^\W\d_]+")
# Function words that never on their own suggest a date («بعد» of «بعد غد»).
COMMON = frozenset("في من الي علي عن بعد قبل منذ حتي هذا هذه اول مع ما او و".split())
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
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
        "month": _words(months()) - {"اب"}, "hmonth": _words(months("hijri")),
        "weekday": set(weekdays()) - {"احد", "اثنين"}, "day": _words(relative("day")),
        "unit": set(units()), "ago": set(relative("ago")) | {"منذ", "قبل", "بعد"},
        "dual": {w for w, (_, c) in units().items() if c == {"2"}},
        "card": _words(numbers("cardinal")), "hourword": _words(numbers("ordinal_f")),
        "meridiem": _words(relative("meridiem")) | {"م", "ص"}, "clock": {"ساعه", "الساعه"},
        "setword": _words(relative("set")), "kul": {"كل"}, "ayyam": {"ايام"},
        "periodnoun": {"الاسبوع", "الشهر", "العام", "السنه"},
        "durpre": {"لمده", "مده", "طيله", "طوال", "مدار", "مدي", "لفتره", "فتره"},
        "vague": {max(p.split(), key=len) for p in relative("vague")},
        "notdate": {max(p.split(), key=len) for p in relative("not-date")},
        "era": {"فتره", "الفتره", "حقبه", "الحقبه"},
    }
    for key, words in groups.items():
        for word in words:
            for form in _forms(word):
                table.setdefault(form, set()).add(key)
    return {w: frozenset(k) for w, k in table.items()}


def _forms(word: str) -> list[str]:
    """The word with each proclitic, and «لل» for «ال» («للعام»)."""
    forms = [p + word for p in PROCLITICS]
    if word.startswith("ال"):
        forms += ["لل" + word[2:], "ولل" + word[2:], "فلل" + word[2:]]
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
        if re.search(r"\bاب\b", norm):
            keys.add("month")
    if "اثنين" in norm or "احد" in norm:
        keys.add("weekday")
    return frozenset(keys)


def wanted(strategy: str, template: int, keys: frozenset[str]) -> bool:
    """Whether the sentence's keys allow the template to match at all."""
    return any(keys.issuperset(need) for need in NEEDS[strategy][template])
