"""Unit tests of the pure quote finder on real Arabic news sentences (ANT corpus, March 2018)."""
from __future__ import annotations

import pytest

from marsad.doc import Block, Doc, Sentence
from marsad.entities.lexicon import load
from marsad.entities.recognize import find_entities
from marsad.quotes import describe_chain, describe_source, find_quotes, source_chain_at
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize


def quote_doc(*paragraphs: str, outlet: str | None = None) -> Doc:
    """A Doc of body paragraphs (and an outlet line) with sentences, tokens and entities."""
    parts = ([outlet] if outlet else []) + list(paragraphs)
    text = "\n".join(parts)
    blocks, sents, toks, at = [], [], [], 0
    for n, part in enumerate(parts):
        blocks.append(Block(at, at + len(part), part, kind="outlet" if outlet and n == 0 else "body"))
        for s, e in split_sentences(text, at, at + len(part)):
            if blocks[-1].kind == "body":
                sents.append(Sentence(s, e, text[s:e], block=n))
                toks.extend(tokenize(text, s, e, sentence=len(sents) - 1))
        at += len(part) + 1
    doc = Doc(id="t", text=text, blocks=tuple(blocks), sentences=tuple(sents), tokens=tuple(toks))
    ents = find_entities(text, list(toks), list(sents), load())
    return doc.replace(entities=tuple(ents))


def only(doc: Doc, cue: str):
    """The one quote whose cue is `cue`."""
    hits = [q for q in find_quotes(doc) if q.cue.text == cue]
    assert len(hits) == 1, [q.cue.text for q in find_quotes(doc)]
    return hits[0]


@pytest.mark.parametrize("sentence, cue, speaker, content, direct", [
    # VSO with a title and a name in apposition: the name speaks
    ("قال وزير قطاع الأعمال المصري، خالد بدوي، اليوم الاثنين، إن بلاده تدرس إنشاء صندوق ثروة سيادي.",
     "قال", "خالد بدوي", "إن بلاده تدرس", False),
    # an outlet the speaker talked to is cut from the speaker
    ("وقال الهلال الأحمر العربي السوري لرويترز إن قافلة تحمل حوالي 340 طنا من المساعدات دخلت الغوطة.",
     "وقال", "الهلال الأحمر العربي السوري", "إن قافلة", False),
    # a colon and a quotation: direct speech, marks excluded from the content
    ('وقال دين هايدون، نائب مفوض الشرطة في بيان: "في هذه المرحلة من تحقيقاتنا نعتقد أن سكريبال تعرض للعنصر".',
     "وقال", "دين هايدون", "في هذه المرحلة من تحقيقاتنا نعتقد أن سكريبال تعرض للعنصر", True),
    # a relative clause names the speaker
    ("وتحدث الجعفري عقب مبعوث الأمم المتحدة إلى سوريا ستافان دي ميستورا الذي حذر من تصعيد النزاع.",
     "حذر", "ستافان دي ميستورا", "من تصعيد النزاع", False),   # content opens on its marker
    # a subject written before its verb
    ("لا سيما أن الخرطوم وأنقرة أعلنتا لاحقا عن توقيع 12 اتفاقاً في المجالات الاقتصادية.",
     "أعلنتا", "الخرطوم وأنقرة", "عن توقيع 12 اتفاقاً في المجالات الاقتصادية", False),
    # an anonymity clause is not part of the speaker
    ("وقال المصدر الذي طلب عدم الكشف عن اسمه إن المقدم سوزان الحاج أوقفت على ذمة التحقيق.",
     "وقال", "المصدر", "إن المقدم", False),
])
def test_quotes_speaker_cue_and_content(sentence, cue, speaker, content, direct):
    """Speaker, cue and content spans of single real sentences."""
    q = only(quote_doc(sentence), cue)
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.content.text.startswith(content)
    assert q.direct is direct


def test_quotes_continuation_participle_is_its_own_quote():
    """«…، مضيفا في حينها أن …» ends the first content and starts a second quote, same speaker."""
    doc = quote_doc("وقد كشف النائب العام السعودي في أواخر يناير أن الرياض استردت أكثر من 100 مليار دولار "
                    "على شكل تسويات، مضيفا في حينها أن من بين 381 شخصا لم يبق قيد التحفظ سوى 56 شخصاً.")
    first, second = find_quotes(doc)
    assert first.content.text == "أن الرياض استردت أكثر من 100 مليار دولار على شكل تسويات"
    assert second.cue.text == "مضيفا" and second.content.text.startswith("أن من بين")
    assert first.speaker == second.speaker and first.speaker.text == "النائب العام السعودي"


def test_quotes_pronoun_dropped_verb_takes_the_last_speaker():
    """«وأوضح أن …» after «وقال مدير المرصد رامي عبد الرحمن إن …»."""
    doc = quote_doc("وقال مدير المرصد رامي عبد الرحمن إن حصيلة القتلى بلغت 353 ألف شخص على الأقل.",
                    "وأوضح أن من بين القتلى المدنيين 19,811 طفلاً.")
    q = only(doc, "وأوضح")
    assert q.speaker.text == "رامي عبد الرحمن"
    assert q.content.text.startswith("أن من بين")


def test_quotes_definite_description_resolves_to_the_source_named_before():
    """«وقال المصدر» points back to «مصدر رسمي في التحالف …» introduced in the lead."""
    doc = quote_doc("كشف مصدر رسمي في التحالف العربي، عن عزم التحالف الكشف عن أدلة على تورط إيران.",
                    "وقال المصدر إن التحالف سيعرض غدا أدلة على تورط إيران في تهريب الصواريخ.")
    q = only(doc, "وقال")
    assert q.speaker.text == "المصدر"
    assert q.speaker_resolved is not None and q.speaker_resolved.text.startswith("مصدر رسمي")


