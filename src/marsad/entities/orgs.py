"""Organisations: a head noun («وزارة», «جهاز», «قناة») and the name that follows it."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..doc import Token
from ..resources import read_lines, read_tsv
from ..text.normalize import normalize
from ..text.tokens import is_known
from .lexicon import Entry, Lexicon, closed_class, key_of
from .places import district_name, place_head_before_listed
from .rules import (BIG_CITY, Candidate, clitic_width, is_definite, is_demonym, joined, starts_listed,
                    tkey)

MAX_ORG_TAIL = 4       # tokens after an organisation head
CLUB_PREFIXES = closed_class("club_prefixes")
CLUB_SUFFIXES = closed_class("club_suffixes")
# Closed classes (data/entities/word_classes.yaml): proclitic letters left on an unsplit head («لقناة»),
# nisba endings, and the ل / لل that opens a body's field («لشؤون اللاجئين»).
PROCLITIC_LETTERS = closed_class("proclitic_letters")
NISBA_ENDINGS = tuple(sorted(closed_class("nisba_endings")))
FIELD_PREFIXES = closed_class("field_prefixes")
PORTFOLIOS = closed_class("ministry_portfolios")
FEMININE_PLURAL = tuple(closed_class("feminine_plural_endings"))


def org_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """«وزارة الخارجية», «جهاز الاستخبارات العامة», «قناة «الإخبارية السورية»», «بلدية نابلس»."""
    out = []
    for i, tok in enumerate(toks):
        row = _head(tok)
        if row is None or district_name(text, toks, i, lex) or place_head_before_listed(toks, i, lex):
            continue  # «مديرية مقبنة», «جبهة العقبة»: a place, not a body
        entry = Entry("ORG", "rule", sector=row["sector"] or None)
        skip = clitic_width(tok) if _unsplit_head(tok) else 0
        quoted = _quoted_name(text, toks, i)
        if quoted:
            out.append(Candidate(quoted[0], quoted[1], entry, 2.5))
            continue
        if row["unquoted"] == "no" or row["quoted"] == "yes" and starts_listed(toks, i + 1, lex, "ORG"):
            continue  # «قناة الجزيرة»: the gazetteer names the outlet itself
        if row["unquoted"] == "named":
            n = _named_after(text, toks, i, lex)
            out.extend([Candidate(i, i + 1 + n, entry, 1.2, skip)] if n else [])
            continue
        tail = _org_tail(text, toks, i + 1, lex, row)
        if tail:
            out.append(Candidate(i, i + 1 + tail, entry, 1.2, skip))
    return _without_generic_wrappers(toks, out)


def club_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """«ريال مدريد», «مانشستر يونايتد»: a club word before or after a town names a sports club."""
    out = []
    for i in range(len(toks) - 1):
        if not joined(text, toks, i, i + 2):
            continue
        first, second = toks[i], toks[i + 1]
        if first.norm in CLUB_PREFIXES and _town_like(second, lex) \
                or second.norm in CLUB_SUFFIXES and not second.prefix and _town_like(first, lex):
            out.append(Candidate(i, i + 2, Entry("ORG", "rule"), 2.0))
    return out


def ministry_candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """«أعلنت الخارجية الباكستانية»: a portfolio and a feminine demonym name that country's ministry."""
    out = []
    for i in range(len(toks) - 1):
        tok, demonym = toks[i], lex.get((tkey(toks[i + 1]),), is_definite(toks[i + 1]))
        if is_definite(tok) and "ال" + tkey(tok) in PORTFOLIOS and demonym is not None and demonym.kind == "demonym" \
                and demonym.country and toks[i + 1].norm.endswith("يه") and joined(text, toks, i, i + 2) \
                and not (i and (is_definite(toks[i - 1]) or _head(toks[i - 1]))):
            entry = Entry("ORG", "rule", None, demonym.country, None, "GOV")
            out.append(Candidate(i, i + 2, entry, 1.5))
    return out


