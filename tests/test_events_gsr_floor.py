"""Accuracy floors on the Arabic PLOVER gold standard (development half); raise them, never lower them.

The gold labels reject many sentences that report real but background or commentary events, so
detection F1 is below the 0.80 target even with occurrence anchors (events/occurrence.py); many of
the remaining false positives are concrete reports the annotators split on («difficult no»).
"""
from __future__ import annotations

import pytest

from marsad.evaluate import events
from marsad.evaluate.iob import prf

FLOORS = {"PROTEST": {"f1": 0.66, "country": 0.86}, "ASSAULT": {"f1": 0.62, "country": 0.78}}


@pytest.fixture(scope="module")
def coder():
    return events.Coder()


@pytest.mark.parametrize("etype", list(FLOORS))
def test_events_gsr_detection_and_country_floors(shared_eval, coder, etype):
    folder = shared_eval / events.DEFAULT
    det = events.score_detection(folder / f"{etype.lower()}_detection.csv", etype, coder)
    assert prf(det.tp, det.fp, det.fn)[2] >= FLOORS[etype]["f1"]
    act = events.score_actors(folder / f"{etype.lower()}_spans.json", etype, coder)
    assert act.country["all_ok"] / act.country["all"] >= FLOORS[etype]["country"]
