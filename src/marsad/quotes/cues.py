"""Cues, attribution phrases and complements inside one sentence: where reported content starts."""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Phrase, QuoteLexicon, Verb, closed_class
from .view import CLOSERS, OPENERS, View, closing

MAX_REGION = 40       # words between a verb and its content («صرح … عشية المباراة، وسط …، أن»)
MAX_SUBJECT = 6       # words of a subject before «على/إلى/عن/من» + noun phrase content
NAME_QUOTE_WORDS = 4  # a quotation this short followed by more words is a name: «موقع «أكسيوس» الأمريكي»
# Closed classes (data/quotes/word_classes.yaml), each explained there.
GLUED = closed_class("glued_conjunctions")
PREP_CLITICS = closed_class("preposition_clitics")
RELAY_PARTICLES = closed_class("relay_particles")
PUBLISHING_VERBS = closed_class("publishing_verbs")
COMPLEMENTISER_STEMS = closed_class("complementiser_stems")
ADJUNCT_WORDS = closed_class("adjunct_words")
CIRCUMSTANTIAL = closed_class("circumstantial_pronouns")
QAD = closed_class("qad_particles")
SUBJUNCTIVE = closed_class("subjunctive_particles")
IMPERFECT = closed_class("imperfect_prefixes")
THIRD_PERSON = closed_class("third_person_prefixes")


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb at words `i .. j-1` (extenders such as «بالإشارة» included)."""

    i: int
    j: int
    verb: Verb
    negated: bool


@dataclass(frozen=True, slots=True)
class Attribution:
    """An attribution phrase at words `i .. j-1` naming the source at words `src_i .. src_j-1`."""

    i: int
    j: int
    src_i: int
    src_j: int
    kind: str


@dataclass(frozen=True, slots=True)
class Complement:
    """Where a cue's content begins: the speaker is looked for in words `cue.j .. region_end`."""

    start: int
    region_end: int
    direct: bool
    quoted: bool
    marker: int


def find_attributions(v: View, lex: QuoteLexicon) -> list[Attribution]:
    """Attribution phrases of the sentence, each with its source phrase; their words get masked."""
    _mask_fixed(v, lex)
    out: list[Attribution] = []
    i = 0
    while i < len(v.toks):
        hit = _phrase_at(v, i, lex)
        if hit is None:
            i += 1
            continue
        j, src_i, kind, needs_end = hit
        src_j = source_end(v, src_i, lex)
        if src_j == src_i and needs_end and _ends_clause(v, src_j):
            v.masked.update(range(i, src_j))  # «، كما تقول،»: an aside, no source named
            i = src_j
            continue
        if src_j > src_i and not _followed_by_content(v, src_j, lex, kind) \
                and (not needs_end or _ends_clause(v, src_j)):
            out.append(Attribution(i, j, src_i, src_j, kind))
            v.masked.update(range(i, src_j))
            i = src_j
        else:
            i += 1
    return out


def _phrase_at(v: View, i: int, lex: QuoteLexicon) -> tuple[int, int, str, bool] | None:
    """(end, source start, kind, must end its clause) of the longest phrase starting at word `i`."""
    w = v.words[i]
    cands = lex.phrases_by_first.get(w) or (lex.phrases_by_first.get(w[1:]) if w[:1] in GLUED else None)
    for p in cands or ():
        end = _match(v, i, p)
        if end is None:
            continue
        src = end
        if p.verb and src < len(v.toks) and _is_report_verb(v, src, lex):
            src += 1
        elif p.verb and p.words[-1] in RELAY_PARTICLES:
            continue  # «على ما» / «كما» need their verb: «كما أفاد المرصد»
        return src, src, p.kind, p.words[-1] in RELAY_PARTICLES
    return None


def _ends_clause(v: View, j: int) -> bool:
    """«، كما أفاد المرصد.» ends its clause; «كما أكد الوفد رفضه …» goes on (and is a quote)."""
    return j >= len(v.toks) or v.comma_before(j) or j in v.masked


def _match(v: View, i: int, p: Phrase) -> int | None:
    """Index after the phrase if `p` matches at word `i` (a final «ل» may be the next word's clitic)."""
    k = i
    for n, w in enumerate(p.words):
        if k >= len(v.toks):
            return None
        word = v.words[k]
        if n == 0 and word != w and word[:1] in GLUED and word[1:] == w:
            word = w
        if w == "ل" and n == len(p.words) - 1 and word != "ل":
            return k if v.toks[k].prefix[:1] in ("ل",) or word.startswith("لل") else None
        if word != w:
            return None
        k += 1
    return k


def _is_report_verb(v: View, i: int, lex: QuoteLexicon) -> bool:
    """Whether word `i` is a reporting verb («ذكرته», «أفادت», «نقلت») or «نشرته», «أوردته»."""
    t = v.toks[i]
    return lex.cue(v.words[i], t.norm, t.lemma, t.prefix) is not None or t.lemma in PUBLISHING_VERBS


