"""Is a violent or contentious act told as one concrete occurrence, or only named?

News names attacks and protests far more often than it reports one: as a kind of act
(«العمليات الانتحارية»), in commentary («تحالفات انتحارية»), as what someone is accused of or
condemns («متهمين بخطف», «أدانت الهجوم»). A reported occurrence comes with anchors: its toll or
damage («أسفر عن مقتل»), a count of its victims or participants («اختطف مسلحون 15 شخصا»), the time
of the day's news («أمس», «مساء الخميس»), a place («في الرمادي»), or a verb that says it happened
(«شن هجوما», «عبوة ناسفة انفجرت»).
"""
from __future__ import annotations

from functools import lru_cache

from ..resources import read_yaml
from .arguments import DEFINITE_LAM, Roles
from .where import place_words
from .context import HARD, NONE, SOFT, Sentence, is_preposition
from .grammar import GLUED, closed_class, is_definite, looks_imperfect, owned_by_next, word_key
from .triggers import Match

# Types whose noun or verb needs an anchor to count as a reported occurrence.
ANCHORED_TYPES = frozenset(("ASSAULT", "PROTEST"))
COUNT_REACH = 4      # «خطفوا أربعة أوروبيين», «تظاهر نحو ألفي شخص»: words between an act and its count
PLACE_REACH = 4      # «هجوم في الرمادي»: words between an act and the locative of its place
SUPPORT_REACH = 3    # «شن الجيش هجوما», «تعرضت لهجوم»: words between a light verb and its act
OBJECT_REACH = 7     # «اغتالوا رجل الدين الشيعي حجة الاسلام هشام سيموري»: titles before a victim's name
PERFORM_REACH = 7   # tokens back from «بالاحتجاج» to «قام» past its subject
PERFORMED_WITH = "ب"   # the preposition a performing verb takes its act with
GATHER_REACH = 14    # «نزل آلاف الاشخاص (25 الفا حسب المنظمين) الى الشوارع للاحتجاج»
FRAME_REACH = 12     # «اتهمت الشرطة المعتقلين بالتخطيط لتفجير»: words between an allegation and the act
# Closed classes (data/events/grammar.yaml): the conjunctions opening a sentence, and the
# prepositions of «بعد يومين من اغتياله».
SENTENCE_CONJUNCTIONS = closed_class("sentence_conjunctions")
PURPOSE_LAMS = closed_class("purpose_lams")   # «للاحتجاج»: the «لـ» of an aim
HESITATION_PREPOSITIONS = closed_class("hesitation_prepositions")   # «في», «عن» after «يتردد», «يتوانى»
NEGATORS = closed_class("past_negators")
GATHERING_VERBS = closed_class("gathering_verbs")   # past forms as written: «تجمعوا» looks like a present
PRESENT_WAGING = closed_class("present_waging_verbs")   # «تنفذ», which the lemmatiser leaves whole
COUNT_PREPOSITIONS = closed_class("count_prepositions")


def verb_is_reported(sent: Sentence, m: Match) -> bool:
    """Whether a verb of an anchored type reports an occurrence (it must, to have happened)."""
    return not (alleged(sent, m.i) or backgrounded(sent, m)) and verb_is_concrete(sent, m)


def noun_is_reported(sent: Sentence, m: Match) -> bool:
    """Whether a noun of an anchored type reports an occurrence rather than naming one."""
    return not (alleged(sent, m.i) or backgrounded(sent, m)) and noun_is_concrete(sent, m)


def unreported_modality(sent: Sentence, k: int) -> str:
    """What an unreported act is: a present verb tells what is done in general or may be done
    («يقتلون الجزائريين»), anything else recalls the past."""
    return "hypothetical" if looks_imperfect(sent.toks[k]) else "historical"


@lru_cache(maxsize=1)
def participant_types() -> frozenset[str]:
    """Types whose report must name a participant or a place (plover.yaml `requires_participant`)."""
    types = read_yaml("events/plover.yaml")["types"]
    return frozenset(t for t, spec in types.items() if spec.get("requires_participant"))


