"""The expression table: real sentences from the development corpora, resolved against their dates."""
from __future__ import annotations

from conftest import ROOT

from marsad.evaluate.dates import read_table, score_table

TABLE = ROOT / "tests" / "data" / "date_expressions.tsv"
# Pinned floor: raise it when the resolver improves, never lower it to make a change pass.
RESOLVED_FLOOR = 0.97
TYPES = {"date", "time", "duration", "set", "vague"}
PRECISIONS = {"", "minute", "hour", "day", "week", "month", "part-of-month", "year"}


def test_dates_table_is_large_and_well_formed():
    rows = read_table(TABLE)
    assert len(rows) >= 150
    for row in rows:
        assert row["expression"] in row["sentence"], row
        assert row["type"] in TYPES and row["precision"] in PRECISIONS, row
        assert bool(row["value"]) == bool(row["precision"]) or row["type"] in ("duration", "set"), row


def test_dates_table_resolved_exactly():
    score = score_table(TABLE)
    failures = "\n".join(f"{r['expression']!r} ({r['published'] or 'no date'}): {p}"
                         for r, p in score.failures)
    assert score.found >= 0.99 * score.rows, failures
    assert score.accuracy >= RESOLVED_FLOOR, failures
