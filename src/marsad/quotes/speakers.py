"""Who speaks: the subject after the verb (Arabic VSO), before it, in a relative clause, or earlier."""
from __future__ import annotations

from dataclasses import dataclass

from ..doc import Span
from .cues import Attribution, source_end, starts_adjunct
from .lexicon import QuoteLexicon, closed_class
from .names import (MAX_NAME, PREPS, entity_span, leading_name, strip_article, lam_target, name_part,
                    name_start, prefer_name, titles)
from .view import OPENERS, View, closing

MAX_LEFT = 8   # words of a subject written before its verb («الهيئة السعودية العامة للاستثمار أعلنت»)
MAX_BACK = 5   # words of a relative clause's antecedent («مع الرئيس الأميركي، الذي أكد»)
# «المستعربين حين اقتحموا … ادعوا»: a clause between a subject and its verb
INNER_CLAUSE = closed_class("inner_clause_openers")
# Closed classes (data/quotes/word_classes.yaml), each explained there.
GLUED = closed_class("glued_conjunctions")
PREP_CLITICS = closed_class("preposition_clitics")
PROCLITIC_LETTERS = closed_class("proclitic_letters")
SUBJECT_END = closed_class("subject_end_proclitics")
SUBJECT_VERB_PARTICLES = closed_class("subject_verb_particles")
OPENING_PHRASE_WORDS = closed_class("opening_phrase_words")
KANA = closed_class("kana_forms")
OUTLET_PREPOSITIONS = closed_class("outlet_prepositions")
THIRD_PERSON = closed_class("third_person_prefixes")


@dataclass(frozen=True, slots=True)
class Subject:
    """A speaker span with the outlets it spoke to and the sources it quotes."""

    span: Span | None
    told: tuple[Span, ...] = ()
    inner: tuple[Span, ...] = ()


def right_subject(v: View, a: int, b: int, atts: list[Attribution], lex: QuoteLexicon) -> Subject:
    """The subject between a verb and its content: «أكد الرئيس الفرنسي، إيمانويل ماكرون، …»."""
    told = tuple(told_outlets(v, a, b, lex))
    inner = tuple(v.span(t.src_i, t.src_j) for t in atts if a <= t.i < b and t.kind == "inner")
    segs = _segments(v, a, b)
    if not segs:
        return Subject(None, told, inner)
    first = segs[0]
    while first and v.toks[first[0]].prefix[:1] not in PREP_CLITICS and (
            v.words[first[0]] in lex.words("adverb") or v.words[first[0]] in lex.words("time")):
        first = first[1:]
    w0 = v.words[first[0]] if first else ""
    if not first or starts_adjunct(v, first[0], lex) or v.toks[first[0]].prefix[:1] in PREP_CLITICS \
            or (w0[:1] in GLUED and w0[1:] in PREPS) or v.bare(first[0]) in PREPS \
            or lam_target(v, first[0]) is not None or _reporting_participle(w0, lex):
        return Subject(None, told, inner)
    end = _cut(v, first, lex)
    nxt = segs[1] if len(segs) > 1 else []
    return Subject(prefer_name(v, first[0], end, nxt, lex), told, inner)


def _reporting_participle(word: str, lex: QuoteLexicon) -> bool:
    """«وتابع قائلا:»: the participle goes on with the verb; the speaker is the one before."""
    verb = lex.forms.get(word)
    return verb is not None and verb.kind == "cont"


def _segments(v: View, a: int, b: int) -> list[list[int]]:
    """Words `a .. b-1` split at commas and masked stretches."""
    segs: list[list[int]] = []
    cur: list[int] = []
    for k in range(a, b):
        if k in v.masked or (cur and v.comma_before(k)):
            if cur:
                segs.append(cur)
            cur = [] if k in v.masked else [k]
            continue
        cur.append(k)
    if cur:
        segs.append(cur)
    return segs


def _cut(v: View, seg: list[int], lex: QuoteLexicon) -> int:
    """Index one past the noun phrase that starts `seg`: adjuncts, told-to outlets, clauses cut."""
    for k in seg[1:]:
        if starts_adjunct(v, k, lex) or _is_told(v, k, lex) or lex.forms.get(v.words[k]) \
                or (v.toks[k].prefix[:1] == "ب" and v.toks[k].lemma in lex.words("noun")):
            return k  # «وأضاف المجلس ببيان»
        if _addressee(v, k):
            return k
    return seg[-1] + 1


def _addressee(v: View, k: int) -> bool:
    """«وقال الرئيس غني لماتيس»: a person the speaker addressed, after ل."""
    e = v.entity_at(k)
    return (v.toks[k].prefix[:1] == "ل" and e is not None and e.label == "PER") or \
        lam_target(v, k) is not None


def _is_told(v: View, k: int, lex: QuoteLexicon) -> bool:
    """Whether word `k` starts «لـ"العربية"», «لرويترز», «لقناة الجزيرة» (told to an outlet)."""
    return (v.toks[k].prefix[:1] == "ل" or v.words[k] == "ل") and outlet_at(v, k, lex) is not None


