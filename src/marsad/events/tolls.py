"""Casualties told with an attack: the toll of that attack, one event, not an attack of their own."""
from __future__ import annotations

from ..doc import Actor
from .context import Sentence
from .draft import Draft


def fold_tolls(sent: Sentence, drafts: list[Draft], echoes: list[Draft],
               attack_reported: bool) -> list[Draft]:
    """«قتل 16 مدنيا في غارة تركية»: the casualties are the attack's toll, one event, reported
    as the casualty clause tells it (the attack noun alone reads as background). The toll of an
    attack already reported («قتلوا في الغارة», «لم يقتل أحد في الغارة») adds no event."""
    attacks = [d for d in drafts + echoes if d.type == "ASSAULT" and not _casualty(sent, d)]
    if not attacks:
        return drafts
    out = []
    for d in drafts:
        if d.type != "ASSAULT" or not _casualty(sent, d) or d.modality not in TOLL_MODALITIES:
            out.append(d)
            continue
        attack = min(attacks, key=lambda a: abs(a.i - d.i))
        if _own_agent(d, attack):
            out.append(d)  # «قتل الجيش ثلاثة مسلحين في اشتباك»: a killing with its own agent
            continue
        if attack in echoes and not attack_reported:
            out.append(d)  # «قتل خمسة في الهجوم» opening a text: the toll is the report
            continue
        if attack in echoes or d.modality == "negated":
            continue
        if attack.modality == "historical" and d.modality == "happened":
            attack.modality = "happened"
        others = _not_party(d.roles.actors, attack)
        moved = [] if attack.roles.actors else [a for a in others if _agent_like(a)]
        attack.roles.actors = attack.roles.actors or moved  # «شنت الميليشيات قصفا … أسفر عن مقتل»
        attack.roles.recipients = attack.roles.recipients or d.roles.recipients or [
            a for a in others if a not in moved]
        attack.roles.location = attack.roles.location or d.roles.location
        attack.date = attack.date or d.date
    return [d for d in out if not _echo(d, out)]


TOLL_MODALITIES = ("happened", "historical", "negated")


def _own_agent(d: Draft, attack: Draft) -> bool:
    """A named agent of a killing that is no party to the attack it would be the toll of
    («أدى قصف القوات الكردية إلى مقتل جنديين»: the forces shelled are no killers of their own)."""
    return bool(attack.roles.actors) and any(_agent_like(a) for a in _not_party(d.roles.actors, attack))


def _agent_like(a: Actor) -> bool:
    """A state or an armed or official body, not civilians: someone who can wage an attack."""
    return bool(a.country) or a.sector not in (None, "", "CVL")


def _not_party(actors: list[Actor], attack: Draft) -> list[Actor]:
    """The actors that are neither side of the attack."""
    party = {(a.start, a.end) for a in attack.roles.actors + attack.roles.recipients}
    return [a for a in actors if (a.start, a.end) not in party]


def _echo(d: Draft, drafts: list[Draft]) -> bool:
    """«غارة تركية استهدفت مستشفى»: an actorless background reading of an attack the sentence reports."""
    return d.type == "ASSAULT" and d.modality == "historical" and not d.roles.actors and any(
        o is not d and o.type == d.type and o.modality == "happened" for o in drafts)


def _casualty(sent: Sentence, d: Draft) -> bool:
    """Whether an attack trigger only tells its victims («قتل», «مقتل», «أصيب»)."""
    return sent.g.has("casualty_triggers", sent.toks[d.i])