def lacks_participants(sent: Sentence, m: Match, etype: str, roles: Roles) -> bool:
    """An attack with no attacker, target, victims or place named is a kind of act or a passing
    mention («تفجير قنبلة وسط مدنيين لا يكون إرهابا»), not one occurrence to code; its toll
    («أسفر هجوم انتحاري عن مقتل عشرة أشخاص») names victims, and a verb that says it took place
    («دارت مواجهات», «خرجت مظاهرات») reports one."""
    if etype not in participant_types() or roles.actors or roles.recipients or roles.location:
        return False
    return not (has_toll(sent, m) or _happens(sent, m) or _named_victim(sent, m))


def noun_is_concrete(sent: Sentence, m: Match) -> bool:
    """A noun needs its toll, a chronology date, a happening verb of its own («عبوة ناسفة
    انفجرت»), or two lesser anchors («تعرضت لهجوم في الرمادي مساء الخميس»)."""
    if has_toll(sent, m) or _chronology(sent, m.i) or _happens(sent, m) or _performed_by_crowd(sent, m) \
            or gathered_to_protest(sent, m):
        return True
    weak = (_counted(sent, m), _timed(sent, m.i), _placed(sent, m), _supported(sent, m))
    return sum(weak) >= (1 if sent.in_article else 2)


def verb_is_concrete(sent: Sentence, m: Match) -> bool:
    """A finite verb needs one anchor («اختطف مسلحون 15 شخصا وسط بغداد»); without any it tells
    what is done in general («يقتلون الجزائريين») or comments on the past."""
    return (has_toll(sent, m) or _chronology(sent, m.i) or _counted(sent, m) or _timed(sent, m.i)
            or _placed(sent, m) or _protesters_act(sent, m) or _named_victim(sent, m))


def _named_victim(sent: Sentence, m: Match) -> bool:
    """A past verb whose object is a named person («مسلحين مجهولين اغتالوا العميد جبار مساعد»):
    an act done to someone by name is one occurrence, not a kind of act."""
    if looks_imperfect(sent.toks[m.i]):
        return False
    _, hi = sent.clause(m.i, SOFT)
    for k in range(m.j, min(hi, m.j + OBJECT_REACH)):
        if k > m.j and owned_by_next(sent.toks, k - 1):
            continue  # «استهدف انفجار موكبا لرئيس الوزراء رامي الحمد الله»: whose the object is
        if sent.has_prep(k) or is_preposition(sent.toks[k].norm):
            return False  # «قتلوا في منزل محمد»: past the object
        hit = sent.entity_at(k)
        if hit and hit[0].label == "PER":
            return True
    return False


def _protesters_act(sent: Sentence, m: Match) -> bool:
    """New protesters as the subject just after a protest verb («أقدم متظاهرون على قطع الطريق»,
    «رشق مئات المتظاهرين»): a crowd introduced doing it. «وسار المتظاهرون» goes on about a protest
    told before; governed by a preposition («لتفريق المتظاهرين») they are no subject."""
    if m.trigger.type != "PROTEST":
        return False
    _, hi = sent.clause(m.i, SOFT)
    for k in range(m.i + 1, min(hi, m.i + 1 + COUNT_REACH)):
        tok = sent.toks[k]
        if sent.g.has("protester_nouns", tok):
            new = not is_definite(tok) or sent.g.has("quantifiers", sent.toks[k - 1])
            return new and not sent.has_prep(k) and not tok.prefix
    return False


def has_toll(sent: Sentence, m: Match) -> bool:
    """Casualties, damage or crowds told in the sentence, outside the trigger itself."""
    words = "crowd_words" if m.trigger.type == "PROTEST" else "toll_words"
    return any(sent.g.has(words, t) for k, t in enumerate(sent.toks) if k not in m.tokens)


def _counted(sent: Sentence, m: Match) -> bool:
    """A number or count word shortly before or after the act in its clause."""
    lo, hi = sent.clause(m.i, SOFT)
    near = range(max(lo, m.i - COUNT_REACH), min(hi, m.j + COUNT_REACH))
    return any(k not in m.tokens and _is_count(sent, k) for k in near)


def _is_count(sent: Sentence, k: int) -> bool:
    """A number written in digits or a count word («عشرات», «خمسة»)."""
    tok = sent.toks[k]
    return tok.norm.isdigit() or sent.g.has("count_words", tok)


