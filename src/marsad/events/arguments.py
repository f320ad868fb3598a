"""Who did what to whom, where: the participants of one trigger from its clause's word order and frames."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..doc import Actor
from ..resources import read_yaml
from ..text.normalize import normalize
from .actors import Phrase, counterpart, entity_actor, head_sector, phrase_at, received, unlike_subject
from .context import HARD, NONE, SOFT, Sentence
from .grammar import GLUED, POSSESSIVES, closed_class, is_definite, owned_by_next
from .triggers import Match
from .where import location_near, named_place

ARMED_SECTOR = "MIL"
CHARGE_PREFIX = "ب"   # the clitic that opens what an accusation charges («بأنه», «بتجنيد»)
WAGING_SECTORS = frozenset((ARMED_SECTOR, "REB"))   # who wage an attack named after them
DEFINITE_LAM = "لل"  # «لـ» before the article, when the tokenizer left it on an unknown name
# Types whose possessor or direct object is the one acted upon («اغتيال النائب», «اعتقال ناشطين»).
PATIENT_TYPES = frozenset(("ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "SUPPORT", "AID",
                           "REQUEST"))
# Prepositions that introduce the recipient, by type, each with how far after the trigger it may come.
# Words skipped between a verb and its subject («تظاهر أمس عشرات …», «اغتالت قبل ظهر امس …»).
ADVERBS = closed_class("adverbs")
MAX_ADVERBS = 4
AGENT_PREPOSITIONS = closed_class("agent_prepositions")   # «على يد مسلحين», «من قبل الشرطة»
MAX_ADJECTIVES = 2     # «بانسحاب فوري للقوات»: words between a noun and its «لـ» owner
OWNED_REACH = 3        # «استهدف انفجار موكبا لرئيس الوزراء»: words from a verb to the thing owned


@dataclass
class Roles:
    """The participants found for one trigger."""

    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    mediators: list[Actor] = field(default_factory=list)
    location: Actor | None = None
    reciprocal: bool = False
    passive: bool = False


def is_passive(sent: Sentence, m: Match) -> bool:
    """«اتُفق», «قُتل»: a damma on the first letters marks the passive; so does a count after «قتل»."""
    tok = sent.toks[m.i]
    return "\u064f" in tok.text[:3] or sent.g.has("passive_forms", tok) or \
        (m.trigger.type == "ASSAULT" and _counted_next(sent, m))


def _counted_next(sent: Sentence, m: Match) -> bool:
    """A number right after the verb («قتل 150 مدنيا») is its patient: the verb is passive."""
    k = _skip_adverbs(sent, m.j, len(sent.toks))
    return k < len(sent.toks) and not sent.toks[k].is_word


def _skip_adverbs(sent: Sentence, k: int, hi: int) -> int:
    """The first token at or after k that is not a time word or particle."""
    start = k
    while k < hi and k - start < MAX_ADVERBS and (sent.toks[k].norm in ADVERBS or sent.in_date(k)):
        k += 1
    return k


def verbal_roles(sent: Sentence, m: Match) -> Roles:
    """A verb's subject (after it, else before it), object and prepositional frames."""
    roles = Roles(passive=is_passive(sent, m))
    _, hi = sent.clause(m.i, SOFT)
    if not roles.passive and _ends_on_object(sent, m):
        return _object_in_trigger(sent, m, roles, hi)
    inside = _phrase_in_gap(sent, m)
    after = _phrase_after(sent, m.j, hi)
    before = subject_before(sent, m.i) if not roles.passive else None
    if not roles.passive and sent.participant_after_preposition(m.i - 1):
        before = phrase_at(sent, m.i - 1, m.i)  # «القبض على طالب قتل والديه»: the student did it
    got = before if before and received(sent, before, m.trigger.type) else None
    if before and (got or not _topic(sent, before, m.i) or _quoted_apart(sent, before, m.i)
                   or unlike_subject(sent, before, m.i)):
        before = None
    if before and (inside or _adjacent(sent, before, m.i) or after is None):
        roles.actors = list(before.actors)
        obj = inside or after
    elif inside and not roles.passive:
        roles.actors = list(inside.actors)  # VSO inside a split trigger: «طردت إدارة ترمب 60 دبلوماسيا»
        obj = after
    elif after and not roles.passive and not (after.counted and m.trigger.type == "ASSAULT") \
            and not counterpart(sent, after) and not unlike_subject(sent, after, m.i) \
            and not _charged(sent, m, after, hi):
        roles.actors = list(after.actors)
        obj = inside or _phrase_after(sent, after.j, hi, adverbs=False)
    else:
        obj = inside or after
    if obj and m.trigger.hint != "subject_actor":
        roles.recipients = list(obj.actors)
    elif obj is None and m.trigger.hint != "subject_actor" and (owner := _object_owner(sent, m.j, hi)):
        roles.recipients = list(owner.actors)
    if got and not roles.recipients:
        roles.recipients = list(got.actors)   # «تلقى أحمد حسن حكما بالسجن»: he got the sentence
    _frames(sent, m, roles)
    if m.trigger.hint == "subject_recipient":  # «استقبل X Y»: Y visits X
        roles.actors, roles.recipients = roles.recipients, roles.actors
    return roles


