"""Event exports: PLOVER JSON (native and strict) and the flat table through CSV and Parquet."""
from __future__ import annotations

import builtins

import pytest

import marsad
from marsad import export
from marsad.errors import MarsadError
from conftest import example_text

NAME = "paris-talks-syrian-source"


@pytest.fixture(scope="module")
def doc():
    return marsad.analyze(example_text(NAME), id=NAME, published="2026-01-05T10:00")


def test_export_plover_json_uses_codebook_field_names(doc):
    recs = export.plover_json(doc)
    assert len(recs) == len(doc.events)
    rec = next(r for r in recs if r["event"] == ["CONSULT"] and r["mediator"])
    for field in ("id", "date", "source", "recipient", "event", "mode", "context", "event_loc",
                  "event_text", "quad_code", "event_scale", "text", "text_info", "cite_info", "coder"):
        assert field in rec
    assert {a["code"] for a in rec["source"]} == {"SYR", "ISR"}
    assert rec["source"][0]["actor_text"] and rec["quad_code"] == 1 and rec["event_scale"] == 2.1
    assert rec["event_loc"]["cc3"] == "FRA" and rec["modality"] == "happened"
    assert rec["date"] == "2026-01-05"


def test_export_strict_drops_negated_and_folds_modality(doc):
    native = export.plover_json(doc)
    strict = export.plover_json(doc, strict=True)
    assert any(r["modality"] == "negated" for r in native)
    assert len(strict) < len(native) and all("modality" not in r for r in strict)
    assert all(r["source"] for r in strict)


def test_export_table_round_trips_through_csv(doc, tmp_path):
    rows = export.event_rows([doc])
    assert rows and list(rows[0]) == list(export.TABLE_COLUMNS)
    back = export.read_csv(export.write_csv(rows, tmp_path / "events.csv"))
    assert back == rows


def test_export_table_round_trips_through_parquet(doc, tmp_path):
    pytest.importorskip("pyarrow")
    rows = export.event_rows([doc])
    back = export.read_parquet(export.write_parquet(rows, tmp_path / "events.parquet"))
    assert back == rows


def test_export_table_row_holds_offsets_into_the_text(doc):
    row = export.event_rows([doc])[0]
    assert doc.text[row["trigger_start"]:row["trigger_end"]] == row["trigger"]
    assert doc.text[row["evidence_start"]:row["evidence_end"]] == row["evidence"]


def test_export_parquet_without_pyarrow_is_a_clear_marsad_error(monkeypatch, tmp_path):
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(MarsadError, match=r"marsad\[parquet\]"):
        export.write_parquet([], tmp_path / "x.parquet")
