"""Person names: after titles («الرئيس الفرنسي، إيمانويل ماكرون») and as name-part sequences."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Token
from ..resources import read_lines, word_class
from ..text.normalize import normalize, strip_tashkeel
from ..text.tokens import is_known, strip_article
from .lexicon import Entry, Lexicon, closed_class, word_table
from .foreign import foreign_given_names, listed_person
from .rules import (ARABIC, Candidate, glued_key, glued_name_part, inflected, is_definite, is_demonym,
                    joined, longest, tkey)

MAX_TITLE_GAP = 9      # tokens between a title and the comma before the name
MAX_NAME = 5           # tokens in a person name
MAX_COMPLEMENT = 3     # definite words between a title and a name in no list
CUES = "entities/person_cues.yaml"   # words around a name that say it is a person's


def title_person_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """«الرئيس الفرنسي، إيمانويل ماكرون»: a name after a title, directly or after a comma."""
    titles = word_table("entities/titles.tsv", "title")
    out = []
    for i in range(len(toks)):
        n = longest(titles, toks, i, 3)
        if not n:
            continue
        found = _name_start(text, toks, i + n, lex)
        if found is None:
            continue
        start, after_comma = found
        while after_comma and (inner := longest(titles, toks, start, 3)):
            start += inner   # «رئيس المركز الروسي، اللواء فلاديمير زولوتوخين»: the rank stays out
        length = _name_run(text, toks, start, lex, after_comma)
        if length:
            sector = titles[tuple(tkey(t) for t in toks[i:i + n])].get("sector") or None
            out.append(Candidate(start, start + length, Entry("PER", "rule", sector=sector), 1.5))
    return out


def _name_start(text: str, toks: list[Token], k: int, lex: Lexicon) -> tuple[int, bool] | None:
    """(where the name after a title starts, whether a comma came first), or None.

    The name follows the title directly, or a given name comes a few words later («الرئيس
    السابق بشار الأسد»), or it follows the comma that closes the title phrase.
    """
    if k < len(toks) and _name_like(toks[k]) and (not toks[k].norm.startswith("ال")
                                                  or (toks[k].norm,) in foreign_given_names()):
        return k, False   # «الملكة إليزابيث»: «إل…» of a listed foreign name is no article
    after = k
    while after < min(len(toks) - 1, k + MAX_COMPLEMENT) and is_definite(toks[after]):
        after += 1  # the title's complement and adjectives («الدفاع البولندي»)
    if after > k and _name_like(toks[after]) and not is_definite(toks[after]) \
            and not _ordinary_word(toks[after]) and joined(text, toks, k - 1, after + 1) \
            and _name_run(text, toks, after, lex, False) >= 2:
        return after, False  # «وزير الدفاع البولندي ماريوش بلاشتشاك»: a full name in no list
    for m in range(k, min(k + MAX_TITLE_GAP, len(toks) - 1)):
        part = lex.name_part(toks[m].text, toks[m].norm)
        if part and part[0] in GIVEN_ROLES and part[1] >= MIN_GIVEN_COUNT \
                and not is_demonym(toks[m], lex) \
                and (not is_definite(toks[m]) or toks[m + 1].norm in NASAB):
            return m, False  # «الرئيس التركي رجب…», «رسول الإسلام محمد»: no name; «الوليد بن طلال»
        gap = text[toks[m].end:toks[m + 1].start]
        if "،" in gap or "," in gap:
            return m + 1, True
        if any(c in gap for c in ".:؟!"):
            return None
    return None


def _name_like(tok: Token) -> bool:
    """A token that can be part of a person's name."""
    return tok.is_word and not tok.prefix and len(tok.norm) > 1 and ARABIC.issuperset(tok.norm)


