"""The event-merge scorer: merged and kept-apart report pairs, precision, miss rate, recall."""
from __future__ import annotations

import argparse

import pytest

from marsad.evaluate import merge as ev
from marsad.stories.merge import merge_events
from test_stories_merge import AXIOS, CFG, SYRIAN, _doc, _meeting

BAKU = "لقاء بين سوريا وإسرائيل في باكو"


def _stories():
    """One story of three reports: two of the Paris meeting (merged) and a Baku one months earlier (apart)."""
    members = [_doc("axios", AXIOS, [_meeting(AXIOS, "لقاء", "planned", date="2026-01-05")]),
               _doc("syrian", SYRIAN, [_meeting(SYRIAN, "لقاء", "happened", date="2026-01-05")]),
               _doc("baku", BAKU, [_meeting(BAKU, "لقاء", "happened", date="2025-07-12", place="باكو")])]
    return [merge_events(members, CFG)]


def _row(a, at, b, bt, label, stratum):
    return {"a_article": a, "a_trigger": str(at), "b_article": b, "b_trigger": str(bt),
            "type": "CONSULT", "label": label, "stratum": stratum}


def test_merge_pairs_split_into_merged_and_kept_apart():
    merged, apart = ev.report_pairs(_stories())
    assert [(a.doc_id, b.doc_id) for a, b in merged] == [("axios", "syrian")]
    assert sorted((a.doc_id, b.doc_id) for a, b in apart) == [("axios", "baku"),
                                                              ("syrian", "baku")]


def test_merge_score_counts_right_and_wrong_merges_and_misses():
    stories = _stories()
    gold = [_row("axios", 0, "syrian", 0, "1", "merged"),   # merged, rightly
            _row("axios", 0, "baku", 0, "1", "apart"),      # kept apart, but the same (a miss)
            _row("syrian", 0, "baku", 0, "0", "apart"),     # kept apart, rightly
            _row("gone", 5, "syrian", 0, "1", "merged")]    # a report the coder no longer makes
    s = ev.score(stories, gold)
    assert s["precision"] == 1.0 and s["missing"] == 1 and (s["right"], s["wrong"]) == (2, 1)
    # weights: merged 1 pair / 2 rows, apart 2 pairs / 2 rows -> recall 0.5 / (0.5 + 1)
    assert s["recall"] == pytest.approx(1 / 3)
    # sampled from a run with 10 merged and 2 apart pairs: the merged row now stands for 5 pairs
    assert ev.score(stories, gold, {"merged": 10, "apart": 2})["recall"] == pytest.approx(5 / 6)
    wrong = ev.score(stories, [_row("axios", 0, "syrian", 0, "0", "merged")])
    assert wrong["precision"] == 0.0


@pytest.mark.parametrize("path", [ev.PAIRS, ev.HELDOUT], ids=["design", "heldout"])
def test_merge_pairs_file_holds_offsets_and_labels_only(path):
    rows, sizes = ev.read_gold(path)
    assert sizes["merged"] > 0 and sizes["apart"] > 0
    assert len(rows) >= 60 and {r["label"] for r in rows} <= {"0", "1", "?"}
    assert {"merged", "apart"} == {r["stratum"] for r in rows}
    assert all(int(r["a_trigger"]) >= 0 and int(r["b_trigger"]) >= 0 for r in rows)
    assert not any(len(v or "") > 60 for r in rows for v in r.values())  # never article text


def test_merge_evaluate_skips_without_data(tmp_path, capsys):
    args = argparse.Namespace(pairs=[str(ev.PAIRS)], archive=str(tmp_path / "absent.jsonl.gz"),
                              sample=0, out="x")
    assert ev.main(args) == 0
    assert "nothing to score" in capsys.readouterr().out
