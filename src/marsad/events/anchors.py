"""Is a verbal noun reported as news, or only referred to? («أعلنت الشرطة مقتل …» vs «منذ اغتيال الحريري»)."""
from __future__ import annotations

from ..doc import Token
from ..resources import word_class
from .context import HARD, NONE, SOFT, Sentence
from .grammar import closed_class, is_definite, tok_key, word_key
from .occurrence import ANCHORED_TYPES, SUPPORT_REACH, gathered_to_protest, noun_is_reported, performed
from .triggers import Match

REFERENCE_PREPOSITIONS = closed_class("reference_prepositions")   # «التحقيق في الهجوم»
SPORT_WORDS = frozenset(word_key(w) for w in word_class("events/sport.yaml", "sport_words"))
SPORT_SENSES = frozenset(word_key(w) for w in word_class("events/sport.yaml", "sport_senses"))
SPORT_SENTENCE = 2   # sport words that make a sentence a game report («خطف الفوز في المباراة … الدوري»)
SPORT_ARTICLE = 4    # sport words that make a whole article one


def sport_words(toks: list[Token]) -> int:
    """How many words of a game report the tokens hold («مباراة», «الدوري», «لاعب»)."""
    return sum(tok_key(t) in SPORT_WORDS or t.lemma in SPORT_WORDS for t in toks)


def sport_sense(sent: Sentence, m: Match) -> bool:
    """«اللقاء» is the match, «هجومه» the forward line, «طرد» a red card in a game report
    (data/events/sport.yaml): no event."""
    tok = sent.toks[m.i]
    return sent.sport and (tok_key(tok) in SPORT_SENSES or tok.lemma in SPORT_SENSES)


def names_a_thing(sent: Sentence, m: Match) -> bool:
    """«قانون مكافحة الإرهاب», «كنقطة تدريب»: a verbal noun that completes a construct headed by a
    law, an office, a place or a right names that thing; after «تحت» («تحت سيطرة») it is a state.
    No act is told."""
    if m.i == 0:
        return False
    head = sent.toks[m.i - 1]
    if sent.g.has("state_prepositions", head):
        return True  # no verb follows a preposition, whatever the lexicon row's part of speech
    if len(m.tokens) == 1 and sent.participant_after_preposition(m.i):
        return True
    return m.trigger.pos != "verb" and sent.g.has("name_heads", head) and not is_definite(head)


def backing_adjunct(sent: Sentence, m: Match) -> bool:
    """«سيطرت قوات الشرعية على المطار بمساندة التحالف», «تدخلت الرياض بدعم من واشنطن»: backing
    told under «بـ» says how another act was done; it is no act of its own."""
    tok = sent.toks[m.i]
    if m.trigger.type != "SUPPORT" or tok.prefix != BACKED_BY:  # no verb takes «بـ»
        return False
    nxt = sent.toks[m.j].norm if m.j < len(sent.toks) else ""
    return sent.g.has("backing_nouns", tok) or nxt == BACKING_SOURCE


BACKED_BY = "ب"         # «بدعم», «بمساندة»
BACKING_SOURCE = "من"   # «بدعم من الولايات المتحدة»


def accidental_death(sent: Sentence, m: Match) -> bool:
    """«قتل 4 أشخاص في انهيار جسر», «لقي 64 شخصا حتفهم في حريق»: deaths a collapse, a fire or a
    crash caused, told under a preposition in the same clause or by a verb before, are no attack."""
    if m.trigger.type != "ASSAULT" or not sent.g.has("casualty_triggers", sent.toks[m.i]):
        return False
    _, hi = sent.clause(m.i, HARD)
    for k in range(m.j, min(hi, m.j + ACCIDENT_REACH)):
        tok = sent.toks[k]
        if sent.g.has("accident_causes", tok) and (sent.has_prep(k) or sent.g.has("cause_words", sent.toks[k - 1])):
            return True
    return _after_accident(sent, m.i)


def _after_accident(sent: Sentence, i: int) -> bool:
    """«تحطمت طائرة هليكوبتر وسقطت في النهر، مما أسفر عن مقتل ركابها»: an accident verb before the
    deaths, with no other trigger between, caused them."""
    for k in range(i - 1, max(-1, i - ACCIDENT_BACK - 1), -1):
        if k in sent.trigger_starts:
            return False
        if sent.g.has("accident_verbs", sent.toks[k]):
            return True
    return False


ACCIDENT_REACH = 10  # words after the casualty word where its cause may be told
ACCIDENT_BACK = 16   # words before it where an accident verb may have told it («تحطمت طائرة … مما أسفر عن»)


def done_by_time(sent: Sentence, m: Match) -> bool:
    """«ما دمرته سنوات الحرب»: a verb whose subject is years or the war itself tells no act."""
    return m.trigger.pos == "verb" and m.j < len(sent.toks) and sent.bounds[m.j] == NONE \
        and sent.g.has("time_agents", sent.toks[m.j])


