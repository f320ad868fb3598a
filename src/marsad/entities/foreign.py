"""Foreign people: a listed foreign given name and the unknown words after it («سيرغي سكريبال»)."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Token
from ..resources import read_lines, word_class
from ..text.normalize import normalize, strip_tashkeel
from ..text.tokens import is_known, strip_article
from .lexicon import Entry, Key, Lexicon, word_table
from .rules import Candidate, glued_name_part, inflected, joined, tkey

MAX_SURNAME = 2   # words after the given name («كارين ماكدوغال», «جان لوك ميلانشون»)
CONJUNCTION = "و"
NOT_GIVEN = word_class("entities/word_classes.yaml", "not_given_names")
MIN_ALONE = 5     # letters of a given name that stands alone («يوليا», «ميلانيا») and is no word


def foreign_name_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """«سيرغي سكريبال», «ستيفاني كليفورد», «ابنته يوليا»: foreign surnames are in no Arabic list."""
    names = foreign_given_names()
    out = []
    for i, tok in enumerate(toks):
        n, skip = _given_at(names, toks, i)
        if not n:
            continue
        m = 0
        while m < MAX_SURNAME and i + n + m < len(toks) and _joined_surname(text, toks, i + n + m) \
                and _surname_word(toks[i + n + m], lex) and not _given_at(names, toks, i + n + m)[1] \
                and not (m and listed_person(toks[i:i + n + m], lex)):
            m += 1
        if m:
            out.append(Candidate(i, i + n + m, Entry("PER", "rule"), 1.3, skip))
        elif n == 1 and not skip and _alone(tok, lex):
            out.append(Candidate(i, i + 1, Entry("PER", "rule"), 0.9))
    return out


def _joined_surname(text: str, toks: list[Token], k: int) -> bool:
    """Token k continues the name: «إنريكو فيرمي» though the tokenizer read «فيرمي» as ف + «يرمي»."""
    return joined(text, toks, k - 1, k + 1, toks[k].prefix if glued_name_part(toks[k]) else "")


def _given_at(names: frozenset[Key], toks: list[Token], i: int) -> tuple[int, int]:
    """(words of the listed given name at token i, 0 if none; characters of a glued «و» before it).
    Matched as written, article and all, since «ألان» and «ألكسندر» are no definite nouns; the
    tokenizer leaves «و» on a name it does not know («تيد ليو وجيرالد كونولي»)."""
    if toks[i].text in NOT_GIVEN:
        return 0, 0   # «حتى الآن طلبيات»: «الآن» (now) spelt like «ألان» once normalised
    for n in (2, 1):
        if i + n > len(toks):
            continue
        words = tuple(t.norm for t in toks[i:i + n])
        if words in names:
            return n, 0
        if toks[i].norm[:1] == CONJUNCTION and not toks[i].prefix and (words[0][1:],) + words[1:] in names:
            return n, len(CONJUNCTION)
    return 0, 0


def listed_person(toks: list[Token], lex: Lexicon) -> bool:
    """«نيكولا ساركوزي احترازيا»: a listed full name is whole; the unknown word after it is no surname."""
    entry = lex.get(tuple(tkey(t) for t in toks), False)
    return entry is not None and entry.label == "PER"


def _surname_word(tok: Token, lex: Lexicon) -> bool:
    """A word that can be a foreign surname: unknown to the dictionary, no title, place or group."""
    if glued_name_part(tok):
        return True   # «فيرمي»: no dictionary word as a whole
    if not tok.is_word or tok.suffix or tok.text in lex.function_words or tok.norm.startswith("ال"):
        return False
    if (tkey(tok),) in word_table("entities/titles.tsv", "title"):
        return False
    entry = lex.get((tkey(tok),), False)
    if entry is not None and entry.label in ("LOC", "NORP"):
        return False
    if lex.name_part(tok.text, tok.norm) is not None:
        return True
    return not is_known(tok.text) and not inflected(strip_tashkeel(tok.text))   # «رونالدو حاسما»


def _alone(tok: Token, lex: Lexicon) -> bool:
    """A long given name that is no dictionary word or place can stand for the person alone."""
    bare = strip_article(tok.norm)
    return len(bare) >= MIN_ALONE and not tok.suffix and not is_known(tok.text) \
        and lex.get((bare,), False) is None


@lru_cache(maxsize=1)
def foreign_given_names() -> frozenset[Key]:
    """Normalised foreign given names, article-like «أل» kept (data/entities/foreign_given_names.txt)."""
    return frozenset(tuple(normalize(w).split()) for w in read_lines("entities/foreign_given_names.txt"))
