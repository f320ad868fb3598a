"""Aims, not events: a verbal noun in a purpose clause names what another act is for («بهدف التوصل
إلى اتفاق», «لتسوية القضية»), while «ومن أجل ذلك» only links to what was said before."""
from __future__ import annotations

from .context import HARD, SOFT, Sentence
from .grammar import is_definite
from .occurrence import PURPOSE_LAMS, gathered_to_protest
from .triggers import Match


def reach_start(sent: Sentence, i: int) -> int:
    """Where the clause governing token i begins, looking through «أن» complements."""
    k = i
    while k > 0:
        if sent.bounds[k] == HARD and not sent.g.has("complementizers", sent.toks[k]):
            return k
        k -= 1
    return 0


def is_aim(sent: Sentence, m: Match, verbal: bool) -> bool:
    """A verbal noun naming the aim of another act («بهدف التوصل إلى اتفاق», «لتسوية القضية») is no
    event; a finite verb there («كي يجتمع») stays one, hypothetical (modality._from_grammar)."""
    return not verbal and purpose(sent, m)


def purpose(sent: Sentence, m: Match) -> bool:
    """The trigger stands in a purpose clause: after a purpose word or under «لـ»."""
    lo = reach_start(sent, m.i)
    return _purpose_lam(sent, m) or any(sent.g.has("purpose_markers", sent.toks[k]) and not _connective(sent, k)
                                        for k in range(lo, m.i))


def _connective(sent: Sentence, k: int) -> bool:
    """«ومن أجل ذلك، لم يتورع …»: a purpose word whose object is a demonstrative links to what was
    said before; it names no aim of what follows."""
    return k + 1 < len(sent.toks) and sent.g.has("demonstratives", sent.toks[k + 1])


def _purpose_lam(sent: Sentence, m: Match) -> bool:
    """«لتسوية القضية», «لطرد الوحدات الكردية», «ليحتل»: a verbal noun or a subjunctive under «لـ»
    after a finished clause is its aim, no event told. With a pronoun it mostly gives a cause
    («لاتهامه», «لتورطه»), and is left alone."""
    k = m.i - 1 if m.i and sent.g.has("purpose_light_verbs", sent.toks[m.i - 1]) else m.i  # «لتقوم بعمليات»
    tok = sent.toks[k]
    if tok.prefix not in PURPOSE_LAMS or tok.suffix or k == 0 or gathered_to_protest(sent, m):
        return False
    lo, _ = sent.clause(k, SOFT)
    governed = any(sent.g.has("lam_governors", t) for t in sent.toks[max(lo, k - 2):k])  # «يعد محاموه لرفع»
    if k == lo or governed or (k - 1) in sent.trigger_starts:
        return False
    for j in range(k - 1, lo - 1, -1):   # «تعرضت منطقة الغوطة الشرقية المحاصرة قرب دمشق لهجمات»
        if sent.g.has("support_verbs", sent.toks[j]):
            return False   # «تعرضت المدينة لقصف»
        if j in sent.trigger_starts and not is_definite(sent.toks[j]):
            break   # «أطلقت عملية عسكرية لطرد …»: the light verb governs the other act («المحاصرة» describes)
    return True
