"""The embedded store: one SQLite file, written transactionally and idempotently."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from .doc import Doc
from .errors import StoreError
from .config import Config, load as load_config
from .ingest.dedup import DuplicateIndex, dedup_text, minhash, minhash_to_bytes, text_hash

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    text_hash TEXT NOT NULL,
    url TEXT, outlet TEXT, title TEXT, author TEXT, published TEXT, language TEXT,
    fmt TEXT, text TEXT NOT NULL, doc TEXT NOT NULL,
    near_duplicate_of TEXT, minhash BLOB,
    ingested_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS articles_text_hash ON articles(text_hash);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL,
    kb_id TEXT, country TEXT, name TEXT
);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE INDEX IF NOT EXISTS entities_kb ON entities(kb_id);
CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT, modality TEXT NOT NULL,
    date TEXT, event TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
"""


def open_sqlite(path: str, schema: str) -> sqlite3.Connection:
    """A connection with foreign keys on, write-ahead logging and `schema` applied."""
    try:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(schema)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from exc
    return conn


@dataclass(frozen=True)
class Saved:
    """What happened to one article on saving: stored anew, updated, or a duplicate."""

    id: str
    status: str  # "stored", "updated" or "duplicate"
    duplicate_of: str | None = None
    near_duplicate_of: str | None = None


class Store:
    """A marsad database in one SQLite file."""

    def __init__(self, path: str | Path = "marsad.db", cfg: Config | None = None):
        self.path = str(path)
        self.cfg = cfg or load_config()
        self._index: DuplicateIndex | None = None
        self.conn = open_sqlite(self.path, SCHEMA)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save(self, doc: Doc) -> Saved:
        """Store one analysed Doc in one transaction; the same article twice is stored once.

        An exact copy under another id is not stored again; a near copy (MinHash) is stored and
        marked with the article it copies.
        """
        text = dedup_text(doc)
        digest, signature = text_hash(text), minhash(text, self.cfg)
        try:
            with self.conn:
                row = self.conn.execute("SELECT id FROM articles WHERE text_hash = ?",
                                        (digest,)).fetchone()
                if row and row[0] != doc.id:
                    return Saved(doc.id, "duplicate", row[0])
                exists = row is not None or self._exists(doc.id)
                near = self.index().find(digest, signature, exclude=doc.id)[1]
                self._write(doc, digest, near, minhash_to_bytes(signature))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot save {doc.id}: {exc}") from exc
        self.index().add(doc.id, digest, signature)
        return Saved(doc.id, "updated" if exists else "stored", near_duplicate_of=near)

    def index(self) -> DuplicateIndex:
        """The duplicate index of everything stored, rebuilt from the database on first use."""
        if self._index is None:
            rows = self.conn.execute("SELECT id, text_hash, minhash FROM articles"
                                     " WHERE minhash IS NOT NULL ORDER BY ingested_at, id")
            self._index = DuplicateIndex.rebuild(self.cfg, rows)
        return self._index

    def _exists(self, doc_id: str) -> bool:
        """Whether an article with this id is stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (doc_id,)).fetchone() is not None

    def _write(self, doc: Doc, digest: str, near: str | None, signature: bytes) -> None:
        """Replace the article's rows (inside the caller's transaction)."""
        m = doc.meta
        data = doc.to_dict()
        self.conn.execute("DELETE FROM articles WHERE id = ?", (doc.id,))
        self.conn.execute(
            "INSERT INTO articles (id, text_hash, url, outlet, title, author, published, language,"
            " fmt, text, doc, near_duplicate_of, minhash, ingested_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, digest, m.url, m.outlet, m.title, m.author, m.published, m.language, m.fmt,
             doc.text, json.dumps(data, ensure_ascii=False), near, signature,
             datetime.now(timezone.utc).isoformat(timespec="seconds")))
        self.conn.executemany(
            'INSERT INTO entities (article_id, start, "end", text, label, kb_id, country, name)'
            " VALUES (?,?,?,?,?,?,?,?)",
            [(doc.id, e.start, e.end, e.text, e.label, e.kb_id, e.country, e.name)
             for e in doc.entities])
        self.conn.executemany(
            "INSERT INTO events (article_id, n, type, mode, modality, date, event)"
            " VALUES (?,?,?,?,?,?,?)",
            [(doc.id, i, ev["type"], ev["mode"], ev["modality"],
              (ev["date"] or {}).get("value"), json.dumps(ev, ensure_ascii=False))
             for i, ev in enumerate(data["events"])])

    def list(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Stored articles, newest publication first, without their text."""
        rows = self.conn.execute(
            "SELECT id, published, outlet, title, language, near_duplicate_of,"
            " (SELECT count(*) FROM entities WHERE article_id = a.id),"
            " (SELECT count(*) FROM events WHERE article_id = a.id)"
            " FROM articles a ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?",
            (limit, offset)).fetchall()
        keys = ("id", "published", "outlet", "title", "language", "near_duplicate_of",
                "entities", "events")
        return [dict(zip(keys, r)) for r in rows]

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """The stored contract JSON of one article, with its text, or None."""
        row = self.conn.execute("SELECT doc, text FROM articles WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        return {**json.loads(row[0]), "text": row[1]}

    def count(self) -> int:
        """Number of stored articles."""
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def texts(self) -> Iterator[tuple[str, str]]:
        """(id, text) of every stored article, to rebuild duplicate indexes."""
        yield from self.conn.execute("SELECT id, text FROM articles ORDER BY ingested_at, id")
