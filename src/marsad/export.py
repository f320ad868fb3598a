"""Event exports: PLOVER JSON (native and strict) and a flat event table as CSV or Parquet.

The contract JSON of an event is `Event.to_dict()`; these are the formats other event-data tools read.
PLOVER JSON follows the field names of the PLOVER codebook's "JSON Data Fields" chapter
(openeventdata/PLOVER): id, date, source, recipient, event, mode, context, event_loc, event_text,
quad_code, event_scale, text, text_info, cite_info, coder, coded_date; marsad adds modality,
mediator, source_chain and confidence, as the codebook invites providers to do.
"""
from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from . import __version__
from .doc import Actor, Doc, Event
from .errors import MarsadError
from .events import plover_strict
from .resources import read_yaml

QUADS = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}
SEP = "; "
TABLE_COLUMNS = ("article_id", "date", "type", "mode", "modality", "context", "actor", "actor_country",
                 "actor_sector", "recipient", "recipient_country", "mediator", "location",
                 "location_country", "source_chain", "trigger", "trigger_start", "trigger_end",
                 "evidence", "evidence_start", "evidence_end", "confidence")
INT_COLUMNS = frozenset(("trigger_start", "trigger_end", "evidence_start", "evidence_end"))
FLOAT_COLUMNS = frozenset(("confidence",))


class ExportError(MarsadError):
    """An export could not be written (a missing optional dependency, an unwritable path)."""


@lru_cache(maxsize=1)
def ontology() -> dict[str, dict]:
    """PLOVER types with their quad category and conflict-cooperation score (plover.yaml)."""
    return read_yaml("events/plover.yaml")["types"]


# ---------------------------------------------------------------- PLOVER JSON

def plover_json(doc: Doc, strict: bool = False) -> list[dict[str, Any]]:
    """The document's events as PLOVER records; `strict` folds modality as the codebook says."""
    out = []
    for n, event in enumerate(doc.events):
        coded = plover_strict(event) if strict else event
        if coded is not None:
            out.append(plover_record(doc, coded, f"{doc.id}-{n}", native=not strict))
    return out


def plover_record(doc: Doc, event: Event, rec_id: str, native: bool = True) -> dict[str, Any]:
    """One event as a PLOVER JSON record."""
    info = ontology().get(event.type, {})
    rec: dict[str, Any] = {
        "id": rec_id, "has_event": True, "date": event_date(doc, event),
        "source": [plover_actor(a) for a in event.actors],
        "recipient": [plover_actor(a) for a in event.recipients],
        "event": [event.type], "mode": event.mode, "context": list(event.context),
        "event_loc": _location(event.location), "event_text": [event.trigger.text],
        "quad_code": QUADS.get(info.get("quad", "")), "event_scale": info.get("score"),
        "text": event.evidence.text,
        "text_info": {"start": event.evidence.start, "end": event.evidence.end,
                      "trigger_start": event.trigger.start, "trigger_end": event.trigger.end},
        "cite_info": {"url": doc.meta.url, "title": doc.meta.title, "publication": doc.meta.outlet,
                      "language": "ar", "codebook": "plover-0.8"},
        "coder": f"marsad {__version__}", "coded_date": date.today().isoformat(),
        "mediator": [plover_actor(a) for a in event.mediators],
        "source_chain": [s.text for s in event.source_chain], "confidence": event.confidence,
    }
    if native:
        rec["modality"] = event.modality
    return rec


def plover_actor(actor: Actor) -> dict[str, Any]:
    """The codebook's actor object: code, sector, extracted text and Wikidata identifier."""
    return {"code": actor.country, "sector": actor.sector, "actor_text": actor.text,
            "identifier_id": actor.kb_id, "identifier_text": actor.name}


