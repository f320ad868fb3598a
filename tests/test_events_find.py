"""`find_events` on Docs built by hand: triggers, participants, frames, modality and evidence."""
from __future__ import annotations

import pytest

from marsad.doc import Block, Doc, Entity, Meta, Sentence
from marsad.events import find_events
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

# surface -> (label, country, source, metonym_for)
KNOWN = {
    "سوريا": ("LOC", "SYR", "country", None), "إسرائيل": ("LOC", "ISR", "country", None),
    "فرنسا": ("LOC", "FRA", "country", None), "باريس": ("LOC", "FRA", "city", None),
    "دمشق": ("LOC", "SYR", "metonym", "SYR"), "بغداد": ("LOC", "IRQ", "city", None),
    "سوريين": ("NORP", "SYR", "demonym", None), "إسرائيليين": ("NORP", "ISR", "demonym", None),
    "أمريكية": ("NORP", "USA", "demonym", None), "السوري": ("NORP", "SYR", "demonym", None),
    "الإسرائيلية": ("NORP", "ISR", "demonym", None), "الفلسطينيين": ("NORP", "PSE", "demonym", None),
    "الإيرانية": ("NORP", "IRN", "demonym", None), "توماس باراك": ("PER", "USA", "fullname", None),
}


def make_doc(text: str, published: str | None = None, title: str | None = None) -> Doc:
    """A Doc with one body paragraph (and an optional headline), tokens and the KNOWN entities."""
    full = f"{title}\n\n{text}" if title else text
    blocks = ([Block(0, len(title), title, kind="title")] if title else []) + [
        Block(len(full) - len(text), len(full), text, kind="body")]
    sents, toks = [], []
    for bi, b in enumerate(blocks):
        for s, e in split_sentences(full, b.start, b.end):
            sents.append(Sentence(s, e, full[s:e], block=bi))
            toks.extend(tokenize(full, s, e, sentence=len(sents) - 1))
    return Doc(id="t", text=full, meta=Meta(language="ar", published=published),
               blocks=tuple(blocks), sentences=tuple(sents), tokens=tuple(toks),
               entities=tuple(_entities(full)))


def _entities(text: str) -> list[Entity]:
    """Every occurrence of a KNOWN surface form as an entity."""
    out = []
    for form, (label, country, source, metonym) in KNOWN.items():
        start = text.find(form)
        while start >= 0:
            if not any(e.start <= start < e.end for e in out):
                out.append(Entity(start, start + len(form), form, label=label, country=country,
                                  source=source, metonym_for=metonym, kb_id="Q90" if form == "باريس" else None))
            start = text.find(form, start + 1)
    return sorted(out, key=lambda e: e.start)


def one(text: str, etype: str, **kw):
    """The single event of `etype` found in `text`."""
    events = [e for e in find_events(make_doc(text, **kw)) if e.type == etype]
    assert len(events) == 1, [(e.type, e.trigger.text) for e in find_events(make_doc(text, **kw))]
    return events[0]


def countries(actors) -> set:
    return {a.country for a in actors}


@pytest.mark.parametrize("text, etype", [
    ("تظاهر آلاف الفلسطينيين في رام الله.", "PROTEST"),
    ("ويتظاهرون أمام مقر الحكومة منذ الصباح.", "PROTEST"),
    ("اغتالت وحدة الإسرائيلية ناشطا في جنين أمس.", "ASSAULT"),
    ("وأشار المصدر إلى أن الجانب السوري حمّل إسرائيل مسؤولية التصعيد.", "ACCUSE"),
    ("أعلنت الحكومة وقف إطلاق النار أمس.", "CONCEDE"),
])
def test_events_trigger_found_through_conjugation_clitics_and_multiword(text, etype):
    assert etype in {e.type for e in find_events(make_doc(text))}


def test_events_reciprocal_meeting_with_mediator_and_place():
    e = one("كشف مصدر عن إجراء لقاء سري بين مسؤولين سوريين وآخرين إسرائيليين في العاصمة الفرنسية "
            "باريس، بوساطة أمريكية.", "CONSULT")
    assert countries(e.actors) == {"SYR", "ISR"} and not e.recipients
    assert countries(e.mediators) == {"USA"}
    assert e.location.text == "باريس" and e.mode == "third-party" and e.modality == "happened"
    assert all(a.sector == "GOV" for a in e.actors)


