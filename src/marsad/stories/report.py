"""Stories as text and JSON for the command line (the CLI only parses arguments and calls these)."""
from __future__ import annotations

import json
from typing import IO, Iterable

from ..config import Config
from ..doc import Doc
from .api import StoryResult, build_stories


def render_story(story: dict) -> str:
    """A readable summary of one story: members, then each event with who reports it how."""
    lines = [f"story {story['story']}  ({len(story['members'])} members, "
             f"{len(story['events'])} events)"]
    titles = story.get("titles") or {}
    for m in story["members"]:
        lines.append(f"  • {m}  {titles.get(m, '')}".rstrip())
    for n, e in enumerate(story["events"]):
        comp = e.get("comparison") or {}
        stances = "; ".join(f"{k}: {', '.join(v)}" for k, v in (comp.get("stances") or {}).items())
        lines.append(f"  [{n}] {e['type']} {'/'.join(e.get('modalities', [e['modality']]))} "
                     f"«{e['trigger']['text']}» — {stances}")
        for key in ("figures", "dates", "places"):
            if comp.get(key):
                lines.append(f"      {key} differ: {json.dumps(comp[key], ensure_ascii=False)}")
    return "\n".join(lines)


def write_stories(results: list[StoryResult], fmt: str, out: IO[str]) -> None:
    """Print stories as JSON Lines (one story a line), one JSON array, or text."""
    dicts = [r.to_dict() for r in results]
    if fmt == "json":
        json.dump(dicts, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for d in dicts:
        out.write(json.dumps(d, ensure_ascii=False) + "\n" if fmt == "jsonl"
                  else render_story(d) + "\n\n")


def stories_command(docs: Iterable[Doc], cfg: Config, fmt: str, out: IO[str],
                    db: str | None = None) -> int:
    """Cluster analysed Docs, print the stories and, with a database, store them; returns count."""
    results = build_stories(list(docs), cfg)
    if db:
        from .store import StoryStore
        with StoryStore(db) as store:
            store.save(results)
    write_stories(results, fmt, out)
    return len(results)


def list_command(db: str, limit: int, out: IO[str]) -> int:
    """Print the stored stories, one line each."""
    from .store import StoryStore
    with StoryStore(db) as store:
        for row in store.list(limit):
            out.write(f"{row['id']:<16} {row['size']:>4} members {row['events']:>4} events "
                      f"{row['last_published'] or '-':<25} {row['title'] or ''}\n")
    return 0


def show_command(db: str, story_id: str, fmt: str, out: IO[str]) -> dict | None:
    """Print one stored story; None when there is no such story."""
    from .store import StoryStore
    with StoryStore(db) as store:
        story = store.get(story_id)
    if story is not None:
        out.write((json.dumps(story, ensure_ascii=False, indent=2) if fmt in ("json", "jsonl")
                   else render_story(story)) + "\n")
    return story
