"""Find entities in a document's sentences: gazetteers and rules propose, the longest wins."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import groupby

from ..doc import Entity, Sentence, Token
from ..resources import read_tsv
from ..text.tokens import strip_article
from .context import (confirmed_place_candidates, confirmed_places, link_by_document_country,
                      mentions_confirmed)
from .apposition import apposition_country
from .coref import link_short_mentions
from .cues import cued_person_candidates
from .lexicon import Entry, Lexicon, closed_class
from .orgs import club_candidates, ministry_candidates, org_candidates, with_national_branches
from .facilities import FACILITY, facility_candidates
from .foreign import foreign_name_candidates
from .named_events import named_event_candidates
from .places import district_candidates, unlisted_place_candidates
from .people import name_sequence_candidates, title_person_candidates
from .rules import (Candidate, gazetteer_candidates, glued_key, is_definite, is_locative,
                    nesting_heads, span_start, tkey, trigger_row)

PROPOSERS = (gazetteer_candidates, title_person_candidates, name_sequence_candidates,
             org_candidates, unlisted_place_candidates, district_candidates,
             foreign_name_candidates, cued_person_candidates, club_candidates, facility_candidates,
             named_event_candidates, ministry_candidates)
LOCATED = "located"  # source of a place whose country the place after it gives («العقبة بالجوف»)
NESTED = "nested"  # source of an entity inside another one's span («التركية» in «القوات التركية»)
COUNTRY_WINDOW = 12  # tokens back to look for the country of an unlinked organisation


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-3 -> English country name, for NORP and organisation labels."""
    return {r["iso3"]: r["en"] for r in read_tsv("gazetteer/countries.tsv")}


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest and best-scored first."""
    taken: list[Candidate] = []
    used: set[int] = set()
    for c in sorted(cands, key=lambda c: (-(c.j - c.i), -c.score, c.i)):
        if used.isdisjoint(range(c.i, c.j)):
            taken.append(c)
            used.update(range(c.i, c.j))
    return sorted(taken, key=lambda c: c.i)


IDIOMS = closed_class("idioms")


def sentence_entities(text: str, toks: list[Token], lex: Lexicon,
                      confirmed: frozenset = frozenset()) -> list[Entity]:
    """Entities of one sentence's tokens; `confirmed` places the document has vouched for."""
    cands = [c for propose in PROPOSERS for c in propose(text, toks, lex)]
    if confirmed:
        cands += confirmed_place_candidates(toks, lex, confirmed)
    chosen = [c for c in with_national_branches(text, toks, select(cands), lex)
              if not _idiom(toks, c)]
    out = []
    nested = nested_demonyms(chosen, cands, toks) + nested_places(chosen, toks)
    linked = [_linked(c, toks, lex) for c in chosen]
    for c in sorted(linked + nested, key=lambda c: (c.i, -c.j)):
        entry = _with_country(c, cands, toks, text)
        if entry.label == "LOC" and entry.country and _accusative_adjective(toks, c):
            entry = Entry("NORP", entry.kind, None, entry.country, None, entry.sector)
        start, end = span_start(toks[c.i], c.skip), toks[c.j - 1].end
        metonym = entry.country if entry.kind == "metonym" and not is_locative(toks, c.i) else None
        out.append(Entity(start, end, text[start:end], label=entry.label, kb_id=entry.kb_id,
                          country=entry.country, name=entry.name or _country_label(entry),
                          sector=entry.sector, metonym_for=metonym,
                          source=NESTED if c in nested and _inside(c, linked) else entry.kind))
    return out


def _idiom(toks: list[Token], c: Candidate) -> bool:
    """«تهدف إلى النيل من وحدة البلاد» (to harm), not the Nile: a name that opens a fixed phrase."""
    if c.j - c.i != 1 or c.j >= len(toks):
        return False
    return f"{toks[c.i].norm} {toks[c.j].norm}" in IDIOMS


