"""Person names in no list, told by their context: a demonym or verb before, an honorific or ordinal after."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Token
from ..resources import read_tsv, word_class
from ..text.normalize import normalize, strip_tashkeel
from ..text.tokens import is_known, strip_article
from .lexicon import Entry, Key, Lexicon, closed_class, key_of
from .foreign import foreign_given_names
from .people import CUES, GIVEN_ROLES, before_given_name, word_given_names
from .rules import ARABIC, Candidate, inflected, is_definite, is_demonym, joined, tkey

MAX_NAME = 4       # tokens of a name found by its context alone
MIN_GIVEN = 20     # a given name this common may stand alone after a verb («وقال أحمد»)
MIN_PART = 5      # a name part that is also a dictionary word must be this common
SCORE = 1.2
NOT_REGNAL_START = closed_class("not_regnal_start")  # «بن», «بنت» before an ordinal


def cued_person_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Names after a demonym or a subject verb, before an honorific or a regnal ordinal."""
    out = []
    for i, tok in enumerate(toks):
        if tkey(tok) in subject_verbs() or _demonym_title(toks, i, lex):
            n = _run_after(text, toks, i + 1, lex)
            if n:
                out.append(_person(i + 1, i + 1 + n))
        elif tok.norm in before_given_name() and (n := _given_after(text, toks, i + 1, lex)):
            out.append(_person(i + 1, i + 1 + n))
        if tok.norm not in phrase_openers():
            continue
        for phrases, regnal in ((honorifics(), False), (regnal_ordinals(), True)):
            m = _phrase_at(toks, i, phrases)
            if m and (start := _run_before(text, toks, i, lex, regnal)) is not None:
                out.append(_person(start, i + m if regnal else i))
    return out + _speaker_labels(text, toks, lex)


