"""Participant phrases: entities and common nouns («مسؤولين سوريين») resolved to country and sector."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..doc import Actor, Entity, Token
from ..resources import read_tsv, read_yaml
from ..entities.lexicon import key_of, media_heads
from ..text.normalize import normalize
from .context import NONE, Sentence
from .grammar import GLUED, closed_class, is_definite, letters, looks_imperfect, ordered_class, word_key

ACTING_PLACES = ("country", "metonym")  # places that act: states and seats of government
MAX_QUANT = 4      # «حوالي خمسة آلاف شخص»: counting words before the noun
MAX_MODIFIERS = 3  # «مستشار الرئيس الفرنسي»: nouns and adjectives after the head
LOCAL_SECTORS = ("JUD", "COP")   # courts, prosecutors, police: of the place they sit in
OUTLET_SECTOR = "MED"   # news outlets: they report acts, and do only what they say or print


@dataclass(frozen=True, slots=True)
class Phrase:
    """Actors named by a phrase over tokens i..j-1 (a coordination names several)."""

    actors: tuple[Actor, ...]
    i: int
    j: int
    counted: bool = False  # opened by a number or counting word («قتل 150 مدنيا»)


@lru_cache(maxsize=1)
def title_sectors() -> dict[str, str]:
    """One-word titles from the entity data («مستشار», «المبعوث») as participant nouns."""
    words = {word_key(r["title"]): r["sector"] for r in read_tsv("entities/titles.tsv")
             if " " not in r["title"].strip()}
    return {k: v for k, v in words.items() if k not in NOT_TITLES}


@lru_cache(maxsize=1)
def title_pairs() -> frozenset[tuple[str, str]]:
    """Two-word titles from the entity data («الأمين العام», «المدعي العام») as key pairs."""
    pairs = (r["title"].split() for r in read_tsv("entities/titles.tsv"))
    return frozenset((word_key(p[0]), word_key(p[1])) for p in pairs if len(p) == 2)


# Titles whose spelling, once normalised, is also a common word («الإمام» = «أمام» in front of).
NOT_TITLES = closed_class("not_titles")


def head_sector(sent: Sentence, k: int) -> str | None:
    """Sector implied by a participant noun or title at token k; None when it is neither."""
    if _opening_verb(sent, k):
        return None   # «طالب بعض الإعلاميين بمعاقبة …»: he demanded, no student
    if _describes_previous(sent, k):
        return None   # «مؤتمر صحفي»: a press conference, no journalist
    sector = sent.g.head_sector(sent.toks[k])
    if sector is None:
        sector = title_sectors().get(word_key(sent.toks[k].norm))
    return sector


def _describes_previous(sent: Sentence, k: int) -> bool:
    """«مؤتمر صحفي», «المجتمع المدني»: a nisba agreeing in definiteness with a listed noun before it
    is its adjective («تدريب الميليشيا», a genitive, is no such pair)."""
    tok = sent.toks[k]
    if not k or tok.prefix or not tok.norm.endswith(NISBA):
        return False
    prev = sent.toks[k - 1]
    return sent.g.has("described_nouns", prev) and is_definite(prev) == is_definite(tok)


def _opening_verb(sent: Sentence, k: int) -> bool:
    """A bare trigger word opening its clause is the clause's verb, no participant noun."""
    tok = sent.toks[k]
    return k in sent.trigger_starts and sent.bounds[k] != NONE and not is_definite(tok) \
        and (not tok.prefix or tok.prefix in GLUED)


def entity_actor(e: Entity, sector: str | None = None) -> Actor | None:
    """An entity as an actor: places act only as states or seats of government."""
    if e.label == "LOC" and e.source not in ACTING_PLACES and not e.metonym_for:
        return None
    if e.label == "MISC":
        return None
    country = e.metonym_for or e.country
    sec = sector or e.sector or ("GOV" if e.label == "LOC" else None)
    return Actor(e.start, e.end, e.text, kb_id=e.kb_id if e.label != "NORP" else None,
                 country=country, sector=sec, name=e.name)


EACH_OF = ordered_class("each_of")      # «كل من»
FEMININE_ENDINGS = ordered_class("feminine_endings")    # ه first: the singular's ending
FEMININE_NISBA = ordered_class("feminine_nisba_endings")
NISBA = ordered_class("nisba_endings")      # «صحفي», «عسكري»
ACCUSATIVE = ordered_class("accusative_endings")   # «جنديا»
MASCULINE_PLURAL = ordered_class("masculine_plural_endings")   # «دبلوماسيين», «المسؤولون»
TEH = letters("teh")   # the «ـت» of a feminine past verb
ON_BEHALF = closed_class("on_behalf")   # «باسم»
MEMBERSHIP = closed_class("membership_prepositions")   # «مسؤول في وزارة …»
MEMBERSHIP_CLITIC = read_yaml("events/grammar.yaml")["membership_clitic"]   # «أعضاء بمجلس …»


