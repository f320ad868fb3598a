"""One sentence prepared for event coding: tokens, the entities over them, clause boundaries."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from ..doc import DateMention, Entity, Token
from ..entities.orgs import head_table
from ..text.normalize import normalize
from .grammar import GLUED, PREP_CLITICS, Grammar, closed_class, grammar, ordered_class, present_prefixed

NONE, SOFT, HARD = 0, 1, 2
MIN_SENTENCES = 3  # body sentences of an article; fewer is a lone sentence (the GSR annotators'
#                    unit), read strictly and lent no country
HARD_PUNCT = frozenset(".;؛!?:")
SOFT_PUNCT = frozenset("،,()[]")
OPENING_QUOTES = frozenset("«\"“")   # a quote opened before a word: «… الكردية "رفض القادة …»
DASHES = frozenset("-–—")   # «القاهرة، مصر (CNN)-- رحبت …»: «)» and a dash end a dateline


@dataclass
class Sentence:
    """The tokens of one body sentence with what the coder looks up about them."""

    text: str
    toks: list[Token]
    index: int
    entities: dict[int, tuple[Entity, int]] = field(default_factory=dict)
    dates: list[DateMention] = field(default_factory=list)
    bounds: list[int] = field(default_factory=list)
    g: Grammar = field(default_factory=grammar)
    trigger_starts: tuple[int, ...] = ()
    in_article: bool = False  # one of several body sentences, not a lone sentence
    sport: bool = False       # a sentence of a game report, or of an article that is one (events/find.py)

    def entity_at(self, k: int) -> tuple[Entity, int] | None:
        """(entity, one past its last token) when an entity starts at token k."""
        return self.entities.get(k)

    def waging_verb(self, k: int) -> int | None:
        """The light verb at k with the act before k as its object («هجوم نفذته امرأة»), or after a
        relative, where the present tells a campaign under way («الهجوم الذي تشنه تركيا»). Right
        after the act the present is no such verb («تشنه», it launches, is no «شنه»); after a
        relative the past mostly recalls an act told before («الهجمات التي شنتها قوات …»)."""
        relative = k < len(self.toks) and self.g.has("short_relatives", self.toks[k])
        k += relative
        if k >= len(self.toks) or (not relative and self.bounds[k] != NONE):
            return None
        verb = self.toks[k]
        past = not present_prefixed(verb)
        if self.g.has("unsplit_waging_verbs", verb):
            return k if not relative else None
        return k if verb.suffix and self.g.has("support_verbs", verb) and past != relative else None

    def in_date(self, k: int) -> bool:
        """Whether token k lies inside a date mention."""
        tok = self.toks[k]
        return any(d.start <= tok.start < d.end for d in self.dates)

    def gap(self, k: int) -> str:
        """The text between token k-1 and token k, proclitics of token k excluded."""
        prev_end = self.toks[k - 1].end if k > 0 else self.toks[0].start
        return self.text[prev_end:self.toks[k].start - len(self.toks[k].prefix)]

    def quote_opens(self, k: int) -> bool:
        """Whether a direct quotation opens right before token k (a space, then the quote mark)."""
        gap = self.gap(k)
        return gap[:1].isspace() and gap.strip()[-1:] in OPENING_QUOTES

    def clause(self, k: int, level: int) -> tuple[int, int]:
        """Token range of the clause around token k, cut at boundaries of at least `level`."""
        lo = k
        while lo > 0 and self.bounds[lo] < level:
            lo -= 1
        hi = k + 1
        while hi < len(self.toks) and self.bounds[hi] < level:
            hi += 1
        return lo, hi

    def next_trigger(self, k: int, default: int) -> int:
        """The first trigger starting at or after token k (`default` when none)."""
        return next((t for t in self.trigger_starts if t >= k), default)

    def participant_after_preposition(self, k: int) -> bool:
        """«القبض على طالب قتل والديه»: a word that is also a participant noun («طالب», a
        student) after a preposition names that participant; no verb stands there."""
        return k > 0 and self.bounds[k] == NONE and self.g.head_sector(self.toks[k]) is not None \
            and self.g.has("prepositions", self.toks[k - 1])

    def has_prep(self, k: int) -> bool:
        """Whether token k is governed by a preposition (a clitic ب/ل or a word before it)."""
        tok = self.toks[k]
        if any(c in tok.prefix for c in PREP_CLITICS):
            return True
        return k > 0 and is_preposition(self.toks[k - 1].norm) and self.bounds[k] < HARD


def is_preposition(norm: str) -> bool:
    """A preposition, also with the «و»/«ف» the tokenizer leaves on a short one («وفي لندن»)."""
    return norm in PREPOSITIONS or len(norm) == 3 and norm[0] in GLUED and norm[1:] in PREPOSITIONS


PREPOSITIONS = closed_class("prepositions")
PLURAL_ENDING = ordered_class("feminine_endings")[1]   # «ات», of a sound feminine plural


def prepare(text: str, toks: list[Token], index: int, entities: list[Entity],
            dates: list[DateMention], short: dict[str, Entity] | None = None) -> Sentence:
    """A Sentence with its entities keyed by first token and its clause boundaries."""
    sent = Sentence(text, toks, index)
    starts = [t.start for t in toks]
    for e in entities:
        i = bisect_left(starts, e.start - 2)
        while i < len(toks) and toks[i].end <= e.start:
            i += 1
        j = bisect_right(starts, e.end - 1)
        if i < j:
            sent.entities[i] = (e, j)
    _add_short_mentions(sent, short or {})
    sent.dates = dates
    sent.bounds = [_boundary(sent, k) for k in range(len(toks))]
    return sent


def short_mentions(entities: list[Entity]) -> dict[str, Entity]:
    """«التحالف» after «التحالف العربي», «الجيش» after «الجيش اليمني», «الهيئة» after «هيئة تفتيش
    السجون البريطانية»: the first word of a named organisation with a country, with its article,
    stands for it later on, unless two such names share it."""
    out: dict[str, Entity] = {}
    clash: set[str] = set()
    for e in entities:
        words = e.text.split()
        if e.label != "ORG" or len(words) < 2 or not e.country:
            continue
        key = normalize(words[0]) if words[0].startswith("ال") else _definite_head(words[0])
        if key is None:
            continue
        if key in out and out[key].country != e.country:
            clash.add(key)
        out.setdefault(key, e)
    return {k: e for k, e in out.items() if k not in clash}


def _definite_head(word: str) -> str | None:
    """«الهيئة» for a name opened by the head «هيئة» (data/entities/org_heads.tsv), not for a plural
    head («قوات»: «القوات» may be any forces) nor a head that is a common noun («موقع»)."""
    row = head_table().get(normalize(word))
    if row is None or row["unquoted"] == "no" or normalize(word).endswith(PLURAL_ENDING):
        return None
    return normalize("ال" + word)


def _add_short_mentions(sent: Sentence, short: dict[str, Entity]) -> None:
    """Read a lone short word after its full name as that organisation (the coder's view only)."""
    covered = {k for i, (_, j) in sent.entities.items() for k in range(i, j)}
    for k, tok in enumerate(sent.toks):
        full = short.get(tok.norm)
        if full is not None and k not in covered and full.end <= tok.start:
            sent.entities[k] = (replace(full, start=tok.start, end=tok.end, text=tok.text), k + 1)


def _boundary(sent: Sentence, k: int) -> int:
    """How strongly a clause ends before token k."""
    if k == 0:
        return HARD
    gap, tok, g = sent.gap(k), sent.toks[k], sent.g
    if any(c in HARD_PUNCT for c in gap) or ")" in gap and any(c in DASHES for c in gap):
        return HARD
    opener = g.has("clause_openers", tok) or g.has("complementizers", tok)
    if opener and (not tok.prefix or tok.prefix in GLUED):
        return HARD
    if any(c in SOFT_PUNCT for c in gap):
        return SOFT
    return NONE