def _speaker_labels(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """«عماد : الكل بنصح …»: in a transcript or a script, the name opening a line before a colon
    is the speaker's."""
    out = []
    for i, tok in enumerate(toks):
        if tok.prefix or not _line_start(text, toks, i) or not _speaker_word(tok, lex):
            continue
        n = _name_length(text, toks, i, lex)
        after = text[toks[i + n - 1].end:toks[i + n].start if i + n < len(toks) else len(text)]
        if after.strip().startswith(":"):
            out.append(_person(i, i + n))
    return out


def _line_start(text: str, toks: list[Token], i: int) -> bool:
    """Whether only spaces stand between the token and the start of its line."""
    lo = toks[i - 1].end if i else text.rfind("\n", 0, toks[i].start) + 1
    gap = text[lo:toks[i].start]
    return (not i or "\n" in gap) and not gap[gap.rfind("\n") + 1:].strip()


def _speaker_word(tok: Token, lex: Lexicon) -> bool:
    """The first word of a speaker label: a given name, or a word in no list and no dictionary."""
    part = lex.name_part(tok.text, tok.norm)
    if part is not None:
        return part[0] in GIVEN_ROLES and not _listed(tok, lex) and (tkey(tok),) not in _titles()
    return _name_word(tok, lex, later=False) and not is_definite(tok)


def _person(i: int, j: int) -> Candidate:
    """A rule-found person over tokens i..j-1."""
    return Candidate(i, j, Entry("PER", "rule"), SCORE)


def _demonym_title(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """«إقالة الألماني بيرند شوستر»: a definite masculine demonym used as a noun. After a definite
    noun it is that noun's adjective, and the name after it may be the noun's («النادي البرتغالي
    بلينينسيش»)."""
    tok = toks[i]
    if not (is_definite(tok) and tok.norm.endswith("ي") and is_demonym(tok, lex)):
        return False  # «والإيطالية فينميكانيكا»: a feminine one stands for a company as often
    prev = toks[i - 1] if i else None
    return prev is None or not is_definite(prev) or (tkey(prev),) in _titles() \
        or tkey(prev) in person_nouns()


def _run_after(text: str, toks: list[Token], k: int, lex: Lexicon) -> int:
    """Tokens from k that read as a name; 0 when the first is no name or a place follows."""
    if k >= len(toks) or not _opens_name(toks[k], lex):
        return 0
    n = _name_length(text, toks, k, lex)
    follows = k + n < len(toks) and joined(text, toks, k + n - 1, k + n + 1)
    if follows and _listed(toks[k + n], lex):
        return 0  # «الإسباني ريال مدريد»: the words before a place or body are its name
    if n == 1 and follows and _dictionary(toks[k]):
        return 0  # «أفاد صديق للعميل»: a lone given name that is also a word ends a clause
    return n


def _name_length(text: str, toks: list[Token], k: int, lex: Lexicon) -> int:
    """Tokens of the name that opens at token k: it and the later name words joined to it."""
    n = 1
    while k + n < len(toks) and n < MAX_NAME and joined(text, toks, k + n - 1, k + n + 1) \
            and _name_word(toks[k + n], lex, later=True):
        n += 1
    return n


def _given_after(text: str, toks: list[Token], k: int, lex: Lexicon) -> int:
    """Tokens from k of a name that opens with a common given name («عوض», «منال»), else 0."""
    if k >= len(toks) or not joined(text, toks, k - 1, k + 1) or is_definite(toks[k]) \
            or not _name_word(toks[k], lex, later=False) or toks[k].prefix:
        return 0
    part = lex.name_part(toks[k].text, toks[k].norm)
    if part is None or part[0] not in GIVEN_ROLES or part[1] < MIN_GIVEN \
            or (normalize(toks[k].text),) in word_given_names():
        return 0
    return _name_length(text, toks, k, lex)


def _opens_name(tok: Token, lex: Lexicon) -> bool:
    """The first word of a cued name: unknown to the dictionary, or a common given name."""
    if not _name_word(tok, lex, later=False) or tok.prefix:
        return False
    part = lex.name_part(tok.text, tok.norm)
    if is_definite(tok):
        return part is not None and not _dictionary(tok)  # «كتب الرازي»
    if part is not None and _dictionary(tok):  # «أعلن صباح اليوم» is no name
        return part[1] >= MIN_GIVEN and (normalize(tok.text),) not in word_given_names()
    return True


def _run_before(text: str, toks: list[Token], h: int, lex: Lexicon, regnal: bool) -> int | None:
    """Where the name ending right before token h starts, or None («الحسين بن علي | عليه السلام»).

    A ruler's name before an ordinal is written without the article («لويس التاسع»), unlike
    «القرن الثالث», «المرة الأولى».
    """
    s = h
    while s > 0 and h - s < MAX_NAME and joined(text, toks, s - 1, h):
        if _name_word(toks[s - 1], lex, True):
            s -= 1
        elif _name_word(toks[s - 1], lex, False):
            s -= 1  # «وكونراد الثالث»: the conjunction the tokenizer left on opens the name
            break
        elif s > 1 and _compound_pair(toks[s - 2], toks[s - 1], lex):
            s -= 2  # «عبد الله الثاني»
        else:
            break
    if s == h or toks[s].norm in NOT_REGNAL_START or regnal and (
            is_definite(toks[h - 1]) and (toks[h - 1].norm,) not in foreign_given_names()
            or not _bare_or_name(toks[s], lex)):   # «ألبرت الثاني»: «أل» of a listed name is no article
        return None  # «القرن الثالث», «بذكرى الخامس»
    part = lex.name_part(toks[s].text, toks[s].norm)
    return s if part is not None or not _dictionary(toks[s]) or tkey(toks[s]) in _heads() else None


def _bare_or_name(tok: Token, lex: Lexicon) -> bool:
    """No clitic but «و», or a name the tokenizer split («لويس» is no ل + «ويس»)."""
    return tok.prefix in ("", "و") or lex.name_part("", normalize(tok.prefix + tok.text)) is not None


def _compound_pair(head: Token, tail: Token, lex: Lexicon) -> bool:
    """«عبد الله», «أبو بكر»: two words listed together as one name part."""
    return head.norm in _heads() and lex.name_part("", head.norm + " " + tail.norm) is not None


def _name_word(tok: Token, lex: Lexicon, later: bool) -> bool:
    """A word that can be part of a name: no function word, title, place or group; a listed
    name part, a word the dictionary knows in no form, or (later in a name) a «بن»/«أبو» head."""
    if not tok.is_word or tok.suffix or tok.text in lex.function_words or len(tok.norm) < 2 \
            or not ARABIC.issuperset(tok.norm):
        return False
    if (tkey(tok),) in _titles() or _listed(tok, lex) or later and not tok.prefix \
            and tok.norm.startswith("و") and lex.name_part(tok.text, tok.norm) is None:
        return False  # «والأسباني», «ولسرقسطه»: a conjunction the tokenizer left on
    if later and tkey(tok) in _heads():
        return True
    part = lex.name_part(tok.text, tok.norm)
    if part is not None:
        return part[1] >= MIN_PART or not _dictionary(tok)  # «سن» (a tooth, age) is a rare name
    plain = strip_tashkeel(tok.text)
    return not _dictionary(tok) and not inflected(plain) and not plain.endswith("ات")  # «ميلشيات»


def _listed(tok: Token, lex: Lexicon) -> bool:
    """A place, group or organisation the gazetteers know."""
    entry = lex.get((tkey(tok),), is_definite(tok))
    return entry is not None and entry.label in ("LOC", "NORP", "ORG")


def _dictionary(tok: Token) -> bool:
    """Known to the dictionary as written or without its article."""
    return is_known(tok.text) or is_known(strip_article(tok.text))


def _phrase_at(toks: list[Token], i: int, phrases: frozenset[Key]) -> int:
    """Length of the listed phrase starting at token i (0 if none)."""
    for n in (4, 3, 2, 1):
        if i + n <= len(toks) and tuple(t.norm for t in toks[i:i + n]) in phrases:
            return n
    return 0


@lru_cache(maxsize=1)
def subject_verbs() -> frozenset[str]:
    """«توفي ستولمان», «ويرى نيوتن»: verbs followed by their (person) subject, from
    data/entities/person_cues.yaml and the reporting verbs of data/quotes/verbs.tsv."""
    said = {r["form"] for r in read_tsv("quotes/verbs.tsv") if r["kind"] == "say"}
    return frozenset(normalize(w) for w in said | word_class(CUES, "subject_verbs"))


@lru_cache(maxsize=1)
def phrase_openers() -> frozenset[str]:
    """First words of the honorifics and ordinals: other tokens need no phrase look-up."""
    return frozenset(p[0] for p in honorifics() | regnal_ordinals())


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Keys of nouns for people that are no titles («العالم»)."""
    return frozenset(k for w in word_class(CUES, "person_nouns") for k in key_of(w))


@lru_cache(maxsize=1)
def honorifics() -> frozenset[Key]:
    """Blessings written after a name, as normalised word tuples."""
    return frozenset(tuple(normalize(p).split()) for p in word_class(CUES, "honorifics"))


@lru_cache(maxsize=1)
def regnal_ordinals() -> frozenset[Key]:
    """Ordinals after a ruler's name, as normalised word tuples."""
    return frozenset(tuple(normalize(p).split()) for p in word_class(CUES, "regnal_ordinals"))


@lru_cache(maxsize=1)
def _titles() -> frozenset[Key]:
    """Title keys (data/entities/titles.tsv): a title opens a name, it is not part of one."""
    return frozenset(key_of(r["title"]) for r in read_tsv("entities/titles.tsv"))


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """«بن», «أبو», «عبد»: heads of two-word name parts (data/entities/word_classes.yaml)."""
    return word_class("entities/word_classes.yaml", "compound_heads")
