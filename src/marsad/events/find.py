"""`find_events(doc)`: PLOVER events from a Doc's body sentences, each with its evidence."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby

from ..doc import Actor, Doc, Event
from .actors import OUTLET_SECTOR, Phrase, feminine_past, head_sector, received
from .agents import (VIOLENT_TYPES, act_as_subject, blame_condemned, judged, main_subject, relative_agent,
                     relative_subject, spoken_attack, subject_slot_empty, suffered)
from .anchors import (SPORT_ARTICLE, SPORT_SENTENCE, accidental_death, backing_adjunct, done_by_time, lasting_state,
                      names_a_thing, sport_sense, sport_words)
from .context import HARD, MIN_SENTENCES, NONE, SOFT, Sentence, prepare, short_mentions
from .grammar import GLUED, letters, looks_imperfect, word_key
from .draft import (SPEECH_TYPES, Draft, coordinate, draft_of, fold_complements, fold_descriptions,
                    obligations, qualify_adverbials)
from .evidence import build_event, governing_date
from .home import home_country, with_home
from .aims import is_aim
from .modality import modality_of
from .quoted import direct_quotes, first_person, quoted_speaker
from .occurrence import lacks_participants, unreported_modality
from .speakers import antecedent, first_speaker, own_side, speaker_before, subject_of_clause
from .strict import DEMAND_MODES
from .tolls import fold_tolls
from .triggers import match_triggers

FIRST_PERSON = letters("first_person_letters")   # the first letters of a first-person verb


@dataclass
class Discourse:
    """What earlier sentences established: the meeting under discussion and who spoke last."""

    meeting: tuple[Actor, ...] = ()
    last_subject: tuple[Actor, ...] = ()
    reported: set[str] = field(default_factory=set)  # event types reported so far
    pair: tuple[Actor, ...] = ()  # the two sides of the last event between two countries
    # (content start, content end, speaker) of the direct quotes, when the quotes stage ran
    quotes: list[tuple[int, int, tuple[Actor, ...]]] = field(default_factory=list)


def find_events(doc: Doc) -> list[Event]:
    """Events of every body sentence, in text order; headlines and boilerplate never yield any."""
    sents = body_sentences(doc)
    article = len(sents) >= MIN_SENTENCES
    counts = [sport_words(s.toks) for s in sents]
    sport = sum(counts) >= SPORT_ARTICLE
    state, out = Discourse(quotes=direct_quotes(doc)), []
    for sent, count in zip(sents, counts):
        sent.in_article, sent.sport = article, sport or count >= SPORT_SENTENCE
        out.extend(sentence_events(doc, sent, state))
    return with_home(out, home_country(doc) if article else None)


def body_sentences(doc: Doc) -> list[Sentence]:
    """The body sentences prepared for coding, with their entities and dates."""
    index = {id(s): n for n, s in enumerate(doc.sentences)}
    wanted = {index[id(s)] for s in doc.body_sentences()}
    ents = sorted(doc.entities, key=lambda e: e.start)
    starts = [e.start for e in ents]
    short = short_mentions(ents)
    out = []
    for sid, group in groupby(doc.tokens, key=lambda t: t.sentence):
        if sid not in wanted:
            continue
        s = doc.sentences[sid]
        lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
        dates = [d for d in doc.dates if s.start <= d.start < s.end]
        out.append(prepare(doc.text, list(group), sid, ents[lo:hi], dates, short))
    return out


def sentence_events(doc: Doc, sent: Sentence, state: Discourse) -> list[Event]:
    """Read every trigger of a sentence, fold complements, fill missing actors, build events."""
    drafts = read_drafts(sent)
    referents = _referents(sent, drafts, state)
    kept: list[Draft] = []
    echoes: list[Draft] = []
    for d in drafts:
        if d.anaphoric:
            echoes.append(d)
        if d.absorbed or d.anaphoric or (d.type != "REQUEST" and is_aim(sent, d.match, d.verbal)):
            continue
        d.date = governing_date(sent, d)
        stop = d.complement.i if d.complement is not None else None
        first = d.extra.get("with")
        d.modality = first.modality if first is not None else \
            modality_of(sent, d.match, doc.meta.published, d.date, stop, d.type)
        if d.referential and d.modality == "happened":
            d.modality = "historical"  # referred to, not reported: background
        if d.modality == "demanded" and d.type != "REQUEST":
            _as_request(sent, d)
        referent = referents.get(sent.clause(d.i, HARD)[0], ("", ()))
        relative_agent(sent, d)
        if (act := d.extra.get("why_of")) is not None and act.roles.actors:
            d.roles.actors = list(act.roles.actors)   # «انسحب المحامون احتجاجا»: they protested
        _fill_actors(sent, d, state, referent)
        if d.type == "ASSAULT" and spoken_attack(sent, d):
            d.type, d.mode = "ACCUSE", "disapprove"   # «هاجم ترامب وسائل الإعلام»: in words
        if d.generic and d.modality == "happened" and not _named_agent(sent, d):
            d.modality = unreported_modality(sent, d.i)  # «يقتلون الجزائريين»: no occurrence told
        if d.modality == "happened" and lacks_participants(sent, d.match, d.type, d.roles):
            d.modality = unreported_modality(sent, d.i)
        if _mentioned_again(d, referent):
            echoes.append(d)
            continue  # «اللقاء … اقتصر على مشاورات»: the same meeting, mentioned again
        if d.type == "CONSULT" and d.roles.actors:
            state.meeting = tuple(d.roles.actors + d.roles.recipients)
        kept.append(d)
    blame_condemned(sent, kept)
    folded = fold_tolls(sent, kept, echoes, "ASSAULT" in state.reported)
    events = [build_event(doc, sent, d) for d in _merged(sent, folded)]
    _remember(sent, events, state)
    return events


def read_drafts(sent: Sentence) -> list[Draft]:
    """Every trigger of the sentence read, with names and complements folded in."""
    names = frozenset(k for i, (e, j) in sent.entities.items() if e.label in ("PER", "ORG", "LOC")
                      for k in range(i, j))
    matches = [m for m in match_triggers(sent.toks, participants=participant_tokens(sent), names=names,
                                         bounds=sent.bounds)
               if not (names_a_thing(sent, m) or done_by_time(sent, m) or lasting_state(sent, m)
                       or backing_adjunct(sent, m) or accidental_death(sent, m) or sport_sense(sent, m))]
    sent.trigger_starts = tuple(m.i for m in matches)
    drafts = [draft_of(sent, m) for m in matches]
    fold_descriptions(sent, drafts)
    fold_complements(sent, drafts)
    coordinate(sent, drafts)
    qualify_adverbials(sent, drafts)
    _coordinated_subjects(sent, drafts)
    _mark_prior_acts(sent, drafts)
    act_as_subject(sent, drafts)
    return sorted(drafts + obligations(sent, drafts), key=lambda d: d.i)


def _coordinated_subjects(sent: Sentence, drafts: list[Draft]) -> None:
    """«اقتحم مسلحو حماس منزلا … وقتلوا قائدا»: «و» + a plural verb goes on with the last subject, and so
    does «و» + a feminine past verb with no subject of its own after a feminine one."""
    last: list[Actor] = []
    last_verb_feminine = False
    for d in drafts:
        tok = sent.toks[d.i]
        carried = not d.roles.actors and not d.roles.passive and last_verb_feminine and feminine_past(tok)
        if d.verbal and tok.prefix[:1] in GLUED and last and (tok.norm.endswith("وا") or carried):
            d.roles.actors = list(last)   # «اقتحمت قوة … واختطفت رئيس المجلس وأطلقت النار»
        if d.verbal and d.roles.actors:
            last, last_verb_feminine = d.roles.actors, feminine_past(tok)


def _mark_prior_acts(sent: Sentence, drafts: list[Draft]) -> None:
    """Each protest noun's nearest act verb before it in its clause (no speech: «أدان»; other
    nouns name acts their own genitives or the clause's subject wage: «تسميم», «المعركة»)."""
    last: Draft | None = None
    for d in drafts:
        if last is not None and sent.clause(last.i, HARD)[0] != sent.clause(d.i, HARD)[0]:
            last = None
        if not d.verbal and last is not None and d.type == "PROTEST" != last.type:
            d.extra["prior_act"] = last   # the crowd that acted protested
        if d.verbal and d.type not in SPEECH_TYPES and not d.roles.passive:   # (passive_forms are passive)
            last = d


