"""Month, weekday, number and relative-time words from the data files, keyed by normalised spelling."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..resources import read_tsv, read_yaml
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


@lru_cache(maxsize=None)
def relative(kind: str) -> dict[str, str]:
    """Normalised phrase -> value for one `kind` of relative.tsv (day, direction, part, vague …)."""
    return {normalize(r["phrase"]): r["value"] for r in read_tsv("dates/relative.tsv")
            if r["kind"] == kind}


@lru_cache(maxsize=None)
def units() -> dict[str, tuple[str, frozenset[str]]]:
    """Normalised unit word -> (unit, the counts it can carry: "1", "2" for duals, "n" counted)."""
    out: dict[str, tuple[str, set[str]]] = {}
    for row in read_tsv("dates/relative.tsv"):
        if row["kind"] == "unit":
            unit, count = row["value"].split(":")
            out.setdefault(normalize(row["phrase"]), (unit, set()))[1].add(count)
    return {w: (u, frozenset(c)) for w, (u, c) in out.items()}


@lru_cache(maxsize=None)
def numbers(kind: str) -> dict[str, int]:
    """Normalised number word -> value, for kind cardinal, ordinal or ordinal_f."""
    return {normalize(r["word"]): int(r["value"]) for r in read_tsv("dates/numbers.tsv")
            if r["kind"] == kind}


@lru_cache(maxsize=None)
def zones() -> dict[str, str]:
    """Normalised place name used after «بتوقيت» -> IANA time zone."""
    return {normalize(r["name"]): r["zone"] for r in read_tsv("dates/zones.tsv")}


def word_class(name: str) -> frozenset[str]:
    """A closed word class of data/dates/word_classes.yaml («not_today_before», «counted» …)."""
    return resources.word_class("dates/word_classes.yaml", name)


@lru_cache(maxsize=None)
def word_table(name: str) -> dict:
    """A table of data/dates/word_classes.yaml, word -> value («rate_periods», «clock_fractions» …)."""
    return dict(read_yaml("dates/word_classes.yaml")[name])


@lru_cache(maxsize=None)
def unit_nouns() -> dict[str, str]:
    """Unit nouns of relative expressions to their unit («اسبوع» → week)."""
    return dict(read_yaml("dates/word_classes.yaml")["unit_nouns"])


def alternation(names: list[str] | set[str] | dict[str, int] | dict[str, str]) -> str:
    """A regex alternation of names, longest first so «كانون الثاني» beats «كانون».

    Spaces inside a name match any run of white space («كانون  الثاني» across a line end).
    """
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
