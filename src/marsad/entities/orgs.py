"""Organisations: a head noun («وزارة», «جهاز», «قناة») and the name that follows it."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Token
from ..resources import read_tsv
from ..text.normalize import normalize
from .lexicon import Entry, Lexicon
from .rules import Candidate, is_definite, joined, tkey

MAX_ORG_TAIL = 4       # tokens after an organisation head


def org_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """«وزارة الخارجية», «جهاز الاستخبارات العامة», «قناة «الإخبارية السورية»», «بلدية نابلس»."""
    out = []
    for i, tok in enumerate(toks):
        row = _head(tok)
        if row is None:
            continue
        entry = Entry("ORG", "rule", sector=row["sector"] or None)
        quoted = _quoted_name(text, toks, i)
        if quoted:
            out.append(Candidate(quoted[0], quoted[1], entry, 2.5))
            continue
        if row["quoted"] == "yes" and _known_org(toks, i + 1, lex):
            continue  # «قناة الجزيرة»: the gazetteer names the outlet itself
        tail = _org_tail(text, toks, i + 1, lex)
        if tail:
            out.append(Candidate(i, i + 1 + tail, entry, 1.2))
    return out


def _known_org(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token k starts a name the gazetteers know as an organisation."""
    if k >= len(toks):
        return False
    entry = lex.get((tkey(toks[k]),), is_definite(toks[k]))
    return entry is not None and entry.label == "ORG"


@lru_cache(maxsize=1)
def head_table() -> dict[str, dict[str, str]]:
    """Organisation heads keyed by their exact normalised spelling, article included."""
    return {normalize(r["head"]): r for r in read_tsv("entities/org_heads.tsv")}


def _head(tok: Token) -> dict[str, str] | None:
    """The head row for a token as written: «الجبهة الشمالية» is not «جبهة …»; للقوات is القوات."""
    norm = "ال" + tok.norm if tok.prefix.endswith("لل") else tok.norm
    row = head_table().get(norm)
    if row is None and not tok.prefix and norm[:1] in "وفبلك":  # an unsplit «لقناة»
        row = head_table().get(norm[1:])
    return row


def _quoted_name(text: str, toks: list[Token], i: int) -> tuple[int, int] | None:
    """Token range of a «quoted» or “quoted” name right after token i."""
    if i + 1 >= len(toks):
        return None
    gap = text[toks[i].end:toks[i + 1].start]
    closer = {"«": "»", "“": "”", '"': '"'}.get(gap.strip()[-1:]) if gap.strip() else None
    if closer is None:
        return None
    for j in range(i + 1, min(i + 7, len(toks))):
        if closer in text[toks[j].end:toks[j + 1].start if j + 1 < len(toks) else toks[j].end + 2]:
            return i + 1, j + 1
    return None


def _org_tail(text: str, toks: list[Token], k: int, lex: Lexicon) -> int:
    """Tokens that continue an organisation name: a known place or name, definite words, idafa."""
    n = 0
    while k + n < len(toks) and n < MAX_ORG_TAIL and joined(text, toks, k + n - 1, k + n + 1):
        tok = toks[k + n]
        definite = is_definite(tok)
        nxt = toks[k + n + 1] if k + n + 1 < len(toks) else None
        next_definite = nxt is not None and joined(text, toks, k + n, k + n + 2) and (
            is_definite(nxt) or lex.get((tkey(nxt),), False) is not None)
        after_head_noun = n == 0 or not is_definite(toks[k + n - 1])
        entry = lex.get((tkey(tok),), False)
        proper = after_head_noun and entry is not None and entry.label != "NORP"
        if not tok.is_word or not (definite or proper or (n == 0 and next_definite)):
            break
        n += 1
    return n