def participant_tokens(sent: Sentence) -> frozenset[int]:
    """Tokens inside names, participant nouns and dates: they may stand inside a split trigger
    («استدعت اليوم السبت السفير»)."""
    inside = {k for i, (_, j) in sent.entities.items() for k in range(i, j)}
    inside |= {k for k in range(len(sent.toks)) if head_sector(sent, k) is not None or sent.in_date(k)}
    return frozenset(inside)


def _as_request(sent: Sentence, d: Draft) -> None:
    """«ضرورة وقف الحرب»: a demanded event is a REQUEST by the demander (rule demanded_is_request).

    Those asked to act are the demanded event's own participants after it; whoever stands before
    the demand is the demander, found like any speaker.
    """
    d.mode = DEMAND_MODES.get(d.type, "change")
    d.type = "REQUEST"
    after = [a for a in d.roles.actors if a.start > sent.toks[d.i].start]
    d.roles.recipients = d.roles.recipients or after
    d.roles.actors = []


def _mentioned_again(d: Draft, referent: tuple) -> bool:
    """A trigger whose only participants are those of the earlier event of its own type."""
    if d.roles.recipients:
        return False
    return (d.inherited == "referent" and d.type == referent[0]) or \
        (d.inherited == "meeting" and d.type == "CONSULT")