def told_outlets(v: View, a: int, b: int, lex: QuoteLexicon) -> list[Span]:
    """Outlets the speaker spoke to: «لـ"العربية"», «لرويترز», «في مقابلة مع CNN»."""
    out = []
    for k in range(a, b):
        if k in v.masked:
            continue
        if v.words[k] == "ل" or v.toks[k].prefix[:1] == "ل" or v.words[k] == "مع":
            span = outlet_at(v, k, lex)
            if span is not None:
                out.append(span)
    return out


def outlet_at(v: View, k: int, lex: QuoteLexicon) -> Span | None:
    """The outlet named at word `k` (after a bare «ل»/«مع», the next word), if it is one."""
    if v.words[k] in OUTLET_PREPOSITIONS:
        quoted = _quoted_after(v, k)
        if quoted is not None and v.words[k] == "ل":
            return quoted
        k += 1
        if k >= len(v.toks):
            return None
    e = v.entity_at(k)
    if e is not None and e.sector == "MED":
        return v.doc.span(e.start, e.end)
    if lex.is_source_word(v.stem(k), "media"):
        return media_name(v, k, lex)
    return None


def media_name(v: View, k: int, lex: QuoteLexicon) -> Span:
    """The name after a media noun: «قناة «الإخبارية السورية»» → «الإخبارية السورية»."""
    quoted = _quoted_after(v, k)
    if quoted is not None:
        return quoted
    e = v.entity_at(k + 1) if k + 1 < len(v.toks) else None
    if e is not None and e.label == "ORG":
        return v.doc.span(e.start, e.end)
    e = v.entity_at(k)
    if e is not None and e.sector == "MED":
        return v.doc.span(e.start, e.end)
    return v.span(k, source_end(v, k, lex))


def _quoted_after(v: View, k: int) -> Span | None:
    """The quoted words right after word `k` («"العربية"»), without the marks."""
    if k + 1 >= len(v.toks):
        return None
    gap = v.gap(k + 1)
    marks = [n for n, c in enumerate(gap) if c in OPENERS]
    if not marks:
        return None
    at = v.start(k + 1) - len(gap) + marks[0]
    end = closing(v.text, at, v.sent.end)
    if end < 0 or len(v.text[at + 1:end].split()) > 5:
        return None
    inner = v.text[at + 1:end]
    lead = len(inner) - len(inner.lstrip())
    return v.doc.span(at + 1 + lead, at + 1 + len(inner.rstrip()))


def relative_subject(v: View, r: int, lex: QuoteLexicon) -> Span | None:
    """The antecedent of «الذي» before a verb: «توماس باراك، الذي أعلن» → «توماس باراك»."""
    end = r
    for k in range(r - 1, max(r - 10, -1), -1):  # «مارك سانفورد عضو الكونغرس عن … الذي تساءل»
        e = v.entity_at(k)
        if e is not None and e.label == "PER" and not v.toks[k].suffix:
            return entity_span(v, e, v.entity_end(e))
        if v.comma_before(k) and k < r - 1 or v.words[k] in lex.words("boundary"):
            break
    e = v.entity_at(end - 1)
    if e is not None and e.label in ("PER", "ORG", "LOC"):
        a = v.entity_first(e)
        if e.label == "PER":
            return entity_span(v, e, v.entity_end(e))
        return v.span(a, end)
    k = end - 1
    while k > 0 and end - k < MAX_BACK and not v.comma_before(k) and _nominal(v, k - 1, lex) \
            and v.words[k - 1] not in lex.phrase_starts:
        k -= 1
    return v.span(k, end) if k < end and _nominal(v, k, lex) else None


def _nominal(v: View, k: int, lex: QuoteLexicon) -> bool:
    """Whether word `k` can sit inside a noun phrase (not a preposition or a clitic-led phrase)."""
    t = v.toks[k]
    return (v.words[k] not in PREPS and t.prefix[:1] not in PROCLITIC_LETTERS
            and v.stem(k) not in lex.words("relative"))


def left_subject(v: View, i: int, cue_at: set[int], lex: QuoteLexicon) -> Span | None:
    """A subject before its verb: «لا سيما أن الخرطوم وأنقرة أعلنتا», «وكان أوباما قد حذر»."""
    end = i
    while end > 0 and v.words[end - 1] in SUBJECT_VERB_PARTICLES:
        end -= 1
    k = end
    while k > 0 and end - k < MAX_LEFT:
        w, stem = v.words[k - 1], v.stem(k - 1)
        if w in lex.words("boundary") or stem in lex.words("boundary") or k - 1 in cue_at \
                or k - 1 in v.masked or any(c in ".:!؟" for c in v.gap(k)):
            break
        k -= 1
    end = next((m for m in range(k + 1, end) if v.words[m] in INNER_CLAUSE), end)
    while end > k and (v.words[end - 1] in lex.words("time") or v.words[end - 1] in lex.words("adverb")):
        end -= 1
    if end <= k or not _subject_like(v, k, end, lex):
        return None
    segs = _segments(v, k, end)
    return prefer_name(v, segs[0][0], segs[0][-1] + 1, segs[1] if len(segs) > 1 else [], lex)


