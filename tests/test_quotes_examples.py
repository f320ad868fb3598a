"""The example articles: the analyst's required quotes, source chains and where quotes may come from."""
from __future__ import annotations

import pytest

from conftest import EXAMPLES, example_expected, example_text
from marsad.api import analyze
from marsad.evaluate.quotes import required_found
from marsad.quotes import describe_chain, source_chain_at


@pytest.fixture(scope="module")
def docs():
    """Each example analysed once through the configured pipeline."""
    return {name: analyze(example_text(name), id=name) for name in EXAMPLES}


@pytest.mark.parametrize("name", EXAMPLES)
def test_quotes_examples_required_quotes(docs, name):
    """Every required quote (speaker, resolution, cue, direct, content start) is found."""
    required = example_expected(name)["quotes"]["required"]
    missing = [w for w in required if not any(required_found(q, w) for q in docs[name].quotes)]
    assert not missing


@pytest.mark.parametrize("name", EXAMPLES)
def test_quotes_examples_spans_and_body_only(docs, name):
    """Spans point into the text; cues sit in body paragraphs, never headlines or teasers."""
    doc = docs[name]
    doc.check_offsets()
    body = [b for b in doc.blocks if b.kind == "body"]
    for q in doc.quotes:
        assert any(b.start <= q.cue.start < b.end for b in body), q.cue.text


@pytest.mark.parametrize("name, trigger, chain", [
    ("paris-talks-syrian-source", "لقاء سري", ["الإخبارية السورية", "مصدر دبلوماسي سوري مطّلع"]),
    ("paris-talks-syrian-source", "اتُفق على عقد اجتماعات لاحقة",
     ["الإخبارية السورية", "مصدر دبلوماسي سوري مطّلع"]),
    ("paris-talks-axios-preview", "لقاء مرتقب", ["أكسيوس", "مسؤول إسرائيلي"]),
    ("paris-talks-axios-preview", "اللقاء يأتي", ["أكسيوس", "مسؤول إسرائيلي"]),
    ("paris-talks-axios-preview", "التوصل إلى حل", ["الجزيرة", "مستشار الرئيس الفرنسي لشؤون الشرق الأوسط"]),
])
def test_quotes_examples_source_chain_at_events(docs, name, trigger, chain):
    """The chain governing an event's words is exactly the analyst's chain."""
    doc = docs[name]
    got = [s.text for s in source_chain_at(doc, doc.text.index(trigger))]
    assert got == chain


def test_quotes_examples_sources_are_typed(docs):
    """«مصدر دبلوماسي سوري مطّلع» is anonymous and Syrian; «الإخبارية السورية» is an outlet."""
    doc = docs["paris-talks-syrian-source"]
    outlet, source = describe_chain(doc, doc.quotes[0].source_chain)
    assert (outlet.kind, source.kind, source.country) == ("outlet", "anonymous", "SYR")
    axios = docs["paris-talks-axios-preview"]
    official = describe_chain(axios, axios.quotes[0].source_chain)[-1]
    assert (official.kind, official.country, official.role) == ("anonymous", "ISR", "government")


def test_quotes_examples_pronoun_dropped_and_anaphoric_speakers(docs):
    """«وأشار إلى أن …» keeps «المصدر»; «المسؤول الفرنسي» resolves to the adviser quoted before."""
    axios = docs["paris-talks-axios-preview"]
    q = next(q for q in axios.quotes if q.cue.text == "وأشار")
    assert q.speaker.text == "المسؤول الفرنسي"
    assert q.speaker_resolved.text == "مستشار الرئيس الفرنسي لشؤون الشرق الأوسط"
    syrian = docs["paris-talks-syrian-source"]
    barrack = next(q for q in syrian.quotes if q.cue.text == "وقال")
    assert barrack.speaker.text == "توماس باراك" and barrack.direct
