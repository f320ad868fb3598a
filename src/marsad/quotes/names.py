"""Person names in speaker phrases: a title's name, a name the recogniser missed, one in apposition."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Entity, Span
from ..entities.lexicon import load as load_entities
from ..resources import read_tsv
from ..text.normalize import TATWEEL, normalize
from ..text.tokens import is_known
from .lexicon import QuoteLexicon, closed_class
from .view import View

PREPS = closed_class("name_prepositions")
FUNCTION_WORDS = closed_class("name_function_words")
MAX_NAME = 4   # words of a person's name found without an entity («شينزو آبي», «أزهر الدين عبد الرحمن»)
COMPOUND = closed_class("name_compound_parts")  # «أزهر الدين», «عبد الله»
GLUED = closed_class("glued_conjunctions")
PREP_CLITICS = closed_class("preposition_clitics")
LINKERS = closed_class("name_linkers")  # «عبد الرحمن», «أبو مازن», «بن سلمان»
PART_PREFIXES = closed_class("name_part_prefixes")
MIN_GIVEN = 2  # times a given name must have been seen in the name gazetteer to start a name


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Roles a name may follow: the entity titles' first words and our additions, article-less."""
    rows = read_tsv("entities/titles.tsv")
    return frozenset(strip_article(normalize(r["title"]).split()[0]) for r in rows if r["title"]) \
        | {strip_article(w) for w in load_lexicon_titles()}


def load_lexicon_titles() -> frozenset[str]:
    """The extra titles of data/quotes/grammar.tsv."""
    from .lexicon import load
    return load().words("title")


def name_start(v: View, k: int) -> bool:
    """Whether word `k` can begin a person's name: a known given name or a word no dictionary has."""
    t, whole = v.toks[k], v.whole(k)
    key = normalize(whole)
    e = v.entity_at(k)
    if t.prefix[:1] in PREP_CLITICS and key not in _parts() or (e is not None and e.label != "NORP") \
            or _is_title(v, k) or k in v.masked or v.bare(k) in PREPS or key in FUNCTION_WORDS:
        return False
    if key.startswith("ل") and k > 0 and v.stem(k - 1).startswith("ال") and key not in _parts():
        return False  # «الرئيس التنفيذي لدورتموند»: ل + a genitive, not a name
    if e is not None and e.label == "NORP" and key.startswith("ال"):
        return False  # «الرئيس المصري»: a demonym, though «المصري» is also a family name
    part = _parts().get(key)
    if part is not None:
        return part[1] >= MIN_GIVEN and (part[0] != "family" or not key.startswith("ال"))
    if t.prefix in GLUED and is_known(t.text):
        return False  # «وانتقد» is و + a verb, not a name
    return not key.startswith("ال") and not is_known(whole) and t.is_word and not t.suffix


def name_part(v: View, k: int) -> bool:
    """Whether word `k` can continue a name («العلمي», «آبي», «عبد الرحمن»)."""
    key = normalize(v.whole(k))
    e = v.entity_at(k)
    if k in v.masked or _is_title(v, k) or (e is not None and e.label in ("ORG", "LOC")) \
            or v.bare(k) in PREPS or key in FUNCTION_WORDS:
        return False
    if key in _parts() or key in COMPOUND or (k > 0 and v.stem(k - 1) in LINKERS):
        return True
    return v.toks[k].prefix in PART_PREFIXES and not v.toks[k].suffix and not key.startswith("ال") \
        and v.bare(k) not in PREPS and key not in FUNCTION_WORDS


def _is_title(v: View, k: int) -> bool:
    """Whether word `k` is a title («وزير» even when read as و + زير)."""
    return strip_article(v.stem(k)) in titles() or strip_article(normalize(v.whole(k))) in titles()


def _parts() -> dict[str, tuple[str, int]]:
    """The person-name gazetteer: normalised name part -> (role, count)."""
    return load_entities().name_parts


def lam_target(v: View, k: int) -> str | None:
    """«لبوتين», «لرويترز», «لـCNN» left whole by the tokenizer: a person or outlet after ل."""
    t = v.toks[k]
    w = v.words[k]
    e = v.entity_at(k)  # an entity that leaves the «ل» outside its span is the target itself
    if t.prefix or not w.startswith("ل") or len(w) < 4 or e is not None and e.start <= t.start:
        return None
    rest = w[1:].lstrip(TATWEEL)
    if rest[:1].isascii():
        return "outlet" if rest[:1].isalpha() else None
    hit = load_entities().get((rest,), False)
    if hit is not None:
        return "outlet" if hit.sector == "MED" else "person" if hit.label == "PER" else None
    part = load_entities().name_parts.get(rest)
    return "person" if part is not None and part[1] >= MIN_GIVEN else None