def _charged(sent: Sentence, m: Match, after: Phrase, hi: int) -> bool:
    """«ووصف حزب العمال الكردستاني بأنه منظمة إرهابية», «كما اتهم الحزب بتجنيد الأطفال»: the one
    noun between an accusing verb and its «بـ» charge is the accused (the accuser goes unsaid)."""
    k = after.j   # («اتهمه بوتين بـ»: the pronoun is the accused, the noun after it accuses)
    verb = sent.toks[m.j - 1]
    return sent.g.has("charging_verbs", verb) and not verb.suffix and k < hi \
        and sent.bounds[k] == NONE and sent.toks[k].prefix[-1:] == CHARGE_PREFIX


def _object_owner(sent: Sentence, k: int, hi: int) -> Phrase | None:
    """«استهدف انفجار موكبا لرئيس الوزراء»: whose a thing is, when that thing is the object."""
    for j in range(k, min(hi - 1, k + OWNED_REACH)):
        if not sent.entity_at(j) and owned_by_next(sent.toks, j):
            return phrase_at(sent, j + 1, hi)
    return None


def _ends_on_object(sent: Sentence, m: Match) -> bool:
    """«استدعت (الخارجية) السفير الفرنسي»: the trigger's last word is its object, a participant."""
    return len(m.tokens) > 1 and m.trigger.hint == "object_recipient" \
        and head_sector(sent, m.tokens[-1]) is not None


def _object_in_trigger(sent: Sentence, m: Match, roles: Roles, hi: int) -> Roles:
    """The object noun and what qualifies it («السفير الفرنسي») are the recipients; the subject
    stands between the verb and it, else before the verb."""
    last = m.tokens[-1]
    obj = phrase_at(sent, last, hi)
    gap = phrase_at(sent, m.i + 1, last) if last > m.i + 1 else None
    subject = gap or subject_before(sent, m.i)
    roles.actors = list(subject.actors) if subject else []
    roles.recipients = list(obj.actors) if obj else []
    _frames(sent, m, roles)
    return roles


def _phrase_in_gap(sent: Sentence, m: Match) -> Phrase | None:
    """«حمّل إسرائيل مسؤولية»: the object inside a split trigger; a trigger that ends on a
    participant noun («رشق مئات المتظاهرين») holds that participant whole."""
    if len(m.tokens) < 2:
        return None
    end = m.tokens[1] + 1 if head_sector(sent, m.tokens[1]) is not None else m.tokens[1]
    return phrase_at(sent, m.i + 1, end) if end > m.i + 1 else None


