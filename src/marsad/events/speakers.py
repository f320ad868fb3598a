"""Who speaks or governs a clause: the subject of a reporting verb, of a relative, of the clause."""
from __future__ import annotations

from dataclasses import replace

from ..doc import Actor
from .actors import Phrase, phrase_at
from .arguments import subject_before
from .context import HARD, NONE, Sentence
from .grammar import POSSESSIVES, closed_class

MAX_SUBJECT_SKIP = 4   # time words and particles between a reporting verb and its subject
RELATIVES = closed_class("relatives")
SKIPPABLE = closed_class("speaker_skippable")   # «وقال أمس الوزير», «وأكد بدوره الوزير»


def is_reporting(sent: Sentence, k: int) -> bool:
    """Whether token k is a reporting verb («قال», «أكد», «أعلن» …)."""
    return sent.g.has("reporting_verbs", sent.toks[k])


def speaker_before(sent: Sentence, k: int) -> Phrase | None:
    """The subject of the reporting verb whose clause holds token k («أكد الوفد السوري رفضه …»).

    The search goes back across «أن» but not into another clause («وسط تحذيرات» is no one's speech).
    """
    for r in range(min(k, len(sent.toks)) - 1, -1, -1):
        if is_reporting(sent, r):
            return reporter_subject(sent, r, k)
        if sent.bounds[r] == HARD and r > 0 and not sent.g.has("complementizers", sent.toks[r]) \
                and not _relative_before_reporter(sent, r):
            return None
    return None


def own_side(sent: Sentence, actors: list[Actor]) -> list[Actor]:
    """«قالت الوزيرة الفرنسية إن حكومتها قررت …»: a participant noun under a pronoun with no country
    of its own belongs to the speaker's country."""
    out = []
    for a in actors:
        k = next((k for k, t in enumerate(sent.toks) if t.start == a.start), None)
        if not a.country and k is not None and sent.toks[k].suffix in POSSESSIVES:
            speaker = speaker_before(sent, k)
            country = next((x.country for x in speaker.actors if x.country), None) if speaker else None
            a = replace(a, country=country) if country else a
        out.append(a)
    return out


def _relative_before_reporter(sent: Sentence, r: int) -> bool:
    """«الذي أعلن …»: a relative pronoun that opens the reporting clause itself."""
    return sent.toks[r].norm in RELATIVES and r + 1 < len(sent.toks) and is_reporting(sent, r + 1)


def first_speaker(sent: Sentence) -> Phrase | None:
    """The subject of the sentence's first reporting verb."""
    for r in range(len(sent.toks)):
        if is_reporting(sent, r):
            return reporter_subject(sent, r, len(sent.toks))
    return None


def reporter_subject(sent: Sentence, r: int, limit: int) -> Phrase | None:
    """A reporting verb's subject: after it (VSO), the antecedent of «الذي», or before it."""
    k = r + 1
    while k < limit and k - r <= MAX_SUBJECT_SKIP and _skippable(sent, k):
        k += 1
    if k < limit and not sent.has_prep(k):
        ph = phrase_at(sent, k, limit)
        if ph:
            return ph
    if r > 0 and sent.toks[r - 1].norm in RELATIVES:
        return antecedent(sent, r - 1)
    return subject_before(sent, r)


def _skippable(sent: Sentence, k: int) -> bool:
    """Particles and time words between a verb and its subject, and commas around an apposition."""
    tok = sent.toks[k]
    return tok.norm in SKIPPABLE or \
        any(d.start <= tok.start < d.end for d in sent.dates)


def antecedent(sent: Sentence, rel: int) -> Phrase | None:
    """«توماس باراك، الذي أعلن»: the nearest participant before a relative pronoun."""
    best = None
    k = max(0, rel - 12)
    while k < rel:
        ph = phrase_at(sent, k, rel)
        if ph:
            best, k = ph, ph.j
        else:
            k += 1
    return best


def subject_of_clause(sent: Sentence, k: int, skip_reporters: bool = False) -> Phrase | None:
    """The subject of the verb governing a noun at token k; a reporter's subject is no actor."""
    ph = subject_before(sent, k)
    if ph is None:
        return None
    if skip_reporters and _reports(sent, ph):
        return None
    return ph


def _reports(sent: Sentence, ph: Phrase) -> bool:
    """Whether a phrase is the subject of a reporting verb just before or after it."""
    lo, _ = sent.clause(ph.i, HARD)
    before = range(max(lo, ph.i - MAX_SUBJECT_SKIP), ph.i)
    if any(is_reporting(sent, b) for b in before):
        return True
    return ph.j < len(sent.toks) and sent.bounds[ph.j] == NONE and is_reporting(sent, ph.j)
