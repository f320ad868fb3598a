"""Within-document coreference: «ماكرون» after «إيمانويل ماكرون» is the same person."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..doc import Entity, Token
from ..text.normalize import normalize, strip_tashkeel
from ..text.tokens import is_known, strip_article
from .cues import regnal_ordinals
from .lexicon import Lexicon, closed_class, key_of, word_table
from .rules import glued_key, glued_name_part, span_start

NAME_HEADS = closed_class("compound_heads")
MIN_SURNAME = 3  # characters: shorter name parts are too ambiguous to propagate
MIN_VOUCHED = 2  # times the rules must find a one-word name before its every mention is it
_ORDINAL_WORDS = frozenset(w for phrase in regnal_ordinals() for w in phrase)  # «الثاني», «عشر»


def link_short_mentions(text: str, tokens: list[Token], ents: list[Entity],
                        lex: Lexicon) -> list[Entity]:
    """Link one-word person mentions to the full name introduced earlier, and find unlinked ones."""
    ents = _share_links(sorted(ents, key=lambda e: e.start))
    alone = Counter(normalize(e.text) for e in ents if e.label == "PER" and " " not in e.text)
    full: dict[str, int] = {}
    out: list[Entity] = []
    tails: dict[str, int] = {}
    for e in ents:
        words = normalize(e.text).split()
        if e.label == "PER" and len(words) == 1 and words[0] in full:
            e = _inherit(e, out[full[words[0]]])
        elif e.label == "PER" and not e.kb_id and " ".join(words) in tails:
            e = _inherit(e, out[tails[" ".join(words)]])  # «بن سلمان» after «محمد بن سلمان»
        out.append(e)
        if e.label == "PER" and not _role_phrase(e.text):
            for word in {words[0], words[-1]}:  # «ماكرون» and «عماد» after «عماد الصانع»
                if _may_stand_alone(word, lex) and (len(words) >= 2 or _vouched(e.text, alone)):
                    full.setdefault(word, len(out) - 1)  # «رونالدو» after «سجل رونالدو»
            for k in range(1, len(words) - 1):
                tails.setdefault(" ".join(words[k:]), len(out) - 1)
    return _add_bare_surnames(text, tokens, out, full, lex.function_words)


def _vouched(text: str, alone: Counter) -> bool:
    """A one-word name found twice by itself, and no dictionary word: its other mentions are it."""
    return alone[normalize(text)] >= MIN_VOUCHED and _no_word(text)


def _no_word(text: str) -> bool:
    """A name the dictionary does not know as a word, so that any mention of it is the name."""
    return not is_known(strip_tashkeel(text)) and not is_known(strip_article(strip_tashkeel(text)))


def _role_phrase(text: str) -> bool:
    """«ولي العهد السعودي» names a person by a role of several words: no word of it is a name."""
    key = key_of(text)
    return any(len(title) > 1 and key[:len(title)] == title for title in _long_titles())


@lru_cache(maxsize=1)
def _long_titles() -> tuple:
    """Titles of two words or more (data/entities/titles.tsv)."""
    return tuple(k for k in word_table("entities/titles.tsv", "title") if len(k) > 1)


def _may_stand_alone(word: str, lex: Lexicon) -> bool:
    """Whether one word of a full name can later name the person alone.

    The article is part of the word: «الجامع» is no mention of a «جامع …», «أسد» none of «الأسد».
    """
    bare = strip_article(word)
    return (len(bare) >= MIN_SURNAME and word not in lex.function_words
            and bare not in NAME_HEADS  # «ابن» of «ابن سينا» is no mention of him
            and word not in _ORDINAL_WORDS)  # «الثاني» of «عبد الله الثاني»


def _share_links(ents: list[Entity]) -> list[Entity]:
    """One full name is one person: a mention without the country or link that another mention
    of the same name has («جيرار كولومب» in a headline, «وزير الداخلية الفرنسي جيرار كولومب» later)
    takes it."""
    best: dict[str, Entity] = {}
    for e in ents:
        key = normalize(e.text)
        if e.label == "PER" and (e.kb_id or e.country) and (key not in best or (
                e.kb_id and not best[key].kb_id)):
            best[key] = e
    return [replace(e, kb_id=e.kb_id or best[k].kb_id, country=e.country or best[k].country,
                    name=e.name or best[k].name)
            if e.label == "PER" and (k := normalize(e.text)) in best else e for e in ents]


def _inherit(e: Entity, ante: Entity) -> Entity:
    """A short mention takes the full mention's link; `antecedent` is where that mention starts."""
    return replace(e, kb_id=ante.kb_id or e.kb_id, country=ante.country or e.country,
                   name=ante.name or e.name, antecedent=ante.start)


def _add_bare_surnames(text: str, tokens: list[Token], ents: list[Entity], full: dict[str, int],
                       function_words: frozenset[str]) -> list[Entity]:
    """Tokens equal to a known surname, after the full name, that no entity covers yet."""
    if not full:
        return ents
    covered = [(e.start, e.end) for e in ents]
    added = []
    for tok in tokens:
        glued = glued_name_part(tok)   # «فيرمي», which the tokenizer read as ف + «يرمي»
        idx = full.get(glued_key(tok) if glued else tok.norm)
        if idx is None or tok.text in function_words or tok.start <= ents[idx].start and (
                tok.start == ents[idx].start or not _no_word(tok.text)):
            continue  # «على» is no mention of «علي»; a headline's «ماكرون» is, if no word
        if any(s <= tok.start < e for s, e in covered):
            continue
        ante = ents[idx]
        start = tok.start - len(tok.prefix) if glued else span_start(tok)
        added.append(Entity(start, tok.end, text[start:tok.end], label="PER", kb_id=ante.kb_id,
                            country=ante.country, name=ante.name, sector=ante.sector,
                            antecedent=ante.start, source="coref"))
    return sorted(ents + added, key=lambda e: e.start) if added else ents