def _town_like(tok: Token, lex: Lexicon) -> bool:
    """A listed place, or a word the dictionary does not know (not a demonym: «ريال سعودي»)."""
    entry = lex.get((tkey(tok),), is_definite(tok))
    if entry is not None:
        return entry.label == "LOC"
    return tok.is_word and not is_definite(tok) and not is_known(tok.text)


def _without_generic_wrappers(toks: list[Token], cands: list[Candidate]) -> list[Candidate]:
    """«قوات الجيش اليمني» is the army itself: an armed-forces head before another armed-forces
    body («الجيش», «الحرس») is a generic word, and the body's own name is the entity."""
    inner = {(c.i, c.j) for c in cands if c.entry.sector == "MIL"}
    return [c for c in cands if not (c.entry.sector == "MIL" and not is_definite(toks[c.i])
                                     and (c.i + 1, c.j) in inner)]


@lru_cache(maxsize=1)
def head_table() -> dict[str, dict[str, str]]:
    """Organisation heads keyed by their exact normalised spelling, article included."""
    return {normalize(r["head"]): r for r in read_tsv("entities/org_heads.tsv")}


def _head(tok: Token) -> dict[str, str] | None:
    """The head row for a token as written: «الجبهة الشمالية» is not «جبهة …»; للقوات is القوات."""
    norm = "ال" + tok.norm if tok.prefix.endswith("لل") else tok.norm
    row = head_table().get(norm)
    if row is None and _unsplit_head(tok):  # an unsplit «لقناة»
        row = head_table().get(norm[1:])
    return row


def _unsplit_head(tok: Token) -> bool:
    """«لميليشيات»: a head that kept a one-letter clitic the tokenizer did not split off."""
    return not tok.prefix and tok.norm[:1] in PROCLITIC_LETTERS and tok.norm not in head_table() \
        and tok.norm[1:] in head_table()


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


def _org_tail(text: str, toks: list[Token], k: int, lex: Lexicon, row: dict[str, str]) -> int:
    """Tokens that continue a name: an idafa chain to its definite end, adjectives, complements.

    A head written with the article («المجلس», «الجيش») is itself the chain's end.
    """
    n = 0 if _head_definite(toks[k - 1]) else _idafa_chain(text, toks, k, lex)
    if not n and not _head_definite(toks[k - 1]):
        return 0
    n += _adjectives(text, toks, k + n, lex, k + n - 1, toks[k - 1])
    if n and not _head_definite(toks[k - 1]):
        n += _coordinated(text, toks, k + n, lex)
    if n and row.get("complement") == "yes":
        n += _complement(text, toks, k + n, lex)
    if n and row.get("located") == "yes":
        n += _located(text, toks, k + n, lex)
    return n


