"""Whether a found event happened, is planned, negated, denied, demanded, hypothetical or history.

The cues are data (data/events/modality.tsv); this module decides how far each one reaches.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..doc import DateMention, Token
from ..resources import read_tsv, read_yaml, word_class
from ..text.normalize import TATWEEL, normalize
from ..text.tokens import strip_article
from .actors import title_pairs
from .aims import purpose, reach_start
from .context import HARD, SOFT, Sentence
from .occurrence import PRESENT_WAGING
from .grammar import GLUED, closed_class, is_definite, looks_imperfect, noun_marked, present_prefixed, word_key
from .triggers import Match

MODALITIES = ("happened", "planned", "negated", "denied", "demanded", "hypothetical", "historical")
# Which modality wins when cues of several govern one trigger.
PRIORITY = ("denied", "negated", "demanded", "hypothetical", "planned", "historical")
NEGATION_REACH = 3     # «لم يسفر عن اتفاقات»: words between a negator and what it cancels
CALLED_TO = frozenset(normalize(w) for w in closed_class("call_prepositions"))   # «إلى» of «دعا … إلى»
DEMAND_REACH = 6       # «طالب الوزير الحكومة بالإفراج عن …»: words between a demand and its object
AFTER_REACH = 4        # «لقاء مرتقب», «يلتقي الزعيمان الأسبوع المقبل»
# Cues that only reach through «أن» into a complement clause («نفى أن يكون …», «طالب بأن تنسحب»).
CROSSING = frozenset(("denied", "demanded", "hypothetical", "planned"))
CLAUSE_CONJUNCTIONS = closed_class("clause_conjunctions")  # the clitics that open a coordinated clause
STATEMENT_CUES = frozenset(("denied", "demanded"))  # verbs of saying: the next «و» verb is another act
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
KANA = closed_class("kana_forms")
DETERMINERS = closed_class("generic_determiners")
# Particles the tokenizer may leave joined to «و»/«ف» («ولا», «فلن»).
PARTICLES_WITH_CONJUNCTION = closed_class("conjoined_particles")


@dataclass(frozen=True)
class Cues:
    """Modality cues by scope: word sequences before or after a trigger, and prefixes on it."""

    before: dict[tuple[str, ...], str]
    after: dict[tuple[str, ...], str]
    prefix: dict[str, str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The modality cues of data/events/modality.tsv, keyed by their normalised words."""
    before, after, prefix = {}, {}, {}
    for r in read_tsv("events/modality.tsv"):
        words = tuple(normalize(w) for w in r["cue"].replace(TATWEEL, "").split())
        table = {"before": before, "after": after}.get(r["scope"])
        if table is None:
            prefix[words[0]] = r["modality"]
        else:
            table[words] = r["modality"]
    return Cues(before, after, prefix)


def modality_of(sent: Sentence, m: Match, published: str | None, date: DateMention | None,
                stop: int | None = None, etype: str | None = None) -> str:
    """The strongest modality whose cue governs the trigger; «happened» when none does.

    `stop` ends the clause early: «اتُفق على عقد اجتماعات لاحقة» is an agreement that happened
    about meetings that are planned, so the cues of the complement do not count.
    """
    if (etype or m.trigger.type) == "REQUEST":
        return "demanded"
    if stop is not None:
        date = None if date is not None and date.start >= sent.toks[stop].start else date
        sent = replace(sent, toks=sent.toks[:stop], bounds=sent.bounds[:stop])
    found = set(_cues_before(sent, m, etype or m.trigger.type)) | set(_cues_after(sent, m))
    if any(c in sent.toks[m.i].prefix for c in cues().prefix) and _imperfect(sent, m.i) \
            or _future_verb_before(sent, m) or _future_predicate(sent, m):
        found.add("planned")
    found |= _from_grammar(sent, m)
    if _describes_person(sent, m):
        found.add("historical")
    if _present_verb(sent, m):
        found.discard("historical")  # «القضية التي ينفي الكرملين …», «يرفضون لقاءه منذ القرار»: still so
    found |= _from_date(sent, m, published, date)  # «2005: تفجير … يسفر عن»: a dated past stays past
    return next((name for name in PRIORITY if name in found), "happened")


def _since(text: str, at: int, lo: int = 0) -> bool:
    """The date at `at` follows «منذ»: a state began then, it did not happen then."""
    before = text[lo:at].rsplit(None, 1)
    return bool(before) and normalize(before[-1]) in SINCE


SINCE = word_class("dates/word_classes.yaml", "since_words")


def _present_verb(sent: Sentence, m: Match) -> bool:
    """A present-tense trigger verb not under «كان» tells what holds now, however long it has.

    Only unambiguous forms count: «يـ» or «ـون» («ينفي», «يرفضون»); «تجمعوا», «تظاهر» may be past.
    """
    norm = sent.toks[m.i].norm
    if m.trigger.pos != "verb":
        return _waged_now(sent, m)
    return _imperfect(sent, m.i) and not _after_kana(sent, m.i) \
        and (norm.startswith(PRESENT_PREFIXES) or norm.endswith(PRESENT_SUFFIXES))


