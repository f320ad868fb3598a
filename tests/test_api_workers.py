"""Batches spread over worker processes: same Docs, same order, a broken article is one Skip."""
from __future__ import annotations

import pytest

from marsad import config
from marsad.api import POOL_AFTER, analyze_many, worker_count
from marsad.ingest.article import Article, Skip
from marsad.pipeline import STAGES, stage

SENTENCES = ["قال وزير الخارجية السوري أسعد الشيباني في دمشق إن المحادثات ستستمر.",
             "وأعلن الجيش الإسرائيلي أمس الخميس مقتل ثلاثة أشخاص في غارة على جنوب لبنان.",
             "التقى الرئيس الفرنسي إيمانويل ماكرون نظيره السلوفيني في ليوبليانا."]


@pytest.fixture(scope="module")
def explode():
    """A stage that fails on one marked article, as a real bug in a stage would."""
    if "explode" not in STAGES:
        @stage("explode", requires=("sentences",))
        def _explode(doc, cfg):
            if "💥" in doc.text:
                raise ValueError("boom")
            return doc
    return [*config.defaults()["pipeline"]["stages"], "explode"]


def _items(n):
    return [Article(text=("💥 " if i == 70 else "") + SENTENCES[i % 3] + f" رقم {i}", id=f"a{i}",
                    published="2026-01-04T21:36:00+02:00") for i in range(n)]


def test_worker_pool_gives_the_in_process_docs_in_order(explode):
    n = POOL_AFTER + 20
    serial = list(analyze_many(_items(n), config.load(pipeline={"workers": 1, "stages": explode})))
    pooled = list(analyze_many(_items(n), config.load(pipeline={"workers": 2, "stages": explode})))
    assert [getattr(d, "id", None) for d in pooled] == [getattr(d, "id", None) for d in serial]
    assert [d.to_dict() for d in pooled if not isinstance(d, Skip)] == \
        [d.to_dict() for d in serial if not isinstance(d, Skip)]
    skips = [d for d in pooled if isinstance(d, Skip)]
    assert len(skips) == 1 and "ValueError: boom" in skips[0].reason
    assert any(e.label == "PER" for e in pooled[2].entities)  # real analysis happened in a worker


def test_worker_count_zero_means_one_per_core():
    assert worker_count(config.load(pipeline={"workers": 0})) >= 1
    assert worker_count(config.load(pipeline={"workers": 3})) == 3
