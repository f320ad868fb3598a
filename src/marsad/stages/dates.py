"""The dates stage: every temporal expression of the headline, body and date line, resolved."""
from __future__ import annotations

from dataclasses import replace

from ..config import Config
from ..doc import Doc
from ..dates.tagger import find_dates
from ..pipeline import stage


def date_spans(doc: Doc) -> list[tuple[int, int]]:
    """Where dates are looked for: every sentence (title, subheadings, body) and the date line."""
    spans = {(s.start, s.end) for s in doc.sentences}
    spans.update((b.start, b.end) for b in doc.blocks_of("dateline"))
    return sorted(spans)


@stage("dates", requires=("sentences",), assigns=("dates",), arabic_only=True)
def dates(doc: Doc, cfg: Config) -> Doc:
    """Attach the date mentions, resolved against the publication time (none: values stay null)."""
    found = find_dates(doc.text, doc.meta.published, date_spans(doc),
                       strategies=cfg["dates"]["strategies"])
    datelines = [(b.start, b.end) for b in doc.blocks_of("dateline")]
    found = [replace(d, strategy="dateline") if any(s <= d.start < e for s, e in datelines) else d
             for d in found]
    return doc.replace(dates=tuple(found))
