"""Shared token helpers for the entity rules, and places: gazetteer matches checked in context."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Token
from ..resources import read_lines, read_yaml
from ..text.normalize import TATWEEL, normalize, strip_tashkeel
from ..text.tokens import is_known, strip_article
from .lexicon import Entry, Key, Lexicon, closed_class, word_table

ARABIC = frozenset("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي")
# (ending, what replaces it) of inflected forms, in the order tried: data/entities/word_classes.yaml.
INFLECTIONS = tuple((end, repl) for end, repl in read_yaml("entities/word_classes.yaml")["inflections"])
MIN_STEM = 4  # letters left after an inflection: «لاجين» is a name, not لاج + ين
BIG_CITY = 100_000     # a city this large is a place even without a trigger word
HUGE_CITY = 1_000_000  # ... and one this large even when its name is also a common word


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed entity over tokens `i` to `j` (exclusive) of one sentence."""

    i: int
    j: int
    entry: Entry
    score: float
    skip: int = 0  # characters of an unsplit clitic that stay outside the span («لميليشيات»)


FUSED_ARTICLE = "لل"  # «ل» + «ال» written as one: the article's lam is the name's


def span_start(tok: Token, skip: int = 0) -> int:
    """Where an entity that opens with token `tok` starts: «للهند», «للنظام السوري» keep the «لل»
    whose article cannot be cut from its preposition (analysts mark the whole word); «و» stays out."""
    if not skip and tok.prefix.endswith(FUSED_ARTICLE):
        return tok.start - len(FUSED_ARTICLE)
    return tok.start + skip


def clitic_width(tok: Token) -> int:
    """Characters of a one-letter clitic the tokenizer left on a word, with its vowel marks and a
    tatweel («لـCNN»)."""
    k = 1
    while k < len(tok.text) and (unicodedata.combining(tok.text[k]) or tok.text[k] == TATWEEL):
        k += 1
    return k


def tkey(tok: Token) -> str:
    """A token's look-up key: normalised, without its article."""
    return strip_article(tok.norm)


def joined(text: str, toks: list[Token], i: int, j: int, allowed: str = "") -> bool:
    """Tokens i..j-1 form one phrase: only spaces between them, no conjunction or preposition
    (but the `allowed` clitic, the «لـ» a listed name spells with)."""
    for k in range(i + 1, j):
        if gap_before(text, toks, k).strip(" \u00a0-–_") or toks[k].prefix not in ("", allowed):
            return False
    return True


def gap_before(text: str, toks: list[Token], k: int) -> str:
    """The characters between token k-1 and token k with its proclitics."""
    return text[toks[k - 1].end:toks[k].start - len(toks[k].prefix)]


LAM = "ل"  # the one clitic a listed name may contain after its first word («لحقوق», «للاجئين»)


def _with_lam(toks: list[Token], i: int, j: int) -> bool:
    """Whether a token in i..j-1 carries the «لـ» clitic."""
    return any(t.prefix == LAM for t in toks[i:j])


def _lam_keys(toks: list[Token], keys: list[str], i: int, j: int) -> list[str]:
    """Keys of tokens i..j-1 with «لـ» written back on («لحقوق»), as the listed forms spell it."""
    return [LAM + t.norm if t.prefix == LAM else k for t, k in zip(toks[i:j], keys[i:j])]


def longest(table: dict[Key, object], toks: list[Token], i: int, max_len: int) -> int:
    """Length of the longest key of `table` starting at token i (0 if none)."""
    for n in range(min(max_len, len(toks) - i), 0, -1):
        if tuple(tkey(t) for t in toks[i:i + n]) in table:
            return n
    return 0


def is_definite(tok: Token) -> bool:
    """Written with the article, or with لل (ل + ال, the alef elided); «إلى» is not «ال…»."""
    if tok.prefix.endswith(FUSED_ARTICLE):
        return True
    return tok.norm.startswith("ال") and len(tok.norm) > 3 and tok.norm not in NOT_ARTICLE


NOT_ARTICLE = closed_class("not_article")  # «إلى», «الذي»: an «ال» that is no article
PROCLITIC_LETTERS = closed_class("proclitic_letters")  # «بثأر» is ب + a known word
NAME_CLITICS = closed_class("name_clitics")  # «وميامي», «لأدمونتون»
NAME_INITIALS = closed_class("name_initials")  # «فقيم», «بطاح»: letters that also are clitics


def starts_listed(toks: list[Token], k: int, lex: Lexicon, label: str) -> bool:
    """Whether token k starts a name the gazetteers list with this label."""
    if k >= len(toks):
        return False
    entry = lex.get((tkey(toks[k]),), is_definite(toks[k]))
    return entry is not None and entry.label == label