def phrase_at(sent: Sentence, k: int, hi: int) -> Phrase | None:
    """The participant phrase starting at token k (before `hi`), coordinations included; «كل من»
    opens a coordination of several («قطعت كل من السعودية والإمارات علاقاتها»)."""
    if k + 2 < hi and tuple(t.norm for t in sent.toks[k:k + 2]) == EACH_OF and sent.bounds[k + 2] == NONE:
        k += 2
    first = _one_phrase(sent, k, hi)
    if first is None:
        return None
    actors, j = list(first.actors), first.j
    while j < hi and sent.toks[j].prefix.startswith("و") and sent.bounds[j] == NONE:
        nxt = _one_phrase(sent, j, hi, inherit=actors[-1].sector)
        if nxt is None:
            break
        actors.extend(nxt.actors)
        j = nxt.j
    return Phrase(tuple(actors), first.i, j, first.counted)


def _one_phrase(sent: Sentence, k: int, hi: int, inherit: str | None = None) -> Phrase | None:
    """One participant: [counting words] (entity | noun [nouns/adjectives] [من places])."""
    start, counted = k, False
    while k < hi and k - start < MAX_QUANT and _is_counting(sent, k):
        counted, k = True, k + 1
    if k >= hi or (k > start and sent.bounds[k] != NONE):
        return None
    hit = sent.entity_at(k)
    if hit and k > start and sent.toks[k - 1].norm == "من" and hit[0].label == "LOC":
        return None  # «مناطق عدة من لبنان»: a place of origin, not a counted group
    if hit:
        if hit[0].label == "NORP" and k == start and _modifies_previous(sent, k):
            return None  # «على الأراضي السورية»: an adjective of the noun before it
        hit = _apposed(sent, hit, hi)
        actor = entity_actor(hit[0])
        j = hit[1]
        if actor and hit[0].label == "NORP" and j < hi and _is_adjective(sent, j) and head_sector(sent, j) is not None:
            j += 1   # «أحد التونسيين الشباب»: a people noun after the demonym describes the same people
        return Phrase((actor,), k, j, counted) if actor else None
    if (outlet := _headed_outlet(sent, k, hi)) is not None:
        return Phrase((outlet[0],), k, outlet[1], counted)   # «اعتذرت قناة الجزيرة»
    sector = head_sector(sent, k)
    if sector is None:
        return None
    ph = _noun_phrase(sent, k, hi, sector or inherit or "", counted)
    if sent.g.is_weak_head(sent.toks[k]) and not any(a.country for a in ph.actors):
        return None  # «وحدة الأراضي», «إلى جانب»: no participant without a country
    return ph


def _modifies_previous(sent: Sentence, k: int) -> bool:
    """Whether a demonym at token k follows a noun it describes rather than standing alone."""
    if k == 0 or sent.bounds[k] != NONE or sent.toks[k].prefix:
        return False
    prev = sent.toks[k - 1]
    return prev.is_word and not sent.g.has("quantifiers", prev) and head_sector(sent, k - 1) is None \
        and not sent.g.has("reporting_verbs", prev)


def _is_counting(sent: Sentence, k: int) -> bool:
    """Numbers and counting words that open a phrase («مئات», «عدد من», «5»)."""
    tok = sent.toks[k]
    return not tok.is_word or sent.g.has("quantifiers", tok)


def _apposed(sent: Sentence, hit: tuple[Entity, int], hi: int) -> tuple[Entity, int]:
    """«ولي العهد السعودي محمد بن سلمان»: a role and the name of the same person right after it
    are one participant (the name); two different people side by side stay two."""
    j = hit[1]
    nxt = sent.entity_at(j) if j < hi and sent.bounds[j] == NONE and not sent.toks[j].prefix else None
    if nxt and hit[0].label == nxt[0].label == "PER" and hit[0].name and hit[0].name == nxt[0].name:
        return nxt
    return hit


def _headed_outlet(sent: Sentence, k: int, hi: int) -> tuple[Actor, int] | None:
    """«قناة الجزيرة», «صحيفة "الأهرام"»: a media head noun before the outlet the entities name,
    the head left outside the name's span; (the outlet as actor, the index after it)."""
    if k + 1 >= hi or key_of(sent.toks[k].norm) not in media_heads():
        return None
    hit = sent.entity_at(k + 1)
    actor = entity_actor(hit[0]) if hit and hit[0].sector == OUTLET_SECTOR else None
    return (actor, hit[1]) if actor else None