def _name_run(text: str, toks: list[Token], k: int, lex: Lexicon, after_comma: bool) -> int:
    """How many tokens from k read as a name: name parts or unknown words, up to punctuation.

    After «title،» the name runs to the next comma (foreign names are rarely in the name lists).
    """
    n = 0
    while k + n < len(toks) and n < MAX_NAME and (_name_like(toks[k + n]) or n and glued_name_part(toks[k + n])):
        tok = toks[k + n]
        if n and not joined(text, toks, k + n - 1, k + n + 1, tok.prefix if glued_name_part(tok) else ""):
            break
        if tok.text in lex.function_words or (n and _possessed(tok, lex)) or _place(tok, lex) \
                or n >= 2 and listed_person(toks[k:k + n], lex) or n and _prayer(toks, k + n):
            break   # «ولي عهد إمارة أبوظبي، الشيخ …»: a place ends the run; a listed name is whole
        width, _ = _part_at(toks, k + n, lex)
        if width > 1 and n + width <= MAX_NAME and joined(text, toks, k + n, k + n + width):
            n += width  # «السيدة زهية أبو الهيجا»: a kunya or «بن» chain is one part
            continue
        ordinary = lex.name_part(tok.text, tok.norm) is None and not tok.prefix and (
            bool(tok.suffix) if after_comma else _ordinary_word(tok))
        if ordinary:  # «ونفى الرئيس وجود…», «رئيس بلدية…»: a dictionary word after a title is no name
            break
        n += 1
    if after_comma and n and not (_ends_phrase(text, toks, k + n - 1) and _foreign(toks[k:k + n])):
        return _name_run(text, toks, k, lex, after_comma=False)
    alone = n == 1 and (not is_known(strip_tashkeel(toks[k].text)) or (toks[k].norm,) in foreign_given_names())
    return n if n >= 2 or alone else 0


def _place(tok: Token, lex: Lexicon) -> bool:
    """A listed place name as a whole word that is no name part («أبوظبي»; «بشار» is both)."""
    return _listed_label(tok, lex) == "LOC" and lex.name_part(tok.text, tok.norm) is None


def _foreign(run: list[Token]) -> bool:
    """A name closed by commas after «title،» may hold dictionary look-alikes («جافين وليامسون»)
    as long as one of its words is no dictionary word."""
    return any(not is_known(strip_tashkeel(t.text)) for t in run)


def _ordinary_word(tok: Token) -> bool:
    """A dictionary word, an inflected form or a word with a pronoun: not a foreign name."""
    plain = strip_tashkeel(tok.text)
    return bool(is_known(plain) or tok.suffix or tok.lemma != tok.norm or inflected(plain))


def _ends_phrase(text: str, toks: list[Token], j: int) -> bool:
    """Token j is followed by punctuation or ends the sentence."""
    nxt = toks[j + 1].start - len(toks[j + 1].prefix) if j + 1 < len(toks) else len(text)
    return bool(text[toks[j].end:nxt].strip()) or j + 1 == len(toks)




def name_sequence_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """«خليل السكاكيني», «محمود حسين هديب»: a common given name followed by name parts."""
    out = []
    i = 0
    while i < len(toks):
        n = _sequence(text, toks, i, lex)
        if n >= 2:
            out.append(Candidate(i, i + n, Entry("PER", "rule"), 1.1))
            i += n
        else:
            i += 1
    return out