def _adjacent(sent: Sentence, ph: Phrase, k: int) -> bool:
    """A subject right before its verb («مسلحين مجهولين اغتالوا»), or opening a «أن» clause."""
    lo, _ = sent.clause(k, HARD)
    if k - ph.j <= 2 and all(sent.bounds[b] == NONE for b in range(ph.j, k + 1)):
        return True
    if sent.bounds[k] != NONE and sent.toks[k].prefix[:1] in GLUED:
        return False   # «إن الوفد غادر، وهاجمت القوات المدينة»: «، و» opens a clause of its own
    return sent.g.has("complementizers", sent.toks[lo]) and ph.i == lo + 1


def _quoted_apart(sent: Sentence, ph: Phrase, k: int) -> bool:
    """«وكشف مصدر من وحدات … "رفض القادة …"»: a quotation opening between a phrase and the verb
    parts the speaker from the quoted verb, unless a «أن» clause holds both («إن روسيا «قصفت …»»)."""
    lo, _ = sent.clause(k, HARD)
    return any(sent.quote_opens(b) for b in range(ph.j, k + 1)) and not sent.g.has("complementizers", sent.toks[lo])


def _topic(sent: Sentence, ph: Phrase, k: int) -> bool:
    """A subject far before its verb: nothing that governs another clause stands between them
    («وكانت كتائب القسام … قد أطلقت» yes; «الوفد السوري شدد … ما دمرته الحرب» no)."""
    for b in range(ph.j, k):
        if sent.g.has("reporting_verbs", sent.toks[b]) or (b in sent.trigger_starts and b != k):
            return False
    return True


def _phrase_after(sent: Sentence, k: int, hi: int, adverbs: bool = True) -> Phrase | None:
    """The participant phrase right after token k, past time words, not inside a prepositional phrase."""
    k = _skip_adverbs(sent, k, hi) if adverbs else k
    if k >= hi or sent.has_prep(k):
        return None
    return phrase_at(sent, k, hi)


def subject_before(sent: Sentence, k: int) -> Phrase | None:
    """The nearest participant before token k in its clause that no preposition governs (SVO)."""
    lo, _ = sent.clause(k, HARD)
    if lo < k and sent.g.has("complementizers", sent.toks[lo]):
        lo += 1
    best, i = None, lo
    while i < k:
        governed = sent.has_prep(i) or (i > lo and sent.g.has("locatives", sent.toks[i - 1])) \
            or named_place(sent, i)
        ph = None if governed else phrase_at(sent, i, k)   # «شمال شرق بغداد» is a place
        if ph:
            best, i = ph, ph.j
        else:
            i += 1
    return best


def _waging_owner(sent: Sentence, k: int, hi: int) -> Phrase | None:
    """The armed group or force after «لـ» at token k, which wages the act named before it."""
    owner = phrase_at(sent, k, hi)
    armed = owner is not None and owner.actors and all(a.sector in WAGING_SECTORS for a in owner.actors)
    return owner if armed else None


def nominal_roles(sent: Sentence, m: Match) -> Roles:
    """A verbal noun's participants: its demonym, its possessor, «لـ» owner, «بين X و Y», prepositions."""
    roles = Roles()
    if sent.g.has("predicate_adjectives", sent.toks[m.i]) and (topic := subject_before(sent, m.i)) \
            and topic.j == m.i:
        roles.actors = list(topic.actors)   # «إن إيران مستعدة للدفاع»: Iran is ready
        _frames(sent, m, roles)
        return roles
    waging = sent.waging_verb(m.j)
    if waging is not None and waging >= m.j:
        return _waged_roles(sent, m, waging + 1, roles)
    _, hi = sent.clause(m.i, HARD)
    k = m.j
    side = roles.recipients if m.trigger.type in PATIENT_TYPES else roles.actors
    adj = sent.entity_at(k)
    if adj and adj[0].label == "NORP" and not sent.toks[k].prefix and _ends_on_object(sent, m):
        roles.recipients = [a for a in (entity_actor(adj[0]),) if a]   # «طرد 23 دبلوماسيا روسيا»
    elif adj and adj[0].label == "NORP" and not sent.toks[k].prefix:
        roles.actors, k = _demonym_pair(sent, k, hi)
    elif k < hi and sent.bounds[k] == NONE and "ل" in sent.toks[k].prefix and (owner := _waging_owner(sent, k, hi)):
        roles.actors.extend(owner.actors)   # «هجوم للحوثيين على المطار» («زيارة لمصر» is where to)
    elif k < hi and sent.bounds[k] == NONE and not sent.toks[k].prefix:
        # «شارك في الاجتماع وفد سوري»: a definite noun takes no genitive
        owner = phrase_at(sent, k, hi) if not is_definite(sent.toks[m.j - 1]) else None
        if owner and side is roles.recipients and (_armed_agent(sent, owner, hi)
                                                   or sent.g.has("agentive_act_nouns", sent.toks[m.i])):
            roles.actors.extend(owner.actors)  # «قصف القوات الحكومية للغوطة»: the forces shell
            _owner_with_lam(sent, owner.j, hi, roles.recipients)
        elif owner and side is roles.actors and sent.toks[m.j - 1].suffix in POSSESSIVES:
            roles.recipients.extend(owner.actors)   # «لقائه نائب وزير الخارجية التركي»: the pronoun
        elif owner:                                  # owns the act, the noun after it is its object
            side.extend(owner.actors)
        else:
            _owner_with_lam(sent, k, hi, side)
    _frames(sent, m, roles)
    return roles