@pytest.mark.parametrize("sentence", [
    "تمكنت قوات الجيش السوري من السيطرة على نصف الغوطة الشرقية، بحسب تقارير.",
    "خرج آلاف المدنيين من جنوب الغوطة الشرقية عبر ممر آمن، كما أفاد المرصد السوري لحقوق الإنسان.",
    "وتم نقل الطفل إلى مستشفى نبيه بري الجامعي الحكومي في النبطية في حال حرجة.",
    "ولم يكشف المسؤول الإسرائيلي عن مستوى التمثيل في الاجتماع.",
])
def test_quotes_attributions_and_negated_or_other_senses_are_not_quotes(sentence):
    """«بحسب تقارير», «كما أفاد المرصد», «نقل الطفل إلى مستشفى», «لم يكشف» report no speech."""
    assert find_quotes(quote_doc(sentence)) == []


@pytest.mark.parametrize("sentence, stance", [
    ("ونفى ترامب أنه نسي اسم جونسون في المكالمة الهاتفية.", "deny"),
    ("وأكدت المملكة أن تكرار هذه التصرفات يعكس إصرارا واضحا.", "assert"),
    ("وزعمت الصحيفة أن الرئيس يرغب في تغيير مستشاره.", "claim"),
    ("وقالت الشرطة إن الخبراء حددوا نوع الغاز.", None),
])
def test_quotes_stance_of_denials_and_confirmations(sentence, stance):
    """«نفى» denies, «أكد» asserts, «زعم» claims."""
    (q,) = find_quotes(quote_doc(sentence))
    assert q.stance == stance


def test_quotes_chain_through_a_relaying_outlet_and_an_anonymous_source():
    """«ذكرت صحيفة تايمز نقلا عن مسؤول حكومي بريطاني» → [تايمز, مسؤول …]; the publisher is not in it."""
    doc = quote_doc("وذكرت صحيفة تايمز الخميس نقلا عن مسؤول حكومي بريطاني لم تسمه أن وضع سكريبال دقيق.",
                    outlet="فرانس 24")
    (q,) = find_quotes(doc)
    assert [s.text for s in q.source_chain] == ["تايمز", "مسؤول حكومي بريطاني"]
    official = describe_chain(doc, q.source_chain)[-1]
    assert (official.kind, official.country, official.role) == ("anonymous", "GBR", "government")


def test_quotes_chain_of_a_told_outlet_and_carried_attribution():
    """«لـ"العربية"» relays the source; «وبحسب المصدر،» keeps that chain for the next sentence."""
    doc = quote_doc('وأفاد مصدر عسكري لـ"العربية" أنه تم أسر أكثر من 12 عنصرا حوثيا.',
                    "وبحسب المصدر، فإن اشتباكات عنيفة وقعت بين الجيش والعناصر المهاجمة.")
    (q,) = find_quotes(doc)
    assert [s.text for s in q.source_chain] == ["العربية", "مصدر عسكري"]
    later = doc.text.index("اشتباكات")
    assert [s.text for s in source_chain_at(doc, later)] == ["العربية", "مصدر عسكري"]


def test_quotes_describe_source_types():
    """Named people, anonymous officials and outlets are told apart."""
    doc = quote_doc("قال الرئيس الفرنسي إيمانويل ماكرون إن مسؤولا إسرائيليا أبلغ موقع أكسيوس بذلك.")
    span = next(e for e in doc.entities if e.text == "إيمانويل ماكرون")
    assert describe_source(doc, doc.span(span.start, span.end)).kind == "named"
    axios = doc.text.index("أكسيوس")
    assert describe_source(doc, doc.span(axios, axios + len("أكسيوس"))).kind == "outlet"


def test_quotes_spans_point_into_the_text():
    """Every span of every quote satisfies text[start:end] == span.text."""
    doc = quote_doc('وقال هوكينغ لجمهوره في آخر زيارة قام بها للصين، "أحب الحضارة الصينية والأكل الصيني".',
                    "وأضاف أن العلم لا يعرف حدودا، مشيرا إلى أن الصين حققت الكثير.")
    quotes = find_quotes(doc)
    assert len(quotes) == 3
    doc.replace(quotes=tuple(quotes)).check_offsets()


def test_quotes_find_participle_after_the_verb_is_no_speaker():
    doc = quote_doc("وقال الرئيس السوداني عمر البشير إن العلاقات مع مصر قوية.",
                    "وتابع قائلا: \"بحثت مع الرئيس السيسي تعزيز التعاون بين البلدين\".")
    last = find_quotes(doc)[-1]
    assert last.cue.text == "وتابع" and last.speaker is not None and last.speaker.text == "عمر البشير"


@pytest.mark.parametrize("sentence, cue, speaker, chain, direct", [
    # «نقل X على لسان Y قوله:»: Y speaks, X relays; «قوله» hands Y the words
    ('ونقل موقع التلفزيون المصري الرسمي على لسان البشير قوله: "بحثت مع الرئيس السيسي كل ما من شأنه تحسين العلاقة".',
     "قوله", "البشير", ["موقع التلفزيون المصري الرسمي", "البشير"], True),
    # «نقلت X عن Y أن»: indirect, the cited ones speak
    ("ونقلت رويترز عن دبلوماسيين أن مجلس الأمن الدولي سيعقد جلسة طارئة يوم الجمعة.",
     "ونقلت", "دبلوماسيين", ["رويترز", "دبلوماسيين"], False),
])
def test_quotes_a_relayed_quote_is_spoken_by_the_one_cited(sentence, cue, speaker, chain, direct):
    q = only(quote_doc(sentence), cue)
    assert (q.speaker.text, q.direct) == (speaker, direct)
    assert [s.text for s in q.source_chain] == chain