def prefer_name(v: View, a: int, b: int, nxt: list[int], lex: QuoteLexicon) -> Span:
    """A title followed by a name speaks as the name: «الرئيس الفرنسي، إيمانويل ماكرون» → the name."""
    relational = strip_article(v.stem(a)) in lex.words("relational")
    pers = [e for e in _entities(v, a, b) if e.label == "PER"
            and not v.toks[v.entity_end(e) - 1].suffix]  # «وزير خارجيته» is no name
    if pers and v.entity_first(pers[0]) == a:
        return _name_after(v, pers[0], b)
    if pers and not relational and _plain_to(v, v.entity_end(pers[-1]), b):
        k = v.entity_first(pers[-1])
        if k > a and v.words[k - 1] != "باسم" and \
                strip_article(v.stem(k - 1)) not in lex.words("relational"):
            return _name_after(v, pers[-1], b)
    apposed = _apposition(v, nxt)  # «محامي شكريلي، بينيامين برافهان»: the apposition names the lawyer
    if apposed is not None:
        return apposed
    first = v.entity_at(a)
    if pers or (first is not None and first.label == "ORG"):
        return v.span(a, b)
    return _name_without_entity(v, a, b, relational) or v.span(a, b)


def _apposition(v: View, nxt: list[int]) -> Span | None:
    """The name in the comma phrase after a subject («وزير …، خالد بدوي،»), if it is one."""
    if not nxt:
        return None
    e = v.entity_at(nxt[0])
    if e is not None and e.label == "PER" and v.entity_first(e) == nxt[0]:
        return _name_after(v, e, nxt[-1] + 1)
    if e is None and len(nxt) <= MAX_NAME and name_start(v, nxt[0]) \
            and all(name_part(v, m) for m in nxt[1:]):
        return v.span(nxt[0], nxt[-1] + 1)
    return None


def _name_without_entity(v: View, a: int, b: int, relational: bool) -> Span | None:
    """A name the recogniser missed: after a title («رئيس الوزراء شينزو آبي») or first
    («هوكينغ لجمهوره …»)."""
    titled = not relational and any(strip_article(v.stem(k)) in titles() for k in range(a, b))
    first = name_start(v, a) or (b - a > 2 and name_part(v, a) and not v.stem(a).startswith("ال")
                                 and name_start(v, a + 1))  # «هانز-يواكيم فاتسكه»
    if b - a > 1 and not relational and first and not v.stem(a + 1).startswith("ال"):
        k = a + 1
        while k < b and k - a < MAX_NAME and name_part(v, k) and not v.stem(k).startswith("ال") \
                and (normalize(v.whole(k)) in _parts() or not is_known(v.whole(k))):
            k += 1
        return v.span(a, k)
    for k in range(a + 1, b):
        before = v.stem(k - 1)
        if titled and name_start(v, k) and b - k <= MAX_NAME and v.words[k - 1] != "باسم" \
                and (before.startswith("ال") or strip_article(before) in titles()) \
                and all(name_part(v, m) for m in range(k + 1, b)):
            return v.span(k, b)
    return None


def _plain_to(v: View, k: int, b: int) -> bool:
    """Whether words `k .. b-1` can finish a name the recogniser cut short («شينزو» + «آبي»)."""
    return b - k <= 2 and all(
        v.toks[m].prefix in PART_PREFIXES and not v.toks[m].suffix and not v.stem(m).startswith("ال")
        and v.bare(m) not in PREPS and v.entity_at(m) is None for m in range(k, b))


def _name_after(v: View, e: Entity, b: int) -> Span:
    """A person entity, extended over the rest of its name when that ends the phrase."""
    end = v.entity_end(e)
    if end < b and _plain_to(v, end, b):
        return v.doc.span(e.start, v.toks[b - 1].end)
    return entity_span(v, e, b)


def entity_span(v: View, e: Entity, b: int) -> Span:
    """An entity's span, clipped to end at word `b - 1` at most, a trailing «على» dropped."""
    a = v.entity_first(e)
    while b - 1 > a and v.bare(b - 1) in PREPS:
        b -= 1
    end = min(e.end, v.toks[b - 1].end)
    return v.doc.span(e.start, end)


def _entities(v: View, a: int, b: int) -> list[Entity]:
    """Distinct entities on words `a .. b-1`, in order."""
    out: list[Entity] = []
    for k in range(a, b):
        e = v.entity_at(k)
        if e is not None and (not out or out[-1] is not e):
            out.append(e)
    return out


def strip_article(w: str) -> str:
    """A normalised word without its article."""
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def leading_name(v: View) -> Span | None:
    """A sentence that opens with a name (split after «د.»: «نايف الحجرف عند إعلان الميزانية، …»)."""
    e = v.entity_at(0)
    if e is not None and e.label == "PER" and v.entity_first(e) == 0:
        return entity_span(v, e, v.entity_end(e))
    if e is not None or len(v.toks) < 2 or not name_start(v, 0) or not name_part(v, 1):
        return None
    k = 1
    while k < len(v.toks) and k < MAX_NAME and name_part(v, k) and not v.comma_before(k):
        k += 1
    return v.span(0, k)
