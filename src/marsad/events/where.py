"""Where an event happens: the place after a locative nearest its trigger, and places that a
trigger word names as places («فوق العاصمة الرياض»), which are where, not who."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Actor
from ..entities.rules import is_locative
from ..resources import read_tsv
from .context import NONE, SOFT, Sentence
from .grammar import is_definite, word_key
from .triggers import Match

LOCATION_WINDOW = 12


def named_place(sent: Sentence, i: int) -> bool:
    """«فوق العاصمة الرياض»: a place a trigger word names as a place is where, not who."""
    hit = sent.entity_at(i)
    return hit is not None and hit[0].label == "LOC" and i > 0 and is_locative(sent.toks, i)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Words that stand between a locative and a place name («في العاصمة الفرنسية باريس»)."""
    return frozenset(word_key(r["word"]) for r in read_tsv("entities/place_triggers.tsv")
                     if r["strength"] == "strong")


def location_near(sent: Sentence, m: Match, hi: int) -> Actor | None:
    """The place after a locative word closest to the trigger: after it up to the next trigger,
    or before it in its own clause («في باريس»)."""
    best, best_dist = None, LOCATION_WINDOW + 1
    lo, _ = sent.clause(m.i, SOFT)
    for k, (e, _) in sent.entities.items():
        if not lo <= k < hi or e.label != "LOC" or e.metonym_for:
            continue
        dist = k - m.j if k >= m.j else (m.i - k) + 1
        if dist < best_dist and _after_locative(sent, k):
            best, best_dist = e, dist
    if best is None:
        return None
    return Actor(best.start, best.end, best.text, kb_id=best.kb_id, country=best.country,
                 sector=None, name=best.name)


def _after_locative(sent: Sentence, k: int) -> bool:
    """«في باريس», «بباريس», «في العاصمة الفرنسية باريس»: a locative, perhaps past place words."""
    if "ب" in sent.toks[k].prefix:
        return True
    back = k - 1
    while back >= 0 and k - back <= 3 and sent.bounds[back + 1] == NONE:
        tok = sent.toks[back]
        if sent.g.has("locatives", tok):
            return True
        hit = sent.entity_at(back)
        is_place_word = tok.norm in place_words() or word_key(tok.norm) in place_words()
        if not (is_place_word or (hit and hit[0].label == "NORP") or is_definite(tok)):
            return False
        if "ب" in tok.prefix:
            return True
        back -= 1
    return False