def _followed_by_content(v: View, j: int, lex: QuoteLexicon, kind: str) -> bool:
    """«كما أكد الوزير أن …» is a quote, not an attribution: a complement follows the source."""
    return kind == "relay" and j < len(v.toks) and v.words[j] in lex.words("complementiser") \
        and not v.gap(j).strip()


def source_end(v: View, i: int, lex: QuoteLexicon, limit: int | None = None) -> int:
    """Index one past a source phrase starting at word `i` («قناة «الإخبارية السورية»»)."""
    limit = len(v.toks) if limit is None else limit
    if i < len(v.toks) and v.comma_before(i):
        return i  # «، كما تقول، …»: nothing named after the verb
    j = i
    while j < limit and j - i < 8:
        if j > i and (v.comma_before(j) or starts_adjunct(v, j, lex) or j in v.hidden
                      or any(c in ':.«»"“”' for c in v.gap(j))):
            break
        w = v.words[j]
        if w in lex.words("complementiser") or v.stem(j) in COMPLEMENTISER_STEMS or \
                (j > i and (w in lex.phrase_starts or lex.forms.get(w) is not None)):
            break
        j += 1
    return j


def starts_adjunct(v: View, i: int, lex: QuoteLexicon) -> bool:
    """Whether word `i` opens an adjunct (time, «في بيان», «عبر منصة», «أيضًا») rather than a noun."""
    w, stem = v.words[i], v.stem(i)
    if w[:1] in GLUED and len(w) > 3 and w[1:] in lex.words("prep_noun") | lex.words("prep"):
        w = w[1:]  # «وفي ذات السياق»
    if w in lex.words("time") or stem in lex.words("time") or w in lex.words("adverb"):
        return True
    if w in lex.words("prep") or w in ADJUNCT_WORDS:
        return True
    if w in lex.words("prep_noun") and i + 1 < len(v.toks):
        nxt = v.stem(i + 1)
        ent = v.entity_at(i + 1)
        return (nxt in lex.words("noun") or v.toks[i + 1].lemma in lex.words("noun")
                or v.words[i + 1] in lex.words("time")
                or nxt in lex.words("time") or (ent is not None and ent.label == "LOC"))
    return w in CIRCUMSTANTIAL or stem in lex.words("relative")


def find_cues(v: View, lex: QuoteLexicon) -> list[Cue]:
    """Reporting verbs of the sentence outside masked words, formulas and future or purpose forms."""
    if not v.hidden:
        _mask_fixed(v, lex)
    out = []
    i = 0
    while i < len(v.toks):
        t = v.toks[i]
        verb = None if i in v.masked else lex.cue(v.words[i], t.norm, t.lemma, t.prefix)
        if verb is not None and verb.kind == "say" and t.text.endswith("ة"):
            verb = None  # «شريحة تابعة لـ…»: a finite verb never ends in ة
        if verb is None or verb.kind == "extend":
            i += 1
            continue
        j = i + 1
        while j < len(v.toks) and (lex.forms.get(v.words[j]) or verb).kind == "extend" \
                and not v.comma_before(j):
            j += 1
        if not _circumstantial(v, i, j, lex) and not _absorbed(v, out, i, verb, lex):
            out.append(Cue(i, j, verb, _negated(v, i, lex)))
        i = j
    return out


def _circumstantial(v: View, i: int, j: int, lex: QuoteLexicon) -> bool:
    """«وهو يشير إلى صور العائلة»: a gesture, unless it introduces a clause («وهو يقول إن»)."""
    return i > 0 and v.words[i - 1] in CIRCUMSTANTIAL and not (
        j < len(v.toks) and v.stem(j) in lex.words("complementiser"))


def _absorbed(v: View, cues: list[Cue], i: int, verb: Verb, lex: QuoteLexicon) -> bool:
    """«وتابع المالكي بالقول إن», «وأردف كيمبف قائلا»: the participle belongs to the verb before."""
    if verb.kind != "cont" or not cues or verb.verb != "قال":
        return False
    prev = cues[-1]
    return prev.verb.kind == "say" and i - prev.j <= 6 and not any(
        v.comma_before(k) or v.stem(k) in lex.words("complementiser") for k in range(prev.j, i + 1))


def _mask_fixed(v: View, lex: QuoteLexicon) -> None:
    """Mask anonymity clauses («طلب عدم الكشف عن اسمه») and formulas («يذكر أن»)."""
    fixed = lex.fixed_by_first
    for i in range(len(v.toks)):
        for seq in fixed.get(v.words[i], ()) + fixed.get(v.stem(i), ()):
            n = len(seq)
            if i + n <= len(v.toks) and all(v.words[i + k] == w or v.stem(i + k) == w
                                            for k, w in enumerate(seq)):
                v.masked.update(range(i, i + n))
                v.hidden.update(range(i, i + n))


def _negated(v: View, i: int, lex: QuoteLexicon) -> bool:
    """«لم يكشف», «لم يعلن», «دون أن تعلن»: a negated or not-yet verb reports nothing."""
    k = i - 1
    if k >= 0 and v.words[k] in QAD:
        k -= 1
    if k < 0 or v.comma_before(i):
        return False
    subjunctive = v.stem(k) in SUBJUNCTIVE and v.toks[i].norm[:1] in IMPERFECT
    return v.stem(k) in lex.words("negator") or subjunctive