def _noun_phrase(sent: Sentence, k: int, hi: int, sector: str, counted: bool) -> Phrase:
    """A participant noun and what specifies it: more nouns, a demonym, an organisation, «من» places."""
    head, j, country, linked = k, k + 1, None, None
    definite, last = is_definite(sent.toks[k]), k   # last: the latest noun of the chain
    while j < hi and j - head <= MAX_MODIFIERS and sent.bounds[j] == NONE and not sent.toks[j].prefix:
        hit = sent.entity_at(j)
        if hit:
            e = hit[0]
            if e.label == "LOC" and e.source not in ACTING_PLACES and not e.metonym_for:
                break
            country, linked, j = e.metonym_for or e.country, e, hit[1]
            named = sent.entity_at(j) if j < hi and sent.bounds[j] == NONE and not sent.toks[j].prefix \
                else None
            titled = e.label == "NORP" or word_key(sent.toks[head].norm) in title_sectors()
            if titled and named and named[0].label == "PER":
                linked, j = named[0], named[1]  # «وزير الداخلية الفرنسي جيرار كولومب»: the person
                # («المتحدثة باسم وزارة الخارجية الروسية ماريا زخاروفا»: a title's body, then the name)
                country = named[0].country or country
            break  # a demonym or a name closes the phrase («وفد سوري» | «إسرائيل»)
        more = head_sector(sent, j)
        if more is not None and _new_case(sent.toks[head], sent.toks[j]):
            break   # «طعنت فتاة جنديا»: the object after the subject
        if more is not None and is_definite(sent.toks[j - 1]):
            break   # «اتهمت الحكومة المعارضة»: a definite noun takes no genitive; two sides
        if more is not None:
            sector, last, j = more or sector, j, j + 1
            continue
        if sent.toks[j].norm in ON_BEHALF and j + 1 < hi:
            j += 1   # «المتحدث باسم وزارة الخارجية الإيرانية»: the body he speaks for
            continue
        if (definite or j == last + 1) and _is_adjective(sent, j) and _agrees(sent.toks[head], sent.toks[j]):
            definite, j = True, j + 1  # «(نائب) وزير الداخلية الفرنسي»: a genitive, then its adjectives
            continue
        break
    if country is None and (body := _member_of(sent, j, hi)):
        linked, country, sector, j = body[0], body[0].country, sector or body[0].sector or "", body[1]
    elif country is None and _local(sent, head, sector) and (seat := _seat(sent, j, hi)):
        country, j = seat[0].country, seat[1]   # «محكمة في أدرنة»: a court, police of that place
    if country is None:
        places = _from_places(sent, j, hi, sector)
        if places:
            return Phrase(places.actors, k, places.j, counted)
    name = linked.name if linked is not None and linked.label != "NORP" else None
    kb = linked.kb_id if linked is not None and linked.label in ("ORG", "PER") else None
    start = _word_start(sent, head)
    text = sent.text[start:sent.toks[j - 1].end]
    return Phrase((Actor(start, sent.toks[j - 1].end, text, kb_id=kb, country=country,
                         sector=sector or None, name=name),), k, j, counted)


def _new_case(head: Token, word: Token) -> bool:
    """An indefinite accusative («جنديا») after a head that is not one starts another phrase."""
    return word.norm.endswith(ACCUSATIVE) and not is_definite(word) and not head.norm.endswith(ACCUSATIVE)


def unlike_subject(sent: Sentence, ph: Phrase, k: int) -> bool:
    """«4 دبلوماسيين اتهمتهم»: a masculine plural or singular participant noun cannot be the subject
    of the past verb at k that ends in «ت» (SVO subjects agree: «الدبلوماسيون اتهموا», «الرئيس قال»)."""
    head = sent.toks[ph.i]
    if sent.entity_at(ph.i) is not None or head_sector(sent, ph.i) is None or not feminine_past(sent.toks[k]):
        return False
    key = word_key(head.norm)
    singular = key == word_key(head.lemma) and not key.endswith(FEMININE_ENDINGS)
    return head.norm.endswith(MASCULINE_PLURAL) or singular   # «اختطفت رئيس المجلس، وأطلقت النار»


def feminine_past(verb: Token) -> bool:
    """A past verb in «ـت» («اقتحمت», «اتهمتهم»), its object pronoun aside."""
    stem = verb.norm[:len(verb.norm) - len(verb.suffix)] if verb.suffix and verb.norm.endswith(verb.suffix) \
        else verb.norm
    return stem.endswith(TEH) and not looks_imperfect(verb)


def counterpart(sent: Sentence, ph: Phrase) -> bool:
    """«حيث التقى نظيره العراقي»: «his counterpart» is the other side, never the verb's subject."""
    tok = sent.toks[ph.i]
    return bool(tok.suffix) and sent.g.has("counterparts", tok)


