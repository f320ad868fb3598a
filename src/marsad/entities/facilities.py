"""Named facilities: a head noun and the name after it («سجن نفحة», «كنيسة المهد», «مطار دمشق الدولي»)."""
from __future__ import annotations

from ..doc import Token
from ..text.tokens import is_known
from .lexicon import Entry, Lexicon, closed_class, word_table
from .places import place_word
from .rules import Candidate, inflected, is_definite, joined, starts_listed, tkey, trigger_row

ADJECTIVES = closed_class("facility_adjectives")
GENERIC = closed_class("facility_generic")
FACILITY = "facility"  # entry kind: its country is the place inside it, else the document's
MAX_NAME = 2  # words of a facility's name between its head and its adjective


def facility_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """A facility head, not written with the article, and a name, with an adjective that ends it."""
    out = []
    for i in range(len(toks) - 1):
        row = _head_row(toks[i])
        if row is None:
            continue
        n = _name(text, toks, i + 1, lex)
        listed_place_only = n == 1 and starts_listed(toks, i + 1, lex, "LOC")
        a = 1 if n and i + 1 + n < len(toks) and joined(text, toks, i + n, i + n + 2) \
            and toks[i + 1 + n].norm in ADJECTIVES else 0
        if n and (a or not listed_place_only):  # «مستشفى عفرين» is Afrin's hospital, a place
            out.append(Candidate(i, i + 1 + n + a, Entry(row["label"], FACILITY), 1.3 + n + a))
    return out


def _head_row(tok: Token) -> dict[str, str] | None:
    """The facility row of a head written without the article («سجن», not «السجن»)."""
    if is_definite(tok):
        return None
    return word_table("entities/facility_heads.tsv", "head").get((tkey(tok),))


def _name(text: str, toks: list[Token], k: int, lex: Lexicon) -> int:
    """Words of the name after the head: names and unknown words, ending at a definite word
    («المهد», «باب الرحمة»)."""
    n = 0
    while n < MAX_NAME and k + n < len(toks) and joined(text, toks, k + n - 1, k + n + 1) \
            and _name_word(toks[k + n], lex, first=n == 0):
        n += 1
        if is_definite(toks[k + n - 1]) or _place_then_word(toks, k + n - 1, lex):
            break  # a definite word or a place ends an idafa name («مستشفى حلب صباح اليوم»)
    return n


def _place_then_word(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A listed place followed by a dictionary word («حلب صباح»), not by more of a foreign name
    («سانتياغو بيرنابيو»)."""
    return starts_listed(toks, k, lex, "LOC") and k + 1 < len(toks) and is_known(toks[k + 1].text)


def _name_word(tok: Token, lex: Lexicon, first: bool) -> bool:
    """A word that can be part of a facility's name."""
    if not tok.is_word or tok.text in lex.function_words or tok.norm in ADJECTIVES or tok.norm in GENERIC:
        return False
    if trigger_row_of(tok) is not None:
        return False
    if tok.suffix:
        return False  # «جامع يدخله»: a verb with its object, not a name
    if is_definite(tok):
        return True
    if inflected(tok.norm):
        return False  # «كنيسة أثرية»: an adjective, not a name
    return place_word(tok, lex, first) or lex.get((tkey(tok),), False) is not None or not is_known(tok.text)


def trigger_row_of(tok: Token) -> dict[str, str] | None:
    """The place-trigger row of a single token («مدينة», «في»)."""
    return trigger_row([tok], 0)