def nested_demonyms(chosen: list[Candidate], cands: list[Candidate], toks: list[Token]) -> list[Candidate]:
    """«القوات التركية», «الحكومة النيجرية»: analysts list the demonym inside an organisation as a
    NORP of its own, so it is kept beside (inside) the organisation's span. A country name spelt
    as its adjective («الحكومة السعودية») is that adjective there."""
    orgs = [c for c in chosen if c.entry.label in ("ORG", "MISC") and c.j - c.i > 1]
    seen: set[tuple[int, int]] = set()
    out = []
    for x in cands:
        if _country_as_adjective(x, orgs, toks):
            x = replace(x, entry=Entry("NORP", "demonym", None, x.entry.country, None, x.entry.sector))
        if x.entry.label != "NORP" or x.j - x.i != 1 or (x.i, x.j) in seen:
            continue
        # a group word in a listed name («الاتحاد الأوروبي») is part of the name, not a mention
        if any(o.i < x.i and x.j <= o.j and (x.entry.country or o.entry.kind == "rule") for o in orgs):
            seen.add((x.i, x.j))
            out.append(x)
    return out


def nested_places(chosen: list[Candidate], toks: list[Token]) -> list[Candidate]:
    """«محافظة السويداء»: the unit is a place, and so is its bare name inside it, which is how
    analysts name it elsewhere («السويداء»)."""
    out = []
    for c in chosen:
        heads = nesting_heads(toks, c) if c.entry.label == "LOC" and c.entry.kind != "rule" else 0
        if heads:
            out.append(replace(c, i=c.i + heads, skip=0))
    return out


def _country_as_adjective(x: Candidate, orgs: list[Candidate], toks: list[Token]) -> bool:
    """«الحكومة السعودية», «الخارجية السعودية»: a definite country name right after a definite
    word inside an organisation's name agrees with it as an adjective."""
    if x.entry.label != "LOC" or x.entry.kind != "country" or x.j - x.i != 1 or x.i == 0:
        return False
    tok, prev = toks[x.i], toks[x.i - 1]
    return not tok.prefix and is_definite(tok) and is_definite(prev) and \
        any(o.i < x.i and x.j <= o.j for o in orgs)


def _inside(c: Candidate, spans: list[Candidate]) -> bool:
    """Whether c lies inside a longer span."""
    return any(o.i <= c.i and c.j <= o.j and o.j - o.i > c.j - c.i for o in spans)


def _linked(c: Candidate, toks: list[Token], lex: Lexicon) -> Candidate:
    """A span found by a rule that the gazetteers know («موقع «أكسيوس»») takes their entry."""
    if c.entry.kind != "rule":
        return c
    for k in (c.i, c.i + 1):  # the whole span, or the name after its head («حركة حماس»)
        entry = lex.get(span_key(c, toks, k), is_definite(toks[k])) if k < c.j else None
        if entry is not None and entry.label == c.entry.label:
            return replace(c, entry=entry)
    return _before_foreign_demonym(c, toks, lex)


def span_key(c: Candidate, toks: list[Token], k: int) -> tuple[str, ...]:
    """Look-up key of tokens k..c.j-1, without the clitic the span leaves out («لميليشيات»)."""
    keys = [tkey(t) for t in toks[k:c.j]]
    if k == c.i and c.skip < 0:   # «بوركينا»: the first letter read as a clitic is the name's
        keys = [glued_key(t) for t in toks[k:c.j]]
    elif k == c.i and c.skip:
        keys[0] = strip_article(toks[k].norm[1:])
    return tuple(keys)


def _before_foreign_demonym(c: Candidate, toks: list[Token], lex: Lexicon) -> Candidate:
    """«ميليشيات الحوثي الإيرانية»: a demonym of another country after a listed actor with its own
    country says who backs it; it is no part of the name (it stays a NORP of its own)."""
    last = lex.get((tkey(toks[c.j - 1]),), True) if c.j - c.i > 2 else None
    if last is None or last.label != "NORP" or not last.country:
        return c
    entry = lex.get(span_key(replace(c, j=c.j - 1), toks, c.i), is_definite(toks[c.i]))
    if entry is not None and entry.label == "ORG" and entry.country and entry.country != last.country:
        return replace(c, j=c.j - 1, entry=entry)
    return c