def received(sent: Sentence, ph: Phrase, etype: str) -> bool:
    """«وتلقى أحمد حسن حكما بالسجن»: the subject of a verb of receiving got the act, it did not do
    it; a call or meeting received («تلقى اتصالا») it takes part in."""
    return etype != "CONSULT" and any(sent.g.has("receiving_verbs", t) for t in verbs_around(sent, ph))


def verbs_around(sent: Sentence, ph: Phrase) -> list[Token]:
    """The words right before and right after a phrase: its verb, whether VSO or SVO."""
    return ([sent.toks[ph.i - 1]] if ph.i > 0 else []) + ([sent.toks[ph.j]] if ph.j < len(sent.toks) else [])


def _word_start(sent: Sentence, k: int) -> int:
    """Where the participant noun starts: «وفد» that the tokenizer read as «و» + «فد» keeps its «و»."""
    tok = sent.toks[k]
    whole = normalize(tok.prefix + tok.text)
    if tok.prefix == "و" and sent.g.head_sector(tok) is not None and whole in sent.g.heads:
        return tok.start - len(tok.prefix)
    return tok.start


def _is_adjective(sent: Sentence, k: int) -> bool:
    """A definite word after a definite head («النشطاء الحقوقيين»), not «إلى» or «الذي»."""
    tok = sent.toks[k]
    return tok.is_word and is_definite(tok) and not sent.g.has("clause_openers", tok) \
        and k not in sent.trigger_starts and not sent.in_date(k)   # «توقيف أربعة ناشطين السبت»


def _agrees(head: Token, word: Token) -> bool:
    """«زار الوزير المدينة»: a feminine noun (not a nisba) after a masculine singular head is its
    object, no adjective of it («الوزير السابق», «القوات الحكومية» agree); «ووصفت السلطات
    الموضوع»: a masculine word after a feminine plural is no adjective of it either."""
    if head.norm.endswith(FEMININE_ENDINGS[1]):
        return word.norm.endswith(FEMININE_ENDINGS)
    feminine_head = head.norm.endswith(FEMININE_ENDINGS)
    return feminine_head or not word.norm.endswith(FEMININE_ENDINGS[:1]) or word.norm.endswith(FEMININE_NISBA)


def _member_of(sent: Sentence, j: int, hi: int, label: str = "ORG") -> tuple[Entity, int] | None:
    """«6 أعضاء بمجلس النواب الأمريكي», «مسؤول في وزارة الخارجية الأمريكية»: the body a
    member belongs to (or with label LOC the place a court sits in), named after «بـ» or «في»,
    gives the country."""
    if j >= hi or sent.bounds[j] != NONE:
        return None
    k = j + 1 if sent.toks[j].norm in MEMBERSHIP and not sent.toks[j].prefix else j
    if k == j and sent.toks[j].prefix != MEMBERSHIP_CLITIC or k >= hi:
        return None
    hit = sent.entity_at(k)
    return hit if hit and hit[0].label == label and hit[0].country else None


def _local(sent: Sentence, head: int, sector: str) -> bool:
    """Courts, prosecutors, police and protesters are of the place they sit or protest in."""
    return sector in LOCAL_SECTORS or sent.g.has("protester_nouns", sent.toks[head])


def _seat(sent: Sentence, j: int, hi: int) -> tuple[Entity, int] | None:
    """The place after «في», maybe past one word for where in it («متظاهرون في ضواحي نابولي»)."""
    seat = _member_of(sent, j, hi, "LOC")
    if seat is None and j + 2 < hi and sent.toks[j].norm in MEMBERSHIP and sent.entity_at(j + 1) is None \
            and not sent.toks[j + 1].prefix and sent.bounds[j + 1] == NONE:
        hit = sent.entity_at(j + 2)
        seat = hit if hit and hit[0].label == "LOC" and hit[0].country and not sent.toks[j + 2].prefix else None
    return seat


def _from_places(sent: Sentence, j: int, hi: int, sector: str) -> Phrase | None:
    """«مسؤولين من سوريا وإسرائيل», «وفدا من حركة حماس»: the head's countries named after «من»."""
    if j >= hi or sent.toks[j].norm != "من" or j + 1 >= hi:
        return None
    actors, k = [], j + 1
    while k < hi:
        hit = sent.entity_at(k)
        if not hit or hit[0].label not in ("LOC", "NORP", "ORG") or not hit[0].country:
            break
        e = hit[0]
        actors.append(Actor(e.start, e.end, e.text, kb_id=e.kb_id, country=e.metonym_for or e.country,
                            sector=sector or None, name=e.name))
        k = hit[1]
        if not (k < hi and sent.toks[k].prefix.startswith("و")):
            break
    return Phrase(tuple(actors), j, k) if actors else None