def find_complement(v: View, cue: Cue, limit: int, lex: QuoteLexicon) -> Complement | None:
    """The first content marker after the cue: أن/إن, a colon, a quotation, or its preposition."""
    k, stop = cue.j, min(limit, cue.j + MAX_REGION)
    while k <= stop:
        gap = v.gap(k) if k < len(v.toks) else v.text[v.toks[-1].end:v.sent.end]
        hit = _punct_marker(v, k, gap, cue.verb, stop)
        if hit is not None:
            return hit
        if k >= stop or k >= len(v.toks):
            return None
        if k not in v.masked:
            hit = _word_marker(v, k, cue, stop, lex)
            if hit is not None:
                return hit
        k += 1
    return None


def _punct_marker(v: View, k: int, gap: str, verb: Verb, stop: int) -> Complement | None:
    """A colon or an opening quotation mark in the gap before word `k` opens direct speech."""
    if not verb.direct or k in v.masked:
        return None
    base = v.start(k) - len(gap)
    for n, c in enumerate(gap):
        if c == ":":
            rest = gap[n + 1:].lstrip()
            quoted = bool(rest) and rest[0] in OPENERS
            start = base + n + 1 + (len(gap[n + 1:]) - len(rest)) + (1 if quoted else 0)
            return Complement(start, k, True, quoted, k)
        if c in OPENERS and v.opens(base + n) and not _is_name_quote(v, base + n, stop) \
                and not _continues_phrase(v, k):
            return Complement(base + n + 1, k, True, True, k)
    return None


def _is_name_quote(v: View, at: int, stop: int) -> bool:
    """«موقع «أكسيوس» الأمريكي», «لـ"العربية" أنه», «منصة “إكس”:» quote a name, not speech."""
    end = closing(v.text, at, v.sent.end)
    if end < 0:
        return False
    inside = v.text[at + 1:end].split()
    after = v.text[end + 1:v.sent.end].lstrip()
    return len(inside) <= NAME_QUOTE_WORDS and bool(after) and after[0] not in ".!؟?"


def _continues_phrase(v: View, k: int) -> bool:
    """«دعمه الكلي "للمملكة …"»: a quotation opening on ب/ل continues a phrase, it is not speech."""
    return k < len(v.toks) and v.toks[k].prefix[:1] in PREP_CLITICS and v.words[k] != "لقد"


def _word_marker(v: View, k: int, cue: Cue, stop: int, lex: QuoteLexicon) -> Complement | None:
    """أن/إن (after the verb's preposition or not) or the verb's preposition with a noun phrase."""
    verb, t = cue.verb, v.toks[k]
    if verb.clause and v.stem(k) in lex.words("complementiser") and t.prefix in ("", "ب") \
            and not (k > 0 and v.stem(k - 1) in lex.words("blocker")):
        region = k - 1 if k - 1 >= cue.j and v.words[k - 1] == verb.prep else k
        return Complement(v.start(k), region, False, False, k)
    if verb.prep and verb.prep_np and v.words[k] == verb.prep and k + 1 < len(v.toks):
        nxt = k + 1
        if v.stem(nxt) in lex.words("complementiser"):
            return None
        if v.entity_at(nxt) is not None and _clause_later(v, nxt, stop, lex):
            return None  # «حذر مسؤول من الأمم المتحدة من أن …»
        if v.toks[cue.i].norm[:1] in THIRD_PERSON and cue.verb.kind == "say":
            return None  # «معلومات تشير إلى مسؤولية روسيا»: indicates, not says
        if _subject_words(v, cue.j, k, lex) > MAX_SUBJECT:
            return None  # «أكد الوفد السوري رفضه القاطع لأي وجود … على الأراضي»: an object came first
        return Complement(v.start(k), k, False, False, k)   # «أعلنت عن طرد …»: the verb's complement
    return None


def _subject_words(v: View, a: int, b: int, lex: QuoteLexicon) -> int:
    """Words between a verb and its preposition before the first adjunct or comma."""
    k = a
    while k < b and not (k > a and (v.comma_before(k) or starts_adjunct(v, k, lex))) \
            and k not in v.masked:
        k += 1
    return k - a


def _clause_later(v: View, i: int, stop: int, lex: QuoteLexicon) -> bool:
    """Whether an أن/إن follows before `stop`."""
    return any(v.stem(k) in lex.words("complementiser") for k in range(i, min(stop, len(v.toks))))


def quote_before(v: View, cue: Cue) -> tuple[int, int] | None:
    """«"…"، قال المتحدث»: the quotation that ends just before a cue with no content after it."""
    text, left = v.text, v.start(cue.i)
    k = left
    while k > v.sent.start and text[k - 1] in " ،,":
        k -= 1
    if k <= v.sent.start or text[k - 1] not in CLOSERS:
        return None
    closer = text[k - 1]
    opener = next((o for o, c in OPENERS.items() if c == closer), '"')
    open_at = text.rfind(opener, v.sent.start, k - 1)
    return (open_at + 1, k - 1) if open_at >= 0 else None
