"""Who did it when the clause does not say it plainly: dropped subjects, relatives, victims, words."""
from __future__ import annotations

from ..doc import Actor
from .actors import Phrase, head_sector, phrase_at, title_sectors, verbs_around
from .context import HARD, NONE, Sentence, is_preposition
from .draft import Draft
from .grammar import POSSESSIVES, PREP_CLITICS, word_key
from .speakers import RELATIVES, antecedent

ARMED_SECTORS = frozenset(("MIL", "COP", "SPY", "UAF", "REB", "PRM"))   # sectors that bear arms
VIOLENT_TYPES = ("ASSAULT", "COERCE")   # acts whose sufferers may stand before them as subject
ACT_ADJECTIVES = 2    # «الغارات الروسية استهدفت»: adjectives between an act noun and its verb
CONDEMNED_REACH = 4   # «أدانت وزارة الخارجية المصرية هجمات …»: words from the verb to the act it names


def spoken_attack(sent: Sentence, d: Draft) -> bool:
    """«هاجم ترامب الوزارة»: an attack that only people named or titled wage, none of them armed,
    is made in words; those who suffered one («تعرض نافالني لهجمات») are not its agents."""
    return sent.g.has("verbal_attack_words", sent.toks[d.i]) and len(d.match.tokens) == 1 \
        and not d.inherited and bool(d.roles.actors) and all(_unarmed_person(sent, a) for a in d.roles.actors)


def _unarmed_person(sent: Sentence, a: Actor) -> bool:
    """A participant that is a named person or a civilian title («الرئيس», «رؤساء الهيئات»)."""
    k = next((n for n, t in enumerate(sent.toks) if a.start < t.end), None)   # a «و» kept on «وفد» too
    if k is None or a.sector in ARMED_SECTORS:
        return False
    hit = sent.entity_at(k)
    if hit is not None:
        return hit[0].label == "PER"
    return word_key(sent.toks[k].norm) in title_sectors()


def subject_slot_empty(sent: Sentence, d: Draft) -> bool:
    """«ودعت إلى …», «واستدعت كذلك نائب السفير»: a speech verb whose next word is a preposition,
    a complementizer or the object already read names no subject; «ووصفت السلطات» does."""
    k = d.i + 1
    while k < len(sent.toks) and (sent.g.has("speaker_skippable", sent.toks[k]) or sent.in_date(k)):
        k += 1
    if k >= len(sent.toks) or sent.bounds[k] != NONE:
        return True
    tok = sent.toks[k]
    if k in d.match.tokens or is_preposition(tok.norm) or sent.has_prep(k) \
            or sent.g.has("complementizers", tok) or sent.g.has("pronoun_complementizers", tok):
        return True
    return any(a.start <= tok.start < a.end for a in d.roles.recipients)


def suffered(sent: Sentence, ph: Phrase) -> bool:
    """A subject right after a passive verb of harm («أصيب», «اغتيل») or a verb of suffering
    («تكبدت الميليشيات خسائر … من غارات التحالف») is its victim."""
    return ph.i > 0 and (sent.g.has("passive_forms", sent.toks[ph.i - 1])
                         or sent.g.has("suffering_verbs", sent.toks[ph.i - 1]))


def judged(sent: Sentence, ph: Phrase) -> bool:
    """The subject of a verb of accusing or condemning («أدان الوزير اغتيال الحريري», «ندد البيت
    الأبيض بقصف …») judges the act its object names, and the subject of a verb of foiling («أحبطت
    قوات الأمن أربع هجمات») stopped it; neither did it. The one accused after the
    subject («اتهمت مصر إسرائيل بقتل …») did."""
    return any(sent.g.has("allegation_words", t) or sent.g.has("foiling_verbs", t) for t in verbs_around(sent, ph))


def main_subject(sent: Sentence, d: Draft) -> Phrase | None:
    """«ووصل الرئيس الإيراني إلى بغداد حيث التقى نظيره»: a verb right after «حيث» or «عندما» with
    no subject of its own goes on with the first subject of the clause before (not an explosion:
    «عندما انفجرت فيهم ست قنابل» has its own subject, which names no participant)."""
    k = d.i - 1
    if not d.verbal or k < 1 or d.roles.passive or d.type in VIOLENT_TYPES:
        return None
    if not (sent.g.has("where_openers", sent.toks[k]) or sent.g.has("time_clause_openers", sent.toks[k])):
        return None
    lo, _ = sent.clause(k - 1, HARD)
    for j in range(lo, k):
        hit = sent.entity_at(j)
        ph = None if sent.has_prep(j) or hit and hit[0].label == "LOC" else phrase_at(sent, j, k)
        if ph is not None:
            return ph
    return None