def _timed(sent: Sentence, k: int) -> bool:
    """A time word of the day's news in the act's own clause («فجر امس», «مساء الخميس»)."""
    lo, hi = sent.clause(k, SOFT)
    return any(sent.g.has("time_words", t) for t in sent.toks[lo:hi])


def _placed(sent: Sentence, m: Match) -> bool:
    """A locative and a place just after the act («هجوم في الرمادي», «في ولاية الوحدة»)."""
    _, hi = sent.clause(m.i, SOFT)
    for k in range(m.j, min(hi - 1, m.j + PLACE_REACH)):
        if "ب" in sent.toks[k].prefix and _is_place(sent, k):
            return True
        if sent.g.has("locatives", sent.toks[k]) and (_is_place(sent, k + 1) or k + 2 < hi and (
                sent.g.has("locatives", sent.toks[k + 1]) and _is_place(sent, k + 2))):
            return True   # «في بغداد», «في وسط مدينة تيزي وزو»
    return False


def _is_place(sent: Sentence, k: int) -> bool:
    """A place name, a word that only places follow («مدينة», «محافظة»), or places in the plural
    past a quantifier («عدة مدن», «شوارع»)."""
    if k + 1 < len(sent.toks) and sent.g.has("quantifiers", sent.toks[k]):
        k += 1
    hit = sent.entity_at(k)
    return bool(hit and hit[0].label == "LOC") or word_key(sent.toks[k].norm) in place_words() \
        or sent.g.has("place_plurals", sent.toks[k])


def performed(sent: Sentence, k: int) -> bool:
    """«قام متظاهرون في ضواحي نابولي بالاحتجاج»: the act a performing verb earlier in the clause,
    past its subject, takes with «بـ»; or one a negated verb of hesitation takes («لم يتردد في»)."""
    lo, _ = sent.clause(k, SOFT)
    start = max(lo, k - PERFORM_REACH)
    if sent.toks[k].prefix != PERFORMED_WITH:
        return _undeterred(sent, k, start)
    return any(sent.g.has("performing_verbs", t) for t in sent.toks[start:k])


def _undeterred(sent: Sentence, k: int, lo: int) -> bool:
    """«لم يتردد الجيش في قصف المدينة», «لم تتوان عن إطلاق النار»: who did not hesitate to do an
    act did it."""
    if k < 2 or sent.toks[k - 1].norm not in HESITATION_PREPOSITIONS:
        return False
    return any(sent.g.has("hesitation_verbs", sent.toks[j]) and sent.toks[j - 1].norm in NEGATORS
               for j in range(max(lo, 1), k - 1))


def gathered_to_protest(sent: Sentence, m: Match) -> bool:
    """«نزل آلاف الأشخاص إلى الشوارع للاحتجاج على تدني الأجور»: people who went out or gathered
    «to protest» did protest; the «لـ» says what the gathering was, no aim still to come."""
    tok = sent.toks[m.i]
    lam = tok.prefix[:-1] if tok.prefix.endswith(DEFINITE_LAM) else tok.prefix   # «للاحتجاج»: ل + the article
    if m.trigger.type != "PROTEST" or lam not in PURPOSE_LAMS or tok.suffix:
        return False
    lo, _ = sent.clause(m.i, HARD)
    return any(t.norm in GATHERING_VERBS for t in sent.toks[max(lo, m.i - GATHER_REACH):m.i])


def _performed_by_crowd(sent: Sentence, m: Match) -> bool:
    """«قام متظاهرون في ضواحي نابولي بالاحتجاج»: protesters introduced as the subject of the
    performing verb report one protest, as they do right after a protest verb."""
    if m.trigger.type != "PROTEST" or not performed(sent, m.i):
        return False
    lo, _ = sent.clause(m.i, SOFT)
    return any(sent.g.has("protester_nouns", t) and not is_definite(t) and not t.prefix
               for t in sent.toks[max(lo, m.i - PERFORM_REACH):m.i])


