"""Quote finding on the hand-labelled sentence table, with floors that cannot drop silently."""
from __future__ import annotations

import pytest

from marsad import config
from marsad.evaluate.quotes import STAGES, TABLE, Scores, item_doc, load_table, score_item
from marsad.pipeline import build, run

# Pinned floors (issue: quotes and source chains). Raise them when the scores rise; never lower them
# without saying why in the change. Measured: F1 0.994, speaker accuracy 0.966 on 238 quotes.
F1_FLOOR = 0.97
SPEAKER_FLOOR = 0.94


@pytest.fixture(scope="module")
def scored() -> Scores:
    """The table scored once, every document's spans checked on the way."""
    cfg, stages, scores = config.load(), build(STAGES), Scores()
    for item in load_table(TABLE):
        doc, at = item_doc(item)
        doc = run(doc, stages, cfg)
        doc.check_offsets()
        score_item(item, list(doc.quotes), at, scores)
    return scores


def test_quotes_table_is_large_and_varied():
    """At least 100 sentences, from all five outlets, with negatives and direct quotes."""
    items = load_table(TABLE)
    assert len(items) >= 100
    assert {i.doc[:2] for i in items} == {"AL", "SK", "CN", "BB", "FR"}
    assert sum(1 for i in items if not i.quotes) >= 15
    assert sum(1 for i in items for g in i.quotes if g.direct) >= 30


def test_quotes_table_f1_floor(scored):
    """Quote P/R/F1 (cues overlap, content starts within a few characters)."""
    assert scored.f1 >= F1_FLOOR, "\n".join(scored.errors)


def test_quotes_table_speaker_floor(scored):
    """Speaker (or its resolution) equals the labelled speaker on matched quotes."""
    assert scored.speaker_accuracy >= SPEAKER_FLOOR, "\n".join(scored.errors)