def lasting_state(sent: Sentence, m: Match) -> bool:
    """«المناطق التي تسيطر عليها المعارضة»: a present verb of control tells who holds what, no act."""
    return m.trigger.pos == "verb" and sent.g.has("lasting_states", sent.toks[m.i])


def is_reference(sent: Sentence, m: Match) -> bool:
    """A noun event that news refers to rather than reports: governed by «ذكرى», «منذ», «تهمة» …,
    or standing unanchored as the topic of some other statement («أثار اغتيال بوتو أعمال عنف»).

    Reported nouns open their clause («* 21 مايو: اغتيال …»), follow a support or reporting verb
    («أعلنت الشرطة مقتل …», «شن هجوما»), are indefinite («في هجوم انتحاري»), or are dated
    («فجر امس»). Attacks and protests must also come with an occurrence anchor (occurrence.py):
    «العمليات الانتحارية» names a kind of act, «أسفر هجوم انتحاري عن مقتل عشرة» reports one.
    """
    if after_reference_head(sent, m.i):
        return True
    if m.trigger.type in ANCHORED_TYPES and not noun_is_reported(sent, m):
        return True
    if sent.in_article and m.trigger.type not in ANCHORED_TYPES:
        return False  # an article's body goes on telling its news («ترشيح مشترك بين …»)
    if sent.waging_verb(m.j) is not None:
        return False  # «الهجوم الذي تشنه تركيا»: who wages it is told
    return not (_opens_clause(sent, m.i) or _after_support_verb(sent, m.i) or performed(sent, m.i)
                or gathered_to_protest(sent, m) or _indefinite(sent, m) or _dated(sent, m.i))


def after_reference_head(sent: Sentence, k: int) -> bool:
    """«ذكرى اغتيال», «جريمة اغتيال», «منذ اغتيال», «التحقيق في الهجوم»: the head governs the noun
    directly or through one preposition."""
    if k < 1 or sent.bounds[k] >= SOFT:
        return False
    prev = sent.toks[k - 1]
    if sent.g.has("reference_heads", prev):
        return True
    if prev.norm in REFERENCE_PREPOSITIONS and k >= 2 and sent.bounds[k - 1] < SOFT:
        return sent.g.has("reference_heads", sent.toks[k - 2])
    return False


def _opens_clause(sent: Sentence, k: int) -> bool:
    """The noun starts its sentence or clause, past numbers and dates («10 أبريل 2007 فجر …»)."""
    while k > 0 and sent.bounds[k] == NONE:
        prev = sent.toks[k - 1]
        if prev.is_word and not any(d.start <= prev.start < d.end for d in sent.dates):
            return False
        k -= 1
    return k == 0 or sent.bounds[k] == HARD


def _after_support_verb(sent: Sentence, k: int) -> bool:
    """A light or reporting verb shortly before the noun, in its clause."""
    lo, _ = sent.clause(k, SOFT)
    return any(sent.g.has("support_verbs", t) or sent.g.has("happening_verbs", t)
               or sent.g.has("event_subject_verbs", t) or sent.g.has("decision_verbs", t)
               or sent.g.has("circumstance_words", t) or sent.g.has("reporting_verbs", t)
               for t in sent.toks[max(lo, k - SUPPORT_REACH):k])


def after_event_verb(sent: Sentence, k: int) -> bool:
    """«تم الاتفاق على», «جرى الاتفاق», «تجري المفاوضات»: the verb's subject is the event itself;
    «وجهت الاتهام», «وجهت لندن الاتهام»: a light verb, maybe past its subject, has it as object."""
    if k == 0 or sent.bounds[k] != NONE:
        return False
    if sent.g.has("event_subject_verbs", sent.toks[k - 1]) or sent.g.has("directing_verbs", sent.toks[k - 1]):
        return True
    if performed(sent, k):
        return True
    subject = next((i for i, (_, j) in sent.entities.items() if j == k), None)
    return subject is not None and subject > 0 and sent.bounds[subject] == NONE \
        and sent.g.has("directing_verbs", sent.toks[subject - 1])


def _indefinite(sent: Sentence, m: Match) -> bool:
    """An indefinite noun that is not the head of a genitive («هجوم انتحاري», not «اغتيال الحريري»)."""
    if is_definite(sent.toks[m.i]) or sent.toks[m.i].suffix:
        return False
    nxt = m.j
    if nxt >= len(sent.toks) or sent.bounds[nxt] != NONE or sent.toks[nxt].prefix:
        return True
    return not (is_definite(sent.toks[nxt]) or sent.entity_at(nxt))


def _dated(sent: Sentence, k: int) -> bool:
    """A date or a time word in the noun's clause («امس», «فجر اليوم»)."""
    lo, hi = sent.clause(k, SOFT)
    span_lo, span_hi = sent.toks[lo].start, sent.toks[hi - 1].end
    if any(span_lo <= d.start < span_hi for d in sent.dates):
        return True
    return any(sent.g.has("time_words", t) for t in sent.toks[lo:hi])