def _referents(sent: Sentence, drafts: list[Draft], state: Discourse) -> dict[int, tuple]:
    """Clause start -> (type, participants) of the meeting a bare «اللقاء» there refers to."""
    out: dict[int, tuple] = {}
    for d in drafts:
        if d.anaphoric and d.type == "CONSULT" and state.meeting:
            out.setdefault(sent.clause(d.i, HARD)[0], (d.type, state.meeting))
    return out


INTRANSITIVE_TYPES = frozenset(("PROTEST",))   # «وتظاهر آلاف المعلمين»: a noun after it is its subject
OWN_ACTORS = ("", "clause")   # where an actor came from when the clause itself names it


def _fill_actors(sent: Sentence, d: Draft, state: Discourse, referent: tuple) -> None:
    """Actors for a trigger whose clause names none: speaker, clause subject, or the discourse."""
    roles = d.roles
    if roles.actors and state.pair and all(_names_the_pair(sent, a) for a in roles.actors):
        roles.actors, d.inherited = list(state.pair), "pair"  # «كما تحادث الوزيران»
    if roles.reciprocal and not roles.actors and state.meeting:
        roles.actors, d.inherited = list(state.meeting), "meeting"
    if not roles.actors:
        roles.actors, d.inherited = _inherited(sent, d, state, referent)
    roles.actors = own_side(sent, roles.actors)
    if d.inherited not in OWN_ACTORS:  # borrowed sides never include the recipient's country;
        recipients = {a.country for a in roles.recipients if a.country}   # named ones may
        roles.actors = [a for a in roles.actors if not a.country or a.country not in recipients]


def _names_the_pair(sent: Sentence, a: Actor) -> bool:
    """«الوزيران», «الطرفان»: a dual that stands for the two sides already named."""
    return word_key(a.text) in sent.g.lists["reciprocal_anaphors"]


def _inherited(sent: Sentence, d: Draft, state: Discourse, referent: tuple) -> tuple[list, str]:
    """(actors, where from) for a trigger without actors of its own: the first source that names
    any, passing over an outlet for an act that is no speech («حصلت عليها رويترز: "… اغتيال الملكة"»:
    the outlet reports it)."""
    for actors, source in _sources(sent, d, state, referent):
        if actors and (d.type in SPEECH_TYPES or any(a.sector != OUTLET_SECTOR for a in actors)):
            return list(actors), source
    return [], ""


def _sources(sent: Sentence, d: Draft, state: Discourse, referent: tuple) -> Iterator[tuple[list, str]]:
    """Where a trigger's actors may come from, nearest first."""
    if d.type in SPEECH_TYPES:   # «وتابع الوزير: "نرفض …، ونجدد تأكيدنا على ضرورة انسحاب …"»
        yield quoted_speaker(state.quotes, sent.toks[d.i].start), "clause"   # the speaker demands it
    prior = _prior_act(sent, d)
    if prior is not None:
        yield prior.roles.actors, "clause"   # «أحرق متظاهرون أعلام اسرائيل … في احتجاجات»
    found = _from_sentence(sent, d)
    if found:
        yield found.actors, "clause"
    if referent[1] and (referent[0] != d.type or not d.verbal):
        yield referent[1], "referent"
    if _demonstrative_before(sent, d.i) and state.last_subject:
        yield state.last_subject, "previous"
    if d.type in ("AGREE", "CONSULT") and state.meeting and (d.roles.passive or not d.verbal):
        yield state.meeting, "meeting"
    if _opens_sentence(sent, d) and state.last_subject:
        yield state.last_subject, "previous"  # «… وزير الداخلية. وسيلتقي بعثة …»
    tok = sent.toks[d.i]
    if d.verbal and not d.roles.passive and first_person(tok.norm, tok.suffix):
        yield quoted_speaker(state.quotes, tok.start), "clause"  # «وتابع البشير: "بحثت مع …"»


