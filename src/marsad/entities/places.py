"""Unlisted places: after an administrative head that stays outside the span («مديرية مقبنة» →
«مقبنة»), or after a trigger word that is part of it («قرية صبارين»)."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Token
from ..resources import read_lines
from ..text.tokens import is_known, strip_article
from .lexicon import Entry, Key, Lexicon, closed_class, key_of
from .rules import Candidate, in_span_trigger, is_definite, joined, starts_listed, tkey, trigger_row

MAX_NAME = 2  # words of an unlisted district name


def district_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """«في مديرية القبيطة», «جبهة مقبنة»: the name after the head is a place, the head is not in it."""
    out = []
    for i in range(len(toks) - 1):
        n = district_name(text, toks, i, lex)
        if n:
            out.append(Candidate(i + 1, i + 1 + n, Entry("LOC", "rule"), 0.5 + n))
        elif place_head_before_listed(toks, i, lex):  # «جبهة العقبة»: the head vouches for the name
            entry = lex.get((tkey(toks[i + 1]),), is_definite(toks[i + 1]))
            if compass_after(text, toks, i + 1, entry):  # «جبهة الساحل الغربي» is no town «الساحل»
                out.append(Candidate(i + 1, i + 3, Entry("LOC", "rule"), 2.6))
            else:
                out.append(Candidate(i + 1, i + 2, entry, 0.6))
    return out


def compass_after(text: str, toks: list[Token], k: int, entry: Entry | None) -> bool:
    """A common word that names a town only after a head, then a compass adjective: a region."""
    return entry is not None and entry.cued and k + 1 < len(toks) and joined(text, toks, k, k + 2) \
        and toks[k + 1].norm in COMPASS


COMPASS = closed_class("compass_adjectives")


def district_name(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    """Length of the unlisted place name after head token i (0 when none)."""
    row = trigger_row(toks, i)
    if not row or not row.get("names") or is_definite(toks[i]):
        return 0  # «الجبهة الشعبية» is a party
    if row["names"] == "listed" or starts_listed(toks, i + 1, lex, "LOC"):
        return 0  # the gazetteer names it; the head only has to stay out of an organisation
    n = 0
    while n < MAX_NAME and i + 1 + n < len(toks) and joined(text, toks, i + n, i + n + 2) \
            and _unknown(toks[i + 1 + n], lex):
        n += 1
    if n or row["names"] != "cued":
        return n
    return _cued_name(text, toks, i + 1, lex)


def _unknown(tok: Token, lex: Lexicon) -> bool:
    """A word neither the dictionary nor the name lists know («مقبنة»), unlike «النصرة»."""
    bare = strip_article(tok.text)
    return tok.is_word and not (is_known(tok.text) or is_known(bare) or lex.name_part(tok.text, tok.norm)
                                or tok.text in lex.function_words)


def place_head_before_listed(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """«جبهة العقبة», «مديرية صعدة»: a place head before a listed place names no organisation."""
    row = trigger_row(toks, i)
    return bool(row and row.get("names")) and not is_definite(toks[i]) \
        and starts_listed(toks, i + 1, lex, "LOC")


def _cued_name(text: str, toks: list[Token], k: int, lex: Lexicon) -> int:
    """«مديرية السود بمحافظة عمران»: dictionary words are a name when a place follows them."""
    if k >= len(toks) or (tkey(toks[k]),) in directorate_fields():
        return 0
    for n in range(MAX_NAME, 0, -1):
        if k + n < len(toks) and joined(text, toks, k - 1, k + n) \
                and all(t.is_word and t.text not in lex.function_words for t in toks[k:k + n]) \
                and _place_cue(toks, k + n, lex):
            return n
    return 0


def _place_cue(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Token j is a place head or a listed place, or a preposition before one («في محافظة لحج»)."""
    def placey(k: int) -> bool:
        row = trigger_row(toks, k) if k < len(toks) else None
        return bool(row and row["strength"] == "strong") or starts_listed(toks, k, lex, "LOC")
    return placey(j) or (j + 1 < len(toks) and trigger_row(toks, j) is not None and placey(j + 1))


@lru_cache(maxsize=1)
def directorate_fields() -> frozenset[Key]:
    """Keys of the fields that make «مديرية …» a directorate (data/entities/directorate_fields.txt)."""
    return frozenset(key_of(w) for w in read_lines("entities/directorate_fields.txt"))


def unlisted_place_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """«قرية صبارين», «مخيم الجلزون», «قرية دير ياسين»: a trigger word names an unlisted place."""
    out = []
    for i in range(len(toks) - 1):
        if not in_span_trigger((tkey(toks[i]),)):
            continue
        n = 0
        while n < 2 and i + 1 + n < len(toks) and joined(text, toks, i + n, i + n + 2) \
                and place_word(toks[i + 1 + n], lex, first=n == 0):
            n += 1
        if n:
            out.append(Candidate(i, i + 1 + n, Entry("LOC", "rule"), 0.5 + n))
    return out


def place_word(tok: Token, lex: Lexicon, first: bool) -> bool:
    """A word that can be (part of) a place name: unknown to the dictionary, a name, a place head."""
    if not tok.is_word or tok.text in lex.function_words:
        return False
    if first and key_of(tok.text) in place_name_heads():
        return True
    plain = tkey(tok)
    return not is_known(tok.text) and not is_known(plain) or lex.name_part(tok.text, tok.norm) is not None


@lru_cache(maxsize=1)
def place_name_heads() -> frozenset[Key]:
    """Keys of the words that open compound place names (data/entities/place_name_heads.txt)."""
    return frozenset(key_of(w) for w in read_lines("entities/place_name_heads.txt"))
