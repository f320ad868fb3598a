"""One trigger's reading in its sentence: verb or noun, participants, and the frames that fold triggers."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import DateMention, Token
from ..text.tokens import strip_article
from .actors import ACCUSATIVE, Phrase, phrase_at
from .arguments import Roles, nominal_roles, verbal_roles
from .context import HARD, NONE, Sentence
from .anchors import after_event_verb, is_reference
from .grammar import POSSESSIVES, closed_class, is_definite, noun_marked
from .occurrence import ANCHORED_TYPES, gathered_to_protest, verb_is_reported
from .strict import DEMAND_MODES
from .triggers import Match, lexicon

# Types that are speech acts: their actor is the speaker when the clause names no other.
SPEECH_TYPES = frozenset(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"))
# Triggers that take another event as their complement («المطالبة بانسحاب», «اتُفق على عقد اجتماعات»).
FRAMING_TYPES = frozenset(("REQUEST", "AGREE"))
REASON_TYPES = frozenset(("PROTEST", "REJECT", "SUPPORT"))   # «احتجاجا», «رفضا», «تضامنا»: why an act was done
COMPLEMENT_REACH = 4
ACTION_WORDS = 2   # words of the demanded action shown with a bare demand («ضرورة وقف الحرب»)


@dataclass
class Draft:
    """A trigger being read: its type, mode, participants and trigger tokens."""

    match: Match
    type: str
    mode: str | None
    verbal: bool
    roles: Roles
    i: int
    j: int
    complement: "Draft | None" = None
    absorbed: bool = False
    anaphoric: bool = False
    referential: bool = False
    generic: bool = False      # an act told in general or in passing, not as one occurrence
    inherited: str = ""
    modality: str = "happened"
    date: DateMention | None = None
    extra: dict = field(default_factory=dict)

    @property
    def possessive(self) -> bool:
        """«لقائه», «رفضه»: a pronoun suffix points at the clause's subject."""
        return not self.verbal and self.extra.get("suffix", "") in POSSESSIVES


def is_verbal(sent: Sentence, m: Match) -> bool:
    """Verb or verbal noun: the article, a preposition or a possessive make a noun of «المطالبة»."""
    tok = sent.toks[m.i]
    if noun_marked(tok):
        return False
    if m.trigger.pos != "verb":
        return False
    has_noun = (m.trigger.words, m.trigger.type) in lexicon().noun_forms
    if has_noun and tok.suffix in POSSESSIVES:
        return False  # «أكد رفضه»: the noun with its possessor, not «رفضه» (rejected it)
    if has_noun and strip_article(tok.norm) == m.trigger.words[0] and _after_noun(sent, m.i):
        return False  # «تهم قتل», «رافضي قتل»: the same spelling as a verbal noun («قتلت» is none)
    return not (m.i > 0 and sent.bounds[m.i] == NONE and sent.has_prep(m.i))


def _after_noun(sent: Sentence, k: int) -> bool:
    """Whether the word before token k governs it as a noun (a preposition or content word, not a subject)."""
    if k == 0 or sent.bounds[k] != NONE or sent.toks[k].prefix:
        return False
    prev = sent.toks[k - 1]
    if prev.norm in PARTICLES or sent.g.has("clause_openers", prev) or sent.g.has("complementizers", prev):
        return False
    if sent.entity_at(k - 1) or sent.g.head_sector(prev) is not None:
        return False  # «مسلحين مجهولين اغتالوا»: a subject before its verb
    if is_definite(prev):
        return False  # «الموظف في اللجنة الانتخابية خطف»: a word with the article governs no genitive
    return prev.is_word


PARTICLES = closed_class("verb_particles")