def _sequence(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    """Length of the name that starts at token i (0 or 1 when there is none)."""
    width, part = _part_at(toks, i, lex)
    first = toks[i]
    if width > 1 and not joined(text, toks, i, i + width):
        return 0  # «ابو : يا خوي»: a kunya head and the word after a colon are no name
    definite = is_definite(first)  # «للجامع الأموي» is a mosque
    nasab = _nasab_start(toks, i, width, lex)
    if _is_place(first, lex) and not nasab and not _given_over_word_town(first, part, lex) \
            or _is_title(first) or first.norm in before_given_name() or not (
            _given_start(first, part) and not definite or nasab
            and (not definite or part is not None)):  # «الحسين بن علي»; «حمد بن جاسم» (حمد a town)
        return 0
    n, unknown = width, 0
    while i + n < len(toks) and n < MAX_NAME \
            and joined(text, toks, i + n - 1, i + n + 1, _listed_glued(toks[i + n], lex)):
        width, part = _part_at(toks, i + n, lex)
        tok = toks[i + n]
        if tok.prefix:
            n += 1  # «علي يوسف أحمد فايد»: the tokenizer read the listed name «فايد» as ف + ايد
            continue
        if not tok.is_word or tok.norm[:1] not in ARABIC or _is_title(tok) or _possessed(tok, lex) \
                or _prayer(toks, i + n) or compound_head(tok) not in (None, tok.norm):  # «وابن» opens another name
            break
        if part is None and (_dictionary_word(tok) or unknown or tok.text in lex.function_words
                             or _unsplit_conjunct(tok) or _feminine_adjective(tok)):
            break
        if part is not None and not _later_part(tok, part, width):
            break
        if part is None and n == 1 and (normalize(first.text),) in word_given_names():
            return 0  # «ورفعت زيرفوس», «باسم أغاديس»: the word, not the name
        unknown += part is None
        n += width
    return n


def _given_start(first: Token, part: tuple[str, int] | None) -> bool:
    """A common given name can open a name unprompted."""
    return part is not None and part[0] in GIVEN_ROLES and _attested(first, part, MIN_GIVEN_COUNT)


def _listed_glued(tok: Token, lex: Lexicon) -> str:
    """The letter the tokenizer split off a listed name part that is no word («فايد»), else ""."""
    if glued_name_part(tok) and lex.name_part("", glued_key(tok)):
        return tok.prefix
    return ""


def _given_over_word_town(first: Token, part: tuple[str, int] | None, lex: Lexicon) -> bool:
    """«بشار أبو زعرور»: a common given name that names a town only after «مدينة» still opens a name."""
    entry = lex.get((tkey(first),), False)
    return entry is not None and entry.cued and _given_start(first, part)


def _nasab_start(toks: list[Token], i: int, width: int, lex: Lexicon) -> bool:
    """«معاوية بن أبي سفيان», «ابن خلدون»: a «بن» chain vouches for the name around it."""
    first = toks[i]
    if compound_head(first) in NASAB:
        return width >= 2 and first.norm != "بنت" and _known_name_or_unknown(toks[i + 1], lex) \
            and (i == 0 or compound_head(toks[i - 1]) not in NASAB)  # «ابن | أبي طالب»
    nxt = i + width
    return nxt + 1 < len(toks) and toks[nxt].norm in NASAB and not toks[nxt].prefix \
        and (width > 1 or lex.name_part(first.text, first.norm) is not None) \
        and tkey(first) not in FACILITY_HEADS and _part_at(toks, nxt, lex)[0] >= 2


def _known_name_or_unknown(tok: Token, lex: Lexicon) -> bool:
    """A listed name part or a word the dictionary does not know («طولون», «سينا»)."""
    return tok.is_word and (lex.name_part(tok.text, tok.norm) is not None or not _dictionary_word(tok))


@lru_cache(maxsize=1)
def word_given_names() -> frozenset[tuple[str, ...]]:
    """Given names that are also common words (data/entities/word_given_names.txt)."""
    return frozenset((normalize(w),) for w in read_lines("entities/word_given_names.txt"))


@lru_cache(maxsize=1)
def before_given_name() -> frozenset[str]:
    """The vocative and kin nouns with a pronoun («صديقه»), after which a given name is a person's
    (data/entities/person_cues.yaml); none of them opens a name itself."""
    return frozenset(normalize(w) for w in word_class(CUES, "before_given_name"))


def _unsplit_conjunct(tok: Token) -> bool:
    """«والبيروني»: a conjunction the tokenizer left on starts the next name."""
    return not tok.prefix and tok.norm.startswith(CONJUNCTION_ARTICLES)


def _feminine_adjective(tok: Token) -> bool:
    """«ابن الخطاب التقشفية»: a definite feminine adjective qualifies a noun, never a man's name."""
    return tok.norm.startswith("ال") and tok.norm.endswith("ه")


def _dictionary_word(tok: Token) -> bool:
    """Known to the dictionary as written or without its article («الحفاوة», «الاستقبال»)."""
    return is_known(tok.text) or is_known(strip_article(tok.text))


def _later_part(tok: Token, part: tuple[str, int], width: int) -> bool:
    """A second or later name part: a kunya, a nisba, no ordinary word, or a common name."""
    if width >= 2 or _nisba(tok) or not is_known(tok.text):
        return True
    return part[1] >= MIN_GIVEN_COUNT and not tok.norm.startswith("ال")


def _possessed(tok: Token, lex: Lexicon) -> bool:
    """«نظيره», «زوجته»: a word with an attached pronoun ends a name (unless the whole is a name)."""
    return bool(tok.suffix) and lex.name_part("", normalize(tok.text + tok.suffix)) is None


def _is_title(tok: Token) -> bool:
    """A title word («السيد», «الرئيس») is not part of the name it introduces."""
    return (tkey(tok),) in word_table("entities/titles.tsv", "title")


def _part_at(toks: list[Token], k: int, lex: Lexicon,
             after_nasab: bool = False) -> tuple[int, tuple[str, int] | None]:
    """(tokens used, name part) at token k; «عبد العزيز», «أبو مازن», «بن أبي طالب» are one part."""
    head = compound_head(toks[k])
    if k + 1 < len(toks) and toks[k + 1].norm in COMPOUND_TAILS and not toks[k + 1].prefix:
        pair = lex.name_part("", toks[k].norm + " " + toks[k + 1].norm)
        if pair:
            return 2, pair  # «يوسف سليمان عطا الله»
    if head and k + 1 < len(toks):
        nxt = toks[k + 1]
        pair = lex.name_part("", head + " " + nxt.norm)
        if pair:
            return 2, pair
        if head in KUNYA and _kunya_word(nxt, lex, head in KUNYA_OBLIQUE and not after_nasab):
            return 2, ("given", MIN_GIVEN_COUNT)  # «أبو عمار», «أم كريم», «بن أبي طالب»
        if head in NASAB and _name_word(nxt, lex) and nxt.norm not in KIN:
            width, _ = (1, None) if compound_head(nxt) in NASAB else _part_at(toks, k + 1, lex, True)
            return 1 + width, ("surname", MIN_GIVEN_COUNT)  # «أحمد بن طولون», «بن عبد الله»
    return 1, lex.name_part(toks[k].text, toks[k].norm)


def _prayer(toks: list[Token], k: int) -> bool:
    """«حسين رحمة الله عليه»: a prayer for the dead after a name, which ends it."""
    return k + 2 < len(toks) and toks[k + 1].norm in COMPOUND_TAILS and toks[k + 2].norm in PRAYER_ENDS


def compound_head(tok: Token) -> str | None:
    """The compound head a token is («بن»), also under a clitic the tokenizer left on («وابن»)."""
    if tok.norm in COMPOUND_HEADS:
        return tok.norm
    bare = tok.norm[1:] if not tok.prefix and tok.norm[:1] in HEAD_CLITICS else ""
    return bare if bare in COMPOUND_HEADS else None


def _name_word(tok: Token, lex: Lexicon) -> bool:
    """A word that can follow «بن»/«أبو» in a name: a bare word, no function word or title."""
    return tok.is_word and not tok.prefix and not tok.suffix and tok.text not in lex.function_words \
        and not _is_title(tok) and len(tok.norm) > 1


def _kunya_word(tok: Token, lex: Lexicon, strict: bool) -> bool:
    """The word after a kunya head; after «أبي»/«أبا» (also "my father") it must be a name."""
    if not _name_word(tok, lex):
        return False
    if is_definite(tok) and _dictionary_word(tok):  # «أبو الجدول الدوري» is a figure of speech
        return lex.name_part("", strip_article(tok.norm)) is not None  # «أبو العلاء»
    return not strict or lex.name_part(tok.text, tok.norm) is not None or not _dictionary_word(tok)


def _attested(tok: Token, part: tuple[str, int], min_count: int) -> bool:
    """A name part common enough, or one that is no ordinary word."""
    return part[1] >= min_count or (part[1] >= 3 and not is_known(tok.text))


def _nisba(tok: Token) -> bool:
    """«السكاكيني»: a definite nisba adjective is a typical family name."""
    return tok.norm.startswith("ال") and tok.norm.endswith("ي") and len(tok.norm) > 5


def _is_place(tok: Token, lex: Lexicon) -> bool:
    """Place and group names (باريس، سوري) do not start a person's name."""
    return _listed_label(tok, lex) in ("LOC", "NORP")


def _listed_label(tok: Token, lex: Lexicon) -> str | None:
    """The label the gazetteers give one word as written, None when they do not list it."""
    entry = lex.get((tkey(tok),), False)
    return entry.label if entry is not None else None


GIVEN_ROLES = ("given", "both")
COMPOUND_HEADS = closed_class("compound_heads")  # «عبد العزيز», «أبو مازن», «بن طولون»
COMPOUND_TAILS = closed_class("compound_tails")  # «عطا الله», «نور الدين»
PRAYER_ENDS = closed_class("prayer_ends")
KUNYA = closed_class("kunya")
KIN = closed_class("kin")
FACILITY_HEADS = closed_class("facility_heads")
KUNYA_OBLIQUE = closed_class("kunya_oblique")  # «أبي», «أبا»: also "my father", "father" (acc.)
NASAB = closed_class("nasab")
CONJUNCTION_ARTICLES = tuple(sorted(closed_class("conjunction_articles")))  # «والبيروني»
HEAD_CLITICS = closed_class("name_clitics")  # «وابن», «بأبي»
MIN_GIVEN_COUNT = 20   # a given name must be common among people to start a name unprompted
MIN_PART_COUNT = 5     # a later part that is also a word must be a well-attested name
