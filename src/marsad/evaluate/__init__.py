"""Scoring marsad against the shared development data (`python -m marsad.evaluate TASK PATH`)."""
from __future__ import annotations

from pathlib import Path


def shared_eval() -> Path:
    """The shared evaluation folder beside the project checkout (may not exist)."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "eval"