def gazetteer_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Every gazetteer match that is one joined phrase and plausible in context."""
    out, doubtful = [], []
    keys = [tkey(t) for t in toks]
    for i in range(len(toks)):
        match = _gazetteer_match(text, toks, keys, i, lex)
        if match is not None:
            cand, plausible = match
            (out if plausible else doubtful).append(cand)
    return out + coordinated_places(toks, out, doubtful)


def _gazetteer_match(text: str, toks: list[Token], keys: list[str], i: int,
                     lex: Lexicon) -> tuple[Candidate, bool] | None:
    """The longest gazetteer match at token i, and whether it is plausible in context."""
    definite, head, skip = is_definite(toks[i]), keys[i], 0
    if not lex.longest_from(head) and (stem := unsplit_definite_stem(toks[i])):
        head, definite = stem, True  # «للحوثيين»: the tokenizer left a name's clitics on
    elif not lex.longest_from(head) and (stem := unsplit_conjunct_stem(toks[i])):
        head, skip = stem, clitic_width(toks[i])  # «وميامي»: an unknown name keeps its clitic
    for n in range(min(lex.longest_from(head), len(toks) - i), 0, -1):
        entry, allowed = lex.get((head, *keys[i + 1:i + n]), definite), ""
        if entry is None and _with_lam(toks, i + 1, i + n):  # «المرصد السوري لحقوق الإنسان»
            entry, allowed = lex.get((head, *_lam_keys(toks, keys, i + 1, i + n)), definite), LAM
        if entry is None and n > 1 and (glued := _glued_place(text, toks, head, i, n, lex)):
            return glued   # «غينيا بيساو», «جزر فارو»: a later word's first letter read as a clitic
        if entry and joined(text, toks, i, i + n, allowed) \
                and not (entry.label == "PER" and (toks[i].text in lex.function_words  # «على كريم»
                                                   or toks[i + n - 1].text in lex.function_words)):  # «أحمد على»
            start = _span_start(text, toks, i) if entry.label == "LOC" else i
            if entry.label == "PER":
                start = after_title(toks, i, i + n, lex)
            skip = skip if start == i else 0
            return Candidate(start, i + n, entry, 1.0 + n, skip), _plausible(entry, toks, i, n)
    return _glued_match(text, toks, i, lex)


def glued_key(tok: Token) -> str:
    """The key of a word with the last letter of its proclitics written back on («بعقوبة», «فاسو»):
    the tokenizer read a name's first letter as a clitic because the rest is a word."""
    if not tok.prefix or tok.prefix[-1] not in PROCLITIC_LETTERS:
        return tkey(tok)
    return normalize(strip_tashkeel(tok.prefix[-1] + tok.text))


def _glued_match(text: str, toks: list[Token], i: int, lex: Lexicon) -> tuple[Candidate, bool] | None:
    """«في بوركينا فاسو», «في بعقوبة»: a listed place whose first letters the tokenizer split off.
    When the rest is itself a word («ب» + «عقوبة») a place trigger must stand before it."""
    if not toks[i].prefix or toks[i].prefix[-1] not in PROCLITIC_LETTERS:
        return None   # (the common case, checked before any key is built)
    first = glued_key(toks[i])
    if not lex.longest_from(first):
        return None
    keys = [first] + [glued_key(t) for t in toks[i + 1:]]
    for n in range(min(lex.longest_from(first), len(toks) - i), 0, -1):
        entry = lex.get(tuple(keys[:n]), False)
        if entry is None or entry.label != "LOC" or not _joined_glued(text, toks, i, i + n):
            continue
        worded = is_known(toks[i].text) and not (n > 1 and entry.kind == "country")
        plausible = place_trigger(toks, i) is not None and not is_definite(toks[i - 1]) \
            if worded else _plausible(entry, toks, i, n)   # «دول المنطقة بأنه» names no «بانه»
        start = _span_start(text, toks, i, glued=True)   # «مدينة بعقوبة»: the trigger word opens the span
        skip = -len(toks[i].prefix[-1]) if start == i else 0
        return Candidate(start, i + n, entry, 1.0 + n, skip), plausible
    return None


def _glued_place(text: str, toks: list[Token], head: str, i: int, n: int,
                 lex: Lexicon) -> tuple[Candidate, bool] | None:
    """The n-word place at token i whose later words had a first letter split off as a clitic."""
    if not any(t.prefix for t in toks[i + 1:i + n]):
        return None
    keys = tuple(glued_key(t) for t in toks[i + 1:i + n])
    entry = lex.get((head, *keys), is_definite(toks[i]))
    if entry is None or entry.label != "LOC" or not _joined_glued(text, toks, i, i + n):
        return None
    return Candidate(i, i + n, entry, 1.0 + n, 0), True


