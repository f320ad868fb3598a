"""Named agreements, processes and competitions («اتفاق أوسلو», «كأس العالم 2026») as MISC entities."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Token
from ..resources import read_tsv
from ..text.normalize import normalize
from .lexicon import Entry, Lexicon
from .rules import Candidate, is_definite, joined, tkey

NAMED_EVENT = "event"  # entry kind
MAX_PLACE = 3  # words of the place in the name («كامب ديفيد»)
CITY_KINDS = frozenset(("city", "metonym", "admin1", "rule"))  # a town or region, never a country
YEAR_DIGITS = 4


@lru_cache(maxsize=1)
def heads() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> (head words, what follows), longest heads first (data/entities/named_events.tsv)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in read_tsv("entities/named_events.tsv"):
        words = tuple(normalize(row["head"]).split())
        out.setdefault(words[0], []).append((words, row["follows"]))
    for rows in out.values():
        rows.sort(key=lambda r: -len(r[0]))
    return out


def named_event_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """A head, then the place or nationality that names it, then perhaps a year."""
    out = []
    for i, tok in enumerate(toks):
        for words, follows in heads().get(tok.norm, ()):
            j = i + len(words)
            if tuple(t.norm for t in toks[i:j]) != words or not joined(text, toks, i, j):
                continue
            n = 0 if follows in ("none", "year") else _name(toks, j, lex, follows)
            if n is None or not joined(text, toks, i, j + n):
                continue
            end = j + n + _year(text, toks, j + n)
            if follows == "year" and end == j:
                continue
            out.append(Candidate(i, end, Entry("MISC", NAMED_EVENT), 2.0))
            break
    return out


def _name(toks: list[Token], k: int, lex: Lexicon, follows: str) -> int | None:
    """Words of the listed place or nationality at token k that the head takes, or None."""
    for n in range(min(MAX_PLACE, len(toks) - k), 0, -1):
        entry = lex.get(tuple(tkey(t) for t in toks[k:k + n]), is_definite(toks[k]))
        if entry is None:
            continue
        if entry.label == "NORP" and follows == "demonym" or entry.label == "LOC" and (
                follows == "place" or follows == "city" and entry.kind in CITY_KINDS):
            return n
    return None


def _year(text: str, toks: list[Token], k: int) -> int:
    """1 when a year follows the name («كأس العالم 2026»)."""
    return int(k < len(toks) and len(toks[k].norm) == YEAR_DIGITS and toks[k].norm.isdigit()
               and joined(text, toks, k - 1, k + 1))
