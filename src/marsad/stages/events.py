"""The events stage: PLOVER events of the body sentences, with participants and evidence."""
from __future__ import annotations

from ..config import Config
from ..doc import Doc
from ..events import find_events
from ..pipeline import stage


@stage("events", requires=("entities",), assigns=("events",), arabic_only=True)
def events(doc: Doc, cfg: Config) -> Doc:
    """Code the events; dates and quotes are used when their stages ran before this one."""
    return doc.replace(events=tuple(find_events(doc)))
