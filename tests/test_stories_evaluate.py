"""The stories scorer: metrics on a toy clustering, the labelled pairs file, skipping cleanly."""
from __future__ import annotations

import argparse

import pytest

from marsad.evaluate import stories as ev


def _recs():
    base = {"source": "a", "_published": "2018-03-10T10:00:00+00:00"}
    return {"x": {**base}, "y": {**base, "source": "b"}, "z": {**base, "source": "c"}}


def test_stories_evaluate_perfect_and_merged_scores():
    pairs = [("x", "y", "1"), ("x", "z", "0")]
    perfect = ev.score({"x": "s1", "y": "s1", "z": "s2"}, pairs, _recs())
    assert perfect["pair_f1"] == 1.0 and perfect["b3_f1"] == 1.0
    merged = ev.score({"x": "s1", "y": "s1", "z": "s1"}, pairs, _recs())
    assert merged["pair_p"] == 0.5 and merged["b3_p"] < 1.0 and merged["b3_r"] == 1.0


@pytest.mark.parametrize("path, least, positives", [(ev.PAIRS[0], 400, 100), (ev.PAIRS[1], 300, 50)])
def test_stories_evaluate_pairs_file_holds_ids_and_labels_only(path, least, positives):
    rows = ev.read_pairs(path)
    assert len(rows) >= least
    assert {lab for _, _, lab in rows} <= {"0", "1", "?"}
    assert sum(lab == "1" for _, _, lab in rows) >= positives
    for line in path.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            assert all(len(col) <= 60 for col in line.split("\t"))  # excerpts, never texts


def test_stories_evaluate_heldout_anchors_are_new():
    tuned = ev.read_pairs(ev.PAIRS[0])
    seen = {a for a, _, _ in tuned} | {b for _, b, _ in tuned}
    assert not {a for a, _, _ in ev.read_pairs(ev.PAIRS[1])} & seen


def test_stories_evaluate_baseline_groups_near_copies():
    recs = [{"docno": "a", "title": "روسيا تطرد دبلوماسيين", "text": "روسيا تطرد دبلوماسيين بريطانيين",
             "_published": "2018-03-10T10:00:00+00:00"},
            {"docno": "b", "title": "روسيا تطرد دبلوماسيين", "text": "روسيا تطرد دبلوماسيين بريطانيين",
             "_published": "2018-03-11T10:00:00+00:00"},
            {"docno": "c", "title": "ميسي يسجل", "text": "ميسي يسجل هدفين لبرشلونة",
             "_published": "2018-03-11T10:00:00+00:00"}]
    clusters = ev.event_registry_clusters(recs)
    assert clusters["a"] == clusters["b"] != clusters["c"]


def test_stories_evaluate_skips_without_data(tmp_path, capsys):
    args = argparse.Namespace(pairs=[str(p) for p in ev.PAIRS], archive=str(tmp_path / "absent.jsonl.gz"))
    assert ev.main(args) == 0
    assert "nothing to score" in capsys.readouterr().out