def _waged_now(sent: Sentence, m: Match) -> bool:
    """«حيث تنفذ القوات التركية عملية عسكرية … منذ يناير»: an act a present light verb wages
    goes on now, however long ago it began."""
    lo, _ = sent.clause(m.i, SOFT)
    return any((_present_support(sent, k) or sent.toks[k].norm in PRESENT_WAGING) and not _after_kana(sent, k)
               for k in range(max(lo, m.i - WAGED_REACH), m.i))


def _future_verb_before(sent: Sentence, m: Match) -> bool:
    """«سيشارك في اجتماع», «ستقوم بطرد دبلوماسيين»: a noun governed by a verb of the future
    in its own clause tells what is to come."""
    lo, _ = sent.clause(m.i, SOFT)
    return any(_future_verb(sent, k) for k in range(lo, m.i))


def _future_verb(sent: Sentence, k: int) -> bool:
    """A present verb under the future prefix («سيشارك», «ستستأنف»)."""
    return sent.toks[k].prefix.endswith(tuple(cues().prefix)) and _imperfect(sent, k)


def _future_predicate(sent: Sentence, m: Match) -> bool:
    """«إن المفاوضات مع المعارضة ستستأنف», «الاجتماع سيعقد غدا»: a noun event that is the subject
    of a future verb soon after it is to come."""
    if m.trigger.pos == "verb" or sent.toks[m.i].prefix or m.i and sent.g.has("prepositions", sent.toks[m.i - 1]):
        return False
    _, hi = sent.clause(m.i, SOFT)
    for k in range(m.j, min(hi, m.j + DEMAND_REACH)):
        if sent.g.has("relatives", sent.toks[k]) or k in sent.trigger_starts or _next_verb(sent, k):
            return False
        if _future_verb(sent, k):
            return True
    return False


def _next_verb(sent: Sentence, k: int) -> bool:
    """«الاجتماع انتهى وسيعقد الوزيران مؤتمرا»: a word opened by «و» that names no participant
    starts the next clause."""
    tok = sent.toks[k]
    return tok.prefix.startswith(tuple(GLUED)) and sent.entity_at(k) is None and sent.g.head_sector(tok) is None


def _cues_before(sent: Sentence, m: Match, etype: str) -> list[str]:
    """Modalities of cues before the trigger that reach it."""
    table, out = cues().before, []
    lo = reach_start(sent, m.i)
    for k in range(lo, m.i):
        for n in (3, 2, 1):
            name = _lookup(table, sent.toks[k:k + n])
            if n == 1 and sent.participant_after_preposition(k):
                name = None  # «على طالب قتل»: a student, no demand
            if name and _reaches(sent, k, n, m, name):
                out += [] if n == 1 and _decision_is_act(sent, k, etype) else [name]
                break
    return out


def _decision_is_act(sent: Sentence, k: int, etype: str) -> bool:
    """«قررت الحكومة طرد السفير»: deciding or ordering a sanction is the sanction, not its plan."""
    return etype in decision_types() and sent.g.has("decision_verbs", sent.toks[k])


@lru_cache(maxsize=1)
def decision_types() -> frozenset[str]:
    """Types whose act is itself a decision (plover.yaml `decision_is_act`)."""
    types = read_yaml("events/plover.yaml")["types"]
    return frozenset(t for t, spec in types.items() if spec.get("decision_is_act"))


def _lookup(table: dict[tuple[str, ...], str], toks: list) -> str | None:
    """The modality of a cue of these words: as written, or a single word without its article or
    an unsplit «و»/«ف» («الخشية», «ولا تريد»)."""
    name = table.get(tuple(t.norm for t in toks))
    if name or len(toks) != 1:
        return name or _joined_lookup(table, toks)
    return next((table[(k,)] for k in _cue_forms(toks[0]) if (k,) in table), None)


def _joined_lookup(table: dict[tuple[str, ...], str], toks: list) -> str | None:
    """A cue of several words whose first word still carries «و»/«ف» («وفي حال», «فمن المقرر»)."""
    first = toks[0].norm
    if toks[0].prefix or len(first) < 3 or first[:1] not in GLUED:
        return None
    return table.get((first[1:],) + tuple(t.norm for t in toks[1:]))


def _cue_forms(tok: Token) -> list[str]:
    """Other forms a one-word cue may be written in: without the article, without «و»/«ف», without
    an object pronoun («قواته يمكنها اقتحام», «دعاهم إلى»)."""
    stem = tok.norm[:-len(tok.suffix)] if tok.suffix and tok.norm.endswith(tok.suffix) else tok.norm
    return [strip_article(tok.norm), _bare(tok), stem]


