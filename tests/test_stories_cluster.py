"""Story clustering: link scores, the time window, wire copies, and the examples as one story."""
from __future__ import annotations

import numpy as np
import pytest

from marsad import config
from marsad.ingest.dedup import minhash
from marsad.stories.cluster import (StoryClusterer, arrival_order, cluster_profiles, link_score,
                                    replay)
from marsad.stories.features import Profile, blocking_keys

DAY = 86400.0


def _cfg(**stories):
    return config.load(stories={"embedding_cache": "", **stories})


def _vec(*weights: float) -> np.ndarray:
    v = np.zeros(384, dtype=np.float32)
    v[:len(weights)] = weights
    return v / np.linalg.norm(v)


def profile(pid: str, title: str, vec: np.ndarray, time: float | None = 0.0,
            entities=("Q858", "Q801"), words=None, text: str | None = None) -> Profile:
    """A hand-made profile: tests need no model and no pipeline."""
    cfg = _cfg()
    words = frozenset(words if words is not None else title.split())
    return Profile(id=pid, doc_id=pid.split("#")[0], time=time, outlet=None, title=title,
                   embed_text=title, words=words, entities=frozenset(entities),
                   keys=blocking_keys(title, entities),
                   signature=minhash(text or f"{pid} {title}", cfg), vector=vec)


SAME = _vec(1.0, 0.1)
CLOSE = _vec(1.0, 0.12)
OTHER = _vec(0.0, 1.0)


def test_stories_link_score_same_story_is_positive():
    cfg = _cfg()
    a = profile("a", "لقاء سوري إسرائيلي في باريس", SAME)
    b = profile("b", "لقاء سوري إسرائيلي في باريس", CLOSE)
    assert link_score(a, b, cfg["stories"]) > 0


def test_stories_link_score_unrelated_is_negative():
    cfg = _cfg()
    a = profile("a", "لقاء سوري إسرائيلي في باريس", SAME)
    b = profile("b", "ميسي يقود برشلونة للفوز", OTHER, entities=("Q615",))
    assert link_score(a, b, cfg["stories"]) < 0


def test_stories_wire_copies_always_link():
    cfg = _cfg()
    text = "قالت وزارة الخارجية الروسية إن موسكو ستطرد دبلوماسيين بريطانيين ردا على لندن " * 3
    a = profile("a", "x", SAME, text=text)
    b = profile("b", "y", OTHER, entities=(), text=text)
    assert link_score(a, b, cfg["stories"]) == float("inf")


@pytest.mark.parametrize("gap_days, together", [(1.0, True), (5.0, False)])
def test_stories_window_closes_story(gap_days, together):
    stories = cluster_profiles([profile("a", "لقاء في باريس", SAME, time=0.0),
                                profile("b", "لقاء في باريس", CLOSE, time=gap_days * DAY)], _cfg())
    assert (len(stories) == 1) is together


def test_stories_story_stays_open_while_it_receives_articles():
    chain = [profile(f"d{i}", "لقاء في باريس", SAME if i % 2 else CLOSE, time=i * 2 * DAY)
             for i in range(5)]
    assert len(cluster_profiles(chain, _cfg())) == 1


def test_stories_segments_of_one_page_never_link():
    stories = cluster_profiles([profile("p", "لقاء في باريس", SAME),
                                profile("p#2", "لقاء في باريس", SAME)], _cfg())
    assert len(stories) == 2


def test_stories_unrelated_articles_stay_apart():
    stories = cluster_profiles([profile("a", "لقاء في باريس", SAME),
                                profile("b", "ميسي يقود برشلونة", OTHER, entities=("Q615",))], _cfg())
    assert sorted(s.members for s in stories) == [["a"], ["b"]]


def test_stories_undated_page_arrives_last():
    ps = arrival_order([profile("u", "t", SAME, time=None), profile("d", "t", SAME, time=5.0)])
    assert [p.id for p in ps] == ["d", "u"] and ps[1].time == 5.0


def test_stories_replay_equals_incremental():
    cfg = _cfg()
    ps = arrival_order([profile("a", "لقاء في باريس", SAME), profile("b", "لقاء في باريس", CLOSE, 1.0),
                        profile("c", "ميسي يقود برشلونة", OTHER, 2.0, entities=("Q615",))])
    clusterer = StoryClusterer(cfg)
    scores = {}
    for p in ps:
        scores[p.id] = {m: link_score(p, clusterer.profiles[m], cfg["stories"])
                        for m in clusterer.candidates(p)}
        clusterer.add(p)
    replayed = replay([p.id for p in ps], scores, cfg)
    assert [s.members for s in replayed] == [s.members for s in clusterer.stories]
    assert [s.id for s in replayed] == [s.id for s in clusterer.stories]
