"""The events stage: registered, configured last, pure finding attached by a one-liner."""
from __future__ import annotations

from marsad import config
from marsad.doc import Doc, Meta
from marsad.pipeline import STAGES, build, run, stage_names


def test_events_stage_is_registered_and_configured_last():
    build(["layout", "language", "sentences", "tokens", "entities", "events"])
    st = STAGES["events"]
    assert st.requires == ("entities",) and st.assigns == ("events",) and st.arabic_only
    assert stage_names(config.load())[-1] == "events"


def test_events_stage_attaches_what_find_events_finds():
    from marsad.events import find_events
    cfg = config.load()
    stages = build(["layout", "language", "sentences", "tokens", "entities"])
    doc = run(Doc(id="s", text="تظاهر آلاف الفلسطينيين أمس في رام الله.", meta=Meta(language="ar")),
              stages, cfg)
    out = STAGES["events"].func(doc, cfg)
    assert out.events == tuple(find_events(doc)) and out.events[0].type == "PROTEST"
    assert doc.events == ()   # stages return a new Doc


def test_events_stage_skips_non_arabic():
    import marsad
    doc = marsad.analyze("The ministers met in Paris on Thursday.")
    assert doc.events == () and ("events", "language is 'en', not Arabic") in doc.skipped
