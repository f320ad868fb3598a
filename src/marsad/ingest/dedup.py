"""Duplicate articles: the same text re-published (exact) or lightly edited (near, by MinHash)."""
from __future__ import annotations

import hashlib
import re
from typing import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from ..config import Config
from ..doc import Doc
from ..text.normalize import normalize

# Pinned so stored signatures stay comparable across datasketch releases and processes.
SEED = 1
SCHEME = "affine32"
DTYPE = np.dtype("<u4")
_WORD_RE = re.compile(r"\w+")
# LSH only proposes candidates, each verified against its signature, so misses cost more than
# false alarms: the default (0.5, 0.5) finds just 36% of pairs at the 0.8 threshold with 64
# permutations; (0.1, 0.9) finds 88% (97% at 0.85).
LSH_WEIGHTS = (0.1, 0.9)


def dedup_text(doc: Doc) -> str:
    """The text duplicates are judged on: headline, subheadings and body, not page furniture.

    Teasers and share lines change from one crawl to the next; the story does not.
    """
    kept = [b.text for b in doc.blocks if b.kind in ("title", "subheading", "body")]
    return "\n".join(kept) if kept else doc.text


def canonical_text(text: str) -> str:
    """Normalised text (no tashkeel or tatweel, unified letters) with whitespace collapsed."""
    return " ".join(normalize(text).split())


def text_hash(text: str) -> str:
    """SHA-256 of the canonical text: equal for the same article however it was diacritised."""
    return hashlib.sha256(canonical_text(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int) -> set[bytes]:
    """The set of `size`-word runs of the normalised text (the whole text if shorter)."""
    words = _WORD_RE.findall(normalize(text).lower())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def minhash(text: str, cfg: Config) -> LeanMinHash:
    """The MinHash signature of the text's word shingles (settings from [dedup])."""
    m = MinHash(num_perm=cfg["dedup"]["num_perm"], seed=SEED, scheme=SCHEME)
    m.update_batch(sorted(shingles(text, cfg["dedup"]["shingle"])))
    return LeanMinHash(m)


def minhash_to_bytes(m: MinHash | LeanMinHash) -> bytes:
    """The signature as bytes for the database (little-endian uint32, num_perm values)."""
    return np.asarray(m.hashvalues).astype(DTYPE).tobytes()


def minhash_from_bytes(data: bytes) -> LeanMinHash:
    """A signature read back from the database."""
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(data, dtype=DTYPE), scheme=SCHEME)


class DuplicateIndex:
    """Every article seen so far, by text hash and by MinHash, to flag re-published copies."""

    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self.threshold = cfg["dedup"]["threshold"]
        self.lsh = MinHashLSH(threshold=self.threshold, num_perm=cfg["dedup"]["num_perm"],
                              weights=LSH_WEIGHTS)
        self.by_hash: dict[str, str] = {}
        self.signatures: dict[str, LeanMinHash] = {}

    def __len__(self) -> int:
        return len(self.signatures)

    def check(self, doc_id: str, text: str) -> tuple[str | None, str | None]:
        """(exact duplicate of, near duplicate of) among earlier articles; then remember this one."""
        digest, signature = text_hash(text), minhash(text, self.cfg)
        found = self.find(digest, signature, exclude=doc_id)
        self.add(doc_id, digest, signature)
        return found

    def find(self, digest: str, signature: LeanMinHash,
             exclude: str | None = None) -> tuple[str | None, str | None]:
        """The earlier article with the same hash, and the most similar one above the threshold."""
        exact = self.by_hash.get(digest)
        if exact == exclude:
            exact = None
        if exact is not None:
            return exact, None
        return None, self._nearest(signature, exclude)

    def _nearest(self, signature: LeanMinHash, exclude: str | None) -> str | None:
        """The LSH candidate most similar to `signature`, if its estimate passes the threshold."""
        scored = [(signature.jaccard(self.signatures[key]), key)
                  for key in self.lsh.query(signature) if key != exclude]
        best = max(scored, default=(0.0, None), key=lambda s: (s[0], str(s[1])))
        return best[1] if best[0] >= self.threshold else None

    def add(self, doc_id: str, digest: str, signature: MinHash | LeanMinHash) -> None:
        """Remember an article (also how an index is rebuilt from stored hashes and signatures)."""
        if doc_id in self.signatures:
            return  # re-ingesting the same article changes nothing
        self.by_hash.setdefault(digest, doc_id)
        self.signatures[doc_id] = LeanMinHash(signature)
        self.lsh.insert(doc_id, self.signatures[doc_id], check_duplication=False)

    @classmethod
    def rebuild(cls, cfg: Config, rows: Iterable[tuple[str, str, bytes]]) -> "DuplicateIndex":
        """An index from stored (doc_id, text_hash, minhash bytes) rows."""
        index = cls(cfg)
        for doc_id, digest, blob in rows:
            index.add(doc_id, digest, minhash_from_bytes(blob))
        return index