def _bare(tok: Token) -> str:
    """A particle without the conjunction the tokenizer left on it («ولا» → «لا», «فلن» → «لن»)."""
    if not tok.prefix and len(tok.norm) in (3, 4) and tok.norm[:1] in GLUED and \
            tok.norm[1:] in PARTICLES_WITH_CONJUNCTION:
        return tok.norm[1:]
    return tok.norm


def _reaches(sent: Sentence, k: int, n: int, m: Match, name: str) -> bool:
    """Whether a cue at token k (n words) governs the trigger at m.i."""
    soft_lo, _ = sent.clause(m.i, SOFT)
    word = _bare(sent.toks[k])
    if name == "negated":
        if k < soft_lo or m.i - (k + n) > NEGATION_REACH - 1 or word == "ما":
            return False  # «ما دمرته الحرب»: in news «ما» is far more often «what» than «not»
        if _subject_of_negated_verb(sent, k + n, m):
            return False
        if k + n < len(sent.toks) and sent.g.has("still_verbs", sent.toks[k + n]):
            return False  # «لا يزال السكان يتظاهرون»: they still protest
        return not (word == "لا" and not _imperfect_or_verb(sent, k + n, m))
    if name == "demanded" and (m.i - (k + n) > DEMAND_REACH - 1 and not _called_to(sent, k, m)
                               or _negated_cue(sent, k)):
        return False
    if word in DETERMINERS:
        return k + n == m.i  # «أي هجوم»: «any» makes generic only the noun it determines
    if word == "قد" and n == 1:
        return _imperfect(sent, k + 1) and not _after_kana(sent, k)
    if word == "ان" and n == 1:  # «إن»/«أن» are «that»; «إن» is «if» only opening a sentence
        return k == 0 and sent.toks[k].text.startswith("إ")
    if name in STATEMENT_CUES and _new_conjunct(sent, k + n, m):
        return False
    if name in CROSSING and _new_statement(sent, k + n, m.i):
        return False
    return name in CROSSING or k >= soft_lo


def _called_to(sent: Sentence, k: int, m: Match) -> bool:
    """«دعا قادة الحراك الاجتماعي في مدينة جرادة الاثنين إلى مظاهرات»: the «إلى» of a call,
    however long its subject, governs the noun right after it in the same clause."""
    lo, _ = sent.clause(m.i, SOFT)
    return k >= lo and m.i > 0 and sent.toks[m.i - 1].norm in CALLED_TO and not sent.toks[m.i].prefix \
        and not any(sent.toks[b].norm in CALLED_TO for b in range(k + 1, m.i - 1))


def _new_statement(sent: Sentence, lo: int, hi: int) -> bool:
    """«مصر يمكنها أن تقود الحوار، لافتا إلى أن البابا رحب»: a speech verb opening a clause between
    the cue and the trigger starts another statement, which the cue does not govern."""
    return any((sent.bounds[b] >= SOFT or sent.toks[b].prefix in GLUED) and
               strip_article(sent.toks[b].norm) in speech_forms() for b in range(lo, hi))


@lru_cache(maxsize=1)
def speech_forms() -> frozenset[str]:
    """Written forms of the speech verbs that take a clause (data/quotes/verbs.tsv)."""
    return frozenset(normalize(r["form"]) for r in read_tsv("quotes/verbs.tsv") if r["clause"] == "yes")


def _new_conjunct(sent: Sentence, lo: int, m: Match) -> bool:
    """«نفت ذلك وتعهدت بالرد»: a verb opened by «و» is the speaker's next statement, unless it
    stands inside the clause the cue took with «أن» («نفى أن يكون التقى ترامب وتحدث معه»)."""
    return m.trigger.pos == "verb" and sent.toks[m.i].prefix in CLAUSE_CONJUNCTIONS \
        and not any(sent.g.has("complementizers", t) for t in sent.toks[lo:m.i])


def _subject_of_negated_verb(sent: Sentence, v: int, m: Match) -> bool:
    """«لم تسفر المفاوضات عن اتفاق»: a noun right after the negated verb is its subject; what is
    denied is what it did, not that it took place — unless the verb says just that («لم يقع هجوم»)."""
    return m.trigger.pos != "verb" and v == m.i - 1 and is_definite(sent.toks[m.i]) and \
        not (sent.g.has("happening_verbs", sent.toks[v]) or sent.g.has("event_subject_verbs", sent.toks[v]))


def _negated_cue(sent: Sentence, k: int) -> bool:
    """«لا حاجة إلى», «ليسوا بحاجة»: a negator just before a cue cancels it."""
    return k > 0 and cues().before.get((_bare(sent.toks[k - 1]),)) == "negated"