def draft_of(sent: Sentence, m: Match) -> Draft:
    """Read one trigger: its participants from word order or from its noun frames."""
    verbal = is_verbal(sent, m)
    roles = verbal_roles(sent, m) if verbal else nominal_roles(sent, m)
    d = Draft(m, m.trigger.type, m.trigger.mode, verbal, roles, m.i, m.j)
    d.extra["suffix"] = sent.toks[m.i].suffix
    own_speech = m.trigger.type in SPEECH_TYPES and d.extra["suffix"] in POSSESSIVES
    d.referential = not verbal and not own_speech and is_reference(sent, m)
    d.generic = verbal and m.trigger.type in ANCHORED_TYPES and not verb_is_reported(sent, m)
    d.anaphoric = not verbal and _bare_definite(sent, m, roles)
    return d


def _bare_definite(sent: Sentence, m: Match, roles: Roles) -> bool:
    """«اللقاء», «الهجوم»: a definite event noun without participants of its own names an earlier event.

    A demand or agreement with its content («المطالبة بانسحاب») is no bare mention.
    """
    tok = sent.toks[m.i]
    definite = is_definite(tok)
    own = roles.actors or roles.recipients or roles.mediators
    framed = len(m.trigger.words) > 1 and m.trigger.type in SPEECH_TYPES
    return definite and not own and not tok.suffix and not framed and not _defined_after(sent, m) \
        and not after_event_verb(sent, m.i) and not _ordered(sent, m.i) and not gathered_to_protest(sent, m)


def _ordered(sent: Sentence, k: int) -> bool:
    """«أمر الرئيس بالإفراج عن المعتقلين»: the act an order or decision names is its content."""
    return any(sent.g.has("decision_verbs", t) for t in sent.toks[max(0, k - 3):k])


def _defined_after(sent: Sentence, m: Match) -> bool:
    """«الزيارة التي يقوم بها إلى القاهرة»: a relative clause right after a visit or meeting tells
    which one it is, so the noun points at no earlier mention; so does the light verb that tells who
    wages an act, after a relative or right after the act («الهجوم الذي تشنه تركيا», «الهجوم نفذه
    انتحاري»). (Attacks named by what they did — «الهجوم الذي استهدف …» — are mostly recalled, and
    stay echoes.)"""
    if sent.waging_verb(m.j) is not None:
        return True
    return m.j < len(sent.toks) and sent.g.has("short_relatives", sent.toks[m.j]) and m.trigger.type == "CONSULT"


def fold_descriptions(sent: Sentence, drafts: list[Draft]) -> None:
    """«اتفاق فض الاشتباك», «مفاوضات السلام»: a noun trigger in the name of another is no event."""
    for d, e in zip(drafts, drafts[1:]):
        if d.verbal or e.verbal or e.type in FRAMING_TYPES or sent.toks[e.i].prefix or _adverbial(sent, e):
            continue
        if e.i - d.j <= 1 and all(sent.bounds[k] == NONE and not sent.toks[k].prefix
                                   for k in range(d.j, e.i + 1)):
            e.absorbed = True


def _adverbial(sent: Sentence, d: Draft) -> bool:
    """«احراق نفسه احتجاجا على الظلم»: an indefinite accusative verbal noun of protest, refusal or
    support says why, it is no genitive in another act's name («حزاما ناسفا» is a thing)."""
    tok = sent.toks[d.i]
    return d.type in REASON_TYPES and not d.verbal and tok.norm.endswith(ACCUSATIVE) \
        and not is_definite(tok) and not tok.suffix


def qualify_adverbials(sent: Sentence, drafts: list[Draft]) -> None:
    """«انسحب المحامون احتجاجا على المحكمة», «أحرق نفسه احتجاجا على الظلم»: an adverbial verbal
    noun tells why the act before it in its clause was done; it happened as that act did."""
    for d, e in zip(drafts, drafts[1:]):
        if _adverbial(sent, e) and not d.absorbed \
                and sent.clause(d.i, HARD)[0] == sent.clause(e.i, HARD)[0]:
            e.referential, e.extra["with"], e.extra["why_of"] = False, d, d