def _joined_glued(text: str, toks: list[Token], i: int, j: int) -> bool:
    """Tokens i..j-1 are one phrase once each split-off first letter is the word's again."""
    return all(joined(text, toks, k - 1, k + 1, toks[k].prefix) for k in range(i + 1, j))


def coordinated_places(toks: list[Token], sure: list[Candidate], doubtful: list[Candidate]) -> list[Candidate]:
    """«واشنطن وبوسطن», «حمص وحرستا»: a doubtful place joined by «و» to a sure place of the same
    country is a place too, unless its name is a common word («بالعراق واختي» is «and my sister»)."""
    places = {c.i: c for c in sure if c.entry.label == "LOC" and c.entry.country}
    ends = {c.j: c for c in places.values()}
    out, grew = [], True
    while grew:
        grew = False
        for c in doubtful:
            if c in out or collides(toks[c.i]):
                continue
            before, after = ends.get(c.i), places.get(c.j)
            if before and _conjoined(toks[c.i]) and before.entry.country == c.entry.country \
                    or after and _conjoined(toks[c.j]) and after.entry.country == c.entry.country:
                out.append(c)
                places[c.i], ends[c.j], grew = c, c, True
    return out


def _conjoined(tok: Token) -> bool:
    """The token opens with the conjunction «و», split off or not."""
    return tok.prefix.startswith("و") or not tok.prefix and tok.norm.startswith("و") \
        and unsplit_conjunct_stem(tok) is not None


def unsplit_definite_stem(tok: Token) -> str | None:
    """The key of «للحوثيين», «والحوثيين»: a clitic chain and the article before a stem the
    dictionary does not know, so the tokenizer kept the word whole."""
    if tok.prefix:
        return None
    for pre in UNSPLIT_DEFINITE:
        if tok.norm.startswith(pre) and len(tok.norm) - len(pre) >= MIN_NAME_STEM:
            return tok.norm[len(pre):]
    return None


def unsplit_conjunct_stem(tok: Token) -> str | None:
    """The key of «وميامي», «لأدمونتون»: a one-letter clitic left on a name the dictionary does not
    know («وحدة» is a word, not و + «حدة»)."""
    if tok.prefix or tok.norm[:1] not in NAME_CLITICS or len(tok.norm) - 1 < MIN_NAME_STEM \
            or is_known(tok.text):
        return None
    return strip_article(tok.norm[1:])


UNSPLIT_DEFINITE = tuple(read_yaml("entities/word_classes.yaml")["unsplit_definite"])  # longest first
MIN_NAME_STEM = 3


def after_title(toks: list[Token], i: int, j: int, lex: Lexicon) -> int:
    """«الرئيس السيسي», «الرئيس التركي رجب طيب أردوغان»: a person's span is the name only.

    The analysts' convention (paris-talks examples) keeps the title out and the demonym a NORP of its own.
    """
    titles = word_table("entities/titles.tsv", "title")
    k = i
    while k < j:
        n = longest(titles, toks, k, min(3, j - k - 1)) if j - k > 1 else 0
        if not n and is_demonym(toks[k], lex) and k > i:
            n = 1
        if not n:
            break
        k += n
    return k if k < j else i


def is_demonym(tok: Token, lex: Lexicon) -> bool:
    """A demonym («التركي», «سوري»): a group, never the start of a person's name."""
    entry = lex.get((tkey(tok),), False) or lex.get((tkey(tok),), True)
    return entry is not None and entry.label == "NORP"


def _span_start(text: str, toks: list[Token], i: int, glued: bool = False) -> int:
    """«قضاء مدينة جنين», «محافظة غزة»: indefinite trigger words right before a listed place
    belong to its span (a `glued` place's first letter, read as a clitic, is its own: «مدينة
    بعقوبة»); «دول المنطقة», or a quote mark between, keeps them out."""
    k = i
    while k and (not toks[k].prefix or glued and k == i) and not is_definite(toks[k - 1]) \
            and not gap_before(text, toks, k).strip() and in_span_trigger((tkey(toks[k - 1]),), NESTING):
        k -= 1
    return k


IN_SPAN = ("yes",)
NESTING = ("yes", "nest")  # «محافظة» opens a listed place's span; the bare name nests inside


def in_span_trigger(key: Key, kinds: tuple[str, ...] = IN_SPAN) -> bool:
    """A place-trigger word that belongs to the place's span («مدينة نابلس»; with NESTING also
    «محافظة غزة», whose bare name stays a place inside it)."""
    return _in_span(key) in kinds