def test_events_svo_after_complementizer_with_object_recipient():
    e = one("وأشار المصدر إلى أن الجانب السوري حمّل إسرائيل مسؤولية التصعيد.", "ACCUSE")
    assert countries(e.actors) == {"SYR"} and countries(e.recipients) == {"ISR"}
    assert e.trigger.text == "حمّل إسرائيل مسؤولية"


def test_events_possessive_noun_takes_the_relative_clauses_antecedent():
    e = one("وذلك بعد تصريح المبعوث الأمريكي، توماس باراك، الذي أعلن عن لقائه بمسؤولين من سوريا "
            "وإسرائيل في باريس.", "CONSULT")
    assert countries(e.actors) == {"USA"} and countries(e.recipients) == {"SYR", "ISR"}
    assert e.location.text == "باريس"


@pytest.mark.parametrize("text, etype, modality", [
    ("كشف موقع عن عقد لقاء مرتقب بين مسؤولين من سوريا وإسرائيل في باريس.", "CONSULT", "planned"),
    ("سيلتقي مسؤولين سوريين في باريس.", "CONSULT", "planned"),
    ("وأشار إلى أن اللقاء لم يسفر عن اتفاقات نهائية.", "AGREE", "negated"),
    ("ونفى المسؤول عقد أي لقاء بين مسؤولين سوريين وإسرائيليين.", "CONSULT", "denied"),
    ("وتناول الاجتماع إمكانية إعادة تفعيل اتفاق بين الطرفين.", "AGREE", "hypothetical"),
    ("التقى مسؤولين سوريين في باريس عام 2019.", "CONSULT", "historical"),
])
def test_events_modality(text, etype, modality):
    events = [e for e in find_events(make_doc(text, published="2026-01-04T21:36")) if e.type == etype]
    assert events and events[0].modality == modality, [(e.type, e.modality) for e in events]


def test_events_demand_is_a_request_with_the_asked_as_recipient():
    e = one("وأكد الوفد السوري المطالبة بانسحاب فوري للقوات الإسرائيلية من المواقع.", "REQUEST")
    assert e.modality == "demanded" and e.mode == "yield"
    assert countries(e.actors) == {"SYR"}


def test_events_obligation_on_named_parties_is_a_request():
    e = one("أكد مسؤول فرنسي أن على سوريا وإسرائيل التوصل إلى حل.", "REQUEST")
    assert countries(e.recipients) == {"SYR", "ISR"} and e.modality == "demanded"


def test_events_passive_agreement_inherits_the_meeting_under_discussion():
    doc = make_doc("كشف مصدر عن لقاء بين مسؤولين سوريين وآخرين إسرائيليين في باريس. "
                   "واتُفق على عقد اجتماعات لاحقة.")
    agree = [e for e in find_events(doc) if e.type == "AGREE"]
    assert agree and countries(agree[0].actors) == {"SYR", "ISR"}
    assert agree[0].modality == "happened" and agree[0].mode == "meet"


def test_events_bare_definite_mention_is_not_a_new_event():
    doc = make_doc("كشف مصدر عن لقاء بين مسؤولين سوريين وآخرين إسرائيليين في باريس. "
                   "وأوضح المصدر أن الاجتماع تناول التطورات الأخيرة.")
    assert [e.type for e in find_events(doc)].count("CONSULT") == 1


def test_events_one_event_per_clause_for_one_meeting():
    doc = make_doc("عقد لقاء بين مسؤولين سوريين وآخرين إسرائيليين والاجتماع في باريس.")
    assert [e.type for e in find_events(doc)].count("CONSULT") == 1


def test_events_never_from_headlines():
    doc = make_doc("قال المتحدث إن الوضع هادئ.", title="لقاء سوري إسرائيلي في باريس")
    assert find_events(doc) == []


def test_events_names_never_start_a_trigger():
    assert not [e for e in find_events(make_doc("قال توماس باراك إن الوضع هادئ.")) if e.type == "REQUEST"]


def test_events_referenced_noun_is_background():
    e = one("وجاء ذلك في ذكرى اغتيال الرئيس السابق.", "ASSAULT")
    assert e.modality == "historical"


def test_events_evidence_is_the_sentence_and_offsets_hold():
    doc = make_doc("تظاهر آلاف الفلسطينيين في رام الله. ثم عاد الهدوء.")
    doc = doc.replace(events=tuple(find_events(doc)))
    doc.check_offsets()
    e = doc.events[0]
    assert e.evidence.text == doc.sentences[0].text and 0 < e.confidence <= 1