def _subject_like(v: View, a: int, b: int, lex: QuoteLexicon) -> bool:
    """A plausible subject: an entity, a definite noun, a noun with a pronoun, or «مصدر»-like head."""
    t = v.toks[a]
    return (any(v.entity_at(k) is not None for k in range(a, b)) or v.stem(a).startswith("ال")
            or bool(t.suffix) or lex.is_source_word(v.stem(a), "head") or name_start(v, a)) \
        and not starts_adjunct(v, a, lex) and t.prefix[:1] not in PREP_CLITICS


def initial_subject(v: View, lex: QuoteLexicon) -> Span | None:
    """The subject of a sentence opening with its verb: «وانتقد الحريري …، مؤكدًا أن»."""
    s0 = _opening_phrase_end(v, lex)
    if s0:
        return _initial_at(v, s0, lex)
    return _initial_at(v, 0, lex)


def _opening_phrase_end(v: View, lex: QuoteLexicon) -> int:
    """Index after «وفي اليوم الأول من الجلسات،» when a sentence opens with such a phrase, else 0."""
    w = v.words[0][1:] if v.words[0][:1] in GLUED and len(v.words[0]) > 2 else v.words[0]
    if w not in PREPS and v.stem(0) not in PREPS and w not in lex.words("prep") \
            and w not in OPENING_PHRASE_WORDS:
        return 0
    return next((k for k in range(1, min(len(v.toks), 9)) if v.comma_before(k)), 0)


def _initial_at(v: View, s0: int, lex: QuoteLexicon) -> Span | None:
    """The subject of a verb at word `s0` (or the name a split sentence starts with: «نايف الحجرف»)."""
    if s0 == 0:
        name = leading_name(v)
        if name is not None:
            return name
    if len(v.toks) < s0 + 2 or v.comma_before(s0 + 1):
        return None
    first = v.stem(s0)
    if first in lex.words("prep") or first in lex.words("prep_noun") or first in PREPS \
            or first in lex.words("blocker") or first in lex.words("complementiser") \
            or (first in lex.words("boundary") and first not in KANA) \
            or first.startswith("ال") or v.toks[s0].prefix[:1] in PREP_CLITICS:
        return None
    e = v.entity_at(s0 + 1)
    if e is not None and v.entity_first(e) == s0 + 1 and e.label in ("PER", "ORG"):
        return entity_span(v, e, v.entity_end(e))
    if v.stem(s0 + 1).startswith("ال"):
        k = s0 + 1
        while k < len(v.toks) and k < s0 + 5 and v.stem(k).startswith("ال") and not v.comma_before(k) \
                and v.stem(k) not in lex.words("relative") and not starts_adjunct(v, k, lex):
            k += 1
        e = v.entity_at(k) if k < len(v.toks) else None
        if e is not None and e.label == "PER" and v.entity_first(e) == k and not v.comma_before(k):
            return entity_span(v, e, v.entity_end(e))  # «وتطرق الأمير محمد بن سلمان»
        return v.span(s0 + 1, k) if k > s0 + 1 else None
    if strip_article(first) in titles() or v.toks[s0 + 1].prefix[:1] in PREP_CLITICS:
        return None
    k = s0 + 1
    while k < len(v.toks) and k < s0 + 6 and not v.comma_before(k) and v.bare(k) not in PREPS \
            and not starts_adjunct(v, k, lex) and v.toks[k].prefix[:1] not in SUBJECT_END:
        k += 1
    if name_start(v, s0 + 1):  # «وانتقدت هايلي الحكومة الروسية»: the name, not its object
        k = s0 + 2
        while k < len(v.toks) and k - s0 <= MAX_NAME and name_part(v, k) and not v.comma_before(k) \
                and not v.stem(k).startswith("ال"):
            k += 1
        return v.span(s0 + 1, k)
    e = v.entity_at(s0 + 1)
    ok = (e is not None and v.entity_first(e) == s0 + 1) or name_start(v, s0 + 1) \
        or strip_article(v.stem(s0 + 1)) in titles() or lex.is_source_word(v.stem(s0 + 1), "head")
    return prefer_name(v, s0 + 1, k, [], lex) if ok else None


def entity_before(v: View, i: int, lex: QuoteLexicon) -> Span | None:
    """A name written just before a participle: «ليرد الوليد قائلاً», «ليعلق خلفات بالقول»."""
    if i == 0 or v.comma_before(i):
        return None
    e = v.entity_at(i - 1)
    if e is not None and e.label == "PER":
        return entity_span(v, e, v.entity_end(e))
    if e is None and name_start(v, i - 1) and not v.stem(i - 1).startswith("ال"):
        t = v.toks[i - 1]  # «… وإيلا قائلة»: here و joins two names
        return v.doc.span(t.start, t.end) if t.prefix == "و" else v.span(i - 1, i)
    if i >= 2 and v.stem(i - 1).startswith("ال") and not v.toks[i - 1].prefix \
            and v.toks[i - 2].prefix == "ل" and v.stem(i - 2)[:1] in THIRD_PERSON:
        return v.span(i - 1, i)  # «ليرد المذيع قائلاً»: the subject of the verb just before
    return None