def _supported(sent: Sentence, m: Match) -> bool:
    """A light verb that governs the act from just before it in its clause («شن الجيش هجوما»,
    «تعرضت لهجوم»), with no other act between them."""
    if performed(sent, m.i):
        return True
    lo, _ = sent.clause(m.i, HARD)
    for k in range(m.i - 1, max(lo, m.i - SUPPORT_REACH) - 1, -1):
        if sent.g.has("support_verbs", sent.toks[k]) or sent.toks[k].norm in PRESENT_WAGING:
            return True
        if k in sent.trigger_starts:
            return False
    return False


def _happens(sent: Sentence, m: Match) -> bool:
    """A verb that says the act took place: a happening verb of which it is the subject, just
    before it or after it past one adjective («وقع انفجار», «مظاهرة عنيفة اندلعت»), or a light verb
    right after it with the act as its object («هجوم نفذته امرأة», «مظاهرة نظمها حزب البعث»)."""
    if any(_happening(sent, k) for k in _subject_window(sent, m)):
        return True
    return sent.waging_verb(m.j) is not None


def _subject_window(sent: Sentence, m: Match) -> list[int]:
    """Where a verb whose subject is the act may stand: two words before it (not when a preposition
    governs the act: «وقع في الأسر») or after it, within its conjunct («اختطافها والمنبر وقع»)."""
    lo, hi = sent.clause(m.i, SOFT)
    out = [] if sent.has_prep(m.i) else list(range(max(lo, m.i - 2), m.i))
    for k in range(m.j, min(hi, m.j + 2)):
        if sent.toks[k].prefix[:1] in GLUED:
            break
        out.append(k)
    return out


def _happening(sent: Sentence, k: int) -> bool:
    """A happening verb as written, not a «لـ» purpose («لوقوع»)."""
    return sent.g.has("happening_verbs", sent.toks[k]) and not sent.toks[k].prefix.endswith("ل")


def _chronology(sent: Sentence, k: int) -> bool:
    """The sentence opens with a date and the act follows it: an entry of a chronology
    («* 21 مايو 2005: اغتيال …», «29 أغسطس 2003 قتل نحو 80 شخصا»)."""
    first = min(sent.dates, key=lambda d: d.start, default=None)
    if first is None or first.start > sent.toks[min(1, len(sent.toks) - 1)].end:
        return False
    between = [b for b in range(k) if sent.toks[b].start >= first.end and sent.toks[b].is_word]
    return len(between) <= 1


def alleged(sent: Sentence, k: int) -> bool:
    """«اتهمت … بقتل», «متهمين بخطف», «أدانت … الهجوم», «لعلاقتهم بمحاولة شن هجوم»: an act someone
    is accused of, tried for, condemned or linked to is the topic of that statement, not news."""
    lo, _ = sent.clause(k, HARD)
    lo = max(lo, k - FRAME_REACH)
    return any(sent.g.has("allegation_words", t) for t in sent.toks[lo:k])


def backgrounded(sent: Sentence, m: Match) -> bool:
    """The act only dates what the sentence reports: «بعد يومين من اغتياله», «قبل اعدامه», or a
    clause of time opening the sentence («عندما اغتيل مغنية، أعلن نصر الله …»)."""
    k = m.i
    if k > 0 and sent.toks[k - 1].norm in COUNT_PREPOSITIONS and sent.bounds[k] == NONE:
        before = sent.toks[max(0, k - 4):k - 1]
        if any(sent.g.has("time_anchors", t) for t in before):
            return True   # «بعد أسبوعين من خطفه», «بعد ثلاثة أشهر على مكمن»
    if k > 0 and sent.g.has("time_anchors", sent.toks[k - 1]) and sent.bounds[k] == NONE:
        return True   # «قبل اعدامه», «غداة هجوم»
    return _opening_time_clause(sent, k)


def _opening_time_clause(sent: Sentence, k: int) -> bool:
    """The act stands in a «when» clause that opens the sentence, before its main clause."""
    lo, _ = sent.clause(k, HARD)
    opener = sent.toks[lo]
    return _starts_sentence(sent, lo) and sent.g.has("time_clause_openers", opener) and \
        any(sent.bounds[b] != NONE for b in range(k + 1, len(sent.toks)))


def _starts_sentence(sent: Sentence, k: int) -> bool:
    """Token k is the first word of the sentence, past a conjunction or «و/ف»."""
    return all(not t.is_word or t.norm in SENTENCE_CONJUNCTIONS for t in sent.toks[:k])
