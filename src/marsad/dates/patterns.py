"""The regular expressions of the date strategies, composed over normalised text from the data files.

The grammar (fragments and templates, in order, with what each one finds) is data/dates/grammar.yaml;
templates name their word lists as `%(MONTH)s`, `%(WD)s` …, which come from the other files of data/dates/.
Each pattern marks the expression with the group `x` when it needs context outside the span.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import read_yaml
from ..text.tokens import ARTICLE
from .calendar import alternation, months, numbers, relative, units, weekdays, zones

GRAMMAR = "dates/grammar.yaml"
# relative.tsv kinds that are fragments of their own, named in upper case without the hyphen
RELATIVE_KINDS = ("day", "direction", "part", "daypart", "meridiem", "set", "vague", "not-date", "ago")


def _joined(template: str | list[str]) -> str:
    """A template as one string: a list in the data file is its parts, written over several lines."""
    return template if isinstance(template, str) else "".join(template)


def word_lists() -> dict[str, str]:
    """The alternations of the words listed in the other date data files, by template name."""
    wd = {w: n for w, n in weekdays().items() if w.startswith(ARTICLE)}
    frag = {
        "WD": alternation(wd), "MONTH": alternation(months()), "HMONTH": alternation(months("hijri")),
        "ORD": alternation(numbers("ordinal")), "ORDF": alternation(numbers("ordinal_f")),
        "CARD": alternation(numbers("cardinal")), "UNIT": alternation(units()),
        "ZONE": alternation(zones()),
    }
    for kind in RELATIVE_KINDS:
        frag[kind.upper().replace("-", "")] = alternation(relative(kind))
    return frag


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """Word-list alternations and the grammar's fragments composed over them, by template name."""
    frag = word_lists()
    for name, template in read_yaml(GRAMMAR)["fragments"].items():
        frag[name] = _joined(template) % frag
    # the first month of a range gets its own group name, so both months of «1 يناير - 31 ديسمبر» are read
    frag["MONTHX0"] = frag["MONTHX"].replace("(?P<mo>", "(?P<mo0>")
    return frag


@lru_cache(maxsize=1)
def templates() -> dict[str, tuple[tuple[str, str], ...]]:
    """Strategy name -> its (pattern name, template) pairs, in the order they are tried."""
    return {strategy: tuple((p["name"], _joined(p["template"])) for p in patterns)
            for strategy, patterns in read_yaml(GRAMMAR)["patterns"].items()}


@lru_cache(maxsize=1)
def zone_after() -> re.Pattern[str]:
    """A time zone named after a day-and-time («الساعة 8 صباح الأحد بتوقيت غرينتش»)."""
    return re.compile(_joined(read_yaml(GRAMMAR)["zone_after"]) % fragments())


@lru_cache(maxsize=None)
def context_pattern(name: str) -> re.Pattern[str]:
    """A pattern handlers search an expression's context with («من المقرر», «الاثنين حتى …»)."""
    return re.compile(_joined(read_yaml(GRAMMAR)["context"][name]))


@lru_cache(maxsize=None)
def compiled(strategy: str) -> tuple[re.Pattern[str], ...]:
    """The compiled patterns of one strategy."""
    frag = fragments()
    return tuple(re.compile(t % frag) for _, t in templates()[strategy])