def _in_span(key: Key) -> str | None:
    """How a place-trigger word stands to the place's span (yes, nest, no), None for other words."""
    row = word_table("entities/place_triggers.tsv", "word").get(key)
    return row["in_span"] if row is not None else None


def nesting_heads(toks: list[Token], c: Candidate) -> int:
    """How many administrative words open a place's span («محافظة» in «محافظة السويداء»), 0 when
    its name is no longer bare after them."""
    kinds = []
    while c.i + len(kinds) < c.j - 1 and (kind := _in_span((tkey(toks[c.i + len(kinds)]),))) in NESTING:
        kinds.append(kind)
    return len(kinds) if "nest" in kinds else 0


def trigger_row(toks: list[Token], k: int) -> dict[str, str] | None:
    """The place-trigger row of token k, if it is one."""
    return word_table("entities/place_triggers.tsv", "word").get((tkey(toks[k]),))


def _plausible(entry: Entry, toks: list[Token], i: int, n: int) -> bool:
    """Generated place names that are also words need a trigger word before them.

    Frequent collisions (الخميس، البلاد) are already stoplisted; this catches the rest
    («في إطار» is not the town of Atar, «بشأن» is not Schaan).
    """
    if entry.kind not in ("city", "admin1") or n > 1:
        return True
    trigger = place_trigger(toks, i)
    if entry.cued:  # «مدينة الساحل», never «الساحل» alone
        return trigger == "strong"
    if trigger == "strong" or large_place(entry) and not collides(toks[i]):
        return True
    common = is_known(toks[i].text) or is_known(tkey(toks[i]))
    if entry.kind == "admin1":  # «في غزة» yes, «في العاصمة» / «في الجنوب» no
        return trigger == "weak" and not is_definite(toks[i])
    if common and is_definite(toks[i]):  # «في المدينة» is not Medina; «إلى القدس» is Jerusalem
        return trigger == "weak" and trigger_row(toks, i) is None \
            and entry.population >= BIG_CITY and (entry.kb_id or "").startswith("Q")
    if common:
        return entry.population >= HUGE_CITY or (trigger == "weak" and entry.population >= BIG_CITY)
    return trigger == "weak" or entry.population >= BIG_CITY


def large_place(entry: Entry) -> bool:
    """A first-level subdivision or a city of BIG_CITY people: news means the place by its name
    («القدس», «نابلس», «مأرب») unless the name is also a common word (place_collisions.txt)."""
    return entry.kind == "admin1" or entry.population >= BIG_CITY


def collides(tok: Token) -> bool:
    """The token, without its clitics, is a large place's name that is also a common word."""
    stem = unsplit_definite_stem(tok)  # «والعين» left whole by the tokenizer
    form = "ال" + stem if stem else ("ال" if is_definite(tok) else "") + tkey(tok)
    return form in place_collisions()


@lru_cache(maxsize=1)
def place_collisions() -> frozenset[str]:
    """Large places whose name is also a common word (data/entities/place_collisions.txt)."""
    return frozenset(normalize(w) for w in read_lines("entities/place_collisions.txt"))


def place_trigger(toks: list[Token], i: int) -> str | None:
    """The strength of the trigger word before token i ("strong", "weak" or None)."""
    if i == 0:
        return None
    row = trigger_row(toks, i - 1)
    if row is None and i > 1 and toks[i - 1].norm.startswith("ال"):
        row = trigger_row(toks, i - 2)  # «العاصمة الفرنسية باريس»
        return row["strength"] if row and row["strength"] == "strong" else None
    return row["strength"] if row else None


def is_locative(toks: list[Token], i: int) -> bool:
    """A place after في/إلى/العاصمة… is where something happens, not an actor."""
    return place_trigger(toks, i) is not None


def inflected(word: str) -> bool:
    """A form of a dictionary word the dictionary does not list itself: a suffix or a clitic on
    a known stem («صامدين», «سارعت», «تعقيبا», «بثأر»); transliterated names are none of these."""
    for end, repl in INFLECTIONS:
        if word.endswith(end) and len(word) - len(end) >= MIN_STEM and is_known(word[:-len(end)] + repl):
            return True
    return word[:1] in PROCLITIC_LETTERS and len(word) > 4 and is_known(word[1:])


def glued_name_part(tok: Token) -> bool:
    """«أمينة غريب فقيم»: the tokenizer split a letter off a name it does not know (ف + قيم); the
    whole word, no dictionary word, goes on the name."""
    whole = strip_tashkeel(tok.prefix + tok.text)
    return tok.is_word and tok.prefix in NAME_INITIALS and not tok.suffix and not is_definite(tok) \
        and ARABIC.issuperset(normalize(whole)) and not is_known(whole)