def _prior_act(sent: Sentence, d: Draft) -> Draft | None:
    """The act verb that governs a noun event after it in its clause («أحرق متظاهرون أعلام اسرائيل
    وأطلقوا النار … في احتجاجات»): its subject, not its object, took part."""
    prior = d.extra.get("prior_act")
    return prior if not d.verbal and prior is not None and prior.roles.actors else None


def _opens_sentence(sent: Sentence, d: Draft) -> bool:
    """A third-person active verb opening its sentence with no subject of its own: the subject
    is the one the text was just telling about (Arabic drops a known subject)."""
    tok = sent.toks[d.i]
    first = d.i == 0 or _after_connective(sent, d.i)
    return d.verbal and not d.roles.passive and first \
        and tok.norm[:1] not in FIRST_PERSON and not tok.suffix \
        and (d.type not in SPEECH_TYPES | INTRANSITIVE_TYPES or subject_slot_empty(sent, d))


def _after_connective(sent: Sentence, k: int) -> bool:
    """«كما دمرت …», «ثم قصفت …»: a verb right after a sentence-opening connective."""
    return k == 1 and sent.g.has("sentence_connectives", sent.toks[0])


def _from_sentence(sent: Sentence, d: Draft) -> Phrase | None:
    """The speaker of a speech act or of «لقائه»; else the subject of a noun's governing verb."""
    if d.verbal and relative_subject(sent, d):
        return antecedent(sent, d.i - 1)
    if (main := main_subject(sent, d)) is not None:
        return main
    if d.verbal and sent.participant_after_preposition(d.i - 1) and not d.roles.passive:
        return antecedent(sent, d.i)  # «القبض على طالب قتل والديه»: the student did it
    done_to = d.possessive and d.type in VIOLENT_TYPES and not sent.g.has("agentive_act_nouns", sent.toks[d.i])
    if d.type in SPEECH_TYPES or d.possessive and not done_to:   # «تم احتجازه»: the pronoun suffered it
        return speaker_before(sent, d.i) or subject_of_clause(sent, d.i)
    if not d.verbal or done_to:
        if d.type in VIOLENT_TYPES and d.i > 0 and sent.g.has("cause_words", sent.toks[d.i - 1]):
            return None   # «ضحايا من المدنيين جراء غارات التحالف»: those before suffered it
        if d.type != "ASSAULT" and (own := _announced_act(sent, d)):
            return own   # «أعلنت ماي عن طرد 23 دبلوماسيا روسيا»: she announces her government's act
        ph = subject_of_clause(sent, d.i, skip_reporters=not _meeting_during(sent, d))
        if ph is not None and (d.type in VIOLENT_TYPES and suffered(sent, ph) or judged(sent, ph)
                               or received(sent, ph, d.type)):
            return None   # «أصيب مستوطن بجروح في عملية طعن», «أدان الوزير الاغتيال»: he did not do it
        return ph
    lo, _ = sent.clause(d.i, HARD)
    for k in range(d.i - 1, max(lo, d.i - 3) - 1, -1):
        tok = sent.toks[k]
        if sent.g.has("complementizers", tok) and tok.suffix or sent.g.has("pronoun_complementizers", tok) \
                or sent.g.has("own_country", tok) and tok.suffix:
            return speaker_before(sent, k)  # «أعلنت ماي أنها ستطرد», «قال إن بلاده ستفرض»: the speaker's
    return None


