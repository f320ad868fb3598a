"""Places read in the light of the whole document: names it already confirmed, the country it is about."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..doc import Entity, Token
from ..text.normalize import normalize
from .lexicon import Entry, Key, Lexicon, key_of
from .rules import Candidate, in_span_trigger, is_definite, tkey

GAZETTEER_PLACES = ("city", "admin1")  # entry kinds that name one of several same-named places
NAMESAKE_RATIO = 10
HOME_MIN = 3  # mentions of a country before a document counts as being about it
HOME_SHARE = 0.5  # and the share of its linked mentions that must name that country
CONTAINER_GAP = 12  # characters between a place and the one containing it («X بمحافظة Y»)
LOCATED = "located"  # source of a place whose country the place named after it gave


def confirmed_places(ents: list[Entity]) -> frozenset[tuple[bool, Key]]:
    """(definite, key) of the gazetteer places the document names where a trigger vouched for them
    («مدينة عفرين» vouches for a later «في عفرين»)."""
    named = [_name_words(e.text) for e in ents if e.label == "LOC" and e.source in GAZETTEER_PLACES]
    return frozenset((words[0].startswith("ال"), key_of(words[0])) for words in named if len(words) == 1)


def _name_words(text: str) -> list[str]:
    """The words of a place's span after the trigger words that belong to it («مدينة», «بلدة»)."""
    words = normalize(text).split()
    while len(words) > 1 and in_span_trigger(key_of(words[0])):
        words = words[1:]
    return words


def mentions_confirmed(toks: list[Token], ents: list[Entity], confirmed: frozenset) -> bool:
    """Whether a token outside every entity spells a confirmed place."""
    return any((is_definite(t), (tkey(t),)) in confirmed and not _covered(t, ents) for t in toks)


def _covered(tok: Token, ents: list[Entity]) -> bool:
    """Whether an entity's span overlaps the token."""
    return any(e.start < tok.end and tok.start < e.end for e in ents)


def confirmed_place_candidates(toks: list[Token], lex: Lexicon,
                               confirmed: frozenset[tuple[bool, Key]]) -> list[Candidate]:
    """«من البيضاء» after «جبهة البيضاء» in the same report: a place the document has already
    named with a trigger is that place again, without one."""
    out = []
    for i, tok in enumerate(toks):
        definite, key = is_definite(tok), (tkey(tok),)
        entry = lex.get(key, definite) if (definite, key) in confirmed else None
        if entry is not None and entry.label == "LOC":
            out.append(Candidate(i, i + 1, entry, 2.0))
    return out


def link_by_document_country(ents: list[Entity], lex: Lexicon) -> list[Entity]:
    """«البيضاء», «الجوف» in a report about Yemen: a name several places share is the one in the
    country the document mentions most (Al Bayda, Yemen, not Libya); an unlisted local place
    («الساحل الغربي») lies in the country the document is about."""
    counts = Counter(e.country for e in ents if e.country)
    out = [_relinked(e, lex, counts) if e.label == "LOC" and e.source in GAZETTEER_PLACES else e
           for e in ents]
    out = [_in_container(e, out) if e.source == LOCATED else e for e in out]
    home = leading_country(counts, HOME_SHARE)
    out = [replace(e, country=home) if home and not e.country and (
        e.label == "LOC" and e.source == "rule" or e.source == "facility") else e for e in out]
    located = {normalize(e.text): e for e in out if e.source == LOCATED}
    return [replace(e, kb_id=None, country=located[k].country, name=None)  # one name, one place
            if e.label == "LOC" and e.source in GAZETTEER_PLACES and (k := normalize(e.text)) in located
            else e for e in out]


def leading_country(counts: Counter, share: float, min_mentions: int = HOME_MIN) -> str | None:
    """The country a document is about: the one named at least `min_mentions` times and by at
    least `share` of its country mentions (entities and event participants each set their share)."""
    top = counts.most_common(1)
    if not top or top[0][1] < min_mentions:
        return None
    return top[0][0] if top[0][1] / sum(counts.values()) >= share else None


def _in_container(e: Entity, ents: list[Entity]) -> Entity:
    """«العقبة بالجوف»: the place takes the country the place after it was finally linked to."""
    after = [x for x in ents if x.label == "LOC" and e.end < x.start <= e.end + CONTAINER_GAP]
    return replace(e, country=min(after, key=lambda x: x.start).country or e.country) if after else e


def _relinked(e: Entity, lex: Lexicon, counts: Counter) -> Entity:
    """The entity linked to its alternative in the most mentioned country, when that one is commoner."""
    if (e.kb_id or "").startswith("Q"):
        return e  # a curated link names the place news means («جنيف» is Geneva, not Geneva, Illinois)
    current = lex.get(key_of(e.text), normalize(e.text).startswith("ال"))
    alts = [a for a in _alternatives(e.text, lex) if _comparable(a, current)]
    best = max(alts, key=lambda a: (counts[a.country], a.population), default=None)
    if best is None or counts[best.country] <= counts[e.country]:
        return e
    return replace(e, kb_id=best.kb_id, country=best.country, name=best.name)


def _comparable(alt: Entry, current: Entry | None) -> bool:
    """A namesake at most ten times smaller than the place the name usually means («سيدني» is
    Sydney, whatever country the document is about, not Sidney, Ohio)."""
    if current is None or "admin1" in (alt.kind, current.kind):
        return True
    return alt.population * NAMESAKE_RATIO >= current.population


def _alternatives(text: str, lex: Lexicon) -> list[Entry]:
    """Every place the entity's text (or its last words, after «مدينة») may name."""
    words = text.split()
    for k in range(len(words)):
        form = " ".join(words[k:])
        alts = lex.alternatives(key_of(form), normalize(form).startswith("ال"))
        if alts:
            return alts
    return []