def _with_country(c: Candidate, chosen: list[Candidate], toks: list[Token], text: str) -> Entry:
    """An organisation or person found by rule takes the country named inside it or just before it."""
    e = c.entry
    if e.label not in ("ORG", "PER", "LOC") or e.country and e.label != "LOC":
        return e
    if e.kind == FACILITY:  # «مطار دمشق الدولي»
        inside = [x for x in chosen if c.i < x.i < c.j and x.entry.label == "LOC" and x.entry.country]
        return replace(e, country=inside[0].entry.country) if inside else e
    if e.label == "LOC":
        where = _located_in(c, chosen, toks, countries=e.kind == "rule")
        if where and e.kind in ("city", "admin1") and where != e.country:  # «العقبة بالجوف» (Yemen)
            return Entry(e.label, LOCATED, None, where)
        return _in_country(e, where) if e.kind == "rule" else e
    if e.kind != "rule":
        title = _title_demonym(toks, c, chosen, reach=1) if e.label == "PER" else None
        return _in_country(e, title.entry.country if title else _apposed(text, toks, c, chosen))
    inside = [x for x in chosen if c.i <= x.i < c.j and x.entry.country and x is not c]
    before = [x for x in chosen if c.i - COUNTRY_WINDOW <= x.i < c.i and x.entry.country
              and x.entry.label in ("NORP", "LOC")]
    after_title = _title_demonym(toks, c, chosen) if e.label == "PER" else None
    source = inside[:1] or ([after_title] if after_title else []) or \
        (before[-1:] if e.label == "ORG" else [])
    if not source:
        return _in_country(e, _apposed(text, toks, c, chosen))
    return _in_country(e, source[0].entry.country)


def _apposed(text: str, toks: list[Token], c: Candidate, chosen: list[Candidate]) -> str | None:
    """A person's country from a title phrase in apposition (none for other labels)."""
    return apposition_country(text, toks, c, chosen) if c.entry.label == "PER" else None


def _in_country(e: Entry, country: str | None) -> Entry:
    """The entry with that country, or unchanged when there is none."""
    return replace(e, country=country) if country else e


def _accusative_adjective(toks: list[Token], c: Candidate) -> bool:
    """«60 دبلوماسيا روسيا», «جنديا تركيا»: a country-shaped word after an indefinite accusative
    noun is its adjective (روسيًا = Russian), not the country."""
    word = toks[c.i]
    if c.j - c.i != 1 or c.i == 0 or word.prefix or not word.norm.endswith("يا"):
        return False
    prev = toks[c.i - 1]
    counted = c.i > 1 and toks[c.i - 2].norm.isdigit()
    return prev.is_word and not prev.prefix and not is_definite(prev) and len(prev.norm) > 3 \
        and prev.norm.endswith("ا") and (counted or prev.norm.endswith("يا"))


def _title_demonym(toks: list[Token], c: Candidate, chosen: list[Candidate],
                   reach: int = 8) -> Candidate | None:
    """«رئيس الوزراء السلوفيني، روبرت جولوب»: the demonym in the title names the country.

    A listed name looks only at the word right before it («نظيره الجزائري نور الدين بدوي»).
    """
    near = [x for x in chosen if c.i - reach <= x.i < c.i and x.entry.label == "NORP"
            and x.entry.country and x.j == x.i + 1]
    return near[-1] if near else None


def _located_in(c: Candidate, chosen: list[Candidate], toks: list[Token],
                countries: bool = True) -> str | None:
    """«مديرية السود بمحافظة عمران», «القبيطة في محافظة لحج»: a place lies in the country of the
    place named right after it with ب or في (a country itself only for a place found by rule)."""
    k = c.j + 1 if c.j < len(toks) and toks[c.j].norm == "في" else c.j
    if k >= len(toks) or k == c.j and not (toks[k].prefix.endswith("ب") or toks[k].norm.startswith("بال")):
        return None
    at = {k, k + 1} if trigger_row(toks, k) else {k}  # «بمحافظة عمران»
    return next((x.entry.country for x in chosen if x.i in at and x.entry.label == "LOC"
                 and x.entry.country and (countries or x.entry.kind != "country")), None)


def _country_label(entry: Entry) -> str | None:
    """English label of a demonym's country."""
    return country_names().get(entry.country or "") if entry.label == "NORP" else None


def find_entities(text: str, tokens: list[Token], sentences: list[Sentence],
                  lex: Lexicon, keep: set[int] | None = None) -> list[Entity]:
    """Entities of the given sentences (all, or those whose index is in `keep`), coreferred."""
    found: list[tuple[list[Token], list[Entity]]] = []
    for sid, group in groupby(tokens, key=lambda t: t.sentence):
        if keep is None or sid in keep:
            toks = list(group)
            found.append((toks, sentence_entities(text, toks, lex)))
    confirmed = confirmed_places([e for _, ents in found for e in ents])
    out = [e for toks, ents in found for e in (
        sentence_entities(text, toks, lex, confirmed) if mentions_confirmed(toks, ents, confirmed) else ents)]
    return link_short_mentions(text, tokens, link_by_document_country(out, lex), lex)