def _armed_agent(sent: Sentence, owner, hi: int) -> bool:
    """Armed forces after an act noun wage it when a «لـ» target follows them, others when a named
    one does, and aircraft and artillery always do («قصف الطيران التركي»); «قصف القوات الكردية»
    alone has them as its target."""
    if not owner.actors:
        return False
    armed = all(a.sector == ARMED_SECTOR for a in owner.actors)
    if armed and sent.g.has("weapon_agents", sent.toks[owner.i]):
        return True
    if owner.j >= hi or sent.bounds[owner.j] != NONE:
        return False
    nxt = sent.toks[owner.j]
    if sent.g.has("affiliation_words", sent.toks[owner.j - 1]):
        return False   # «طرد الميليشيات التابعة لإيران»: the «لـ» is the adjective's
    lam = "ل" in nxt.prefix or not nxt.prefix and nxt.norm.startswith(DEFINITE_LAM)  # «للغوطة»
    # any other owner wages it only before a named target («قصف النظام السوري للغوطة»), not
    # before «للمرة الثانية»
    return lam and (armed or sent.entity_at(owner.j) is not None or head_sector(sent, owner.j) is not None)


def _waged_roles(sent: Sentence, m: Match, k: int, roles: Roles) -> Roles:
    """«الهجوم الذي تشنه تركيا على الوحدات الكردية»: the subject of the light verb in the relative
    wages the act; a recipient preposition after it names the target."""
    _, hi = sent.clause(k, HARD)
    owner = phrase_at(sent, k, hi)
    if owner:
        roles.actors, k = list(owner.actors), owner.j
    preps = recipient_prepositions(m.trigger.type)
    for j in range(k, min(hi, k + 3)):
        if _opens_recipient(sent, j, preps, j - k):
            target = phrase_at(sent, j + (0 if sent.toks[j].prefix else 1), hi)
            if target and not _same_side(target.actors, roles.actors):
                roles.recipients = list(target.actors)
            break
    return roles


def _owner_with_lam(sent: Sentence, k: int, hi: int, side: list[Actor]) -> None:
    """«انسحاب فوري للقوات الإسرائيلية»: the owner after «لـ», past an adjective or two."""
    for j in range(k, min(hi, k + MAX_ADJECTIVES + 1)):
        if sent.bounds[j] != NONE:
            return
        tok = sent.toks[j]
        if "ل" in tok.prefix:
            owner = phrase_at(sent, j, hi)
            if owner:
                side.extend(owner.actors)
            return
        if tok.prefix or sent.entity_at(j):
            return