def coordinate(sent: Sentence, drafts: list[Draft]) -> None:
    """«لم يسفر عن اتفاقات أو تفاهمات»: a trigger joined to one of its own type by «أو» or «و»
    shares its modality (draft.extra["with"]); joined by «أو», or the same noun again, the two
    become one event (different nouns joined by «و» stay several measures: find._merged)."""
    for e, d in zip(drafts, drafts[1:]):
        if d.type != e.type or d.verbal or e.verbal or e.absorbed or e.anaphoric:
            continue
        between = sent.toks[e.j:d.i]
        joined = (not between and sent.toks[d.i].prefix == "و") or \
            (len(between) == 1 and sent.g.has("coordinators", between[0]))
        if joined and all(sent.bounds[k] == NONE for k in range(e.j, d.i + 1)):
            d.extra["with"] = e


def fold_complements(sent: Sentence, drafts: list[Draft]) -> None:
    """A demand or agreement swallows the event it is about: «المطالبة بانسحاب» is one REQUEST."""
    for d in drafts:
        if d.type not in FRAMING_TYPES or d.absorbed:
            continue
        _, hi = sent.clause(d.i, HARD)
        inner = next((e for e in drafts if e is not d and not e.absorbed and
                      d.j <= e.i <= d.j + COMPLEMENT_REACH and e.i < hi), None)
        if inner is not None and (d.type == "REQUEST" or inner.type == "CONSULT" or d.match.trigger.pos == "adj"):
            _absorb(d, inner)
        elif d.type == "REQUEST" and not d.verbal:
            d.j = _action_end(sent, d.j, hi)


def _absorb(d: Draft, inner: Draft) -> None:
    """Make `inner` the complement of `d`; its actors are the ones asked or agreeing."""
    inner.absorbed, d.complement, d.j = True, inner, inner.j
    if d.type == "REQUEST":
        d.mode = d.mode or DEMAND_MODES.get(inner.type, "change")
        d.roles.recipients = d.roles.recipients or inner.roles.actors or inner.roles.recipients
    elif inner.type == "CONSULT":
        d.mode = d.mode or "meet"
    d.roles.recipients = d.roles.recipients or inner.roles.recipients   # «مستعدة للتعاون مع لندن»


def _action_end(sent: Sentence, k: int, hi: int) -> int:
    """End of the demanded action after a bare «ضرورة»: up to two words, before any preposition."""
    end = k
    while end < hi and end - k < ACTION_WORDS and sent.bounds[end] == NONE and \
            sent.toks[end].is_word and not sent.has_prep(end):
        end += 1
    return end


def obligations(sent: Sentence, drafts: list[Draft]) -> list[Draft]:
    """«أن على سوريا وإسرائيل التوصل إلى حل»: an obligation laid on named parties is a REQUEST."""
    out = []
    for d in drafts:
        if d.absorbed or d.type == "REQUEST":
            continue
        lo, _ = sent.clause(d.i, HARD)
        ph = _obliged(sent, lo, d.i)
        if ph is None:
            continue
        req = Draft(d.match, "REQUEST", None, False, Roles(recipients=list(ph.actors)), ph.i - 1, d.j)
        _absorb(req, d)
        out.append(req)
    return out


def _obliged(sent: Sentence, lo: int, k: int) -> Phrase | None:
    """The parties between an obligation word at the clause start and the event («على X …»)."""
    start = lo + 1 if sent.g.has("complementizers", sent.toks[lo]) else lo
    if start >= k or not sent.g.has("obligation_markers", sent.toks[start]):
        return None
    if sent.toks[start].norm == "علي" and start == lo:
        return None  # «على» opens an obligation only right after «أن» («أن على سوريا …»)
    first = start + 1
    if first < k and sent.toks[start].norm != "علي" and sent.toks[first].norm == "علي":
        first += 1  # «يجب على X أن …»
    ph = phrase_at(sent, first, k)
    return ph if ph and ph.j == k else None
