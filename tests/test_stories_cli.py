"""`marsad stories`: the two examples form one story, the appended France/Gaza half does not join it;
stories are stored idempotently and read back with `stories list` / `stories show`."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import DEMO
from marsad import config
from marsad.api import analyze
from marsad.stories import build_stories
from marsad.stories.store import StoryStore

EXAMPLES = [str(DEMO / "paris-talks-axios-preview.txt"), str(DEMO / "paris-talks-syrian-source.txt")]


@pytest.fixture(scope="module")
def user_config(tmp_path_factory):
    path = tmp_path_factory.mktemp("cfg") / "marsad.toml"
    cache = path.parent / "emb.sqlite"
    path.write_text(f'[stories]\nembedding_cache = "{cache}"\n', "utf-8")
    return path


def _run(*args, config_path):
    return subprocess.run([sys.executable, "-m", "marsad", "--config", str(config_path), *args],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def stories_jsonl(user_config, tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "m.db"
    done = _run("stories", *EXAMPLES, "--format", "jsonl", "--db", str(db), config_path=user_config)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()], db


def test_stories_cli_examples_form_one_story(stories_jsonl):
    stories, _ = stories_jsonl
    main = [s for s in stories if "paris-talks-axios-preview.txt" in s["members"]]
    assert len(main) == 1
    assert set(main[0]["members"]) == {"paris-talks-axios-preview.txt",
                                       "paris-talks-syrian-source.txt"}
    assert all(set(s) >= {"story", "members", "events"} for s in stories)


def test_stories_cli_appended_half_stays_out(stories_jsonl):
    stories, _ = stories_jsonl
    second = [s for s in stories if "paris-talks-axios-preview.txt#2" in s["members"]]
    assert len(second) == 1 and "paris-talks-syrian-source.txt" not in second[0]["members"]


def test_stories_cli_events_list_their_sources(stories_jsonl):
    stories, _ = stories_jsonl
    main = next(s for s in stories if "paris-talks-syrian-source.txt" in s["members"])
    for e in main["events"]:
        assert e["sources"] and set(e["sources"]) <= set(main["members"])
        for r in e["reports"]:
            assert r["evidence"]["article"] in {m.split("#")[0] for m in main["members"]}


def test_stories_cli_list_and_show(stories_jsonl, user_config):
    stories, db = stories_jsonl
    listed = _run("stories", "list", "--db", str(db), config_path=user_config)
    assert listed.returncode == 0 and all(s["story"] in listed.stdout for s in stories)
    shown = _run("stories", "show", stories[0]["story"], "--db", str(db), "--format", "json",
                 config_path=user_config)
    assert json.loads(shown.stdout)["members"] == stories[0]["members"]
    missing = _run("stories", "show", "s-nope", "--db", str(db), config_path=user_config)
    assert missing.returncode == 1


def test_stories_store_is_idempotent(tmp_path):
    cfg = config.load(stories={"embedding_cache": str(tmp_path / "emb.sqlite")})
    docs = [analyze(open(p, encoding="utf-8").read(), id=p.rsplit("/", 1)[-1], cfg=cfg)
            for p in EXAMPLES]
    results = build_stories(docs, cfg)
    with StoryStore(tmp_path / "s.db") as store:
        store.save(results)
        store.save(results)
        assert store.count() == len(results)
        assert store.story_of("paris-talks-syrian-source.txt") == store.story_of(
            "paris-talks-axios-preview.txt")
        assert store.get(results[0].id)["members"] == results[0].members