def _demonym_pair(sent: Sentence, k: int, hi: int) -> tuple[list[Actor], int]:
    """«لقاء سوري–إسرائيلي», «هجوم اسرائيلي»: the demonyms after a noun name its actors."""
    out = []
    while k < hi:
        hit = sent.entity_at(k)
        if not hit or hit[0].label != "NORP" or not hit[0].country:
            break
        actor = entity_actor(hit[0])
        if actor:
            out.append(actor)
        k = hit[1]
        if k < hi and sent.bounds[k] != NONE:
            break
    return out, k


def _frames(sent: Sentence, m: Match, roles: Roles) -> None:
    """«بين X و Y», «بوساطة X», «على يد X», recipients after their prepositions, and the place."""
    lo, hi = sent.clause(m.i, HARD)
    preps = recipient_prepositions(m.trigger.type)
    k, base = m.j, _after_subject(sent, m, roles)
    end = sent.next_trigger(m.j, hi)  # frames after the next trigger are that trigger's
    while k < min(hi, end):
        tok, ph = sent.toks[k], None
        if tok.norm == "بين" and not roles.reciprocal:
            ph = phrase_at(sent, k + 1, hi)
            if ph and len(ph.actors) > 1:
                roles.actors, roles.reciprocal = list(ph.actors), True
            elif k + 1 < hi and sent.g.has("reciprocal_anaphors", sent.toks[k + 1]):
                roles.reciprocal = True  # «بين الطرفين»: the parties already named
        elif sent.g.has("mediator_markers", tok):
            ph = _marked_phrase(sent, k + 1, hi)
            if ph:
                roles.mediators = list(ph.actors)
        elif sent.g.has("agent_markers", tok) and k > m.j and sent.toks[k - 1].norm in AGENT_PREPOSITIONS:
            ph = phrase_at(sent, k + 1, hi)
            if ph:
                roles.actors = list(ph.actors)
        elif not roles.recipients and _opens_recipient(sent, k, preps, k - max(m.j, base)):
            ph = phrase_at(sent, k + (0 if tok.prefix else 1), hi)
            if ph and not _same_side(ph.actors, roles.actors):
                roles.recipients = list(ph.actors)
        k = ph.j if ph else k + 1
    roles.location = location_near(sent, m, min(hi, end))


def _after_subject(sent: Sentence, m: Match, roles: Roles) -> int:
    """The token after a subject that follows the verb: a recipient's reach counts from there
    («سخرت المتحدثة باسم وزارة الخارجية الروسية ماريا زخاروفا من بريطانيا»)."""
    ends = [a.end for a in roles.actors if a.start >= sent.toks[m.j - 1].end]
    if not ends:
        return m.j
    return next((k for k in range(m.j, len(sent.toks)) if sent.toks[k].start >= max(ends)), len(sent.toks))


@lru_cache(maxsize=None)
def recipient_prepositions(etype: str) -> dict[str, int]:
    """Preposition (normalised) -> reach in words, for the recipients of one type (grammar.yaml)."""
    table = read_yaml("events/grammar.yaml")["recipient_prepositions"]
    return {normalize(w): reach for w, reach in table.get(etype, table["default"]).items()}


def _same_side(new: tuple[Actor, ...], actors: list[Actor]) -> bool:
    """Whether a would-be recipient shares a country with the actors."""
    return any(a.country and a.country == b.country for a in new for b in actors)


def _marked_phrase(sent: Sentence, k: int, hi: int) -> Phrase | None:
    """The phrase after «بوساطة»: a demonym adjective or a named mediator."""
    if k >= hi:
        return None
    hit = sent.entity_at(k)
    if hit and hit[0].label == "NORP":
        actor = entity_actor(hit[0])
        return Phrase((actor,), k, hit[1]) if actor else None
    return phrase_at(sent, k, hi)


def _opens_recipient(sent: Sentence, k: int, preps: dict[str, int], dist: int) -> bool:
    """Whether token k is, or carries, a recipient preposition close enough to the trigger."""
    tok = sent.toks[k]
    if tok.norm in preps:
        return dist < preps[tok.norm]
    return any(len(p) == 1 and p in tok.prefix and dist < reach for p, reach in preps.items())