def _location(loc: Actor | None) -> dict[str, Any] | None:
    """The codebook's location object (GeoNames field names) with the alpha-3 `cc3`."""
    if loc is None:
        return None
    geonames = loc.kb_id[len("geonames:"):] if loc.kb_id and loc.kb_id.startswith("geonames:") else None
    return {"name": loc.name or loc.text, "geonameid": geonames, "wikidata": loc.kb_id if not geonames
            else None, "cc3": loc.country, "text": loc.text}


def event_date(doc: Doc, event: Event) -> str | None:
    """YYYY-MM-DD of the event: its own date when resolved, else the publication day."""
    if event.date is not None and event.date.value:
        return event.date.value[:10]
    return doc.meta.published[:10] if doc.meta.published else None


# ---------------------------------------------------------------- flat table

def event_rows(docs: Iterable[Doc]) -> list[dict[str, Any]]:
    """One row per event of every document, in TABLE_COLUMNS order."""
    return [event_row(doc, e) for doc in docs for e in doc.events]


def event_row(doc: Doc, e: Event) -> dict[str, Any]:
    """The table row of one event; several actors are joined with «; »."""
    return {
        "article_id": doc.id, "date": event_date(doc, e) or "", "type": e.type, "mode": e.mode or "",
        "modality": e.modality, "context": SEP.join(e.context),
        "actor": _texts(e.actors), "actor_country": _codes(e.actors),
        "actor_sector": SEP.join(a.sector or "" for a in e.actors),
        "recipient": _texts(e.recipients), "recipient_country": _codes(e.recipients),
        "mediator": _texts(e.mediators), "location": e.location.text if e.location else "",
        "location_country": (e.location.country or "") if e.location else "",
        "source_chain": SEP.join(s.text for s in e.source_chain),
        "trigger": e.trigger.text, "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
        "evidence": e.evidence.text, "evidence_start": e.evidence.start,
        "evidence_end": e.evidence.end, "confidence": float(e.confidence),
    }


def _texts(actors: tuple[Actor, ...]) -> str:
    """Actor texts joined."""
    return SEP.join(a.text for a in actors)


def _codes(actors: tuple[Actor, ...]) -> str:
    """Actor country codes joined (empty for an actor without one)."""
    return SEP.join(a.country or "" for a in actors)


def write_csv(rows: list[dict[str, Any]], path: str | Path) -> Path:
    """Write the event table as UTF-8 CSV with a header row."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=TABLE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def read_csv(path: str | Path) -> list[dict[str, Any]]:
    """Read an event table written by `write_csv`, offsets as ints and confidence as float."""
    with Path(path).open(encoding="utf-8", newline="") as fh:
        return [_typed(row) for row in csv.DictReader(fh)]


def _typed(row: dict[str, str]) -> dict[str, Any]:
    """A CSV row with its numeric columns converted back."""
    return {k: int(v) if k in INT_COLUMNS else float(v) if k in FLOAT_COLUMNS else v
            for k, v in row.items()}


def _pyarrow():
    """pyarrow and pyarrow.parquet, or a clear error naming the extra that installs them."""
    try:
        import pyarrow
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError("writing Parquet needs pyarrow: pip install 'marsad[parquet]'") from exc
    return pyarrow, pq


def write_parquet(rows: list[dict[str, Any]], path: str | Path) -> Path:
    """Write the event table as Parquet (needs the `parquet` extra)."""
    pa, pq = _pyarrow()
    types = {c: pa.int64() if c in INT_COLUMNS else pa.float64() if c in FLOAT_COLUMNS
             else pa.string() for c in TABLE_COLUMNS}
    schema = pa.schema([(c, types[c]) for c in TABLE_COLUMNS])
    table = pa.Table.from_pylist([{c: r[c] for c in TABLE_COLUMNS} for r in rows], schema=schema)
    pq.write_table(table, str(path))
    return Path(path)


def read_parquet(path: str | Path) -> list[dict[str, Any]]:
    """Read an event table written by `write_parquet`."""
    _, pq = _pyarrow()
    return pq.read_table(str(path)).to_pylist()