def _announced_act(sent: Sentence, d: Draft) -> Phrase | None:
    """The subject of a reporting verb whose object is the act noun itself (maybe after «عن»)."""
    ph = speaker_before(sent, d.i)
    if ph is None or ph.j > d.i:
        return None
    gap = sent.toks[ph.j:d.i]
    direct = not gap or len(gap) == 1 and sent.g.has("announcing_prepositions", gap[0])
    return ph if direct and all(sent.bounds[b] == NONE for b in range(ph.j, d.i + 1)) else None


def _meeting_during(sent: Sentence, d: Draft) -> bool:
    """«واعتبر الوزير خلال زيارة للجزائر»: a meeting that sets the time of what someone said has
    that speaker among its participants, so the reporter's subject is the actor here."""
    return d.type == "CONSULT" and d.i > 0 and sent.g.has("circumstance_words", sent.toks[d.i - 1])


def _demonstrative_before(sent: Sentence, k: int) -> bool:
    """«جاء ذلك خلال …»: a demonstrative before the trigger stands for the last event."""
    lo, _ = sent.clause(k, HARD)
    return any(sent.g.has("demonstratives", t) for t in sent.toks[lo:k])


def _named_agent(sent: Sentence, d: Draft) -> bool:
    """«ودمرت مقاتلات التحالف العربي آليات»: a past verb whose agent is a named, located actor
    reports, even without a toll, count or place, where an article's body goes on reporting (or
    a lone sentence goes on with «و»)."""
    tok = sent.toks[d.i]
    past = not looks_imperfect(tok)
    goes_on = sent.in_article or (d.i == 0 and tok.prefix.startswith("و")) or _after_connective(sent, d.i)
    return goes_on and past and any(
        a.country and (a.kb_id or a.name or a.sector) for a in d.roles.actors)


def _merged(sent: Sentence, drafts: list[Draft]) -> list[Draft]:
    """One event per type and clause («لقاء … الاجتماع» about one meeting), and an event without
    actors folded into one of its type in the same sentence («قتل ثمانية … عندما فجر انتحاري نفسه»)."""
    out: list[Draft] = []
    for d in drafts:
        measures = [_listed_measures(sent, e, d) for e in out]
        same = next((e for e, other in zip(out, measures) if not other and e.type == d.type
                     and e.modality == d.modality and (
                         sent.clause(e.i, SOFT)[0] == sent.clause(d.i, SOFT)[0]
                         or (not e.roles.actors or not d.roles.actors) and not _two_verbs(e, d))), None)
        partner = next((e for e, other in zip(out, measures) if other), None)
        if same is None and partner is not None and d.inherited and partner.roles.actors:
            d.roles.actors = list(partner.roles.actors)   # «طرد دبلوماسيين وتعليق الاتصالات»: one side's
        if same is None:
            out.append(d)
        else:
            _fill_from(same, d)
    return out


def _two_verbs(a: Draft, b: Draft) -> bool:
    """Two finite verbs are two acts even when one leaves its subject unsaid («استنكرت … واتهمت»)."""
    return a.match.trigger.pos == b.match.trigger.pos == "verb"


def _listed_measures(sent: Sentence, a: Draft, b: Draft) -> bool:
    """«طرد 23 دبلوماسيا وتعليق الاتصالات»: different act nouns joined by «و» are several measures
    (one meeting may be named twice: «لقاء … والاجتماع»)."""
    return a.type != "CONSULT" and not a.verbal and not b.verbal and sent.toks[b.i].prefix[:1] in GLUED \
        and a.match.trigger.form != b.match.trigger.form


def _fill_from(keep: Draft, other: Draft) -> None:
    """Give `keep` the participants it lacks from another reading of the same event."""
    a, b = keep.roles, other.roles
    if not a.actors and b.actors:
        a.actors, keep.inherited = b.actors, other.inherited
    a.recipients = a.recipients or b.recipients
    a.mediators = a.mediators or b.mediators
    a.location = a.location or b.location
    keep.date = keep.date or other.date


def _remember(sent: Sentence, events: list[Event], state: Discourse) -> None:
    """Keep the sentence's subject for a «جاء ذلك» in the sentence after."""
    speaker = first_speaker(sent)
    state.reported.update(e.type for e in events)
    for e in events:
        sides = {a.country: a for a in e.actors + e.recipients if a.country}
        if len(sides) == 2:
            state.pair = tuple(sides.values())
    if events and events[0].actors:
        state.last_subject = events[0].actors
    elif speaker:
        state.last_subject = speaker.actors