def blame_condemned(sent: Sentence, drafts: list[Draft]) -> None:
    """«أدانت مصر هجمات إسرائيل على غزة»: whoever did the act a condemnation names as its object
    is the one condemned."""
    for d, e in zip(drafts, drafts[1:]):
        if d.type != "ACCUSE" or not d.verbal or d.roles.recipients or e.verbal or not e.roles.actors:
            continue
        if sent.clause(e.i, HARD)[0] == sent.clause(d.i, HARD)[0] and e.i - d.j <= CONDEMNED_REACH \
                and not _same_actors(d.roles.actors, e.roles.actors):
            d.roles.recipients = list(e.roles.actors)


def _same_actors(a: list[Actor], b: list[Actor]) -> bool:
    """Whether two participant lists share a participant."""
    return any((x.start, x.end) == (y.start, y.end) for x in a for y in b)


def act_as_subject(sent: Sentence, drafts: list[Draft]) -> None:
    """«أن القصف استهدف المدنيين», «في هجوم استهدف قافلة»: a verb right after an act noun (and its
    adjectives) has the act as subject, so the noun after the verb is its object; after an act that
    is no attack a verb of targeting only says whom that act aims at."""
    for e, d in zip(drafts, drafts[1:]):
        if e.verbal or not d.verbal or d.type != "ASSAULT" or head_sector(sent, e.i) is not None:
            continue   # «الانتحاريين فجرا نفسيهما»: people, no act noun
        between = range(e.j, d.i + 1)
        if d.i - e.j > ACT_ADJECTIVES or any(sent.bounds[k] != NONE or sent.toks[k].prefix for k in between):
            continue
        if e.type != "ASSAULT" and sent.g.has("targeting_verbs", sent.toks[d.i]):
            d.absorbed = True   # «العقوبات تستهدف 19 فردا»: whom the sanctions aim at, no attack
            e.roles.recipients = e.roles.recipients or list(d.roles.actors + d.roles.recipients)
        elif d.roles.actors and not d.roles.recipients:
            d.roles.recipients, d.roles.actors = d.roles.actors, []


def relative_agent(sent: Sentence, d: Draft) -> None:
    """«تصريحات ترامب التي اتهمت قطر بتمويل الإرهاب»: a verb right after a relative with no
    pronoun back to its antecedent has that antecedent as subject; the noun after it is its object
    («الهجمات التي شنتها قوات», «المنزل الذي قتل فيه الجنود» keep the subject after the verb)."""
    if not (d.verbal and relative_subject(sent, d)):
        return
    if _resumptive(sent, d.i + 1):
        _, hi = sent.clause(d.i, HARD)
        after = phrase_at(sent, d.i + 2, hi) if d.i + 2 < hi else None
        if after is not None and after.actors:
            d.roles.actors = list(after.actors)   # «التي قصف فيها الطيران الروسي مستشفى»
        return
    ante = antecedent(sent, d.i - 1) if d.roles.actors else None
    if ante is not None and ante.actors:
        d.roles.recipients = d.roles.recipients or d.roles.actors
        d.roles.actors = list(ante.actors)


def _resumptive(sent: Sentence, k: int) -> bool:
    """«فيه», «عليها», «بها»: a preposition carrying the pronoun that points back to the antecedent."""
    if k >= len(sent.toks):
        return False
    tok = sent.toks[k]
    return is_preposition(tok.lemma) and tok.norm != tok.lemma or \
        tok.norm[:1] in PREP_CLITICS and tok.norm[1:] in POSSESSIVES


def relative_subject(sent: Sentence, d: Draft) -> bool:
    """«المسؤولين المحليين الذين طلبوا منه», «مقاتلات التحالف، التي قصفت مواقع»: an active verb
    right after a relative pronoun has the antecedent as subject, unless a pronoun on the verb
    takes the antecedent as its object («المدينة التي تحاصرها»)."""
    tok = sent.toks[d.i]
    return d.i > 0 and sent.toks[d.i - 1].norm in RELATIVES and not d.roles.passive and not tok.suffix