def _named_after(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    """Words after head i that name whose body it is: a demonym after «النظام» («النظام السوري»),
    a listed person after «نظام» («نظام الأسد»); 0 when neither follows."""
    k = i + 1
    if k >= len(toks) or not joined(text, toks, i, k + 1):
        return 0
    if is_definite(toks[i]):
        return 1 if is_demonym(toks[k], lex) else 0
    name = lex.get((tkey(toks[k]),), is_definite(toks[k]))
    return 1 if name is not None and name.label == "PER" else 0


def _head_definite(tok: Token) -> bool:
    """«المجلس», «للقوات»: a head with the article takes no genitive after it."""
    return is_definite(tok)


def _idafa_chain(text: str, toks: list[Token], k: int, lex: Lexicon) -> int:
    """«سوق رأس المال», «الخارجية», «نابلس»: indefinite nouns up to a definite word or a known name."""
    for n in range(MAX_ORG_TAIL):
        if k + n >= len(toks) or not joined(text, toks, k + n - 1, k + n + 1):
            return 0
        tok = toks[k + n]
        if not tok.is_word or tok.text in lex.function_words:
            return 0
        name = _known_name(toks, k + n, lex)
        if name:
            return n + name
        if is_definite(tok):
            return n + 1
    return 0


def _known_name(toks: list[Token], k: int, lex: Lexicon) -> int:
    """Length of a gazetteer name (not a demonym) written without the article at token k."""
    if _head(toks[k]) is not None or is_definite(toks[k]):
        return 0  # «جامعة», «مجلس» open a name of their own, whatever town shares the word
    return _listed_length(toks, k, lex)


def _listed_length(toks: list[Token], k: int, lex: Lexicon) -> int:
    """Words of the longest gazetteer name (not a demonym) at token k, article and all
    («والأمم المتحدة»); 0 when none starts there."""
    keys = [tkey(t) for t in toks[k:k + lex.longest_from(tkey(toks[k]))]]
    for m in range(len(keys), 0, -1):
        entry = lex.get(tuple(keys[:m]), is_definite(toks[k]))
        if entry is not None and entry.label != "NORP":
            return m
    return 0


def _adjectives(text: str, toks: list[Token], k: int, lex: Lexicon, prev: int,
                head: Token | None = None) -> int:
    """Definite adjectives after the chain's end; a definite noun there starts a new phrase."""
    n = 0
    while k + n < len(toks) and n < MAX_ORG_TAIL and joined(text, toks, prev + n, k + n + 1) \
            and is_adjective(toks[k + n], lex) and not _disagrees(toks[k + n - 1], toks[k + n], n, head):
        n += 1
    return n


def _disagrees(before: Token, adjective: Token, n: int, head: Token | None = None) -> bool:
    """«التلفزيون المصري الرسمية»: a feminine adjective after a masculine singular nisba qualifies
    some other noun, so it ends the name, unless the head is a feminine plural it agrees with
    («قوات الدفاع الجوي السعودية»); so does a masculine nisba right after a feminine plural
    head («رجل الاستخبارات الروسي»)."""
    if not n:   # only the head itself: «مكتب الانتخابات المركزي» agrees with «مكتب»
        return _head(before) is not None and before.norm.endswith(FEMININE_PLURAL) and adjective.norm.endswith("ي")
    plural_head = head is not None and head.norm.endswith(FEMININE_PLURAL)
    return before.norm.endswith("ي") and adjective.norm.endswith("ه") and not plural_head


def is_adjective(tok: Token, lex: Lexicon) -> bool:
    """A definite nisba («الفلسطينية»), a demonym or a listed adjective («العليا»)."""
    if not is_definite(tok) or not tok.is_word:
        return False
    key = tkey(tok)
    if (key,) in org_adjectives():
        return True
    entry = lex.get((key,), True)
    nisba = len(tok.norm) > 5 and tok.norm.endswith(NISBA_ENDINGS)
    if entry is not None and entry.label != "NORP":
        return nisba and entry.label == "LOC"  # «السعودية» after «القوات البحرية الملكية»
    return entry is not None or nisba


@lru_cache(maxsize=1)
def org_adjectives() -> frozenset[tuple[str, ...]]:
    """Keys of the non-nisba adjectives that continue a name (data/entities/org_adjectives.txt)."""
    return frozenset(key_of(w) for w in read_lines("entities/org_adjectives.txt"))


MAX_BRANCH_DEMONYMS = 2  # «الهلال الأحمر العربي السوري»
MAX_FIELDS = 3  # fields joined by «و» after a «لـ» complement


def _complement(text: str, toks: list[Token], k: int, lex: Lexicon) -> int:
    """«لشؤون اللاجئين», «للصحة النفسية»: a لـ phrase that names the body's field."""
    if k >= len(toks) or toks[k].prefix not in FIELD_PREFIXES or not _space_before(text, toks, k):
        return 0
    if toks[k].prefix == "لل":
        n = 1
    else:  # «لشؤون اللاجئين», «لتحرير فلسطين»: the ل-word opens an idafa chain
        n = _idafa_chain(text, toks, k + 1, lex)
        n = n + 1 if n else 0
    if not n:
        return 0
    n += _adjectives(text, toks, k + n, lex, k + n - 1)
    for _ in range(MAX_FIELDS):   # «للمساءلة والعدالة», «للتربية والعلوم والثقافة»
        more = _coordinated(text, toks, k + n, lex, field=True)
        if not more:
            break
        n += more
    return n


def _located(text: str, toks: list[Token], k: int, lex: Lexicon) -> int:
    """«في الخليل», «في جامعة بيرزيت»: the place of a local body, written right after it."""
    if k + 1 >= len(toks) or toks[k].norm != "في" or not joined(text, toks, k, k + 2):
        return 0
    name = _known_name(toks, k + 1, lex) or _place_entry(toks, k + 1, lex)
    if name == 1 and _common_word_town(toks[k + 1], lex):
        name = 0  # «في بيان» is not the town of Bayan
    if name:
        return 1 + name
    row = _head(toks[k + 1])
    if row is None or row.get("located") == "yes":
        return 0
    tail = _idafa_chain(text, toks, k + 2, lex)
    return 2 + tail if tail else 0


def _coordinated(text: str, toks: list[Token], k: int, lex: Lexicon, field: bool = False) -> int:
    """«منظمة التنمية والتعاون الاقتصادي»: a second definite noun joined by و, and its adjectives.
    A field after «لـ» may start a listed name («للمساءلة والعدالة»: not the party «العدالة والتنمية»)."""
    if k >= len(toks) or toks[k].prefix != "و" or not _space_before(text, toks, k):
        return 0
    tok = toks[k]
    if not is_definite(tok) or _head(tok) is not None or _place_entry(toks, k, lex) \
            or (lex.longest_from(tkey(tok)) and (not field or _listed_length(toks, k, lex))):
        return 0  # «مجلس الأمن والأمم المتحدة», «وزارة الدفاع والجيش» are two bodies
    return 1 + _adjectives(text, toks, k + 1, lex, k)


def _common_word_town(tok: Token, lex: Lexicon) -> bool:
    """A small town whose name is also a dictionary word («بيان»), unsafe without a trigger."""
    entry = lex.get((tkey(tok),), is_definite(tok))
    return entry is not None and entry.kind == "city" and entry.population < BIG_CITY \
        and is_known(tok.text)


def _place_entry(toks: list[Token], k: int, lex: Lexicon) -> int:
    """1 when token k is a place written with the article («الخليل»)."""
    entry = lex.get((tkey(toks[k]),), is_definite(toks[k]))
    return int(entry is not None and entry.label == "LOC")


def _space_before(text: str, toks: list[Token], k: int) -> bool:
    """Only white space between token k-1 and token k's clitics."""
    return not text[toks[k - 1].end:toks[k].start - len(toks[k].prefix)].strip()


def with_national_branches(text: str, toks: list[Token], chosen: list[Candidate],
                           lex: Lexicon) -> list[Candidate]:
    """«الهلال الأحمر الكردي»: a listed body with no country of its own, followed by an agreeing
    demonym, names its national branch; the demonym joins the name (and is kept nested)."""
    starts = {c.i: c for c in chosen}
    out, dropped = [], set()
    for c in chosen:
        if c.i in dropped:
            continue
        end, country = c.j, None
        if c.entry.label == "ORG" and c.entry.kind != "rule" and not c.entry.country:
            while end - c.j < MAX_BRANCH_DEMONYMS and _branch_demonym(text, toks, starts.get(end), end):
                country, end = starts[end].entry.country or country, end + 1
                dropped.add(end - 1)
        if end > c.j:   # «الهلال الأحمر العربي السوري»: the last demonym with a country names it
            out.append(replace(c, j=end, entry=Entry("ORG", "rule", None, country, None, c.entry.sector)))
        else:
            out.append(c)
    return out


def _branch_demonym(text: str, toks: list[Token], nxt: Candidate | None, k: int) -> bool:
    """A one-word definite demonym at token k agreeing with the word before it."""
    return nxt is not None and nxt.j == k + 1 and nxt.entry.label == "NORP" \
        and joined(text, toks, k - 1, k + 1) and is_definite(toks[k]) and _agrees(toks[k - 1], toks[k])


def _agrees(noun: Token, adjective: Token) -> bool:
    """A singular nisba agreeing in gender with the word before it («الأحمر الكردي»)."""
    feminine = noun.norm.endswith("ه")
    return adjective.norm.endswith("يه") if feminine else adjective.norm.endswith("ي")