def _imperfect_or_verb(sent: Sentence, k: int, m: Match) -> bool:
    """«لا»/«ما» negate only a verb: the trigger itself as a verb, or a present verb after them."""
    return k == m.i and m.trigger.pos == "verb" or _imperfect(sent, k)


def _imperfect(sent: Sentence, k: int) -> bool:
    """Whether token k looks like a present-tense verb (يعقد، تنسحب)."""
    return k < len(sent.toks) and looks_imperfect(sent.toks[k])


def _after_kana(sent: Sentence, k: int) -> bool:
    """«كانت … قد أطلقت»: «قد» after «كان» is a pluperfect, not a possibility."""
    return any(sent.toks[b].lemma in KANA for b in range(max(0, k - 4), k))


def _cues_after(sent: Sentence, m: Match) -> list[str]:
    """Modalities of cues just after the trigger in its clause («لقاء مرتقب»)."""
    table, out = cues().after, []
    _, hi = sent.clause(m.i, SOFT)
    for k in range(m.j, min(hi, m.j + AFTER_REACH)):
        for n in (5, 3, 2, 1):
            name = table.get(tuple(t.norm for t in sent.toks[k:k + n]))
            if name == "planned" and _perfect_verb(sent, m):
                break  # «ثم قتلا في وقت لاحق»: later than the last act, still in the past
            if name and _after_cue_reaches(sent, k, m):
                out.append(name)
                break
    return out


def _perfect_verb(sent: Sentence, m: Match) -> bool:
    """The trigger is a finite past verb («أفرجت»), which no later time can make planned."""
    tok = sent.toks[m.i]
    return m.trigger.pos == "verb" and not looks_imperfect(tok) and not noun_marked(tok)


def _after_cue_reaches(sent: Sentence, k: int, m: Match) -> bool:
    """An adjective cue («السابق», «المرتقب») describes the noun just before it: the trigger
    («الاتفاق السابق») or a time noun («الأسبوع المقبل»), not «الأمين العام السابق»."""
    if k == m.j or not sent.toks[k].norm.startswith("ال"):
        return True
    title = (word_key(sent.toks[k - 2].norm), word_key(sent.toks[k - 1].norm)) in title_pairs()
    return sent.g.has("time_nouns", sent.toks[k - 1]) and not title   # «الأمين العام السابق»


def _from_grammar(sent: Sentence, m: Match) -> set[str]:
    """Purposes («في خطوة تهدف إلى استئناف المفاوضات») are aims, not facts: hypothetical."""
    return {"hypothetical"} if purpose(sent, m) else set()


def _describes_person(sent: Sentence, m: Match) -> bool:
    """«الحريري الذي اغتيل في فبراير», «الهجوم الذي استهدف …»: a relative clause describes
    someone or something already named; what it tells is background, not the sentence's news."""
    lo, _ = sent.clause(m.i, HARD)
    cleft = lo > 0 and sent.toks[lo - 1].norm in CLEFT_PRONOUNS
    return sent.toks[lo].norm in RELATIVES and m.i - lo <= 3 and not cleft and not _present_support(sent, lo + 1)


def _present_support(sent: Sentence, k: int) -> bool:
    """«الغوطة التي تشهد قتالا عنيفا»: a light verb in the present tells what goes on now."""
    if k >= len(sent.toks) or not sent.g.has("support_verbs", sent.toks[k]):
        return False
    return _imperfect(sent, k) and present_prefixed(sent.toks[k])


RELATIVES = closed_class("short_relatives")
WAGED_REACH = 8   # «حيث تشن أنقرة مع فصائل سورية موالية لها هجوما»: words from the light verb to the act
CLEFT_PRONOUNS = closed_class("cleft_pronouns")
PRESENT_PREFIXES = tuple(closed_class("present_verb_prefixes"))  # «يـ»: never a past form
PRESENT_SUFFIXES = tuple(closed_class("present_verb_suffixes"))  # «ـون»


def _from_date(sent: Sentence, m: Match, published: str | None, date: DateMention | None) -> set[str]:
    """A governing date after publication makes an event planned, an earlier year historical."""
    if date is not None and date.value and published:
        if date.value[:10] > published[:10]:
            return {"planned"}
        if date.value[:4] < published[:4] and not _since(sent.text, date.start):
            return {"historical"}  # «المحاصرة منذ 2013»: what began then still goes on
        return set()
    lo, hi = sent.clause(m.i, SOFT if not published else HARD)
    start = sent.toks[lo].start
    years = [y.group() for y in YEAR_RE.finditer(sent.text, start, sent.toks[hi - 1].end)
             if not _since(sent.text, y.start(), start)]
    if not years:
        return set()
    # Without a publication date an explicit year still marks history: the news of the day
    # names days, not years («في فبراير (شباط) 2005»).
    return {"historical"} if not published or max(years) < published[:4] else set()

