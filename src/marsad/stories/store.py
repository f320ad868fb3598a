"""Stories in the embedded database: their own tables beside the articles, written transactionally.

Saving is idempotent: the same stories saved twice are stored once, and a story superseded by a
new clustering (one that shares a member with it) is replaced, so a member is in one story only.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from ..errors import StoreError
from ..store import open_sqlite
from .api import StoryResult

SCHEMA = """
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    title TEXT, size INTEGER NOT NULL, events INTEGER NOT NULL,
    first_published TEXT, last_published TEXT,
    data TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last_published);
CREATE TABLE IF NOT EXISTS story_members (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    member_id TEXT NOT NULL, doc_id TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (story_id, member_id)
);
CREATE UNIQUE INDEX IF NOT EXISTS story_members_member ON story_members(member_id);
CREATE TABLE IF NOT EXISTS story_events (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    n INTEGER NOT NULL, type TEXT NOT NULL, date TEXT, sources TEXT NOT NULL, event TEXT NOT NULL,
    PRIMARY KEY (story_id, n)
);
"""


class StoryStore:
    """The stories of a marsad database (the same SQLite file as `marsad.store.Store`)."""

    def __init__(self, path: str | Path = "marsad.db"):
        self.path = str(path)
        self.conn = open_sqlite(self.path, SCHEMA)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> "StoryStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save(self, results: Iterable[StoryResult]) -> int:
        """Store stories in one transaction, replacing those they supersede; returns how many."""
        results = list(results)
        try:
            with self.conn:
                for r in results:
                    self._supersede(r)
                    self._write(r)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot save stories: {exc}") from exc
        return len(results)

    def _supersede(self, r: StoryResult) -> None:
        """Delete the story itself and any story holding one of its members."""
        marks = ",".join("?" * len(r.members))
        old = {row[0] for row in self.conn.execute(
            f"SELECT story_id FROM story_members WHERE member_id IN ({marks})", r.members)}
        for sid in old | {r.id}:
            self.conn.execute("DELETE FROM stories WHERE id = ?", (sid,))

    def _write(self, r: StoryResult) -> None:
        """Insert one story's rows (inside the caller's transaction)."""
        data = r.to_dict()
        title = next((t for t in r.titles.values() if t), None)
        self.conn.execute(
            "INSERT INTO stories (id, title, size, events, first_published, last_published, data,"
            " updated_at) VALUES (?,?,?,?,?,?,?,?)",
            (r.id, title, len(r.members), len(r.events), r.first_published, r.last_published,
             json.dumps(data, ensure_ascii=False),
             datetime.now(timezone.utc).isoformat(timespec="seconds")))
        self.conn.executemany(
            "INSERT INTO story_members (story_id, member_id, doc_id, n) VALUES (?,?,?,?)",
            [(r.id, m, m.split("#")[0], n) for n, m in enumerate(r.members)])
        self.conn.executemany(
            "INSERT INTO story_events (story_id, n, type, date, sources, event) VALUES (?,?,?,?,?,?)",
            [(r.id, n, e["type"], (e.get("date") or {}).get("value"),
              json.dumps(e["sources"], ensure_ascii=False), json.dumps(e, ensure_ascii=False))
             for n, e in enumerate(r.events)])

    def list(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Stored stories, largest and latest first, without their events."""
        rows = self.conn.execute(
            "SELECT id, title, size, events, first_published, last_published FROM stories"
            " ORDER BY size DESC, last_published DESC, id LIMIT ? OFFSET ?", (limit, offset))
        keys = ("id", "title", "size", "events", "first_published", "last_published")
        return [dict(zip(keys, row)) for row in rows]

    def get(self, story_id: str) -> dict[str, Any] | None:
        """One stored story as `marsad stories` prints it, or None."""
        row = self.conn.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        return None if row is None else json.loads(row[0])

    def story_of(self, member_id: str) -> str | None:
        """The story a member (article or segment id) belongs to."""
        row = self.conn.execute("SELECT story_id FROM story_members WHERE member_id = ?",
                                (member_id,)).fetchone()
        return None if row is None else row[0]

    def count(self) -> int:
        """Number of stored stories."""
        return self.conn.execute("SELECT count(*) FROM stories").fetchone()[0]
