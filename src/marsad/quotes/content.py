"""Where reported content starts and ends in one sentence, and which quote sits inside which."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Span
from .cues import Attribution, Cue, find_complement, quote_before
from .lexicon import QuoteLexicon, closed_class
from .speakers import Subject
from .view import OPENERS, View, closing, trimmed

CLAUSE_OPENERS = closed_class("content_clause_openers")
RELATIVES = closed_class("relatives")
GLUED = closed_class("glued_conjunctions")


@dataclass
class Found:
    """A cue with its content (character offsets) and, once read, its speaker and chain."""

    cue: Cue
    start: int | None
    end: int | None
    direct: bool
    quoted: bool
    region: tuple[int, int]
    marker: int
    parent: "Found | None" = None
    speaker: Span | None = None
    resolved: Span | None = None
    subject: Subject = field(default_factory=lambda: Subject(None))
    from_left: bool = False
    chain: tuple[Span, ...] = ()


def find_contents(v: View, cues: list[Cue], atts: list[Attribution], lex: QuoteLexicon) -> list[Found]:
    """Each cue's content span (None where it has none), nested quotes linked to their parent."""
    found = _distinct([_content(v, c, cues, lex) for c in cues])
    _ends(v, found, cues, atts, lex)
    _nest(v, found)
    return found


def _content(v: View, cue: Cue, cues: list[Cue], lex: QuoteLexicon) -> Found:
    """Where the cue's content starts (its end is set once every cue is known)."""
    # a cue inside the speaker phrase («جهاز كشف الكذب») does not end the search; a new clause does
    limit = next((c.i for c in cues if c.i > cue.i and (_coordinated(v, c) or c.verb.kind == "cont")),
                 len(v.toks))
    comp = find_complement(v, cue, limit, lex)
    if comp is not None:
        return Found(cue, comp.start, None, comp.direct, comp.quoted,
                     (cue.j, comp.region_end), comp.marker)
    before = quote_before(v, cue)
    if before is not None:
        return Found(cue, before[0], before[1], True, True, (cue.j, limit), cue.i)
    return Found(cue, None, None, False, False, (cue.j, limit), cue.i)

def _ends(v: View, found: list[Found], cues: list[Cue], atts: list[Attribution],
          lex: QuoteLexicon) -> None:
    """Content ends at a closing mark, before a coordinated cue or attribution, or at the end."""
    for f in found:
        if f.start is None:
            continue
        end = f.end if f.end is not None else _end(v, f, cues, atts, lex)
        span = trimmed(v.doc, f.start, max(end, f.start))
        f.start, f.end = (span.start, span.end) if span.text else (None, None)

def _end(v: View, f: Found, cues: list[Cue], atts: list[Attribution], lex: QuoteLexicon) -> int:
    """The end of one content span."""
    if f.quoted and f.start > 0 and v.text[f.start - 1] in OPENERS:
        close = closing(v.text, f.start - 1, v.sent.end)
        if close >= 0:
            return close
    end = v.sent.end
    for c in cues:
        if c.i > f.marker and _coordinated(v, c) and not _inside_quote(v.text, f.start, v.start(c.i)):
            end = min(end, v.toks[c.i - 1].end)
            break
    for a in atts:
        if a.i > f.marker and a.kind == "relay" and not _inside_quote(v.text, f.start, v.start(a.i)):
            end = min(end, v.toks[a.i - 1].end)
    for k in range(f.marker + 1, len(v.toks)):
        if v.words[k] in lex.words("terminator") and v.comma_before(k):
            return min(end, v.toks[k - 1].end)
    return end


def _distinct(found: list[Found]) -> list[Found]:
    """Two cues claiming one content: the first is the verb, the later one sits in its subject."""
    starts: set[int] = set()
    out = []
    for f in found:
        if f.start is not None and f.start in starts:
            continue
        if f.start is not None and not f.cue.negated:
            starts.add(f.start)
        out.append(f)
    return out


def _coordinated(v: View, c: Cue) -> bool:
    """A cue joined by «و», a comma or «حيث» starts a new quote: «…، مؤكدًا أن», «…، وقال إن»."""
    return v.comma_before(c.i) or v.toks[c.i].prefix in GLUED or \
        (c.i > 0 and v.words[c.i - 1] in CLAUSE_OPENERS | RELATIVES)


def _inside_quote(text: str, a: int, b: int) -> bool:
    """Whether a quotation opened in `text[a:b]` is still open at `b`."""
    s = text[a:b]
    return s.count('"') % 2 == 1 or any(s.count(o) > s.count(c) for o, c in OPENERS.items() if o != c)


def _nest(v: View, found: list[Found]) -> None:
    """A cue inside another quote's content is nested in it («أن الوفد السوري شدد على …»)."""
    for f in found:
        at = v.start(f.cue.i)
        outer = [g for g in found if g is not f and g.start is not None and g.start <= at < g.end]
        f.parent = max(outer, key=lambda g: g.start) if outer else None
